"""The shipped model (classify -> impact zones -> pressure) runs headless in qgis_process."""

import json

import pytest
from qgis.core import QgsVectorLayer
from sample_data import SAMPLE_COPY

from asm_pace_plugin.core.shared.paths import MODELS_DIR

MODEL = MODELS_DIR / "classify_impacts_pressure.model3"


@pytest.mark.slow
def test_model_runs_in_qgis_process(qgis_process_home, tmp_path):
    import qgis_process_runner

    outputs = {
        "classify:classified_sites": tmp_path / "classified.gpkg",
        "zones:impact_zones": tmp_path / "zones.gpkg",
        "pressure:pa_pressure": tmp_path / "pressure.gpkg",
        "pressure:site_pressure": tmp_path / "site_pressure.gpkg",
    }
    arguments = [
        "run",
        str(MODEL),
        "--json",
        "--",
        f"sites={SAMPLE_COPY}|layername=sites",
        f"protected_areas={SAMPLE_COPY}|layername=protected_areas",
        f"protected_areas={SAMPLE_COPY}|layername=national_protected_areas",
        "pathways=0,1",  # the first two of the list: footprint, off-site deforestation
        *(f"{name}={path}" for name, path in outputs.items()),
    ]
    result = qgis_process_runner.run(arguments, qgis_process_home, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    start = result.stdout.index("{")
    assert "results" in json.loads(result.stdout[start:])
    zones = QgsVectorLayer(str(outputs["zones:impact_zones"]), "zones", "ogr")
    assert zones.featureCount() == 2 * 11  # 11 sites with a geometry, 2 pathways
    assert set(zones.uniqueValues(zones.fields().indexOf("pathway"))) == {
        "footprint",
        "offsite_deforestation",
    }
    pressure = QgsVectorLayer(str(outputs["pressure:pa_pressure"]), "pressure", "ogr")
    assert pressure.featureCount() > 0
    names = set(pressure.uniqueValues(pressure.fields().indexOf("pa_name")))
    assert "Parc National de la Lowa (synthétique)" in names  # from the national layer
    shares = [feature["pa_share"] for feature in pressure.getFeatures()]
    assert all(0 < share <= 1 for share in shares)
    site_table = QgsVectorLayer(str(outputs["pressure:site_pressure"]), "sites", "ogr")
    assert site_table.featureCount() >= pressure.featureCount()


MINING_MODEL = MODELS_DIR / "classify_mining_over_time.model3"


@pytest.mark.slow
def test_the_mining_over_time_model_runs_in_qgis_process(qgis_process_home, tmp_path):
    """classify footprints -> mining over time -> protected-area reports, headless: the year field
    travels through the classification, the protected areas are read the same way by both, and the
    reports come out in French, one per protected area and one for all."""
    import qgis_process_runner

    outputs = {
        "classify:classified_footprints": tmp_path / "classified.gpkg",
        "mining:mining_over_time": tmp_path / "mining.gpkg",
        "mining:mining_trends": tmp_path / "trends.csv",
        "report:reports": tmp_path / "reports",
    }
    arguments = [
        "run",
        str(MINING_MODEL),
        "--json",
        "--",
        f"footprints={SAMPLE_COPY}|layername=mining_footprints",
        f"protected_areas={SAMPLE_COPY}|layername=protected_areas",
        "language=2",  # French (the model's own list: QGIS's, en, fr, es, pt)
        *(f"{name}={path}" for name, path in outputs.items()),
    ]
    result = qgis_process_runner.run(arguments, qgis_process_home, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    mining = QgsVectorLayer(str(outputs["mining:mining_over_time"]), "mining", "ogr")
    rows = {(row["area_id"], row["period"]): row for row in mining.getFeatures()}
    assert {period for _area, period in rows} == {"2019", "2020", "2021", "2022", "2023"}
    assert {area for area, _period in rows} == {"1001", "1002", "1003"}
    assert rows[("1001", "2023")]["trend"] == "accelerating"
    assert rows[("1003", "2023")]["trend"] == "slowing"
    classified = QgsVectorLayer(str(outputs["classify:classified_footprints"]), "classified", "ogr")
    assert classified.featureCount() == 16
    reports = sorted(path.name for path in outputs["report:reports"].glob("*.pdf"))
    assert len(reports) == 4 and "toutes_les_aires.pdf" in reports, reports
    assert (outputs["report:reports"] / "toutes_les_aires.html").is_file()
