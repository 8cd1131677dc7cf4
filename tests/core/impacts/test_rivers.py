"""River graph and downstream walk (core/impacts/rivers.py), without Processing."""

import pytest
from qgis.core import QgsGeometry, QgsPointXY

from asm_pace_plugin.core.impacts import rivers
from asm_pace_plugin.core.shared import geodesy


def points(*coordinates):
    return [QgsPointXY(x, y) for x, y in coordinates]


@pytest.fixture
def measure():
    return geodesy.distance_area()


def test_a_split_river_is_followed_down_both_branches(measure):
    network = rivers.RiverNetwork(measure)
    network.add_reach(points((0, 0), (0.1, 0)))
    network.add_reach(points((0.1, 0), (0.2, 0.05)))
    network.add_reach(points((0.1, 0), (0.2, -0.05)))
    trace = network.trace(QgsGeometry.fromPointXY(QgsPointXY(0, 0)), 100, 1_000_000)
    branch = measure.measureLine(QgsPointXY(0.1, 0), QgsPointXY(0.2, 0.05))
    assert trace.end == rivers.END_NETWORK
    assert trace.length_m == pytest.approx(
        measure.measureLine(QgsPointXY(0, 0), QgsPointXY(0.1, 0)) + 2 * branch
    )


def test_a_loop_in_the_network_ends(measure):
    network = rivers.RiverNetwork(measure)
    network.add_reach(points((0, 0), (0.1, 0), (0.1, 0.1), (0, 0.1), (0, 0)))
    trace = network.trace(QgsGeometry.fromPointXY(QgsPointXY(0.05, 0)), 100, 10_000_000)
    assert trace.end == rivers.END_LOOP
    assert trace.length_m == pytest.approx(
        measure.measureLength(
            QgsGeometry.fromPolylineXY(points((0, 0), (0.1, 0), (0.1, 0.1), (0, 0.1), (0, 0)))
        ),
        rel=1e-6,
    )


def test_a_braid_that_rejoins_is_not_a_loop(measure):
    network = rivers.RiverNetwork(measure)
    network.add_reach(points((0, 0), (0.1, 0)))
    network.add_reach(points((0.1, 0), (0.2, 0.05), (0.3, 0)))
    network.add_reach(points((0.1, 0), (0.2, -0.05), (0.3, 0)))
    network.add_reach(points((0.3, 0), (5, 0)))
    site = QgsGeometry.fromPointXY(QgsPointXY(0, 0))
    assert network.trace(site, 100, 100_000).end == rivers.END_LENGTH
    assert network.trace(site, 100, 10_000_000).end == rivers.END_NETWORK


def test_a_loop_past_a_stretch_of_river_ends_in_the_loop_not_at_the_length(measure):
    network = rivers.RiverNetwork(measure)
    network.add_reach(points((-0.5, 0), (0, 0)))
    network.add_reach(points((0, 0), (0.1, 0), (0.1, 0.1), (0, 0.1), (0, 0)))
    assert network.trace(QgsGeometry.fromPointXY(QgsPointXY(-0.5, 0)), 100, 1_000_000).end == rivers.END_LOOP
    assert network.trace(QgsGeometry.fromPointXY(QgsPointXY(-0.5, 0)), 100, 30_000).end == rivers.END_LENGTH


def test_loose_ends_are_joined_within_the_tolerance(measure):
    network = rivers.RiverNetwork(measure)
    network.add_reach(points((0, 0), (0.1, 0), (0.2, 0)))
    network.add_reach(points((0.1, 0.1), (0.1, 0.0001)))  # ends 11 m short of the main river
    assert network.join_loose_ends(50) == 1
    trace = network.trace(QgsGeometry.fromPointXY(QgsPointXY(0.1, 0.1)), 100, 1_000_000)
    assert trace.geometry.boundingBox().xMaximum() == pytest.approx(0.2)


def test_reaches_are_oriented_by_their_downstream_ids():
    upstream = points((1, 0), (0, 0))  # drawn against the flow, away from reach 2
    outlet = points((1, 0), (2, 0))
    feeder = points((0, 1), (0, 0.5))
    oriented = rivers.orient_by_downstream_ids(
        [("1", "2", upstream), ("2", None, outlet), ("3", "1", feeder)]
    )
    flows = {reach_id: (vertices[0].x(), vertices[-1].x()) for reach_id, _next, vertices in oriented}
    assert flows["1"] == (0, 1)  # its end nearer to reach 2 is downstream
    assert flows["2"] == (1, 2)  # outlet: away from the reach flowing into it
    assert oriented[2][2][-1].y() == 0.5


@pytest.mark.parametrize(("value", "expected"), [(12, "12"), (12.0, "12"), (None, None), ("A7", "A7")])
def test_reach_ids_compare_as_text(value, expected):
    assert rivers._id_key(value) == expected
