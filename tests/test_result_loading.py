"""A run from the dialog with the default temporary output ends as Processing's own dialog ends
it: every layer it was told to load is found and loaded, with no red "The following layers were
not correctly generated" although the output loaded fine (the first run of a new user)."""

import pytest
import sample_workspace
from layers import LogFeedback, sample
from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
)


class ErrorFeedback(LogFeedback):
    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatal_error=False):
        self.errors.append(error)


def run_and_load(algorithm_id, parameters):
    """processing's dialog path: temporary outputs to the project, handleAlgorithmResults on
    completion; (results, errors reported, names of the layers loaded)."""
    from processing.core.Processing import Processing
    from processing.gui.Postprocessing import handleAlgorithmResults

    project = QgsProject.instance()
    before = set(project.mapLayers())
    feedback = ErrorFeedback()
    context = QgsProcessingContext()
    context.setProject(project)
    context.setFeedback(feedback)
    results = Processing.runAlgorithm(
        algorithm_id,
        {
            **parameters,
            **{
                key: QgsProcessingOutputLayerDefinition(QgsProcessing.TEMPORARY_OUTPUT, project)
                for key in ("OUTPUT",)
            },
        },
        onFinish=lambda alg, ctx, fb: handleAlgorithmResults(alg, ctx, fb, parameters=parameters),
        feedback=feedback,
        context=context,
    )
    added = [project.mapLayer(layer_id) for layer_id in set(project.mapLayers()) - before]
    names = sorted(layer.name() for layer in added)
    project.removeMapLayers([layer.id() for layer in added])
    return results, feedback.errors, names


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
