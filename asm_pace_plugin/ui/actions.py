"""Menu and toolbar entries of the desktop plugin."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import translate
from ..core.paths import icon_path
from .algorithm_dialog import open_algorithm_dialog

try:  # Qt6 moved QAction to QtGui
    from qgis.PyQt.QtGui import QAction
except ImportError:
    from qgis.PyQt.QtWidgets import QAction

CLASSIFY_ALGORITHM_ID = "asm_pace:classifysites"


def _load_sample_data(iface):
    from qgis.core import QgsProject, QgsVectorLayer

    from ..core.paths import SAMPLE_GPKG, SAMPLE_LAYERS

    group = (
        QgsProject.instance()
        .layerTreeRoot()
        .insertGroup(0, translate("AsmPacePlugin", "ASM-PACE sample data (synthetic)"))
    )
    for layer_name in SAMPLE_LAYERS:
        layer = QgsVectorLayer(f"{SAMPLE_GPKG}|layername={layer_name}", layer_name, "ogr")
        if layer.isValid():
            QgsProject.instance().addMapLayer(layer, False)
            group.addLayer(layer)
    iface.mapCanvas().setExtent(iface.mapCanvas().fullExtent())


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
            from ..core.catalogues import CatalogueError
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
    parent = iface.mainWindow()
    classify = QAction(QIcon(str(icon_path())), translate("AsmPacePlugin", "Classify sites (PACE)…"), parent)
    classify.setToolTip(
        translate("AsmPacePlugin", "Classify mining sites against protected areas, landscapes and ecoregions")
    )
    classify.triggered.connect(lambda: open_algorithm_dialog(CLASSIFY_ALGORITHM_ID))
    sample = QAction(translate("AsmPacePlugin", "Load synthetic sample data"), parent)
    sample.setToolTip(
        translate("AsmPacePlugin", "Add the plugin's small synthetic sample layers to the project")
    )
    sample.triggered.connect(lambda: _load_sample_data(iface))
    for action in (classify, sample):
        iface.addPluginToMenu(menu_title, action)
    iface.addToolBarIcon(classify)
    return [classify, sample]
