"""The middle pane of the questionnaire: the page of one question, or the form of a section of
facts (the organization's profile), whose questions are answered together on one page.

A section's form is made the first time one of its questions is shown, then kept.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from app.models.framework import Group
from app.services.audit_session import AuditSession
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.workspace.autosave_controller import AutosaveController
from app.ui.workspace.organization.organization_form_page import OrganizationFormPage
from app.ui.workspace.question.indicator_page import IndicatorPage


class QuestionPages(QStackedWidget):
    form_changed = Signal()  # a form saved an answer
    field_focused = Signal(str)  # tabbing through a form reached this question

    def __init__(
        self,
        session: AuditSession,
        autosave: AutosaveController,
        errors: ErrorPresenter,
        language: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._session = session
        self._autosave = autosave
        self.language = language
        self.page = IndicatorPage(session, autosave, errors, language)
        self.forms: dict[str, OrganizationFormPage] = {}
        self.addWidget(self.page)

    def show_question(self, name: str, section: Group | None) -> None:
        """Show question `name`: in its section's form when it has one, else on the page."""
        if section is None:
            self.page.show_indicator(name)
            self.setCurrentWidget(self.page)
            return
        form = self.forms.get(section.name)
        if form is None:
            form = OrganizationFormPage(self._session, section, self._autosave, self.language)
            form.changed.connect(lambda _name: self.form_changed.emit())
            form.field_focused.connect(self.field_focused)
            self.forms[section.name] = form
            self.addWidget(form)
        self.setCurrentWidget(form)
        form.focus_field(name)

    def focus_answer(self, name: str) -> None:
        widget = self.currentWidget()
        if isinstance(widget, OrganizationFormPage):
            widget.focus_field(name)
        else:
            self.page.focus_answer()

    def keep_previous(self, name: str) -> None:
        """Ctrl+K in a follow-up audit: the previous audit's answer to `name` kept."""
        widget = self.currentWidget()
        if isinstance(widget, OrganizationFormPage):
            widget.keep_previous(name)
        else:
            self.page.keep_previous()

    def flush(self) -> None:
        """Save what is being typed."""
        widget = self.currentWidget()
        if isinstance(widget, OrganizationFormPage):
            widget.flush()
        else:
            self.page.flush()

    def refresh_forms(self, only_shown: bool = False) -> None:
        """Show the forms' values and read-only state again (scores and calculations that
        follow a change, a finalized audit); `only_shown`: just the form on screen."""
        for form in self.forms.values():
            if not only_shown or form is self.currentWidget():
                form.refresh()

    def set_content_language(self, language: str) -> None:
        self.language = language
        self.page.set_content_language(language)
        for form in self.forms.values():
            form.set_content_language(language)
