"""The assessment workspace: one GeoPackage holding what officers record site by site.

Sites, stakeholders and relations are ordinary GeoPackage layers and tables (QGIS opens them);
everything is read and written here through sqlite3 with parameterised queries only. Each edit
is one `BEGIN IMMEDIATE` transaction on a rollback journal with synchronous=FULL, so a crash
loses at most the edit in flight; a second writer waits `busy_timeout` and then gets a
WorkspaceLockedError. Decisions are only ever added (a history); every change is audited.
"""

import getpass
import json
import sqlite3
from contextlib import contextmanager
from pathlib import Path

from ..shared.errors import WorkspaceError
from ..shared.i18n import QT_TRANSLATE_NOOP, translate
from .profile_fields import DECIDED, IN_PROGRESS, PROFILE_COLUMNS, RELATION_DIRECTIONS
from .stakeholders import FLAG_COLUMNS, Stakeholder, checked_location, validate
from .workspace_schema import (
    SCHEMA_VERSION,
    connect,
    geometry_blob,
    locked_or_error,
    migrate,
    migrated_copy,
    missing_tables_and_columns,
    not_a_workspace_yet,
    now_iso,
    point_blob,
    point_of,
)

DEFAULT_BUSY_TIMEOUT_S = 3.0

SNAPSHOT_FIELDS = (
    "pace_class",
    "pa_names",
    "iucn_cat",
    "intl_desig",
    "landscape",
    "g200_name",
    "near_pa",
    "near_pa_m",
)
STAKEHOLDER_COLUMNS = (
    "name",
    "group_id",
    "influence",
    "interest",
    "stance",
    "goals",
    "contact",
    "contact_sensitive",
    "sensitive",
)
# Fields checked by stakeholders.validate before an update: ranges and yes/no flags.
CHECKED_STAKEHOLDER_FIELDS = ("influence", "interest", "stance", *FLAG_COLUMNS)


_DELETED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Workspace",
    "This stakeholder was deleted meanwhile (in another QGIS?). Nothing was saved: choose the site again "
    "to see its stakeholders as they are now.",
)


