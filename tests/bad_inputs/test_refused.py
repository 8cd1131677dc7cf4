"""The bad-input corpus, part one: parameters every algorithm must refuse before it writes.

Each case is a kind of mistake an officer makes (an output on top of an input, two outputs on
one file, a folder that cannot be written, a misspelt field), tried on the algorithms it
applies to. Each must end in a QgsProcessingException whose sentence says what to fix, and
leave every row of every input file as it was.
"""

import hashlib
import shutil
import sqlite3

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from sample_data import SAMPLE_COPY

from asm_pace_plugin.core.assessment.workspace import open_workspace

OVERWRITE = "would overwrite the input"
SAME_OUTPUT = "would both be written to"
NOT_A_FOLDER = "is a file, not a folder"
NOT_WRITABLE = "does not accept new files"
IS_A_FOLDER = "is a folder. Give a file name"
NOT_FINITE = "Give a finite value"
SITE_FIELDS = "Its fields are: fid, site_code, site_name, mineral, expected"


@pytest.fixture()
def files(tmp_path, qgis_app):
    """Copies of the sample GeoPackage and an assessment workspace, and a plain file."""
    data = tmp_path / "data.gpkg"
    shutil.copy(SAMPLE_COPY, data)
    workspace_path = tmp_path / "assessment.gpkg"
    workspace = open_workspace(workspace_path, officer="Officer Test")
    workspace.record_site("S01", "Camp", None, {"pace_class": "protected_area"})
    workspace.close()
    plain = tmp_path / "notes.txt"
    plain.write_text("not a folder")
    return {"data": str(data), "workspace": str(workspace_path), "plain": str(plain), "tmp": tmp_path}


def layer(files, name):
    return f"{files['data']}|layername={name}"


def classify(files, **changes):
    return "asm_pace:classifysites", {
        "SITES": layer(files, "sites"),
        "PROTECTED_AREAS": [layer(files, "protected_areas")],
        "OUTPUT": "memory:",
        **changes,
    }


def zones(files, **changes):
    return "asm_pace:impactzones", {"SITES": layer(files, "sites"), "OUTPUT": "memory:", **changes}


def trace(files, **changes):
    return "asm_pace:downstreamtrace", {
        "SITES": layer(files, "sites"),
        "RIVERS": layer(files, "rivers"),
        "OUTPUT": "memory:",
        **changes,
    }


def pressure(files, **changes):
    return "asm_pace:papressure", {
        "ZONES": [layer(files, "site_footprints")],
        "PATHWAY_FIELD": "",
        "SITE_FIELD": "",
        "PROTECTED_AREAS": [layer(files, "protected_areas")],
        "OUTPUT": "memory:",
        **changes,
    }


def dossiers(files, **changes):
    return "asm_pace:sitedossiers", {
        "WORKSPACE": files["workspace"],
        "OUTPUT_PDF": str(files["tmp"] / "dossiers.pdf"),
        "OUTPUT_HTML": None,
        **changes,
    }


def export(files, **changes):
    return "asm_pace:exportassessments", {
        "WORKSPACE": files["workspace"],
        "OUTPUT": str(files["tmp"] / "export.csv"),
        **changes,
    }


def ogr_layer(path, table):
    return f"ogr:dbname='{path}' table=\"{table}\" (geom)"


