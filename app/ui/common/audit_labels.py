"""Translated names of domain values (audit types and statuses, action statuses and
priorities) and locale-aware formatting of the timestamps, numbers and percentages that the
whole interface shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt

from app.models.action_item import ActionStatus, Priority
from app.models.audit import Audit, AuditStatus, AuditType
from app.models.question_counts import QuestionCounts
from app.models.value_names import ValueNames

if TYPE_CHECKING:  # the framework model loads with the first audit opened, not at start-up
    from app.models.framework import Framework, Indicator


class AuditLabels:
    @staticmethod
    def audit_type(kind: AuditType) -> str:
        return AuditLabels._value_names().of(kind)

    @staticmethod
    def status(status: AuditStatus) -> str:
        return AuditLabels._value_names().of(status)

    @staticmethod
    def value_name(value: ActionStatus | Priority) -> str:
        """An action status's or priority's name, as the reports say it."""
        return AuditLabels._value_names().of(value)

    @staticmethod
    def _value_names() -> ValueNames:
        """The names the reports use too, in the interface's language (LanguageManager makes
        it the default locale's)."""
        return ValueNames(QLocale().name().split("_")[0])

    @staticmethod
    def choices(
        framework: Framework,
        indicator: Indicator,
        value: object,
        language: str,
        separator: str = ", ",
    ) -> str:
        """A select question's value by its choices' labels in `language`; a name the question
        does not offer (an older framework's) as it is."""
        labels = []
        for name in str(value).split():
            choice = indicator.choice(name)
            labels.append(framework.text(choice.label, language) or name if choice else name)
        return separator.join(labels)

    @staticmethod
    def country(value: str) -> str:
        """A country given as an ISO code ("SN") by its name in the interface's language
        ("Sénégal" in French), as the reports name it; a country typed as a name as typed."""
        code = value.strip()
        if len(code) != 2 or not code.isalpha():
            return value
        # Imported here: Babel's data is read only when a code is shown, not at every start.
        from app.reports.country_names import CountryNames

        language = QLocale().name().split("_")[0]
        return CountryNames.of(language if len(language) == 2 else "en").name(code)

    @staticmethod
    def period(audit: Audit) -> str:
        """The period an audit assesses, "1/1/2025 – 12/31/2025" or its end alone; "no period
        yet" rather than a made-up date when none was entered (a follow-up audit starts so)."""
        if not audit.period_start and not audit.period_end:
            return QCoreApplication.translate("AuditLabels", "no period yet")
        if not audit.period_start:
            return AuditLabels.date(audit.period_end)
        return f"{AuditLabels.date(audit.period_start)} – {AuditLabels.date(audit.period_end)}"

    @staticmethod
    def timestamp(iso: str) -> str:
        """A stored UTC timestamp as local date and time in the interface's locale."""
        moment = AuditLabels.local_time(iso)
        if moment is None:
            return iso
        locale = QLocale()
        short = QLocale.FormatType.ShortFormat
        pattern = AuditLabels._full_year(locale.dateFormat(short))
        return locale.toString(moment, f"{pattern} {locale.timeFormat(short)}")

    @staticmethod
    def date(iso: str) -> str:
        """A YYYY-MM-DD date in the interface's short date format ('…' when there is none)."""
        day = QDate.fromString(iso, Qt.DateFormat.ISODate)
        if not day.isValid():
            return "…"
        return QLocale().toString(day, AuditLabels.date_pattern())

    @staticmethod
    def read_date(text: str) -> str:
        """A date typed the way the interface writes dates, with or without leading zeros
        (1/10/2026 as well as 01/10/2026 in French), or written YYYY-MM-DD: as YYYY-MM-DD;
        "" when the text is not such a date."""
        text = text.strip()
        day = QDate.fromString(text, Qt.DateFormat.ISODate)
        if not day.isValid():
            lenient = AuditLabels.date_pattern().replace("dd", "d").replace("MM", "M")
            day = QLocale().toDate(text, lenient)
        return day.toString(Qt.DateFormat.ISODate) if day.isValid() else ""

    @staticmethod
    def date_pattern() -> str:
        """The interface locale's short date with a four-digit year: "M/d/yyyy",
        "dd/MM/yyyy"."""
        return AuditLabels._full_year(QLocale().dateFormat(QLocale.FormatType.ShortFormat))

    @staticmethod
    def _full_year(pattern: str) -> str:
        """The locale's short date with four-digit years: "25" could be 1925 in an archive."""
        return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")

    @staticmethod
    def local_time(iso: str) -> QDateTime | None:
        if not iso:
            return None
        moment = QDateTime.fromString(iso.replace("Z", "+00:00"), Qt.DateFormat.ISODateWithMs)
        if not moment.isValid():
            return None
        return moment.toLocalTime()

    @staticmethod
    def percent(value: float | None, decimals: int = 0) -> str:
        """'72%' in English, '72 %' in French: the translators decide where the sign goes.
        A share (progress, coverage) is whole; a score has one decimal (see score)."""
        if value is None:
            return "–"
        number = QLocale().toString(float(value), "f", decimals)
        return QCoreApplication.translate("AuditLabels", "%1%").replace("%1", number)

    @staticmethod
    def score(percent: float | None) -> str:
        """A score to a tenth of a point, '87.5%', '87,5 %': as the reports print it, so that
        the screen and the paper give the same figure (87.5 is not rounded to 88 on one)."""
        return AuditLabels.percent(percent, 1)

    @staticmethod
    def scored_answered(counts: QuestionCounts) -> str:
        """ "148 of 148 scored items answered": what the score rests on, in the words and the
        count of the reports (a not-applicable answer leaves the scored items)."""
        return (
            QCoreApplication.translate("AuditLabels", "%1 of %2 scored items answered")
            .replace("%1", AuditLabels.number(counts.scored_answered))
            .replace("%2", AuditLabels.number(counts.scored))
        )

    @staticmethod
    def counts_explained(counts: QuestionCounts) -> str:
        """The tooltip that says what the counts mean (app/models/question_counts.py)."""
        translate = QCoreApplication.translate
        return "\n".join(
            (
                translate("AuditLabels", "Progress %1: %2 of %3 questions answered.")
                .replace("%1", AuditLabels.percent(100 * counts.progress))
                .replace("%2", AuditLabels.number(counts.answered))
                .replace("%3", AuditLabels.number(counts.questions)),
                translate(
                    "AuditLabels",
                    "Questions: those that apply to this audit, in its modules "
                    "and given the answers so far; a question marked not "
                    "applicable counts as answered.",
                ),
                translate(
                    "AuditLabels",
                    "Scored: %1 of the %2 questions that count in the score are answered.",
                )
                .replace("%1", AuditLabels.number(counts.scored_answered))
                .replace("%2", AuditLabels.number(counts.scored)),
            )
        )

    @staticmethod
    def number(value: float | int) -> str:
        if isinstance(value, int):
            return QLocale().toString(value)
        return QLocale().toString(float(value), "g", 12)
