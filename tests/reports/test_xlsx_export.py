"""The Excel export of one audit, reloaded with openpyxl: values, charts, layout."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from tests.reports.audit_builder import INSTITUTION, NA_REASON


@pytest.fixture(scope="module")
def exported(answered, reports, tmp_path_factory):
    _, draft_id, _ = answered
    target = tmp_path_factory.mktemp("xlsx") / "audit.xlsx"
    reports.write_xlsx(draft_id, target, "es")
    return load_workbook(target), reports.report_data(draft_id, "es")


def test_sheets_and_summary_scores_equal_the_engine(exported):
    workbook, data = exported
    assert workbook.sheetnames == [
        "Resumen",
        "Respuestas",
        "Puntajes",
        "Información institución",
        "Plan de acción",
    ]
    summary = workbook["Resumen"]
    values = {
        row[0]: row[1]
        for row in summary.iter_rows(min_row=3, max_row=11, max_col=2, values_only=True)
        if row[0]
    }
    assert values["Institución"] == INSTITUTION
    assert values["Estado"] == "Borrador (no finalizada)"
    rows = {row[0]: row for row in summary.iter_rows(min_row=14, values_only=True) if row[0]}
    for dimension in data.scored_groups():
        score = data.score(dimension)
        assert rows[dimension.display_code][2] == pytest.approx(score.percent / 100)
        assert rows[dimension.display_code][3] == pytest.approx(score.coverage)
    assert summary.cell(row=14, column=3).number_format == "0.0%"


def test_summary_has_native_radar_and_bar_charts_on_a_fixed_scale(exported):
    workbook, _ = exported
    charts = workbook["Resumen"]._charts
    kinds = sorted(type(chart).__name__ for chart in charts)
    assert kinds == ["BarChart", "RadarChart"]
    for chart in charts:
        assert (chart.y_axis.scaling.min, chart.y_axis.scaling.max) == (0, 1)


def test_answers_sheet_has_one_row_per_question_with_na_reasons(exported):
    workbook, data = exported
    sheet = workbook["Respuestas"]
    header = [c.value for c in sheet[1]]
    assert header[:6] == ["Código", "Dimensión", "Estándar", "Práctica", "Pregunta", "Respuesta"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref.startswith("A1:")
    answerable = [i for i in data.framework.iter_indicators() if i.is_answerable]
    # One row per question, and one per labelled calculation (the ratios), with its value.
    reported = [i for i in data.framework.iter_indicators() if i.is_reported]
    assert sheet.max_row == len(reported) + 1
    by_code = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    na = next(i for i in answerable if (a := data.answer(i)) and a.na_reason)
    row = by_code[na.display_code]
    assert row[5] == "No aplica" and row[header.index("Motivo de «no aplica»")] == NA_REASON
    yes = next(i for i in answerable if (a := data.answer(i)) and a.value == "yes")
    assert by_code[yes.display_code][5] == "Sí"
    assert by_code[yes.display_code][7] == 1.0  # points, as numbers


def test_scores_organization_and_action_plan(exported):
    workbook, data = exported
    scores = workbook["Puntajes"]
    assert scores.cell(row=2, column=4).value == pytest.approx(data.card.overall.percent / 100)
    levels = {row[1] for row in scores.iter_rows(min_row=3, values_only=True)}
    assert {"Dimensión", "Estándar", "Práctica"} <= levels
    organization = {
        row[1]: row[3]
        for row in workbook["Información institución"].iter_rows(min_row=2, values_only=True)
    }
    assert organization["0.3"] == 1998  # a number stays a number
    actions = list(workbook["Plan de acción"].iter_rows(min_row=2, values_only=True))
    assert actions[0][0] == "1.1.1" and "¿cuándo?" in actions[0][2]
