"""The bad-input corpus, part three: workspaces damaged by hand or by another QGIS, and
workspaces made by earlier versions of the plugin."""

import sqlite3

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
