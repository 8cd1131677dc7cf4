"""asm_pace:papressure: hectares of protected areas inside impact zones, counted once."""

import math

import pytest
from layers import features, memory_layer, run_algorithm, sample
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException

from asm_pace_plugin.core.shared import geodesy

# A protected area of 0.5° x 1°; a site on its western edge has half of each disc inside.
PARK = "POLYGON((29.0 -1.5, 29.5 -1.5, 29.5 -0.5, 29.0 -0.5, 29.0 -1.5))"
PA_FIELDS = ["WDPAID:integer", "NAME:string", "DESIG_ENG:string", "IUCN_CAT:string", "STATUS:string"]


def park_layer():
    return memory_layer(
        "Polygon", "EPSG:4326", PA_FIELDS, [(PARK, [1, "Park", "National Park", "II", "Designated"])]
    )


def zones_for(points, pathways="footprint,offsite_deforestation"):
    rows = [(f"POINT({x} {y})", [name]) for name, x, y in points]
    sites = memory_layer("Point", "EPSG:4326", ["name:string"], rows)
    result = run_algorithm(
        "asm_pace:impactzones",
        {"SITES": sites, "SITE_ID_FIELD": "name", "PATHWAYS": pathways, "OUTPUT": "memory:"},
    )
    return sites, result["OUTPUT"]


def pressure(zones, protected_areas, **parameters):
    parameters = {
        "ZONES": zones if isinstance(zones, list) else [zones],
        "PROTECTED_AREAS": [protected_areas],
        "OUTPUT": "memory:",
        "SITE_TABLE": "memory:",
        **parameters,
    }
    return run_algorithm("asm_pace:papressure", parameters)


def test_a_site_on_the_park_edge_covers_half_a_disc(provider):
    # On the western edge (29.0E), half of each disc lies in the park.
    sites, zones = zones_for([("A", 29.0, -1.0)])
    result = pressure(zones, park_layer(), SITES=sites, SITES_ID_FIELD="name")
    rows = {row["pathway"]: row for row in features(result["OUTPUT"])}
    assert result["PA_COUNT"] == 1
    assert rows["offsite_deforestation"]["zone_ha"] == pytest.approx(math.pi * 100**2 / 2, rel=0.005)
    assert rows["footprint"]["zone_ha"] == pytest.approx(math.pi * 10**2 / 2, rel=0.005)
    park_ha = geodesy.distance_area().measureArea(QgsGeometry.fromWkt(PARK)) / 10_000
    assert rows["footprint"]["pa_ha"] == pytest.approx(park_ha, rel=1e-6)
    assert rows["offsite_deforestation"]["pa_share"] == pytest.approx(
        rows["offsite_deforestation"]["zone_ha"] / park_ha, rel=1e-4
    )
    assert rows["footprint"]["n_sites"] == 1 and rows["footprint"]["site_ids"] == "A"
    assert rows["footprint"]["n_inside"] == 1 and rows["footprint"]["inside_ids"] == "A"  # on the boundary
    table = features(result["SITE_TABLE"])
    assert {(row["site_id"], row["pathway"], row["pa_id"]) for row in table} == {
        ("A", "footprint", "1"),
        ("A", "offsite_deforestation", "1"),
    }


def test_overlapping_zones_of_two_sites_are_not_double_counted(provider):
    # Two sites at the same place inside the park: the area is that of one disc, two sites.
    _sites, zones = zones_for(
        [("A", 29.25, -1.0), ("B", 29.25, -1.0), ("C", 29.3, -1.0)], "offsite_deforestation"
    )
    row = features(pressure(zones, park_layer())["OUTPUT"])[0]
    measure = geodesy.distance_area()
    union = QgsGeometry.unaryUnion(
        [geodesy.geodesic_circle(QgsPointXY(x, -1.0), 10000, measure) for x in (29.25, 29.3)]
    )
    assert row["zone_ha"] == pytest.approx(measure.measureArea(union) / 10_000, rel=1e-4)
    assert row["zone_ha"] < 2 * math.pi * 100**2
    assert row["n_sites"] == 3 and row["site_ids"] == "A; B; C"
    assert row["n_inside"] is None or str(row["n_inside"]) == "NULL"  # no site layer given


def test_sample_data_pressure(provider):
    result = pressure(
        run_algorithm(
            "asm_pace:impactzones",
            {"SITES": sample("sites"), "SITE_ID_FIELD": "site_code", "OUTPUT": "memory:"},
        )["OUTPUT"],
        sample("protected_areas"),
        SITES=sample("sites"),
        SITES_ID_FIELD="site_code",
    )
    rows = features(result["OUTPUT"])
    assert result["PA_COUNT"] >= 3
    for row in rows:
        assert 0 < row["pa_share"] <= 1
        assert row["zone_ha"] <= row["pa_ha"] * 1.0001


