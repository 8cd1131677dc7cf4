"""asm_pace:miningovertime on the synthetic sample: new and cumulative hectares per protected
area and year against an independent GEOS computation, nothing counted twice, the mined-area
field shared out as AMW does, snapshots, one layer per date, sites as points, decisions."""

import pytest
from layers import LogFeedback, features, memory_layer, run_algorithm, sample
from qgis.core import QgsGeometry, QgsVectorLayer
from sample_workspace import decided_workspace

from asm_pace_plugin.core.shared import geodesy

YEARS = ("2019", "2020", "2021", "2022", "2023")
NATIONAL_PARK, WORLD_HERITAGE, RAMSAR = "1001", "1002", "1003"


def mining(footprints=None, **parameters):
    parameters = {
        "FOOTPRINTS": footprints or [sample("mining_footprints")],
        "PROTECTED_AREAS": [sample("protected_areas")],
        "OUTPUT": "memory:",
        "SUMMARY": "memory:",
        "FOOTPRINT_TABLE": "memory:",
        **parameters,
    }
    feedback = parameters.pop("feedback", None)
    return run_algorithm("asm_pace:miningovertime", parameters, feedback)


def is_null(value):
    return value is None or str(value) == "NULL"


def by_area_year(result):
    return {(row["area_id"], row["period"]): row for row in features(result["OUTPUT"])}


def sample_footprints():
    layer = QgsVectorLayer(sample("mining_footprints"), "footprints", "ogr")
    return [
        (row["site_id"], row["year"], row["mined_ha"], QgsGeometry(row.geometry()))
        for row in layer.getFeatures()
    ]


def park(wdpaid):
    layer = QgsVectorLayer(sample("protected_areas"), "pa", "ogr")
    return next(QgsGeometry(row.geometry()) for row in layer.getFeatures() if str(row["WDPAID"]) == wdpaid)


def independent_hectares(wdpaid, years):
    """GEOS intersection of the years' footprints with the park, dissolved, on the ellipsoid."""
    area = park(wdpaid)
    pieces = [
        geometry.intersection(area)
        for _id, year, _mined, geometry in sample_footprints()
        if str(year) in years and geometry.intersects(area)
    ]
    pieces = [piece for piece in pieces if piece.area() > 0]
    if not pieces:
        return 0.0
    return geodesy.distance_area().measureArea(QgsGeometry.unaryUnion(pieces)) / 10_000


def test_new_and_cumulative_hectares_equal_an_independent_computation(provider):
    rows = by_area_year(mining())
    assert {key[0] for key in rows} == {NATIONAL_PARK, WORLD_HERITAGE, RAMSAR}  # the MAB reserve is left out
    for wdpaid in (NATIONAL_PARK, WORLD_HERITAGE, RAMSAR):
        for position, year in enumerate(YEARS):
            row = rows[(wdpaid, year)]
            assert row["new_ha"] == pytest.approx(independent_hectares(wdpaid, {year}), rel=5e-4)
            assert row["cum_ha"] == pytest.approx(
                independent_hectares(wdpaid, set(YEARS[: position + 1])), rel=5e-4
            )
            assert row["cum_share"] == pytest.approx(row["cum_ha"] / row["area_ha"], rel=1e-4)


def test_overlapping_footprints_and_ground_mined_again_are_counted_once(provider):
    rows = by_area_year(mining())
    one_box = (
        geodesy.distance_area().measureArea(
            QgsGeometry.fromWkt("POLYGON((28.31 -1.61, 28.32 -1.61, 28.32 -1.60, 28.31 -1.60, 28.31 -1.61))")
        )
        / 10_000
    )
    # 2022: two footprints of 2 boxes overlapping by one box, and a third of 1 box: 4 boxes, not 5.
    assert rows[(NATIONAL_PARK, "2022")]["new_ha"] == pytest.approx(7 * one_box, rel=1e-3)
    assert rows[(NATIONAL_PARK, "2022")]["n_new"] == 3
    # 2023: 2023-001 lies for 2 boxes on ground mined in 2022: new as detected, counted once in the total.
    row_2023 = rows[(NATIONAL_PARK, "2023")]
    assert row_2023["remined_ha"] == pytest.approx(2 * one_box, rel=1e-3)
    assert row_2023["cum_ha"] == pytest.approx(
        rows[(NATIONAL_PARK, "2022")]["cum_ha"] + row_2023["new_ha"] - row_2023["remined_ha"], rel=1e-6
    )
    assert row_2023["change_ha"] == pytest.approx(
        row_2023["new_ha"] - rows[(NATIONAL_PARK, "2022")]["new_ha"], abs=1e-3
    )


