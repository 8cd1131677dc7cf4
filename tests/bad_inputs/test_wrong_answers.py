"""The bad-input corpus, part two: inputs that used to give a confident wrong answer.

Each must now give the right answer, or a flag and a count in the log, never a plausible
looking result that is false.
"""

import json
import re

import pytest
from layers import LogFeedback, features, memory_layer, run_algorithm, sample
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from asm_pace_plugin.core.screening import pace
from asm_pace_plugin.core.shared.input_fields import last_form

PARK = "POLYGON((28 -2, 29 -2, 29 -1, 28 -1, 28 -2))"


def plain(value):
    return None if isinstance(value, QVariant) and value.isNull() else value


def classified(sites, protected_areas, **parameters):
    log = LogFeedback()
    result = run_algorithm(
        "asm_pace:classifysites",
        {"SITES": sites, "PROTECTED_AREAS": protected_areas, "OUTPUT": "memory:", **parameters},
        log,
    )
    names = result["OUTPUT"].fields().names()
    rows = [dict(zip(names, map(plain, feature.attributes()))) for feature in features(result["OUTPUT"])]
    return rows, log.text()


def test_a_national_layers_own_biosphere_reserve_is_a_protected_area(provider):
    national = memory_layer(
        "Polygon",
        "EPSG:4326",
        ["NOM_AP:string", "TYPE_AP:string"],
        [(PARK, ["Réserve de biosphère de la Luki (nationale)", "Réserve de biosphère"])],
        name="aires_protegees",
    )
    wdpa = memory_layer(
        "Polygon",
        "EPSG:4326",
        ["WDPAID:integer", "NAME:string", "DESIG_ENG:string", "STATUS:string"],
        [(PARK, [7, "Luki", "UNESCO-MAB Biosphere Reserve", "Designated"])],
        name="wdpa",
    )
    sites = memory_layer("Point", "EPSG:4326", ["code:string"], [("POINT(28.5 -1.5)", ["A"])])
    rows, log = classified(sites, [national, wdpa], PA_NAME_FIELD="NOM_AP", PA_DESIGNATION_FIELD="TYPE_AP")
    assert rows[0]["pace_class"] == pace.PROTECTED_AREA
    assert rows[0]["pa_names"] == "Réserve de biosphère de la Luki (nationale)"
    assert rows[0]["pa_levels"] == pace.NATIONAL
    assert "wdpa: features used: 0 of 1; left out (UNESCO-MAB Biosphere Reserve): 1" in log


def test_coordinates_beyond_the_globe_are_flagged_and_counted_not_classified(provider):
    rows = [
        ("POINT(28.5 -1.5)", ["inside"]),
        ("POINT(208.5 -1.5)", ["longitude typed wrong"]),
        ("POINT(-1.5 -128.5)", ["swapped"]),
    ]
    points = memory_layer("Point", "EPSG:4326", ["code:string"], rows)
    lines = memory_layer(
        "LineString",
        "EPSG:4326",
        ["code:string"],
        [("LINESTRING(28.5 -1.5, 28.6 -1.6)", ["inside"]), ("LINESTRING(28.5 -1.5, 188.6 -1.6)", ["beyond"])],
    )
    park = memory_layer("Polygon", "EPSG:4326", ["NAME:string"], [(PARK, ["Park"])])
    for sites, wrong in ((points, 2), (lines, 1)):
        result, _log = classified(sites, [park])
        classes = [row["pace_class"] for row in result]
        assert classes == [pace.PROTECTED_AREA] + [pace.UNCLASSIFIED] * wrong
        assert {row["site_note"] for row in result[1:]} == {"coordinates out of range"}
    log = LogFeedback()
    zones = run_algorithm(
        "asm_pace:impactzones", {"SITES": points, "PATHWAYS": "footprint", "OUTPUT": "memory:"}, log
    )
    assert zones["ZONE_COUNT"] == 1 and zones["SITES_WITHOUT_ZONE"] == 2
    assert "coordinates out of range: 2" in log.text()


