"""The guided assessment dock: workspace and site layer, site picking, then three pages."""

from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeatureRequest,
    QgsProject,
    QgsTask,
    QgsVectorLayerFeatureSource,
)
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox, QgsMapToolIdentifyFeature
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QSize, Qt, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.assessment import layer_roles
from ..core.assessment.catalogues import load_catalogues
from ..core.assessment.dossier import CLASSIFICATION_FIELDS
from ..core.assessment.presets import (
    PROJECT_SCOPE,
    PROJECT_SITE_LAYER_KEY,
    PROJECT_WORKSPACE_KEY,
    dossier_file_stem,
    layers_by_role,
)
from ..core.assessment.profile_fields import NOT_STARTED, status_label
from ..core.assessment.workspace import SNAPSHOT_FIELDS, open_workspace
from ..core.screening import pace
from ..core.screening.stream import classified_values, pace_field_names
from ..core.shared import compat
from ..core.shared import public_names as names
from ..core.shared.errors import WorkspaceError
from ..core.shared.geodesy import WGS84
from ..core.shared.i18n import translate
from ..core.shared.input_fields import usual_field
from ..core.shared.site_key import site_key_warning, source_site_key
from ..rendering.text import plain_tooltip
from .algorithm_dialog import open_algorithm_dialog
from .mining_history import MiningHistoryLabel
from .options_page import OptionsPage
from .page import SiteContext, ask_file, wrapping_list
from .profile_page import ProfilePage
from .stakeholder_page import StakeholderPage

KEY_FIELD_SETTING = "key_field"
FEATURE_ID_FIELD = "fid"  # a GeoPackage's feature id, when no field names each site once
SITE_ROLE = Qt.ItemDataRole.UserRole
CLASS_FIELD = "pace_class"
# The classification box says what the dossier says, in the same words ("inside", percentages).
SHOWN_FIELDS = {name: (label, write) for name, label, write in CLASSIFICATION_FIELDS}


def _is_classified_sites(layer):
    """The classification's site output: geometry and its fields (its summary table has none)."""
    return (
        hasattr(layer, "fields")
        and layer.fields().indexOf(CLASS_FIELD) >= 0
        and compat.geometry_type_of(layer.wkbType()) != compat.GEOMETRY_NULL
    )


def _holds_key(layer, key_field, key):
    """Whether a feature of `layer` has `key` in `key_field` (read no further than the first)."""
    if layer.fields().indexOf(key_field) < 0:
        return False
    expression = f"{QgsExpression.quotedColumnRef(key_field)} = {QgsExpression.quotedValue(key)}"
    request = QgsFeatureRequest().setFilterExpression(expression).setLimit(1)
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry).setNoAttributes()
    return any(True for _feature in layer.getFeatures(request))


def _compact_combos(widget):
    """Long names (stakeholders, answers) must not widen the dock: combos size to a few characters."""
    for combo in widget.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)


def _scrolling(page):
    """The page in a vertical scroll area: the site list above it stays in view."""
    _compact_combos(page)  # before the scroll area asks for (and caches) their size hints
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Always there: a bar that comes and goes changes the page's width, its wrapped lines change its
    # height, which brings or removes the bar... a resize loop that overflowed the stack (issue 18).
    scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    scroll.setWidget(page)
    return scroll


class SiteListTask(QgsTask):
    """Reads key, label and PACE class of every site off the main thread."""

    sites_read = pyqtSignal(list)

    def __init__(self, layer, key_field, label_field):
        super().__init__(translate("SiteListTask", "ASM-PACE: reading the sites"), QgsTask.Flag.CanCancel)
        self.source = QgsVectorLayerFeatureSource(layer)  # a thread-safe copy of the provider
        # pace_class_2 where a user's own field kept the name pace_class
        self.class_field = pace_field_names(layer.fields().names()).get("pace_class")
        names = [
            name
            for name in (key_field, label_field, self.class_field)
            if name and layer.fields().indexOf(name) >= 0
        ]
        self.request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        self.request.setSubsetOfAttributes(names, layer.fields())
        self.key_field, self.label_field = key_field, label_field
        self.rows = []

    def run(self):
        for feature in self.source.getFeatures(self.request):
            if self.isCanceled():
                return False
            key = pace.as_text(feature[self.key_field])
            label = pace.as_text(feature[self.label_field]) if self.label_field else ""
            site_class = pace.as_text(feature[self.class_field]) if self.class_field else ""
            self.rows.append((feature.id(), key, label, site_class))
        return True

    def finished(self, result):  # runs on the main thread
        if result:
            self.sites_read.emit(self.rows)


