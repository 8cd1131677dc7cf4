"""asm_pace:downstreamtrace on synthetic networks with known answers and on Natural Earth rivers."""

import math
from pathlib import Path

import pytest
from layers import LogFeedback, catalogue_reads, features, memory_layer, run_algorithm, sample
from qgis.core import QgsPointXY, QgsProcessingException, QgsVectorLayer

from asm_pace_plugin.core.shared import geodesy

NE_RIVERS = Path(__file__).resolve().parents[1] / "data" / "ne_50m_rivers_africa.gpkg"
# One degree of longitude (and, near the equator, about one of latitude) on WGS 84, metres.
DEGREE_AT_EQUATOR = 111_319.5


def line(*points):
    return "LINESTRING(" + ", ".join(f"{x} {y}" for x, y in points) + ")"


def main_and_tributary(reverse_tributary=False):
    """Main river along the equator 29->30E (vertices every 0.1°); a tributary from 0.5N ending on
    the main river's vertex at 29.5E; a separate river at 1N."""
    main = [(29 + i / 10, 0) for i in range(11)]
    tributary = [(29.5, 0.5 - i / 10) for i in range(6)]
    if reverse_tributary:
        tributary.reverse()
    return [line(*main), line(*tributary), line((29, 1), (30, 1))]


def sites(*points):
    rows = [(f"POINT({x} {y})", [name]) for name, x, y in points]
    return memory_layer("Point", "EPSG:4326", ["name:string"], rows)


def trace(site_layer, river_layer, log=None, **parameters):
    parameters = {
        "SITES": site_layer,
        "SITE_ID_FIELD": "name",
        "RIVERS": river_layer,
        "OUTPUT": "memory:",
        "CORRIDOR": "memory:",
        **parameters,
    }
    return run_algorithm("asm_pace:downstreamtrace", parameters, log)


def by_site(layer):
    return {feature["site_id"]: feature for feature in features(layer)}


def test_digitised_network_through_a_confluence(provider):
    rivers = memory_layer(
        "LineString", "EPSG:4326", ["name:string"], [(wkt, ["r"]) for wkt in main_and_tributary()]
    )
    result = trace(
        sites(("A", 29.51, 0.3), ("far", 29.5, -0.5)), rivers, SNAP_DISTANCE=5000, TRACE_LENGTH=50000
    )
    assert result["SITES_TRACED"] == 1 and result["SITES_WITHOUT_RIVER"] == 1
    traced = by_site(result["OUTPUT"])["A"]
    assert traced["snap_m"] == pytest.approx(0.01 * DEGREE_AT_EQUATOR, rel=0.01)
    assert traced["traced_m"] == pytest.approx(50000, rel=1e-3)
    assert traced["trace_end"] == "length reached"
    box = traced.geometry().boundingBox()
    # 0.3° down the tributary (33.2 km), then 16.8 km east along the main river.
    east = 29.5 + (50000 - 0.3 * 110_574) / DEGREE_AT_EQUATOR
    assert box.xMaximum() == pytest.approx(east, abs=0.002)
    assert box.xMinimum() == pytest.approx(29.5, abs=1e-6)
    assert box.yMaximum() == pytest.approx(0.3, abs=1e-6)
    corridor = by_site(result["CORRIDOR"])["A"]
    assert corridor["area_ha"] == pytest.approx(50000 * 1000 / 10_000, rel=0.02)
    assert corridor.geometry().contains(traced.geometry())


def test_a_trace_reads_the_pathway_catalogue_once(provider, monkeypatch, tmp_path):
    """The check of the length and the style of both outputs (stored in their GeoPackages) share
    one reading of the catalogue."""
    rivers = memory_layer(
        "LineString", "EPSG:4326", ["name:string"], [(wkt, ["r"]) for wkt in main_and_tributary()]
    )
    reads = catalogue_reads(monkeypatch)
    trace(
        sites(("A", 29.51, 0.3)),
        rivers,
        SNAP_DISTANCE=5000,
        TRACE_LENGTH=50000,
        OUTPUT=str(tmp_path / "trace.gpkg"),
        CORRIDOR=str(tmp_path / "corridor.gpkg"),
    )
    assert reads == [None]


def test_mercury_use_field_limits_the_trace(provider):
    rivers = memory_layer(
        "LineString", "EPSG:4326", ["name:string"], [(wkt, ["r"]) for wkt in main_and_tributary()]
    )
    rows = [
        ("POINT(29.5 0.3)", ["A", "oui"]),
        ("POINT(29.5 0.2)", ["B", "no"]),
        ("POINT(29.5 0.1)", ["C", None]),
    ]
    site_layer = memory_layer("Point", "EPSG:4326", ["name:string", "mercury:string"], rows)
    log = LogFeedback()
    result = trace(site_layer, rivers, log, SWITCH_FIELD="mercury")
    assert set(by_site(result["OUTPUT"])) == {"A"}
    assert "2 left out by the on/off field" in log.text()


def test_trace_stops_at_the_river_mouth(provider):
    rivers = memory_layer(
        "LineString", "EPSG:4326", ["name:string"], [(wkt, ["r"]) for wkt in main_and_tributary()]
    )
    traced = by_site(trace(sites(("A", 29.5, 0.3)), rivers, TRACE_LENGTH=500000)["OUTPUT"])["A"]
    down_tributary = geodesy.distance_area().measureLine(QgsPointXY(29.5, 0.3), QgsPointXY(29.5, 0))
    expected = down_tributary + 0.5 * DEGREE_AT_EQUATOR
    assert traced["trace_end"].startswith("network end")
    assert traced["traced_m"] == pytest.approx(expected, rel=2e-3)