def test_the_mined_area_is_shared_out_as_amw_does(provider):
    rows = by_area_year(mining())
    # 2020: 12 ha inside the park, and half of the 8 ha of 2020-002, which straddles its western edge.
    assert rows[(NATIONAL_PARK, "2020")]["mined_new"] == pytest.approx(12 + 8 / 2, abs=0.01)
    assert rows[(WORLD_HERITAGE, "2020")]["mined_new"] == pytest.approx(12, abs=1e-6)
    assert rows[(NATIONAL_PARK, "2023")]["mined_cum"] == pytest.approx(12 + 16 + 24 + 60 + 60, abs=0.01)
    assert rows[(RAMSAR, "2021")]["mined_new"] == pytest.approx(10, abs=1e-6)


def test_each_area_has_its_trend_and_each_footprint_its_areas(provider):
    result = mining()
    summary = {row["area_id"]: row for row in features(result["SUMMARY"])}
    assert summary[NATIONAL_PARK]["trend"] == "accelerating"
    assert summary[RAMSAR]["trend"] == "slowing"
    assert summary[RAMSAR]["first_per"] == "2019" and summary[RAMSAR]["last_per"] == "2023"
    footprints = {row["fp_id"]: row for row in features(result["FOOTPRINT_TABLE"])}
    assert len(footprints) == 16  # every footprint, the one outside every area too
    assert footprints["2023-004"]["n_areas"] == 0
    assert footprints["2019-001"]["area_ids"] == f"{NATIONAL_PARK}; {WORLD_HERITAGE}"
    assert footprints["2020-002"]["area_ids"] == NATIONAL_PARK
    assert footprints["2021-003"]["first_per"] == "2021" == footprints["2021-003"]["last_per"]


def test_one_layer_per_date_gives_the_same_table(provider, tmp_path):
    per_year = []
    for year in YEARS:
        rows = [
            (geometry.asWkt(), [site_id, mined])
            for site_id, y, mined, geometry in sample_footprints()
            if str(y) == year
        ]
        per_year.append(
            memory_layer(
                "Polygon", "EPSG:4326", ["site_id:string", "mined_ha:double"], rows, name=f"amw_new_{year}"
            )
        )
    split = by_area_year(mining(per_year))
    whole = by_area_year(mining())
    assert split.keys() == whole.keys()
    for key, row in whole.items():
        assert split[key]["new_ha"] == pytest.approx(row["new_ha"], abs=1e-4)
        assert split[key]["cum_ha"] == pytest.approx(row["cum_ha"], abs=1e-4)


def snapshot_layers(order=YEARS, shrink_year=None):
    """Cumulative snapshots of the sample: each year the union of all footprints so far."""
    layers = []
    for year in order:
        geometries = [geometry for _id, y, _mined, geometry in sample_footprints() if str(y) <= year]
        union = QgsGeometry.unaryUnion(geometries)
        if year == shrink_year:  # a snapshot that lost the first footprint
            union = union.difference(
                QgsGeometry.fromWkt(
                    "POLYGON((28.30 -1.60, 28.31 -1.60, 28.31 -1.59, 28.30 -1.59, 28.30 -1.60))"
                )
            )
        rows = [
            (part.asWkt(), [f"{year}-{index}"]) for index, part in enumerate(union.asGeometryCollection())
        ]
        layers.append(
            memory_layer("Polygon", "EPSG:4326", ["site_id:string"], rows, name=f"amw_cumulative_{year}")
        )
    return layers


