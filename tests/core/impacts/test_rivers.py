"""River graph and downstream walk (core/impacts/rivers.py), without Processing."""

import pytest
from qgis.core import QgsGeometry, QgsPointXY

from asm_pace_plugin.core.impacts import river_loading, rivers
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
    oriented = river_loading.orient_by_downstream_ids(
        [("1", "2", upstream), ("2", None, outlet), ("3", "1", feeder)]
    )
    flows = {reach_id: (vertices[0].x(), vertices[-1].x()) for reach_id, _next, vertices in oriented}
    assert flows["1"] == (0, 1)  # its end nearer to reach 2 is downstream
    assert flows["2"] == (1, 2)  # outlet: away from the reach flowing into it
    assert oriented[2][2][-1].y() == 0.5


@pytest.mark.parametrize(("value", "expected"), [(12, "12"), (12.0, "12"), (None, None), ("A7", "A7")])
def test_reach_ids_compare_as_text(value, expected):
    assert river_loading._id_key(value) == expected


def _random_network(measure, seed, reaches=300):
    """A dense random network (reaches of 3-6 vertices, each starting on a vertex of an earlier
    one, some crossing others) over a square of 0.3°, and the reaches' vertices."""
    import random

    rng = random.Random(seed)
    network = rivers.RiverNetwork(measure)
    for _ in range(reaches):
        if network.reaches and rng.random() < 0.8:
            start = rng.choice(rng.choice(network.reaches).vertices)
        else:
            start = QgsPointXY(rng.uniform(10, 10.3), rng.uniform(-5, -4.7))
        vertices = [start]
        for _vertex in range(rng.randint(2, 5)):
            last = vertices[-1]
            vertices.append(
                QgsPointXY(last.x() + rng.uniform(-0.02, 0.02), last.y() + rng.uniform(-0.02, 0.02))
            )
        network.add_reach(vertices)
    return network, rng


@pytest.mark.parametrize("seed", [1, 2])
def test_widening_snap_and_single_path_lines_equal_the_full_search_and_the_union(measure, seed):
    """The snap that widens its search finds the reach the search of the whole radius finds (the
    first added of equally near ones), and a trace's line built from its single path is the line
    the union of its segments gives (crossings and revisits go through the union)."""
    network, rng = _random_network(measure, seed)
    radius_m = 5000.0
    single = unioned = 0
    for _ in range(150):
        site = QgsGeometry.fromPointXY(QgsPointXY(rng.uniform(9.95, 10.35), rng.uniform(-5.05, -4.65)))
        found = [network._snap_to(site, position, radius_m) for position in range(len(network.reaches))]
        found = [hit for hit in found if hit is not None]
        expected = min(found, key=lambda hit: (hit[3], hit[0])) if found else None
        assert network.snap(site, radius_m) == expected
        if expected is None:
            continue
        lines, _end = network.walked_segments(expected, rng.choice((2_000, 20_000, 200_000)))
        traced, metres = rivers._traced_line(lines, measure)
        # As every trace was measured before: the segments unioned, then merged.
        union = QgsGeometry.unaryUnion([QgsGeometry.fromMultiPolylineXY(lines)]).mergeLines()
        path = rivers._single_path(lines)
        if path is not None and QgsGeometry.fromPolylineXY(path).isSimple():
            single += 1
        else:
            unioned += 1
        assert traced.asWkt(9) == union.asWkt(9)
        assert metres == pytest.approx(measure.measureLength(union), rel=1e-12)
    assert single and unioned
