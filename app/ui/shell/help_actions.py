"""The Help menu's commands: the keyboard shortcuts of an open audit, the log folder (where
support finds what went wrong) and About, with the version and the data folder."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app import __version__
from app.paths import AppPaths
from app.ui.workspace.workspace_actions import WorkspaceActions


class HelpActions(QObject):
    def __init__(self, commands: WorkspaceActions, paths: AppPaths, window: QWidget):
        super().__init__(window)
        self._commands = commands
        self._paths = paths
        self._window = window
        self.shortcuts = QAction(self)
        self.shortcuts.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.shortcuts.triggered.connect(self.show_shortcuts)
        self.log_folder = QAction(self)
        self.log_folder.triggered.connect(self.open_log_folder)
        self.about = QAction(self)
        self.about.triggered.connect(self.show_about)
        self.retranslate()

    def all(self) -> list[QAction]:
        return [self.shortcuts, self.log_folder, self.about]

    def retranslate(self) -> None:
        self.shortcuts.setText(self.tr("&Keyboard shortcuts"))
        self.log_folder.setText(self.tr("Open the &log folder"))
        self.about.setText(self.tr("&About Jalon"))

    def show_shortcuts(self) -> None:
        rows = []
        for action in self._commands.all():
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            if keys:
                rows.append(
                    f"<tr><td><b>{' / '.join(keys)}</b></td>"
                    f"<td>{action.text().replace('&', '')}</td></tr>"
                )
        # Texts outside the f-strings: lupdate does not look inside them.
        for keys, text in (
            ("1 … 9", self.tr("Choose an answer")),
            (
                self.tr("A letter"),
                self.tr("Choose the answer it is the key of (in the choice’s tooltip)"),
            ),
            (self.tr("Enter"), self.tr("Save and go to the next question")),
        ):
            rows.append(f"<tr><td><b>{keys}</b></td><td>{text}</td></tr>")
        self._show(
            self.tr("Keyboard shortcuts"), "<table cellspacing='6'>" + "".join(rows) + "</table>"
        )

    def open_log_folder(self) -> None:
        folder = self._paths.logs
        folder.mkdir(parents=True, exist_ok=True)
        from PySide6.QtCore import QUrl  # PySide builds it at first use
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_about(self) -> None:
        text = (
            self.tr("Jalon %1\n\nSocial performance audits, offline.\nData folder: %2")
            .replace("%1", __version__)
            .replace("%2", str(self._paths.data_dir))
        )
        self._show(self.tr("About Jalon"), text)

    def _show(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # PySide builds it at first use

        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self._window
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
