"""The bad-input corpus, part nine: messages that say what to fix, and files left as they were."""

import re
import shutil

import pytest
from layers import LogFeedback, run_algorithm
from qgis.core import QgsVectorLayer

from asm_pace_plugin.core.assessment.workspace import open_workspace
from asm_pace_plugin.core.shared.paths import SAMPLE_GPKG, SAMPLE_LAYERS


def test_reading_the_shipped_sample_with_gdal_changes_none_of_its_bytes(qgis_app, tmp_path):
    copy = tmp_path / "asm_pace_sample.gpkg"
    shutil.copy(SAMPLE_GPKG, copy)  # the tracked file itself is never opened by a test
    for name in SAMPLE_LAYERS:
        layer = QgsVectorLayer(f"{copy}|layername={name}", name, "ogr")
        assert layer.isValid() and sum(1 for _feature in layer.getFeatures()) == layer.featureCount()
        del layer
    assert copy.read_bytes() == SAMPLE_GPKG.read_bytes()


def test_an_export_into_a_folder_that_does_not_exist_creates_it_as_dossiers_do(provider, tmp_path):
    workspace = open_workspace(tmp_path / "assessment.gpkg", officer="Officer Test")
    workspace.record_site("S01", "Camp", None, {"pace_class": "protected_area"})
    workspace.close()
    target = tmp_path / "reports" / "2026" / "export.csv"
    log = LogFeedback()
    run_algorithm(
        "asm_pace:exportassessments",
        {"WORKSPACE": str(tmp_path / "assessment.gpkg"), "OUTPUT": str(target)},
        log,
    )
    assert "S01" in target.read_text(encoding="utf-8")


def exported(tmp_path, language):
    workspace = tmp_path / "assessment.gpkg"
    if not workspace.exists():
        opened = open_workspace(workspace, officer="Officer Test")
        opened.record_site("S01", "Camp", None, {"pace_class": "protected_area"})
        opened.add_decision("S01", "formalisation", "Agreed after the second meeting.")
        opened.close()
    target = tmp_path / f"export-{language!r}.csv"
    run_algorithm(
        "asm_pace:exportassessments",
        {"WORKSPACE": str(workspace), "OUTPUT": str(target), "LANGUAGE": language},
    )
    return target.read_text(encoding="utf-8")


def test_language_takes_the_codes_an_officer_types_and_the_option_numbers_of_earlier_models(
    provider, tmp_path
):
    assert exported(tmp_path, "fr") == exported(tmp_path, 2) == exported(tmp_path, " FR ")
    assert exported(tmp_path, "en") == exported(tmp_path, 1) != exported(tmp_path, "fr")
    assert exported(tmp_path, "pt") == exported(tmp_path, 4)
    assert exported(tmp_path, "") == exported(tmp_path, 0)


def test_a_language_the_plugin_does_not_speak_is_refused_with_the_codes_it_does(provider, tmp_path):
    import pytest
    from qgis.core import QgsProcessingException

    with pytest.raises(
        QgsProcessingException, match=r"'de' is not a language of the plugin. Give one of en, fr, es, pt"
    ):
        exported(tmp_path, "de")


@pytest.mark.slow
def test_qgis_process_takes_language_fr_as_typed(qgis_process_home, tmp_path):
    import qgis_process_runner

    workspace = tmp_path / "assessment.gpkg"
    opened = open_workspace(workspace, officer="Officer Test")
    opened.record_site("S01", "Camp", None, {"pace_class": "protected_area"})
    opened.close()
    result = qgis_process_runner.run(
        [
            "run",
            "asm_pace:exportassessments",
            "--",
            f"WORKSPACE={workspace}",
            f"OUTPUT={tmp_path / 'e.csv'}",
            "LANGUAGE=fr",
        ],
        qgis_process_home,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "e.csv").exists()


PARK = "POLYGON((28 -2, 29 -2, 29 -1, 28 -1, 28 -2))"


def test_a_geopackage_of_polygon_sites_holding_multipolygons_is_declared_multi(provider, tmp_path):
    import sqlite3

    from layers import memory_layer

    multi = (
        "MULTIPOLYGON(((28.1 -1.1, 28.2 -1.1, 28.2 -1.2, 28.1 -1.1)), "
        "((28.3 -1.3, 28.4 -1.3, 28.4 -1.4, 28.3 -1.3)))"
    )
    rows = [
        ("POLYGON((28.4 -1.6, 28.6 -1.6, 28.6 -1.4, 28.4 -1.4, 28.4 -1.6))", ["single"]),
        (multi, ["multi"]),
    ]
    sites = memory_layer("Polygon", "EPSG:4326", ["code:string"], rows)
    park = memory_layer("Polygon", "EPSG:4326", ["NAME:string"], [(PARK, ["Park"])])
    output = tmp_path / "classified.gpkg"
    run_algorithm(
        "asm_pace:classifysites", {"SITES": sites, "PROTECTED_AREAS": [park], "OUTPUT": str(output)}
    )
    connection = sqlite3.connect(str(output))
    try:
        (declared,) = connection.execute("SELECT geometry_type_name FROM gpkg_geometry_columns").fetchone()
    finally:
        connection.close()
    assert declared == "MULTIPOLYGON"


