"""ui/page.ask_file: the file a person picks in Qt's file dialogs (the dialogs answered here)."""

from types import SimpleNamespace

import pytest
from qgis.PyQt.QtWidgets import QFileDialog

from asm_pace_plugin.ui.page import ask_file


@pytest.fixture
def dialogs(monkeypatch):
    """Qt's file dialogs, answering dialogs.path and keeping what they were asked."""
    state = SimpleNamespace(path="", asked=[], folders=[])

    def answering(kind):
        def dialog(parent, title, folder, file_filter):
            state.asked.append((kind, title, file_filter))
            state.folders.append(folder)
            return state.path, file_filter

        return dialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answering("save"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answering("open"))
    return state


def test_a_file_to_write_gets_its_suffix_once(dialogs):
    dialogs.path = "/data/stakeholders"
    assert ask_file(None, "Export", "CSV (*.csv)", ".csv", save=True) == "/data/stakeholders.csv"
    dialogs.path = "/data/Stakeholders.CSV"
    assert ask_file(None, "Export", "CSV (*.csv)", ".csv", save=True) == "/data/Stakeholders.CSV"
    assert [kind for kind, _title, _filter in dialogs.asked] == ["save", "save"]


def test_a_file_to_read_is_taken_as_chosen(dialogs):
    dialogs.path = "/data/stakeholders.txt"
    assert ask_file(None, "Import", "CSV (*.csv)", ".csv") == "/data/stakeholders.txt"
    assert dialogs.asked == [("open", "Import", "CSV (*.csv)")]


def test_a_cancelled_dialog_gives_no_file(dialogs):
    dialogs.path = ""
    assert ask_file(None, "Export", "CSV (*.csv)", ".csv", save=True) == ""


def test_a_file_dialog_opens_beside_the_project_or_where_the_last_file_was(dialogs, tmp_path):
    """Never in QGIS's working directory (the plugins' folder, or /): beside the saved project,
    else in the folder of the last file chosen, else at home."""
    from pathlib import Path

    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QSettings

    from asm_pace_plugin.ui import page

    last_folder = getattr(page, "LAST_FOLDER_SETTING", "asm_pace/last_folder")
    project = QgsProject.instance()
    project.clear()
    QSettings().remove(last_folder)
    dialogs.path = ""
    ask_file(None, "New", "GeoPackage (*.gpkg)", ".gpkg", save=True)
    assert dialogs.folders[-1] == str(Path.home())
    (tmp_path / "field").mkdir()
    dialogs.path = str(tmp_path / "field" / "people.csv")
    ask_file(None, "Import", "CSV (*.csv)", ".csv")
    ask_file(None, "New", "GeoPackage (*.gpkg)", ".gpkg", save=True)
    assert dialogs.folders[-1] == str(tmp_path / "field")
    assert project.write(str(tmp_path / "kivu.qgz"))
    try:
        ask_file(None, "New", "GeoPackage (*.gpkg)", ".gpkg", save=True)
        assert dialogs.folders[-1] == str(tmp_path)
    finally:
        project.clear()
        QSettings().remove(last_folder)