def test_a_trace_caught_in_a_loop_of_the_network_says_so(provider):
    loop = "LINESTRING(28 -2, 28.1 -2, 28.1 -1.9, 28 -1.9, 28 -2)"
    rivers = memory_layer("LineString", "EPSG:4326", ["name:string"], [(loop, ["ring canal"])])
    sites = memory_layer("Point", "EPSG:4326", ["code:string"], [("POINT(28.05 -2.001)", ["A"])])
    result = run_algorithm(
        "asm_pace:downstreamtrace",
        {"SITES": sites, "RIVERS": rivers, "TRACE_LENGTH": 500000, "OUTPUT": "memory:"},
    )
    (traced,) = features(result["OUTPUT"])
    assert traced["trace_end"].startswith("loop in the network")
    assert traced["traced_m"] < 500000


def test_null_and_shared_site_keys_are_warned_counted_apart_and_stay_null(provider):
    codes = ["A", None, "A", "B"]
    rows = [(f"POINT({28.2 + 0.2 * position} -1.5)", [code]) for position, code in enumerate(codes)]
    sites = memory_layer("Point", "EPSG:4326", ["code:string"], rows)
    park = memory_layer(
        "Polygon", "EPSG:4326", ["WDPAID:integer", "NAME:string"], [(PARK, [1, "Park"])], name="wdpa"
    )
    log = LogFeedback()
    zones = run_algorithm(
        "asm_pace:impactzones",
        {"SITES": sites, "SITE_ID_FIELD": "code", "PATHWAYS": "footprint", "OUTPUT": "memory:"},
        log,
    )["OUTPUT"]
    assert [plain(zone["site_id"]) for zone in features(zones)] == codes
    assert "1 site(s) have no code" in log.text()
    assert "1 code value(s) are used by several sites, which are still counted apart: A" in log.text()
    log = LogFeedback()
    pressure = run_algorithm(
        "asm_pace:papressure",
        {
            "ZONES": [zones],
            "PROTECTED_AREAS": [park],
            "SITES": sites,
            "SITES_ID_FIELD": "code",
            "OUTPUT": "memory:",
        },
        log,
    )["OUTPUT"]
    (row,) = features(pressure)
    assert (row["n_sites"], row["site_ids"], row["n_inside"], row["inside_ids"]) == (4, "A; B", 4, "A; B")
    assert "1 site(s) have no code" in log.text()
    log = LogFeedback()
    rivers = memory_layer(
        "LineString", "EPSG:4326", ["name:string"], [("LINESTRING(28 -1.5, 29.5 -1.5)", ["r"])]
    )
    traced = run_algorithm(
        "asm_pace:downstreamtrace",
        {"SITES": sites, "SITE_ID_FIELD": "code", "RIVERS": rivers, "OUTPUT": "memory:"},
        log,
    )["OUTPUT"]
    assert [plain(line["site_id"]) for line in features(traced)] == codes
    assert "1 code value(s) are used by several sites" in log.text()


def test_a_users_own_fields_named_like_pace_fields_are_kept_and_the_pace_fields_get_a_suffix(provider):
    sites = memory_layer(
        "Point",
        "EPSG:4326",
        ["code:string", "tested:string", "NEAR_PA:string"],
        [("POINT(28.5 -1.5)", ["A", "yes, by the survey team", "ranger post Kasese"])],
    )
    park = memory_layer("Polygon", "EPSG:4326", ["NAME:string"], [(PARK, ["Park"])])
    rows, log = classified(sites, [park])
    (row,) = rows
    assert (row["tested"], row["NEAR_PA"]) == ("yes, by the survey team", "ranger post Kasese")
    assert row["tested_2"] == "protected areas" and row["pace_class"] == pace.PROTECTED_AREA
    assert "near_pa_2" in row
    assert "tested → tested_2" in log and "near_pa → near_pa_2" in log


def test_a_suffixed_pace_class_is_the_one_styled_not_the_users_own_field(provider, tmp_path):
    sites = memory_layer(
        "Point", "EPSG:4326", ["code:string", "pace_class:string"],
        [("POINT(28.5 -1.5)", ["A", "priority for the survey"])],
    )  # fmt: skip
    park = memory_layer("Polygon", "EPSG:4326", ["NAME:string"], [(PARK, ["Park"])])
    output = tmp_path / "classified.gpkg"
    run_algorithm(
        "asm_pace:classifysites", {"SITES": sites, "PROTECTED_AREAS": [park], "OUTPUT": str(output)}
    )
    reopened = QgsVectorLayer(str(output), "reopened", "ogr")  # with the style stored in the file
    assert reopened.renderer().classAttribute() == "pace_class_2"
    display = {
        field.name(): reopened.attributeDisplayName(index) for index, field in enumerate(reopened.fields())
    }
    assert display["pace_class_2"] == "PACE class"
    assert display["pace_class"] == "pace_class"  # the user's own field keeps its own name
    assert reopened.editorWidgetSetup(reopened.fields().indexOf("pace_class")).type() != "ValueMap"


