"""The assessment GeoPackage: layers QGIS can open, transactions, locks, crashes, migrations."""

import gc
import signal
import sqlite3
import struct
import subprocess
import sys
import textwrap
import warnings

import pytest
from hostile_text import HOSTILE_TEXTS
from sample_data import SAMPLE_COPY

from asm_pace_plugin.core.assessment import workspace_schema
from asm_pace_plugin.core.assessment.profile_fields import DECIDED, IN_PROGRESS
from asm_pace_plugin.core.assessment.stakeholders import Stakeholder
from asm_pace_plugin.core.assessment.workspace import SCHEMA_VERSION, open_workspace
from asm_pace_plugin.core.shared.errors import StakeholderError, WorkspaceError, WorkspaceLockedError
from asm_pace_plugin.core.shared.paths import PLUGIN_DIR
from asm_pace_plugin.core.shared.site_key import site_key_warning

REPO = PLUGIN_DIR.parent


@pytest.fixture
def workspace(tmp_path):
    opened = open_workspace(tmp_path / "assessment.gpkg", officer="Officer Test")
    yield opened
    opened.close()


def _polygon():
    from qgis.core import QgsGeometry

    return QgsGeometry.fromWkt("POLYGON((28 -2, 28.1 -2, 28.1 -2.1, 28 -2.1, 28 -2))")


def test_new_workspace_is_a_geopackage_qgis_opens(workspace, qgis_app):
    from qgis.core import QgsVectorLayer

    workspace.record_site(
        "S01", "Camp Mbuti-Est", _polygon(), {"pace_class": "protected_area", "iucn_cat": "II"}
    )
    workspace.add_stakeholder(
        "S01", Stakeholder("Rangers", "pa_authority", 4, 4, 1, longitude=28.05, latitude=-2.05)
    )
    path = str(workspace.path)
    sites = QgsVectorLayer(f"{path}|layername=site", "site", "ogr")
    assert sites.isValid() and sites.featureCount() == 1
    site = next(sites.getFeatures())
    assert site["site_key"] == "S01" and site["iucn_cat"] == "II"
    assert site.geometry().equals(_polygon())
    assert sites.crs().authid() == "EPSG:4326"
    people = QgsVectorLayer(f"{path}|layername=stakeholder", "stakeholder", "ogr")
    assert people.isValid()
    point = next(people.getFeatures()).geometry().asPoint()
    assert (point.x(), point.y()) == (28.05, -2.05)
    relations = QgsVectorLayer(f"{path}|layername=relation", "relation", "ogr")
    assert relations.isValid() and not relations.isSpatial()


def test_workspace_passes_gdals_geopackage_validator(workspace, qgis_app):
    validator = pytest.importorskip("osgeo_utils.samples.validate_gpkg")
    workspace.record_site("S01", "polygon", _polygon(), {"pace_class": "protected_area"})
    workspace.record_site("S02", "no geometry", None, {})
    first = workspace.add_stakeholder("S01", Stakeholder("A", "miners", longitude=28.0, latitude=-2.0))
    second = workspace.add_stakeholder("S01", Stakeholder("B", "traders"))
    workspace.add_relation("S01", first, second, "trade")
    workspace.add_decision("S01", "mitigation", "Mercury first.")
    validator.check(str(workspace.path), extra_checks=True, warning_as_error=True)


def test_geometry_blobs_carry_the_geopackage_header_and_envelope(qgis_app):
    blob = workspace_schema.geometry_blob(_polygon())
    magic, version, flags, srs_id, *envelope = struct.unpack("<2sBBi4d", blob[:40])
    assert (magic, version, flags, srs_id) == (b"GP", 0, 0b11, 4326)
    assert envelope == [28.0, 28.1, -2.1, -2.0]
    assert blob[40:] == bytes(_polygon().asWkb())
    assert workspace_schema.geometry_blob(None) is None


