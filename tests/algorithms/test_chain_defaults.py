"""The whole chain headless with qgis_process and the dialog defaults: only the layers and the
output files are given, as an officer who keeps every default would. The steps must meet: one
site key throughout, and every GeoPackage output opens styled."""

import csv
import sqlite3
from contextlib import closing

import pytest
import qgis_process_runner
import sample_workspace
from layers import memory_layer, sample, write_shapefile
from qgis.core import QgsVectorLayer

pytestmark = pytest.mark.slow

PROTECTED_AREAS = [
    f"PROTECTED_AREAS={sample('protected_areas')}",
    f"PROTECTED_AREAS={sample('protected_area_points')}",
]


def run(home, algorithm, *arguments):
    result = qgis_process_runner.run(["run", algorithm, "--", *arguments], home)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def values(path, field, table=None):
    layer = QgsVectorLayer(f"{path}|layername={table}" if table else str(path), "out", "ogr")
    assert layer.isValid(), path
    return [feature[field] for feature in layer.getFeatures()]


def assessment_steps(home, out, classified, key_field="site_code"):
    """Pressure from out's zones and corridors, a workspace over the classified sites keyed by
    key_field (as the dock keys it), dossiers and export: their logs."""
    logs = {}
    logs["pressure"] = run(
        home, "asm_pace:papressure", f"ZONES={out / 'zones.gpkg'}", f"ZONES={out / 'corridors.gpkg'}",
        *PROTECTED_AREAS, f"SITES={classified}",
        f"OUTPUT={out / 'pressure.gpkg'}", f"SITE_TABLE={out / 'site_pressure.gpkg'}",
    )  # fmt: skip
    workspace = out / "assessment.gpkg"
    sample_workspace.build(workspace, QgsVectorLayer(str(classified), "classified", "ogr"), key_field)
    logs["dossiers"] = run(
        home, "asm_pace:sitedossiers", f"WORKSPACE={workspace}", f"SITES={classified}",
        f"IMPACT_ZONES={out / 'zones.gpkg'}", f"PRESSURE={out / 'site_pressure.gpkg'}",
        f"OUTPUT_PDF={out / 'dossiers.pdf'}",
    )  # fmt: skip
    logs["export"] = run(
        home, "asm_pace:exportassessments", f"WORKSPACE={workspace}", f"OUTPUT={out / 'assessments.csv'}"
    )
    return logs


@pytest.fixture(scope="module")
def chain(qgis_process_home, tmp_path_factory):
    out = tmp_path_factory.mktemp("chain")
    home = qgis_process_home
    logs = {
        "classify": run(
            home,
            "asm_pace:classifysites",
            f"SITES={sample('sites')}",
            *PROTECTED_AREAS,
            f"LANDSCAPES={sample('landscapes')}",
            f"ECOREGIONS={sample('ecoregions')}",
            f"OUTPUT={out / 'classified.gpkg'}",
            f"SUMMARY={out / 'summary.gpkg'}",
        ),
    }
    classified = out / "classified.gpkg"
    logs["zones"] = run(home, "asm_pace:impactzones", f"SITES={classified}", f"OUTPUT={out / 'zones.gpkg'}")
    logs["trace"] = run(
        home, "asm_pace:downstreamtrace", f"SITES={classified}", f"RIVERS={sample('rivers')}",
        f"OUTPUT={out / 'traces.gpkg'}", f"CORRIDOR={out / 'corridors.gpkg'}",
    )  # fmt: skip
    return out, {**logs, **assessment_steps(home, out, classified)}


