"""Each step's dialog starts from what the officer made in this project: the newest output of the
step before (stamped when Processing loads it), never an output of a later step as sites."""

import pytest
from layers import memory_layer, run_and_load, sample
from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer
from sample_data import SAMPLE_COPY

from asm_pace_plugin.core.assessment import layer_roles
from asm_pace_plugin.core.assessment.presets import (
    PROJECT_SCOPE,
    PROJECT_WORKSPACE_KEY,
    layers_by_role,
    step_presets,
)

SAMPLE_NAMES = ("sites", "protected_areas", "protected_area_points", "aze_sites", "landscapes", "ecoregions",
                "rivers")  # fmt: skip
ZONE_NAMES = ("site_id", "pathway", "path_label", "dist_m", "inner_m", "dist_src", "confidence", "zone",
              "n_sites", "area_ha")  # fmt: skip


@pytest.fixture()
def officer_project(provider, layer_tree_iface):
    """The sample loaded as "Load synthetic sample data" loads it; cleared afterwards."""
    project = QgsProject.instance()
    project.clear()
    layers = [QgsVectorLayer(f"{SAMPLE_COPY}|layername={name}", name, "ogr") for name in SAMPLE_NAMES]
    assert all(layer.isValid() for layer in layers)
    project.addMapLayers(layers)
    yield project
    project.clear()


def names(value):
    return [layer.name() for layer in value] if isinstance(value, list) else value.name()


def made(project, name):
    """The layer of that name Processing loaded last (the newest of that name)."""
    found = [layer for layer in project.mapLayers().values() if layer.name() == name]
    return max(found, key=lambda layer: layer.customProperty(layer_roles.MADE_PROPERTY, ""))


def test_the_sample_presets_classify_with_its_aze_sites(officer_project):
    presets = step_presets("asm_pace:classifysites", officer_project)
    assert names(presets["SITES"]) == "sites"
    assert names(presets["AZE_SITES"]) == ["aze_sites"]  # else the run warns "not tested: AZE sites"
    assert names(presets["PROTECTED_AREAS"]) == ["protected_areas", "protected_area_points"]


def test_the_reports_are_not_preset_with_sites_that_are_not_classified(officer_project):
    """Before any classification, Protected-area reports leave their sites empty (the workspace's
    then): the sample's raw sites were preset and the run refused them (no pa_ids field), as a
    French desktop walk found."""
    presets = step_presets("asm_pace:areareports", officer_project)
    assert "SITES" not in presets
    assert names(presets["PROTECTED_AREAS"]) == ["protected_areas", "protected_area_points"]
    assert names(step_presets("asm_pace:impactzones", officer_project)["SITES"]) == "sites"


def test_each_step_starts_from_the_newest_output_of_the_step_before(officer_project):
    project = officer_project
    classify = step_presets("asm_pace:classifysites", project)
    _results, errors, _loaded = run_and_load("asm_pace:classifysites", classify, keep=True)
    assert not errors
    classified = made(project, "Classified sites")
    zones_presets = step_presets("asm_pace:impactzones", project)
    assert zones_presets["SITES"] is classified
    run_and_load("asm_pace:impactzones", zones_presets, keep=True)
    trace_presets = step_presets("asm_pace:downstreamtrace", project)
    # The zones are the newest layer (and often the active one): the trace still takes the sites.
    assert trace_presets["SITES"] is classified and names(trace_presets["RIVERS"]) == "rivers"
    run_and_load("asm_pace:downstreamtrace", trace_presets, outputs=("OUTPUT", "CORRIDOR"), keep=True)
    # Zones made again (another choice of pathways): the newer ones are taken.
    run_and_load("asm_pace:impactzones", {**zones_presets, "PATHWAYS": "footprint,hunting"}, keep=True)
    newest_zones = made(project, "Impact zones")
    assert {zone["pathway"] for zone in newest_zones.getFeatures()} == {"footprint", "hunting"}
    pressure = step_presets("asm_pace:papressure", project)
    assert pressure["ZONES"] == [newest_zones, made(project, "Mercury and sediment corridors")]
    assert pressure["SITES"] is classified
    assert names(pressure["PROTECTED_AREAS"]) == ["protected_areas", "protected_area_points"]
    run_and_load("asm_pace:papressure", pressure, outputs=("OUTPUT", "SITE_TABLE"), keep=True)
    dossier = step_presets("asm_pace:sitedossiers", project)
    assert dossier["SITES"] is classified and dossier["IMPACT_ZONES"] is newest_zones
    assert dossier["PRESSURE"] is made(project, "Protected areas reached by each site")
    assert names(dossier["ECOREGIONS"]) == ["ecoregions"] and names(dossier["LANDSCAPES"]) == ["landscapes"]
    assert dossier["CORRIDORS"] is made(project, "Mercury and sediment corridors")


