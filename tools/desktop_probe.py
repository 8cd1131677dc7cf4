"""Runs INSIDE QGIS desktop (`qgis --code tools/desktop_probe.py`), started by tools/desktop.py.

Checks the plugin's desktop entries, uses them as an officer would (load the sample data,
classify it with the result loaded and styled, open the assessment dock), saves screenshots
of the main window and a JSON report to $ASM_PACE_PROBE_OUT, then quits QGIS.
"""

import json
import os
import traceback
from pathlib import Path

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

OUT = Path(os.environ["ASM_PACE_PROBE_OUT"])
REPORT = {}


def use_the_plugin():
    from qgis import processing

    plugin = plugins["asm_pace_plugin"]
    REPORT["loaded"] = True
    menu = next(action.menu() for action in iface.pluginMenu().actions() if action.text() == "&ASM-PACE")
    REPORT["menu"] = [action.text() for action in menu.actions()]
    REPORT["toolbar_button"] = any(
        plugin.actions[0] in toolbar.actions()
        for toolbar in iface.mainWindow().findChildren(type(iface.pluginToolBar()))
    )
    REPORT["algorithm"] = (
        QgsApplication.processingRegistry().algorithmById("asm_pace:classifysites") is not None
    )
    next(action for action in menu.actions() if action.text() == "Load synthetic sample data").trigger()
    project = QgsProject.instance()
    REPORT["sample_layers"] = sorted(layer.name() for layer in project.mapLayers().values())
    sources = {layer.source().split("|")[0] for layer in project.mapLayers().values()}
    REPORT["sample_sources"] = sorted(sources)

    def layer(name):
        return project.mapLayersByName(name)[0]

    result = processing.runAndLoadResults("asm_pace:classifysites", {
        "SITES": layer("sites"),
        "PROTECTED_AREAS": [layer("protected_areas"), layer("protected_area_points")],
        "LANDSCAPES": [layer("landscapes")],
        "ECOREGIONS": [layer("ecoregions")],
        "OUTPUT": "TEMPORARY_OUTPUT",
    })  # fmt: skip
    classified = project.mapLayer(result["OUTPUT"])
    REPORT["classified_renderer"] = classified.renderer().type()
    REPORT["classified_classes"] = sorted({feature["pace_class"] for feature in classified.getFeatures()})
    grab_dialogs(project)
    for name in ("ecoregions", "site_footprints", "national_protected_areas", "aze_sites"):
        node = project.layerTreeRoot().findLayer(layer(name).id())
        node.setItemVisibilityChecked(False)
    iface.mapCanvas().setExtent(layer("protected_areas").extent().buffered(0.4))
    iface.mapCanvas().refresh()


def grab_dialogs(project):
    """Each step's dialog as the menu opens it after "Load synthetic sample data", pictured."""
    from qgis import processing
    from qgis.PyQt.QtWidgets import QApplication

    from asm_pace_plugin.ui.actions import STEP_ALGORITHM_IDS, sample_presets

    REPORT["dialogs"] = {}
    for algorithm_id in STEP_ALGORITHM_IDS:
        presets = sample_presets(algorithm_id, project)
        dialog = processing.createAlgorithmDialog(algorithm_id, presets)
        dialog.resize(1000, 780)
        dialog.show()
        for _round in range(5):
            QApplication.processEvents()
        name = algorithm_id.split(":")[1]
        dialog.grab().save(str(OUT / f"dialog-{name}.png"))
        if name == "impactzones":
            grab_advanced(dialog, "HUNTING_DISTANCE_FIELD", OUT / f"dialog-{name}-advanced.png")
        sites = presets.get("SITES")
        REPORT["dialogs"][name] = {
            "sites": sites.name() if sites is not None else None,
            "title": dialog.windowTitle(),
        }
        dialog.close()


def grab_advanced(dialog, parameter_name, path):
    """The dialog with its Advanced parameters open, scrolled to one of them, pictured."""
    from qgis.PyQt.QtWidgets import QApplication, QGroupBox, QScrollArea

    # QGIS's collapsible group box, which Python sees as a QGroupBox: opened through its property.
    dialog.findChild(QGroupBox, "grpAdvanced").setProperty("collapsed", False)
    QApplication.processEvents()
    widget = dialog.mainWidget().wrappers[parameter_name].wrappedWidget()
    for area in dialog.findChildren(QScrollArea):
        if area.isAncestorOf(widget):
            area.verticalScrollBar().setValue(widget.mapTo(area.widget(), widget.rect().topLeft()).y() - 40)
    for _round in range(5):
        QApplication.processEvents()
    dialog.grab().save(str(path))


def open_assessment_dock():
    iface.mainWindow().grab().save(str(OUT / "desktop.png"))
    plugin = plugins["asm_pace_plugin"]
    plugin.assessment.action.trigger()
    REPORT["assessment_dock_visible"] = (
        plugin.assessment.dock is not None and plugin.assessment.dock.isVisible()
    )
    QTimer.singleShot(1500, finish)


def finish():
    iface.mainWindow().grab().save(str(OUT / "desktop_assessment.png"))
    (OUT / "report.json").write_text(json.dumps(REPORT, indent=1), encoding="utf-8")
    QgsApplication.instance().quit()


def start():
    try:
        use_the_plugin()
    except Exception:  # the report must say what broke; QGIS would otherwise only log it
        REPORT["error"] = traceback.format_exc()
    QTimer.singleShot(3000, open_assessment_dock)  # let the canvas render before the screenshot


QTimer.singleShot(3000, start)
