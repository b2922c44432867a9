"""Small state icons painted in code (no image files to ship or lose): a coloured dot per
answer state, a flag for "look at this later", an exclamation mark for a missing mandatory
answer, a speech bubble for a review comment (with "!" inside when a correction is still
asked, so that the two differ by shape and not by colour only). Built once and cached; every
icon has the same size so tree rows stay aligned."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap, QPolygonF

from app.ui.workspace.navigator.answer_state import AnswerState

SIZE = 14
STATE_COLOURS = {
    AnswerState.YES: "#2e7d32",
    AnswerState.PARTIAL: "#d68a00",
    AnswerState.NO: "#c62828",
    AnswerState.NOT_APPLICABLE: "#8a949e",
    AnswerState.ANSWERED: "#1f6fb2",
}
MISSING = "#c62828"
TO_CONFIRM = "#b7791f"  # carried from the previous audit, waiting for a person
FLAG = "#e65100"
COMMENT = "#1f6fb2"
CORRECTION = "#b45309"


class StatusIcons:
    ICON_SIZE = QSize(2 * SIZE + 2, SIZE)

    def __init__(self) -> None:
        self._cache: dict[tuple, QIcon] = {}

    def indicator(self, state: AnswerState, flagged: bool, missing: bool) -> QIcon:
        key = ("indicator", state, flagged, missing)
        if key not in self._cache:
            self._cache[key] = self._paint(lambda p: self._state_dot(p, state, missing), flagged)
        return self._cache[key]

    def group(self, missing: bool, flagged: bool) -> QIcon:
        key = ("group", missing, flagged)
        if key not in self._cache:
            self._cache[key] = self._paint(
                (lambda p: self._exclamation(p, QRectF(1, 1, SIZE - 2, SIZE - 2)))
                if missing
                else None,
                flagged,
            )
        return self._cache[key]

    def review(self, must_correct: bool) -> QIcon:
        """A question's review comments: a bubble with three dots, or with "!" while a
        correction is asked."""
        key = ("review", must_correct)
        if key not in self._cache:
            self._cache[key] = self._paint(lambda p: self._bubble(p, must_correct), False)
        return self._cache[key]

    # --- painting ------------------------------------------------------------------------------

    def _paint(self, first, flagged: bool) -> QIcon:
        pixmap = QPixmap(self.ICON_SIZE)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if first is not None:
            first(painter)
        if flagged:
            self._flag(painter, SIZE + 2)
        painter.end()
        return QIcon(pixmap)

    @staticmethod
    def _state_dot(painter: QPainter, state: AnswerState, missing: bool) -> None:
        box = QRectF(2, 2, SIZE - 4, SIZE - 4)
        if missing:
            StatusIcons._exclamation(painter, QRectF(1, 1, SIZE - 2, SIZE - 2))
        elif state in STATE_COLOURS:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(STATE_COLOURS[state]))
            painter.drawEllipse(box)
        elif state is AnswerState.TO_CONFIRM:  # an amber ring with a dot: waiting for a person
            painter.setPen(QPen(QColor(TO_CONFIRM), 1.8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(box)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(TO_CONFIRM))
            painter.drawEllipse(box.center(), 1.8, 1.8)
        elif state is AnswerState.UNANSWERED:
            painter.setPen(QPen(QColor("#8a949e"), 1.4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(box)
        else:  # irrelevant: a faint dash, "nothing to do here"
            painter.setPen(QPen(QColor("#b8c0c8"), 1.6))
            painter.drawLine(QPointF(3, SIZE / 2), QPointF(SIZE - 3, SIZE / 2))

    @staticmethod
    def _exclamation(painter: QPainter, box: QRectF) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(MISSING))
        painter.drawEllipse(box)
        painter.setPen(QColor("white"))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(box.height()) - 3)
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "!")

    @staticmethod
    def _bubble(painter: QPainter, must_correct: bool) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(CORRECTION if must_correct else COMMENT))
        body = QRectF(0.5, 0.5, SIZE - 1, SIZE - 4)
        painter.drawRoundedRect(body, 3, 3)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(3, body.bottom() - 1),
                    QPointF(3, SIZE - 0.5),
                    QPointF(7, body.bottom() - 1),
                ]
            )
        )
        painter.setPen(QColor("white"))
        painter.setBrush(QColor("white"))
        if must_correct:
            font = QFont()
            font.setBold(True)
            font.setPixelSize(int(body.height()) - 1)
            painter.setFont(font)
            painter.drawText(body, Qt.AlignmentFlag.AlignCenter, "!")
        else:
            for x in (4.0, 7.0, 10.0):
                painter.drawEllipse(QPointF(x, body.center().y()), 1.0, 1.0)

    @staticmethod
    def _flag(painter: QPainter, left: float) -> None:
        painter.setPen(QPen(QColor("#5f6b76"), 1.3))
        painter.drawLine(QPointF(left + 3, 1.5), QPointF(left + 3, SIZE - 1))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(FLAG))
        painter.drawPolygon(
            QPolygonF(
                [QPointF(left + 3.6, 1.5), QPointF(left + SIZE - 1, 4.5), QPointF(left + 3.6, 8)]
            )
        )
