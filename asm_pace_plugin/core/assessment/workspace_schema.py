"""The assessment workspace's GeoPackage schema: the GeoPackage core tables, the plugin's tables as
its frozen migrations write them (a migration never changes once released: a new field is a new
migration), and the tables and columns a workspace of a schema version must have."""

import math
import sqlite3
import struct
from datetime import datetime, timezone
from functools import cache
from pathlib import Path

from ..shared.errors import WorkspaceError, WorkspaceLockedError
from ..shared.i18n import translate

GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
GPKG_USER_VERSION = 10300
WGS84_SRS_ID = 4326
WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AUTHORITY["EPSG","4326"]]'
)


def now_iso():
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _create_table(cursor, table, columns, description, geometry_type=None):
    """Create a table keyed by fid and register it: a layer when it has a geometry, else attributes."""
    geometry = f"geom {geometry_type}, " if geometry_type else ""
    cursor.execute(f"CREATE TABLE {table} (fid INTEGER PRIMARY KEY AUTOINCREMENT, {geometry}{columns})")
    cursor.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            table,
            "features" if geometry_type else "attributes",
            table,
            description,
            now_iso(),
            WGS84_SRS_ID if geometry_type else None,
        ),
    )
    if geometry_type:
        cursor.execute(
            "INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)",
            (table, geometry_type, WGS84_SRS_ID),
        )


def _create_geopackage_core(cursor):
    cursor.execute(f"PRAGMA application_id = {GPKG_APPLICATION_ID}")
    cursor.execute(f"PRAGMA user_version = {GPKG_USER_VERSION}")
    # The three core tables exactly as the GeoPackage 1.3 standard writes them.
    cursor.execute(
        "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,"
        " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,"
        " description TEXT)"
    )
    cursor.executemany(
        "INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                "Undefined cartesian SRS",
                -1,
                "NONE",
                -1,
                "undefined",
                "undefined cartesian coordinate reference system",
            ),
            (
                "Undefined geographic SRS",
                0,
                "NONE",
                0,
                "undefined",
                "undefined geographic coordinate reference system",
            ),
            (
                "WGS 84 geodetic",
                WGS84_SRS_ID,
                "EPSG",
                4326,
                WGS84_WKT,
                "longitude/latitude coordinates in decimal degrees",
            ),
        ],
    )
    cursor.execute(
        "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
        " identifier TEXT UNIQUE, description TEXT DEFAULT '',"
        " last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),"
        " min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,"
        " CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))"
    )
    cursor.execute(
        "CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
        " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,"
        " CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),"
        " CONSTRAINT uk_gc_table_name UNIQUE (table_name),"
        " CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),"
        " CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))"
    )


