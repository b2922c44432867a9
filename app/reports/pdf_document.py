"""The report's pages: A4 frames, running header and footer, "page X of Y", the DRAFT mark,
PDF metadata and bookmarks, and progress while reportlab lays the pages out."""

from __future__ import annotations

from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app import __version__
from app.models.visible_text import VisibleText
from app.reports.pdf_styles import DRAFT_MARK, FONT, FONT_BOLD, MUTED, PRIMARY, RULE, fit_text
from app.reports.progress import Progress
from app.reports.report_data import ReportData
from app.reports.report_format import ReportFormatter
from app.reports.report_texts import ReportTexts

MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
PAGE_WIDTH, PAGE_HEIGHT = A4
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
HEADER_SIZE = 8


class ReportDocument(BaseDocTemplate):
    def __init__(
        self,
        target: str | BinaryIO,
        data: ReportData,
        texts: ReportTexts,
        formatter: ReportFormatter,
        progress: Progress,
        flowable_count: int,
    ):
        audit = data.audit
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{texts.get('report_title')} – {audit.institution}",
            author=VisibleText.for_names(audit.auditors) or VisibleText.for_name(data.generated_by),
            subject=data.text(data.framework.title),
            creator=f"Jalon {__version__}",
            producer=f"Jalon {__version__}",
            lang=data.language,
            keywords=[data.framework.id, audit.id],
            # Pages start in the embedded font, so no base font (Helvetica: not embedded and
            # short of many characters) is referenced at all.
            initialFontName=FONT,
        )
        self._data = data
        self._texts = texts
        self._format = formatter
        self._progress = progress
        self._flowable_count = max(flowable_count, 1)
        self._laid_out = 0
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            CONTENT_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", frames=[frame], onPage=self._decorate_cover),
                PageTemplate("body", frames=[frame], onPage=self._decorate_body),
            ]
        )

    # --- page decoration -----------------------------------------------------------------------

    def _decorate_cover(self, canvas: Canvas, _doc) -> None:
        canvas.saveState()
        canvas.setFillColor(PRIMARY)
        canvas.rect(0, PAGE_HEIGHT - 9 * mm, PAGE_WIDTH, 9 * mm, stroke=0, fill=1)
        self._draft_mark(canvas)
        canvas.restoreState()

    def _decorate_body(self, canvas: Canvas, _doc) -> None:
        data, texts = self._data, self._texts
        canvas.saveState()
        top = PAGE_HEIGHT - 13 * mm
        # The institution on the left keeps up to half the line; the report title takes the
        # rest. Both are shortened with an ellipsis rather than overlap.
        left = fit_text(data.audit.institution, FONT_BOLD, HEADER_SIZE, CONTENT_WIDTH * 0.5)
        canvas.setFont(FONT_BOLD, HEADER_SIZE)
        canvas.setFillColor(PRIMARY)
        canvas.drawString(MARGIN_X, top, left)
        room = CONTENT_WIDTH - stringWidth(left, FONT_BOLD, HEADER_SIZE) - 6 * mm
        right = f"{texts.get('report_title')} · {data.text(data.framework.title)}"
        if not data.audit.is_finalized:
            right = f"{texts.get('draft')} · {right}"
        canvas.setFont(FONT, HEADER_SIZE)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, fit_text(right, FONT, HEADER_SIZE, room))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, top - 2.5 * mm, PAGE_WIDTH - MARGIN_X, top - 2.5 * mm)
        self._draft_mark(canvas)
        canvas.restoreState()

    def _draft_mark(self, canvas: Canvas) -> None:
        if self._data.audit.is_finalized:
            return
        canvas.saveState()
        canvas.setFillColor(DRAFT_MARK)
        canvas.setFont(FONT_BOLD, 96)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(50)
        canvas.drawCentredString(0, -30, self._texts.get("draft"))
        canvas.restoreState()

    def footer_left(self) -> str:
        data, texts = self._data, self._texts
        when = self._format.moment(data.generated_at)
        left = texts.get("generated_on", date=when)
        if data.audit.is_finalized and data.audit.seal:
            left += f" · {texts.get('seal_short', seal=data.audit.seal[:16])}"
        return left

    def canvas_maker(self):
        """A canvas class that holds pages back until the end, to write "page X of Y"."""
        footer = self.footer_left()
        texts = self._texts

        class NumberedCanvas(Canvas):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self._pages: list[dict[str, Any]] = []

            def showPage(self):  # reportlab's name
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self):
                total = len(self._pages)
                for number, state in enumerate(self._pages, start=1):
                    self.__dict__.update(state)
                    if number > 1:  # the cover has no footer
                        self._footer(number, total)
                    super().showPage()
                super().save()

            def _footer(self, number: int, total: int) -> None:
                self.saveState()
                self.setStrokeColor(RULE)
                self.setLineWidth(0.6)
                y = MARGIN_BOTTOM - 8 * mm
                self.line(MARGIN_X, y + 4 * mm, PAGE_WIDTH - MARGIN_X, y + 4 * mm)
                self.setFont(FONT, 7.5)
                self.setFillColor(MUTED)
                self.drawString(MARGIN_X, y, footer)
                self.drawRightString(
                    PAGE_WIDTH - MARGIN_X, y, texts.get("page_of", page=number, pages=total)
                )
                self.restoreState()

        return NumberedCanvas

    # --- layout hooks --------------------------------------------------------------------------

    def afterFlowable(self, flowable: Flowable) -> None:  # reportlab's name
        outline = getattr(flowable, "outline", None)
        if outline is not None:
            title, level = outline
            key = f"section-{self._laid_out}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
        self._laid_out += 1
        self._progress.step(min(self._laid_out, self._flowable_count), self._flowable_count)