def test_newest_stamp_wins_over_the_layer_tree_order(officer_project):
    older = memory_layer("Polygon", "EPSG:4326", [f"{name}:string" for name in ZONE_NAMES], [], name="older")
    newer = memory_layer("Polygon", "EPSG:4326", [f"{name}:string" for name in ZONE_NAMES], [], name="newer")
    older.setCustomProperty(layer_roles.MADE_PROPERTY, "2026-12-01T10:00:00+00:00")
    newer.setCustomProperty(layer_roles.MADE_PROPERTY, "2026-12-01T11:00:00+00:00")
    officer_project.addMapLayers([newer, older])  # the older one on top of the tree
    assert [layer.name() for layer in layers_by_role(officer_project)[layer_roles.IMPACT_ZONES]] == [
        "newer",
        "older",
    ]


def test_the_workspace_of_the_dock_presets_dossier_and_export(officer_project, tmp_path):
    workspace = tmp_path / "assessment.gpkg"
    workspace.write_bytes(b"")
    officer_project.writeEntry(PROJECT_SCOPE, PROJECT_WORKSPACE_KEY, str(workspace))
    for step in ("asm_pace:sitedossiers", "asm_pace:exportassessments"):
        assert step_presets(step, officer_project)["WORKSPACE"] == str(workspace)


def test_zones_are_refused_as_sites_with_a_sentence(provider):
    from qgis import processing

    zones = processing.run("asm_pace:impactzones", {"SITES": sample("sites"), "OUTPUT": "memory:"})["OUTPUT"]
    for algorithm_id, extra in (
        ("asm_pace:downstreamtrace", {"RIVERS": sample("rivers")}),
        ("asm_pace:impactzones", {}),
    ):
        with pytest.raises(QgsProcessingException, match=r"holds impact zones .* not mining sites"):
            processing.run(algorithm_id, {"SITES": zones, "OUTPUT": "memory:", **extra})


def test_the_dock_dossier_takes_the_zones_and_pressure_just_made(officer_project, qtbot, tmp_path):
    import sample_workspace

    from asm_pace_plugin.ui.assessment_dock import AssessmentDock

    project = officer_project
    run_and_load("asm_pace:classifysites", step_presets("asm_pace:classifysites", project), keep=True)
    classified = made(project, "Classified sites")
    zones = step_presets("asm_pace:impactzones", project)
    run_and_load("asm_pace:impactzones", {**zones, "PATHWAYS": "footprint"}, keep=True)
    older = made(project, "Impact zones")
    run_and_load("asm_pace:impactzones", {**zones, "PATHWAYS": "footprint,hunting"}, keep=True)
    newest = made(project, "Impact zones")
    run_and_load("asm_pace:downstreamtrace", step_presets("asm_pace:downstreamtrace", project),
                 outputs=("OUTPUT", "CORRIDOR"), keep=True)  # fmt: skip
    run_and_load("asm_pace:papressure", step_presets("asm_pace:papressure", project),
                 outputs=("OUTPUT", "SITE_TABLE"), keep=True)  # fmt: skip
    # The officer had a layer low in the tree selected: QGIS put the newest zones there.
    root = project.layerTreeRoot()
    node = root.findLayer(newest.id())
    root.addChildNode(node.clone())
    node.parent().removeChildNode(node)
    assert root.findLayers()[-1].layer() is newest
    workspace = tmp_path / "assessment.gpkg"
    sample_workspace.build(workspace, classified)
    dock = AssessmentDock()
    qtbot.addWidget(dock)
    dock.set_site_layer(classified, "site_code")
    with qtbot.waitSignal(dock.sites_loaded, timeout=5000):
        dock.open_workspace(workspace)
    assert dock.select_site("S02")
    parameters = dock.dossier_parameters()
    assert parameters["IMPACT_ZONES"] == newest.id() != older.id()
    assert parameters["PRESSURE"] == made(project, "Protected areas reached by each site").id()
    # The corridors of a site that has some (S03 reaches a river; S02 none).
    corridors = made(project, "Mercury and sediment corridors")
    assert {feature["site_id"] for feature in corridors.getFeatures()} == {"S03", "S08"}
    assert "CORRIDORS" not in parameters
    assert dock.select_site("S03")
    assert dock.dossier_parameters()["CORRIDORS"] == corridors.id()
    assert project.mapLayer(parameters["PROTECTED_AREAS"][-1]).name() == "aze_sites"  # drawn with them
    dock.shutdown()


