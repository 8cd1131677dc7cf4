"""The bad-input corpus, part three: workspaces damaged by hand or by another QGIS, and
workspaces made by earlier versions of the plugin."""

import sqlite3
import struct

import pytest

from asm_pace_plugin.core.assessment import profile_fields
from asm_pace_plugin.core.assessment import workspace as ws
from asm_pace_plugin.core.assessment.stakeholders import Stakeholder
from asm_pace_plugin.core.assessment.workspace import SCHEMA_VERSION, open_workspace
from asm_pace_plugin.core.shared.errors import WorkspaceError

# The columns of every table as version 1 of the plugin wrote them (fid and geom first).
VERSION_1_COLUMNS = {
    "site": [
        "fid", "geom", "site_key", "site_label", "pace_class", "pa_names", "iucn_cat", "intl_desig",
        "landscape",
        "g200_name", "near_pa", "near_pa_m", "facts_json", "snapshot_at",
    ],
    "site_profile": [
        "fid", "site_key", "minerals", "deposit_type", "extraction_methods", "processing_methods",
        "miners_count", "mercury_use", "legal_status", "armed_actors", "years_active", "notes", "updated_at",
    ],
}  # fmt: skip


def columns(path):
    connection = sqlite3.connect(str(path))
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {
            table: [row[1] for row in connection.execute(f"PRAGMA table_info({table})")] for table in tables
        }
    finally:
        connection.close()


def edit(path, sql):
    connection = sqlite3.connect(str(path))
    connection.execute(sql)
    connection.commit()
    connection.close()


@pytest.fixture()
def path(tmp_path):
    made = tmp_path / "assessment.gpkg"
    open_workspace(made, officer="Officer Test").close()
    return made


def test_a_schema_version_that_is_not_a_number_gets_a_sentence(path):
    edit(path, "UPDATE asm_pace_meta SET value = 'three' WHERE key = 'schema_version'")
    with pytest.raises(WorkspaceError, match="its schema version is 'three', not a number"):
        open_workspace(path)


@pytest.mark.parametrize("table", ["relation", "site_profile", "asm_pace_meta"])
def test_a_table_dropped_by_hand_gets_a_sentence(path, table):
    edit(path, f"DROP TABLE {table}")
    expected = "not an ASM-PACE assessment workspace" if table == "asm_pace_meta" else f"column.s. {table} "
    with pytest.raises(WorkspaceError, match=expected):
        open_workspace(path)


def test_a_column_dropped_by_hand_gets_a_sentence(path):
    edit(path, "ALTER TABLE stakeholder DROP COLUMN contact")
    with pytest.raises(WorkspaceError, match=r"lacks its table\(s\) or column\(s\) stakeholder\.contact "):
        open_workspace(path)


def test_a_stakeholder_deleted_by_another_qgis_meanwhile_gets_a_sentence(path):
    mine = open_workspace(path, officer="Officer A")
    first = mine.add_stakeholder("S1", Stakeholder("Chief", "customary_authorities"))
    second = mine.add_stakeholder("S1", Stakeholder("Trader", "traders"))
    other = open_workspace(path, officer="Officer B")
    other.delete_stakeholder(second)
    other.close()
    try:
        with pytest.raises(WorkspaceError, match="deleted meanwhile"):
            mine.add_relation("S1", first, second, "trade")
        with pytest.raises(WorkspaceError, match="deleted meanwhile"):
            mine.set_stakeholder_location(second, 28.0, -2.0)
        with pytest.raises(WorkspaceError, match="deleted meanwhile"):
            mine.update_stakeholder(second, "influence", 3)
        assert mine.relations("S1") == []
    finally:
        mine.close()


def test_migration_one_writes_the_columns_of_version_one_whatever_fields_came_later(tmp_path, monkeypatch):
    monkeypatch.setattr(
        profile_fields,
        "PROFILE_FIELDS",
        (*profile_fields.PROFILE_FIELDS, ("land_tenure", "Land tenure", "text", ())),
    )
    monkeypatch.setattr(ws, "PROFILE_COLUMNS", (*ws.PROFILE_COLUMNS, "land_tenure"))
    monkeypatch.setattr(ws, "SNAPSHOT_FIELDS", (*ws.SNAPSHOT_FIELDS, "pa_share"))
    open_workspace(tmp_path / "v1.gpkg", schema_version=1).close()
    written = columns(tmp_path / "v1.gpkg")
    assert {table: written[table] for table in VERSION_1_COLUMNS} == VERSION_1_COLUMNS