class AssessmentDock(QDockWidget):
    sites_loaded = pyqtSignal()
    DEFAULT_WIDTH = 440  # px: every label fits at this width (tests/ui/test_dock.py checks it)

    def __init__(self, canvas=None, project=None, catalogues=None, parent=None):
        super().__init__(translate("AssessmentDock", "ASM-PACE assessment"), parent)
        self.setObjectName("AsmPaceAssessmentDock")
        self.canvas = canvas
        self.project = project or QgsProject.instance()
        self.catalogues = catalogues or load_catalogues()
        self.workspace = None
        self.site = None
        self._task = None
        self._map_tool = None
        self._previous_tool = None

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)  # QGIS gives a dock about 357 px: every pixel counts
        layout.addLayout(self._setup_form())
        layout.addLayout(self._site_row())
        self.site_list = wrapping_list(140)
        self.site_list.currentItemChanged.connect(self._site_chosen)
        layout.addWidget(self.site_list)
        self.classification_view = QPlainTextEdit()
        self.classification_view.setReadOnly(True)
        self.classification_view.setMaximumHeight(110)
        layout.addWidget(self.classification_view)
        self.mining_history = MiningHistoryLabel(self.project)
        layout.addWidget(self.mining_history)
        layout.addWidget(self._pages(), 1)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        _compact_combos(body)
        self.setWidget(body)
        self._follow_project()

    # -- building ---------------------------------------------------------------------------
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
        """Search and pick on the map, then zoom and the dossier of the chosen site: two rows, which
        fit the width QGIS gives a dock in every language."""
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
        search_row.addWidget(self.pick_button)
        site_row.addLayout(search_row)
        buttons.addStretch(1)
        for widget in (self.zoom_button, self.dossier_button):
            buttons.addWidget(widget)
        site_row.addLayout(buttons)
        return site_row

    def _pages(self):
        """The three pages (profile, stakeholders, options), each saving into the workspace."""
        self.pages = QTabWidget()
        # Every tab in view at the width QGIS gives a dock: a long title is shortened ("…"; its
        # tooltip says it whole) rather than the last tab hidden behind scroll arrows.
        self.pages.setUsesScrollButtons(False)
        self.pages.setElideMode(Qt.TextElideMode.ElideRight)
        self.pages.tabBar().setStyleSheet("QTabBar::tab { padding: 4px 6px; }")  # room for three titles
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
            self.pages.setTabToolTip(self.pages.addTab(_scrolling(page), title), tip)
            page.saved.connect(self._after_save)
            page.failed.connect(self.show_problem)
            page.load(None)
        self.profile_page.context_answered.connect(self.options_page.profile_changed)
        return self.pages

    def _follow_project(self):
        """The site layers offered follow the project's layers; the project's choices are read."""
        self._offer_classified_layers()
        self.layer_combo.layerChanged.connect(self._layer_changed)
        self.layer_combo.activated.connect(self._remember_layer)
        self.key_combo.fieldChanged.connect(self._key_changed)
        self.project.layersAdded.connect(self._offer_classified_layers)
        self.project.layersRemoved.connect(self._offer_classified_layers)
        self.project.readProject.connect(self._project_read)
        self._project_read()

    def sizeHint(self):
        return QSize(self.DEFAULT_WIDTH, super().sizeHint().height())

    def show_page(self, page):
        """Bring one of the three pages to the front (each sits in its own scroll area)."""
        for index in range(self.pages.count()):
            if self.pages.widget(index).widget() is page:
                self.pages.setCurrentIndex(index)

    # -- workspace --------------------------------------------------------------------------
    def open_workspace(self, path):
        """Open or create the workspace file and remember it in the project."""
        self._flush_pages()
        try:
            workspace = open_workspace(path)
        except WorkspaceError as error:
            self.show_problem(str(error))
            return False
        if self.workspace is not None:
            self.workspace.close()
        self.workspace = workspace
        self.workspace_path.setText(str(path))
        self.workspace_path.setToolTip(plain_tooltip(str(path)))
        self.workspace_path.setCursorPosition(len(str(path)))  # the file's name in view, not the root
        # Relative to the project file when the project uses relative paths, so both can move together.
        self.project.writeEntry(PROJECT_SCOPE, PROJECT_WORKSPACE_KEY, self.project.writePath(str(path)))
        key_field = workspace.setting(KEY_FIELD_SETTING)
        layer = self.layer_combo.currentLayer()
        if key_field and layer is not None and layer.fields().indexOf(key_field) >= 0:
            self.key_combo.setField(key_field)
        self.show_problem("")
        self.reload_sites()
        return True

    def _project_read(self, *_document):
        """The site layer and the workspace the project remembers (when a project is opened, too)."""
        self._choose_default_layer()
        self._open_remembered_workspace()

    def _open_remembered_workspace(self):
        remembered = self.project.readEntry(PROJECT_SCOPE, PROJECT_WORKSPACE_KEY, "")[0]
        remembered = self.project.readPath(remembered) if remembered else ""
        if remembered and Path(remembered).exists():
            self.open_workspace(remembered)

    def _ask_workspace(self, create):
        title = (
            translate("AssessmentDock", "New assessment workspace")
            if create
            else translate("AssessmentDock", "Open assessment workspace")
        )
        path = ask_file(self, title, translate("AssessmentDock", "GeoPackage (*.gpkg)"), ".gpkg", save=create)
        if path:
            self.open_workspace(path)

    # -- site layer ---------------------------------------------------------------------------
    def _offer_classified_layers(self, *_changed):
        """Only classified-site layers are offered; an empty list says what to do."""
        layers = self.project.mapLayers().values()
        self.layer_combo.setExceptedLayerList([layer for layer in layers if not _is_classified_sites(layer)])
        self.layer_hint.setVisible(self.layer_combo.count() == 0)

    def _choose_default_layer(self):
        """The layer the project remembers, else the first classified-sites layer."""
        remembered = self.project.readEntry(PROJECT_SCOPE, PROJECT_SITE_LAYER_KEY, "")[0]
        layer = self.project.mapLayer(remembered) if remembered else None
        if layer is not None and _is_classified_sites(layer):
            self.layer_combo.setLayer(layer)
        self._layer_changed(self.layer_combo.currentLayer())

    def set_site_layer(self, layer, key_field=None):
        self.layer_combo.setLayer(layer)
        self._remember_layer()
        if key_field:
            self.key_combo.setField(key_field)

    def _remember_layer(self, *_index):
        """Keep the officer's choice in the project (a project being read only changes the combo)."""
        layer = self.layer_combo.currentLayer()
        if layer is not None:
            self.project.writeEntry(PROJECT_SCOPE, PROJECT_SITE_LAYER_KEY, layer.id())

    def _layer_changed(self, layer):
        self.key_combo.blockSignals(True)
        self.key_combo.setLayer(layer)
        names = layer.fields().names() if layer is not None else []
        remembered = self.workspace.setting(KEY_FIELD_SETTING) if self.workspace else None
        # The key the classification and every later step find (core/shared/site_key.py), else the fid.
        detected = source_site_key(layer) if layer is not None and remembered not in names else None
        for name in (remembered, detected, FEATURE_ID_FIELD):
            if name and name in names:
                self.key_combo.setField(name)
                break
        self.key_combo.blockSignals(False)
        # Picking ends with the layer it picked on (which may be leaving the project: the tool
        # holds a plain pointer to it); the next pick targets the layer chosen then.
        self.pick_button.setChecked(False)
        self.reload_sites()

    def _key_changed(self, key_field):
        if self.workspace is not None and key_field:
            self._save_setting(KEY_FIELD_SETTING, key_field)
        self.reload_sites()

    def _save_setting(self, key, value):
        try:
            self.workspace.set_setting(key, value)
        except WorkspaceError as error:
            self.show_problem(str(error))

    def reload_sites(self):
        """Read the site list in a background task; sites_loaded is emitted when it is shown."""
        self.site_list.clear()
        self._show_site(None)
        layer, key_field = self.layer_combo.currentLayer(), self.key_combo.currentField()
        if layer is None or not key_field:
            return
        if self._task is not None:
            self._task.cancel()
        label_field = usual_field(layer.fields().names(), "sites", "label")
        # Referenced until it ends: its Python side must outlive the run; the manager deletes it after.
        self._task = SiteListTask(layer, key_field, label_field)
        self._task.sites_read.connect(self._fill_sites)
        self._task.taskTerminated.connect(self._forget_task)
        QgsApplication.taskManager().addTask(self._task)

    def _forget_task(self):
        if self.sender() is self._task:
            self._task = None

    def _fill_sites(self, rows):
        if self.sender() is not self._task:
            return  # an older read finished after a newer one was started
        self._task = None
        progress = self.workspace.progress() if self.workspace else {}
        self.site_list.blockSignals(True)
        for fid, key, label, site_class in sorted((row for row in rows if row[1]), key=lambda row: row[1]):
            item = QListWidgetItem()
            item.setData(SITE_ROLE, (fid, key, label, site_class))
            self._label_item(item, progress)
            self.site_list.addItem(item)
        self.site_list.blockSignals(False)
        self._filter_sites(self.search.text())
        self.show_problem(site_key_warning((row[1] for row in rows), self.key_combo.currentField()))
        self.sites_loaded.emit()

    def _label_item(self, item, progress):
        _fid, key, label, site_class = item.data(SITE_ROLE)
        shown_class = pace.class_label(site_class)  # the stored code stays the stable one
        words = [
            key,
            f"[{status_label(progress.get(key, NOT_STARTED))}]",
            label,
            f"· {shown_class}" if site_class else "",
        ]
        item.setText(" ".join(word for word in words if word))

    def _filter_sites(self, text):
        needle = text.strip().lower()
        for row in range(self.site_list.count()):
            item = self.site_list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    # -- choosing a site ----------------------------------------------------------------------
    def select_site(self, key):
        for row in range(self.site_list.count()):
            if self.site_list.item(row).data(SITE_ROLE)[1] == str(key):
                self.site_list.setCurrentRow(row)
                return True
        return False

    def _select_fid(self, fid):
        for row in range(self.site_list.count()):
            if self.site_list.item(row).data(SITE_ROLE)[0] == fid:
                self.site_list.setCurrentRow(row)

    def _site_chosen(self, item, _previous=None):
        self._flush_pages()
        self._show_site(item.data(SITE_ROLE) if item is not None else None)

    def _show_site(self, row):
        layer = self.layer_combo.currentLayer()
        if row is None or layer is None or self.workspace is None:
            self.site = None
            self.classification_view.setPlainText(
                "" if self.workspace else translate("AssessmentDock", "Create or open a workspace to start.")
            )
        else:
            fid, key, label, site_class = row
            feature = layer.getFeature(fid)
            attributes = classified_values(layer.fields().names(), feature.attributes())
            geometry = feature.geometry()
            if not geometry.isNull() and layer.crs().isValid() and layer.crs() != WGS84:
                geometry.transform(QgsCoordinateTransform(layer.crs(), WGS84, self.project))
            workspace = self.workspace
            self.site = SiteContext(
                workspace,
                key,
                label,
                site_class or pace.UNCLASSIFIED,
                pace.normalise_iucn(attributes.get("iucn_cat")),
                attributes,
                lambda: workspace.record_site(key, label, geometry, attributes),
            )
            self.classification_view.setPlainText(self._classification_text(self.site))
        for page in (self.profile_page, self.stakeholder_page, self.options_page):
            page.load(self.site)
        self.dossier_button.setEnabled(self.site is not None)
        self.mining_history.show_site(self.site.key if self.site else None)

    def _classification_text(self, site):
        lines = [f"{site.key} {site.label}".strip()]
        for name in SNAPSHOT_FIELDS:
            value = pace.as_text(site.attributes.get(name))
            if not value:
                continue
            if name == "pace_class":
                label, shown = translate("Dossier", "PACE class"), pace.class_label(value)
            else:
                label, write = SHOWN_FIELDS[name]
                label, shown = translate("Dossier", label), write(value)
            lines.append(translate("AssessmentDock", "{label}: {value}").format(label=label, value=shown))
        return "\n".join(lines)

    def _after_save(self):
        item = self.site_list.currentItem()
        if item is not None and self.workspace is not None:
            self._label_item(item, self.workspace.progress())
        self.show_problem("")

    def show_problem(self, message):
        self.status.setText(message)
        self.status.setStyleSheet("color: #b71c1c;" if message else "")

    def _flush_pages(self):
        self.profile_page.flush()
        self.options_page.rationale_edit.flush()

    # -- dossier --------------------------------------------------------------------------------
    def dossier_parameters(self):
        """Site dossiers parameters for the current site, with the project's map layers; the
        impact zones and pressure are those that hold the site under the shared key."""
        found = layers_by_role(self.project)  # the newest outputs first
        key_field = names.SITE_ID_FIELD
        beside = dossier_file_stem(self.workspace.path, self.site.key)
        parameters = {
            names.WORKSPACE: str(self.workspace.path),
            names.SITES: self.layer_combo.currentLayer().id(),
            names.KEY_FIELD: self.key_combo.currentField(),
            names.SITE_KEYS: self.site.key,
            names.PROTECTED_AREAS: [
                layer.id()
                for role in (layer_roles.PROTECTED_AREAS, layer_roles.AZE_SITES)
                for layer in found.get(role, [])
            ],
            names.LANDSCAPES: [layer.id() for layer in found.get(layer_roles.LANDSCAPES, [])],
            names.ECOREGIONS: [layer.id() for layer in found.get(layer_roles.ECOREGIONS, [])],
            names.INCLUDE_SENSITIVE: False,
            names.OUTPUT_PDF: f"{beside}.pdf",
            names.OUTPUT_HTML: f"{beside}.html",
        }
        for role, layer_parameter, key_parameter in (
            (layer_roles.IMPACT_ZONES, names.IMPACT_ZONES_INPUT, names.ZONE_KEY_FIELD),
            (layer_roles.SITE_PRESSURE, names.PRESSURE, names.PRESSURE_KEY_FIELD),
        ):
            candidates = found.get(role, [])
            holding = [layer for layer in candidates if _holds_key(layer, key_field, self.site.key)]
            if holding:
                parameters[layer_parameter] = holding[0].id()
                parameters[key_parameter] = key_field
            elif candidates and role == layer_roles.IMPACT_ZONES:
                self.show_problem(
                    translate(
                        "AssessmentDock",
                        "No impact-zones layer of this project holds site {key} under {field}: run "
                        "“Impact zones” on these sites with the site key {site_field}, or choose the zones "
                        "in the dialog.",
                    ).format(key=self.site.key, field=key_field, site_field=self.key_combo.currentField())
                )
        return parameters

    def open_dossier_dialog(self):
        """Processing's dialog for the current site's dossier (layouts run on the main thread);
        the PDF opens when it is written."""
        if self.site is None:
            return
        self._flush_pages()
        results = open_algorithm_dialog(names.SITE_DOSSIERS_ID, self.dossier_parameters()) or {}
        pdf = results.get(names.OUTPUT_PDF)
        if pdf and Path(pdf).exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf)))

    # -- map ------------------------------------------------------------------------------------
    def _current_fid(self):
        item = self.site_list.currentItem()
        return item.data(SITE_ROLE)[0] if item is not None else None

    def zoom_to_site(self):
        layer, fid = self.layer_combo.currentLayer(), self._current_fid()
        if self.canvas is None or layer is None or fid is None:
            return
        box = layer.getFeature(fid).geometry().boundingBox()
        transform = QgsCoordinateTransform(
            layer.crs(), self.canvas.mapSettings().destinationCrs(), self.project
        )
        box = transform.transformBoundingBox(box)
        box.scale(1.5)
        if box.width() == 0:  # a point: show some surroundings
            box.grow(0.01 if self.canvas.mapSettings().destinationCrs().isGeographic() else 1000)
        self.canvas.setExtent(box)
        layer.selectByIds([fid])
        self.canvas.refresh()
        self.canvas.flashFeatureIds(layer, [fid])

    def _toggle_pick_tool(self, active):
        layer = self.layer_combo.currentLayer()
        if self.canvas is None or layer is None:
            self.pick_button.setChecked(False)
            return
        if active:
            if self._map_tool is None:
                self._map_tool = QgsMapToolIdentifyFeature(self.canvas, layer)
                self._map_tool.featureIdentified.connect(lambda feature: self._select_fid(feature.id()))
                self._map_tool.deactivated.connect(lambda: self.pick_button.setChecked(False))
            self._map_tool.setLayer(layer)
            self._previous_tool = self.canvas.mapTool()
            self.canvas.setMapTool(self._map_tool)
        elif self.canvas.mapTool() is self._map_tool:
            self.canvas.unsetMapTool(self._map_tool)
            if self._previous_tool is not None and not sip.isdeleted(self._previous_tool):
                self.canvas.setMapTool(self._previous_tool)

    def closeEvent(self, event):
        self._flush_pages()
        super().closeEvent(event)

    def shutdown(self):
        """Release the map tool, any running read and the workspace file (plugin unload)."""
        self._flush_pages()
        self.project.readProject.disconnect(self._project_read)
        self.project.layersAdded.disconnect(self._offer_classified_layers)
        self.project.layersRemoved.disconnect(self._offer_classified_layers)
        if self._task is not None:
            self._task.cancel()
        if self.canvas is not None and self._map_tool is not None:
            self.canvas.unsetMapTool(self._map_tool)
            self._map_tool.deleteLater()  # the canvas owns it; its slots are this dock's
            self._map_tool = None
        self.stakeholder_page.release_map_tool()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        self._show_site(None)  # pages must not write to the closed file when their editors lose focus