def test_everything_recorded_is_there_after_reopening(tmp_path):
    path = tmp_path / "w.gpkg"
    first = open_workspace(path, officer="A. Officer")
    first.set_profile_field("S02", "minerals", "gold")
    first.set_profile_field("S02", "miners_count", 120)
    rangers = first.add_stakeholder("S02", Stakeholder("Rangers", "pa_authority", 4, 3, 1))
    miners = first.add_stakeholder("S02", Stakeholder("Diggers", "miners", 2, 5, -1, contact="+243 000"))
    first.add_relation("S02", rangers, miners, "conflict", "both ways", 3)
    first.set_answer("S02", "geology", "alluvial")
    first.add_decision("S02", "mitigation", "Mercury first.")
    first.close()
    again = open_workspace(path)
    assert again.profile("S02")["minerals"] == "gold" and again.profile("S02")["miners_count"] == 120
    assert [s.name for s in again.stakeholders("S02")] == ["Rangers", "Diggers"]
    assert again.stakeholders("S02")[1].contact == "+243 000"
    assert again.relations("S02")[0]["relation_type"] == "conflict"
    assert again.answers("S02") == {"geology": "alluvial"}
    assert again.decisions("S02")[0]["officer"] == "A. Officer"
    assert again.progress() == {"S02": DECIDED}
    again.close()


def test_decisions_are_a_history_and_every_change_is_audited(workspace):
    workspace.set_profile_field("S03", "notes", "first")
    workspace.set_profile_field("S03", "notes", "second")
    workspace.set_profile_field("S03", "notes", "second")  # no change, no audit row
    assert workspace.progress() == {"S03": IN_PROGRESS}
    workspace.add_decision("S03", "exclusion", "Tried first.")
    workspace.add_decision("S03", "negotiated_relocation", "Eviction did not hold.", officer="B")
    assert [d["approach_id"] for d in workspace.decisions("S03")] == ["exclusion", "negotiated_relocation"]
    notes = [
        (row["old_value"], row["new_value"]) for row in workspace.audit_log("S03") if row["field"] == "notes"
    ]
    assert notes == [(None, "first"), ("first", "second")]
    assert all(row["who"] == "Officer Test" for row in workspace.audit_log("S03"))
    with pytest.raises(WorkspaceError, match="needs a rationale"):
        workspace.add_decision("S03", "exclusion", "  ")
    with pytest.raises(WorkspaceError, match="needs an approach"):
        workspace.add_decision("S03", None, "No approach chosen.")


def test_a_batch_of_stakeholders_is_added_whole_or_not_at_all(workspace):
    good, bad = Stakeholder("Good", "miners"), Stakeholder("Bad", "miners", influence=9)
    with pytest.raises(StakeholderError):
        workspace.add_stakeholders("S1", [good, bad])
    assert workspace.stakeholders("S1") == []
    assert workspace.add_stakeholders("S1", [good, Stakeholder("Also good", "traders")]) == [1, 2]


def test_deleting_a_stakeholder_removes_its_relations(workspace):
    a = workspace.add_stakeholder("S1", Stakeholder("A", "miners"))
    b = workspace.add_stakeholder("S1", Stakeholder("B", "traders"))
    workspace.add_relation("S1", a, b, "trade")
    workspace.delete_stakeholder(a)
    assert workspace.relations("S1") == []
    assert [s.name for s in workspace.stakeholders("S1")] == ["B"]


def test_values_are_checked_and_field_names_never_reach_sql(workspace):
    stakeholder_id = workspace.add_stakeholder("S1", Stakeholder("A", "miners"))
    with pytest.raises(StakeholderError, match="influence must be between 0 and 5"):
        workspace.update_stakeholder(stakeholder_id, "influence", 7)
    with pytest.raises(WorkspaceError, match="has no field"):
        workspace.set_profile_field("S1", "notes = 'x'; DROP TABLE site; --", "x")
    with pytest.raises(WorkspaceError, match="two different stakeholders"):
        workspace.add_relation("S1", stakeholder_id, stakeholder_id, "conflict")
    workspace.update_stakeholder(stakeholder_id, "influence", "4")
    assert workspace.stakeholders("S1")[0].influence == 4