def test_downstream_ids_override_the_digitising_direction(provider):
    # The upstream half of the main river and the tributary are drawn against the flow.
    main_up = line(*[(29.5 - i / 10, 0) for i in range(6)])
    main_down = line(*[(29.5 + i / 10, 0) for i in range(6)])
    tributary = line(*[(29.5, i / 10) for i in range(6)])
    rows = [(main_up, [1, 2]), (main_down, [2, 0]), (tributary, [3, 2])]
    rivers = memory_layer("LineString", "EPSG:4326", ["HYRIV_ID:integer", "NEXT_DOWN:integer"], rows)
    log = LogFeedback()
    result = trace(sites(("T", 29.5, 0.3), ("M", 29.2, 0.001)), rivers, log, TRACE_LENGTH=50000)
    traces = by_site(result["OUTPUT"])
    assert "flow direction from the downstream-id field NEXT_DOWN (reach ids in HYRIV_ID)" in log.text()
    assert traces["T"]["direction"] == "field NEXT_DOWN"
    assert traces["T"].geometry().boundingBox().xMaximum() == pytest.approx(
        29.5 + (50000 - 0.3 * 110_574) / DEGREE_AT_EQUATOR, abs=0.002
    )
    # From 29.2E the flow runs east past the confluence, not west to 29.0E.
    box = traces["M"].geometry().boundingBox()
    assert box.xMinimum() == pytest.approx(29.2, abs=1e-4)
    assert box.xMaximum() == pytest.approx(29.2 + 50000 / DEGREE_AT_EQUATOR, abs=0.002)
    # Without the ids (digitising direction), the tributary drawn upward leads away from the main river.
    plain = memory_layer(
        "LineString", "EPSG:4326", ["x:integer"], [(main_up, [0]), (main_down, [0]), (tributary, [0])]
    )
    upward = by_site(trace(sites(("T", 29.5, 0.3)), plain, TRACE_LENGTH=50000)["OUTPUT"])["T"]
    assert upward["direction"] == "digitising"
    assert upward.geometry().boundingBox().yMaximum() == pytest.approx(0.5, abs=1e-6)


def test_natural_earth_congo_from_kisangani_flows_west(provider):
    rivers = QgsVectorLayer(str(NE_RIVERS), "ne_rivers", "ogr")
    assert rivers.isValid()
    result = trace(
        sites(("Kisangani", 25.19, 0.52), ("desert", 20.0, 8.9)),
        rivers,
        SNAP_DISTANCE=10000,
        TRACE_LENGTH=500000,
    )
    assert result["SITES_WITHOUT_RIVER"] == 1
    kisangani = by_site(result["OUTPUT"])["Kisangani"]
    assert kisangani["traced_m"] == pytest.approx(500000, rel=1e-3)
    box = kisangani.geometry().boundingBox()
    assert box.xMaximum() < 25.2 and box.xMinimum() < 22.0  # downstream is west, towards Bumba
    assert math.isclose(kisangani["asked_m"], 500000)


def test_bad_river_inputs(provider):
    site_layer = sites(("A", 29.5, 0.3))
    polygons = memory_layer(
        "Polygon", "EPSG:4326", ["x:integer"], [("POLYGON((29 0, 30 0, 30 1, 29 0))", [1])]
    )
    with pytest.raises(QgsProcessingException, match="must hold lines"):
        trace(site_layer, polygons)
    rivers = memory_layer("LineString", "EPSG:4326", ["x:integer"], [(line((29, 0), (30, 0)), [1])])
    with pytest.raises(QgsProcessingException, match="more than 0"):
        trace(site_layer, rivers, TRACE_LENGTH=-5)
    with pytest.raises(QgsProcessingException, match="more than 0"):
        trace(site_layer, rivers, SNAP_DISTANCE=0)
    empty = memory_layer("LineString", "EPSG:4326", ["x:integer"], [])
    with pytest.raises(QgsProcessingException, match="empty"):
        trace(site_layer, empty)


def test_sample_rivers_flow_by_next_down(provider):
    result = run_algorithm(
        "asm_pace:downstreamtrace",
        {
            "SITES": sample("sites"),
            "SITE_ID_FIELD": "site_code",
            "RIVERS": sample("rivers"),
            "SNAP_DISTANCE": 6000,
            "OUTPUT": "memory:",
            "CORRIDOR": "memory:",
        },
    )
    traces = by_site(result["OUTPUT"])
    # S08 sits on the Lowa, S03 at the head of the Luhoho (drawn against the flow); S06 and S10
    # are 0.05° (5.5 km) from a river vertex, a little less from the segments; the others farther.
    assert traces["S08"]["snap_m"] == 0 and traces["S03"]["snap_m"] == 0
    assert 4000 < traces["S06"]["snap_m"] <= 5530 and 4000 < traces["S10"]["snap_m"] <= 5530
    assert set(traces) == {"S03", "S06", "S08", "S10"}
    assert result["SITES_WITHOUT_RIVER"] == 7
    assert all(trace["direction"] == "field NEXT_DOWN" for trace in traces.values())
    luhoho = traces["S03"].geometry().boundingBox()
    assert luhoho.yMinimum() == pytest.approx(-2.3, abs=1e-6)  # starts at its source, runs north
    assert luhoho.xMinimum() < 29.3  # and on down the Lowa past the confluence
    assert traces["S03"]["traced_m"] == pytest.approx(100000, rel=1e-3)
