"""Reference layers read only within reach of the sites (core/screening/surroundings.py): nothing a
site could need is left out, far areas are not read, and the classification is the same as
when the whole layer is read."""

import math
import random

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeedback,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from asm_pace_plugin.core.screening import wdpa
from asm_pace_plugin.core.screening.layer_loader import load_layer
from asm_pace_plugin.core.screening.layer_reading import protected_area_reading
from asm_pace_plugin.core.screening.reference_sets import ReferenceSet
from asm_pace_plugin.core.screening.site_classification import SiteClassifier
from asm_pace_plugin.core.screening.surroundings import SiteSurroundings, features_near, site_surroundings
from asm_pace_plugin.core.shared import geodesy

RADIUS_M = 50_000.0
# The antimeridian, high latitudes, the tropics, near the poles.
PLACES = [(179.9, -17.0), (-179.95, 65.0), (25.0, 70.0), (-60.0, -75.0), (28.0, -3.0), (10.0, 88.5)]


def test_every_search_box_of_a_site_lies_within_reach():
    rng = random.Random(1)
    surroundings = SiteSurroundings(RADIUS_M)
    sites = [(x + rng.uniform(-0.3, 0.3), y + rng.uniform(-0.3, 0.3)) for x, y in PLACES for _ in range(5)]
    sites = [((x + 180) % 360 - 180, max(-89.9, min(89.9, y))) for x, y in sites]
    xs, ys = np.array(sites).T
    surroundings.add_boxes(xs, ys, xs, ys)
    grid = surroundings.within_reach()
    for x, y in sites:
        for box in geodesy.search_boxes(QgsPointXY(x, y), RADIUS_M):
            for _ in range(200):
                px = rng.uniform(box.xMinimum(), box.xMaximum())
                py = rng.uniform(box.yMinimum(), box.yMaximum())
                row = min(int((py + 90) / 0.25), grid.shape[0] - 1)
                column = min(int((px + 180) / 0.25), grid.shape[1] - 1)
                assert grid[row, column], (x, y, px, py)
    # Far from every site, nothing is within reach; the rectangles cover exactly the cells.
    assert not surroundings.meets(QgsRectangle(-100, 0, -90, 10))
    covered = sum(box.width() * box.height() for box in surroundings.rectangles()) / 0.25**2
    assert covered == pytest.approx(grid.sum())


def _areas_layer(path, rng, count):
    """A GeoPackage (spatial index on) of count square-ish WDPA-like areas around PLACES."""
    rings = []
    for index in range(count):
        x, y = PLACES[index % len(PLACES)]
        x += rng.uniform(-4, 4)
        y = max(-89.0, min(89.0, y + rng.uniform(-3, 3)))
        size = rng.uniform(0.02, 0.4)
        x = max(-179.9 + size, min(179.9 - size, x))
        rings.append(
            [QgsPointXY(x + size * math.cos(a / 10), y + size * math.sin(a / 10) / 2) for a in range(63)]
        )
    return _written(path, rings, "EPSG:4326")


def _written(path, rings, crs):
    """(GeoPackage layer, memory layer) of WDPA-like areas, one for each ring (closed here)."""
    layer = QgsVectorLayer(f"MultiPolygon?crs={crs}&field=WDPAID:integer&field=NAME:string", "pa", "memory")
    features = []
    for index, ring in enumerate(rings):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([index + 1, f"PA {index + 1}"])
        feature.setGeometry(QgsGeometry.fromMultiPolygonXY([[ring + ring[:1]]]))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    saved = QgsVectorLayer(str(path), "pa", "ogr")
    assert saved.isValid()
    return saved, layer


def _sites(rng, count):
    sites = []
    for _ in range(count):
        x, y = PLACES[rng.randrange(3, len(PLACES))]  # some places have no site
        sites.append(QgsPointXY(x + rng.uniform(-2, 2), y + rng.uniform(-1, 1)))
    return sites


def _load(layer, near, measure, points_only=False):
    reference = ReferenceSet("protected areas", near, points_only)
    field_map = wdpa.apply_chosen_fields([layer.fields().names()], {})[0]
    options = wdpa.CleaningOptions(kept_statuses=())
    reading = protected_area_reading("pa", layer, field_map, options, measure)
    load_layer(reference, layer, "pa", reading, QgsCoordinateTransformContext(), options.repair_geometries)
    return reference


