"""The dock shows a site's mining history around its decision, as Mining over time wrote it."""

from layers import classify_sample, run_algorithm, sample
from qgis.core import QgsProject
from sample_data import SAMPLE_COPY
from sample_workspace import decided_workspace


def test_the_dock_shows_the_growth_before_and_after_the_decision(qtbot, qgis_canvas, provider, tmp_path):
    from asm_pace_plugin.ui.assessment_dock import AssessmentDock

    path = tmp_path / "assessment.gpkg"
    decided_workspace(path)
    decisions = run_algorithm(
        "asm_pace:miningovertime",
        {
            "FOOTPRINTS": [sample("mining_footprints")],
            "PROTECTED_AREAS": [sample("protected_areas")],
            "WORKSPACE": str(path),
            "OUTPUT": "memory:",
            "DECISIONS": "memory:",
        },
    )["DECISIONS"]
    sites = classify_sample(f"{SAMPLE_COPY}|layername=sites")["OUTPUT"]
    sites.setName("classified sites")
    project = QgsProject.instance()
    project.writeEntry("asm_pace", "workspace", "")
    project.addMapLayers([sites, decisions])
    try:
        dock = AssessmentDock(canvas=qgis_canvas)
        qtbot.addWidget(dock)
        dock.show()
        with qtbot.waitSignal(dock.sites_loaded, timeout=5000):
            dock.open_workspace(path)
        dock.select_site("S01")
        text = dock.mining_history.text()
        assert dock.mining_history.isVisible()
        assert "Mining in Parc National de Mbuti (synthétique): Since the decision of " in text
        assert "ha a year; before: +" in text
        dock.select_site("S02")  # no decision: nothing shown
        assert not dock.mining_history.isVisible() and dock.mining_history.text() == ""
        dock.shutdown()
    finally:
        project.removeMapLayers([sites.id(), decisions.id()])
