"""The dock in a real project: which site layers it offers, what it keeps in the project file,
and the dossier it makes from the project's layers (rendered for real)."""

import os
import subprocess
from pathlib import Path

import pytest
import sample_workspace
from layers import classify_sample
from sample_data import SAMPLE_COPY

from asm_pace_plugin.core.shared.paths import LOCATOR_COUNTRIES

GPKG = str(SAMPLE_COPY)
DOC_PAGE = os.environ.get("ASM_PACE_DOSSIER_PAGE")
REFERENCE_LAYERS = ("protected_areas", "national_protected_areas", "landscapes", "ecoregions", "rivers")
# The legend in words, the protected area named on the map, the locator, distance and coordinates.
FIRST_PAGE_WORDS = (
    "This site",
    "Protected areas",
    "Impact zones: Hunting pressure",
    "Ecoregions",
    "Lac Kivalu Ramsar Site (synthetic)",
    "Location: Dem. Rep. Congo",
    "Distance to the nearest protected area inside",
    "Coordinates (WGS 84) 1.9000° S, 29.1000° E",
    "UTM (WGS 84) zone 35S,",
)


@pytest.fixture()
def project(provider, tmp_path):
    """The project holding the sample's reference layers, the sites classified into a GeoPackage
    (with the summary table) and the impact zones of the sites keyed by their site code."""
    from qgis import processing
    from qgis.core import QgsProject, QgsVectorLayer

    classified = str(tmp_path / "classified.gpkg")
    classify_sample(
        f"{GPKG}|layername=sites",
        f"ogr:dbname='{classified}' table=sites (geom)",
        f"ogr:dbname='{classified}' table=summary",
    )
    zones = processing.run(
        "asm_pace:impactzones",
        {"SITES": f"{classified}|layername=sites", "SITE_ID_FIELD": "site_code",
         "PATHWAYS": "footprint,hunting", "OUTPUT": str(tmp_path / "zones.gpkg")},
    )["OUTPUT"]  # fmt: skip
    instance = QgsProject.instance()
    instance.clear()
    layers = [
        QgsVectorLayer(f"{GPKG}|layername={name}", name, "ogr") for name in ("sites", *REFERENCE_LAYERS)
    ]
    layers += [
        QgsVectorLayer(f"{classified}|layername=sites", "classified sites", "ogr"),
        QgsVectorLayer(f"{classified}|layername=summary", "classification summary", "ogr"),
        QgsVectorLayer(f"{classified}|layername=sites", "classified sites (copy)", "ogr"),
        QgsVectorLayer(zones, "impact zones", "ogr"),
    ]
    assert all(layer.isValid() for layer in layers)
    instance.addMapLayers(layers)
    yield {layer.name(): layer for layer in layers}
    instance.clear()


def _dock(qtbot, canvas=None):
    from asm_pace_plugin.ui.assessment_dock import AssessmentDock

    dock = AssessmentDock(canvas=canvas)
    qtbot.addWidget(dock)
    return dock


def _offered(dock):
    return [dock.layer_combo.layer(row).name() for row in range(dock.layer_combo.count())]


def test_only_classified_site_layers_are_offered_and_the_choice_is_kept(qtbot, project, tmp_path):
    from qgis.core import QgsProject

    instance = QgsProject.instance()
    dock = _dock(qtbot)
    assert _offered(dock) == ["classified sites", "classified sites (copy)"]  # no summary, no source
    assert dock.layer_hint.isHidden()
    dock.set_site_layer(project["classified sites (copy)"])
    dock.shutdown()
    assert instance.write(str(tmp_path / "officer.qgz"))
    instance.clear()
    empty = _dock(qtbot)
    assert empty.layer_combo.count() == 0 and not empty.layer_hint.isHidden()
    assert "Classify sites (PACE)" in empty.layer_hint.text()
    assert instance.read(str(tmp_path / "officer.qgz"))  # the open dock follows the project it reads
    assert empty.layer_combo.currentLayer().name() == "classified sites (copy)"
    assert empty.layer_hint.isHidden()
    empty.shutdown()
    again = _dock(qtbot)
    assert again.layer_combo.currentLayer().name() == "classified sites (copy)"
    assert again.key_combo.currentField() == "site_code"
    again.shutdown()


def _green_pixels(png, box):
    from qgis.PyQt.QtGui import QColor, QImage

    image = QImage(str(png))
    left, top, right, bottom = (
        round(fraction * size) for fraction, size in zip(box, (image.width(), image.height()) * 2)
    )
    count = 0
    for y in range(top, bottom, 2):
        for x in range(left, right, 2):
            colour = QColor(image.pixel(x, y))
            count += colour.green() > colour.red() + 25 and colour.green() > colour.blue() + 25
    return count