@pytest.mark.parametrize("indexed", [True, False])
def test_classification_near_the_sites_equals_reading_the_whole_layer(qgis_app, tmp_path, indexed):
    rng = random.Random(2)
    saved, memory = _areas_layer(tmp_path / "pa.gpkg", rng, 600)
    layer = saved if indexed else memory  # a memory layer has no spatial index: boxes are checked
    points = _sites(rng, 800)
    sites = [QgsGeometry.fromPointXY(point) for point in points]
    near = SiteSurroundings(RADIUS_M)
    xs = np.array([point.x() for point in points])
    ys = np.array([point.y() for point in points])
    near.add_boxes(xs, ys, xs, ys)
    measure = geodesy.distance_area()
    whole, limited = _load(layer, None, measure), _load(layer, near, measure)
    assert 0 < len(limited) < len(whole) * 0.8  # the places without sites are not read
    everything = SiteClassifier(whole, None, None, measure, RADIUS_M).classify_many(sites)
    nearby = SiteClassifier(limited, None, None, measure, RADIUS_M).classify_many(sites)
    found = 0
    for one, other in zip(everything, nearby):
        assert one.site_class == other.site_class
        assert one.protected_areas == other.protected_areas
        assert one.nearest == other.nearest
        assert one.nearest_m == other.nearest_m
        found += one.nearest is not None or bool(one.protected_areas)
    assert found > len(sites) / 3


def test_features_near_are_in_the_layers_order_and_the_surroundings_follow_the_sites(qgis_app, tmp_path):
    rng = random.Random(3)
    saved, _memory = _areas_layer(tmp_path / "pa.gpkg", rng, 300)
    sites = QgsVectorLayer("Point?crs=EPSG:3857", "sites", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(3116945.0, -334111.0)))  # 28°E, 3°S
    sites.dataProvider().addFeatures([feature, QgsFeature()])  # and a site without geometry
    to_wgs84 = QgsCoordinateTransform(sites.crs(), geodesy.WGS84, QgsCoordinateTransformContext())
    near = site_surroundings(sites, to_wgs84, RADIUS_M, QgsFeedback())
    ids = [
        feature.id()
        for feature in features_near(
            saved, near, QgsFeatureRequest(), QgsFeedback(), QgsCoordinateTransformContext()
        )
    ]
    assert ids == sorted(ids) and ids
    for feature in saved.getFeatures():
        box = feature.geometry().boundingBox()
        reachable = any(
            box.intersects(search) for search in geodesy.search_boxes(QgsPointXY(28, -3), RADIUS_M)
        )
        if reachable:
            assert feature.id() in ids
    assert len(ids) < saved.featureCount() / 4


def test_a_set_for_points_only_reads_geometries_again_and_classifies_as_one_holding_them(qgis_app, tmp_path):
    """A set for point sites lets its geometries go once their boundaries are stored, and reads
    again (cleaned, repaired, reprojected as they were) only those that points on a boundary
    need: the classification equals that of a set holding every geometry."""
    rng = random.Random(4)
    rings = []
    for index in range(120):
        x, y = rng.uniform(2.5e6, 3.5e6), rng.uniform(-5e5, 5e5)
        size = rng.uniform(2e3, 4e4)
        ring = [QgsPointXY(x + size * math.cos(a / 7), y + size * math.sin(a / 7)) for a in range(44)]
        if index % 10 == 0:  # a bow tie, invalid: repaired
            ring = [
                QgsPointXY(x, y),
                QgsPointXY(x + size, y + size),
                QgsPointXY(x + size, y),
                QgsPointXY(x, y + size),
            ]
        rings.append(ring)
    saved, _memory = _written(tmp_path / "pa_3857.gpkg", rings, "EPSG:3857")
    measure = geodesy.distance_area()
    holding, light = _load(saved, None, measure), _load(saved, None, measure, points_only=True)
    assert len(holding) == len(light) == 120
    sites = []
    for item in range(0, len(holding), 3):
        geometry = holding.geometry(item)
        vertex = geometry.vertexAt(item % 40)
        sites += [QgsGeometry.fromPointXY(QgsPointXY(vertex)), geometry.pointOnSurface()]
    sites += [
        QgsGeometry.fromPointXY(QgsPointXY(rng.uniform(22, 32), rng.uniform(-5, 5))) for _ in range(400)
    ]
    expected = SiteClassifier(holding, None, None, measure, RADIUS_M).classify_many(sites)
    results = SiteClassifier(light, None, None, measure, RADIUS_M).classify_many(sites)
    for one, other in zip(expected, results):
        assert one.site_class == other.site_class
        assert one.protected_areas == other.protected_areas
        assert one.nearest == other.nearest
        assert one.nearest_m == other.nearest_m
    assert sum(bool(result.protected_areas) for result in results) > len(sites) / 5
    # The points on vertices were decided by GEOS: some geometries, not all, were read again.
    read_again = [item for item in range(len(light)) if isinstance(light._geometries[item], QgsGeometry)]
    assert 0 < len(read_again) < len(light) / 2
    for item in range(len(light)):
        assert light.geometry(item).asWkb() == holding.geometry(item).asWkb()