@pytest.mark.parametrize(
    ("names", "wanted", "expected"),
    [
        (["code", "pace_class"], "pace_class", "pace_class"),
        (["code", "pace_class", "tested", "pace_class_2"], "pace_class", "pace_class_2"),
        (["pace_class_2", "pace_class", "pace_class_3"], "pace_class", "pace_class_3"),
        (["PACE_CLASS", "pace_cla_2"], "pace_class", "pace_cla_2"),  # shortened for a Shapefile
        (["pa_2", "pa_names"], "pa_names", "pa_names"),  # pa_2 is no form of pa_names
        (["code"], "pace_class", None),
    ],
)
def test_the_classifications_own_field_is_the_last_form_of_its_name(names, wanted, expected):
    assert last_form(names, wanted) == expected


def test_an_earlier_output_has_its_pace_fields_replaced_not_suffixed(provider):
    sites = memory_layer("Point", "EPSG:4326", ["code:string"], [("POINT(28.5 -1.5)", ["A"])])
    park = memory_layer("Polygon", "EPSG:4326", ["NAME:string"], [(PARK, ["Park"])])
    first = run_algorithm(
        "asm_pace:classifysites", {"SITES": sites, "PROTECTED_AREAS": [park], "OUTPUT": "memory:"}
    )["OUTPUT"]
    again, log = classified(first, [park])
    assert list(again[0]) == first.fields().names()
    assert "Replacing earlier PACE fields" in log


def test_a_protected_area_layer_empty_after_cleaning_is_an_error_not_all_sites_not_eligible(provider):
    proposed = memory_layer(
        "Polygon",
        "EPSG:4326",
        ["WDPAID:integer", "NAME:string", "STATUS:string"],
        [(PARK, [1, "P", "Proposed"])],
    )
    sites = memory_layer("Point", "EPSG:4326", ["code:string"], [("POINT(28.5 -1.5)", ["A"])])
    with pytest.raises(QgsProcessingException, match="No protected area was left after cleaning"):
        classified(sites, [proposed])


def test_pressure_offers_the_cleaning_rules_of_the_classification_with_the_same_defaults(provider):
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    classify = registry.algorithmById("asm_pace:classifysites")
    pressure = registry.algorithmById("asm_pace:papressure")

    def cleaning(algorithm):
        return {
            definition.name(): definition.defaultValue()
            for definition in algorithm.parameterDefinitions()
            if definition.name().startswith("PA_")
            or definition.name()
            in ("KEEP_STATUSES", "EXCLUDE_MAB", "POINT_PAS_AS_CIRCLES", "REPAIR_GEOMETRIES")
        }

    assert len(cleaning(classify)) == 9
    assert cleaning(pressure) == cleaning(classify)
    mab = memory_layer(
        "Polygon",
        "EPSG:4326",
        ["WDPAID:integer", "NAME:string", "DESIG_ENG:string", "STATUS:string"],
        [(PARK, [7, "Luki", "UNESCO-MAB Biosphere Reserve", "Designated"])],
    )
    zones = memory_layer(
        "Polygon", "EPSG:4326", ["site_id:string", "pathway:string"], [(PARK, ["A", "footprint"])]
    )
    kept = run_algorithm(
        "asm_pace:papressure",
        {"ZONES": [zones], "PROTECTED_AREAS": [mab], "EXCLUDE_MAB": False, "OUTPUT": "memory:"},
    )
    assert kept["PA_COUNT"] == 1


def zone_areas(points, distance, **parameters):
    sites = memory_layer(
        "Point", "EPSG:4326", ["code:string"], [(f"POINT({x} {y})", [f"{x} {y}"]) for x, y in points]
    )
    log = LogFeedback()
    result = run_algorithm(
        "asm_pace:impactzones",
        {
            "SITES": sites,
            "PATHWAYS": "hunting",
            "DISTANCES": f"hunting={distance}",
            "OUTPUT": "memory:",
            **parameters,
        },
        log,
    )
    return [zone["area_ha"] for zone in features(result["OUTPUT"])], log.text()