class Workspace:
    """An open assessment workspace; create or open with open_workspace()."""

    def __init__(self, path, connection, officer):
        self.path = Path(path)
        self._connection = connection
        self.officer = officer

    def close(self):
        self._connection.close()

    # -- plumbing ---------------------------------------------------------------------------
    @contextmanager
    def _transaction(self):
        cursor = self._connection.cursor()
        try:
            cursor.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise locked_or_error(self.path, error) from None
        try:
            yield cursor
            cursor.execute("COMMIT")
        except BaseException as error:
            self._connection.rollback()
            if isinstance(error, sqlite3.OperationalError):
                raise locked_or_error(self.path, error) from None
            raise

    def _rows(self, sql, parameters=()):
        try:
            cursor = self._connection.execute(sql, parameters)
        except sqlite3.OperationalError as error:
            raise locked_or_error(self.path, error) from None
        return [dict(row) for row in cursor.fetchall()]

    def _audit(self, cursor, site_key, table, row_id, field, old, new):
        cursor.execute(
            "INSERT INTO audit_log (at, who, site_key, table_name, row_id, field, old_value, new_value)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (now_iso(), self.officer, site_key, table, row_id, field, _as_text(old), _as_text(new)),
        )

    def _update_field(self, cursor, table, columns, row_id, site_key, field, value):
        if field not in columns:  # column names cannot be parameters: only known ones pass
            raise WorkspaceError(
                translate("Workspace", "{table} has no field {field!r}").format(table=table, field=field)
            )
        old = cursor.execute(f"SELECT {field} FROM {table} WHERE fid = ?", (row_id,)).fetchone()[0]
        if old == value:
            return
        cursor.execute(
            f"UPDATE {table} SET {field} = ?, updated_at = ? WHERE fid = ?", (value, now_iso(), row_id)
        )
        self._audit(cursor, site_key, table, row_id, field, old, value)

    # -- settings ---------------------------------------------------------------------------
    def setting(self, key, default=None):
        rows = self._rows("SELECT value FROM asm_pace_meta WHERE key = ?", (key,))
        return rows[0]["value"] if rows else default

    def set_setting(self, key, value):
        with self._transaction() as cursor:
            cursor.execute("INSERT OR REPLACE INTO asm_pace_meta (key, value) VALUES (?, ?)", (key, value))

    @property
    def schema_version(self):
        return int(self.setting("schema_version", 0))

    # -- sites ------------------------------------------------------------------------------
    def record_site(self, site_key, label, geometry, attributes):
        """Snapshot a site (geometry in EPSG:4326, its PACE attributes) the first time it is assessed."""
        site_key = str(site_key)
        if self._rows("SELECT 1 FROM site WHERE site_key = ?", (site_key,)):
            return
        attributes = {name: _plain(value) for name, value in attributes.items()}
        values = [attributes.get(name) for name in SNAPSHOT_FIELDS]
        with self._transaction() as cursor:
            cursor.execute(
                "INSERT INTO site (geom, site_key, site_label, "
                f"{', '.join(SNAPSHOT_FIELDS)}, facts_json, snapshot_at)"
                f" VALUES (?, ?, ?, {', '.join('?' * len(SNAPSHOT_FIELDS))}, ?, ?)",
                (
                    geometry_blob(geometry),
                    site_key,
                    label,
                    *values,
                    json.dumps(attributes, ensure_ascii=False),
                    now_iso(),
                ),
            )
            self._audit(cursor, site_key, "site", cursor.lastrowid, None, None, "snapshot")

    def site_keys(self):
        """Keys of the sites snapshot in the workspace, sorted."""
        return [row["site_key"] for row in self._rows("SELECT site_key FROM site ORDER BY site_key")]

    def site_snapshot(self, site_key):
        rows = self._rows("SELECT * FROM site WHERE site_key = ?", (str(site_key),))
        return rows[0] if rows else None

    def progress(self):
        """Assessment status per site key that has anything recorded (absent keys: not started)."""
        status = {}
        for table in ("site_profile", "stakeholder", "answer"):
            for row in self._rows(f"SELECT DISTINCT site_key FROM {table}"):
                status[row["site_key"]] = IN_PROGRESS
        for row in self._rows("SELECT DISTINCT site_key FROM decision"):
            status[row["site_key"]] = DECIDED
        return status

    # -- profile ----------------------------------------------------------------------------
    def profile(self, site_key):
        rows = self._rows("SELECT * FROM site_profile WHERE site_key = ?", (str(site_key),))
        return {column: (rows[0][column] if rows else None) for column in PROFILE_COLUMNS}

    def set_profile_field(self, site_key, field, value):
        site_key = str(site_key)
        with self._transaction() as cursor:
            cursor.execute("INSERT OR IGNORE INTO site_profile (site_key) VALUES (?)", (site_key,))
            row_id = cursor.execute(
                "SELECT fid FROM site_profile WHERE site_key = ?", (site_key,)
            ).fetchone()[0]
            self._update_field(cursor, "site_profile", PROFILE_COLUMNS, row_id, site_key, field, value)

    # -- stakeholders -----------------------------------------------------------------------
    def stakeholders(self, site_key):
        rows = self._rows("SELECT * FROM stakeholder WHERE site_key = ? ORDER BY fid", (str(site_key),))
        return [_stakeholder_of(row) for row in rows]

    def add_stakeholder(self, site_key, stakeholder):
        return self.add_stakeholders(site_key, [stakeholder])[0]

    def add_stakeholders(self, site_key, stakeholders):
        """Add stakeholders in one transaction (all or none, e.g. a CSV import); returns their ids."""
        for stakeholder in stakeholders:
            validate(stakeholder)
        site_key = str(site_key)
        with self._transaction() as cursor:
            for stakeholder in stakeholders:
                cursor.execute(
                    "INSERT INTO stakeholder (geom, site_key, name, group_id, influence, interest, stance,"
                    " goals, contact, contact_sensitive, sensitive, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        point_blob(stakeholder.longitude, stakeholder.latitude),
                        site_key,
                        stakeholder.name,
                        stakeholder.group_id,
                        stakeholder.influence,
                        stakeholder.interest,
                        stakeholder.stance,
                        stakeholder.goals,
                        stakeholder.contact,
                        int(stakeholder.contact_sensitive),
                        int(stakeholder.sensitive),
                        now_iso(),
                    ),
                )
                stakeholder.id = cursor.lastrowid
                self._audit(cursor, site_key, "stakeholder", stakeholder.id, None, None, stakeholder.name)
        return [stakeholder.id for stakeholder in stakeholders]

    def update_stakeholder(self, stakeholder_id, field, value):
        """Change one field; numbers are checked against their ranges and flags as yes/no first."""
        with self._transaction() as cursor:
            row = cursor.execute("SELECT * FROM stakeholder WHERE fid = ?", (stakeholder_id,)).fetchone()
            if row is None:
                raise WorkspaceError(translate("Workspace", _DELETED_MEANWHILE))
            if field in CHECKED_STAKEHOLDER_FIELDS:
                checked = _stakeholder_of(dict(row))
                setattr(checked, field, value)
                value = int(getattr(validate(checked), field))  # flags are stored as 0 / 1
            elif field == "name":
                checked = _stakeholder_of(dict(row))
                checked.name = value
                value = validate(checked).name
            self._update_field(
                cursor, "stakeholder", STAKEHOLDER_COLUMNS, stakeholder_id, row["site_key"], field, value
            )

    def set_stakeholder_location(self, stakeholder_id, longitude, latitude):
        longitude, latitude = checked_location(longitude, latitude)
        with self._transaction() as cursor:
            row = cursor.execute(
                "SELECT site_key FROM stakeholder WHERE fid = ?", (stakeholder_id,)
            ).fetchone()
            if row is None:
                raise WorkspaceError(translate("Workspace", _DELETED_MEANWHILE))
            site_key = row[0]
            cursor.execute(
                "UPDATE stakeholder SET geom = ?, updated_at = ? WHERE fid = ?",
                (point_blob(longitude, latitude), now_iso(), stakeholder_id),
            )
            self._audit(
                cursor, site_key, "stakeholder", stakeholder_id, "geom", None, f"{longitude} {latitude}"
            )

    def delete_stakeholder(self, stakeholder_id):
        """Remove a stakeholder and its relations (both audited)."""
        with self._transaction() as cursor:
            row = cursor.execute(
                "SELECT site_key, name FROM stakeholder WHERE fid = ?", (stakeholder_id,)
            ).fetchone()
            if row is None:
                return
            for (relation_id,) in cursor.execute(
                "SELECT fid FROM relation WHERE from_id = ? OR to_id = ?", (stakeholder_id, stakeholder_id)
            ).fetchall():
                cursor.execute("DELETE FROM relation WHERE fid = ?", (relation_id,))
                self._audit(cursor, row["site_key"], "relation", relation_id, None, "deleted", None)
            cursor.execute("DELETE FROM stakeholder WHERE fid = ?", (stakeholder_id,))
            self._audit(cursor, row["site_key"], "stakeholder", stakeholder_id, None, row["name"], None)

    # -- relations --------------------------------------------------------------------------
    def relations(self, site_key):
        return self._rows("SELECT * FROM relation WHERE site_key = ? ORDER BY fid", (str(site_key),))

    def add_relation(
        self, site_key, from_id, to_id, relation_type, direction=RELATION_DIRECTIONS[0], strength=2
    ):
        if from_id == to_id:
            raise WorkspaceError(translate("Workspace", "a relation links two different stakeholders"))
        if direction not in RELATION_DIRECTIONS:
            raise WorkspaceError(
                translate("Workspace", "direction must be one of {RELATION_DIRECTIONS}").format(
                    RELATION_DIRECTIONS=RELATION_DIRECTIONS
                )
            )
        site_key = str(site_key)
        with self._transaction() as cursor:
            found = cursor.execute(
                "SELECT COUNT(*) FROM stakeholder WHERE fid IN (?, ?)", (from_id, to_id)
            ).fetchone()[0]
            if found < 2:
                raise WorkspaceError(
                    translate(
                        "Workspace",
                        "One of the two stakeholders of this relation was deleted meanwhile (in "
                        "another QGIS?). The relation was not saved: choose the stakeholders "
                        "again.",
                    )
                )
            cursor.execute(
                "INSERT INTO relation (site_key, from_id, to_id, relation_type, direction, strength)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (site_key, from_id, to_id, relation_type, direction, int(strength)),
            )
            relation_id = cursor.lastrowid
            self._audit(
                cursor, site_key, "relation", relation_id, None, None, f"{from_id} {relation_type} {to_id}"
            )
        return relation_id

    def delete_relation(self, relation_id):
        with self._transaction() as cursor:
            row = cursor.execute("SELECT site_key FROM relation WHERE fid = ?", (relation_id,)).fetchone()
            if row is None:
                return
            cursor.execute("DELETE FROM relation WHERE fid = ?", (relation_id,))
            self._audit(cursor, row["site_key"], "relation", relation_id, None, "deleted", None)

    # -- context questions, fits, decisions -------------------------------------------------
    def answers(self, site_key):
        rows = self._rows("SELECT question_id, answer FROM answer WHERE site_key = ?", (str(site_key),))
        return {row["question_id"]: row["answer"] for row in rows}

    def set_answer(self, site_key, question_id, answer):
        site_key = str(site_key)
        with self._transaction() as cursor:
            old = cursor.execute(
                "SELECT answer FROM answer WHERE site_key = ? AND question_id = ?", (site_key, question_id)
            ).fetchone()
            if old is not None and old[0] == answer:
                return
            cursor.execute(
                "INSERT INTO answer (site_key, question_id, answer, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (site_key, question_id) DO UPDATE SET answer = excluded.answer,"
                " updated_at = excluded.updated_at",
                (site_key, question_id, answer, now_iso()),
            )
            self._audit(cursor, site_key, "answer", None, question_id, old[0] if old else None, answer)

    def save_fits(self, site_key, fits):
        """Keep the latest fit of each approach (verdict and reasons) for maps and dossiers."""
        site_key, stamp = str(site_key), now_iso()
        with self._transaction() as cursor:
            cursor.executemany(
                "INSERT INTO approach_fit (site_key, approach_id, verdict, reasons, computed_at)"
                " VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (site_key, approach_id) DO UPDATE SET verdict = excluded.verdict,"
                " reasons = excluded.reasons, computed_at = excluded.computed_at",
                [(site_key, fit.approach_id, fit.verdict, "\n".join(fit.reasons), stamp) for fit in fits],
            )

    def fits(self, site_key):
        return self._rows("SELECT * FROM approach_fit WHERE site_key = ? ORDER BY fid", (str(site_key),))

    def add_decision(self, site_key, approach_id, rationale, officer=None):
        """Record a decision; earlier ones stay in the history."""
        if not approach_id:
            raise WorkspaceError(translate("Workspace", "a decision needs an approach: choose one"))
        if not str(rationale or "").strip():
            raise WorkspaceError(translate("Workspace", "a decision needs a rationale"))
        site_key = str(site_key)
        officer = officer or self.officer
        snapshot = self.site_snapshot(site_key)
        with self._transaction() as cursor:
            cursor.execute(
                "INSERT INTO decision (site_key, approach_id, rationale, officer, decided_at, facts_json)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    site_key,
                    approach_id,
                    rationale,
                    officer,
                    now_iso(),
                    snapshot["facts_json"] if snapshot else None,
                ),
            )
            decision_id = cursor.lastrowid
            self._audit(cursor, site_key, "decision", decision_id, "approach_id", None, approach_id)
        return decision_id

    def decisions(self, site_key):
        return self._rows("SELECT * FROM decision WHERE site_key = ? ORDER BY fid", (str(site_key),))

    def audit_log(self, site_key=None):
        if site_key is None:
            return self._rows("SELECT * FROM audit_log ORDER BY fid")
        return self._rows("SELECT * FROM audit_log WHERE site_key = ? ORDER BY fid", (str(site_key),))