def test_snapshots_give_what_each_adds_to_the_one_before(provider):
    snapshots = by_area_year(mining(snapshot_layers(), MODE=1))
    new = by_area_year(mining())
    for key, row in new.items():
        assert snapshots[key]["cum_ha"] == pytest.approx(row["cum_ha"], rel=1e-6, abs=1e-4)
        # new mining net of ground mined again: what the snapshot adds
        assert snapshots[key]["new_ha"] == pytest.approx(
            row["new_ha"] - (row["remined_ha"] or 0), rel=1e-6, abs=1e-4
        )
        assert snapshots[key]["lost_ha"] == 0


def test_snapshots_in_the_wrong_order_are_taken_in_date_order_and_said_so(provider):
    feedback = LogFeedback()
    shuffled = by_area_year(
        mining(snapshot_layers(order=("2021", "2019", "2023", "2020", "2022")), MODE=1, feedback=feedback)
    )
    ordered = by_area_year(mining(snapshot_layers(), MODE=1))
    assert (
        "not given in date order; they are taken in date order: 2019, 2020, 2021, 2022, 2023"
        in feedback.text()
    )
    for key, row in ordered.items():
        assert shuffled[key]["new_ha"] == pytest.approx(row["new_ha"], abs=1e-6)


def test_a_snapshot_smaller_than_the_one_before_is_said_and_never_negative(provider):
    feedback = LogFeedback()
    rows = by_area_year(mining(snapshot_layers(shrink_year="2021"), MODE=1, feedback=feedback))
    lost = rows[(NATIONAL_PARK, "2021")]
    assert lost["lost_ha"] == pytest.approx(123.04, abs=0.05)
    assert all(row["new_ha"] >= 0 for row in rows.values())
    assert "a snapshot holds less mining than the one before" in feedback.text()
    assert "Parc National de Mbuti (synthétique) 2021: 123.04 ha" in feedback.text()


def test_sites_as_points_count_new_sites_and_sightings_once(provider):
    rows = [
        ("POINT(28.3 -1.6)", ["A", "2021-03-02"]),
        ("POINT(28.3 -1.6)", ["A", "2023-08-30"]),  # the same site seen again: not new
        ("POINT(28.35 -1.61)", ["B", "2023-01-15"]),
        ("POINT(29.1 -1.9)", ["C", "2022-05-05"]),
        ("POINT(31.5 -3.5)", ["D", "2022-05-05"]),  # outside every area, listed with none
    ]
    sites = memory_layer("Point", "EPSG:4326", ["code:string", "first_seen:date"], rows)
    result = mining([sites], FOOTPRINT_ID_FIELD="code")
    table = by_area_year(result)
    assert [table[(NATIONAL_PARK, year)]["n_new"] for year in ("2021", "2022", "2023")] == [1, 0, 1]
    assert table[(NATIONAL_PARK, "2023")]["n_cum"] == 2 and is_null(table[(NATIONAL_PARK, "2023")]["new_ha"])
    footprints = features(result["FOOTPRINT_TABLE"])
    assert len(footprints) == 5
    seen_twice = [row for row in footprints if row["fp_id"] == "A"]
    assert {(row["first_per"], row["last_per"]) for row in seen_twice} == {("2021", "2023")}


