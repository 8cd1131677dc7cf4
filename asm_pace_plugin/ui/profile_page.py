"""Page 1: the site profile; every field is saved as soon as it is edited."""

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox

from ..core.assessment.approach_fit import PROFILE_QUESTIONS
from ..core.assessment.profile_fields import PROFILE_FIELDS, profile_label, profile_value_label
from ..core.shared.i18n import translate
from .page import AssessmentPage, PlainTextField

MAX_COUNT = 1_000_000
CONTEXT_COLUMNS = {column for column, _answer_of in PROFILE_QUESTIONS.values()}


class ProfilePage(AssessmentPage):
    context_answered = pyqtSignal()  # a field the option fit also uses was saved

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.editors = {}
        for column, label, kind, choices in PROFILE_FIELDS:
            editor = self._editor(column, kind, choices)
            editor.setObjectName(f"profile_{column}")
            if column in CONTEXT_COLUMNS:
                editor.setToolTip(
                    translate(
                        "ProfilePage",
                        "Also answers the site-context question of the Management options page.",
                    )
                )
            text = QLabel(profile_label(label))
            text.setWordWrap(True)  # a long question wraps to the dock's width instead of widening it
            layout.addRow(text, editor)
            self.editors[column] = editor

    def _editor(self, column, kind, choices):
        if kind == "integer":
            editor = QSpinBox()
            # The value the officer settles on (Return, Tab, leaving the box, an arrow step) is saved
            # and audited once, not each keystroke of 3 → 35 → 350.
            editor.setKeyboardTracking(False)
            editor.setRange(-1, MAX_COUNT)
            editor.setSpecialValueText(
                translate("ProfilePage", "not recorded")
            )  # -1 shows as "not recorded" and saves NULL
            editor.valueChanged.connect(lambda value: self._save(column, None if value < 0 else value))
        elif kind == "choice":
            editor = QComboBox()
            for choice in choices:  # shown in the officer's language, stored as the stable English word
                editor.addItem(profile_value_label(column, choice), choice)
            editor.currentIndexChanged.connect(
                lambda index, combo=editor: self._save(column, combo.itemData(index) or None)
            )
        elif column == "notes":
            editor = PlainTextField()
            editor.committed.connect(lambda text: self._save(column, text))
        else:
            editor = QLineEdit()
            editor.editingFinished.connect(lambda: self._commit_line(column))
        return editor

    def _commit_line(self, column):
        editor = self.editors[column]
        editor.setModified(False)
        self._save(column, editor.text())

    def _save(self, column, value):
        saved = self.save(lambda workspace, key: workspace.set_profile_field(key, column, value) or True)
        if saved and column in CONTEXT_COLUMNS:
            self.context_answered.emit()

    def refresh(self):
        values = self.site.workspace.profile(self.site.key) if self.site else {}
        for column, editor in self.editors.items():
            value = values.get(column)
            if isinstance(editor, QSpinBox):
                editor.setValue(-1 if value is None else int(value))
            elif isinstance(editor, QComboBox):
                index = editor.findData(value or "")
                if index < 0:  # a value typed elsewhere (e.g. in QGIS) is kept, not lost
                    editor.addItem(value, value)
                    index = editor.count() - 1
                editor.setCurrentIndex(index)
            elif isinstance(editor, PlainTextField):
                editor.set_text_quietly(value)
            else:
                editor.setText(value or "")

    def flush(self):
        """Save what is typed but not yet committed (the dock closes, another site is chosen)."""
        for column, editor in self.editors.items():
            if isinstance(editor, PlainTextField):
                editor.flush()
            elif isinstance(editor, QSpinBox):
                editor.interpretText()  # emits valueChanged when the typed number differs
            elif isinstance(editor, QLineEdit) and editor.isModified():
                self._commit_line(column)
