"""The batched, vectorised path for point sites gives what the per-site path gives:
point-in-polygon tests and the nearest protected area."""

import math
import random
import warnings

import dense_data  # the bench's seeded generators of WDPA-like layers
import numpy as np
import pytest
from osgeo import ogr
from qgis.core import QgsCoordinateTransformContext, QgsGeometry, QgsPointXY, QgsVectorLayer

from asm_pace_plugin.core.screening import layer_loader, wdpa
from asm_pace_plugin.core.screening.layer_loader import load_layer
from asm_pace_plugin.core.screening.layer_reading import protected_area_reading
from asm_pace_plugin.core.screening.reference_sets import (
    NO_ITEM,
    UNSURE,
    Ecoregion,
    Landscape,
    ProtectedArea,
    ReferenceSet,
)
from asm_pace_plugin.core.screening.site_classification import SiteClassifier
from asm_pace_plugin.core.screening.surroundings import SiteSurroundings
from asm_pace_plugin.core.shared import ellipsoid, geodesy

# Places where the search boxes wrap or widen: the antimeridian, 70°N / 70°S, the tropics.
CENTRES = [(179.7, -17.0), (-179.8, 10.0), (25.0, 70.0), (-60.0, -70.0), (28.0, -3.0), (0.0, 84.0)]
RADIUS_M = 50_000.0
# Tolerances against the per-site path (QgsDistanceArea.measureLine per site).
DISTANCE_ABS_M = 0.5
DISTANCE_REL = 1e-6


@pytest.fixture(scope="module")
def measure(qgis_app):
    return geodesy.distance_area()


def _blob(rng, x, y, size_deg, vertices=40):
    """An irregular star-shaped polygon around (x, y), with a hole in one of three."""
    angles = sorted(rng.uniform(0, 2 * math.pi) for _ in range(vertices))
    outer = [
        QgsPointXY(x + size_deg * r * math.cos(a), y + size_deg * r * math.sin(a) / 2)
        for a, r in ((a, rng.uniform(0.5, 1.0)) for a in angles)
    ]
    rings = [[*outer, outer[0]]]
    if rng.random() < 1 / 3:
        hole = [
            QgsPointXY(x + size_deg * 0.2 * math.cos(a), y + size_deg * 0.1 * math.sin(a)) for a in angles
        ]
        rings.append([*hole, hole[0]])
    return geodesy.split_at_antimeridian(QgsGeometry.fromPolygonXY(rings))


def _protected_areas(rng):
    areas = ReferenceSet("protected areas")
    for centre_x, centre_y in CENTRES:
        for index in range(40):
            x = centre_x + rng.uniform(-1.5, 1.5)
            y = max(-89.0, min(89.0, centre_y + rng.uniform(-0.8, 0.8)))
            geometry = _blob(rng, x, y, rng.uniform(0.01, 0.3))
            areas.add(geometry, ProtectedArea("pa", f"{centre_x}/{index}", f"PA {index}", "", "", "", ""))
    return areas


def _ecoregions():
    ecoregions = ReferenceSet("ecoregions")
    for index, (west, south) in enumerate(((-180, -90), (0, -90))):
        ecoregions.add(
            QgsGeometry.fromRect(geodesy.QgsRectangle(west, south, west + 180, 0)),
            Ecoregion(f"G200 {index}", 1 + index),
        )
    return ecoregions


