"""The dock keeps the officer's site while a step adds its layers to the project: a run of Impact
zones or Pressure from the menu adds a layer, and the picked site, its page and its buttons stay."""

import pytest
from layers import classify_sample, memory_layer
from sample_data import SAMPLE_COPY

ZONE = "POLYGON((28.4 -1.6, 28.6 -1.6, 28.6 -1.4, 28.4 -1.4, 28.4 -1.6))"


@pytest.fixture()
def dock_on_s01(qtbot, qgis_canvas, provider, tmp_path):
    """The dock over the classified sample with a workspace, S01 picked and its profile page open."""
    from qgis.core import QgsProject

    from asm_pace_plugin.ui.assessment_dock import AssessmentDock

    sites = classify_sample(f"{SAMPLE_COPY}|layername=sites")["OUTPUT"]
    sites.setName("classified sites")
    project = QgsProject.instance()
    project.addMapLayer(sites)
    project.writeEntry("asm_pace", "workspace", "")
    dock = AssessmentDock(canvas=qgis_canvas)
    qtbot.addWidget(dock)
    dock.show()
    with qtbot.waitSignal(dock.sites_loaded, timeout=5000):
        dock.open_workspace(tmp_path / "assessment.gpkg")
    assert dock.select_site("S01")
    dock.show_page(dock.profile_page)
    sites_id = sites.id()
    yield dock, sites
    dock.shutdown()
    if project.mapLayer(sites_id) is not None:
        project.removeMapLayer(sites_id)


def still_on_s01(dock):
    """What the officer sees of the picked site: (key in the list, the site, page, buttons...)."""
    item = dock.site_list.currentItem()
    return (
        item.text().split()[0] if item is not None else None,
        dock.site.key if dock.site else None,
        dock.classification_view.toPlainText().split()[:1],
        dock.pages.currentWidget().widget() is dock.profile_page,
        dock.dossier_button.isEnabled(),
        dock.stakeholder_page.isEnabled(),
        dock.profile_page.isEnabled(),
    )


PICKED = ("S01", "S01", ["S01"], True, True, True, True)


def test_layers_added_and_removed_by_a_run_keep_the_picked_site(qtbot, dock_on_s01):
    from qgis.core import QgsFeatureRequest, QgsProject

    dock, sites = dock_on_s01
    project = QgsProject.instance()
    assert still_on_s01(dock) == PICKED
    zones = memory_layer(
        "Polygon", "EPSG:4326", ["site_id:string", "pathway:string"], [(ZONE, ["S01", "hunting"])]
    )
    zones.setName("Impact zones")
    project.addMapLayer(zones)  # what a run from the menu does with its output
    qtbot.wait(300)  # a reload of the site list would run in a background task
    assert still_on_s01(dock) == PICKED
    copy = sites.materialize(QgsFeatureRequest())
    copy.setName("Classified sites")  # a classification's output: a site layer it could offer
    project.addMapLayers([copy])
    qtbot.wait(300)
    assert still_on_s01(dock) == PICKED and dock.layer_combo.currentLayer() is sites
    project.removeMapLayers([zones.id(), copy.id()])
    qtbot.wait(300)
    assert still_on_s01(dock) == PICKED
    project.removeMapLayer(sites.id())  # the sites themselves gone: no site is shown
    qtbot.wait(300)
    assert dock.site is None and not dock.dossier_button.isEnabled()


def test_impact_zones_and_pressure_run_as_from_the_menu_keep_the_picked_site(qtbot, dock_on_s01):
    from layers import run_and_load, sample

    dock, sites = dock_on_s01
    _results, errors, loaded = run_and_load("asm_pace:impactzones", {"SITES": sites}, keep=True)
    assert not errors and loaded == ["Impact zones"]
    qtbot.wait(300)
    assert still_on_s01(dock) == PICKED
    zones = next(layer for layer in sites.project().mapLayers().values() if layer.name() == "Impact zones")
    parameters = {"ZONES": [zones], "PROTECTED_AREAS": [sample("protected_areas")], "SITES": sites}
    _results, errors, loaded = run_and_load("asm_pace:papressure", parameters, ("OUTPUT", "SITE_TABLE"))
    assert not errors and loaded
    qtbot.wait(300)
    assert still_on_s01(dock) == PICKED
    sites.project().removeMapLayer(zones.id())


def test_when_the_sites_layer_goes_the_dock_shows_the_layer_the_list_moves_to(qtbot, dock_on_s01):
    """The officer's site layer removed while other classified layers are in the project: the layer
    list moves to another one without saying so (the next row takes the removed one's place); the
    dock lists that layer's sites, not those of the gone layer (it kept them, and a later run's
    layer made it drop the picked site: a monkey test's flake)."""
    from qgis.core import QgsFeatureRequest, QgsProject

    dock, sites = dock_on_s01
    project = QgsProject.instance()
    copies = [sites.materialize(QgsFeatureRequest()) for _copy in range(2)]
    for copy in copies:
        copy.setName("classified again")
    project.addMapLayers(copies)
    with qtbot.waitSignal(dock.sites_loaded, timeout=5000):
        dock.layer_combo.setLayer(copies[0])
    project.removeMapLayer(copies[0].id())
    qtbot.wait(300)
    shown = dock.layer_combo.currentLayer()
    assert shown is not None and dock._sites_layer_id == shown.id()
    project.removeMapLayer(copies[1].id())
