"""The bad-input corpus, part six: reference layers in national and polar CRSs across the
antimeridian and round a pole (Fiji, Chukotka, Antarctica), as their publishers ship them.

Reprojected to WGS 84 vertex by vertex, such a polygon spans the globe the other way round (a
park of Fiji covering Zimbabwe) or leaves its pole out; read, it must be split at 180° and
closed over the pole, as impact zones are, in classification, nearest distance and pressure."""

import pytest
from layers import LogFeedback, features, memory_layer, run_algorithm
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsPointXY,
)

from asm_pace_plugin.core.screening import pace

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def national_polygon(crs, ring):
    """A polygon layer in `crs` whose outline follows the (longitude, latitude) ring, each
    vertex put in the national CRS as its publisher would (no cut at 180°)."""
    to_national = QgsCoordinateTransform(
        WGS84, QgsCoordinateReferenceSystem(crs), QgsCoordinateTransformContext()
    )
    points = [to_national.transform(QgsPointXY(((lon + 180) % 360) - 180, lat)) for lon, lat in ring]
    wkt = "POLYGON((" + ", ".join(f"{point.x()} {point.y()}" for point in [*points, points[0]]) + "))"
    fields = ["WDPAID:integer", "NAME:string", "STATUS:string"]
    return memory_layer("Polygon", crs, fields, [(wkt, [1, "Reserve", "Designated"])], name="national")


def box_ring(west, east, south, north, step=0.5):
    """A box outline walking east along its south edge, west along its north edge."""
    count = round((east - west) / step)
    lower = [(west + step * index, south) for index in range(count + 1)]
    return lower + [(lon, north) for lon, _lat in reversed(lower)]


def circle_of_latitude(latitude, step=5):
    return [(lon, latitude) for lon in range(-180, 180, step)]


def classes(layer, points):
    sites = memory_layer(
        "Point", "EPSG:4326", ["code:string"], [(f"POINT({x} {y})", [f"{x} {y}"]) for x, y in points]
    )
    log = LogFeedback()
    result = run_algorithm(
        "asm_pace:classifysites",
        {"SITES": sites, "PROTECTED_AREAS": [layer], "OUTPUT": "memory:", "SEARCH_RADIUS": 50000},
        log,
    )
    return {
        feature["code"]: (feature["pace_class"], feature["pa_names"])
        for feature in features(result["OUTPUT"])
    }


INSIDE = (pace.PROTECTED_AREA, "Reserve")


@pytest.mark.parametrize(
    ("crs", "ring", "inside", "outside"),
    [
        # Fiji's national grid; a park from 178°E to 178°W
        (
            "EPSG:3460",
            box_ring(178, 182, -17, -16),
            [(179.5, -16.5), (-179.5, -16.5)],
            [(30, -19), (0, -16.5)],
        ),
        # Chukotka in the North Pole LAEA Russia projection
        ("EPSG:3576", box_ring(175, 185, 64, 67), [(179, 65), (-178, 66)], [(170, 65), (30, 65)]),
        # Chukotka in UTM zone 1N, as a regional survey ships it
        ("EPSG:32601", box_ring(176, 184, 64, 66), [(178, 65), (-177, 65.5)], [(150, 65), (-150, 65)]),
        # A reserve round the South Pole in Antarctic Polar Stereographic
        ("EPSG:3031", circle_of_latitude(-75), [(10, -85), (-120, -80), (179, -89)], [(10, -60), (30, -19)]),
    ],
    ids=["fiji-3460", "chukotka-3576", "chukotka-utm1", "antarctica-3031"],
)
def test_sites_inside_a_reserve_across_180_or_round_a_pole_come_out_inside_and_others_do_not(
    provider, crs, ring, inside, outside
):
    found = classes(national_polygon(crs, ring), inside + outside)
    for x, y in inside:
        assert found[f"{x} {y}"] == INSIDE, (x, y)
    for x, y in outside:
        assert found[f"{x} {y}"][0] == pace.NOT_ELIGIBLE, (x, y)


