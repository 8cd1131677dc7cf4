"""Runs INSIDE QGIS desktop (`qgis --code tools/language_probe.py`), started by tools/language_screenshots.py.

QGIS runs in the language of its profile. The probe opens what an officer sees, in that
language, and saves each as a picture in $ASM_PACE_PROBE_OUT: the plugin's menu, the
classification dialog with its help, the assessment dock and its three pages on a site of the sample,
and a dossier of that site (its PDF, made into a picture by the caller). Then it quits QGIS.
"""

import json
import os
import tempfile
import traceback
from pathlib import Path

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QPoint, QTimer
from qgis.utils import iface, plugins

OUT = Path(os.environ["ASM_PACE_PROBE_OUT"])
REPORT = {}
SITE = "S02"
STEPS = []


def later(step, delay=1500):
    """Run the steps one after the other, each after the event loop has drawn the previous one."""
    STEPS.append((step, delay))


def run_next():
    if not STEPS:
        (OUT / "report.json").write_text(json.dumps(REPORT, indent=1), encoding="utf-8")
        QgsApplication.instance().quit()
        return
    step, delay = STEPS.pop(0)
    try:
        step()
    except Exception:  # the report must say what broke; QGIS would otherwise only log it
        REPORT.setdefault("errors", []).append(traceback.format_exc())
    QTimer.singleShot(delay, run_next)


def menu():
    from asm_pace_plugin.core.shared.i18n import translate

    entry = next(action for action in iface.pluginMenu().actions() if action.text() == "&ASM-PACE")
    REPORT["menu"] = [action.text() for action in entry.menu().actions()]
    REPORT["language"] = plugins["asm_pace_plugin"].language
    sample = translate("AsmPacePlugin", "Load synthetic sample data")
    next(action for action in entry.menu().actions() if action.text() == sample).trigger()
    iface.pluginMenu().popup(iface.mainWindow().mapToGlobal(QPoint(200, 40)))
    QTimer.singleShot(500, lambda: entry.menu().popup(iface.pluginMenu().geometry().topRight()))


def grab_menu():
    entry = next(action for action in iface.pluginMenu().actions() if action.text() == "&ASM-PACE")
    entry.menu().grab().save(str(OUT / "menu.png"))
    entry.menu().hide()
    iface.pluginMenu().hide()


def classify():
    from qgis import processing

    project = QgsProject.instance()
    layer = project.mapLayersByName("sites")[0]
    result = processing.runAndLoadResults("asm_pace:classifysites", {
        "SITES": layer,
        "PROTECTED_AREAS": [project.mapLayersByName("protected_areas")[0],
                            project.mapLayersByName("national_protected_areas")[0]],
        "PA_NAME_FIELD": "", "LANDSCAPES": [project.mapLayersByName("landscapes")[0]],
        "ECOREGIONS": [project.mapLayersByName("ecoregions")[0]],
        "AZE_SITES": [project.mapLayersByName("aze_sites")[0]],
        "OUTPUT": str(OUT / "classified.gpkg"),
    })  # fmt: skip
    REPORT["classified"] = result["OUTPUT"]
    dialog = processing.createAlgorithmDialog("asm_pace:classifysites")  # preset from the sample
    dialog.resize(1100, 760)
    dialog.show()
    REPORT["_dialog"] = dialog


def grab_dialog():
    dialog = REPORT.pop("_dialog")
    dialog.grab().save(str(OUT / "classify-dialog.png"))
    dialog.close()