def test_dossier_from_the_dock_draws_the_project_layers(qtbot, project, tmp_path):
    from qgis import processing

    workspace = tmp_path / "assessment.gpkg"
    sample_workspace.build(workspace, project["classified sites"])
    dock = _dock(qtbot)
    with qtbot.waitSignal(dock.sites_loaded, timeout=5000):
        dock.open_workspace(workspace)
    assert dock.select_site("S02")
    parameters = dock.dossier_parameters()
    ids = {layer.id(): name for name, layer in project.items()}
    assert {ids[i] for i in parameters["PROTECTED_AREAS"]} == {"protected_areas", "national_protected_areas"}
    assert [ids[i] for i in parameters["LANDSCAPES"]] == ["landscapes"]
    assert [ids[i] for i in parameters["ECOREGIONS"]] == ["ecoregions"]
    assert ids[parameters["IMPACT_ZONES"]] == "impact zones" and parameters["ZONE_KEY_FIELD"] == "site_id"
    assert parameters["OUTPUT_PDF"] == str(tmp_path / "assessment_dossier_S02.pdf")
    dock.shutdown()

    shipped = LOCATOR_COUNTRIES.read_bytes()
    result = processing.run("asm_pace:sitedossiers", parameters)
    assert LOCATOR_COUNTRIES.read_bytes() == shipped  # the plugin's own files are only read
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", "1", "-l", "1", result["OUTPUT_PDF"],
         str(tmp_path / "first")],
        check=True,
    )  # fmt: skip
    # S02 lies in the Ramsar site: the map (the top half of the page) is mostly protected area.
    assert _green_pixels(tmp_path / "first.png", (0.07, 0.12, 0.93, 0.48)) > 500
    first = subprocess.run(
        ["pdftotext", "-raw", "-f", "1", "-l", "1", result["OUTPUT_PDF"], "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    flat = " ".join(first.split())
    for words in FIRST_PAGE_WORDS:
        assert words in flat, words
    assert "Protected areas: protected_areas" not in flat  # the legend names layers in words
    if DOC_PAGE:  # ASM_PACE_DOSSIER_PAGE=docs/images/dossier-page.png: also the dock's, with zones
        picture = Path(DOC_PAGE).with_name(f"{Path(DOC_PAGE).stem}-from-dock")
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "80",
                "-png",
                "-singlefile",
                "-f",
                "1",
                "-l",
                "1",
                result["OUTPUT_PDF"],
                str(picture),
            ],
            check=True,
        )


def test_zones_keyed_otherwise_are_said_so(qtbot, project, tmp_path):
    from qgis.core import QgsFeature, QgsProject, QgsVectorLayer

    from asm_pace_plugin.core.impacts.zones import ZONE_FIELDS

    fields = "&".join(f"field={name}:string" for name, _type, _meaning in ZONE_FIELDS)
    by_feature_id = QgsVectorLayer(f"Polygon?crs=EPSG:4326&{fields}", "zones by feature id", "memory")
    feature = QgsFeature(by_feature_id.fields())
    feature["site_id"] = "2"
    by_feature_id.dataProvider().addFeature(feature)
    QgsProject.instance().removeMapLayer(project["impact zones"].id())
    QgsProject.instance().addMapLayer(by_feature_id)
    dock = _dock(qtbot)
    with qtbot.waitSignal(dock.sites_loaded, timeout=5000):
        dock.open_workspace(tmp_path / "assessment.gpkg")
    assert dock.select_site("S02")
    assert "IMPACT_ZONES" not in dock.dossier_parameters()
    assert "holds site S02 under site_id" in dock.status.text() and "site key site_code" in dock.status.text()
    dock.shutdown()


def test_the_key_field_is_the_one_the_chain_finds(qtbot, provider):
    from layers import memory_layer
    from qgis.core import QgsProject

    rows = [("POINT(28 -2)", ["A", "K-1", "protected_area"]), ("POINT(28.1 -2)", ["B", "K-2", "other"])]
    fields = ["name:string", "code:string", "pace_class:string"]
    sites = memory_layer("Point", "EPSG:4326", fields, rows, name="sites coded otherwise")
    QgsProject.instance().addMapLayer(sites)
    try:
        dock = _dock(qtbot)
        dock.set_site_layer(sites)
        assert dock.key_combo.currentField() == "code"  # core/shared/site_key.py's rule, as classification's
        dock.shutdown()
    finally:
        QgsProject.instance().removeMapLayer(sites.id())
