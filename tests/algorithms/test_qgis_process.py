"""The plugin headless through the real qgis_process: from the checkout, from the zip, in a model."""

import zipfile

import demo
import package
import pytest
import qgis_process_runner
from qgis.core import QgsVectorLayer
from sample_data import SAMPLE_COPY

from asm_pace_plugin.core.shared.paths import MODELS_DIR

pytestmark = pytest.mark.slow


def classes_in(gpkg):
    layer = QgsVectorLayer(str(gpkg), "out", "ogr")
    assert layer.isValid(), gpkg
    return {
        feature["site_code"]: (feature["pace_class"], feature["expected"]) for feature in layer.getFeatures()
    }


def assert_expected_classes(gpkg):
    classes = classes_in(gpkg)
    assert len(classes) == 12
    assert all(got == expected for got, expected in classes.values()), classes


def test_algorithm_is_listed_with_help(qgis_process_home):
    listing = qgis_process_runner.run(["list"], qgis_process_home)
    assert listing.returncode == 0, listing.stderr
    assert "asm_pace:classifysites" in listing.stdout
    help_text = qgis_process_runner.run(["help", "asm_pace:classifysites"], qgis_process_home)
    assert help_text.returncode == 0
    assert "PROTECTED_AREAS" in help_text.stdout and "WWF priority landscape" in help_text.stdout


def test_demo_command_line_classifies_the_sample(qgis_process_home, tmp_path):
    result = qgis_process_runner.run(demo.classify_arguments(tmp_path, SAMPLE_COPY), qgis_process_home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (
        "Classified 12 sites: In a protected area: 6, In a WWF priority landscape: 2, In a Global 200 "
        "ecoregion (critical ecosystem): 1" in result.stdout
    )
    assert_expected_classes(tmp_path / "classified_sites.gpkg")
    assert (tmp_path / "pace_summary.csv").read_text(encoding="utf-8").startswith("summary,pace_class")


def test_bad_input_exits_with_a_message(qgis_process_home, tmp_path):
    result = qgis_process_runner.run(
        ["run", "asm_pace:classifysites", "--", f"SITES={SAMPLE_COPY}|layername=sites",
         f"PROTECTED_AREAS={SAMPLE_COPY}|layername=protected_areas", "PA_NAME_FIELD=NOM_PARC",
         f"OUTPUT={tmp_path / 'out.gpkg'}"],
        qgis_process_home,
    )  # fmt: skip
    assert result.returncode == 1
    assert "No protected-area layer has the field 'NOM_PARC'" in result.stdout + result.stderr


def test_shipped_model_runs_headless(qgis_process_home, tmp_path):
    model = MODELS_DIR / "classify_sites.model3"
    result = qgis_process_runner.run(
        ["run", str(model), "--",
         f"sites={SAMPLE_COPY}|layername=sites",
         f"protected_areas={SAMPLE_COPY}|layername=protected_areas",
         f"protected_areas={SAMPLE_COPY}|layername=protected_area_points",
         f"landscapes={SAMPLE_COPY}|layername=landscapes",
         f"ecoregions={SAMPLE_COPY}|layername=ecoregions",
         f"classify:classified_sites={tmp_path / 'model_out.gpkg'}"],
        qgis_process_home,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert_expected_classes(tmp_path / "model_out.gpkg")


def test_packaged_zip_installs_and_runs(compiled_translations, tmp_path):
    archive = package.build_zip(tmp_path / "dist")
    with zipfile.ZipFile(archive) as opened:
        names = opened.namelist()
        assert "asm_pace_plugin/metadata.txt" in names
        assert {f"asm_pace_plugin/i18n/asm_pace_{language}.qm" for language in ("fr", "es", "pt")} <= set(
            names
        )
        assert "asm_pace_plugin/resources/sample/asm_pace_sample.gpkg" in names
        assert not any("__pycache__" in name for name in names)
        plugins = tmp_path / "plugins"
        opened.extractall(plugins)
    home = tmp_path / "home"
    qgis_process_runner.enable_plugin(home, plugin_parent=plugins)
    sample = plugins / "asm_pace_plugin" / "resources" / "sample" / "asm_pace_sample.gpkg"
    result = qgis_process_runner.run(demo.classify_arguments(tmp_path, sample), home, plugin_parent=plugins)
    assert result.returncode == 0, result.stdout + result.stderr
    assert_expected_classes(tmp_path / "classified_sites.gpkg")


def test_make_demo_runs_the_whole_chain(tmp_path):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, str(demo.REPO / "tools" / "demo.py"), "--out", str(tmp_path)],
        capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    for name in ("classified_sites.gpkg", "impact_zones.gpkg", "mercury_corridors.gpkg", "pa_pressure.gpkg",
                 "site_pressure.csv", "pace_summary.csv"):  # fmt: skip
        assert (tmp_path / name).stat().st_size > 0, name
    assert "protected_area          6" in result.stdout
    assert "Impact zones: 44 zones written for 11 sites and 4 pathways" in result.stdout
    assert "Downstream trace: 4 sites traced" in result.stdout
    assert "10,000 ha  hunting                  Sanctuaire de Tshivanga" in result.stdout
