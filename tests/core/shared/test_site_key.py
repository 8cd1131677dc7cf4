"""One site key through the chain: found as the classification finds it, and said when keys do not meet."""

import pytest
from layers import LogFeedback, features, memory_layer, run_algorithm, sample, write_shapefile
from qgis.core import QgsVectorLayer

from asm_pace_plugin.core.screening.stream import output_fields
from asm_pace_plugin.core.shared import site_key
from asm_pace_plugin.core.shared.site_key import FEATURE_ID, detect_site_key, keys_meet, values_identify


def test_the_first_usual_field_naming_every_site_once_is_the_key():
    values = {"id": [1, 2, 2], "SITE_CODE": ["a", "b", "c"], "site_id": ["x", "y", "z"]}

    def identifies(name):
        return values_identify(lambda: iter(values[name]), 3)

    assert detect_site_key(["id", "SITE_CODE", "site_id"], identifies) == "SITE_CODE"
    values["SITE_CODE"] = ["a", "a", "c"]  # repeated: the next candidate
    assert detect_site_key(["id", "SITE_CODE", "site_id"], identifies) == "site_id"
    values["site_id"] = ["x", None, "z"]  # a site without key: neither; nor id (repeated)
    assert detect_site_key(["id", "SITE_CODE", "site_id"], identifies) == FEATURE_ID
    assert detect_site_key(["name"], identifies) == FEATURE_ID


def test_values_must_be_set_and_one_per_feature():
    assert values_identify(lambda: iter(["S01", "S02"]), 2)
    assert not values_identify(lambda: iter(["S01", "S02", "S01"]), 3)  # a repeat among 3 features
    assert not values_identify(lambda: iter(["S01", ""]), 2)
    assert not values_identify(lambda: iter(["S01", None]), 2)
    assert not values_identify(lambda: iter(["S01"]), 2)  # fewer values than features
    assert not values_identify(lambda: iter([]), 0)


def test_values_sharing_a_hash_are_compared_as_texts(monkeypatch):
    monkeypatch.setattr(site_key, "hash", lambda text: 7, raising=False)  # every text collides
    assert values_identify(lambda: iter(["S01", "S02", "S03"]), 3)
    assert not values_identify(lambda: iter(["S01", "S02", "S01"]), 3)


def test_keys_meet_counts_sites_with_keyed_rows():
    assert keys_meet(["S01", "S02", "S03"], {"S02", "9"}) == (1, 3)
    assert keys_meet(["S01"], {"1"}) == (0, 1)


def test_classification_and_impact_zones_use_the_same_key_by_default(provider):
    feedback = LogFeedback()
    classified = run_algorithm(
        "asm_pace:classifysites",
        {"SITES": sample("sites"), "PROTECTED_AREAS": [sample("protected_areas")], "OUTPUT": "memory:"},
        feedback,
    )
    assert classified["SITE_KEY_FIELD"] == "site_code"
    assert "Sites are named by site_code (the site key)" in feedback.text()
    zones = run_algorithm("asm_pace:impactzones", {"SITES": classified["OUTPUT"], "OUTPUT": "memory:"})
    site_ids = {feature["site_id"] for feature in features(zones["OUTPUT"])}
    codes = {feature["site_code"] for feature in features(classified["OUTPUT"])}
    assert site_ids and site_ids <= codes


def test_a_layer_without_a_key_field_is_named_by_feature_id(provider):
    sites = memory_layer(
        "Point", "EPSG:4326", ["code:string"], [("POINT(29 -1)", ["A"]), ("POINT(29 -2)", ["A"])]
    )
    zones = run_algorithm(
        "asm_pace:impactzones", {"SITES": sites, "PATHWAYS": "footprint", "OUTPUT": "memory:"}
    )
    assert sorted(feature["site_id"] for feature in features(zones["OUTPUT"])) == ["1", "2"]


def test_pressure_says_when_zones_and_sites_are_keyed_otherwise(provider):
    zones = run_algorithm(
        "asm_pace:impactzones",
        {"SITES": sample("sites"), "SITE_ID_FIELD": "site_name", "PATHWAYS": "hunting", "OUTPUT": "memory:"},
    )["OUTPUT"]
    feedback = LogFeedback()
    run_algorithm(
        "asm_pace:papressure",
        {"ZONES": [zones], "PROTECTED_AREAS": [sample("protected_areas")], "SITES": sample("sites"),
         "OUTPUT": "memory:"},
        feedback,
    )  # fmt: skip
    assert "0 of 11 sites have impact zones under the key site_code" in feedback.text()


@pytest.mark.parametrize("chosen", ["SITE_CODE", "site_code"])
def test_a_chosen_key_field_is_found_whatever_its_case(provider, chosen):
    zones = run_algorithm(
        "asm_pace:impactzones",
        {"SITES": sample("sites"), "SITE_ID_FIELD": chosen, "PATHWAYS": "footprint", "OUTPUT": "memory:"},
    )
    assert "S01" in {feature["site_id"] for feature in features(zones["OUTPUT"])}


def test_the_classification_s_stored_key_is_found_beside_a_user_s_field_of_that_name():
    values = {"site_key": ["a", "a"], "site_key_2": ["0", "1"], "id": [5, 5]}

    def identifies(name):
        return values_identify(lambda: iter(values[name]), 2)

    assert detect_site_key(["site_key", "id", "site_key_2"], identifies) == "site_key_2"
    assert detect_site_key(["site_key", "id"], identifies) == FEATURE_ID


@pytest.mark.parametrize(
    ("input_fields", "max_length", "stored"),
    [(["name"], None, "site_key"), (["site_key"], None, "site_key_2"), (["SITE_KEY"], 10, "site_key_2")],
)
def test_classification_stores_the_feature_id_in_a_field_of_its_own(input_fields, max_length, stored):
    layer = memory_layer("Point", "EPSG:4326", [f"{name}:string" for name in input_fields], [])
    out = output_fields(layer.fields(), max_length, store_key=True)
    assert out.stored_key == stored and out.fields.names()[-1] == stored
    assert out.fields.names()[: len(input_fields)] == input_fields  # the user's field kept as it is
    assert output_fields(layer.fields()).stored_key is None


def test_a_key_stored_by_the_classification_survives_the_copy_to_a_geopackage(provider, tmp_path):
    rows = [("POINT(28.7 -2.9)", ["a"]), ("POINT(28.9 -3.1)", ["a"])]  # no field names each site once
    raw = write_shapefile(memory_layer("Point", "EPSG:4326", ["code:string"], rows), tmp_path / "sites.shp")
    feedback = LogFeedback()
    classified = run_algorithm(
        "asm_pace:classifysites",
        {"SITES": raw, "PROTECTED_AREAS": [sample("protected_areas")], "OUTPUT": str(tmp_path / "out.gpkg")},
        feedback,
    )
    assert classified["SITE_KEY_FIELD"] == "site_key"
    assert "each site's feature id is stored in the field site_key" in feedback.text()
    layer = QgsVectorLayer(classified["OUTPUT"], "classified", "ogr")
    assert sorted(feature.id() for feature in layer.getFeatures()) == [1, 2]  # renumbered...
    assert sorted(feature["site_key"] for feature in layer.getFeatures()) == ["0", "1"]  # ...the key kept

    def zone_keys(sites):
        zones = run_algorithm(
            "asm_pace:impactzones", {"SITES": sites, "PATHWAYS": "footprint", "OUTPUT": "memory:"}
        )
        return sorted(feature["site_id"] for feature in features(zones["OUTPUT"]))

    assert zone_keys(raw) == zone_keys(classified["OUTPUT"]) == ["0", "1"]
