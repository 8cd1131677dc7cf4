"""Plugin wiring of the assessment dock: the toggle action builds it lazily, unload removes it."""


def test_toggle_action_builds_the_dock_once_and_unload_removes_it(qgis_iface, qgis_new_project, monkeypatch):
    from asm_pace_plugin.plugin import AsmPacePlugin
    from asm_pace_plugin.ui.assessment_dock import AssessmentDock

    removed = []  # pytest-qgis 2.1's interface stub lacks these removers
    monkeypatch.setattr(qgis_iface, "removeDockWidget", removed.append, raising=False)
    for name in ("removePluginMenu", "removeToolBarIcon"):
        if not hasattr(qgis_iface, name):
            monkeypatch.setattr(qgis_iface, name, lambda *args: None, raising=False)
    qgis_iface.mainWindow().show()  # hide and show events, which keep the action in sync, need a shown window
    plugin = AsmPacePlugin(qgis_iface)
    plugin.initGui()
    toggle = plugin.assessment
    assert toggle.dock is None  # nothing built before it is asked for
    toggle.action.setChecked(True)
    dock = toggle.dock
    assert isinstance(dock, AssessmentDock) and dock.isVisible()
    toggle.action.setChecked(False)
    assert not dock.isVisible()
    toggle.action.setChecked(True)
    assert toggle.dock is dock
    dock.close()
    assert not toggle.action.isChecked()
    plugin.unload()
    assert plugin.assessment is None and plugin.actions == []
    assert removed == [dock]
    qgis_iface.mainWindow().hide()


def test_a_broken_catalogue_is_reported_instead_of_opening_the_dock(qgis_iface, monkeypatch, tmp_path):
    from qgis.core import Qgis

    from asm_pace_plugin.core.assessment.catalogues import load_catalogues
    from asm_pace_plugin.ui import assessment_dock
    from asm_pace_plugin.ui.actions import AssessmentDockToggle

    (tmp_path / "approaches.json").write_text("{broken", encoding="utf-8")
    monkeypatch.setattr(assessment_dock, "load_catalogues", lambda: load_catalogues(tmp_path))
    toggle = AssessmentDockToggle(qgis_iface)
    toggle.action.setChecked(True)
    assert toggle.dock is None and not toggle.action.isChecked()
    assert (
        qgis_iface.messageBar()
        .get_messages(Qgis.MessageLevel.Critical)[-1]
        .startswith("ASM-PACE:Catalogue approaches.json: not readable JSON")
    )
