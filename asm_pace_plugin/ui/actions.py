"""Menu and toolbar entries of the desktop plugin."""

from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon

from ..core.assessment.presets import (  # noqa: F401 (sample_presets: the name tools and tests know)
    AREA_REPORTS,
    CLASSIFY,
    DOSSIERS,
    EXPORT,
    MINING,
    PRESSURE,
    TRACE,
    ZONES,
    sample_presets,
    settings_dir,
    step_presets,
)
from ..core.shared.i18n import translate
from ..core.shared.paths import GETTING_STARTED, copy_sample, help_page, icon_path
from .algorithm_dialog import open_algorithm_dialog

try:  # Qt6 moved QAction to QtGui
    from qgis.PyQt.QtGui import QAction
except ImportError:
    from qgis.PyQt.QtWidgets import QAction

CLASSIFY_ALGORITHM_ID = CLASSIFY
# The menu's steps, in the order of the work.
STEP_ALGORITHM_IDS = (CLASSIFY, ZONES, TRACE, PRESSURE, DOSSIERS, EXPORT, MINING, AREA_REPORTS)


def open_step(algorithm_id):
    """The step's dialog, preset from the sample or from what the officer made in the project."""
    from qgis.core import QgsProject

    open_algorithm_dialog(algorithm_id, step_presets(algorithm_id, QgsProject.instance()))


def open_getting_started():
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(help_page(GETTING_STARTED))))


def _load_sample_data(iface):
    from qgis.core import Qgis, QgsMessageLog, QgsProject, QgsVectorLayer

    from ..core.shared.paths import SAMPLE_LAYERS, SAMPLE_PERIOD_FIELD, SAMPLE_PERIOD_LAYER
    from ..rendering.output_styles import apply_period_style

    try:
        sample = copy_sample(settings_dir())
    except OSError as error:
        message = translate("AsmPacePlugin", "Could not copy the sample data to your QGIS profile: {error}")
        iface.messageBar().pushMessage("ASM-PACE", message.format(error=error), Qgis.MessageLevel.Critical, 0)
        return
    group = (
        QgsProject.instance()
        .layerTreeRoot()
        .insertGroup(0, translate("AsmPacePlugin", "ASM-PACE sample data (synthetic)"))
    )
    for layer_name in SAMPLE_LAYERS:
        layer = QgsVectorLayer(f"{sample}|layername={layer_name}", layer_name, "ogr")
        if layer.isValid():
            if layer_name == SAMPLE_PERIOD_LAYER:  # the footprints of several years: by year
                apply_period_style(layer, SAMPLE_PERIOD_FIELD)
            QgsProject.instance().addMapLayer(layer, False)
            group.addLayer(layer)
    iface.mapCanvas().setExtent(iface.mapCanvas().fullExtent())
    message = translate("AsmPacePlugin", "Sample data loaded from your own copy (edits stay there): {path}")
    message = message.format(path=sample)
    QgsMessageLog.logMessage(message, "ASM-PACE", Qgis.MessageLevel.Info)
    iface.messageBar().pushMessage("ASM-PACE", message, Qgis.MessageLevel.Info, 10)


class AssessmentDockToggle:
    """The checkable "ASM-PACE assessment" action; the dock is built the first time it is shown."""

    def __init__(self, iface):
        self.iface = iface
        self.dock = None
        self.action = QAction(
            QIcon(str(icon_path("assessment"))),
            translate("AsmPacePlugin", "ASM-PACE assessment"),
            iface.mainWindow(),
        )
        self.action.setToolTip(
            translate("AsmPacePlugin", "Assess sites one by one: profile, stakeholders, management options")
        )
        self.action.setCheckable(True)
        self.action.toggled.connect(self._toggled)

    def _toggled(self, checked):
        if checked and self.dock is None:
            from ..core.shared.errors import CatalogueError
            from .assessment_dock import AssessmentDock

            try:
                self.dock = AssessmentDock(canvas=self.iface.mapCanvas(), parent=self.iface.mainWindow())
            except CatalogueError as error:  # an edited catalogue file is broken: say which and where
                from qgis.core import Qgis

                self.iface.messageBar().pushMessage("ASM-PACE", str(error), Qgis.MessageLevel.Critical, 0)
                self.action.setChecked(False)
                return
            # The dock's own view action stays checked while the dock is only tabbed away.
            self.dock.toggleViewAction().toggled.connect(self.action.setChecked)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        if self.dock is not None:
            self.dock.setVisible(checked)

    def unload(self):
        if self.dock is not None:
            self.dock.shutdown()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None


def create_actions(iface, menu_title):
    """Create, register and return the plugin's actions; unload() removes them."""
    from qgis.core import QgsApplication

    parent = iface.mainWindow()
    registry = QgsApplication.processingRegistry()
    actions = []
    for algorithm_id in STEP_ALGORITHM_IDS:
        algorithm = registry.algorithmById(algorithm_id)
        if algorithm is None:
            continue
        icon = QIcon(str(icon_path())) if algorithm_id == CLASSIFY_ALGORITHM_ID else QIcon()
        action = QAction(icon, f"{algorithm.displayName()}…", parent)
        action.setToolTip(algorithm.shortDescription() or algorithm.displayName())
        action.triggered.connect(lambda _checked=False, step=algorithm_id: open_step(step))
        actions.append(action)
    sample = QAction(translate("AsmPacePlugin", "Load synthetic sample data"), parent)
    sample.setToolTip(
        translate("AsmPacePlugin", "Add the plugin's small synthetic sample layers to the project")
    )
    sample.triggered.connect(lambda: _load_sample_data(iface))
    started = QAction(translate("AsmPacePlugin", "Getting started"), parent)
    started.setToolTip(translate("AsmPacePlugin", "The steps of the work, with the help page of each"))
    started.triggered.connect(open_getting_started)
    actions += [sample, started]
    for action in actions:
        iface.addPluginToMenu(menu_title, action)
    if actions:
        iface.addToolBarIcon(actions[0])
    return actions