def test_a_version_one_workspace_migrates_to_todays_columns(tmp_path):
    old = open_workspace(tmp_path / "v1.gpkg", schema_version=1)
    old.set_profile_field("S1", "minerals", "gold")
    old.close()
    open_workspace(tmp_path / "today.gpkg").close()
    migrated = open_workspace(tmp_path / "v1.gpkg")
    assert migrated.schema_version == SCHEMA_VERSION
    assert migrated.profile("S1")["minerals"] == "gold"
    migrated.close()
    assert columns(tmp_path / "v1.gpkg") == columns(tmp_path / "today.gpkg")


def test_the_dock_says_so_when_a_stakeholder_was_deleted_by_another_qgis(qtbot, qgis_app, path):
    from qgis.PyQt.QtCore import Qt

    from asm_pace_plugin.core.assessment.catalogues import load_catalogues
    from asm_pace_plugin.ui.page import SiteContext
    from asm_pace_plugin.ui.stakeholder_page import StakeholderPage

    mine = open_workspace(path, officer="Officer A")
    first = mine.add_stakeholder("S1", Stakeholder("Chief", "customary_authorities"))
    second = mine.add_stakeholder("S1", Stakeholder("Trader", "traders"))
    page = StakeholderPage(load_catalogues())
    qtbot.addWidget(page)
    page.show()
    page.load(SiteContext(mine, "S1"))
    other = open_workspace(path, officer="Officer B")
    other.delete_stakeholder(second)
    other.close()
    page.relation_from.setCurrentIndex(page.relation_from.findData(first))
    page.relation_to.setCurrentIndex(page.relation_to.findData(second))
    with qtbot.waitSignal(page.failed, timeout=2000) as shown:
        qtbot.mouseClick(page.add_relation_button, Qt.MouseButton.LeftButton)
    assert "deleted meanwhile" in shown.args[0] and "sqlite" not in shown.args[0].lower()
    mine.close()


# -- Workspaces that are not workspaces, given to the algorithms that only read them ------------


def read_only_runs(path, tmp_path):
    """The export and the dossiers on `path`: the sentence each stops with."""
    from layers import run_algorithm
    from qgis.core import QgsProcessingException

    sentences = []
    for algorithm, output in (
        ("asm_pace:exportassessments", {"OUTPUT": str(tmp_path / "export.csv")}),
        ("asm_pace:sitedossiers", {"OUTPUT_PDF": str(tmp_path / "d.pdf"), "OUTPUT_HTML": None}),
    ):
        with pytest.raises(QgsProcessingException) as raised:
            run_algorithm(algorithm, {"WORKSPACE": str(path), **output})
        sentences.append(str(raised.value))
    return sentences


def test_an_empty_file_or_database_is_refused_by_export_and_dossiers_and_left_as_it_was(provider, tmp_path):
    empty = tmp_path / "empty.gpkg"
    empty.write_bytes(b"")
    bare = tmp_path / "bare.gpkg"  # an SQLite database with no table at all
    sqlite3.connect(str(bare)).close()
    for path in (empty, bare):
        before = path.read_bytes()
        for sentence in read_only_runs(path, tmp_path):
            assert "is empty: it is not an assessment workspace" in sentence
        assert path.read_bytes() == before  # never turned into an empty workspace


def test_a_database_without_the_workspace_tables_is_refused_and_left_as_it_was(provider, tmp_path):
    other = tmp_path / "other.gpkg"
    edit(other, "CREATE TABLE survey (id INTEGER PRIMARY KEY, name TEXT)")
    before = other.read_bytes()
    for sentence in read_only_runs(other, tmp_path):
        assert "not an ASM-PACE assessment workspace" in sentence
    assert other.read_bytes() == before


