"""Metre-true circles and distances on the ellipsoid, with real QGIS geometry."""

import math

import pytest
from qgis.core import QgsGeometry, QgsPointXY

from asm_pace_plugin.core.shared import geodesy


@pytest.fixture(scope="module")
def measure(qgis_app):
    return geodesy.distance_area()


@pytest.mark.parametrize("latitude", [0.0, 47.0, 70.0, -33.0])
@pytest.mark.parametrize("radius_m", [1_000.0, 5_642.0, 10_000.0, 70_000.0])
def test_circle_area_matches_pi_r_squared(measure, latitude, radius_m):
    circle = geodesy.geodesic_circle(QgsPointXY(100.0, latitude), radius_m, measure)
    assert measure.measureArea(circle) == pytest.approx(math.pi * radius_m**2, rel=0.002)


def test_circle_across_the_antimeridian_is_split_and_keeps_its_area(measure):
    radius = 10_000.0
    circle = geodesy.geodesic_circle(QgsPointXY(179.95, -17.8), radius, measure)  # Fiji
    assert circle.isMultipart()
    box = circle.boundingBox()
    assert box.xMinimum() >= -180 and box.xMaximum() <= 180
    assert circle.intersects(QgsGeometry.fromPointXY(QgsPointXY(-179.98, -17.8)))
    assert circle.intersects(QgsGeometry.fromPointXY(QgsPointXY(179.9, -17.8)))
    assert measure.measureArea(circle) == pytest.approx(math.pi * radius**2, rel=0.002)


def test_area_true_radius_is_slightly_larger_than_the_circle():
    assert geodesy.area_true_radius(1000.0, 128) == pytest.approx(1000.2, abs=0.05)
    assert geodesy.area_true_radius(1000.0, 4) == pytest.approx(1000 * math.sqrt(math.pi / 2))


@pytest.mark.parametrize("latitude", [0.0, 47.0, 70.0])
def test_search_boxes_hold_the_search_circle(measure, latitude):
    centre = QgsPointXY(20.0, latitude)
    boxes = geodesy.search_boxes(centre, 50_000.0)
    assert len(boxes) == 1
    for azimuth in range(0, 360, 15):
        edge = measure.computeSpheroidProject(centre, 50_000.0, math.radians(azimuth))
        assert boxes[0].contains(edge)


def test_search_boxes_wrap_at_the_antimeridian():
    boxes = geodesy.search_boxes(QgsPointXY(179.9, 0.0), 50_000.0)
    assert len(boxes) == 2
    assert any(box.contains(QgsPointXY(-179.9, 0.0)) for box in boxes)


def test_search_boxes_near_a_pole_span_all_longitudes():
    (box,) = geodesy.search_boxes(QgsPointXY(10.0, 89.8), 50_000.0)
    assert (box.xMinimum(), box.xMaximum()) == (-180, 180)


def test_geodesic_distance_to_a_polygon(measure):
    square = QgsGeometry.fromWkt("POLYGON((28 -2, 29 -2, 29 -1, 28 -1, 28 -2))")
    site = QgsGeometry.fromPointXY(QgsPointXY(29.2, -1.5))
    # 0.2° of longitude at 1.5°S on WGS 84: 22,256 m.
    assert geodesy.geodesic_distance(measure, site, square) == pytest.approx(22_256, abs=5)
    inside = QgsGeometry.fromPointXY(QgsPointXY(28.5, -1.5))
    assert geodesy.geodesic_distance(measure, inside, square) == 0.0


def test_distances_shrink_with_latitude_as_on_the_ellipsoid(measure):
    one_degree_east = [
        measure.measureLine(QgsPointXY(0, latitude), QgsPointXY(1, latitude)) for latitude in (0, 47, 70)
    ]
    assert one_degree_east[0] == pytest.approx(111_319, abs=2)
    assert one_degree_east[1] == pytest.approx(111_319 * math.cos(math.radians(47)), rel=0.005)
    assert one_degree_east[2] == pytest.approx(111_319 * math.cos(math.radians(70)), rel=0.005)