def test_zones_round_a_pole_have_the_area_of_their_circle(provider):
    # Near a pole a degree of longitude is short: 100 km from 89.5°N reaches over the pole.
    (beside, north, south), _log = zone_areas([(10, 88.5), (10, 89.5), (-70, -89.9)], 100000)
    assert north == pytest.approx(beside, rel=1e-3)
    assert south == pytest.approx(beside, rel=1e-3)


def test_zone_distances_beyond_what_the_method_draws_true_are_refused_with_the_limit(provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="beyond 10,000 km"):
        zone_areas([(10, 0)], 12_000_000)
    sites = memory_layer(
        "Point",
        "EPSG:4326",
        ["code:string", "hunt_m:double"],
        [("POINT(10 0)", ["A", 15e6]), ("POINT(11 0)", ["B", 9e3])],
    )
    log = LogFeedback()
    result = run_algorithm(
        "asm_pace:impactzones",
        {"SITES": sites, "PATHWAYS": "hunting", "DISTANCE_FIELDS": "hunting=hunt_m", "OUTPUT": "memory:"},
        log,
    )
    assert [zone["dist_m"] for zone in features(result["OUTPUT"])] == [9000]
    assert "Hunting pressure: 1 site without this zone (hunt_m beyond 10,000 km" in log.text()


def test_a_point_pa_reporting_an_implausible_area_is_flagged_not_drawn_as_a_hemisphere(provider):
    points = memory_layer(
        "Point",
        "EPSG:4326",
        ["WDPAID:integer", "NAME:string", "REP_AREA:double", "STATUS:string"],
        [
            ("POINT(20 0)", [1, "Typo reserve", 51_000_000.0, "Designated"]),
            ("POINT(28.5 -1.5)", [2, "Real", 10.0, "Designated"]),
        ],
        name="points",
    )
    sites = memory_layer("Point", "EPSG:4326", ["code:string"], [("POINT(28.4 -1.6)", ["A"])])
    rows, log = classified(sites, [points])
    assert rows[0]["pa_names"] is None and rows[0]["near_pa"] == "Real"
    assert "left out (point reporting more than 2,000,000 km²" in log


# A GeoJSON column of mixed values: GDAL gives it the JSON type.
MIXED_VALUES = [("A", 12000), ("B", "8000"), ("C", [5000]), ("D", None)]
MIXED_GEOJSON = json.dumps(
    {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"code": code, "hunt_m": value},
                "geometry": {"type": "Point", "coordinates": [28.5 + 0.1 * position, -1.5]},
            }
            for position, (code, value) in enumerate(
                (("A", 12000), ("B", "8000"), ("C", [5000]), ("D", None))
            )
        ],
    }
)


def test_per_site_distances_of_any_type_are_used_or_refused_never_replaced_by_the_default(provider, tmp_path):
    path = tmp_path / "sites.geojson"
    path.write_text(MIXED_GEOJSON, encoding="utf-8")
    log = LogFeedback()
    result = run_algorithm(
        "asm_pace:impactzones",
        {
            "SITES": str(path),
            "SITE_ID_FIELD": "code",
            "PATHWAYS": "hunting",
            "DISTANCE_FIELDS": "hunting=hunt_m",
            "OUTPUT": "memory:",
        },
        log,
    )
    zones = {zone["site_id"]: (zone["dist_m"], zone["dist_src"]) for zone in features(result["OUTPUT"])}
    assert zones.pop("D")[1].startswith("catalogue")  # an empty value takes the default, as documented
    assert "C" not in zones  # a list is no distance
    for code, distance in (("A", 12000), ("B", 8000)):
        assert zones.get(code, (distance, "field hunt_m")) == (distance, "field hunt_m")
    unread = 3 - len(zones)
    assert (
        f"Hunting pressure: {unread} site{'s' * (unread != 1)} without this zone (unreadable hunt_m"
        in log.text()
    )


def test_a_cancelled_run_says_so_in_its_closing_line_after_how_many_features(provider):
    log = LogFeedback(cancel_after=3)
    run_algorithm("asm_pace:impactzones", {"SITES": sample("sites"), "OUTPUT": "memory:"}, log)
    closing = [line for line in log.lines if not line.startswith("Results:")][-1]
    assert re.fullmatch(r"Cancelled after [1-9]\d* of 12 features: .*", closing)
    log = LogFeedback()
    log.cancel()
    run_algorithm(
        "asm_pace:classifysites",
        {"SITES": sample("sites"), "PROTECTED_AREAS": [sample("protected_areas")], "OUTPUT": "memory:"},
        log,
    )
    closing = [line for line in log.lines if not line.startswith("Results:")][-1]
    assert closing == "Cancelled while reading the inputs, before any feature was processed."


