"""What the dock's pages share: the open workspace and site, and saving with errors shown."""

from dataclasses import dataclass, field

from qgis.PyQt.QtCore import Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from ..core.shared.errors import PluginError

SAVE_DELAY_MS = 700


@dataclass
class SiteContext:
    """The site being assessed, as the pages need it."""

    workspace: object
    key: str
    label: str = ""
    pace_class: str = "unclassified"
    iucn_category: str = None
    attributes: dict = field(default_factory=dict)
    record_snapshot: object = None  # callable: snapshot the site before its first edit


class AssessmentPage(QWidget):
    saved = pyqtSignal()
    failed = pyqtSignal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.site = None
        self._loading = False

    def load(self, site):
        """Show `site` (a SiteContext, or None for no site); widgets must not save while loading."""
        self._loading = True
        try:
            self.site = site
            self.setEnabled(site is not None)
            self.refresh()
        finally:
            self._loading = False

    def refresh(self):
        raise NotImplementedError

    def save(self, write):
        """Run write(workspace, site_key) now; report problems instead of raising into Qt."""
        if self._loading or self.site is None:
            return None
        try:
            if self.site.record_snapshot is not None:
                self.site.record_snapshot()
            result = write(self.site.workspace, self.site.key)
        except PluginError as error:
            self.failed.emit(str(error))
            return None
        self.saved.emit()
        return result


class PlainTextField(QPlainTextEdit):
    """Multi-line plain text that commits shortly after typing stops and when focus leaves."""

    committed = pyqtSignal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._timer.start)

    def set_text_quietly(self, text):
        blocked = self.blockSignals(True)
        self.setPlainText(text or "")
        self.blockSignals(blocked)
        self._timer.stop()

    def flush(self):
        if self._timer.isActive() or self.sender() is self._timer:
            self._timer.stop()
            self.committed.emit(self.toPlainText())

    def focusOutEvent(self, event):
        self.flush()
        super().focusOutEvent(event)


class _CheckLabel(QLabel):
    """The wrapping text of a check box: clicking it ticks the box, as a check box's own text does."""

    def __init__(self, text, box):
        super().__init__(text)
        self.box = box
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)

    def mouseReleaseEvent(self, event):
        if self.box.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            self.box.click()
        super().mouseReleaseEvent(event)


def wrapped_check(text):
    """(row widget, its QCheckBox): a check box whose long text wraps instead of widening the dock."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    box = QCheckBox()
    layout.addWidget(box)
    layout.addWidget(_CheckLabel(text, box), 1)
    return row, box


def wrapping_list(max_height):
    """A list whose long lines wrap to the dock's width instead of running off its edge."""
    widget = QListWidget()
    widget.setWordWrap(True)
    widget.setResizeMode(QListView.ResizeMode.Adjust)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setMaximumHeight(max_height)
    return widget


LAST_FOLDER_SETTING = "asm_pace/last_folder"


def start_folder():
    """Where a file dialog opens: beside the saved project, else where the officer last chose a
    file, else the home folder (never QGIS's working directory)."""
    from pathlib import Path

    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QSettings

    project = QgsProject.instance().fileName()
    last = QSettings().value(LAST_FOLDER_SETTING, "")
    for folder in (Path(project).parent if project else None, Path(last) if last else None):
        if folder is not None and folder.is_dir():
            return str(folder)
    return str(Path.home())


def ask_file(parent, title, file_filter, suffix, save=False):
    """The file a person chooses in Qt's dialog ("" when cancelled), opened at start_folder(); a
    file to write gets the suffix when it is typed without it."""
    from pathlib import Path

    from qgis.PyQt.QtCore import QSettings

    ask = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
    path, _filter = ask(parent, title, start_folder(), file_filter)
    if save and path and not path.lower().endswith(suffix):
        path += suffix
    if path:
        QSettings().setValue(LAST_FOLDER_SETTING, str(Path(path).parent))
    return path