def _as_text(value):
    return None if value is None else str(value)


def _plain(value):
    """A JSON-friendly value of a QGIS attribute (NULL QVariants become None)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if hasattr(value, "isNull") and value.isNull():
        return None
    return str(value)


def _stakeholder_of(row):
    longitude, latitude = point_of(row.get("geom"))
    return Stakeholder(
        name=row["name"],
        group_id=row["group_id"],
        influence=row["influence"],
        interest=row["interest"],
        stance=row["stance"],
        goals=row["goals"] or "",
        contact=row["contact"] or "",
        longitude=longitude,
        latitude=latitude,
        id=row["fid"],
        sensitive=bool(row["sensitive"]),
        contact_sensitive=bool(row["contact_sensitive"]),
    )


def open_workspace(
    path, officer=None, busy_timeout=DEFAULT_BUSY_TIMEOUT_S, schema_version=SCHEMA_VERSION, read_only=False
):
    """Open the workspace at `path`, creating it or migrating it to `schema_version` as needed.

    `schema_version` below the current one exists for tests of migrations from older files.

    read_only (the export and the dossiers, which only read): the file is never created nor changed.
    An empty file or database is refused ("is empty"), and so is one without the workspace's tables;
    an older schema is migrated in a copy in memory, the file left for the dock to bring up to date.
    """
    path = Path(path)
    connection = None
    try:
        connection = connect(path, busy_timeout, read_only)
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as error:
        if connection is not None:  # a file that is not a database opens, and fails at the first read
            connection.close()
        raise locked_or_error(path, error) from None
    if read_only and not tables:
        connection.close()
        raise not_a_workspace_yet(path)
    if tables and "asm_pace_meta" not in tables:
        connection.close()
        raise WorkspaceError(
            translate(
                "Workspace", "{name} is not an ASM-PACE assessment workspace (no asm_pace_meta table)."
            ).format(name=path.name)
        )
    current = 0
    if tables:
        row = connection.execute("SELECT value FROM asm_pace_meta WHERE key = 'schema_version'").fetchone()
        try:
            current = int(row[0]) if row else 0
        except (TypeError, ValueError):
            connection.close()
            raise WorkspaceError(
                translate(
                    "Workspace",
                    "{name} is damaged: its schema version is {row!r}, not a number (the "
                    "table asm_pace_meta was edited by hand?). Restore the file from a "
                    "backup.",
                ).format(name=path.name, row=row[0])
            ) from None
    if current > SCHEMA_VERSION:
        connection.close()
        raise WorkspaceError(
            translate(
                "Workspace",
                "{name} was written by a newer ASM-PACE plugin (schema {current}, this "
                "one knows {SCHEMA_VERSION}): update the plugin to open it.",
            ).format(name=path.name, current=current, SCHEMA_VERSION=SCHEMA_VERSION)
        )
    if current < schema_version and read_only:
        connection = migrated_copy(connection, path, current, schema_version)
    elif current < schema_version:
        migrate(connection, path, current, schema_version)
    missing = missing_tables_and_columns(connection, schema_version)
    if missing:
        connection.close()
        raise WorkspaceError(
            translate(
                "Workspace",
                "{name} is damaged: it lacks its table(s) or column(s) {missing} (deleted by hand or by "
                "another program?). Restore the file from a backup; nothing was changed in it.",
            ).format(name=path.name, missing=", ".join(missing))
        )
    return Workspace(path, connection, officer or getpass.getuser())
