"""Outputs keep their look: the style is stored in each GeoPackage output and opens with it."""

import sqlite3
from contextlib import closing

from layers import run_algorithm, sample
from qgis.core import QgsVectorLayer

from asm_pace_plugin.core import pace


def opened(path):
    """The output as the Browser or another project opens it: with its default style."""
    layer = QgsVectorLayer(str(path), "reopened", "ogr")
    assert layer.isValid(), path
    return layer


def alias(layer, name):
    return layer.attributeDisplayName(layer.fields().indexOf(name))


def test_every_geopackage_output_opens_styled(provider, tmp_path):
    classified = run_algorithm(
        "asm_pace:classifysites",
        {"SITES": sample("sites"), "PROTECTED_AREAS": [sample("protected_areas")],
         "LANDSCAPES": [sample("landscapes")], "ECOREGIONS": [sample("ecoregions")],
         "OUTPUT": str(tmp_path / "classified.gpkg"), "SUMMARY": str(tmp_path / "summary.gpkg")},
    )["OUTPUT"]  # fmt: skip
    zones = run_algorithm(
        "asm_pace:impactzones", {"SITES": classified, "OUTPUT": str(tmp_path / "zones.gpkg")}
    )["OUTPUT"]
    run_algorithm(
        "asm_pace:downstreamtrace",
        {"SITES": classified, "RIVERS": sample("rivers"), "SNAP_DISTANCE": 6000,
         "OUTPUT": str(tmp_path / "traces.gpkg"), "CORRIDOR": str(tmp_path / "corridors.gpkg")},
    )  # fmt: skip
    run_algorithm(
        "asm_pace:papressure",
        {"ZONES": [zones], "PROTECTED_AREAS": [sample("protected_areas")], "SITES": classified,
         "OUTPUT": str(tmp_path / "pressure.gpkg"), "SITE_TABLE": str(tmp_path / "site_pressure.gpkg")},
    )  # fmt: skip
    for name in ("classified", "summary", "zones", "traces", "corridors", "pressure", "site_pressure"):
        with closing(sqlite3.connect(tmp_path / f"{name}.gpkg")) as database:
            assert database.execute("SELECT useAsDefault FROM layer_styles").fetchall() == [(1,)], name

    sites = opened(tmp_path / "classified.gpkg")
    assert sites.renderer().type() == "categorizedSymbol"
    labels = {category.value(): category.label() for category in sites.renderer().categories()}
    assert labels[pace.PROTECTED_AREA] == "In a protected area"
    assert alias(sites, "near_pa_m") == "Distance to the nearest protected area (m)"
    class_widget = sites.editorWidgetSetup(sites.fields().indexOf("pace_class"))
    assert class_widget.type() == "ValueMap"
    assert {"In a protected area": pace.PROTECTED_AREA} in class_widget.config()["map"]
    assert sites.labelsEnabled() and sites.labeling().settings().fieldName == "site_name"
    # The stored values stay the codes that models rely on.
    assert {feature["pace_class"] for feature in sites.getFeatures()} <= set(pace.ALL_CLASSES) | {
        pace.UNCLASSIFIED
    }

    zone_layer = opened(tmp_path / "zones.gpkg")
    categories = zone_layer.renderer().categories()
    assert {category.label() for category in categories} >= {"Hunting pressure", "Off-site deforestation"}
    assert all(category.symbol().opacity() < 1 for category in categories)  # translucent

    pressure = opened(tmp_path / "pressure.gpkg")
    assert pressure.renderer().type() == "graduatedSymbol"
    assert pressure.renderer().classAttribute() == "pa_share"
    assert pressure.labeling().settings().fieldName == "pa_name"
    assert alias(opened(tmp_path / "site_pressure.gpkg"), "zone_ha") == "Inside impact zones (ha)"