def test_both_flags_round_trip_through_the_audited_update_path(workspace, tmp_path):
    marked = workspace.add_stakeholder(
        "S1", Stakeholder("Informal leader", "miners", contact="+243 1", sensitive=True)
    )
    plain = workspace.add_stakeholder("S1", Stakeholder("Trader", "traders", contact_sensitive=False))
    workspace.close()
    reopened = open_workspace(tmp_path / "assessment.gpkg", officer="Officer Flags")
    flags = [(s.name, s.sensitive, s.contact_sensitive) for s in reopened.stakeholders("S1")]
    assert flags == [("Informal leader", True, True), ("Trader", False, False)]
    reopened.update_stakeholder(marked, "sensitive", False)
    reopened.update_stakeholder(marked, "contact_sensitive", "0")
    reopened.update_stakeholder(plain, "sensitive", True)
    reopened.update_stakeholder(plain, "sensitive", 1)  # unchanged: not audited again
    with pytest.raises(StakeholderError, match="sensitive must be yes or no"):
        reopened.update_stakeholder(plain, "sensitive", "sometimes")
    assert reopened._rows("SELECT sensitive, contact_sensitive FROM stakeholder ORDER BY fid") == [
        {"sensitive": 0, "contact_sensitive": 0},
        {"sensitive": 1, "contact_sensitive": 0},
    ]
    flags = [(s.sensitive, s.contact_sensitive) for s in reopened.stakeholders("S1")]
    assert flags == [(False, False), (True, False)]
    changes = [
        (row["who"], row["row_id"], row["field"], row["old_value"], row["new_value"])
        for row in reopened.audit_log("S1")
        if row["field"] in ("sensitive", "contact_sensitive")
    ]
    assert changes == [
        ("Officer Flags", marked, "sensitive", "1", "0"),
        ("Officer Flags", marked, "contact_sensitive", "1", "0"),
        ("Officer Flags", plain, "sensitive", "0", "1"),
    ]
    reopened.close()