def _sites(rng, count_per_centre):
    sites = []
    for centre_x, centre_y in CENTRES:
        for _ in range(count_per_centre):
            x = centre_x + rng.uniform(-2.5, 2.5)
            x = (x + 180) % 360 - 180
            y = max(-89.9, min(89.9, centre_y + rng.uniform(-1.2, 1.2)))
            sites.append(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
    return sites


def _assert_same(single, batched):
    assert single.site_class == batched.site_class
    assert single.protected_areas == batched.protected_areas
    assert single.landscapes == batched.landscapes
    assert single.ecoregions == batched.ecoregions
    assert single.nearest == batched.nearest
    if single.nearest_m is None:
        assert batched.nearest_m is None
    else:
        assert batched.nearest_m == pytest.approx(single.nearest_m, rel=DISTANCE_REL, abs=DISTANCE_ABS_M)


@pytest.mark.parametrize("seed", [1, 2])
def test_batched_point_sites_equal_the_per_site_path(measure, seed):
    rng = random.Random(seed)
    classifier = SiteClassifier(_protected_areas(rng), None, _ecoregions(), measure, RADIUS_M)
    sites = _sites(rng, 150)
    batched = classifier.classify_many(sites)
    found = 0
    for site, result in zip(sites, batched):
        single = classifier.classify(site)
        _assert_same(single, result)
        found += single.nearest is not None
    assert found > len(sites) / 4  # the test measures many nearest protected areas


def test_mixed_batch_keeps_order_and_classifies_other_geometries_one_by_one(measure):
    rng = random.Random(3)
    classifier = SiteClassifier(_protected_areas(rng), None, None, measure, RADIUS_M)
    sites = _sites(rng, 10)
    sites[3] = QgsGeometry.fromWkt("LINESTRING(179.5 -17, 179.9 -17.2)")
    sites[5] = QgsGeometry.fromWkt("MULTIPOINT((25 70), (25.3 70.1))")
    sites[7] = QgsGeometry()
    for site, result in zip(sites, classifier.classify_many(sites)):
        _assert_same(classifier.classify(site), result)


def test_no_search_radius_searches_nothing(measure):
    rng = random.Random(4)
    classifier = SiteClassifier(_protected_areas(rng), None, None, measure, 0.0)
    assert all(result.nearest_m in (None, 0.0) for result in classifier.classify_many(_sites(rng, 20)))


def test_geodesic_inverse_matches_measure_line(measure):
    rng = np.random.default_rng(5)
    x1, y1 = rng.uniform(-180, 180, 500), rng.uniform(-85, 85, 500)
    x2 = x1 + rng.uniform(-2, 2, 500)
    y2 = np.clip(y1 + rng.uniform(-1, 1, 500), -89, 89)
    metres = ellipsoid.geodesic_inverse(x1, y1, x2, y2, *ellipsoid.ellipsoid_axes(measure))
    expected = [measure.measureLine(QgsPointXY(*a), QgsPointXY(*b)) for a, b in zip(zip(x1, y1), zip(x2, y2))]
    assert metres == pytest.approx(expected, rel=1e-9, abs=1e-6)
    assert (
        ellipsoid.geodesic_inverse(
            np.array([10.0]), np.array([5.0]), np.array([10.0]), np.array([5.0]), 6378137.0, 0.0
        )[0]
        == 0.0
    )


def test_points_on_boundaries_and_in_overlaps_equal_the_per_site_path(measure):
    rng = random.Random(6)
    areas = _protected_areas(rng)
    landscapes = ReferenceSet("landscapes")
    for index in range(0, len(areas), 3):
        landscapes.add(areas.geometry(index), Landscape(f"L{index}"))
    classifier = SiteClassifier(areas, landscapes, _ecoregions(), measure, RADIUS_M)
    sites = []
    for index in range(0, len(areas), 7):
        ring = areas.geometry(index).asGeometryCollection()[0].asPolygon()[0]
        vertex, following = ring[index % (len(ring) - 1)], ring[index % (len(ring) - 1) + 1]
        middle = QgsPointXY((vertex.x() + following.x()) / 2, (vertex.y() + following.y()) / 2)
        inside = areas.geometry(index).pointOnSurface().asPoint()
        sites += [QgsGeometry.fromPointXY(point) for point in (vertex, middle, inside)]
    sites.append(QgsGeometry.fromPointXY(QgsPointXY(0.0, 0.0)))  # on the ecoregions' shared edge
    batched = classifier.classify_many(sites)
    for site, result in zip(sites, batched):
        _assert_same(classifier.classify(site), result)
    assert sum(bool(result.protected_areas) for result in batched) >= len(sites) // 2


def test_points_on_latitude_band_edges_equal_geos(qgis_app):
    """Sites on the edges of a polygon's latitude bands, at the latitudes of its vertices (also
    where chunks meet) and on both sides of them: the bands list every segment that the
    point-in-polygon test needs, and rays between the two copies of a vertex are unsure."""
    rng = np.random.default_rng(7)
    zigzag = [(10.0 + 0.01 * (index % 2) + 0.001 * index, -5.0 + 0.004 * index) for index in range(400)]
    ring = [*zigzag, (11.0, zigzag[-1][1]), (11.0, -5.0), zigzag[0]]
    areas = ReferenceSet("protected areas")
    areas.add(QgsGeometry.fromWkt("POLYGON EMPTY"), ProtectedArea("pa", "0", "empty", "", "", "", ""))
    areas.add(
        QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring]]),
        ProtectedArea("pa", "1", "zigzag", "", "", "", ""),
    )
    boundaries = areas._points().boundaries
    assert boundaries.band_count[1] > 50
    edges = boundaries.band_south[1] + np.arange(boundaries.band_count[1] + 1) / boundaries.band_scale[1]
    exact = np.concatenate((edges, [y for _x, y in ring]))
    latitudes = np.concatenate((exact, np.nextafter(exact, 0), np.nextafter(exact, -90)))
    longitudes = rng.uniform(9.99, 11.01, len(latitudes))
    held = areas.point_items(longitudes, latitudes)
    sure = 0
    for x, y, item in zip(longitudes, latitudes, held.tolist()):
        if item != UNSURE:
            assert ([] if item == NO_ITEM else [item]) == areas.intersecting(
                QgsGeometry.fromPointXY(QgsPointXY(x, y))
            )
            sure += 1
    assert sure > len(latitudes) / 2


