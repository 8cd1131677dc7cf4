"""The guided assessment dock: workspace and site layer, site picking, then three pages."""

from pathlib import Path

from qgis.core import QgsApplication, QgsCoordinateTransform, QgsProject
from qgis.PyQt.QtCore import Qt, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.assessment.catalogues import load_catalogues
from ..core.assessment.dossier import CLASSIFICATION_FIELDS
from ..core.assessment.presets import PROJECT_SCOPE, PROJECT_SITE_LAYER_KEY, PROJECT_WORKSPACE_KEY
from ..core.assessment.workspace import SNAPSHOT_FIELDS, open_workspace
from ..core.screening import pace
from ..core.screening.stream import classified_values
from ..core.shared import public_names as names
from ..core.shared.errors import WorkspaceError
from ..core.shared.geodesy import WGS84
from ..core.shared.i18n import translate
from ..core.shared.input_fields import usual_field
from ..core.shared.site_key import site_key_warning, source_site_key
from ..rendering.text import plain_tooltip
from .algorithm_dialog import open_algorithm_dialog
from .dock_dossier import dossier_parameters
from .dock_parts import DockLayout, FoldingSection, compact_combos
from .page import SiteContext, ask_file
from .site_list import SITE_ROLE, SiteListTask, is_classified_sites, site_text
from .site_map import SitePicker, zoom_to_feature

KEY_FIELD_SETTING = "key_field"
FEATURE_ID_FIELD = "fid"  # a GeoPackage's feature id, when no field names each site once
# The classification box says what the dossier says, in the same words ("inside", percentages).
SHOWN_FIELDS = {name: (label, write) for name, label, write in CLASSIFICATION_FIELDS}


class AssessmentDock(DockLayout, QDockWidget):
    sites_loaded = pyqtSignal()

    def __init__(self, canvas=None, project=None, catalogues=None, parent=None):
        super().__init__(translate("AssessmentDock", "ASM-PACE assessment"), parent)
        self.setObjectName("AsmPaceAssessmentDock")
        self.canvas = canvas
        self.project = project or QgsProject.instance()
        self.catalogues = catalogues or load_catalogues()
        self.workspace = None
        self.site = None
        self._task = None
        self._sites_layer_id = None  # the layer whose sites the list shows
        self.picker = None if canvas is None else SitePicker(canvas, self._select_fid, self._picking_ended)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)  # QGIS gives a dock about 300 px: every pixel counts
        title = translate("AssessmentDock", "Workspace and site layer")
        self.setup = FoldingSection(title, self._setup_form())
        self.setup_toggle = self.setup.toggle
        layout.addWidget(self.setup)
        layout.addLayout(self._site_row())
        layout.addWidget(self._site_and_pages(), 1)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        compact_combos(body)
        self.setWidget(body)
        self._follow_project()

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
        self._fold_setup(fold=True)
        return True

    def _fold_setup(self, fold):
        """With a workspace and a site layer, the settings fold to one line that names them (fold:
        fold them now; else only the line follows); without, they open."""
        layer = self.layer_combo.currentLayer()
        if self.workspace is None or layer is None:
            self.setup.set_folded(False)
            return
        summary = f"{Path(self.workspace.path).name} · {layer.name()}"
        self.setup.set_folded(fold or not self.setup.toggle.isChecked(), summary)

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
        self.layer_combo.setExceptedLayerList([layer for layer in layers if not is_classified_sites(layer)])
        self.layer_hint.setVisible(self.layer_combo.count() == 0)
        shown = self.layer_combo.currentLayer()
        if self._sites_layer_id is not None and (shown.id() if shown else None) != self._sites_layer_id:
            # The sites' layer left the project: the combo moved to another one without saying so.
            self._layer_changed(shown)

    def _choose_default_layer(self):
        """The layer the project remembers, else the first classified-sites layer."""
        remembered = self.project.readEntry(PROJECT_SCOPE, PROJECT_SITE_LAYER_KEY, "")[0]
        layer = self.project.mapLayer(remembered) if remembered else None
        if layer is not None and is_classified_sites(layer):
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
        layer_id = layer.id() if layer is not None else None
        if layer_id is not None and layer_id == self._sites_layer_id:
            # The combo says so whenever the project's layers change (a run added its output):
            # the sites are the same, and the picked site, its page and its buttons stay.
            return
        self._sites_layer_id = layer_id
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
        self._fold_setup(fold=False)

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
        item.setText(site_text(item.data(SITE_ROLE), progress))

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
        impact zones, corridors and pressure are those that hold the site under the shared key."""
        parameters, problem = dossier_parameters(
            self.project,
            self.workspace.path,
            self.site.key,
            self.layer_combo.currentLayer(),
            self.key_combo.currentField(),
        )
        if problem:
            self.show_problem(problem)
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
        if self.canvas is not None and layer is not None and fid is not None:
            zoom_to_feature(self.canvas, self.project, layer, fid)

    @property
    def _map_tool(self):
        return self.picker.tool if self.picker is not None else None

    def _picking_ended(self):
        self.pick_button.setChecked(False)

    def _toggle_pick_tool(self, active):
        layer = self.layer_combo.currentLayer()
        if self.picker is None or layer is None:
            self.pick_button.setChecked(False)
        elif active:
            self.picker.start(layer)
        else:
            self.picker.stop()

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
        if self.picker is not None:
            self.picker.release()
        self.stakeholder_page.release_map_tool()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        self._show_site(None)  # pages must not write to the closed file when their editors lose focus
