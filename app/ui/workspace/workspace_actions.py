"""The commands of an open audit, each with its keyboard shortcut, for menus and the window.

Kept in one place so that the menus, the shortcuts help and the tests all see the same keys.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence


class WorkspaceActions(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.next = self._action(
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Down), QKeySequence(Qt.Key.Key_F8)
        )
        self.previous = self._action(
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Up),
            QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F8),
        )
        self.next_unanswered = self._action(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Down),
            QKeySequence(Qt.Key.Key_F9),
        )
        self.jump = self._action(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_G))
        self.search = self._action(QKeySequence(QKeySequence.StandardKey.Find))
        self.flag = self._action(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        # In a follow-up audit: keep the previous audit's answer, or confirm a carried one.
        self.keep_previous = self._action(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_K))
        self.answer = self._action(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R))
        self.questionnaire = self._action(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_1))
        self.dashboard = self._action(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_2))
        self.action_plan = self._action(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_3))
        self.guidance = self._action(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I))
        self.guidance.setCheckable(True)
        self.add_action = self._action()
        self.finalize = self._action()
        self.reopen = self._action()
        self.close_audit = self._action(QKeySequence(QKeySequence.StandardKey.Close))
        self.retranslate()

    def _action(self, *keys: QKeySequence) -> QAction:
        action = QAction(self)
        if keys:
            action.setShortcuts(list(keys))
            # Reachable from any child of the window, including text fields.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        return action

    def all(self) -> list[QAction]:
        return [
            self.next,
            self.previous,
            self.next_unanswered,
            self.jump,
            self.search,
            self.flag,
            self.keep_previous,
            self.answer,
            self.questionnaire,
            self.dashboard,
            self.action_plan,
            self.guidance,
            self.add_action,
            self.finalize,
            self.reopen,
            self.close_audit,
        ]

    def retranslate(self) -> None:
        self.next.setText(self.tr("&Next question"))
        self.previous.setText(self.tr("&Previous question"))
        self.next_unanswered.setText(self.tr("Next &unanswered question"))
        self.jump.setText(self.tr("&Go to code…"))
        self.search.setText(self.tr("&Search questions"))
        self.flag.setText(self.tr("&Flag for later"))
        self.keep_previous.setText(self.tr("&Keep the previous audit's answer"))
        self.answer.setText(self.tr("Back to the &answer"))
        self.questionnaire.setText(self.tr("&Questionnaire"))
        self.dashboard.setText(self.tr("&Dashboard"))
        self.action_plan.setText(self.tr("&Action plan"))
        self.guidance.setText(self.tr("&Guidance"))
        self.add_action.setText(self.tr("Add an action for this &question…"))
        self.finalize.setText(self.tr("Fina&lize audit…"))
        self.reopen.setText(self.tr("&Reopen audit…"))
        self.close_audit.setText(self.tr("&Close audit"))
        for action in self.all():
            keys = action.shortcuts()
            if keys:
                shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
                action.setToolTip(f"{action.text().replace('&', '')} ({shown})")
