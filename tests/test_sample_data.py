"""The shipped sample is what tools/make_sample_data.py writes: byte for byte on the QGIS that wrote
it (3.22, Debian 12), and the same content on newer ones, whose GDAL rounds the layers' extents
differently and whose QGIS writes its version into the stored styles."""

import hashlib
import os
import sqlite3
import subprocess
from pathlib import Path

from qgis.core import Qgis
from sample_data import shipped_sample_digest

from asm_pace_plugin.core.shared.paths import SAMPLE_GPKG

SCRIPT = Path(__file__).resolve().parent.parent / "tools" / "make_sample_data.py"
# The QGIS whose bytes are shipped; `make test` on Debian 12 checks them.
SHIPPED_BY_QGIS = 32200
# Written by QGIS or GDAL in their own way on each version: compared apart below.
STYLE_TEXT_COLUMNS = ("styleQML", "styleSLD")
EXTENT_COLUMNS = ("min_x", "min_y", "max_x", "max_y")


def write_sample(tmp_path):
    written = tmp_path / "sample.gpkg"
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        ["/usr/bin/python3", str(SCRIPT), "--out", str(written)],
        check=True,
        env=environment,
        capture_output=True,
        timeout=300,
    )
    return written


def content(path):
    """Every table's schema and rows, the styles without their version-specific text and the
    extents rounded to a nanodegree; read-only, so the shipped file is not touched."""
    with sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True) as connection:
        tables = {}
        for name, kind, sql in connection.execute("SELECT name, type, sql FROM sqlite_master ORDER BY name"):
            if kind != "table":
                continue
            cursor = connection.execute(f'SELECT * FROM "{name}" ORDER BY rowid')
            columns = [description[0] for description in cursor.description]
            rows = []
            for row in cursor:
                values = dict(zip(columns, row))
                for column in STYLE_TEXT_COLUMNS:
                    values.pop(column, None)
                for column in EXTENT_COLUMNS:
                    if name == "gpkg_contents" and values.get(column) is not None:
                        values[column] = round(values[column], 9)
                rows.append(values)
            tables[name] = (sql, rows)
    return tables


def test_the_sample_script_writes_the_shipped_sample_again(tmp_path):
    written = write_sample(tmp_path)
    if Qgis.QGIS_VERSION_INT // 100 == SHIPPED_BY_QGIS // 100:
        assert hashlib.sha256(written.read_bytes()).hexdigest() == shipped_sample_digest()
    else:
        assert content(written) == content(SAMPLE_GPKG)


def test_content_comparison_sees_a_changed_feature(tmp_path):
    """The newer QGIS's check would fail on a sample whose features differ."""
    written = write_sample(tmp_path)
    with sqlite3.connect(written) as connection:
        # GDAL's functions in the R-tree triggers: SQLite needs them to prepare the update; the fid and
        # the geometry do not change, so the triggers do not run.
        for function in ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):
            connection.create_function(function, 1, lambda geometry: 0)
        connection.execute("UPDATE sites SET site_name = site_name || ' (changed)' WHERE rowid = 1")
    assert content(written) != content(SAMPLE_GPKG)
