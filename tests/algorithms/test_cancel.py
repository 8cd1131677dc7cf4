"""A cancelled run stops at the next feature and writes nothing more."""

from layers import LogFeedback, memory_layer, run_algorithm, sample


def cancelled():
    feedback = LogFeedback()
    feedback.cancel()
    return feedback


def test_cancelled_impact_zones_write_nothing(provider):
    result = run_algorithm(
        "asm_pace:impactzones", {"SITES": sample("sites"), "OUTPUT": "memory:"}, cancelled()
    )
    assert result["ZONE_COUNT"] == 0


def test_cancelled_trace_and_pressure_write_nothing(provider):
    rivers = memory_layer("LineString", "EPSG:4326", ["x:integer"], [("LINESTRING(29 0, 30 0)", [1])])
    trace = run_algorithm(
        "asm_pace:downstreamtrace",
        {"SITES": sample("sites"), "RIVERS": rivers, "OUTPUT": "memory:"},
        cancelled(),
    )
    assert trace == {} or trace["SITES_TRACED"] == 0
    zones = run_algorithm("asm_pace:impactzones", {"SITES": sample("sites"), "OUTPUT": "memory:"})["OUTPUT"]
    pressure = run_algorithm(
        "asm_pace:papressure",
        {"ZONES": [zones], "PROTECTED_AREAS": [sample("protected_areas")], "OUTPUT": "memory:"},
        cancelled(),
    )
    assert pressure["PA_COUNT"] == 0