# (case id, build the run from the files, words the sentence must hold)
CASES = [
    ("classify-output-is-the-sites-file", lambda f: classify(f, OUTPUT=f["data"]), OVERWRITE),
    ("classify-output-is-the-sites-layer", lambda f: classify(f, OUTPUT=layer(f, "sites")), OVERWRITE),
    (
        "classify-output-is-the-sites-layer-ogr",
        lambda f: classify(f, OUTPUT=ogr_layer(f["data"], "sites")),
        OVERWRITE,
    ),
    (
        "classify-output-is-a-pa-layer",
        lambda f: classify(f, OUTPUT=ogr_layer(f["data"], "protected_areas")),
        OVERWRITE,
    ),
    (
        "classify-output-and-summary-on-one-file",
        lambda f: classify(f, OUTPUT=str(f["tmp"] / "out.gpkg"), SUMMARY=str(f["tmp"] / "out.gpkg")),
        SAME_OUTPUT,
    ),
    ("zones-output-is-the-sites-file", lambda f: zones(f, OUTPUT=f["data"]), OVERWRITE),
    (
        "trace-output-is-the-rivers-layer",
        lambda f: trace(f, OUTPUT=ogr_layer(f["data"], "rivers")),
        OVERWRITE,
    ),
    (
        "trace-output-and-corridor-on-one-file",
        lambda f: trace(f, OUTPUT=str(f["tmp"] / "t.gpkg"), CORRIDOR=str(f["tmp"] / "t.gpkg")),
        SAME_OUTPUT,
    ),
    ("pressure-output-is-the-zones-file", lambda f: pressure(f, OUTPUT=f["data"]), OVERWRITE),
    (
        "pressure-site-table-is-the-pa-layer",
        lambda f: pressure(f, SITE_TABLE=ogr_layer(f["data"], "protected_areas")),
        OVERWRITE,
    ),
    ("dossier-pdf-is-the-workspace", lambda f: dossiers(f, OUTPUT_PDF=f["workspace"]), OVERWRITE),
    ("dossier-html-is-the-workspace", lambda f: dossiers(f, OUTPUT_HTML=f["workspace"]), OVERWRITE),
    (
        "dossier-pdf-and-html-on-one-file",
        lambda f: dossiers(f, OUTPUT_HTML=str(f["tmp"] / "dossiers.pdf")),
        SAME_OUTPUT,
    ),
    ("export-output-is-the-workspace", lambda f: export(f, OUTPUT=f["workspace"]), OVERWRITE),
    (
        "export-output-is-a-new-layer-of-the-workspace",
        lambda f: export(f, OUTPUT=ogr_layer(f["workspace"], "export")),
        OVERWRITE,
    ),
    (
        "export-output-and-stakeholders-on-one-file",
        lambda f: export(f, STAKEHOLDERS=str(f["tmp"] / "export.csv")),
        SAME_OUTPUT,
    ),
    ("zones-output-in-a-file-not-a-folder", lambda f: zones(f, OUTPUT=f["plain"] + "/z.gpkg"), NOT_A_FOLDER),
    (
        "classify-output-in-a-system-folder",
        lambda f: classify(f, OUTPUT="/proc/classified.gpkg"),
        NOT_WRITABLE,
    ),
    (
        "dossier-pdf-in-a-file-not-a-folder",
        lambda f: dossiers(f, OUTPUT_PDF=f["plain"] + "/sub/d.pdf"),
        NOT_A_FOLDER,
    ),
    ("zones-output-is-a-folder", lambda f: zones(f, OUTPUT=str(f["tmp"])), "is a folder. Give a file name"),
    (
        "dossier-html-is-a-folder",
        lambda f: dossiers(f, OUTPUT_HTML=str(f["tmp"])),
        "is a folder. Give a file name",
    ),
    ("export-in-a-system-folder", lambda f: export(f, OUTPUT="/proc/export.csv"), NOT_WRITABLE),
    ("zones-site-id-field-missing", lambda f: zones(f, SITE_ID_FIELD="site_cod"), SITE_FIELDS),
    ("trace-site-id-field-missing", lambda f: trace(f, SITE_ID_FIELD="code"), SITE_FIELDS),
    ("trace-switch-field-missing", lambda f: trace(f, SWITCH_FIELD="mercury"), SITE_FIELDS),
    (
        "trace-downstream-field-missing",
        lambda f: trace(f, DOWNSTREAM_FIELD="NEXTDOWN"),
        "Its fields are: fid, HYRIV_ID, NEXT_DOWN, name",
    ),
    (
        "trace-reach-id-field-missing",
        lambda f: trace(f, REACH_ID_FIELD="HYRIVID"),
        "Its fields are: fid, HYRIV_ID, NEXT_DOWN, name",
    ),
    (
        "zones-distance-field-missing",
        lambda f: zones(f, PATHWAYS="hunting", DISTANCE_FIELDS="hunting=hunt_m"),
        SITE_FIELDS,
    ),
    (
        "zones-switch-field-missing",
        lambda f: zones(f, PATHWAYS="hunting", SWITCH_FIELDS="hunting=hunts"),
        SITE_FIELDS,
    ),
    (
        "dossier-key-field-missing",
        lambda f: dossiers(f, SITES=layer(f, "sites"), KEY_FIELD="code"),
        SITE_FIELDS,
    ),
    (
        "pressure-pathway-field-missing",
        lambda f: pressure(f, PATHWAY_FIELD="path"),
        "its fields are: fid, site_code",
    ),
    (
        "pressure-sites-id-field-missing",
        lambda f: pressure(f, SITES=layer(f, "sites"), SITES_ID_FIELD="code"),
        SITE_FIELDS,
    ),
    ("classify-radius-nan", lambda f: classify(f, SEARCH_RADIUS=float("nan")), NOT_FINITE),
    ("classify-radius-inf", lambda f: classify(f, SEARCH_RADIUS=float("inf")), NOT_FINITE),
    ("classify-radius-text-nan", lambda f: classify(f, SEARCH_RADIUS="nan"), NOT_FINITE),
    ("trace-snap-nan", lambda f: trace(f, SNAP_DISTANCE=float("nan")), NOT_FINITE),
    ("trace-length-inf", lambda f: trace(f, TRACE_LENGTH=float("inf")), NOT_FINITE),
    ("trace-width-minus-inf", lambda f: trace(f, CORRIDOR_WIDTH=float("-inf")), NOT_FINITE),
    ("trace-width-beyond-the-limit", lambda f: trace(f, CORRIDOR_WIDTH=30_000_000), "beyond twice 10,000 km"),
    ("trace-tolerance-inf", lambda f: trace(f, JOIN_TOLERANCE=float("inf")), NOT_FINITE),
    (
        "zones-distance-inf",
        lambda f: zones(f, PATHWAYS="hunting", DISTANCES="hunting=inf"),
        "not a positive number",
    ),
    (
        "zones-distance-nan",
        lambda f: zones(f, PATHWAYS="hunting", DISTANCES="hunting=nan"),
        "not a positive number",
    ),
    (
        "classify-pa-name-field-missing",
        lambda f: classify(f, PA_NAME_FIELD="NOM_PA"),
        "Their fields are: fid, WDPAID, WDPA_PID",
    ),
]


