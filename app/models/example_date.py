"""A date given as an example in an error message ("0.1 needs a date such as …").

The domain writes it YYYY-MM-DD, which the command line and the files Jalon reads take; the
desktop interface writes it the way its own date fields show dates (3/31/2026, 31/03/2026),
so that the message never names a format the field's hint does not show. A text, so that an
error's parameters stay plain values wherever they are stored or sent.
"""

from __future__ import annotations


class ExampleDate(str):
    """An ISO date (YYYY-MM-DD) shown as an example of how to write one."""

    __slots__ = ()


# The last day of a year: day and month cannot be mistaken for each other, whatever the order.
DATE_EXAMPLE = ExampleDate("2025-12-31")