def workspace():
    """A small assessment of the site, as an officer would have entered it in the dock."""
    from asm_pace_plugin.core.assessment.approach_fit import assess_site
    from asm_pace_plugin.core.assessment.catalogues import load_catalogues
    from asm_pace_plugin.core.assessment.stakeholders import Stakeholder
    from asm_pace_plugin.core.assessment.workspace import open_workspace

    layer = next(
        layer
        for layer in QgsProject.instance().mapLayers().values()
        if layer.source().startswith(str(OUT / "classified.gpkg"))
    )
    feature = next(f for f in layer.getFeatures() if str(f["site_code"]) == SITE)
    path = Path(tempfile.mkdtemp()) / "assessment.gpkg"
    work = open_workspace(path, officer="Amani Bahati")
    try:
        work.set_setting("key_field", "site_code")
        attributes = {name: feature[name] for name in layer.fields().names()}
        work.record_site(SITE, feature["site_name"], feature.geometry(), attributes)
        profile = {"minerals": "gold, cassiterite", "deposit_type": "alluvial", "miners_count": 350,
                   "mercury_use": "yes", "legal_status": "illegal", "armed_actors": "present"}  # fmt: skip
        for field, value in profile.items():
            work.set_profile_field(SITE, field, value)
        ids = work.add_stakeholders(SITE, [
            Stakeholder("Coopérative minière de Kivalu", "miner_organisations", 4, 5, 1),
            Stakeholder("Mwami Kabare", "customary_authorities", 4, 4, 0),
            Stakeholder("ICCN Kahuzi-Biega", "pa_authority", 5, 4, -1),
            Stakeholder("Comptoir Bukavu", "traders", 3, 2, 0),
            Stakeholder("Femmes de Nyabibwe", "communities", 1, 5, 1),
        ])  # fmt: skip
        work.add_relation(SITE, ids[0], ids[3], "trade", "one way", 3)
        work.add_relation(SITE, ids[1], ids[0], "authority", "one way", 2)
        work.add_relation(SITE, ids[2], ids[0], "tension", "both ways", 2)
        catalogues = load_catalogues()
        work.save_fits(SITE, assess_site(catalogues, {}, str(feature["pace_class"]), feature["iucn_cat"]))
        work.add_decision(SITE, "participatory_zoning", "Agreed with the cooperative and the Mwami.")
    finally:
        work.close()
    REPORT["workspace"] = str(path)
    plugin = plugins["asm_pace_plugin"]
    plugin.assessment.action.trigger()
    iface.mainWindow().setGeometry(0, 0, 1280, 800)  # maximised on a 1280 × 800 screen (no window manager)
    dock = plugin.assessment.dock
    dock.layer_combo.setLayer(layer)
    dock.open_workspace(path)


def pick_site():
    dock = plugins["asm_pace_plugin"].assessment.dock
    REPORT["site_picked"] = dock.select_site(SITE)


def page(index, name):
    def show():
        dock = plugins["asm_pace_plugin"].assessment.dock
        dock.pages.setCurrentIndex(index)

    def grab():
        dock = plugins["asm_pace_plugin"].assessment.dock
        if index == 0:
            dock.grab().save(str(OUT / "dock.png"))
        # The whole page, not only the part the dock's height shows: the scroll area's content.
        dock.pages.currentWidget().widget().grab().save(str(OUT / f"dock-{name}.png"))

    return show, grab


def dossier():
    from qgis import processing

    project = QgsProject.instance()
    processing.run("asm_pace:sitedossiers", {
        "WORKSPACE": REPORT["workspace"], "SITES": REPORT["classified"], "SITE_KEYS": SITE,
        "PROTECTED_AREAS": [project.mapLayersByName("protected_areas")[0],
                            project.mapLayersByName("national_protected_areas")[0]],
        "LANDSCAPES": [project.mapLayersByName("landscapes")[0]],
        "ECOREGIONS": [project.mapLayersByName("ecoregions")[0]],
        "OUTPUT_PDF": str(OUT / "dossier.pdf"),
    })  # fmt: skip


later(menu, 2500)
later(grab_menu, 500)
later(classify, 4000)
later(grab_dialog, 500)
later(workspace, 2500)
later(pick_site, 2500)
for index, name in enumerate(("profile", "stakeholders", "options")):
    show, grab = page(index, name)
    later(show, 1500)
    later(grab, 300)
later(dossier, 500)
QTimer.singleShot(4000, run_next)
