"""Page 3: context questions, the fit of each approach with its reasons, and the decision."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
)

from ..core.catalogues import UNKNOWN_ANSWER
from ..core.options import NOT_ADVISABLE, POSSIBLE, RECOMMENDED, assess_site
from ..rendering.text import plain_tooltip
from .page import AssessmentPage, PlainTextField

VERDICT_COLOURS = {RECOMMENDED: "#1b5e20", POSSIBLE: "#8d6e00", NOT_ADVISABLE: "#b71c1c"}


class OptionsPage(AssessmentPage):
    def __init__(self, catalogues, parent=None):
        super().__init__(parent)
        self.catalogues = catalogues
        self.fits = []
        layout = QVBoxLayout(self)

        questions = QGroupBox("Site context")
        form = QFormLayout(questions)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # long questions above their answers
        self.answer_boxes = {}
        for question in catalogues.questions:
            box = QComboBox()
            box.setObjectName(f"answer_{question.id}")
            for answer_id, label in question.choices:
                box.addItem(label, answer_id)
            box.setToolTip(plain_tooltip(question.text))
            box.currentIndexChanged.connect(lambda _index, q=question.id: self._answer_changed(q))
            text = QLabel(question.text)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            form.addRow(text, box)
            self.answer_boxes[question.id] = box
        layout.addWidget(questions)

        fit_group = QGroupBox("Fit of each approach here, and why")
        # Text goes in through QTextCursor.insertText only: names and reasons are never parsed as HTML.
        self.fit_view = QTextEdit()
        self.fit_view.setReadOnly(True)
        self.fit_view.setMinimumHeight(420)
        QVBoxLayout(fit_group).addWidget(self.fit_view)
        layout.addWidget(fit_group)

        decision = QGroupBox("Decision")
        decision_form = QFormLayout(decision)
        self.approach_choice = QComboBox()
        for approach in catalogues.approaches:
            self.approach_choice.addItem(approach.name, approach.id)
        self.officer_edit = QLineEdit()
        self.rationale_edit = PlainTextField()
        self.rationale_edit.setPlaceholderText("Why this approach, for this site (required)")
        self.rationale_edit.setMaximumHeight(80)
        self.rationale_edit.committed.connect(self._keep_draft)
        self.decide_button = QPushButton("Record decision")
        self.decide_button.clicked.connect(self.decide)
        self.history = QListWidget()
        self.history.setMaximumHeight(90)
        self.history.setWordWrap(True)
        decision_form.addRow("Approach", self.approach_choice)
        decision_form.addRow("Officer", self.officer_edit)
        decision_form.addRow("Rationale", self.rationale_edit)
        decision_form.addRow("", self.decide_button)
        decision_form.addRow("History", self.history)
        layout.addWidget(decision)

    def refresh(self):
        answers = self.site.workspace.answers(self.site.key) if self.site else {}
        for question_id, box in self.answer_boxes.items():
            index = box.findData(answers.get(question_id, UNKNOWN_ANSWER))
            box.setCurrentIndex(max(index, 0))
        if self.site and not self.officer_edit.text():
            self.officer_edit.setText(self.site.workspace.officer)
        self.rationale_edit.set_text_quietly(
            self.site.workspace.setting(self._draft_key()) if self.site else ""
        )
        self._show_fits(answers)
        self._show_history()

    def _draft_key(self):
        return f"rationale_draft:{self.site.key}"

    def _keep_draft(self, text):
        """A rationale being written is kept until it is recorded, like every other field."""
        self.save(lambda workspace, _key: workspace.set_setting(self._draft_key(), text))

    def answers(self):
        return {question_id: box.currentData() for question_id, box in self.answer_boxes.items()}

    def _answer_changed(self, question_id):
        if self._loading or self.site is None:
            return
        answer = self.answer_boxes[question_id].currentData()
        self.save(lambda workspace, key: workspace.set_answer(key, question_id, answer))
        self._show_fits(self.answers(), store=True)

    def _show_fits(self, answers, store=False):
        if self.site is None:
            self.fits = []
            self.fit_view.clear()
            return
        self.fits = assess_site(self.catalogues, answers, self.site.pace_class, self.site.iucn_category)
        if store:
            fits = self.fits
            self.save(lambda workspace, key: workspace.save_fits(key, fits))
        self._write_fits()

    def _write_fits(self):
        self.fit_view.clear()
        cursor = QTextCursor(self.fit_view.document())
        reason_format = QTextCharFormat()
        for fit in self.fits:
            title_format = QTextCharFormat()
            title_format.setFontWeight(QFont.Weight.Bold)
            title_format.setForeground(QColor(VERDICT_COLOURS[fit.verdict]))
            cursor.insertText(f"{self.catalogues.approach(fit.approach_id).name}: {fit.label}", title_format)
            lines = [f"  • {reason}" for reason in fit.reasons]
            if fit.open_questions:
                open_texts = [
                    self.catalogues.question(question_id).text for question_id in fit.open_questions
                ]
                lines.append("  Still to answer: " + " / ".join(open_texts))
            for line in lines:
                cursor.insertBlock()
                cursor.insertText(line, reason_format)
            cursor.insertBlock()
        self.fit_view.moveCursor(QTextCursor.MoveOperation.Start)

    def _show_history(self):
        self.history.clear()
        decisions = self.site.workspace.decisions(self.site.key) if self.site else []
        for decision in reversed(decisions):  # newest first
            name = self.catalogues.approach(decision["approach_id"]).name
            self.history.addItem(
                f"{decision['decided_at'][:16].replace('T', ' ')} · {decision['officer']} · {name}: "
                f"{decision['rationale']}"
            )

    def decide(self):
        approach_id = self.approach_choice.currentData()
        rationale = self.rationale_edit.toPlainText()
        officer = self.officer_edit.text().strip() or None
        fits = self.fits
        recorded = self.save(
            lambda workspace, key: (
                workspace.save_fits(key, fits),
                workspace.add_decision(key, approach_id, rationale, officer),
                workspace.set_setting(self._draft_key(), ""),
            )
        )
        if recorded is not None:
            self.rationale_edit.set_text_quietly("")
            self._show_history()