def test_an_empty_polygon_holds_and_is_near_nothing(measure):
    """An empty polygon's bounding box is NaN on QGIS 3.40 and (0, 0) on 3.22: either way the
    batched path lists it nowhere (no numpy warning) and measures the polygons around it."""
    areas = ReferenceSet("protected areas")
    areas.add(QgsGeometry.fromWkt("POLYGON EMPTY"), ProtectedArea("pa", "0", "empty", "", "", "", ""))
    areas.add(
        QgsGeometry.fromWkt("POLYGON((0.1 0.1, 0.2 0.1, 0.2 0.2, 0.1 0.1))"),
        ProtectedArea("pa", "1", "triangle", "", "", "", ""),
    )
    classifier = SiteClassifier(areas, None, None, measure, RADIUS_M)
    sites = [QgsGeometry.fromPointXY(QgsPointXY(x, y)) for x, y in ((0, 0), (0.15, 0.12), (0.01, 0), (5, 5))]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        batched = classifier.classify_many(sites)
    for site, result in zip(sites, batched):
        _assert_same(classifier.classify(site), result)
    # The second site lies in the triangle, the last one farther than RADIUS_M from it.
    assert [len(result.protected_areas) for result in batched] == [0, 1, 0, 0]
    assert [result.nearest is not None for result in batched] == [True, False, True, False]


def _from_wkb(wkb):
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    return geometry


def _dense_areas(rng, spread, count, median_km2, sigma, max_km2):
    """(ReferenceSet, placings) of the bench's overlap-heavy protected areas around 25°E, 5°S."""
    records, placed = dense_data.protected_area_records(
        rng, [(25.0, -5.0, spread)], count, 0.35, 0.1, median_km2, sigma, max_km2
    )
    areas = ReferenceSet("protected areas")
    for attributes, wkb in records:
        areas.add(
            _from_wkb(wkb), ProtectedArea("pa", str(attributes[0]), attributes[1], attributes[2], "", "", "")
        )
    return areas, placed


def test_points_in_overlapping_protected_areas_stay_batched_and_equal_the_per_site_path(measure):
    """The overlap-heavy case of the bench, small: designations on the same boundary, nested or
    overlapping part of a park, multipart parks, and sites clustered in them. Points in several
    areas are answered by the batch test (not left to GEOS) and equal the per-site path."""
    rng = np.random.default_rng(11)
    areas, placed = _dense_areas(rng, 0.6, 400, 20.0, 1.2, 3000)
    districts = dense_data.mining_districts(rng, placed, 40, 0.8, 6.0)
    longitudes, latitudes = dense_data.clustered_points(rng, districts, 4000, (20.0, -10.0, 30.0, 0.0))
    sites = [QgsGeometry.fromPointXY(QgsPointXY(x, y)) for x, y in zip(longitudes, latitudes)]
    classifier = SiteClassifier(areas, None, _ecoregions(), measure, RADIUS_M)
    batched = classifier.classify_many(sites)
    for site, result in zip(sites, batched):
        _assert_same(classifier.classify(site), result)
    codes = areas.point_items(longitudes, latitudes)
    in_several = sum(len(result.protected_areas) > 1 for result in batched)
    assert in_several >= len(sites) / 5
    # Nearly all of them were answered by the batch test.
    assert np.count_nonzero(codes >= len(areas)) >= 0.95 * in_several
    assert all(len(areas.hits(code)) > 1 for code in np.unique(codes[codes >= len(areas)]).tolist())


def test_shares_of_footprints_in_overlapping_areas_equal_cutting_every_area(measure):
    """Mining footprints over the overlap-heavy areas: the share inside protected areas, found
    through the areas' engines and without cutting where an area holds the whole footprint,
    equals cutting the footprint by every area it touches and measuring their union."""
    rng = np.random.default_rng(12)
    areas, placed = _dense_areas(rng, 0.4, 150, 30.0, 1.0, 500)
    districts = dense_data.mining_districts(rng, placed, 20, 0.9, 3.0)
    footprints = [_from_wkb(wkb) for _attributes, wkb in dense_data.footprints(rng, districts, 300)]
    classifier = SiteClassifier(areas, None, None, measure, RADIUS_M)
    shares = [result.pa_share for result in classifier.classify_many(footprints)]
    for footprint, share in zip(footprints, shares):
        touched = [areas.geometry(item) for item in areas.intersecting(footprint)]
        expected = 0.0
        if touched:
            inside = QgsGeometry.unaryUnion([footprint.intersection(area) for area in touched])
            expected = min(1.0, measure.measureArea(inside) / measure.measureArea(footprint))
        # Cutting a footprint that lies wholly inside gives 1 within 1e-7 (the output keeps 4 decimals).
        assert share == pytest.approx(expected, abs=1e-6)
    assert sum(share == 1.0 for share in shares) > 20
    assert sum(0.0 < share < 1.0 for share in shares) > 20