def test_dossiers_warn_about_sites_without_a_key_and_keys_that_sites_share(provider, tmp_path):
    from asm_pace_plugin.core.assessment.workspace import open_workspace

    workspace = open_workspace(tmp_path / "assessment.gpkg", officer="Officer Test")
    workspace.record_site("S01", "Camp", None, {"pace_class": "protected_area"})
    workspace.close()
    rows = [("POINT(28.5 -1.5)", ["S01"]), ("POINT(28.6 -1.5)", [None]), ("POINT(28.7 -1.5)", ["S01"])]
    sites = memory_layer("Point", "EPSG:4326", ["code:string"], rows)
    log = LogFeedback()
    result = run_algorithm(
        "asm_pace:sitedossiers",
        {
            "WORKSPACE": str(tmp_path / "assessment.gpkg"),
            "SITES": sites,
            "KEY_FIELD": "code",
            "OUTPUT_PDF": str(tmp_path / "dossiers.pdf"),
            "OUTPUT_HTML": None,
        },
        log,
    )
    assert result["SITE_COUNT"] == 1
    assert "1 site(s) have no code: they are left out." in log.text()
    assert "1 code value(s) are used by several sites, of which only the first is written: S01." in log.text()


def test_suffixed_pace_fields_fit_a_shapefile(provider, tmp_path):
    from qgis.core import QgsVectorLayer

    sites = memory_layer(
        "Point",
        "EPSG:4326",
        ["code:string", "pace_class:string"],
        [("POINT(28.5 -1.5)", ["A", "my own class"])],
    )
    park = memory_layer("Polygon", "EPSG:4326", ["NAME:string"], [(PARK, ["Park"])])
    log = LogFeedback()
    path = str(tmp_path / "classified.shp")
    run_algorithm("asm_pace:classifysites", {"SITES": sites, "PROTECTED_AREAS": [park], "OUTPUT": path}, log)
    (row,) = features(QgsVectorLayer(path, "classified", "ogr"))
    assert (row["pace_class"], row["pace_cla_2"]) == ("my own class", pace.PROTECTED_AREA)
    assert "pace_class → pace_cla_2" in log.text()


def test_no_protected_area_within_reach_makes_every_site_not_eligible_and_says_so(provider):
    far_park = memory_layer(
        "Polygon", "EPSG:4326", ["WDPAID:integer", "NAME:string", "STATUS:string"],
        [("POLYGON((10 40, 11 40, 11 41, 10 41, 10 40))", [1, "Far away", "Designated"])],
    )  # fmt: skip
    sites = memory_layer(
        "Point", "EPSG:4326", ["code:string"], [("POINT(28.5 -1.5)", ["A"]), ("POINT(29.5 -2.5)", ["B"])]
    )
    rows, log = classified(sites, [far_park], SEARCH_RADIUS=50000)
    assert [row["pace_class"] for row in rows] == [pace.NOT_ELIGIBLE] * 2
    assert all("none within 50 km of any site" in row["tested"] for row in rows)
    assert "No protected area within 50 km of any site: every site is not eligible" in log
    assert "left after cleaning" not in log


def test_sites_whose_latitude_and_longitude_look_swapped_get_a_warning(provider):
    park = memory_layer("Polygon", "EPSG:4326", ["NAME:string"], [(PARK, ["Park"])])
    # Siguiri, Kankan, Kérouané, Mandiana, Kouroussa (Guinea) typed as (latitude, longitude): all in
    # the Atlantic off Angola.
    places = [(11.4, -9.2), (10.4, -9.3), (9.3, -9.0), (10.6, -8.7), (10.65, -9.9)]
    swapped = memory_layer(
        "Point",
        "EPSG:4326",
        ["code:string"],
        [(f"POINT({x} {y})", [str(n)]) for n, (x, y) in enumerate(places)],
    )
    _rows, log = classified(swapped, [park])
    assert "exchanged" in log
    right = memory_layer(
        "Point",
        "EPSG:4326",
        ["code:string"],
        [(f"POINT({y} {x})", [str(n)]) for n, (x, y) in enumerate(places)],
    )
    _rows, log = classified(right, [park])
    assert "exchanged" not in log