@pytest.fixture(scope="module")
def chain_without_key(qgis_process_home, tmp_path_factory):
    """The chain on a Shapefile of the sample sites that no field names once: the classified
    GeoPackage numbers its features anew, zones are made from the raw Shapefile, the rest from
    the classified layer, all with the dialog defaults."""
    out = tmp_path_factory.mktemp("chain-without-key")
    home = qgis_process_home
    source = QgsVectorLayer(sample("sites"), "sites", "ogr")
    rows = [(feature.geometry().asWkt() or None, [feature["site_name"]]) for feature in source.getFeatures()]
    raw = write_shapefile(
        memory_layer("Point", "EPSG:4326", ["site_name:string(80)"], rows), out / "sites.shp"
    )
    classified = out / "classified.gpkg"
    logs = {
        "classify": run(home, "asm_pace:classifysites", f"SITES={raw}", *PROTECTED_AREAS,
                        f"LANDSCAPES={sample('landscapes')}", f"OUTPUT={classified}"),
        "zones": run(home, "asm_pace:impactzones", f"SITES={raw}", f"OUTPUT={out / 'zones.gpkg'}"),
        "trace": run(home, "asm_pace:downstreamtrace", f"SITES={classified}", f"RIVERS={sample('rivers')}",
                     f"OUTPUT={out / 'traces.gpkg'}", f"CORRIDOR={out / 'corridors.gpkg'}"),
    }  # fmt: skip
    return out, {**logs, **assessment_steps(home, out, classified, "site_key")}


def test_sites_without_a_key_field_meet_through_the_chain_by_their_stored_feature_id(chain_without_key):
    out, logs = chain_without_key
    assert "each site's feature id is stored in the field site_key" in logs["classify"]
    classified = out / "classified.gpkg"
    keys = dict(zip(values(classified, "site_key"), values(classified, "pace_class")))
    assert sorted(keys, key=int) == [str(fid) for fid in range(12)]  # the Shapefile's 0..11, not 1..12
    located = {key for key, site_class in keys.items() if site_class != "unclassified"}
    assert set(values(out / "zones.gpkg", "site_id")) == located  # zones of the raw Shapefile
    traced = set(values(out / "traces.gpkg", "site_id"))
    assert traced and traced <= located
    reached = {site for row in values(out / "pressure.gpkg", "site_ids") for site in row.split("; ")}
    assert reached and reached <= located
    for step in ("trace", "pressure"):
        assert "Sites are named by site_key" in logs[step], step
    assert "0 of" not in logs["pressure"] + logs["dossiers"]
    assert "11 of 11 sites have impact zones" in logs["pressure"]  # the 12th has no geometry
    assert "12 dossiers" in logs["dossiers"] or "11 dossiers" in logs["dossiers"]
    with open(out / "assessments.csv", encoding="utf-8") as handle:
        assert {row["site_key"] for row in csv.DictReader(handle)} == set(keys)


def test_the_classification_names_its_key_and_every_later_step_uses_it(chain):
    out, logs = chain
    assert "Sites are named by site_code (the site key)" in logs["classify"]
    codes = {code for code, geometry in zip(values(out / "classified.gpkg", "site_code"),
                                            values(out / "classified.gpkg", "pace_class"))
             if geometry != "unclassified"}  # fmt: skip
    assert len(codes) == 11
    assert set(values(out / "zones.gpkg", "site_id")) == codes  # every site has its zones, as S01...
    traced = set(values(out / "traces.gpkg", "site_id"))
    assert traced and traced <= codes
    reached = {site for row in values(out / "pressure.gpkg", "site_ids") for site in row.split("; ")}
    assert reached and reached <= codes  # never "1" beside "S01"
    assert set(values(out / "site_pressure.gpkg", "site_id")) <= codes
    for step in ("zones", "trace", "pressure"):
        assert "Sites are named by site_code" in logs[step], step
    assert "0 of" not in logs["pressure"] + logs["dossiers"]
    assert "sites have impact zones" in logs["pressure"]


def test_dossiers_and_export_cover_every_assessed_site(chain):
    out, logs = chain
    assert (out / "dossiers.pdf").stat().st_size > 10_000
    assert "12 dossiers" in logs["dossiers"] or "11 dossiers" in logs["dossiers"]
    with open(out / "assessments.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["site_key"] for row in rows} >= {"S02", "S05"}


@pytest.mark.parametrize(
    "name", ["classified", "summary", "zones", "traces", "corridors", "pressure", "site_pressure"]
)
def test_every_geopackage_output_of_a_headless_run_keeps_its_style(chain, name):
    out, _logs = chain
    with closing(sqlite3.connect(out / f"{name}.gpkg")) as database:
        assert database.execute("SELECT useAsDefault FROM layer_styles").fetchall() == [(1,)]
    layer = QgsVectorLayer(str(out / f"{name}.gpkg"), name, "ogr")
    if layer.isSpatial():
        assert layer.renderer().type() in ("categorizedSymbol", "graduatedSymbol"), name
