"""The report's progress section, for an audit whose institution was audited before: what
changed since the previous audit per dimension and standard (telling the change of practice
from a change in what was answered), the questions that improved or regressed, and the
timeline of every audit of the institution up to this one."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from app.models.framework import Level
from app.models.progress import IndicatorChange, IndicatorProgress, NodeProgress, Progress
from app.models.scoring import NodeScore
from app.reports.pdf_blocks import PdfBlocks
from app.reports.pdf_charts import ScoreCharts
from app.reports.pdf_document import CONTENT_WIDTH
from app.reports.pdf_styles import PRIMARY
from app.reports.pdf_timeline_chart import TimelineChart, TimelineSeries
from app.reports.report_data import ReportData
from app.reports.report_format import ReportFormatter
from app.reports.report_history import ReportHistory
from app.reports.report_texts import ReportTexts

# The questions listed one by one; the others are only counted.
_LISTED = (
    IndicatorChange.IMPROVED,
    IndicatorChange.REGRESSED,
    IndicatorChange.NEWLY_ASSESSED,
    IndicatorChange.NO_LONGER_ASSESSED,
)
_HELP = {
    IndicatorChange.NEWLY_ASSESSED: "progress_newly_help",
    IndicatorChange.NO_LONGER_ASSESSED: "progress_gone_help",
}
_TABLE_LEVELS = (Level.DIMENSION.value, Level.STANDARD.value)


class ProgressSection:
    def __init__(
        self, data: ReportData, blocks: PdfBlocks, texts: ReportTexts, formatter: ReportFormatter
    ):
        self._data = data
        self._blocks = blocks
        self._texts = texts
        self._format = formatter

    def flowables(self) -> list[Flowable]:
        history = self._data.history
        if history is None:
            return []
        blocks, texts, styles = self._blocks, self._texts, self._blocks.styles
        previous = history.previous_framework
        items: list[Flowable] = [
            blocks.heading(texts.get("progress"), styles.h1, 0),
            blocks.para(
                texts.get(
                    "progress_compared",
                    date=self._format.date(history.previous_when),
                    framework=self._data.text(previous.title),
                    version=previous.version,
                    id=history.previous.short_id,
                ),
                styles.body,
            ),
        ]
        if history.progress is None:
            items.append(
                blocks.para(
                    texts.get(
                        "progress_needs_crosswalk",
                        date=self._format.date(history.previous_when),
                        old=previous.version,
                        new=self._data.framework.version,
                    ),
                    styles.body,
                )
            )
        else:
            items += self._progress(history, history.progress)
        items += self._timeline(history)
        items.append(PageBreak())
        return items

    # --- progress since the previous audit ---------------------------------------------------

    def _progress(self, history: ReportHistory, progress: Progress) -> list[Flowable]:
        blocks, texts, fmt, styles = self._blocks, self._texts, self._format, self._blocks.styles
        overall = progress.overall
        items: list[Flowable] = [
            blocks.para(
                texts.get(
                    "progress_overall",
                    before=fmt.score(_percent(overall.before)),
                    after=fmt.score(overall.after.percent),
                    change=fmt.change(overall.change),
                    practice=fmt.change(overall.practice_change),
                ),
                styles.h3,
            )
        ]
        if progress.across_versions:
            items.append(
                blocks.para(
                    texts.get(
                        "progress_across_versions",
                        old=history.previous_framework.version,
                        new=self._data.framework.version,
                    ),
                    styles.small,
                )
            )
        dimensions = [n for n in progress.nodes if n.level == Level.DIMENSION.value]
        if dimensions:
            chart = ScoreCharts(fmt.number).paired_bars(
                [(self._code(n.name), _percent(n.before), n.after.percent) for n in dimensions],
                CONTENT_WIDTH * 0.75,
                14 * mm + 11 * len(dimensions) * 2,
            )
            items += [chart, blocks.para(texts.get("progress_chart_caption"), styles.small)]
        items += [
            Spacer(1, 3 * mm),
            self._node_table(progress),
            blocks.para(texts.get("progress_note"), styles.note),
        ]
        counts = progress.counts()
        items.append(
            blocks.para(
                texts.get(
                    "progress_counts",
                    improved=counts[IndicatorChange.IMPROVED],
                    regressed=counts[IndicatorChange.REGRESSED],
                    unchanged=counts[IndicatorChange.UNCHANGED],
                    newly=counts[IndicatorChange.NEWLY_ASSESSED],
                    gone=counts[IndicatorChange.NO_LONGER_ASSESSED],
                ),
                styles.h3,
            )
        )
        for change in _LISTED:
            listed = [i for i in progress.indicators if i.change == change]
            if listed:
                items += self._indicator_list(change, listed)
        if counts[IndicatorChange.NOT_COMPARABLE]:
            items.append(
                blocks.para(
                    texts.get(
                        "progress_not_comparable", count=counts[IndicatorChange.NOT_COMPARABLE]
                    ),
                    styles.small,
                )
            )
        return items

    def _code(self, name: str) -> str:
        node = self._data.framework.find(name)
        return node.display_code if node is not None else name

    def _node_table(self, progress: Progress) -> Table:
        data, blocks, texts, styles = self._data, self._blocks, self._texts, self._blocks.styles
        rows: list[list] = [
            blocks.header_row(
                [
                    texts.get("code"),
                    f"{texts.get('dimension')} / {texts.get('standard')}",
                    texts.get("before"),
                    texts.get("after"),
                    texts.get("change"),
                    texts.get("practice_change"),
                ],
                right_from=2,
            )
        ]
        dimension_rows = []
        for node in progress.nodes:
            if node.level not in _TABLE_LEVELS:
                continue
            is_dimension = node.level == Level.DIMENSION.value
            if is_dimension:
                dimension_rows.append(len(rows))
            group = data.framework.find(node.name)
            assert group is not None  # the later audit's own framework holds every node
            rows.append(
                self._node_row(
                    node,
                    group.display_code,
                    data.label(group),
                    styles.cell_bold if is_dimension else styles.cell,
                )
            )
        rows.append(
            self._node_row(progress.overall, "", texts.get("overall_score"), styles.cell_bold)
        )
        widths = [14 * mm, CONTENT_WIDTH - 114 * mm, 25 * mm, 25 * mm, 22 * mm, 28 * mm]
        extra = [("LINEABOVE", (0, -1), (-1, -1), 0.9, PRIMARY)]
        extra += [("LINEABOVE", (0, row), (-1, row), 0.8, PRIMARY) for row in dimension_rows[1:]]
        return blocks.table(rows, widths, extra=extra)

    def _node_row(self, node: NodeProgress, code: str, label: str, style) -> list:
        blocks, fmt, styles = self._blocks, self._format, self._blocks.styles
        before = node.before
        # "*": what was answered differs, so the raw change is not all practice.
        mark = " *" if node.coverage_differs else ""
        return [
            blocks.para(code, style),
            blocks.para(label, style),
            blocks.para(
                self._score(_percent(before), None if before is None else before.coverage),
                styles.cell_right,
            ),
            blocks.para(self._score(node.after.percent, node.after.coverage), styles.cell_right),
            blocks.para(fmt.change(node.change) + mark, styles.cell_right),
            blocks.para(fmt.change(node.practice_change), styles.cell_right),
        ]

    def _score(self, percent: float | None, coverage: float | None) -> str:
        """A score with its coverage in brackets: "62,5 % (80 %)"."""
        if coverage is None:
            return self._format.score(None)
        return f"{self._format.score(percent)} ({self._format.share(coverage)})"

    def _indicator_list(
        self, change: IndicatorChange, listed: list[IndicatorProgress]
    ) -> list[Flowable]:
        blocks, texts, fmt, styles = self._blocks, self._texts, self._format, self._blocks.styles
        key = "progress_" + change.value.replace(" ", "_")
        heading = [blocks.para(texts.get(key, count=len(listed)), styles.h2)]
        if change in _HELP:
            heading.append(blocks.para(texts.get(_HELP[change]), styles.small))
        rows: list[list] = [
            blocks.header_row(
                [texts.get("code"), texts.get("question"), texts.get("before"), texts.get("after")],
                right_from=2,
            )
        ]
        for item in listed:
            code, label = self._question(item)
            rows.append(
                [
                    blocks.para(code, styles.cell_bold),
                    blocks.para(label, styles.cell),
                    blocks.para(fmt.share(item.before), styles.cell_right),
                    blocks.para(fmt.share(item.after), styles.cell_right),
                ]
            )
        table = blocks.table(rows, [18 * mm, CONTENT_WIDTH - 58 * mm, 20 * mm, 20 * mm])
        # The heading stays with the first rows; a long list continues on the next page.
        return [KeepTogether([*heading, table])] if len(listed) <= 12 else [*heading, table]

    def _question(self, item: IndicatorProgress) -> tuple[str, str]:
        """Its code (the earlier one too when the framework changed it) and its text, from
        the later framework, else the earlier one that still had it."""
        data, history = self._data, self._data.history
        assert history is not None  # only a section with a history lists questions
        previous = history.previous_framework
        later = data.framework.find(item.name) if item.name else None
        earlier = previous.find(item.before_name) if item.before_name else None
        codes = dict.fromkeys(node.display_code for node in (earlier, later) if node is not None)
        framework = data.framework if later is not None else previous
        shown = later if later is not None else earlier
        assert shown is not None  # a question compared is in one framework at least
        return " → ".join(codes), framework.text(shown.label, data.language)

    # --- timeline ----------------------------------------------------------------------------

    def _timeline(self, history: ReportHistory) -> list[Flowable]:
        data, blocks, texts, fmt, styles = (
            self._data,
            self._blocks,
            self._texts,
            self._format,
            self._blocks.styles,
        )
        points = history.timeline
        dimensions = [g for g in data.framework.dimensions() if g.level == Level.DIMENSION]
        dates = [fmt.short_date(p.when) for p in points]
        overall = TimelineSeries(texts.get("overall_score"), tuple(p.overall for p in points))
        series = [
            TimelineSeries(
                f"{g.display_code} {data.label(g)}",
                tuple(dict(p.dimensions).get(g.name) for p in points),
            )
            for g in dimensions
        ]
        chart = TimelineChart(fmt.number).drawing(dates, overall, series, CONTENT_WIDTH, 62 * mm)
        # Chart and table together: the table reads the chart's points, so they share a page.
        return [
            KeepTogether(
                [
                    blocks.heading(texts.get("timeline"), styles.h2, 1),
                    chart,
                    blocks.para(texts.get("timeline_caption"), styles.small),
                    Spacer(1, 3 * mm),
                    self._timeline_table(history, dimensions),
                ]
            )
        ]

    def _timeline_table(self, history: ReportHistory, dimensions) -> Table:
        data, blocks, texts, fmt, styles = (
            self._data,
            self._blocks,
            self._texts,
            self._format,
            self._blocks.styles,
        )
        rows: list[list] = [
            blocks.header_row(
                [
                    texts.get("audit_of"),
                    texts.get("version"),
                    texts.get("overall_score"),
                    texts.get("coverage"),
                    *(g.display_code for g in dimensions),
                ],
                right_from=2,
            )
        ]
        for point in history.timeline:
            this = point.audit_id == data.audit.id
            style = styles.cell_bold if this else styles.cell
            name = fmt.short_date(point.when)
            name += f" ({texts.get('this_audit')})" if this else f" · {point.audit_id[:8]}"
            scores = dict(point.dimensions)
            rows.append(
                [
                    blocks.para(name, style),
                    blocks.para(point.framework_version, style),
                    blocks.para(fmt.score(point.overall), styles.cell_right),
                    blocks.para(fmt.share(point.coverage), styles.cell_right),
                    *(
                        blocks.para(fmt.score(scores.get(g.name)), styles.figure_small)
                        for g in dimensions
                    ),
                ]
            )
        fixed = [34 * mm, 14 * mm, 18 * mm, 20 * mm]
        each = (CONTENT_WIDTH - sum(fixed)) / max(len(dimensions), 1)
        return blocks.table(
            rows,
            fixed + [each] * len(dimensions),
            extra=[("LEFTPADDING", (4, 0), (-1, -1), 1), ("RIGHTPADDING", (4, 0), (-1, -1), 3)],
        )


def _percent(score: NodeScore | None) -> float | None:
    return None if score is None else score.percent
