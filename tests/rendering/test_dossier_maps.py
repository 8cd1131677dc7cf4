"""The box the dossier maps read protected areas in (rendering/dossier_maps.sites_box)."""

import pytest
from qgis.core import QgsGeometry

from asm_pace_plugin.rendering.dossier_maps import sites_box


def site(wkt):
    """A site as the dossiers carry it: (key, label, attributes, geometry in EPSG:4326 or None)."""
    return ("key", "label", {}, None if wkt is None else QgsGeometry.fromWkt(wkt))


def bounds(box):
    return pytest.approx((box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))


def test_the_box_holds_every_site_and_the_margin():
    sites = [site("POINT(29.5 -1.5)"), site("POLYGON((28 -3, 28.5 -3, 28.5 -2.5, 28 -3))")]
    assert bounds(sites_box(sites, 1.0)) == (27, -4, 30.5, -0.5)


def test_the_box_stays_where_the_sites_are_far_from_0_0():
    # A box grown from (0, 0, 0, 0), what an empty QgsRectangle holds on QGIS 3.22, would reach
    # the Gulf of Guinea and read every protected area in between.
    sites = [site("POINT(-70 -10)"), site("POINT(-60 -5)")]
    assert bounds(sites_box(sites, 0.5)) == (-70.5, -10.5, -59.5, -4.5)


def test_a_site_at_0_0_counts():
    assert bounds(sites_box([site("POINT(0 0)")], 1.0)) == (-1, -1, 1, 1)


def test_sites_without_geometry_are_passed_over():
    sites = [site(None), site("POINT(10 5)"), ("key", "label", {}, QgsGeometry())]
    assert bounds(sites_box(sites, 2.0)) == (8, 3, 12, 7)


def test_no_site_with_a_geometry_gives_the_whole_world():
    assert bounds(sites_box([site(None), ("key", "label", {}, QgsGeometry())], 1.0)) == (-180, -90, 180, 90)