def test_bad_inputs(provider):
    _sites, zones = zones_for([("A", 29.0, -1.0)])
    with pytest.raises(QgsProcessingException, match="no pathway field 'kind'"):
        pressure(zones, park_layer(), PATHWAY_FIELD="kind")
    empty = memory_layer("Polygon", "EPSG:4326", PA_FIELDS, [])
    with pytest.raises(QgsProcessingException, match="empty"):
        pressure(zones, empty)


def test_mercury_corridors_feed_the_pressure_too(provider):
    # A river along 1°S crossing the park (29.0-29.5E): the corridor inside it is 0.5° x 1 km.
    rivers = memory_layer("LineString", "EPSG:4326", ["x:integer"], [("LINESTRING(28.8 -1, 29.8 -1)", [1])])
    sites = memory_layer("Point", "EPSG:4326", ["name:string"], [("POINT(28.8 -1.001)", ["M"])])
    corridors = run_algorithm(
        "asm_pace:downstreamtrace",
        {
            "SITES": sites,
            "SITE_ID_FIELD": "name",
            "RIVERS": rivers,
            "TRACE_LENGTH": 500000,
            "CORRIDOR_WIDTH": 1000,
            "OUTPUT": "memory:",
            "CORRIDOR": "memory:",
        },
    )["CORRIDOR"]
    # The site is 22 km west of the park: its 10 km zone does not reach it, its 70 km zone does.
    _sites, zones = zones_for([("M", 28.8, -1.001)], "offsite_deforestation,landscape_deforestation")
    rows = {row["pathway"]: row for row in features(pressure([zones, corridors], park_layer())["OUTPUT"])}
    assert set(rows) == {"mercury_sediment", "landscape_deforestation"}
    row = rows["mercury_sediment"]
    assert row["site_ids"] == "M"
    inside_km = geodesy.distance_area().measureLine(QgsPointXY(29.0, -1), QgsPointXY(29.5, -1)) / 1000
    assert row["zone_ha"] == pytest.approx(inside_km * 1 * 100, rel=0.01)