def test_outputs_of_a_saved_project_go_beside_it_and_survive_closing(officer_project, tmp_path):
    project = officer_project
    assert step_presets("asm_pace:classifysites", project).get("OUTPUT") is None  # unsaved: temporary
    assert project.write(str(tmp_path / "kivu.qgz"))
    classify = step_presets("asm_pace:classifysites", project)
    assert (
        classify["OUTPUT"]
        == f"ogr:dbname='{tmp_path / 'kivu_asm_pace.gpkg'}' table=\"classified_sites\" (geom)"
    )
    _results, errors, loaded = run_and_load(
        "asm_pace:classifysites", classify, ("OUTPUT", "SUMMARY"), keep=True
    )
    assert not errors and loaded == ["Classified sites", "PACE summary"]
    zones = step_presets("asm_pace:impactzones", project)
    run_and_load("asm_pace:impactzones", zones, keep=True)
    again = step_presets("asm_pace:classifysites", project)  # a second run keeps the first
    assert again["OUTPUT"].endswith('table="classified_sites_2" (geom)')
    assert again["SUMMARY"].endswith('table="pace_summary_2"')
    assert step_presets("asm_pace:exportassessments", project)["OUTPUT"] == str(
        tmp_path / "kivu_assessments.xlsx"
    )
    dossier = step_presets("asm_pace:sitedossiers", project)
    assert (dossier["OUTPUT_PDF"], dossier["OUTPUT_HTML"]) == (
        str(tmp_path / "kivu_dossiers.pdf"), str(tmp_path / "kivu_dossiers.html"))  # fmt: skip
    assert project.write()
    project.clear()  # QGIS closed, then the project opened again
    assert project.read(str(tmp_path / "kivu.qgz"))
    survived = {layer.name(): layer for layer in project.mapLayers().values()}
    assert survived["Classified sites"].isValid() and survived["Classified sites"].featureCount() == 12
    assert survived["Impact zones"].featureCount() > 0
    assert step_presets("asm_pace:impactzones", project)["SITES"].id() == survived["Classified sites"].id()


def test_the_dialog_shows_and_keeps_the_presets(officer_project, qgis_iface, qtbot, tmp_path):
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.core import QgsApplication
    from qgis.gui import QgsBrowserGuiModel

    browser = QgsBrowserGuiModel()
    qgis_iface.browserModel = lambda: browser  # the parameters panel asks for it; the stand-in lacks it
    try:
        assert officer_project.write(str(tmp_path / "kivu.qgz"))
        presets = step_presets("asm_pace:classifysites", officer_project)
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("asm_pace:classifysites")
        dialog = AlgorithmDialog(algorithm, False, None)
        qtbot.addWidget(dialog)
        dialog.setParameters(presets)
        parameters = dialog.createProcessingParameters()
        assert parameters["AZE_SITES"] == [presets["AZE_SITES"][0].source()]
        output = parameters["OUTPUT"]
        assert output.sink.staticValue() == presets["OUTPUT"]
        assert output.destinationProject is not None  # opened once written
    finally:
        del qgis_iface.browserModel


def test_the_toolbox_dialogs_start_from_the_same_presets(officer_project, qgis_iface, qtbot, tmp_path):
    """The toolbox opens createCustomParametersWidget's dialog: preset from the project, while the
    parameters' defaults (models, scripts, qgis_process) stay as they are."""
    from qgis.core import QgsApplication
    from qgis.gui import QgsBrowserGuiModel

    browser = QgsBrowserGuiModel()
    qgis_iface.browserModel = lambda: browser  # the parameters panel asks for it; the stand-in lacks it
    try:
        workspace = tmp_path / "assessment.gpkg"
        workspace.write_bytes(b"")
        officer_project.writeEntry(PROJECT_SCOPE, PROJECT_WORKSPACE_KEY, str(workspace))
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("asm_pace:exportassessments")
        dialog = algorithm.createCustomParametersWidget(None)
        qtbot.addWidget(dialog)
        assert dialog.createProcessingParameters()["WORKSPACE"] == str(workspace)
        assert algorithm.parameterDefinition("WORKSPACE").defaultValue() in (None, "")
        dossier = QgsApplication.processingRegistry().createAlgorithmById("asm_pace:sitedossiers")
        dossier_dialog = dossier.createCustomParametersWidget(None)
        qtbot.addWidget(dossier_dialog)
        chosen = dossier_dialog.createProcessingParameters()
        assert chosen["WORKSPACE"] == str(workspace)
        assert [source.split("layername=")[-1] for source in chosen["PROTECTED_AREAS"]] == [
            "protected_areas",
            "protected_area_points",
        ]
    finally:
        del qgis_iface.browserModel