# Migrations are frozen: each writes its tables and columns as they were in its version, never
# from today's PROFILE_FIELDS or SNAPSHOT_FIELDS. A new profile field or snapshot fact needs a
# new migration that adds its column, so workspaces made before it keep opening.
def _migration_1_initial(cursor):
    _create_geopackage_core(cursor)
    cursor.execute("CREATE TABLE asm_pace_meta (key TEXT PRIMARY KEY, value TEXT)")
    _create_table(
        cursor,
        "site",
        "site_key TEXT NOT NULL UNIQUE, site_label TEXT, pace_class TEXT, pa_names TEXT, iucn_cat TEXT,"
        " intl_desig TEXT, landscape TEXT, g200_name TEXT, near_pa TEXT, near_pa_m REAL, facts_json TEXT,"
        " snapshot_at DATETIME",
        "Assessed sites: key, geometry and PACE facts when assessed",
        "GEOMETRY",
    )
    _create_table(
        cursor,
        "site_profile",
        "site_key TEXT NOT NULL UNIQUE, minerals TEXT, deposit_type TEXT, extraction_methods TEXT,"
        " processing_methods TEXT, miners_count INTEGER, mercury_use TEXT, legal_status TEXT,"
        " armed_actors TEXT, years_active INTEGER, notes TEXT, updated_at DATETIME",
        "Site profile: minerals, methods, miners, legal status",
    )
    _create_table(
        cursor,
        "stakeholder",
        "site_key TEXT NOT NULL, name TEXT NOT NULL, group_id TEXT NOT NULL,"
        " influence INTEGER NOT NULL CHECK (influence BETWEEN 0 AND 5),"
        " interest INTEGER NOT NULL CHECK (interest BETWEEN 0 AND 5),"
        " stance INTEGER NOT NULL CHECK (stance BETWEEN -2 AND 2),"
        " goals TEXT, contact TEXT, updated_at DATETIME",
        "Stakeholders per site (contacts are sensitive)",
        "POINT",
    )
    _create_table(
        cursor,
        "relation",
        "site_key TEXT NOT NULL, from_id INTEGER NOT NULL REFERENCES stakeholder(fid),"
        " to_id INTEGER NOT NULL REFERENCES stakeholder(fid), relation_type TEXT NOT NULL,"
        " direction TEXT NOT NULL, strength INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 3)",
        "Relations between stakeholders",
    )
    _create_table(
        cursor,
        "answer",
        "site_key TEXT NOT NULL, question_id TEXT NOT NULL, answer TEXT NOT NULL, updated_at DATETIME,"
        " UNIQUE (site_key, question_id)",
        "Answers to the context questions",
    )
    _create_table(
        cursor,
        "approach_fit",
        "site_key TEXT NOT NULL, approach_id TEXT NOT NULL, verdict TEXT NOT NULL, reasons TEXT,"
        " computed_at DATETIME, UNIQUE (site_key, approach_id)",
        "Fit of each management approach, with its reasons",
    )
    _create_table(
        cursor,
        "decision",
        "site_key TEXT NOT NULL, approach_id TEXT NOT NULL, rationale TEXT NOT NULL, officer TEXT NOT NULL,"
        " decided_at DATETIME NOT NULL, facts_json TEXT",
        "Management decisions, a history never overwritten",
    )
    _create_table(
        cursor,
        "audit_log",
        "at DATETIME NOT NULL, who TEXT, site_key TEXT, table_name TEXT NOT NULL, row_id INTEGER, field TEXT,"
        " old_value TEXT, new_value TEXT",
        "Every change made through the plugin",
    )


def _migration_2_contact_sensitive(cursor):
    # Contacts recorded before version 2 had no flag: they count as sensitive.
    cursor.execute("ALTER TABLE stakeholder ADD COLUMN contact_sensitive INTEGER NOT NULL DEFAULT 1")
    cursor.execute("CREATE INDEX idx_stakeholder_site ON stakeholder (site_key)")
    cursor.execute("CREATE INDEX idx_relation_site ON relation (site_key)")


def _migration_3_sensitive_stakeholder(cursor):
    # An officer can mark a stakeholder sensitive (e.g. an informal miners' leader at risk).
    cursor.execute("ALTER TABLE stakeholder ADD COLUMN sensitive INTEGER NOT NULL DEFAULT 0")


MIGRATIONS = (_migration_1_initial, _migration_2_contact_sensitive, _migration_3_sensitive_stakeholder)
SCHEMA_VERSION = len(MIGRATIONS)
# The plugin's own tables; a workspace lacking one was damaged by hand or by another program.
WORKSPACE_TABLES = (
    "asm_pace_meta",
    "site",
    "site_profile",
    "stakeholder",
    "relation",
    "answer",
    "approach_fit",
    "decision",
    "audit_log",
)
# The GeoPackage's own tables: QGIS and GDAL read the sites' geometries through them.
GEOPACKAGE_TABLES = ("gpkg_spatial_ref_sys", "gpkg_contents", "gpkg_geometry_columns")


