"""The PDF report read back: texts, accents, scores equal to the scoring engine, metadata."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from app.reports.report_format import ReportFormatter
from app.reports.report_texts import ReportTexts
from tests.reports.audit_builder import COMMENT, INSTITUTION, NA_REASON


def flat(text: str) -> str:
    """Extracted text with every kind of space made plain and runs of spaces collapsed."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


def read(path) -> tuple[PdfReader, str]:
    reader = PdfReader(path)
    return reader, flat("\n".join(page.extract_text() for page in reader.pages))


@pytest.fixture(scope="module")
def french_pdf(answered, reports, tmp_path_factory):
    _, draft_id, _ = answered
    target = tmp_path_factory.mktemp("pdf") / "rapport.pdf"
    reports.write_pdf(draft_id, target, "fr")
    return target


def test_french_report_shows_institution_accents_and_draft(french_pdf):
    _, text = read(french_pdf)
    assert INSTITUTION in text
    for word in (
        "Synthèse",
        "Plan d'action",
        "Informations sur l'institution",
        "BROUILLON",
        "Annexe : pièces justificatives",
        "procès-verbal du conseil.pdf",
    ):
        assert flat(word) in text, word
    assert flat(NA_REASON) in text  # é, ñ, ç and ¿ survive the round trip
    assert flat(COMMENT) in text
    assert "Sénégal" in text and "José Peña" in text


def test_scores_are_those_of_the_scoring_engine_formatted_for_french(answered, reports, french_pdf):
    _, draft_id, _ = answered
    data = reports.report_data(draft_id, "fr")
    formatter = ReportFormatter("fr")
    _, text = read(french_pdf)
    overall = data.card.overall
    assert overall.percent is not None and 0 < overall.percent < 100
    assert flat(formatter.score(overall.percent)) in text
    assert "," in formatter.score(overall.percent)  # a decimal comma, as French writes it
    for dimension in data.scored_groups():
        percent = data.score(dimension).percent
        assert flat(formatter.score(percent)) in text, dimension.display_code
    assert (
        flat(ReportTexts("fr").get("page_of", page=2, pages=len(PdfReader(french_pdf).pages)))
        in text
    )


def test_metadata_fonts_and_language(answered, french_pdf):
    reader, _ = read(french_pdf)
    meta = reader.metadata
    assert meta.title == f"Rapport d'audit de performance sociale – {INSTITUTION}"
    assert meta.author == "José Peña"
    assert reader.trailer["/Root"]["/Lang"] == "fr"
    fonts = set()
    for page in reader.pages[:3]:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor  # embedded TrueType, not a base font
            fonts.add(str(font["/BaseFont"]))
    assert any("DejaVuSansCondensed" in name for name in fonts)
    assert reader.outline  # bookmarks for the sections


def test_spanish_report_and_finalized_fingerprint(answered, reports, tmp_path):
    _, _, final_id = answered
    target = tmp_path / "informe.pdf"
    reports.write_pdf(final_id, target, "es")
    _, text = read(target)
    data = reports.report_data(final_id, "es")
    seal = data.audit.seal
    assert "Resumen" in text and "Plan de acción" in text
    assert "BORRADOR" not in text
    assert " ".join(seal[i : i + 4] for i in range(0, 16, 4)) in text  # the grouped fingerprint
    assert "Sello verificado" in text
    assert flat(ReportFormatter("es").score(data.card.overall.percent)) in text
    assert flat(NA_REASON) in text
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind
