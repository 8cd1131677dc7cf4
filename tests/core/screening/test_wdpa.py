"""WDPA schema detection, field mapping and cleaning rules (README: WDPA handling): plain Python."""

import math

import pytest

from asm_pace_plugin.core.screening import pace, wdpa
from asm_pace_plugin.core.shared.errors import MissingFieldError
from asm_pace_plugin.core.shared.input_fields import find_field

CLASSIC_FIELDS = [
    "WDPAID",
    "WDPA_PID",
    "PA_DEF",
    "NAME",
    "ORIG_NAME",
    "DESIG",
    "DESIG_ENG",
    "DESIG_TYPE",
    "IUCN_CAT",
    "MARINE",
    "REP_AREA",
    "STATUS",
    "GOV_TYPE",
    "PARENT_ISO3",
]
NOV_2025_FIELDS = [
    "SITE_ID",
    "SITE_PID",
    "SITE_TYPE",
    "NAME_ENG",
    "NAME",
    "DESIG",
    "DESIG_ENG",
    "DESIG_TYPE",
    "IUCN_CAT",
    "REALM",
    "REP_AREA",
    "STATUS",
    "GOV_TYPE",
    "PRNT_ISO3",
]
DRC_FIELDS = ["fid", "ID_AP", "NOM_AP", "TYPE_AP", "SUPERFICIE"]


def test_schemas_are_told_apart():
    assert wdpa.detect_schema(CLASSIC_FIELDS) == wdpa.CLASSIC
    assert wdpa.detect_schema(NOV_2025_FIELDS) == wdpa.NOVEMBER_2025
    assert wdpa.detect_schema([name.lower() for name in NOV_2025_FIELDS]) == wdpa.NOVEMBER_2025
    assert wdpa.detect_schema(DRC_FIELDS) == wdpa.CUSTOM


def test_classic_and_2025_fields_are_detected():
    classic = wdpa.map_fields(CLASSIC_FIELDS)
    assert (classic.site_id, classic.name, classic.designation, classic.iucn, classic.status) == (
        "WDPAID",
        "NAME",
        "DESIG_ENG",
        "IUCN_CAT",
        "STATUS",
    )
    new = wdpa.map_fields(NOV_2025_FIELDS)
    assert (new.site_id, new.name, new.designation_type, new.reported_area) == (
        "SITE_ID",
        "NAME",
        "DESIG_TYPE",
        "REP_AREA",
    )


def test_detection_is_case_insensitive_and_keeps_the_layer_spelling():
    mapping = wdpa.map_fields(["wdpaid", "name", "desig_eng", "status"])
    assert (mapping.site_id, mapping.name, mapping.designation, mapping.status) == (
        "wdpaid",
        "name",
        "desig_eng",
        "status",
    )


def test_a_national_layer_uses_the_chosen_fields():
    mapping = wdpa.map_fields(DRC_FIELDS, {"name": "NOM_AP", "designation": "type_ap"})
    assert mapping.name == "NOM_AP"
    assert mapping.designation == "TYPE_AP"
    assert mapping.status is None  # no status field: no status filter


def test_a_chosen_field_missing_from_the_layer_is_named_in_the_error():
    with pytest.raises(MissingFieldError, match=r"NOM_PARC.*NOM_AP"):
        wdpa.map_fields(DRC_FIELDS, {"name": "NOM_PARC"})


def test_chosen_fields_apply_to_the_layers_that_have_them():
    classic, national = wdpa.apply_chosen_fields([CLASSIC_FIELDS, DRC_FIELDS], {"name": "NOM_AP", "iucn": ""})
    assert classic.name == "NAME"
    assert national.name == "NOM_AP"
    with pytest.raises(MissingFieldError, match="No protected-area layer has the field 'NOM_PARC'"):
        wdpa.apply_chosen_fields([CLASSIC_FIELDS, DRC_FIELDS], {"name": "NOM_PARC"})


@pytest.mark.parametrize(
    ("status", "kept"),
    [
        ("Designated", True),
        ("Inscribed", True),
        ("Established", True),
        ("designated ", True),
        ("Proposed", False),
        ("Not Reported", False),
        ("Adopted", False),
        (None, False),
    ],
)
def test_default_status_filter(status, kept):
    assert wdpa.status_is_kept(status, wdpa.DEFAULT_KEPT_STATUSES) is kept


def test_status_list_parameter():
    assert wdpa.parse_status_list(" Designated, Proposed ,") == ("Designated", "Proposed")
    assert wdpa.parse_status_list("") == ()
    assert wdpa.status_is_kept("Proposed", ()) is True  # empty keeps everything


def test_attribute_exclusion_follows_the_options():
    mapping = wdpa.map_fields(CLASSIC_FIELDS)
    options = wdpa.CleaningOptions()
    mab = {"status": "Designated", "designation": "UNESCO-MAB Biosphere Reserve"}
    assert wdpa.attribute_exclusion(mab, mapping, options) == wdpa.DROPPED_MAB
    assert wdpa.attribute_exclusion(mab, mapping, wdpa.CleaningOptions(exclude_mab=False)) is None
    proposed = {"status": "Proposed", "designation": "National Park"}
    assert wdpa.attribute_exclusion(proposed, mapping, options) == wdpa.DROPPED_STATUS
    assert wdpa.attribute_exclusion(proposed, wdpa.map_fields(DRC_FIELDS), options) is None


