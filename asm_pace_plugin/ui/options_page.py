"""Page 3: context questions, the fit of each approach with its reasons, and the decision."""

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
)

from ..core.assessment.approach_fit import (
    NOT_ADVISABLE,
    POSSIBLE,
    PROFILE_QUESTIONS,
    RECOMMENDED,
    answers_with_profile,
    assess_site,
)
from ..core.assessment.catalogues import UNKNOWN_ANSWER
from ..core.shared import i18n
from ..core.shared.i18n import translate
from ..rendering.text import plain_tooltip
from .page import AssessmentPage, PlainTextField, wrapping_list

OFFICER_SETTING = "asm_pace/officer"  # QgsSettings: the name the officer last recorded a decision under
VERDICT_COLOURS = {RECOMMENDED: "#1b5e20", POSSIBLE: "#8d6e00", NOT_ADVISABLE: "#b71c1c"}


class OptionsPage(AssessmentPage):
    def __init__(self, catalogues, parent=None):
        super().__init__(parent)
        self.catalogues = catalogues
        self.fits = []
        layout = QVBoxLayout(self)

        layout.addWidget(self._questions_box(catalogues))
        layout.addWidget(self._fit_box())
        layout.addWidget(self._decision_box(catalogues))
        self._enable_decision()

    def _questions_box(self, catalogues):
        """The context questions, each above its answer (self.answer_boxes: {question id: box})."""
        questions = QGroupBox(translate("OptionsPage", "Site context"))
        # Each question above its answer, wrapping to the dock's width (a QFormLayout gives a label
        # its unwrapped width, past the dock's edge).
        form = QVBoxLayout(questions)
        self.answer_boxes = {}
        for question in catalogues.questions:
            box = QComboBox()
            box.setObjectName(f"answer_{question.id}")
            for answer_id, label in question.choices:
                box.addItem(label, answer_id)
            text = QLabel(question.text)
            if question.id in PROFILE_QUESTIONS:  # asked once, on the profile page
                box.setEnabled(False)
                box.setToolTip(translate("OptionsPage", "Answered on the Profile page: change it there."))
                text.setText(
                    translate("OptionsPage", "{question} (answered in the profile)").format(
                        question=question.text
                    )
                )
            else:
                box.setToolTip(plain_tooltip(question.text))
            box.currentIndexChanged.connect(lambda _index, q=question.id: self._answer_changed(q))
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            text.setBuddy(box)
            form.addWidget(text)
            form.addWidget(box)
            self.answer_boxes[question.id] = box
        return questions

    def _fit_box(self):
        """The fit of each approach and its reasons (self.fit_view)."""
        # A group box's title does not wrap: this one's, in French, is wider than the dock. Its
        # heading is a label that wraps, in the group box's own title style.
        fit_group = QGroupBox()
        fit_layout = QVBoxLayout(fit_group)
        heading = QLabel(translate("OptionsPage", "Fit of each approach here, and why"))
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setStyleSheet("font-weight: bold;")
        fit_layout.addWidget(heading)
        # Text goes in through QTextCursor.insertText only: names and reasons are never parsed as HTML.
        self.fit_view = QTextEdit()
        self.fit_view.setReadOnly(True)
        self.fit_view.setMinimumHeight(420)
        fit_layout.addWidget(self.fit_view)
        return fit_group

    def _decision_box(self, catalogues):
        """The decision: approach, officer, rationale, Record decision, and the history."""
        decision = QGroupBox(translate("OptionsPage", "Decision"))
        decision_form = QFormLayout(decision)
        decision_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.approach_choice = QComboBox()
        self.approach_choice.addItem(
            translate("OptionsPage", "Choose an approach…"), None
        )  # nothing preselected: the officer decides
        for approach in catalogues.approaches:
            self.approach_choice.addItem(approach.name, approach.id)
        self.officer_edit = QLineEdit()
        self.officer_edit.setPlaceholderText(translate("OptionsPage", "your name, as it goes in the history"))
        self.officer_edit.editingFinished.connect(self._remember_officer)
        self.officer_edit.textChanged.connect(self._enable_decision)
        self.rationale_edit = PlainTextField()
        self.rationale_edit.setPlaceholderText(
            translate("OptionsPage", "Why this approach, for this site (required)")
        )
        self.rationale_edit.setMaximumHeight(80)
        self.rationale_edit.committed.connect(self._keep_draft)
        self.decide_button = QPushButton(translate("OptionsPage", "Record decision"))
        self.decide_button.clicked.connect(self.decide)
        self.approach_choice.currentIndexChanged.connect(self._enable_decision)
        self.rationale_edit.textChanged.connect(self._enable_decision)
        self.history = wrapping_list(90)
        decision_form.addRow(translate("OptionsPage", "Approach"), self.approach_choice)
        decision_form.addRow(translate("OptionsPage", "Officer"), self.officer_edit)
        decision_form.addRow(translate("OptionsPage", "Rationale"), self.rationale_edit)
        decision_form.addRow("", self.decide_button)
        decision_form.addRow(translate("OptionsPage", "History"), self.history)
        return decision

    def _enable_decision(self, *_changed):
        """Record decision needs a chosen approach and a rationale; the tooltip says what is missing."""
        missing = []
        if self.approach_choice.currentData() is None:
            missing.append(translate("OptionsPage", "choose an approach"))
        if not self.officer_edit.text().strip():
            missing.append(translate("OptionsPage", "write your name"))
        if not self.rationale_edit.toPlainText().strip():
            missing.append(translate("OptionsPage", "write the rationale"))
        self.decide_button.setEnabled(self.site is not None and not missing)
        self.decide_button.setToolTip(
            translate("OptionsPage", "To record the decision: {missing}.").format(
                missing=translate("OptionsPage", ", then ").join(missing)
            )
            if missing
            else translate(
                "OptionsPage", "Record this approach and rationale in the site's decision history."
            )
        )

    def refresh(self):
        answers = self._stored_answers()
        self._show_answers(answers)
        if not self.officer_edit.text():  # the name this officer last gave, never the system login
            self.officer_edit.setText(QgsSettings().value(OFFICER_SETTING, "", type=str))
        self._show_decided()
        self.rationale_edit.set_text_quietly(
            self.site.workspace.setting(self._draft_key()) if self.site else ""
        )
        self._enable_decision()
        self._show_fits(answers)
        self._show_history()

    def _remember_officer(self):
        """The officer's name, kept in QGIS's settings of this user for the next decisions."""
        name = self.officer_edit.text().strip()
        if name:
            QgsSettings().setValue(OFFICER_SETTING, name)

    def _show_decided(self):
        """The approach of the site's latest decision stays chosen (nothing before a decision)."""
        decisions = self.site.workspace.decisions(self.site.key) if self.site else []
        index = self.approach_choice.findData(decisions[-1]["approach_id"]) if decisions else 0
        self.approach_choice.setCurrentIndex(max(index, 0))

    def _stored_answers(self):
        if self.site is None:
            return {}
        workspace, key = self.site.workspace, self.site.key
        return answers_with_profile(workspace.answers(key), workspace.profile(key))

    def _show_answers(self, answers):
        for question_id, box in self.answer_boxes.items():
            index = box.findData(answers.get(question_id, UNKNOWN_ANSWER))
            box.setCurrentIndex(max(index, 0))

    def profile_changed(self):
        """The profile answers some questions: show its answers and store the fits they give."""
        if self.site is None:
            return
        answers = self._stored_answers()
        was_loading, self._loading = self._loading, True
        try:
            self._show_answers(answers)
        finally:
            self._loading = was_loading
        self._show_fits(answers, store=True)

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
            self._show_verdicts()
            return
        self.fits = assess_site(self.catalogues, answers, self.site.pace_class, self.site.iucn_category)
        if store:
            fits = self.fits
            self.save(lambda workspace, key: workspace.save_fits(key, fits))
        self._write_fits()
        self._show_verdicts()

    def _show_verdicts(self):
        """Each approach in the decision's list with its verdict here, in the verdict's colour."""
        fits = {fit.approach_id: fit for fit in self.fits}
        for index in range(1, self.approach_choice.count()):
            approach_id = self.approach_choice.itemData(index)
            name = self.catalogues.approach(approach_id).name
            fit = fits.get(approach_id)
            self.approach_choice.setItemText(
                index,
                translate("OptionsPage", "{approach}: {verdict}").format(approach=name, verdict=fit.label)
                if fit
                else name,
            )
            colour = QColor(VERDICT_COLOURS[fit.verdict]) if fit else None
            self.approach_choice.setItemData(index, colour, Qt.ItemDataRole.ForegroundRole)

    def _write_fits(self):
        self.fit_view.clear()
        cursor = QTextCursor(self.fit_view.document())
        reason_format = QTextCharFormat()
        for fit in self.fits:
            title_format = QTextCharFormat()
            title_format.setFontWeight(QFont.Weight.Bold)
            title_format.setForeground(QColor(VERDICT_COLOURS[fit.verdict]))
            title = translate("OptionsPage", "{approach}: {verdict}").format(
                approach=self.catalogues.approach(fit.approach_id).name, verdict=fit.label
            )
            cursor.insertText(title, title_format)
            lines = [f"  • {reason}" for reason in fit.reasons]
            if fit.open_questions:
                open_texts = [
                    self.catalogues.question(question_id).text for question_id in fit.open_questions
                ]
                lines.append(
                    translate("OptionsPage", "  Still to answer: {questions}").format(
                        questions=" / ".join(open_texts)
                    )
                )
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
                translate("OptionsPage", "{date} · {officer} · {approach}: {rationale}").format(
                    date=i18n.date(decision["decided_at"], with_time=True),
                    officer=decision["officer"],
                    approach=name,
                    rationale=decision["rationale"],
                )
            )

    def decide(self):
        approach_id = self.approach_choice.currentData()
        rationale = self.rationale_edit.toPlainText()
        officer = self.officer_edit.text().strip() or None
        self._remember_officer()
        fits = self.fits
        recorded = self.save(
            lambda workspace, key: (
                workspace.save_fits(key, fits),
                workspace.add_decision(key, approach_id, rationale, officer),
                workspace.set_setting(self._draft_key(), ""),
            )
        )
        if recorded is not None:  # the approach decided stays chosen; the rationale was its own
            self.rationale_edit.set_text_quietly("")
            self._enable_decision()
            self._show_history()