# GeoPackage geometry blobs (EPSG:4326)
def geometry_blob(geometry):
    """A GeoPackage geometry blob (GP header with an xy envelope, then WKB) of a QgsGeometry."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    box = geometry.boundingBox()
    header = struct.pack("<2sBBi4d", b"GP", 0, 0b00000011, WGS84_SRS_ID, box.xMinimum(), box.xMaximum(),
                         box.yMinimum(), box.yMaximum())  # fmt: skip
    return header + bytes(geometry.asWkb())


def point_blob(longitude, latitude):
    if longitude is None or latitude is None:
        return None
    header = struct.pack("<2sBBi", b"GP", 0, 0b00000001, WGS84_SRS_ID)  # no envelope for points
    return header + struct.pack("<BIdd", 1, 1, float(longitude), float(latitude))


def point_of(blob):
    """(longitude, latitude) of a stored point; (None, None) for none, and for an empty point
    (NaN coordinates: a location emptied in QGIS)."""
    if not blob:
        return None, None
    longitude, latitude = struct.unpack("<dd", bytes(blob[-16:]))
    if math.isnan(longitude) or math.isnan(latitude):
        return None, None
    return longitude, latitude


def locked_or_error(path, error):
    if "locked" in str(error) or "busy" in str(error):
        return WorkspaceLockedError(
            translate(
                "Workspace",
                "The workspace {name} is being written by another program (another "
                "QGIS?). Your change was not saved: try again in a moment, or close the "
                "other program.",
            ).format(name=Path(path).name)
        )
    return WorkspaceError(
        translate("Workspace", "The workspace {name} could not be used: {error}").format(
            name=Path(path).name, error=error
        )
    )


def connect(path, busy_timeout, read_only=False):
    """A connection to the SQLite file at path (Rows, foreign keys on); read_only: opened
    read-only (never created nor changed), else written with full synchronisation."""
    if read_only:
        uri = f"{Path(path).resolve().as_uri()}?mode=ro"
        connection = sqlite3.connect(uri, uri=True, timeout=busy_timeout, isolation_level=None)
    else:
        connection = sqlite3.connect(str(path), timeout=busy_timeout, isolation_level=None)
    connection.row_factory = sqlite3.Row
    try:
        if not read_only:
            connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error:  # a file that is not a database fails here: let it go before the caller says so
        connection.close()
        raise
    return connection


def migrated_copy(connection, path, current, target):
    """A copy in memory of the workspace behind connection (which is closed), migrated from
    schema current to target: an older workspace read without changing its file."""
    copy = sqlite3.connect(":memory:", isolation_level=None)
    connection.backup(copy)
    connection.close()
    copy.row_factory = sqlite3.Row
    migrate(copy, path, current, target)
    return copy


def not_a_workspace_yet(path):
    """The WorkspaceError of an empty file or database given to be read as a workspace."""
    return WorkspaceError(
        translate(
            "Workspace",
            "{name} is empty: it is not an assessment workspace yet. Choose the .gpkg the dock writes "
            "(the dock makes a new one when you start an assessment).",
        ).format(name=Path(path).name)
    )


def migrate(connection, path, current, target):
    cursor = connection.cursor()
    try:
        cursor.execute("BEGIN IMMEDIATE")
        for version in range(current + 1, target + 1):
            MIGRATIONS[version - 1](cursor)
        cursor.execute(
            "INSERT OR REPLACE INTO asm_pace_meta (key, value) VALUES ('schema_version', ?)", (str(target),)
        )
        cursor.execute("COMMIT")
    except sqlite3.OperationalError as error:
        connection.rollback()
        connection.close()
        raise locked_or_error(path, error) from None


@cache
def _columns_of_version(version):
    """{table: [columns]} of the plugin's tables in a workspace of this schema version, as its
    (frozen) migrations write them."""
    memory = sqlite3.connect(":memory:")
    try:
        cursor = memory.cursor()
        for migration in MIGRATIONS[:version]:
            migration(cursor)
        return {table: _columns(memory, table) for table in WORKSPACE_TABLES}
    finally:
        memory.close()


def _columns(connection, table):
    return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]


def missing_tables_and_columns(connection, version):
    """The plugin's tables ("relation") and columns ("stakeholder.sensitive") a workspace lacks,
    and the GeoPackage's own tables, without which QGIS sees no site where SQLite sees them all."""
    missing = [table for table in GEOPACKAGE_TABLES if not _columns(connection, table)]
    for table, columns in _columns_of_version(version).items():
        present = _columns(connection, table)
        if not present:
            missing.append(table)
        else:
            missing += [f"{table}.{column}" for column in columns if column not in present]
    return missing
