"""The protected-area settings of classify and pressure are picked, not typed: the fields of the
layers given, and WDPA's statuses ticked in a list; the texts of earlier models and command
lines still work."""

import pytest
from layers import memory_layer, run_algorithm, sample
from qgis.core import QgsApplication, QgsProject
from qgis.gui import QgsBrowserGuiModel
from sample_data import SAMPLE_COPY

from asm_pace_plugin.core.screening import pace

NATIONAL = f"{SAMPLE_COPY}|layername=national_protected_areas"
PARK = "POLYGON((29.0 -2.0, 29.2 -2.0, 29.2 -1.8, 29.0 -1.8, 29.0 -2.0))"


@pytest.fixture()
def dialog_of(provider, qgis_iface, qtbot):
    from processing.gui.AlgorithmDialog import AlgorithmDialog

    browser = QgsBrowserGuiModel()
    qgis_iface.browserModel = lambda: browser  # the parameters panel asks for it; the stand-in lacks it

    def make(algorithm_id):
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        dialog = AlgorithmDialog(algorithm, False, None)
        qtbot.addWidget(dialog)
        return dialog

    yield make
    del qgis_iface.browserModel


@pytest.mark.parametrize("algorithm_id", ["asm_pace:classifysites", "asm_pace:papressure"])
def test_the_name_field_lists_the_fields_of_the_protected_areas_given(dialog_of, algorithm_id):
    from qgis.core import QgsVectorLayer

    national = QgsVectorLayer(NATIONAL, "aires protégées", "ogr")
    QgsProject.instance().addMapLayer(national)
    try:
        dialog = dialog_of(algorithm_id)
        dialog.setParameters(
            {"PROTECTED_AREAS": [national.id()], "ZONES": [national.id()], "SITES": national.id()}
        )
        wrappers = dialog.mainWidget().wrappers
        combo = wrappers["PA_NAME_FIELD"].wrappedWidget()
        assert [combo.itemText(index) for index in range(combo.count())] == [
            "", "CAT_IUCN", "fid", "ID_AP", "NOM_AP", "TYPE_AP"
        ]  # fmt: skip
        combo.setCurrentText("NOM_AP")
        statuses = wrappers["KEEP_STATUS_LIST"]
        assert "KEEP_STATUSES" not in wrappers or wrappers["KEEP_STATUSES"].wrappedWidget() is None
        parameters = dialog.createProcessingParameters()
        assert parameters["PA_NAME_FIELD"] == "NOM_AP"
        assert parameters["KEEP_STATUS_LIST"] == [0, 1, 2]  # Designated, Inscribed, Established
        assert statuses.parameterDefinition().options()[:3] == ["Designated", "Inscribed", "Established"]
    finally:
        QgsProject.instance().removeMapLayer(national.id())


def _classify_s04(**parameters):
    result = run_algorithm(
        "asm_pace:classifysites",
        {
            "SITES": sample("sites"),
            "PROTECTED_AREAS": [sample("protected_areas")],
            "OUTPUT": "memory:",
            **parameters,
        },
    )
    return {site["site_code"]: site["pace_class"] for site in result["OUTPUT"].getFeatures()}["S04"]


def test_statuses_are_ticked_and_the_old_text_still_wins(provider):
    # S04 lies only in a Proposed area: left out by default, kept when Proposed is ticked.
    assert _classify_s04() != pace.PROTECTED_AREA
    assert _classify_s04(KEEP_STATUS_LIST=[0, 1, 2, 3]) == pace.PROTECTED_AREA
    assert _classify_s04(KEEP_STATUS_LIST=[]) == pace.PROTECTED_AREA  # none ticked: every status
    assert _classify_s04(KEEP_STATUSES="Designated,Proposed", KEEP_STATUS_LIST=[0]) == pace.PROTECTED_AREA
    assert _classify_s04(KEEP_STATUSES="Designated") != pace.PROTECTED_AREA


def test_a_field_typed_in_a_model_or_command_line_still_names_the_field(provider):
    national = memory_layer(
        "Polygon", "EPSG:4326", ["ID_AP:integer", "NOM_AP:string", "TYPE_AP:string"],
        [(PARK, [1, "Parc de Kivalu", "Parc national"])],
    )  # fmt: skip
    sites = memory_layer("Point", "EPSG:4326", ["site_code:string"], [("POINT(29.1 -1.9)", ["K1"])])
    result = run_algorithm(
        "asm_pace:classifysites",
        {"SITES": sites, "PROTECTED_AREAS": [national], "PA_NAME_FIELD": "NOM_AP", "PA_ID_FIELD": "ID_AP",
         "PA_DESIGNATION_FIELD": "TYPE_AP", "OUTPUT": "memory:"},
    )  # fmt: skip
    assert next(result["OUTPUT"].getFeatures())["pa_names"] == "Parc de Kivalu"