def test_other_areas_with_a_name_field_in_any_crs(provider):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    mercator = (
        "POLYGON((3116945 -179000, 3160000 -179000, 3160000 -170000, 3116945 -170000, 3116945 -179000))"
    )
    district = QgsGeometry.fromWkt(mercator)
    district.densifyByCount(20)
    in_degrees = QgsGeometry(district)
    in_degrees.transform(
        QgsCoordinateTransform(
            QgsCoordinateReferenceSystem("EPSG:3857"),
            QgsCoordinateReferenceSystem("EPSG:4326"),
            QgsProject.instance(),
        )
    )
    tables = []
    for crs, geometry in (("EPSG:3857", district), ("EPSG:4326", in_degrees)):
        layer = memory_layer("Polygon", crs, ["nombre:string"], [(geometry.asWkt(), ["Distrito Norte"])])
        tables.append(by_area_year(mining(PROTECTED_AREAS=[], OTHER_AREAS=[layer])))
    projected, geographic = tables
    assert {row["area_name"] for row in projected.values()} == {"Distrito Norte"}
    assert projected[("Distrito Norte", "2022")]["area_kind"] == "area"
    assert projected[("Distrito Norte", "2022")]["new_ha"] > 0
    for key, row in geographic.items():
        assert projected[key]["new_ha"] == pytest.approx(row["new_ha"], rel=1e-6, abs=1e-6)
        assert projected[key]["area_ha"] == pytest.approx(row["area_ha"], rel=1e-6)


def test_growth_before_and_after_a_decision(provider, tmp_path):
    path = tmp_path / "assessment.gpkg"
    decided_workspace(path, {"pace_class": "protected_area"})
    result = mining(WORKSPACE=str(path), DECISIONS="memory:")
    rows = by_area_year(result)
    decisions = {row["area_id"]: row for row in features(result["DECISIONS"])}
    assert set(decisions) == {NATIONAL_PARK, WORLD_HERITAGE}
    decision = decisions[NATIONAL_PARK]
    assert decision["dec_n"] == 2 and decision["decided"] == "2021-03-01"
    assert decision["before"] == pytest.approx(
        rows[(NATIONAL_PARK, "2019")]["new_ha"] + rows[(NATIONAL_PARK, "2020")]["new_ha"], abs=1e-3
    )
    assert decision["after"] == pytest.approx(
        rows[(NATIONAL_PARK, "2022")]["new_ha"] + rows[(NATIONAL_PARK, "2023")]["new_ha"], abs=1e-3
    )
    assert (
        decision["history"].startswith("Since the decision of ")
        and "ha a year; before: +" in decision["history"]
    )
    summary = {row["area_id"]: row for row in features(result["SUMMARY"])}
    assert summary[NATIONAL_PARK]["decided"] == "2021-03-01" and summary[NATIONAL_PARK]["dec_sites"] == "S01"
    assert summary[NATIONAL_PARK]["after_rt"] == pytest.approx(decision["after"] / 2, abs=1e-3)
    assert is_null(summary[RAMSAR]["decided"])


def test_a_geopackage_output_opens_styled_by_period(provider, tmp_path):
    output = tmp_path / "mining.gpkg"
    mining(OUTPUT=str(output), SUMMARY=None, FOOTPRINT_TABLE=None)
    layer = QgsVectorLayer(str(output), "mining", "ogr")
    assert layer.isValid()
    renderer = layer.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "period"
    assert [category.value() for category in renderer.categories()] == list(YEARS)
    colours = [category.symbol().color().name() for category in renderer.categories()]
    assert colours[0] == "#ffffb2" and colours[-1] == "#bd0026"


def test_charts_of_each_area_are_written_as_png(provider, tmp_path):
    from qgis.PyQt.QtGui import QImage

    folder = tmp_path / "charts"
    result = mining(CHARTS=str(folder))
    assert result["CHARTS"] == str(folder)
    written = sorted(path.name for path in folder.iterdir())
    assert written == [f"{NATIONAL_PARK}.png", f"{WORLD_HERITAGE}.png", f"{RAMSAR}.png"]
    image = QImage(str(folder / f"{NATIONAL_PARK}.png"))
    assert (image.width(), image.height()) == (900, 420)
    # the last bar (2023, the largest new mining of the park) is drawn in the new-mining colour
    assert image.pixelColor(80 + round(740 / 5 * 4.5), 340).name() == "#f03b20"