def test_texts_cut_to_fit_a_shapefile_are_announced_in_the_plugins_own_words(provider, tmp_path):
    from layers import memory_layer

    names = [f"Réserve forestière numéro {number} de la chefferie de Wamuzimu" for number in range(8)]
    parks = memory_layer("Polygon", "EPSG:4326", ["NAME:string"], [(PARK, [name]) for name in names])
    sites = memory_layer("Point", "EPSG:4326", ["code:string"], [("POINT(28.5 -1.5)", ["A"])])
    log = LogFeedback()
    output = tmp_path / "classified.shp"
    run_algorithm(
        "asm_pace:classifysites", {"SITES": sites, "PROTECTED_AREAS": [parks], "OUTPUT": str(output)}, log
    )
    assert "1 text(s) longer than a Shapefile holds (254 bytes) were cut short" in log.text()
    assert "Choose a GeoPackage" in log.text()


def test_a_site_key_holding_a_comma_can_be_chosen_in_double_quotes():
    from asm_pace_plugin.core.assessment.dossier import chosen_keys

    available = ["Kamituga, upper", "S02", "S03"]
    assert chosen_keys(available, '"Kamituga, upper", S03') == ["Kamituga, upper", "S03"]
    assert chosen_keys(available, "Kamituga, upper") == ["Kamituga, upper"]  # the whole text is a key
    with pytest.raises(ValueError, match="double quotes"):
        chosen_keys(available, "Kamituga")


def test_a_hash_in_the_dossier_pages_name_leaves_its_pictures_reachable(provider, tmp_path):
    import re
    from urllib.parse import unquote

    workspace = open_workspace(tmp_path / "assessment.gpkg", officer="Officer Test")
    from qgis.core import QgsGeometry

    workspace.record_site(
        "S01", "Camp", QgsGeometry.fromWkt("POINT(28.5 -1.5)"), {"pace_class": "protected_area"}
    )
    workspace.close()
    html = tmp_path / "meeting #3.html"
    run_algorithm(
        "asm_pace:sitedossiers",
        {
            "WORKSPACE": str(tmp_path / "assessment.gpkg"),
            "OUTPUT_PDF": str(tmp_path / "d.pdf"),
            "OUTPUT_HTML": str(html),
        },
    )
    sources = re.findall(r"<img src='([^']+)'", html.read_text(encoding="utf-8"))
    assert sources and all("#" not in source for source in sources)
    assert all((tmp_path / unquote(source)).is_file() for source in sources)


def test_pressure_rows_of_two_layers_with_the_same_ids_carry_their_layer(provider):
    from layers import features, memory_layer

    fields = ["WDPAID:integer", "NAME:string", "STATUS:string"]
    wdpa = memory_layer("Polygon", "EPSG:4326", fields, [(PARK, [7, "Park", "Designated"])], name="wdpa")
    national = memory_layer(
        "Polygon", "EPSG:4326", fields, [(PARK, [7, "Parc", "Designated"])], name="national"
    )
    zone = "POLYGON((28.4 -1.6, 28.6 -1.6, 28.6 -1.4, 28.4 -1.4, 28.4 -1.6))"
    zones = memory_layer(
        "Polygon", "EPSG:4326", ["site_id:string", "pathway:string"], [(zone, ["A", "footprint"])]
    )
    result = run_algorithm(
        "asm_pace:papressure",
        {"ZONES": [zones], "PROTECTED_AREAS": [wdpa, national], "OUTPUT": "memory:", "SITE_TABLE": "memory:"},
    )
    rows = sorted((row["pa_layer"], row["pa_id"]) for row in features(result["OUTPUT"]))
    assert rows == [("national", "7"), ("wdpa", "7")]
    per_site = sorted((row["pa_layer"], row["pa_id"]) for row in features(result["SITE_TABLE"]))
    assert per_site == [("national", "7"), ("wdpa", "7")]


def test_the_shipped_model_with_two_outputs_on_one_file_says_they_share_it(provider, tmp_path):
    from qgis import processing
    from qgis.core import QgsProcessingException, QgsProcessingModelAlgorithm
    from sample_data import SAMPLE_COPY

    from asm_pace_plugin.core.shared.paths import MODELS_DIR

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODELS_DIR / "classify_impacts_pressure.model3"))
    shared = str(tmp_path / "results.gpkg")
    parameters = {
        "sites": f"{SAMPLE_COPY}|layername=sites",
        "protected_areas": [f"{SAMPLE_COPY}|layername=protected_areas"],
        "pathways": [0],
        "classify:classified_sites": str(tmp_path / "classified.gpkg"),
        "zones:impact_zones": shared,
        "pressure:pa_pressure": shared,
        "pressure:site_pressure": str(tmp_path / "site_pressure.gpkg"),
    }

    class ErrorLog(LogFeedback):
        def reportError(self, error, fatal=False):
            self.lines.append(error)

    log = ErrorLog()
    with pytest.raises(QgsProcessingException) as stopped:  # the model names the step that stopped
        processing.run(model, parameters, feedback=log)
    # QGIS 3.22 logs a step's error and raises a generic one; 3.40 raises the step's own sentence.
    said = f"{log.text()}\n{stopped.value}"
    assert re.search(r"'Impact zones' and 'Pressure.*' would both be written to .*results.gpkg", said)
