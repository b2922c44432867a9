"""Guidance beside the question: what good practice looks like, the hint, and the evidence to
look for — in the audit's content language, with the framework's other languages one click
away (a French-speaking auditor can peek at the English original of a tricky sentence)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.framework import Framework, Group, Indicator, Node
from app.ui.common.style_roles import StyleRoles
from app.ui.shell.language_manager import language_name


class GuidancePanel(QFrame):
    def __init__(self, framework: Framework, content_language: str, parent: QWidget | None = None):
        super().__init__(parent)
        StyleRoles.give(self, "guidancePanel")
        self._framework = framework
        self._content_language = content_language
        self.language = content_language
        self.node: Node | None = None

        self.title = QLabel()
        StyleRoles.give(self.title, "panelTitle")
        self.language_buttons = QButtonGroup(self)
        self.language_buttons.setExclusive(True)
        languages = QHBoxLayout()
        languages.setSpacing(2)
        languages.addWidget(self.title, 1)
        for code in framework.languages:
            button = QToolButton()
            StyleRoles.give(button, "languageToggle")
            button.setText(code.upper())
            button.setToolTip(language_name(code))
            button.setCheckable(True)
            button.setProperty("language", code)
            self.language_buttons.addButton(button)
            languages.addWidget(button)
        self.language_buttons.buttonClicked.connect(
            lambda button: self.show_language(button.property("language"))
        )
        self.text = QTextBrowser()
        StyleRoles.give(self.text, "guidanceText")
        self.text.setOpenExternalLinks(False)
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        # Jalon's blue and grey only on a light background: on a dark or high-contrast
        # palette the text keeps the palette's own colour.
        light = self.palette().color(QPalette.ColorRole.Base).lightness() >= 128
        self.text.document().setDefaultStyleSheet(
            f"h4 {{ {'color: #1f4e79;' if light else ''} margin-top: 12px; "
            "margin-bottom: 4px; }"
            "p { margin-top: 0; margin-bottom: 6px; line-height: 130%; }"
            f"p.context, p.none {{ {'color: #5f6b76;' if light else ''} font-style: italic; }}"
        )
        self.peek_note = QLabel()
        StyleRoles.give(self.peek_note, "muted")
        self.peek_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(languages)
        layout.addWidget(self.peek_note)
        layout.addWidget(self.text, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Guidance"))
        self.text.setAccessibleName(self.tr("Guidance"))
        self._render()

    # --- content -------------------------------------------------------------------------------

    def set_content_language(self, language: str) -> None:
        self._content_language = language
        self.show_language(language)

    def show_node(self, node: Node | None) -> None:
        """Show the guidance of `node`, back in the content language."""
        self.node = node
        self.show_language(self._content_language)

    def show_language(self, language: str) -> None:
        self.language = language
        for button in self.language_buttons.buttons():
            button.setChecked(button.property("language") == language)
        self._render()

    def _render(self) -> None:
        node, lang = self.node, self.language
        self.peek_note.setVisible(lang != self._content_language)
        self.peek_note.setText(
            self.tr("Shown in %1; the audit is read in %2.")
            .replace("%1", language_name(lang))
            .replace("%2", language_name(self._content_language))
        )
        if node is None:
            self.text.setHtml("")
            return
        sections = []
        if isinstance(node, Indicator):
            sections = [
                (self.tr("What good practice looks like"), node.guidance),
                (self.tr("Hint"), node.hint),
                (self.tr("Evidence to look for"), node.evidence),
            ]
        elif isinstance(node, Group):
            sections = [(self.tr("Guidance"), node.guidance), (self.tr("Hint"), node.hint)]
        parts = []
        practice = self._practice_of(node)
        if practice is not None:
            parts.append(
                f"<p class='context'>{escape(practice.code)} "
                f"{escape(self._framework.text(practice.label, lang))}</p>"
            )
        elif isinstance(node, Group):
            parts.append(
                f"<p class='context'>{escape(node.code)} "
                f"{escape(self._framework.text(node.label, lang))}</p>"
            )
        for heading, text in sections:
            value = self._framework.text(text, lang) if text else ""
            if value:
                paragraphs = "".join(f"<p>{escape(p)}</p>" for p in value.split("\n") if p)
                parts.append(f"<h4>{escape(heading)}</h4>{paragraphs}")
        if isinstance(node, Group):
            parts.append(self._contents(node, lang))
        elif not any(text for _heading, text in sections):
            none = self.tr("No guidance for this item.")
            parts.append(f"<p class='none'>{escape(none)}</p>")
        self.text.setHtml("".join(parts))

    def _contents(self, group: Group, lang: str) -> str:
        """What a group holds, so that a click on a practice or a dimension says where it
        leads even when the framework gives it no guidance of its own."""
        lines = "".join(
            f"<p>{escape(child.display_code)}  {escape(self._framework.text(child.label, lang))}"
            "</p>"
            for child in group.children
        )
        heading = self.tr("In this part")
        how = self.tr("Press Enter or double-click it in the tree to open its first question.")
        return f"<h4>{escape(heading)}</h4>{lines}<p class='none'>{escape(how)}</p>"

    def _practice_of(self, node: Node) -> Group | None:
        if not isinstance(node, Indicator):
            return None
        parent = self._framework.parents.get(node.name)
        return parent if parent is not None and parent is not self._framework.root else None