@pytest.mark.parametrize(("area_km2", "radius_m"), [(100, 5641.9), (1, 564.19), ("3.14159265", 1000.0)])
def test_point_radius_gives_the_reported_area(area_km2, radius_m):
    radius = wdpa.reported_area_radius_m(area_km2)
    assert radius == pytest.approx(radius_m, rel=1e-4)
    assert math.pi * radius**2 / 1e6 == pytest.approx(float(area_km2))


@pytest.mark.parametrize("area", [0, -5, None, "", "NULL", "n/a", float("nan")])
def test_points_without_area_get_no_radius(area):
    assert wdpa.reported_area_radius_m(area) is None


@pytest.mark.parametrize(
    ("designation", "designation_type", "governance", "level"),
    [
        ("World Heritage Site (natural or mixed)", "International", None, pace.INTERNATIONAL),
        ("Ramsar Site, Wetland of International Importance", "International", None, pace.INTERNATIONAL),
        ("Wetland of International Importance (Ramsar Site)", None, None, pace.INTERNATIONAL),
        ("Site du patrimoine mondial", None, None, pace.INTERNATIONAL),
        ("Site of Community Importance (Habitats Directive)", "Regional", None, pace.REGIONAL),
        ("National Park", "National", "Federal or national ministry or agency", pace.NATIONAL),
        ("Provincial Park", "National", "Sub-national ministry or agency", pace.REGIONAL),
        ("Community Forest", "National", "Local communities", pace.LOCAL),
        ("Indigenous Territory", "National", "Indigenous peoples", pace.LOCAL),
        ("Parc national", None, None, pace.NATIONAL),
    ],
)
def test_designation_levels(designation, designation_type, governance, level):
    assert pace.designation_level(designation, designation_type, governance) == level


def test_international_designations_are_recognised():
    assert pace.international_designation("World Heritage Site (natural or mixed)") == pace.WORLD_HERITAGE
    assert pace.international_designation("RAMSAR site") == pace.RAMSAR
    assert pace.international_designation("UNESCO-MAB Biosphere Reserve") == pace.UNESCO_MAB
    assert pace.international_designation("National Park") is None
    assert wdpa.is_mab_reserve("UNESCO-MAB Biosphere Reserve")


@pytest.mark.parametrize(
    "designation", ["Reserva de la Biosfera", "Réserve de biosphère", "Biosphere reserve"]
)
def test_a_national_layers_own_biosphere_reserve_is_a_national_protected_area(designation):
    record = {"status": "Designated", "designation": designation}
    assert (
        wdpa.attribute_exclusion(record, wdpa.FieldMap(designation="TYPE_AP"), wdpa.CleaningOptions()) is None
    )
    assert pace.international_designation(designation) is None
    assert pace.designation_level(designation) == pace.NATIONAL


def test_wdpas_unesco_mab_designation_is_recognised_whatever_its_case_and_spaces():
    assert wdpa.is_mab_reserve("  unesco-MAB biosphere reserve ")
    assert pace.designation_level("UNESCO-MAB Biosphere Reserve", "International") == pace.INTERNATIONAL


@pytest.mark.parametrize(
    ("values", "strictest"),
    [
        (["II", "Ia", "IV"], "Ia"),
        (["VI", "Ib"], "Ib"),
        (["ii", "Category IV"], "II"),
        (["Not Reported", "Not Applicable", None, ""], None),
        (["V", "Not Assigned"], "V"),
        ([], None),
    ],
)
def test_strictest_iucn_category(values, strictest):
    assert pace.strictest_iucn(values) == strictest


@pytest.mark.parametrize(
    ("region", "number", "expected"),
    [
        ("Albertine Rift Montane Forests", 25, True),
        ("", 25, True),
        (None, "12", True),
        ("", 0, False),
        (None, None, False),
        (" ", "0", False),
        ("NULL", None, False),
    ],
)
def test_g200_membership_from_teow_fields(region, number, expected):
    assert pace.is_g200(region, number) is expected


def test_g200_status_codes():
    assert [pace.g200_status(value) for value in (1, "2", 3.0, 0, 4, None, "x")] == [
        1,
        2,
        3,
        None,
        None,
        None,
        None,
    ]


@pytest.mark.parametrize(
    ("value", "is_aze"),
    [("confirmed", True), ("AZE", True), ("not AZE", False), ("", False), (None, False), ("no", False)],
)
def test_aze_status(value, is_aze):
    assert pace.is_aze_status(value) is is_aze


def test_join_unique_keeps_order_and_non_ascii_names():
    assert pace.join_unique(["Kâhuzi-Biega", None, "Itombwe", "Kâhuzi-Biega", ""]) == "Kâhuzi-Biega; Itombwe"


def test_find_field_prefers_the_wanted_field_then_the_candidates():
    assert find_field(DRC_FIELDS, "nom_ap") == "NOM_AP"
    assert find_field(DRC_FIELDS, "", ("NAME", "nom_ap")) == "NOM_AP"
    assert find_field(DRC_FIELDS, None, ("NAME",)) is None
    with pytest.raises(
        MissingFieldError, match="'LANDSCAPE' is not in the layer; its fields are: fid, ID_AP"
    ):
        find_field(DRC_FIELDS, "LANDSCAPE")
