"""Parts of the dock's layout that give the pages their room at the size QGIS gives a dock: combos
that do not widen it, pages that scroll, and the workspace settings folded to one line."""

from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.shared import compat
from ..core.shared.i18n import translate
from ..rendering.text import plain_tooltip
from .mining_history import MiningHistoryLabel
from .options_page import OptionsPage
from .page import wrapping_list
from .profile_page import ProfilePage
from .stakeholder_page import StakeholderPage

# The splitter's first share: the site list and its classification; the pages get the rest.
SITES_SHARE = 0.35


def compact_combos(widget):
    """Long names (stakeholders, answers) must not widen the dock: combos size to a few characters."""
    for combo in widget.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)


def scrolling(page):
    """The page in a vertical scroll area: the site list above it stays in view."""
    compact_combos(page)  # before the scroll area asks for (and caches) their size hints
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Always there: a bar that comes and goes changes the page's width, its wrapped lines change its
    # height, which brings or removes the bar... a resize loop that overflowed the stack (issue 18).
    scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    scroll.setWidget(page)
    return scroll


class FoldingSection(QWidget):
    """A section under a one-line button: open, it shows its settings; folded, the button names
    what was chosen (the workspace file, the site layer), cut with "…" to the dock's width."""

    def __init__(self, title, body_layout):
        super().__init__()
        self.title, self.summary = title, ""
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.toggle.toggled.connect(self._show_body)
        self.body = QWidget()
        self.body.setLayout(body_layout)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body)
        self._show_body(True)

    def set_folded(self, folded, summary=""):
        self.summary = summary
        self.toggle.setChecked(not folded)
        self._label()

    def _show_body(self, shown):
        self.body.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self._label()

    def _label(self):
        text = self.title if self.toggle.isChecked() or not self.summary else self.summary
        room = max(self.width() - 40, 60)  # less the arrow and the button's margins
        self.toggle.setText(self.toggle.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, room))
        self.toggle.setToolTip(plain_tooltip(text))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._label()


class SharingSplitter(QSplitter):
    """A vertical splitter whose first part (the sites) takes SITES_SHARE of its height at most,
    the second (the pages) the rest, whatever height the dock gets, until the officer drags the
    line between them: from then on, the officer's share is kept."""

    def __init__(self):
        super().__init__(Qt.Orientation.Vertical)
        self.setChildrenCollapsible(False)
        self.dragged = False
        self.splitterMoved.connect(self._dragged)

    def _dragged(self, *_position):
        self.dragged = True

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if not self.dragged and self.count() == 2 and self.height() > 0:
            first = min(int(self.height() * SITES_SHARE), self.widget(0).sizeHint().height())
            first = max(first, self.widget(0).minimumSizeHint().height())
            self.blockSignals(True)  # not the officer's drag
            self.setSizes([first, self.height() - first])
            self.blockSignals(False)