@pytest.mark.parametrize(
    ("language", "name"),
    [("en", "evaluacion_dossier_S05"), ("fr", "evaluacion_dossier_S05"), ("es", "evaluacion_expediente_S05"),
     ("pt", "evaluacion_dossiê_S05")],
)  # fmt: skip
def test_a_dossier_file_is_named_in_the_officer_s_language(compiled_translations, tmp_path, language, name):
    from asm_pace_plugin.core.assessment.presets import dossier_file_stem
    from asm_pace_plugin.core.shared import i18n

    with i18n.writing_in(language):
        assert dossier_file_stem(tmp_path / "evaluacion.gpkg", "S05") == tmp_path / name


def test_the_dossier_dialog_asks_before_a_run_without_map_layers(provider, qgis_iface, qtbot, tmp_path):
    from qgis.core import QgsApplication
    from qgis.gui import QgsBrowserGuiModel
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication, QMessageBox

    browser = QgsBrowserGuiModel()
    qgis_iface.browserModel = lambda: browser  # the parameters panel asks for it; the stand-in lacks it
    QgsProject.instance().clear()  # no layer to draw
    asked = []

    def answer_no():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.No).click()

    try:
        workspace = tmp_path / "assessment.gpkg"
        workspace.write_bytes(b"")
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("asm_pace:sitedossiers")
        dialog = algorithm.createCustomParametersWidget(None)
        qtbot.addWidget(dialog)
        dialog.setParameters({"WORKSPACE": str(workspace), "OUTPUT_PDF": str(tmp_path / "bare.pdf")})
        QTimer.singleShot(500, answer_no)
        dialog.runAlgorithm()
        assert asked and "No map layer is given" in asked[0] and "Run anyway?" in asked[0]
        assert not (tmp_path / "bare.pdf").exists()  # the officer said no: nothing ran
    finally:
        del qgis_iface.browserModel


def _answer_keep_question(choice, asked):
    """Answer the question about temporary outputs with the button whose text starts with choice."""
    from qgis.PyQt.QtWidgets import QApplication, QMessageBox

    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        asked.append(box.text())
        next(button for button in box.buttons() if button.text().startswith(choice)).click()


def _run_classify_dialog(qtbot, answer):
    """Open the classify dialog as the menu does, press Run, answer the question (if any) with
    answer, and wait for the run's task (the dialog closes itself after a run)."""
    from qgis.core import QgsApplication
    from qgis.PyQt import sip
    from qgis.PyQt.QtCore import QTimer

    asked = []
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("asm_pace:classifysites")
    dialog = algorithm.createCustomParametersWidget(None)
    QTimer.singleShot(300, lambda: _answer_keep_question(answer, asked))
    dialog.runAlgorithm()
    qtbot.waitUntil(lambda: QgsApplication.taskManager().count() == 0, timeout=60000)
    qtbot.wait(200)
    if not sip.isdeleted(dialog):
        dialog.close()
        dialog.deleteLater()
    return asked


@pytest.mark.parametrize("choice", ["Save the project", "Keep them temporary", "Cancel"])
def test_an_unsaved_project_is_offered_a_save_before_its_outputs_are_made(
    officer_project, layer_tree_iface, qtbot, tmp_path, monkeypatch, choice
):
    """Outputs of an unsaved project would be temporary layers, lost when QGIS closes: the dialog
    asks before the run. Saved: they go to the GeoPackage beside the project; kept temporary: asked
    no more in this project; cancelled: nothing runs."""
    from qgis.gui import QgsBrowserGuiModel
    from qgis.PyQt.QtWidgets import QFileDialog

    browser = QgsBrowserGuiModel()
    layer_tree_iface.browserModel = lambda: browser  # the parameters panel asks for it; the stand-in lacks it
    chosen = tmp_path / "kivu"  # typed without its suffix
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(chosen), ""))

    def made_now():
        return [layer for layer in officer_project.mapLayers().values() if layer.name() == "Classified sites"]

    try:
        asked = _run_classify_dialog(qtbot, choice)
        assert asked and "never been saved" in asked[0], asked
        if choice == "Cancel":
            assert not made_now() and not officer_project.fileName()
            return
        assert len(made_now()) == 1 and made_now()[0].featureCount() == 12
        if choice == "Save the project":
            assert (
                officer_project.fileName() == str(tmp_path / "kivu.qgz") and (tmp_path / "kivu.qgz").exists()
            )
            assert made_now()[0].source().startswith(str(tmp_path / "kivu_asm_pace.gpkg"))
        else:
            assert made_now()[0].providerType() == "memory" and not officer_project.fileName()
            # The officer said so: not asked again in this project.
            assert _run_classify_dialog(qtbot, "Cancel") == [] and len(made_now()) == 2
    finally:
        del layer_tree_iface.browserModel
