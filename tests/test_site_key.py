"""One site key through the chain: found as the classification finds it, and said when keys do not meet."""

import pytest
from layers import LogFeedback, features, memory_layer, run_algorithm, sample

from asm_pace_plugin.core import site_key
from asm_pace_plugin.core.site_key import FEATURE_ID, detect_site_key, keys_meet, values_identify


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
