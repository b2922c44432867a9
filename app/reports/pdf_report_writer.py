"""The PDF report of one audit: cover, summary with charts, the audit against its peer group
(when a benchmark applies), progress since the institution's previous audit with its
timeline, organization information, one section per dimension, action plan and evidence
annex, in the chosen language."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable

from app.paths import resources_dir
from app.reports.answer_display import AnswerDisplay
from app.reports.pdf_action_plan import ActionPlanSection
from app.reports.pdf_annexes import AnnexSections
from app.reports.pdf_blocks import PdfBlocks
from app.reports.pdf_cover import CoverSection
from app.reports.pdf_dimension import DimensionSection
from app.reports.pdf_document import ReportDocument
from app.reports.pdf_peers import PeerSection
from app.reports.pdf_progress import ProgressSection
from app.reports.pdf_styles import PdfStyles
from app.reports.pdf_summary import SummarySection
from app.reports.progress import NO_PROGRESS, Progress
from app.reports.report_data import ReportData
from app.reports.report_format import ReportFormatter
from app.reports.report_texts import ReportTexts


class PdfReportWriter:
    def __init__(self, fonts_dir: Path | None = None):
        self._fonts_dir = fonts_dir or resources_dir() / "fonts"

    def write(
        self, data: ReportData, target: Path | BinaryIO, progress: Progress = NO_PROGRESS
    ) -> None:
        texts = ReportTexts(data.language)
        formatter = ReportFormatter(data.language)
        blocks = PdfBlocks(PdfStyles(self._fonts_dir))
        display = AnswerDisplay(data.framework, data.language, formatter, texts)
        annexes = AnnexSections(data, blocks, texts, formatter, display)
        dimensions = DimensionSection(data, blocks, texts, formatter, display)

        story: list[Flowable] = [
            *CoverSection(data, blocks, texts, formatter).flowables(),
            *SummarySection(data, blocks, texts, formatter).flowables(),
            *ProgressSection(data, blocks, texts, formatter).flowables(),
            *PeerSection(data, blocks, texts, formatter).flowables(),
            *annexes.organization(),
        ]
        for dimension in data.scored_groups():
            story += dimensions.flowables(dimension)
        story += ActionPlanSection(data, blocks, texts, formatter).flowables()
        story += annexes.evidence()
        progress.step(0, len(story))
        document = ReportDocument(
            str(target) if isinstance(target, Path) else target,
            data,
            texts,
            formatter,
            progress,
            len(story),
        )
        document.build(story, canvasmaker=document.canvas_maker())
