"""A run from the dialog with the default temporary output ends as Processing's own dialog ends
it: every layer it was told to load is found and loaded, with no red "The following layers were
not correctly generated" although the output loaded fine (the first run of a new user)."""

import pytest
import sample_workspace
from layers import run_and_load, sample


def test_classify_with_the_default_temporary_output_reports_no_false_failure(provider, layer_tree_iface):
    _results, errors, loaded = run_and_load(
        "asm_pace:classifysites",
        {"SITES": sample("sites"), "PROTECTED_AREAS": [sample("protected_areas")]},
    )
    assert not errors, errors
    assert loaded == ["Classified sites"]


def test_export_with_the_default_temporary_output_reports_no_false_failure(
    provider, layer_tree_iface, tmp_path
):
    from qgis import processing

    classified = processing.run(
        "asm_pace:classifysites",
        {"SITES": sample("sites"), "PROTECTED_AREAS": [sample("protected_areas")], "OUTPUT": "memory:"},
    )["OUTPUT"]
    workspace = tmp_path / "assessment.gpkg"
    sample_workspace.build(workspace, classified)
    _results, errors, loaded = run_and_load("asm_pace:exportassessments", {"WORKSPACE": str(workspace)})
    assert not errors, errors
    assert loaded == ["Assessments"]


@pytest.mark.parametrize(
    "algorithm_id, parameters, output",
    [
        ("asm_pace:impactzones", {"SITES": sample("sites")}, "Impact zones"),
        (
            "asm_pace:downstreamtrace",
            {"SITES": sample("sites"), "RIVERS": sample("rivers")},
            "Downstream traces",
        ),
        (
            "asm_pace:papressure",
            {"ZONES": [sample("protected_areas")], "PATHWAY_FIELD": "", "SITE_FIELD": "",
             "PROTECTED_AREAS": [sample("protected_areas")]},
            "Pressure on protected areas",
        ),
    ],
)  # fmt: skip
def test_every_layer_output_reports_no_false_failure(
    provider, layer_tree_iface, algorithm_id, parameters, output
):
    _results, errors, loaded = run_and_load(algorithm_id, parameters)
    assert not errors, errors
    assert loaded == [output]


@pytest.mark.parametrize(
    "algorithm_id, parameters, suffix, output",
    [
        ("asm_pace:classifysites", {"SITES": sample("sites"), "PROTECTED_AREAS": [sample("protected_areas")]},
         "csv", "Classified sites"),
        ("asm_pace:classifysites", {"SITES": sample("sites"), "PROTECTED_AREAS": [sample("protected_areas")]},
         "xlsx", "Classified sites"),
        ("asm_pace:impactzones", {"SITES": sample("sites")}, "csv", "Impact zones"),
        (
            "asm_pace:papressure",
            {"ZONES": [sample("protected_areas")], "PATHWAY_FIELD": "", "SITE_FIELD": "",
             "PROTECTED_AREAS": [sample("protected_areas")]},
            "ods", "Pressure on protected areas",
        ),
    ],
)  # fmt: skip
def test_a_layer_output_written_as_a_table_reports_no_false_failure(
    provider, layer_tree_iface, tmp_path, algorithm_id, parameters, suffix, output
):
    """A CSV or a spreadsheet holds no geometry to draw: the output loads as a table, with the
    readable field names, and no red "not correctly generated" (its style drew nothing, and failed)."""
    target = tmp_path / f"output.{suffix}"
    _results, errors, loaded = run_and_load(algorithm_id, {**parameters, "OUTPUT": str(target)})
    assert not errors, errors
    assert loaded == [output]
