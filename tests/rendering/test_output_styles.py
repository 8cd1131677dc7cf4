"""Outputs keep their look: the style is stored in each GeoPackage output and opens with it."""

import sqlite3
from contextlib import closing

import pytest
from layers import run_algorithm, sample
from qgis.core import QgsVectorLayer

from asm_pace_plugin.core.screening import pace
from asm_pace_plugin.rendering.output_styles import PROTECTED_AREA_LABEL_SCALE, SITE_LABEL_SCALE


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
    # Labels from a sensible scale only, as stored in the files: a district's sites, a protected
    # area named; a country's not named all over.
    for layer, scale in ((sites, SITE_LABEL_SCALE), (pressure, PROTECTED_AREA_LABEL_SCALE)):
        settings = layer.labeling().settings()
        assert settings.scaleVisibility and settings.minimumScale == scale, layer.name()
        assert labels_drawn(layer, scale / 2) >= 1
        assert labels_drawn(layer, scale * 4) == 0
    assert alias(opened(tmp_path / "site_pressure.gpkg"), "zone_ha") == "Inside impact zones (ha)"


def labels_drawn(layer, scale):
    """How many labels QGIS places when it draws the layer at 1:scale around its first feature."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsMapRendererSequentialJob,
        QgsMapSettings,
        QgsProject,
        QgsRectangle,
    )
    from qgis.PyQt.QtCore import QSize

    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32735"))  # UTM 35S, the sample's
    settings.setOutputSize(QSize(500, 500))
    settings.setOutputDpi(96)
    to_map = QgsCoordinateTransform(layer.crs(), settings.destinationCrs(), QgsProject.instance())
    centre = to_map.transform(next(layer.getFeatures()).geometry().centroid().asPoint())
    half = scale * 500 / 96 * 0.0254 / 2  # metres on the ground of half the picture
    settings.setExtent(
        QgsRectangle(centre.x() - half, centre.y() - half, centre.x() + half, centre.y() + half)
    )
    assert settings.scale() == pytest.approx(scale, rel=0.05)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return len(job.takeLabelingResults().allLabels())
