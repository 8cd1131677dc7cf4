"""ui/page.ask_file: the file a person picks in Qt's file dialogs (the dialogs answered here)."""

from types import SimpleNamespace

import pytest
from qgis.PyQt.QtWidgets import QFileDialog

from asm_pace_plugin.ui.page import ask_file


@pytest.fixture
def dialogs(monkeypatch):
    """Qt's file dialogs, answering dialogs.path and keeping what they were asked."""
    state = SimpleNamespace(path="", asked=[])

    def answering(kind):
        def dialog(parent, title, folder, file_filter):
            state.asked.append((kind, title, file_filter))
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