def test_hostile_text_round_trips_unchanged_and_runs_nothing(workspace):
    for number, text in enumerate(HOSTILE_TEXTS):
        key = f"{text}-{number}"
        workspace.record_site(key, text, None, {"pa_names": text})
        workspace.set_profile_field(key, "notes", text)
        stakeholder_id = workspace.add_stakeholder(key, Stakeholder(text, "miners", goals=text, contact=text))
        workspace.set_answer(key, "geology", text)
        workspace.add_decision(key, "mitigation", text, officer=text)
        assert workspace.site_snapshot(key)["pa_names"] == text
        assert workspace.profile(key)["notes"] == text
        stakeholder = workspace.stakeholders(key)[0]
        assert (stakeholder.id, stakeholder.name, stakeholder.goals, stakeholder.contact) == (
            stakeholder_id,
            text,
            text,
            text,
        )
        assert workspace.answers(key) == {"geology": text}
        assert workspace.decisions(key)[0]["rationale"] == text
    tables = {row["name"] for row in workspace._rows("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"stakeholder", "site", "decision"} <= tables
    assert len(workspace.progress()) == len(HOSTILE_TEXTS)


def test_a_second_writer_gets_a_clear_message_and_nothing_is_half_written(tmp_path):
    path = tmp_path / "shared.gpkg"
    workspace = open_workspace(path, busy_timeout=0.2)
    workspace.set_profile_field("S1", "notes", "before")
    other = sqlite3.connect(str(path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(WorkspaceLockedError, match="being written by another program"):
        workspace.set_profile_field("S1", "notes", "while locked")
    assert workspace.profile("S1")["notes"] == "before"  # reading still works
    other.execute("ROLLBACK")
    other.close()
    workspace.set_profile_field("S1", "notes", "after")
    assert workspace.profile("S1")["notes"] == "after"
    workspace.close()


WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[2])
    from asm_pace_plugin.core.assessment.workspace import open_workspace
    workspace = open_workspace(sys.argv[1])
    count = 0
    while True:
        count += 1
        workspace.set_profile_field("S1", "miners_count", count)
        workspace.set_answer("S1", "geology", "alluvial" if count % 2 else "hard_rock")
        print(count, flush=True)
    """
)


def test_a_process_killed_while_writing_leaves_a_sound_workspace(tmp_path):
    path = tmp_path / "killed.gpkg"
    workspace = open_workspace(path)
    workspace.add_stakeholder("S1", Stakeholder("Earlier edit", "communities", 1, 2, 0))
    workspace.close()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(REPO)], stdout=subprocess.PIPE, text=True
    )
    last = 0
    for line in writer.stdout:
        last = int(line)
        if last >= 40:
            break
    writer.send_signal(signal.SIGKILL)  # mid-write: the writer never waits for the reader
    writer.wait()
    writer.stdout.close()
    check = sqlite3.connect(str(path))
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()
    reopened = open_workspace(path)
    assert reopened.profile("S1")["miners_count"] >= last
    assert [s.name for s in reopened.stakeholders("S1")] == ["Earlier edit"]
    reopened.set_profile_field("S1", "notes", "still writable")
    reopened.close()


def test_migration_from_schema_1_keeps_data_and_marks_contacts_sensitive(tmp_path, qgis_app):
    from qgis.core import QgsVectorLayer

    path = tmp_path / "old.gpkg"
    old = open_workspace(path, schema_version=1)
    assert old.schema_version == 1
    old._connection.execute(
        "INSERT INTO stakeholder (site_key, name, group_id, influence, interest, stance, contact)"
        " VALUES ('S1', 'Old chief', 'customary_authorities', 3, 4, 0, '+000')"
    )
    old.close()
    migrated = open_workspace(path)
    assert migrated.schema_version == SCHEMA_VERSION == 3
    assert migrated.stakeholders("S1")[0].name == "Old chief"
    assert migrated._rows("SELECT contact_sensitive FROM stakeholder") == [{"contact_sensitive": 1}]
    migrated.close()
    assert QgsVectorLayer(f"{path}|layername=stakeholder", "s", "ogr").isValid()


def test_migration_from_schema_2_keeps_data_and_leaves_stakeholders_unmarked(tmp_path, qgis_app):
    from qgis.core import QgsVectorLayer

    path = tmp_path / "version2.gpkg"
    old = open_workspace(path, officer="Officer Old", schema_version=2)
    assert old.schema_version == 2
    assert "sensitive" not in [row["name"] for row in old._rows("PRAGMA table_info(stakeholder)")]
    old._connection.execute(
        "INSERT INTO stakeholder (site_key, name, group_id, influence, interest, stance, contact,"
        " contact_sensitive) VALUES ('S1', 'Old chief', 'customary_authorities', 3, 4, 0, '+000', 0),"
        " ('S1', 'Old trader', 'traders', 1, 2, -1, 'trader@example.org', 1)"
    )
    old._connection.execute(
        "INSERT INTO relation (site_key, from_id, to_id, relation_type, direction, strength)"
        " VALUES ('S1', 1, 2, 'trade', 'one way', 2)"
    )
    old.close()
    migrated = open_workspace(path)
    assert migrated.schema_version == 3
    people = [(s.name, s.contact, s.sensitive, s.contact_sensitive) for s in migrated.stakeholders("S1")]
    assert people == [
        ("Old chief", "+000", False, False),
        ("Old trader", "trader@example.org", False, True),
    ]
    assert migrated._rows("SELECT sensitive FROM stakeholder") == [{"sensitive": 0}, {"sensitive": 0}]
    assert [(r["from_id"], r["to_id"]) for r in migrated.relations("S1")] == [(1, 2)]
    migrated.close()
    layer = QgsVectorLayer(f"{path}|layername=stakeholder", "s", "ogr")
    assert layer.isValid() and "sensitive" in layer.fields().names()


def test_site_keys_that_cannot_match_one_to_one_are_explained():
    assert site_key_warning(["S1", "S2"], "site_code") == ""
    assert site_key_warning(["S1", "", "S1", "S2", "S2", ""], "site_code") == (
        "2 site(s) have no site_code and are not listed; "
        "2 site_code value(s) are used by several sites, which share one assessment: S1, S2."
    )


def test_a_file_that_is_not_a_database_leaves_no_connection_open(tmp_path):
    garbage = tmp_path / "garbage.gpkg"
    garbage.write_bytes(b"this is not a database at all" * 100)

    def refusal():
        try:
            open_workspace(garbage)
        except WorkspaceError as error:
            return str(error)

    # Python 3.13 warns when a connection is collected unclosed (3.11 does not: there it cannot fail).
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        assert "could not be used" in refusal()
        gc.collect()
    assert not [warning for warning in caught if issubclass(warning.category, ResourceWarning)]


def test_files_that_are_not_workspaces_are_refused_with_a_reason(tmp_path):
    with pytest.raises(WorkspaceError, match="not an ASM-PACE assessment workspace"):
        open_workspace(SAMPLE_COPY)
    garbage = tmp_path / "garbage.gpkg"
    garbage.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(WorkspaceError, match="could not be used"):
        open_workspace(garbage)
    newer = open_workspace(tmp_path / "newer.gpkg")
    newer.set_setting("schema_version", str(SCHEMA_VERSION + 1))
    newer.close()
    with pytest.raises(WorkspaceError, match="newer ASM-PACE plugin"):
        open_workspace(tmp_path / "newer.gpkg")
