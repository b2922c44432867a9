"""The number, quartiles and median of a peer group's scores.

Quartiles are the "inclusive" ones (statistics.quantiles(method="inclusive"), Excel's
QUARTILE.INC, numpy's default): the k-th quartile lies at position (n - 1) * k / 4 of the
sorted values, interpolated between neighbours. With 40, 50, 60, 70, 80 they are 50, 60, 70.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

MIN_GROUP_SIZE = 5  # smaller peer groups are left out: a member could be recognised


@dataclass(frozen=True)
class PeerQuartiles:
    count: int
    q1: float
    median: float
    q3: float

    @classmethod
    def of(cls, values: list[float]) -> PeerQuartiles:
        if len(values) < 2:
            raise ValueError("quartiles need at least two values")
        q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
        return cls(len(values), q1, median, q3)

    def quartile_of(self, value: float) -> int:
        """Which quarter of the group `value` falls in: 1 (lowest) to 4 (highest)."""
        return 1 + sum(value > mark for mark in (self.q1, self.median, self.q3))