class DockLayout:
    """The dock's widgets, built in the order an officer meets them: the workspace and site layer
    (folding), search and the site's buttons, then the site list above the three pages in a
    splitter. A mixin of AssessmentDock, whose methods the widgets call."""

    DEFAULT_WIDTH = 440  # px: every label fits at this width (tests/ui/test_dock.py checks it)

    def _setup_form(self):
        """The workspace (its file, then new and open on a row of their own: beside the file they
        pass the width QGIS gives a dock), the site layer and its key field."""
        setup = QFormLayout()
        setup.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        buttons = QHBoxLayout()
        self.workspace_path = QLineEdit()
        self.workspace_path.setReadOnly(True)
        self.workspace_path.setPlaceholderText(
            translate("AssessmentDock", "no workspace: create or open one")
        )
        self.new_button = QPushButton(translate("AssessmentDock", "New…"))
        self.open_button = QPushButton(translate("AssessmentDock", "Open…"))
        self.new_button.clicked.connect(lambda: self._ask_workspace(create=True))
        self.open_button.clicked.connect(lambda: self._ask_workspace(create=False))
        buttons.addStretch(1)
        for widget in (self.new_button, self.open_button):
            buttons.addWidget(widget)
        setup.addRow(translate("AssessmentDock", "Workspace"), self.workspace_path)
        setup.addRow(buttons)
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setFilters(compat.LAYER_FILTER_HAS_GEOMETRY)
        self.layer_hint = QLabel(
            translate(
                "AssessmentDock",
                "No classified sites in this project: run “Classify sites (PACE)” on your sites "
                "(or load the sample data and classify it); its output layer is listed here.",
            )
        )
        self.layer_hint.setWordWrap(True)
        self.key_combo = QgsFieldComboBox()
        setup.addRow(translate("AssessmentDock", "Site layer"), self.layer_combo)
        setup.addRow("", self.layer_hint)
        setup.addRow(translate("AssessmentDock", "Key field"), self.key_combo)
        return setup

    def _site_row(self):
        """Search and zoom to the chosen site, then pick on the map and its dossier: two rows, which
        fit the width QGIS gives a dock in every language (the search keeps room for its hint)."""
        site_row = QVBoxLayout()
        buttons = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("AssessmentDock", "search sites"))
        self.search.textChanged.connect(self._filter_sites)
        self.pick_button = QPushButton(translate("AssessmentDock", "Pick on map"))
        self.pick_button.setCheckable(True)
        self.pick_button.toggled.connect(self._toggle_pick_tool)
        self.zoom_button = QPushButton(translate("AssessmentDock", "Zoom"))
        self.zoom_button.clicked.connect(self.zoom_to_site)
        self.dossier_button = QPushButton(translate("AssessmentDock", "Dossier…"))
        self.dossier_button.setToolTip(
            translate(
                "AssessmentDock", "Write the PDF and HTML dossier of this site (Site dossiers algorithm)"
            )
        )
        self.dossier_button.setEnabled(False)
        self.dossier_button.clicked.connect(self.open_dossier_dialog)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.zoom_button)
        site_row.addLayout(search_row)
        buttons.addStretch(1)
        for widget in (self.pick_button, self.dossier_button):
            buttons.addWidget(widget)
        site_row.addLayout(buttons)
        return site_row

    def _site_and_pages(self):
        """The site list and the chosen site's classification above the pages, in a splitter: the
        pages get most of the height, the officer can drag the line between them."""
        sites = QWidget()
        column = QVBoxLayout(sites)
        column.setContentsMargins(0, 0, 0, 0)
        self.site_list = wrapping_list(140)
        self.site_list.setMinimumHeight(3 * self.site_list.fontMetrics().height() + 12)  # 3 rows at least
        self.site_list.currentItemChanged.connect(self._site_chosen)
        column.addWidget(self.site_list, 2)
        self.classification_view = QPlainTextEdit()
        self.classification_view.setReadOnly(True)
        self.classification_view.setMaximumHeight(110)
        self.classification_view.setMinimumHeight(3 * self.classification_view.fontMetrics().height())
        column.addWidget(self.classification_view, 1)
        self.mining_history = MiningHistoryLabel(self.project)
        column.addWidget(self.mining_history)
        self.splitter = SharingSplitter()
        self.splitter.addWidget(sites)
        self.splitter.addWidget(self._pages())
        return self.splitter

    def _pages(self):
        """The three pages (profile, stakeholders, options), each saving into the workspace."""
        self.pages = QTabWidget()
        # Every tab in view at the width QGIS gives a dock: a long title is shortened ("…"; its
        # tooltip says it whole) rather than the last tab hidden behind scroll arrows.
        self.pages.setUsesScrollButtons(False)
        self.pages.setElideMode(Qt.TextElideMode.ElideRight)
        self.pages.tabBar().setStyleSheet("QTabBar::tab { padding: 4px 3px; }")  # room for three titles
        self.profile_page = ProfilePage()
        self.stakeholder_page = StakeholderPage(self.catalogues, self.canvas)
        self.options_page = OptionsPage(self.catalogues)
        for title, tip, page in (
            (
                translate("AssessmentDock", "1 Profile"),
                translate("AssessmentDock", "What is mined here, how, by how many, under which law"),
                self.profile_page,
            ),
            (
                translate("AssessmentDock", "2 Stakeholders"),
                translate("AssessmentDock", "Who is involved, their influence, interest and relations"),
                self.stakeholder_page,
            ),
            (
                translate("AssessmentDock", "3 Options"),
                translate("AssessmentDock", "Management options: their fit here, and the decision"),
                self.options_page,
            ),
        ):
            self.pages.setTabToolTip(self.pages.addTab(scrolling(page), title), tip)
            page.saved.connect(self._after_save)
            page.failed.connect(self.show_problem)
            page.load(None)
        self.profile_page.context_answered.connect(self.options_page.profile_changed)
        return self.pages

    def sizeHint(self):
        return QSize(self.DEFAULT_WIDTH, super().sizeHint().height())

    def show_page(self, page):
        """Bring one of the three pages to the front (each sits in its own scroll area)."""
        for index in range(self.pages.count()):
            if self.pages.widget(index).widget() is page:
                self.pages.setCurrentIndex(index)