def test_pressure_finds_a_reserve_round_the_south_pole(provider):
    reserve = national_polygon("EPSG:3031", circle_of_latitude(-75))
    sites = memory_layer("Point", "EPSG:4326", ["code:string"], [("POINT(10 -80)", ["A"])])
    zones = run_algorithm(
        "asm_pace:impactzones", {"SITES": sites, "PATHWAYS": "footprint", "OUTPUT": "memory:"}
    )
    pressure = run_algorithm(
        "asm_pace:papressure", {"ZONES": [zones["OUTPUT"]], "PROTECTED_AREAS": [reserve], "OUTPUT": "memory:"}
    )
    assert pressure["PA_COUNT"] == 1


def test_the_nearest_reserve_across_180_is_measured_to_its_edge_not_round_the_globe(provider):
    park = national_polygon("EPSG:3460", box_ring(178, 182, -17, -16))
    sites = memory_layer(
        "Point", "EPSG:4326", ["code:string"], [("POINT(-177.9 -16.5)", ["east of the park"])]
    )
    result = run_algorithm(
        "asm_pace:classifysites",
        {"SITES": sites, "PROTECTED_AREAS": [park], "OUTPUT": "memory:", "SEARCH_RADIUS": 50000},
    )
    (site,) = features(result["OUTPUT"])
    assert site["near_pa"] == "Reserve"
    assert site["near_pa_m"] == pytest.approx(10_700, rel=0.05)  # 0.1° of longitude at 16.5°S


def test_the_dossier_maps_draw_a_park_across_180_as_two_halves_not_round_the_globe(provider):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsRectangle

    from asm_pace_plugin.rendering.dossier_maps import protected_area_layer

    park = national_polygon("EPSG:3460", box_ring(178, 182, -17, -16))
    drawn = protected_area_layer(
        [park],
        QgsRectangle(179, -17, 180, -16),
        QgsProcessingContext(),
        "protected areas",
        QgsProcessingFeedback(),
    )
    (feature,) = features(drawn)
    parts = feature.geometry().asGeometryCollection()
    assert len(parts) == 2  # 178°E to 180° and -180° to 178°W
    assert sorted(round(part.boundingBox().width()) for part in parts) == [2, 2]


def test_a_park_in_longitudes_of_0_to_360_is_folded_back_across_180(provider):
    park = memory_layer(
        "Polygon", "EPSG:4326", ["WDPAID:integer", "NAME:string", "STATUS:string"],
        [("POLYGON((178 -17, 182 -17, 182 -16, 178 -16, 178 -17))", [1, "Reserve", "Designated"])],
    )  # fmt: skip
    found = classes(park, [(179.5, -16.5), (-179.5, -16.5), (30, -19)])
    assert found["179.5 -16.5"] == found["-179.5 -16.5"] == INSIDE
    assert found["30 -19"][0] == pace.NOT_ELIGIBLE


def test_mining_over_time_counts_mining_in_a_park_across_180_and_nowhere_else(provider):
    """Mining over time reads areas as the classification does: a park of Fiji across 180° holds
    the mining on both sides of the line, and none in Zimbabwe (which the park, reprojected
    vertex by vertex, would cover)."""
    park = national_polygon("EPSG:3460", box_ring(178, 182, -17, -16))
    rows = [
        (f"POLYGON(({w} {s}, {w + 0.01} {s}, {w + 0.01} {s + 0.01}, {w} {s + 0.01}, {w} {s}))", [year])
        for w, s, year in ((179.5, -16.5, "2020"), (-179.5, -16.5, "2021"), (30.0, -19.0, "2022"))
    ]
    mined = memory_layer("Polygon", "EPSG:4326", ["year:string"], rows, name="footprints")
    result = run_algorithm(
        "asm_pace:miningovertime", {"FOOTPRINTS": [mined], "PROTECTED_AREAS": [park], "OUTPUT": "memory:"}
    )
    new = {
        row["period"]: row["new_ha"] for row in features(result["OUTPUT"]) if row["area_name"] == "Reserve"
    }
    assert new["2020"] > 1 and new["2021"] > 1 and not new.get("2022"), new
