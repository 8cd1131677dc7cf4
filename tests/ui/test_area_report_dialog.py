"""The protected-area reports' dialog, as the toolbox opens it, starts from the latest run of Mining
over time in the project (its table per area and period and its footprints); the report runs in
a model built in the modeler's API, after Mining over time."""

import pytest
from layers import run_and_load, sample
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProject,
)


@pytest.fixture()
def clean_project(provider, layer_tree_iface):
    project = QgsProject.instance()
    project.clear()
    yield project
    project.clear()


def mining_run():
    """A run of Mining over time loaded into the project; the ids of its table and footprints."""
    results, errors, _names = run_and_load(
        "asm_pace:miningovertime",
        {
            "FOOTPRINTS": [sample("mining_footprints")],
            "PERIOD_FIELD": "year",
            "PROTECTED_AREAS": [sample("protected_areas")],
        },
        outputs=("OUTPUT", "FOOTPRINT_TABLE"),
        keep=True,
    )
    assert not errors, errors
    return results


def test_the_toolbox_dialog_starts_from_the_latest_mining_over_time(clean_project, qgis_iface, qtbot):
    from qgis.gui import QgsBrowserGuiModel

    browser = QgsBrowserGuiModel()
    qgis_iface.browserModel = lambda: browser  # the parameters panel asks for it; the stand-in lacks it
    try:
        mining_run()
        latest = mining_run()
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("asm_pace:areareports")
        dialog = algorithm.createCustomParametersWidget(None)
        qtbot.addWidget(dialog)
        chosen = dialog.createProcessingParameters()
        layers = {layer.source(): layer for layer in clean_project.mapLayers().values()}
        mining = clean_project.mapLayer(chosen["MINING"]) or layers.get(chosen["MINING"])
        footprints = clean_project.mapLayer(chosen["FOOTPRINT_TABLE"]) or layers.get(
            chosen["FOOTPRINT_TABLE"]
        )
        assert mining is not None and footprints is not None, chosen
        assert mining.id() == latest["OUTPUT"] or mining.source() == latest["OUTPUT"]
        assert (
            footprints.id() == latest["FOOTPRINT_TABLE"] or footprints.source() == latest["FOOTPRINT_TABLE"]
        )
        assert algorithm.parameterDefinition("MINING").defaultValue() in (None, "")  # models keep theirs
    finally:
        del qgis_iface.browserModel


def with_defaults(child):
    """The child's mandatory parameters not given set to their defaults, as the modeler's dialog does."""
    algorithm = QgsApplication.processingRegistry().algorithmById(child.algorithmId())
    for definition in algorithm.parameterDefinitions():
        if definition.name() not in child.parameterSources() and not definition.isDestination():
            value = definition.defaultValue()
            if value is not None:
                child.addParameterSources(
                    definition.name(), [QgsProcessingModelChildParameterSource.fromStaticValue(value)]
                )
    return child


def test_the_report_runs_in_a_model_after_mining_over_time(provider, tmp_path):
    """Mining over time -> Protected-area reports, put together as the modeler does and run."""
    model = QgsProcessingModelAlgorithm("mining report", "tests")
    footprints = QgsProcessingParameterFeatureSource("footprints", "Footprints")
    model.addModelParameter(footprints, QgsProcessingModelParameter("footprints"))
    mining = QgsProcessingModelChildAlgorithm("asm_pace:miningovertime")
    mining.setChildId("mining")
    mining.addParameterSources(
        "FOOTPRINTS", [QgsProcessingModelChildParameterSource.fromModelParameter("footprints")]
    )
    mining.addParameterSources(
        "PROTECTED_AREAS",
        [QgsProcessingModelChildParameterSource.fromStaticValue([sample("protected_areas")])],
    )
    model.addChildAlgorithm(with_defaults(mining))
    report = QgsProcessingModelChildAlgorithm("asm_pace:areareports")
    report.setChildId("report")
    report.addParameterSources(
        "MINING", [QgsProcessingModelChildParameterSource.fromChildOutput("mining", "OUTPUT")]
    )
    report.addParameterSources(
        "FOOTPRINT_TABLE",
        [QgsProcessingModelChildParameterSource.fromChildOutput("mining", "FOOTPRINT_TABLE")],
    )
    report.addParameterSources("FORMAT", [QgsProcessingModelChildParameterSource.fromStaticValue(1)])
    output = QgsProcessingModelOutput("reports")
    output.setChildId("report")
    output.setChildOutputName("OUTPUT_FOLDER")
    report.setModelOutputs({"reports": output})
    model.addChildAlgorithm(with_defaults(report))
    assert model.validate()[0], model.validate()[1]
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results, ok = model.run(
        {"footprints": sample("mining_footprints"), "report:reports": str(tmp_path)},
        context,
        QgsProcessingFeedback(),
    )
    assert ok
    assert results["report:reports"] == str(tmp_path)
    written = sorted(path.name for path in tmp_path.glob("*.pdf"))
    assert len(written) == 4 and "all_areas.pdf" in written, written