def _bow_tie(x, y, size):
    """The WKB of an invalid (self-crossing) square around (x, y): repaired, or left out."""
    ring = np.array([(x, y), (x + size, y + size), (x + size, y), (x, y + size), (x, y)])
    return dense_data._wkb([ring])


def _load_areas(layer, near, measure, repair):
    reference = ReferenceSet("protected areas", near, points_only=True)
    field_map = wdpa.apply_chosen_fields([layer.fields().names()], {})[0]
    options = wdpa.CleaningOptions(kept_statuses=())
    reading = protected_area_reading("pa", layer, field_map, options, measure)
    report = load_layer(reference, layer, "pa", reading, QgsCoordinateTransformContext(), repair)
    return reference, report


@pytest.mark.parametrize("repair", [True, False])
def test_areas_read_only_when_a_search_needs_them_classify_as_the_per_site_path(
    measure, tmp_path, monkeypatch, repair
):
    """A WDPA-size layer's areas are known by their boxes first, and read, checked (repaired or
    left out) and stored only when a search comes near them. The classification equals the
    per-site path and that of a set that read every area within reach; areas far from every
    site are never read, and repairs are counted as areas are read."""
    rng = np.random.default_rng(21)
    records, placed = dense_data.protected_area_records(
        rng, [(25.0, -5.0, 1.5), (-60.0, -70.0, 1.0), (179.5, -17.0, 0.5)], 500, 0.3, 0.1, 20.0, 1.3, 3000
    )
    records += [
        (
            [800_000 + index, f"Bow tie {index}", "Forest Reserve", "National", "VI", "Designated", 1.0],
            _bow_tie(x, y, 0.05),
        )
        for index, (x, y, _area) in enumerate(placed[:60:3])
    ]
    path = tmp_path / "areas.gpkg"
    dense_data._write(path, dense_data.PA_FIELDS, ogr.wkbMultiPolygon, records)
    layer = QgsVectorLayer(str(path), "areas", "ogr")
    # Sites clustered in mining districts of the first two places only, some on vertices.
    districts = dense_data.mining_districts(rng, placed[:330], 12, 0.8, 6.0)
    longitudes, latitudes = dense_data.clustered_points(rng, districts, 1500, (-180, -89, 180, 89))
    points = [QgsPointXY(x, y) for x, y in zip(longitudes, latitudes)]
    near = SiteSurroundings(RADIUS_M)
    near.add_boxes(longitudes, latitudes, longitudes, latitudes)
    monkeypatch.setattr(layer_loader, "READ_WHEN_NEEDED_FROM", 10**9)
    everything, everything_report = _load_areas(layer, near, measure, repair)
    monkeypatch.setattr(layer_loader, "READ_WHEN_NEEDED_FROM", 0)
    needed, needed_report = _load_areas(layer, near, measure, repair)
    for item in range(0, len(everything), 7):
        geometry = everything.geometry(item)
        if geometry is not None and item % 2:
            points.append(QgsPointXY(geometry.vertexAt(item % 20)))
    sites = [QgsGeometry.fromPointXY(point) for point in points]
    batched = SiteClassifier(needed, None, _ecoregions(), measure, RADIUS_M).classify_many(sites)
    expected = SiteClassifier(everything, None, _ecoregions(), measure, RADIUS_M).classify_many(sites)
    per_site = SiteClassifier(needed, None, _ecoregions(), measure, RADIUS_M)
    for site, one, other in zip(sites, batched, expected):
        _assert_same(one, other)
        _assert_same(per_site.classify(site), one)
    assert sum(bool(result.protected_areas) for result in batched) > len(sites) / 5
    held, known = needed.searched_polygons()
    print(f"{held} of {known} areas within reach read")
    assert known >= len(everything) and held < known / 2  # within reach all are known; fewer are read
    # Bow ties met by the searches were repaired (or left out) as they were read.
    if repair:
        assert 0 < needed_report.repaired <= everything_report.repaired
    else:
        dropped = needed_report.dropped[wdpa.DROPPED_INVALID]
        assert 0 < dropped <= everything_report.dropped[wdpa.DROPPED_INVALID]
        assert needed_report.kept == known - dropped