@pytest.mark.parametrize("per_site", [True, False])
def test_zones_merged_as_they_come_measure_the_union_of_every_piece(qgis_app, per_site):
    """Many zones over parks: the zones over a parcel cut to its box and unioned in ranks (more
    three groups of MERGE_PIECES over a big parcel), parcels wholly inside one zone or covered by
    several taken whole, zones inside a parcel, zones that only touch a parcel (not counted). The
    hectares equal the union of every zone cut by every parcel, measured once; each site's own
    hectares too; the sites counted are those whose zones share some area with the parks."""
    import random

    from asm_pace_plugin.core.impacts import pressure as pressure_core
    from asm_pace_plugin.core.screening.reference_sets import ProtectedArea, ReferenceSet

    rng = random.Random(5)
    measure = geodesy.distance_area()
    areas = ReferenceSet("protected areas")
    parcels = []
    for index in range(12):
        x, y, size = 29 + rng.uniform(0, 1), -1 + rng.uniform(0, 1), rng.uniform(0.01, 0.3)
        parcel = QgsGeometry.fromWkt(
            f"POLYGON(({x} {y}, {x + size} {y}, {x + size} {y + size / 2}, {x} {y + size}, {x} {y}))"
        )
        parcels.append(parcel)
        # Parcels 0-2 and 3-5 are two parcels of one area each (same id).
        wdpa_id = str(min(index // 3, 2)) if index < 6 else str(index)
        areas.add(parcel, ProtectedArea("pa", wdpa_id, f"PA {wdpa_id}", "", "", "", ""))
    # A square park that no single zone covers (bigger than the small zones, off the big ones).
    parcels.append(QgsGeometry.fromWkt("POLYGON((31 -1, 31.02 -1, 31.02 -0.98, 31 -0.98, 31 -1))"))
    areas.add(parcels[-1], ProtectedArea("pa", "square", "Square", "", "", "", ""))
    # A big park that small zones never cover: its union of zones grows in ranks.
    parcels.append(QgsGeometry.fromWkt("POLYGON((32 -1, 33.5 -1, 33.5 0, 32 0, 32 -1))"))
    areas.add(parcels[-1], ProtectedArea("pa", "big", "Big", "", "", "", ""))
    accumulator = pressure_core.PressureAccumulator(areas, measure)
    zones, reaching = [], {}
    count = 8 * 3 * pressure_core.MERGE_PIECES + 8  # 3 x MERGE_PIECES over the big park
    for index in range(count):
        if index % 8 == 7:  # small zones over the square: together they cover it
            centre = QgsPointXY(31 + rng.uniform(-0.002, 0.022), -1 + rng.uniform(-0.002, 0.022))
            radius = 2000
        elif index % 8 == 3:
            centre = QgsPointXY(rng.uniform(31.98, 33.52), rng.uniform(-1.02, 0.02))
            radius = rng.choice((1000, 3000))
        else:
            centre = QgsPointXY(29 + rng.uniform(0, 1.2), -1 + rng.uniform(0, 1.2))
            radius = rng.choice((1000, 10000, 40000))
        zone = geodesy.geodesic_circle(centre, radius, measure)
        if index == count - 1:  # a zone that only touches the square on its western edge
            zone = QgsGeometry.fromWkt("POLYGON((30.9 -1, 31 -1, 31 -0.98, 30.9 -0.98, 30.9 -1))")
        zones.append(zone)
        rows = accumulator.add_zone(zone, "zone", f"S{index}", per_site=per_site)
        for item, parcel in enumerate(parcels):
            cut = zone.intersection(parcel)
            if not cut.isEmpty() and cut.area() > 0:
                reaching.setdefault(areas.record(item).wdpa_id, set()).add(f"S{index}")
        for protected_area, area, _share in rows:
            cut = [
                zone.intersection(parcel)
                for parcel, item in zip(parcels, range(len(parcels)))
                if areas.record(item).key == protected_area.key
            ]
            assert area == pytest.approx(measure.measureArea(QgsGeometry.unaryUnion(cut)), rel=1e-6)
        assert per_site or rows == []
    held = accumulator._zones
    assert any(zones is pressure_core.WHOLE for zones in held.values())
    # Two groups of MERGE_PIECES merged into one of the next rank.
    assert max(zones._ranks[0][0] for zones in held.values() if zones is not pressure_core.WHOLE) >= 1
    assert held[(len(parcels) - 2, "zone")] is pressure_core.WHOLE  # covered by several zones
    results = {attributes[0]: (geometry, attributes) for geometry, attributes in accumulator.results(False)}
    assert len(results) >= 7
    assert set(results) == set(reaching)
    for wdpa_id, (geometry, attributes) in results.items():
        items = [item for item in range(len(parcels)) if areas.record(item).wdpa_id == wdpa_id]
        cut = [zone.intersection(parcels[item]) for zone in zones for item in items]
        union = QgsGeometry.unaryUnion([piece for piece in cut if not piece.isEmpty()])
        expected = measure.measureArea(union)
        zone_ha = attributes[5]
        # Unions grouped otherwise node otherwise: equal within a millionth or so.
        assert zone_ha == pytest.approx(expected / 10_000, rel=1e-5, abs=1e-4)
        assert geometry.symDifference(union).area() <= 1e-9 * union.area() + 1e-12
        assert attributes[8] == len(reaching[wdpa_id])
        assert attributes[9] == "; ".join(sorted(reaching[wdpa_id]))


@pytest.mark.parametrize("plan", ["foreseen", "too_early"])
def test_parcels_cut_after_their_last_zone_give_the_same_pressure(qgis_app, plan):
    """With a plan (the zones' boxes), each parcel is cut and its engine let go after the last zone
    whose box meets it: the same rows as without a plan, and no engine held at the end. A plan that
    lets parcels go too early still counts every later zone (the union goes on from the cut part)."""
    import random

    from asm_pace_plugin.core.impacts.pressure import PressureAccumulator
    from asm_pace_plugin.core.screening.reference_sets import ProtectedArea, ReferenceSet

    rng = random.Random(11)
    measure = geodesy.distance_area()
    parcels = []
    for index in range(30):  # along a strip 3° long; parcels 0-1, 10-11 and 20-21 share an id
        x, y, size = 29 + index / 10, -1 + rng.uniform(0, 0.5), rng.uniform(0.2, 0.6)
        wkt = f"POLYGON(({x} {y}, {x + size} {y}, {x + size} {y + size}, {x} {y + size / 2}, {x} {y}))"
        parcels.append((QgsGeometry.fromWkt(wkt), str(index - index % 10 % 2)))
    # The zones move east along the strip, as the zones of clustered sites come district by district.
    zones = [
        geodesy.geodesic_circle(
            QgsPointXY(29 + index / 50 + rng.uniform(-0.1, 0.1), -0.8 + rng.uniform(-0.3, 0.3)),
            rng.choice((3_000, 8_000, 20_000)),
            measure,
        )
        for index in range(160)
    ]

    def accumulator():
        areas = ReferenceSet("protected areas")
        for parcel, wdpa_id in parcels:
            areas.add(parcel, ProtectedArea("pa", wdpa_id, f"PA {wdpa_id}", "", "", "", ""))
        return PressureAccumulator(areas, measure)

    plain, planned = accumulator(), accumulator()
    early = 12 if plan == "too_early" else 0  # the plan's zones come 12 zones before the real ones
    planned.plan((max(index - early, 0), zone.boundingBox()) for index, zone in enumerate(zones))
    held_midway = None
    for index, zone in enumerate(zones):
        pathway = ("footprint", "hunting")[index % 2]
        expected = plain.add_zone(zone, pathway, f"S{index}")
        rows = planned.add_zone(zone, pathway, f"S{index}")
        planned.zones_done(index)
        assert [(area.key, round(m2, 3)) for area, m2, _share in rows] == [
            (area.key, round(m2, 3)) for area, m2, _share in expected
        ]
        if index == len(zones) // 2:
            held_midway = (len(planned.protected_areas._engines), len(plain.protected_areas._engines))
    expected = [attributes for _geometry, attributes in plain.results(False)]
    got = [attributes for _geometry, attributes in planned.results(False)]
    assert len(got) == len(expected) >= 20
    if plan == "foreseen":
        assert got == expected
        assert held_midway[0] < held_midway[1] / 2  # the parcels west of the zones let go
        assert not planned.protected_areas._engines
    else:
        for row, expected_row in zip(got, expected):
            assert row[:5] + row[8:] == expected_row[:5] + expected_row[8:]
            assert row[5] == pytest.approx(expected_row[5], rel=1e-5)  # zone_ha, unioned otherwise


def test_zones_are_read_in_chunks_of_neighbours(qgis_app):
    """zone_chunks: every zone with a geometry once, layer by layer, along the Hilbert curve (a zone
    far east after one far west though the layer lists it first); zones without one counted."""
    from collections import Counter

    from qgis.core import QgsProcessingContext, QgsProcessingFeatureSource, QgsProcessingFeedback

    from asm_pace_plugin.core.impacts.pressure import zone_chunks

    rows = [
        ("POLYGON((100 0, 101 0, 101 1, 100 0))", ["a"]),
        (None, ["b"]),
        ("POLYGON((2 0, 3 0, 3 2, 2 0))", ["c"]),
    ]
    layers = [memory_layer("Polygon", "EPSG:4326", ["pathway:string"], rows) for _copy in range(2)]
    context, counts = QgsProcessingContext(), Counter()
    sources = [(QgsProcessingFeatureSource(layer, context), None, None) for layer in layers]
    chunks, boxes = zone_chunks(sources, context, QgsProcessingFeedback(), counts)
    ids = [[feature.id() for feature in layer.getFeatures()] for layer in layers]
    assert chunks == [(0, [ids[0][2], ids[0][0]]), (1, [ids[1][2], ids[1][0]])]
    assert [(chunk, box.toString(0)) for chunk, box in boxes] == [
        (0, "2,0 : 3,2"),
        (0, "100,0 : 101,1"),
        (1, "2,0 : 3,2"),
        (1, "100,0 : 101,1"),
    ]
    assert sum(counts.values()) == 2


def test_the_hilbert_curve_visits_every_cell_once_going_to_a_neighbour(qgis_app):
    from asm_pace_plugin.core.impacts.pressure import hilbert_index

    cells = 16
    order = {}
    for column in range(cells):
        for row in range(cells):
            centre = (-180 + (column + 0.5) * 360 / cells, -90 + (row + 0.5) * 180 / cells)
            order[hilbert_index(*centre, cells=cells)] = (column, row)
    assert sorted(order) == list(range(cells * cells))
    for index in range(1, cells * cells):
        (x0, y0), (x1, y1) = order[index - 1], order[index]
        assert abs(x1 - x0) + abs(y1 - y0) == 1


@pytest.mark.parametrize("gap", [0.0, 1e-4])
def test_a_parcel_is_whole_only_when_its_zones_cover_all_of_its_box(qgis_app, gap):
    """ZoneUnion: MERGE_PIECES strips over a box cover it (and only then), whatever sticks out."""
    from qgis.core import QgsRectangle

    from asm_pace_plugin.core.impacts import pressure as pressure_core

    union = pressure_core.ZoneUnion(QgsRectangle(0, 0, 1, 1))
    count = pressure_core.MERGE_PIECES
    covered = False
    for index in range(count):
        west, east = index / count, (index + 1) / count
        if index == count - 1:
            west += gap
        covered = union.add(
            QgsGeometry.fromWkt(f"POLYGON(({west} -1, {east} -1, {east} 2, {west} 2, {west} -1))")
        )
    assert covered == (gap == 0.0)
    assert union.geometry().area() == pytest.approx(1 - gap, abs=1e-12)