def checksums(files):
    """A hash of every row of every table of the input GeoPackage and the workspace. Not of their
    bytes: opening a GeoPackage can change its header (journal mode) and GDAL's feature counts."""
    return {name: _rows_hash(files[name]) for name in ("data", "workspace")}


def _rows_hash(path):
    digest = hashlib.sha256()
    connection = sqlite3.connect(str(path))
    try:
        tables = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'rtree_%' AND name != 'gpkg_ogr_contents' ORDER BY name"
        ).fetchall()
        for (table,) in tables:
            digest.update(table.encode())
            for row in sorted(repr(row) for row in connection.execute(f'SELECT * FROM "{table}"')):
                digest.update(row.encode())
    finally:
        connection.close()
    return digest.hexdigest()


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_refused_with_a_sentence_and_inputs_untouched(provider, files, case):
    from qgis import processing

    _name, build, words = case
    algorithm, parameters = build(files)
    before = checksums(files)
    with pytest.raises(QgsProcessingException) as raised:
        processing.run(algorithm, parameters)
    assert words.lower() in str(raised.value).lower()
    assert "Traceback" not in str(raised.value)
    assert checksums(files) == before


def test_a_new_layer_in_the_sites_geopackage_is_written_beside_them(provider, files):
    from qgis import processing

    algorithm, parameters = classify(files, OUTPUT=ogr_layer(files["data"], "classified"))
    processing.run(algorithm, parameters)
    written = QgsVectorLayer(layer(files, "classified"), "classified", "ogr")
    sites = QgsVectorLayer(layer(files, "sites"), "sites", "ogr")
    assert written.featureCount() == sites.featureCount() == 12
    assert "pace_class" in written.fields().names()


@pytest.mark.slow
def test_qgis_process_refuses_an_output_on_top_of_its_input_with_the_same_sentence(qgis_process_home, files):
    import qgis_process_runner

    before = checksums(files)
    result = qgis_process_runner.run(
        [
            "run",
            "asm_pace:classifysites",
            "--",
            f"SITES={layer(files, 'sites')}",
            f"PROTECTED_AREAS={layer(files, 'protected_areas')}",
            f"OUTPUT={files['data']}",
        ],
        qgis_process_home,
    )
    assert result.returncode != 0
    assert OVERWRITE in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert checksums(files) == before