def test_a_dropped_geometry_columns_table_gets_one_verdict_from_every_reader(provider, path, tmp_path):
    workspace = open_workspace(path, officer="Officer Test")
    workspace.record_site("S01", "Camp", None, {"pace_class": "protected_area"})
    workspace.close()
    edit(path, "DROP TABLE gpkg_geometry_columns")
    sentences = read_only_runs(path, tmp_path)
    with pytest.raises(WorkspaceError) as dock:
        open_workspace(path)
    for sentence in [*sentences, str(dock.value)]:
        assert "is damaged" in sentence and "gpkg_geometry_columns" in sentence


def test_an_older_workspace_is_read_by_the_export_without_being_migrated(provider, tmp_path):
    from layers import run_algorithm

    old_path = tmp_path / "v1.gpkg"
    old = open_workspace(old_path, schema_version=1)
    old.record_site("S1", "Camp", None, {"pace_class": "protected_area"})
    old.set_profile_field("S1", "minerals", "gold")
    old.close()
    before = old_path.read_bytes()
    result = run_algorithm(
        "asm_pace:exportassessments", {"WORKSPACE": str(old_path), "OUTPUT": str(tmp_path / "e.csv")}
    )
    assert "gold" in (tmp_path / "e.csv").read_text(encoding="utf-8") and result["OUTPUT"]
    assert old_path.read_bytes() == before  # the dock migrates it when it opens it
    assert open_workspace(old_path).schema_version == SCHEMA_VERSION


@pytest.mark.parametrize("name", ["", "   ", None])
def test_a_blank_stakeholder_name_is_refused_with_a_sentence(path, name):
    from asm_pace_plugin.core.shared.errors import StakeholderError

    workspace = open_workspace(path, officer="Officer Test")
    try:
        with pytest.raises(StakeholderError, match="needs a name"):
            workspace.add_stakeholder("S1", Stakeholder(name, "traders"))
        chief = workspace.add_stakeholder("S1", Stakeholder("Chief", "customary_authorities"))
        with pytest.raises(StakeholderError, match="needs a name"):
            workspace.update_stakeholder(chief, "name", name)
        assert [person.name for person in workspace.stakeholders("S1")] == ["Chief"]
    finally:
        workspace.close()


@pytest.mark.parametrize("where", [(400, 95), (float("nan"), 0), (28.0, float("nan"))])
def test_a_location_off_the_globe_or_not_a_number_is_refused(path, where):
    from asm_pace_plugin.core.shared.errors import StakeholderError

    workspace = open_workspace(path, officer="Officer Test")
    try:
        chief = workspace.add_stakeholder("S1", Stakeholder("Chief", "customary_authorities"))
        with pytest.raises(StakeholderError, match="out of range"):
            workspace.set_stakeholder_location(chief, *where)
        with pytest.raises(StakeholderError, match="out of range"):
            workspace.add_stakeholder(
                "S1", Stakeholder("Trader", "traders", longitude=where[0], latitude=where[1])
            )
        (person,) = workspace.stakeholders("S1")
        assert (person.longitude, person.latitude) == (None, None)
    finally:
        workspace.close()


def test_a_location_emptied_in_qgis_reads_back_as_none_not_nan(path):
    workspace = open_workspace(path, officer="Officer Test")
    chief = workspace.add_stakeholder("S1", Stakeholder("Chief", "customary_authorities"))
    workspace.set_stakeholder_location(chief, 28.5, -2.5)
    workspace.close()
    # QGIS writes an emptied point as a GeoPackage point of NaN coordinates.
    empty_point = struct.pack("<2sBBi", b"GP", 0, 0b00010001, 4326) + struct.pack(
        "<BIdd", 1, 1, float("nan"), float("nan")
    )
    connection = sqlite3.connect(str(path))
    connection.execute("UPDATE stakeholder SET geom = ? WHERE fid = ?", (empty_point, chief))
    connection.commit()
    connection.close()
    workspace = open_workspace(path)
    try:
        (person,) = workspace.stakeholders("S1")
        assert (person.longitude, person.latitude) == (None, None)
    finally:
        workspace.close()
