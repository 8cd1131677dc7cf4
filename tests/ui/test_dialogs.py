"""Dialogs in plain words: readable choices and labels, units, order, groups, help pages, presets."""

import re
import zipfile

import make_help
import package
import pytest
from layers import LogFeedback, features, run_algorithm, sample
from qgis.core import (
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingParameterNumber,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsBrowserGuiModel, QgsSpinBox
from qgis.PyQt.QtCore import QLocale, QUrl
from sample_data import SAMPLE_COPY

from asm_pace_plugin.core.shared import compat
from asm_pace_plugin.core.shared.paths import GETTING_STARTED, HELP_DIR, help_page
from asm_pace_plugin.ui.actions import STEP_ALGORITHM_IDS, sample_presets


def algorithms(provider):
    return [
        QgsApplication.processingRegistry().algorithmById(algorithm_id) for algorithm_id in STEP_ALGORITHM_IDS
    ]


def zones(**parameters):
    parameters = {"SITES": sample("sites"), "OUTPUT": "memory:", **parameters}
    feedback = LogFeedback()
    result = run_algorithm("asm_pace:impactzones", parameters, feedback)
    return features(result["OUTPUT"]), feedback.text()


def test_pathways_are_chosen_from_readable_names(provider):
    parameter = (
        QgsApplication.processingRegistry()
        .algorithmById("asm_pace:impactzones")
        .parameterDefinition("PATHWAYS")
    )
    assert parameter.type() == "enum" and parameter.allowMultiple()
    assert parameter.options()[:3] == [
        "Site footprint and immediate disturbance (1 km)",
        "Off-site deforestation (10 km)",
        "Hunting pressure (10 km)",
    ]
    assert not any("_" in option for option in parameter.options())
    assert [parameter.options()[index] for index in parameter.defaultValue()][-1].startswith("Landscape")


def test_pathways_by_list_or_by_name_give_the_same_zones(provider):
    by_list, _log = zones(PATHWAYS=[2])
    by_name, _log = zones(PATHWAYS="hunting")
    assert {zone["pathway"] for zone in by_list} == {zone["pathway"] for zone in by_name} == {"hunting"}
    assert len(by_list) == len(by_name) == 11


def test_a_pathway_distance_is_set_in_its_own_field(provider):
    parameter = (
        QgsApplication.processingRegistry()
        .algorithmById("asm_pace:impactzones")
        .parameterDefinition("HUNTING_M")
    )
    assert parameter.description() == "Hunting pressure: distance (metres)"
    assert parameter.defaultValue() == 10000
    changed, _log = zones(PATHWAYS="hunting", HUNTING_M=12700)
    assert {(zone["dist_m"], zone["dist_src"]) for zone in changed} == {(12700, "parameter")}
    default, _log = zones(PATHWAYS="hunting", HUNTING_M=10000)
    assert {zone["dist_src"] for zone in default} == {
        "catalogue: Mockrin et al. (hunting catchments, used as a proxy)"
    }


def test_a_distance_typed_in_kilometres_is_warned_about(provider):
    _zones, log = zones(PATHWAYS="hunting", HUNTING_M=10)
    assert "Hunting pressure: 10 m is very small for this pathway" in log
    _zones, log = zones(PATHWAYS="hunting", HUNTING_M=9000)
    assert "very small" not in log


def test_a_trace_length_typed_in_kilometres_is_warned_about(provider):
    feedback = LogFeedback()
    run_algorithm(
        "asm_pace:downstreamtrace",
        {"SITES": sample("sites"), "RIVERS": sample("rivers"), "TRACE_LENGTH": 100, "OUTPUT": "memory:"},
        feedback,
    )
    assert "The length to trace, 100 m, is very small" in feedback.text()


def test_labels_show_no_internal_ids_and_distances_have_their_unit(provider):
    for algorithm in algorithms(provider):
        for parameter in algorithm.parameterDefinitions():
            assert "asm_pace:" not in parameter.description(), parameter.description()
            if isinstance(parameter, QgsProcessingParameterNumber) and "metres" in parameter.description():
                # An integer shows as typed (50000), not as 50000.000000.
                assert parameter.dataType() == compat.NUMBER_INTEGER, parameter.description()


@pytest.fixture()
def sample_in_project():
    project = QgsProject.instance()
    added = []
    for name in ("site_footprints", "protected_areas", "sites", "protected_area_points", "rivers"):
        layer = QgsVectorLayer(f"{SAMPLE_COPY}|layername={name}", name, "ogr")
        assert layer.isValid()
        project.addMapLayer(layer)
        added.append(layer.id())
    yield project
    project.removeMapLayers(added)


@pytest.fixture()
def french_dialogs(provider, qgis_iface):
    """Processing's own dialogs, as QGIS desktop makes them in French with its default "show group
    separator: off" (OmitGroupSeparator in the locale's formats)."""
    browser = QgsBrowserGuiModel()
    qgis_iface.browserModel = lambda: browser  # the parameters panel asks for it; the stand-in lacks it
    previous = QLocale()
    french = QLocale("fr_FR")
    french.setNumberOptions(french.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    QLocale.setDefault(french)
    yield QgsApplication.processingRegistry().algorithmById("asm_pace:impactzones")
    QLocale.setDefault(previous)
    del qgis_iface.browserModel


FRENCH_10_KM = "10\u202f000"  # Qt writes French thousands with a narrow no-break space


def test_numbers_in_the_toolbox_dialog_show_as_typed(french_dialogs, sample_in_project, qtbot):
    from processing.gui.AlgorithmDialog import AlgorithmDialog

    dialog = AlgorithmDialog(french_dialogs.create(), False, None)
    qtbot.addWidget(dialog)
    wrappers = dialog.mainWidget().wrappers
    hunting = wrappers["HUNTING_M"].wrappedWidget()
    assert hunting.text() == FRENCH_10_KM
    assert wrappers["CHARCOAL_TIMBER_M"].wrappedWidget().text() == "Not set"
    # Per-site fields are field pickers; the pathway=field texts of earlier versions are not shown.
    assert "HUNTING_DISTANCE_FIELD" in wrappers and "HUNTING_SWITCH_FIELD" in wrappers
    assert "DISTANCE_FIELDS" not in wrappers and "SWITCH_FIELDS" not in wrappers
    hunting.lineEdit().selectAll()
    qtbot.keyClicks(hunting.lineEdit(), "12 700")  # as a person types it, with a plain space
    hunting.interpretText()
    assert hunting.text() == "12\u202f700"
    parameters = dialog.createProcessingParameters()
    assert parameters["HUNTING_M"] == 12700
    assert parameters.get("CHARCOAL_TIMBER_M") is None


def test_numbers_in_the_batch_dialog_show_as_typed(french_dialogs, qtbot):
    from processing.gui.BatchAlgorithmDialog import BatchAlgorithmDialog
    from processing.gui.wrappers import WidgetWrapper

    dialog = BatchAlgorithmDialog(french_dialogs.create())
    qtbot.addWidget(dialog)
    panel = dialog.mainWidget()
    column = panel.parameter_to_column["HUNTING_M"]
    wrapper = panel.wrappers[0][column]
    assert not isinstance(wrapper, WidgetWrapper)
    assert wrapper.wrappedWidget().text() == FRENCH_10_KM
    assert panel.valueForParameter(0, "HUNTING_M") == 10000


def test_numbers_in_the_modeler_show_as_typed_and_keep_the_modeler_choices(french_dialogs, qtbot):
    from processing.modeler.ModelerParametersDialog import ModelerParametersDialog
    from qgis.gui import QgsProcessingModelerParameterWidget

    dialog = ModelerParametersDialog(french_dialogs.create(), QgsProcessingModelAlgorithm("model", "group"))
    qtbot.addWidget(dialog)
    widget = dialog.widget.widget.wrappers["HUNTING_M"]
    # QGIS's modeler widget: a value, a model input, another step's output or an expression.
    assert isinstance(widget, QgsProcessingModelerParameterWidget)
    assert [spin_box.text() for spin_box in widget.findChildren(QgsSpinBox)] == [FRENCH_10_KM]
    child = dialog.createAlgorithm()
    assert child.parameterSources()["HUNTING_M"][0].staticValue() == 10000


def test_classify_inputs_come_in_the_order_of_the_work(provider):
    algorithm = QgsApplication.processingRegistry().algorithmById("asm_pace:classifysites")
    names = [parameter.name() for parameter in algorithm.parameterDefinitions()]
    assert names[:5] == ["SITES", "PROTECTED_AREAS", "LANDSCAPES", "ECOREGIONS", "AZE_SITES"]
    assert not algorithm.parameterDefinition("DATA_VERSION").flags() & compat.FLAG_ADVANCED


def test_toolbox_groups_follow_the_work(provider):
    groups = {algorithm.groupId(): algorithm.group() for algorithm in algorithms(provider)}
    # The toolbox sorts groups by name.
    assert sorted(groups, key=lambda group_id: groups[group_id].lower()) == [
        "screening",
        "impacts",
        "pressure",
        "assessment",
        "monitoring",
    ]


def test_every_help_text_ends_with_the_next_step(provider):
    for algorithm in algorithms(provider):
        last_paragraph = algorithm.shortHelpString().rsplit("<p>", 1)[-1]
        assert last_paragraph.startswith("<b>Next step</b>"), algorithm.id()


def test_every_help_button_opens_a_shipped_page(provider):
    for algorithm in algorithms(provider):
        url = QUrl(algorithm.helpUrl())
        assert url.isLocalFile() and url.toLocalFile() == str(help_page(algorithm.name()))
        assert algorithm.displayName() in help_page(algorithm.name()).read_text(encoding="utf-8")
    text = help_page(GETTING_STARTED).read_text(encoding="utf-8")
    for algorithm in algorithms(provider):
        assert f'href="{algorithm.name()}.html"' in text


def test_help_pages_are_up_to_date(provider, compiled_translations, tmp_path):
    for path in make_help.write_pages(provider, tmp_path):
        shipped = HELP_DIR / path.relative_to(tmp_path)
        assert shipped.read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), (
            f"{shipped.name} is out of date: run .venv/bin/python tools/make_help.py"
        )


def test_the_zip_holds_the_help_pages(compiled_translations, tmp_path):
    with zipfile.ZipFile(package.build_zip(tmp_path)) as opened:
        names = set(opened.namelist())
    assert {
        f"asm_pace_plugin/resources/help/{name}.html" for name in ("classifysites", GETTING_STARTED)
    } <= names


def test_after_loading_the_sample_the_classify_dialog_takes_its_sites(provider, sample_in_project):
    presets = sample_presets("asm_pace:classifysites", sample_in_project)
    assert presets["SITES"].name() == "sites"  # not the footprints, nor another layer
    assert [layer.name() for layer in presets["PROTECTED_AREAS"]] == [
        "protected_areas",
        "protected_area_points",
    ]
    assert sample_presets("asm_pace:downstreamtrace", sample_in_project)["RIVERS"].name() == "rivers"
    assert sample_presets("asm_pace:classifysites", QgsProject()) == {}


@pytest.mark.parametrize("language", ["en", "fr", "es", "pt"])
def test_the_toolbox_lists_the_steps_in_the_order_of_the_work(provider, compiled_translations, language):
    """QGIS's own toolbox model, in each language: pressure comes after the zones and the trace
    (in French "Pression" sorts before "Zones d'impact" within one group)."""
    from qgis.gui import QgsProcessingToolboxModel, QgsProcessingToolboxProxyModel

    from asm_pace_plugin.core.shared import i18n

    i18n.install_translator(language)
    try:
        model = QgsProcessingToolboxProxyModel()
        model.setFilters(QgsProcessingToolboxProxyModel.Filter.FilterToolbox)
        model.sort(0)
        listed = []

        def walk(parent):
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                algorithm_id = model.data(index, QgsProcessingToolboxModel.Roles.RoleAlgorithmId)
                if algorithm_id and algorithm_id.startswith("asm_pace:"):
                    listed.append(algorithm_id)
                walk(index)

        walk(model.index(-1, -1))
    finally:
        i18n.remove_translator()
    position = {algorithm_id: listed.index(algorithm_id) for algorithm_id in STEP_ALGORITHM_IDS}
    assert position["asm_pace:classifysites"] < position["asm_pace:impactzones"]
    assert position["asm_pace:classifysites"] < position["asm_pace:downstreamtrace"]
    assert (
        max(position["asm_pace:impactzones"], position["asm_pace:downstreamtrace"])
        < position["asm_pace:papressure"]
    )
    assert position["asm_pace:papressure"] < min(
        position["asm_pace:sitedossiers"], position["asm_pace:exportassessments"]
    )


DEVELOPER_WORDS = re.compile(r"README|resources/|\.csv|qgis_process|not_tested|[A-Z_]{4,}=|=[a-z_]+\b")


@pytest.mark.parametrize("language", ["en", "fr", "es", "pt"])
def test_help_panels_speak_of_what_the_dialog_shows(provider, compiled_translations, language):
    """The help beside each dialog is for the officer: no README, file paths, command-line syntax
    or stored codes (they belong to the README)."""
    from asm_pace_plugin.core.shared import i18n

    i18n.install_translator(language)
    try:
        helps = {algorithm.id(): algorithm.shortHelpString() for algorithm in algorithms(provider)}
    finally:
        i18n.remove_translator()
    found = {algorithm_id: DEVELOPER_WORDS.findall(text) for algorithm_id, text in helps.items()}
    assert {algorithm_id: words for algorithm_id, words in found.items() if words} == {}
