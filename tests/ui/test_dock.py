"""The real assessment dock driven with pytest-qt against a real workspace file.

Set ASM_PACE_SCREENSHOTS=<folder> to save a picture of the dock at each step
(tools/dock_screenshots.py does that for docs/screenshots).
"""

import os
import sqlite3
from pathlib import Path

import pytest
import sample_workspace
from hostile_text import HOSTILE_TEXTS
from layers import classify_sample
from sample_data import SAMPLE_COPY

SCREENSHOTS = os.environ.get("ASM_PACE_SCREENSHOTS")
HOSTILE_NAME = HOSTILE_TEXTS[0]
HOSTILE_NOTE = "\n".join(HOSTILE_TEXTS[1:5])


@pytest.fixture(autouse=True)
def _no_remembered_officer():
    """The officer's name the options page keeps in QGIS's settings, from no earlier test."""
    from qgis.core import QgsSettings

    from asm_pace_plugin.ui.options_page import OFFICER_SETTING

    QgsSettings().remove(OFFICER_SETTING)
    yield
    QgsSettings().remove(OFFICER_SETTING)


def _classified(sites, name):
    """The sites classified by the plugin's own algorithm against the sample (a memory layer)."""
    layer = classify_sample(sites)["OUTPUT"]
    layer.setName(name)
    return layer


@pytest.fixture(scope="module")
def classified_sites(provider):
    """The sample sites classified by the plugin's own algorithm, in the project."""
    from qgis.core import QgsProject

    layer = _classified(f"{SAMPLE_COPY}|layername=sites", "classified sites")
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


def _snap(dock, name):
    if SCREENSHOTS:
        picture = Path(SCREENSHOTS) / f"{name}.png"
        picture.parent.mkdir(parents=True, exist_ok=True)
        dock.grab().save(str(picture))


def _new_dock(qtbot, canvas, wait_for_sites=True):
    from asm_pace_plugin.ui.assessment_dock import AssessmentDock

    dock = AssessmentDock(canvas=canvas)
    qtbot.addWidget(dock)
    dock.resize(dock.DEFAULT_WIDTH, 1900)
    dock.show()
    if wait_for_sites:
        qtbot.waitUntil(lambda: dock.site_list.count() > 0, timeout=5000)
    return dock


def _item_texts(list_widget):
    return [list_widget.item(row).text() for row in range(list_widget.count())]


def _type_line(qtbot, line_edit, text):
    from qgis.PyQt.QtCore import Qt

    line_edit.setFocus()
    line_edit.clear()
    line_edit.insert(text)  # insert() takes any text; keyClicks cannot type right-to-left or \n
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)


def _choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def test_full_assessment_survives_a_fresh_dock(qtbot, qgis_canvas, classified_sites, tmp_path, monkeypatch):
    from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY, QgsProject, QgsVectorLayer
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QFileDialog

    QgsProject.instance().removeEntry("asm_pace", "workspace")
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    path = tmp_path / "assessment.gpkg"
    dock = _new_dock(qtbot, qgis_canvas, wait_for_sites=False)
    assert dock.layer_combo.currentLayer() is classified_sites
    assert dock.key_combo.currentField() == "site_code"
    _snap(dock, "01-empty")

    # 1. a new workspace, through the button
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), "GeoPackage"))
    with qtbot.waitSignal(dock.sites_loaded, timeout=5000):
        qtbot.mouseClick(dock.new_button, Qt.MouseButton.LeftButton)
    assert path.exists()
    assert QgsProject.instance().readEntry("asm_pace", "workspace")[0] == str(path)
    assert dock.site_list.count() == 12
    assert all("[not started]" in text for text in _item_texts(dock.site_list))
    qtbot.keyClicks(dock.search, "kivalu")
    assert [text.split()[0] for text in _item_texts(dock.site_list) if "Kivalu" in text] == ["S02"]
    assert sum(not dock.site_list.item(row).isHidden() for row in range(dock.site_list.count())) == 1
    _snap(dock, "02-workspace-and-sites")
    dock.search.clear()

    # 2. pick S02 on the map
    qtbot.mouseClick(dock.pick_button, Qt.MouseButton.LeftButton)
    assert qgis_canvas.mapTool() is dock._map_tool
    feature = next(f for f in classified_sites.getFeatures() if f["site_code"] == "S02")
    dock._map_tool.featureIdentified.emit(feature)
    assert dock.site.key == "S02"
    assert dock.site.pace_class == "protected_area"
    assert "PACE class: In a protected area" in dock.classification_view.toPlainText()
    dock.zoom_to_site()
    assert classified_sites.selectedFeatureIds() == [feature.id()]
    qtbot.mouseClick(dock.pick_button, Qt.MouseButton.LeftButton)
    _snap(dock, "03-site-picked")

    # 3. profile
    profile = dock.profile_page.editors
    _type_line(qtbot, profile["minerals"], "gold, cassiterite")
    profile["deposit_type"].setCurrentText("alluvial")
    profile["legal_status"].setCurrentText("illegal")
    profile["armed_actors"].setCurrentText("present")
    profile["miners_count"].setValue(350)
    profile["notes"].setFocus()
    profile["notes"].insertPlainText(HOSTILE_NOTE)
    dock.profile_page.flush()
    assert dock.workspace.profile("S02")["notes"] == HOSTILE_NOTE
    assert dock.pages.currentWidget().widget() is dock.profile_page
    assert dock.site_list.currentItem().text().startswith("S02 [in progress] Kivalu")
    _snap(dock, "04-profile")

    # 4. stakeholders, relations, grid and network
    page = dock.stakeholder_page
    dock.show_page(page)
    _choose(page.new_group, "miners")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    _type_line(qtbot, page.name_edit, HOSTILE_NAME)
    page.influence_edit.setValue(2)
    page.interest_edit.setValue(5)
    _choose(page.stance_edit, -1)
    _type_line(qtbot, page.contact_edit, "+243 81 000 0000")
    miners = page.selected_id()
    _choose(page.new_group, "pa_authority")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    page.influence_edit.setValue(4)
    page.interest_edit.setValue(4)
    rangers = page.selected_id()
    qtbot.mouseClick(page.location_button, Qt.MouseButton.LeftButton)
    assert qgis_canvas.mapTool() is page._place_tool
    page._place_tool.canvasClicked.emit(QgsPointXY(28.05, -2.05), Qt.MouseButton.LeftButton)
    assert qgis_canvas.mapTool() is not page._place_tool
    assert (
        dock.workspace.stakeholders("S02")[1].longitude,
        dock.workspace.stakeholders("S02")[1].latitude,
    ) == (
        28.05,
        -2.05,
    )
    _choose(page.relation_from, rangers)
    _choose(page.relation_type, "conflict")
    _choose(page.relation_to, miners)
    qtbot.mouseClick(page.add_relation_button, Qt.MouseButton.LeftButton)
    assert _item_texts(page.relation_list) == [
        f"PA authority and rangers → {HOSTILE_NAME}: Conflict (strength 2)",
    ]
    qtbot.mouseClick(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=page.grid.node_centre(miners))
    assert page.selected_id() == miners and page.name_edit.text() == HOSTILE_NAME
    page.views.setCurrentWidget(page.network)
    qtbot.mouseClick(
        page.network.viewport(), Qt.MouseButton.LeftButton, pos=page.network.node_centre(rangers)
    )
    assert page.selected_id() == rangers
    _snap(dock, "05-stakeholder-network")
    page.views.setCurrentWidget(page.grid)
    _snap(dock, "05-stakeholders")

    exported = tmp_path / "stakeholders.csv"
    page.export_csv(exported)
    assert "+243" not in exported.read_text(encoding="utf-8")
    imported = tmp_path / "field.csv"
    imported.write_text(
        "name,group,influence,interest,stance,goals\n"
        "Comptoir Bukavu,traders,4,2,0,buy cheap\n"
        "X,nobody,1,1,1,\n",
        encoding="utf-8",
    )
    assert page.import_csv(imported) == ["line 3: unknown stakeholder group 'nobody'"]
    assert "1 CSV rows skipped" in dock.status.text()
    assert [p.name for p in dock.workspace.stakeholders("S02")][-1] == "Comptoir Bukavu"

    # 5. context questions (those of the profile answered there, once), fit, decision
    options = dock.options_page
    dock.show_page(options)
    assert options.answers()["geology"] == "alluvial"
    assert options.answers()["legal_status"] == "forbidden"
    assert options.answers()["armed_actors"] == "present"
    assert not any(options.answer_boxes[q].isEnabled() for q in ("geology", "legal_status", "armed_actors"))
    for question, answer in {"enforcement": "weak", "past_attempts": "eviction_failed"}.items():
        _choose(options.answer_boxes[question], answer)
    verdicts = {fit.approach_id: fit.label for fit in options.fits}
    assert verdicts["mitigation"] == "recommended"
    assert verdicts["formalisation"] == "not advisable"
    assert verdicts["exclusion"] == "not advisable"
    assert verdicts["negotiated_relocation"] == "recommended"
    shown = options.fit_view.toPlainText()
    assert "Exclusion and enforcement (eviction): not advisable\n  • An eviction was tried before" in shown
    assert "Mitigation of secondary impacts: recommended" in shown
    _snap(dock, "06-options")
    assert options.approach_choice.currentData() is None  # no approach preselected, eviction least of all
    assert not options.decide_button.isEnabled()
    _choose(options.approach_choice, "negotiated_relocation")
    options.officer_edit.setText("Officer Ngoy")
    assert not options.decide_button.isEnabled() and "rationale" in options.decide_button.toolTip()
    options.rationale_edit.insertPlainText("Eviction failed in 2019; communities ask for a negotiated exit.")
    assert options.decide_button.isEnabled()
    qtbot.mouseClick(options.decide_button, Qt.MouseButton.LeftButton)
    assert dock.status.text() == ""
    assert options.history.count() == 1
    assert dock.site_list.currentItem().text().startswith("S02 [decided]")
    # the approach decided stays chosen, each with its verdict; a new decision needs a new rationale
    assert (
        options.approach_choice.currentData() == "negotiated_relocation"
        and not options.decide_button.isEnabled()
    )
    assert options.approach_choice.currentText() == "Negotiated or community-led relocation: recommended"
    _snap(dock, "07-decided")

    # a profile answer changed later changes the fit the workspace keeps
    dock.show_page(dock.profile_page)
    profile["armed_actors"].setCurrentText("in control")
    assert options.answers()["armed_actors"] == "controlling"
    stored = {fit["approach_id"]: fit["reasons"] for fit in dock.workspace.fits("S02")}
    assert {fit.approach_id: "\n".join(fit.reasons) for fit in options.fits} == stored
    profile["armed_actors"].setCurrentText("present")
    dock.shutdown()
    dock.close()

    # 6. a fresh dock on the reopened file shows all of it
    again = _new_dock(qtbot, qgis_canvas)
    assert again.workspace_path.text() == str(path)
    assert "S02 [decided] Kivalu alluvial pits · In a protected area" in _item_texts(again.site_list)
    assert again.select_site("S02")
    profile = again.profile_page.editors
    assert profile["minerals"].text() == "gold, cassiterite"
    assert profile["deposit_type"].currentText() == "alluvial"
    assert profile["miners_count"].value() == 350
    assert profile["notes"].toPlainText() == HOSTILE_NOTE
    people = again.stakeholder_page._people
    assert [(p.name, p.influence, p.interest, p.stance) for p in people] == [
        (HOSTILE_NAME, 2, 5, -1),
        ("PA authority and rangers", 4, 4, 0),
        ("Comptoir Bukavu", 4, 2, 0),
    ]
    assert again.stakeholder_page.relation_list.count() == 1
    assert again.options_page.answers()["past_attempts"] == "eviction_failed"
    assert "Officer Ngoy" in again.options_page.history.item(0).text()
    assert {fit["approach_id"] for fit in again.workspace.fits("S02")} == {
        a.id for a in again.catalogues.approaches
    }
    again.show_page(again.stakeholder_page)
    _snap(again, "08-reopened")

    # 7. a rationale being written is kept, like every other field
    assert again.select_site("S01")
    again.options_page.rationale_edit.insertPlainText("Draft: talk to the cooperative first")
    assert again.select_site("S02")  # switching sites commits what was typed
    assert again.select_site("S01")
    assert again.options_page.rationale_edit.toPlainText() == "Draft: talk to the cooperative first"

    # 8. the unclassified source layer is not offered; re-surveyed, then classified, it keeps
    # the assessments by key
    source = QgsVectorLayer(f"{SAMPLE_COPY}|layername=sites", "re-surveyed sites", "ogr")
    QgsProject.instance().addMapLayer(source)
    assert source in again.layer_combo.exceptedLayerList()
    resurveyed = _classified(source, "re-surveyed, classified")
    QgsProject.instance().addMapLayer(resurveyed)
    assert resurveyed not in again.layer_combo.exceptedLayerList()
    with qtbot.waitSignal(again.sites_loaded, timeout=5000):
        again.set_site_layer(resurveyed)
    assert again.key_combo.currentField() == "site_code"
    assert "S02 [decided] Kivalu alluvial pits · In a protected area" in _item_texts(again.site_list)
    assert again.select_site("S02")
    assert again.options_page.history.count() == 1
    again.shutdown()
    for layer in (source, resurveyed):
        QgsProject.instance().removeMapLayer(layer.id())


def test_a_locked_workspace_shows_a_message_and_keeps_the_typed_text(
    qtbot, qgis_canvas, classified_sites, tmp_path
):
    from qgis.core import QgsProject

    path = tmp_path / "locked.gpkg"
    QgsProject.instance().writeEntry("asm_pace", "workspace", "")
    dock = _new_dock(qtbot, qgis_canvas, wait_for_sites=False)
    with qtbot.waitSignal(dock.sites_loaded, timeout=5000):
        dock.open_workspace(path)
    dock.workspace._connection.execute("PRAGMA busy_timeout = 100")
    dock.select_site("S01")
    other = sqlite3.connect(str(path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    _type_line(qtbot, dock.profile_page.editors["minerals"], "coltan")
    assert "being written by another program" in dock.status.text()
    assert dock.profile_page.editors["minerals"].text() == "coltan"
    other.execute("ROLLBACK")
    other.close()
    _type_line(qtbot, dock.profile_page.editors["minerals"], "coltan ")
    assert dock.status.text() == ""
    assert dock.workspace.profile("S01")["minerals"] == "coltan "
    dock.shutdown()


def test_a_file_that_is_not_a_workspace_is_refused_in_the_dock(qtbot, qgis_canvas, classified_sites):
    from qgis.core import QgsProject

    QgsProject.instance().writeEntry("asm_pace", "workspace", "")
    dock = _new_dock(qtbot, qgis_canvas, wait_for_sites=False)
    assert not dock.open_workspace(SAMPLE_COPY)
    assert "not an ASM-PACE assessment workspace" in dock.status.text()
    assert dock.workspace is None


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_tooltips_show_hostile_text_as_typed(qgis_app, text):
    from qgis.PyQt.QtGui import QTextDocument

    from asm_pace_plugin.rendering.text import plain_tooltip

    document = QTextDocument()
    document.setHtml(plain_tooltip(text))
    assert (
        document.toPlainText().split() == text.split()
    )  # as typed; only runs of white space fold, as in HTML


def test_the_project_remembers_the_workspace_relative_to_itself(
    qtbot, qgis_canvas, classified_sites, tmp_path
):
    from qgis.core import QgsProject

    project = QgsProject.instance()
    previous_name = project.fileName()
    project.setFileName(str(tmp_path / "mine.qgz"))
    try:
        dock = _new_dock(qtbot, qgis_canvas, wait_for_sites=False)
        with qtbot.waitSignal(dock.sites_loaded, timeout=5000):
            dock.open_workspace(tmp_path / "assessment.gpkg")
        assert project.readEntry("asm_pace", "workspace")[0] == "./assessment.gpkg"
        dock.shutdown()
        again = _new_dock(qtbot, qgis_canvas)
        assert again.workspace_path.text() == str(tmp_path / "assessment.gpkg")
        again.shutdown()
    finally:
        project.setFileName(previous_name)
        project.removeEntry("asm_pace", "workspace")


def _answer_dossier_dialog(run, seen):
    """Processing's dossier dialog, as an officer answers it: Close, or Run (yes to "Run anyway?"
    when no map layer is given), then Close once it has run. Processing shows it before making it
    modal, so it is looked for among the windows. Each answer runs after this timer's slot returns:
    a timer does not fire again within its own slot, where a run's question would wait forever."""
    from qgis.gui import QgsProcessingAlgorithmDialogBase
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication, QMessageBox

    question = QApplication.activeModalWidget()
    if isinstance(question, QMessageBox):
        seen.append(question.text())
        QTimer.singleShot(0, question.button(QMessageBox.StandardButton.Yes).click)
        return
    for dialog in QApplication.topLevelWidgets():
        if isinstance(dialog, QgsProcessingAlgorithmDialogBase) and dialog.isVisible():
            if not dialog.runButton().isEnabled():
                return  # running
            if dialog not in seen:
                seen.append(dialog)
                seen.append(dialog.createProcessingParameters())
            if run and not dialog.wasExecuted():
                QTimer.singleShot(0, dialog.runButton().click)
            else:
                QTimer.singleShot(0, dialog.reject)


def test_dossier_button_opens_the_dossier_dialog_for_the_current_site(
    qtbot, qgis_canvas, qgis_iface, classified_sites, tmp_path, monkeypatch
):
    """The real dialog of Site dossiers, preset to the current site: closed, nothing happens (and
    no error); run, the PDF is written beside the workspace and opened."""
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsBrowserGuiModel, QgsLayerTreeView
    from qgis.PyQt.QtCore import Qt, QTimer
    from qgis.PyQt.QtGui import QDesktopServices

    browser = QgsBrowserGuiModel()
    qgis_iface.browserModel = lambda: browser  # the parameters panel asks for it; the stand-in lacks it
    # Processing (3.44) hands the layer tree to C++ after a run: a real one, not the stand-in's mock.
    tree = QgsLayerTreeView()
    tree.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), tree))
    qgis_iface.layerTreeView = lambda: tree
    QgsProject.instance().writeEntry("asm_pace", "workspace", "")
    shown = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: shown.append(url.toLocalFile()))
    try:
        dock = _new_dock(qtbot, qgis_canvas, wait_for_sites=False)
        with qtbot.waitSignal(dock.sites_loaded, timeout=5000):
            dock.open_workspace(tmp_path / "assessment.gpkg")
        assert not dock.dossier_button.isEnabled()  # no site chosen yet
        dock.select_site("S03")
        dock.profile_page.editors["notes"].setFocus()
        dock.profile_page.editors["notes"].insertPlainText("tin")  # typed, not yet saved: the button saves it
        for run in (False, True):
            seen = []
            timer = QTimer()
            timer.timeout.connect(lambda run=run, seen=seen: _answer_dossier_dialog(run, seen))
            timer.start(100)
            qtbot.mouseClick(dock.dossier_button, Qt.MouseButton.LeftButton)
            timer.stop()
            chosen = seen[1]
            assert (chosen["WORKSPACE"], chosen["SITE_KEYS"], chosen["KEY_FIELD"]) == (
                str(tmp_path / "assessment.gpkg"), "S03", "site_code")  # fmt: skip
            assert chosen["OUTPUT_PDF"] == str(tmp_path / "assessment_dossier_S03.pdf")
            assert shown == ([str(tmp_path / "assessment_dossier_S03.pdf")] if run else [])
        assert "No map layer is given" in seen[2]  # asked before the run
        assert (tmp_path / "assessment_dossier_S03.pdf").stat().st_size > 1000
        assert dock.workspace.profile("S03")["notes"] == "tin"
        dock.shutdown()
    finally:
        del qgis_iface.browserModel
        del qgis_iface.layerTreeView


def test_stakeholder_checkboxes_mark_the_person_and_the_contact(qtbot, qgis_app, tmp_path):
    from qgis.PyQt.QtCore import QPoint, Qt

    from asm_pace_plugin.core.assessment.catalogues import load_catalogues
    from asm_pace_plugin.core.assessment.workspace import open_workspace
    from asm_pace_plugin.ui.page import SiteContext
    from asm_pace_plugin.ui.stakeholder_page import StakeholderPage

    workspace = open_workspace(tmp_path / "flags.gpkg", officer="Officer Dock")
    page = StakeholderPage(load_catalogues())
    qtbot.addWidget(page)
    page.show()
    page.load(SiteContext(workspace, "S1"))

    def click(check):
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(6, check.height() // 2))

    _choose(page.new_group, "miners")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    leader = page.selected_id()
    _type_line(qtbot, page.contact_edit, "+243 81 000 0001")
    assert page.sensitive_check.isEnabled() and not page.sensitive_check.isChecked()
    assert not page.shareable_check.isChecked()  # a new contact is sensitive
    click(page.sensitive_check)
    assert [(s.sensitive, s.contact_sensitive) for s in workspace.stakeholders("S1")] == [(True, True)]
    _choose(page.new_group, "traders")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    trader = page.selected_id()
    _type_line(qtbot, page.contact_edit, "office@example.org")
    click(page.shareable_check)
    assert [(s.sensitive, s.contact_sensitive) for s in workspace.stakeholders("S1")] == [
        (True, True),
        (False, False),
    ]
    audited = [(r["row_id"], r["field"], r["new_value"]) for r in workspace.audit_log("S1") if r["field"]]
    assert (leader, "sensitive", "1") in audited and (trader, "contact_sensitive", "0") in audited

    page.select_stakeholder(leader)  # the saved flags are shown again
    assert page.sensitive_check.isChecked() and not page.shareable_check.isChecked()
    exported = tmp_path / "people.csv"
    page.export_csv(exported)
    assert exported.read_text(encoding="utf-8").splitlines()[1:] == ["Traders and buyers,traders,0,0,0,,,"]
    page.export_csv(exported, include_sensitive=True)
    assert "+243 81 000 0001,1,1" in exported.read_text(encoding="utf-8")

    _choose(page.group_edit, "armed_actors")  # a sensitive group: checked, not editable, explained
    assert page.sensitive_check.isChecked() and not page.sensitive_check.isEnabled()
    assert "Armed groups and security forces" in page.sensitive_check.toolTip()
    click(page.sensitive_check)
    click(page.sensitive_check)
    assert page.sensitive_check.isChecked()
    page.select_stakeholder(trader)
    _choose(page.group_edit, "armed_actors")
    assert page.sensitive_check.isChecked() and not page.sensitive_check.isEnabled()
    _choose(page.group_edit, "communities")  # the person was never marked: unticked again
    assert page.sensitive_check.isEnabled() and not page.sensitive_check.isChecked()
    assert workspace.stakeholders("S1")[1].sensitive is False
    workspace.close()


def _cut_widgets(page, viewport):
    """Labels, buttons and check boxes of `page` that are cut: past the viewport's right edge, or
    narrower than their text needs (a wrapping label may be narrower: it takes more lines)."""
    from qgis.PyQt.QtWidgets import QAbstractButton, QGroupBox, QLabel

    cut = []
    for widget in page.findChildren((QLabel, QAbstractButton, QGroupBox)):
        if not widget.isVisibleTo(page):
            continue
        right = widget.mapTo(viewport, widget.rect().topRight()).x()
        shrinks = isinstance(widget, QGroupBox) or (isinstance(widget, QLabel) and widget.wordWrap())
        needed = widget.minimumSizeHint().width() if shrinks else widget.sizeHint().width()
        if right > viewport.width() or widget.width() < needed:
            cut.append(
                (
                    type(widget).__name__,
                    widget.text() if hasattr(widget, "text") else widget.title(),
                    right,
                    viewport.width(),
                    widget.width(),
                    needed,
                )
            )
    return cut


def test_no_label_is_cut_at_the_default_width(qtbot, qgis_canvas, classified_sites, tmp_path):
    from qgis.core import QgsProject

    from asm_pace_plugin.core.assessment.catalogues import load_catalogues
    from asm_pace_plugin.core.assessment.stakeholders import Stakeholder

    QgsProject.instance().writeEntry("asm_pace", "workspace", "")
    dock = _new_dock(qtbot, qgis_canvas, wait_for_sites=False)
    with qtbot.waitSignal(dock.sites_loaded, timeout=5000):
        dock.open_workspace(tmp_path / "widths.gpkg")
    catalogues = load_catalogues()
    longest = max(catalogues.groups, key=lambda group: len(group.name))
    dock.workspace.add_stakeholders(
        "S02", [Stakeholder(longest.name, longest.id, influence=5, interest=5), Stakeholder("A", "miners")]
    )
    dock.select_site("S02")
    dock.stakeholder_page.select_stakeholder(dock.workspace.stakeholders("S02")[0].id)
    assert dock.width() == dock.DEFAULT_WIDTH
    tabs = dock.pages.tabBar()
    assert sum(tabs.tabRect(index).width() for index in range(tabs.count())) <= tabs.width()
    assert _cut_widgets(dock.widget(), dock.widget()) == []
    for page in (dock.profile_page, dock.stakeholder_page, dock.options_page):
        dock.show_page(page)
        qtbot.wait(10)
        assert _cut_widgets(page, dock.pages.currentWidget().viewport()) == [], type(page).__name__
    grid = dock.stakeholder_page.grid
    boxes = [item for item in grid.scene().items() if item.type() == 3]  # QGraphicsRectItem: quadrants
    titles = [item for item in grid.scene().items() if item.type() == 9 and item.text().count("\n") == 1]
    assert len(boxes) == len(titles) == 4
    for title in titles:
        assert any(box.sceneBoundingRect().contains(title.sceneBoundingRect()) for box in boxes), title.text()
    dock.shutdown()


def test_the_classification_box_says_what_the_dossier_says(qtbot, qgis_canvas, classified_sites, tmp_path):
    import re

    from qgis.core import QgsProject

    QgsProject.instance().writeEntry("asm_pace", "workspace", "")
    dock = _new_dock(qtbot, qgis_canvas, wait_for_sites=False)
    with qtbot.waitSignal(dock.sites_loaded, timeout=5000):
        dock.open_workspace(tmp_path / "facts.gpkg")
    outside = next(f for f in classified_sites.getFeatures() if (f["near_pa_m"] or 0) > 0)
    dock.select_site(outside["site_code"])
    shown = dock.classification_view.toPlainText()
    assert re.search(r"^Distance to the nearest protected area: [\d,.]+ k?m$", shown, re.MULTILINE), shown
    assert "(m)" not in shown
    dock.select_site("S02")  # inside a protected area
    assert dock.classification_view.toPlainText().endswith("\nDistance to the nearest protected area: inside")
    dock.shutdown()


def test_a_users_own_pace_class_field_does_not_stand_for_the_classification(
    qtbot, qgis_canvas, provider, tmp_path
):
    from qgis.core import QgsFeatureRequest, QgsField, QgsProject, QgsVectorLayer

    from asm_pace_plugin.core.shared import compat

    sites = QgsVectorLayer(f"{SAMPLE_COPY}|layername=sites", "sites", "ogr").materialize(QgsFeatureRequest())
    sites.dataProvider().addAttributes([QgsField("pace_class", compat.FIELD_STRING)])
    sites.updateFields()
    index = sites.fields().indexOf("pace_class")
    sites.dataProvider().changeAttributeValues(
        {f.id(): {index: "survey priority"} for f in sites.getFeatures()}
    )
    layer = _classified(sites, "sites with their own pace_class")
    assert "pace_class_2" in layer.fields().names()
    QgsProject.instance().writeEntry("asm_pace", "workspace", "")
    QgsProject.instance().addMapLayer(layer)
    try:
        dock = _new_dock(qtbot, qgis_canvas, wait_for_sites=False)
        dock.layer_combo.setLayer(layer)
        with qtbot.waitSignal(dock.sites_loaded, timeout=5000):
            dock.open_workspace(tmp_path / "own_field.gpkg")
        dock.select_site("S02")  # inside a protected area
        assert "\nPACE class: In a protected area" in dock.classification_view.toPlainText()
        assert any("In a protected area" in text for text in _item_texts(dock.site_list))
        assert not any("survey priority" in text for text in _item_texts(dock.site_list))
        dock.shutdown()
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_the_audit_log_keeps_the_number_an_officer_settles_on(qtbot, qgis_canvas, classified_sites, tmp_path):
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import Qt

    QgsProject.instance().writeEntry("asm_pace", "workspace", "")
    dock = _new_dock(qtbot, qgis_canvas, wait_for_sites=False)
    with qtbot.waitSignal(dock.sites_loaded, timeout=5000):
        dock.open_workspace(tmp_path / "numbers.gpkg")
    dock.select_site("S03")
    miners = dock.profile_page.editors["miners_count"]
    miners.setFocus()
    miners.selectAll()
    qtbot.keyClicks(miners, "350")  # 3 → 35 → 350 as typed
    qtbot.keyClick(miners, Qt.Key.Key_Tab)
    qtbot.keyClick(miners, Qt.Key.Key_Up)  # an arrow step is a settled value too
    years = dock.profile_page.editors["years_active"]
    years.setFocus()
    years.selectAll()
    qtbot.keyClicks(years, "12")  # typed, not yet left: the dock closing keeps it
    dock.close()
    audited = [(row["field"], row["new_value"]) for row in dock.workspace.audit_log("S03") if row["field"]]
    assert audited == [("miners_count", "350"), ("miners_count", "351"), ("years_active", "12")]

    dock.select_site("S02")
    page = dock.stakeholder_page
    dock.show_page(page)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    page.influence_edit.setFocus()
    page.influence_edit.selectAll()
    qtbot.keyClicks(page.influence_edit, "4")
    qtbot.keyClick(page.influence_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(page.influence_edit, "5")
    qtbot.keyClick(page.influence_edit, Qt.Key.Key_Return)
    audited = [(row["field"], row["new_value"]) for row in dock.workspace.audit_log("S02") if row["field"]]
    assert [entry for entry in audited if entry[0] == "influence"] == [("influence", "5")]
    dock.shutdown()


def test_picking_on_the_map_ends_when_its_layer_leaves_the_project(
    qtbot, qgis_canvas, classified_sites, tmp_path
):
    from qgis.core import QgsFeatureRequest, QgsProject
    from qgis.PyQt.QtCore import Qt

    QgsProject.instance().writeEntry("asm_pace", "workspace", "")
    dock = _new_dock(qtbot, qgis_canvas, wait_for_sites=False)
    with qtbot.waitSignal(dock.sites_loaded, timeout=5000):
        dock.open_workspace(tmp_path / "leaving.gpkg")
    second = classified_sites.materialize(QgsFeatureRequest())
    second.setName("classified again")
    QgsProject.instance().addMapLayer(second)
    with qtbot.waitSignal(dock.sites_loaded, timeout=5000):
        dock.set_site_layer(second)
    qtbot.mouseClick(dock.pick_button, Qt.MouseButton.LeftButton)
    assert qgis_canvas.mapTool() is dock._map_tool
    QgsProject.instance().removeMapLayer(second.id())  # the tool held a plain pointer to it
    assert dock.layer_combo.currentLayer() is classified_sites
    assert not dock.pick_button.isChecked() and qgis_canvas.mapTool() is not dock._map_tool
    qtbot.mouseClick(dock.pick_button, Qt.MouseButton.LeftButton)
    assert qgis_canvas.mapTool() is dock._map_tool  # aimed at the layer chosen now
    dock.shutdown()
    assert qgis_canvas.mapTool() is None


QGIS_DOCK_WIDTH = 357  # px: what QGIS 3.22 gives a dock on the right of a 1280 px wide window


def _fields_cut(dock):
    """Line edits of the dock too narrow to show a few words of their text or hint ("c…")."""
    from qgis.PyQt.QtWidgets import QLineEdit

    cut = []
    for field in dock.widget().findChildren(QLineEdit):
        if not field.isVisibleTo(dock) or field.parent().inherits("QAbstractSpinBox"):
            continue
        if field.parent().inherits("QComboBox"):
            continue
        words = (field.text() or field.placeholderText())[:24]  # the start of a hint or of typed text
        if field.isReadOnly() and field.text():  # a file's path: its end, the file's name, in view
            words = Path(field.text()).name
            if field.cursorPosition() != len(field.text()):
                cut.append((field.text(), "shows its start"))
        room = field.width() - 8  # less the frame and the text margins, 2 + 2 px a side
        if words and room < field.fontMetrics().horizontalAdvance(words):
            cut.append((words, room, field.fontMetrics().horizontalAdvance(words)))
    return cut


@pytest.mark.parametrize("language", ["fr", "es", "pt"])
def test_the_dock_works_at_the_width_qgis_gives_it(
    qtbot, qgis_canvas, classified_sites, tmp_path, compiled_translations, language
):
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import Qt

    from asm_pace_plugin.core.assessment.catalogues import load_catalogues
    from asm_pace_plugin.core.assessment.stakeholders import Stakeholder
    from asm_pace_plugin.core.shared import i18n
    from asm_pace_plugin.ui.assessment_dock import AssessmentDock

    QgsProject.instance().writeEntry("asm_pace", "workspace", "")
    i18n.install_translator(language)
    try:
        catalogues = load_catalogues(language=language)
        dock = AssessmentDock(canvas=qgis_canvas, catalogues=catalogues)
        qtbot.addWidget(dock)
        dock.resize(QGIS_DOCK_WIDTH, 1000)
        dock.show()
        path = tmp_path / f"narrow_{language}.gpkg"
        sample_workspace.build(path, classified_sites)  # S02: stakeholders, relations, decisions
        with qtbot.waitSignal(dock.sites_loaded, timeout=5000):
            dock.open_workspace(path)
        longest = max(catalogues.groups, key=lambda group: len(group.name))
        dock.workspace.add_stakeholders(
            "S02",
            [Stakeholder(longest.name, longest.id, influence=5, interest=5), Stakeholder("A", "miners")],
        )
        dock.select_site("S02")
        qtbot.wait(10)
        assert dock.width() == QGIS_DOCK_WIDTH
        tabs = dock.pages.tabBar()
        for index in range(tabs.count()):  # every page's title in view, whole
            assert tabs.tabRect(index).right() <= tabs.width(), tabs.tabText(index)
            assert tabs.tabRect(index).width() > tabs.fontMetrics().horizontalAdvance(tabs.tabText(index))
        assert _cut_widgets(dock.widget(), dock.widget()) == []
        assert _fields_cut(dock) == []
        pages = (dock.profile_page, dock.stakeholder_page, dock.options_page)
        for index, (page, name) in enumerate(zip(pages, ("profile", "stakeholders", "options"))):
            dock.show_page(page)
            qtbot.wait(10)
            scroll = dock.pages.currentWidget()
            assert page.width() <= scroll.viewport().width(), type(page).__name__  # nothing off the right
            assert _cut_widgets(page, scroll.viewport()) == [], type(page).__name__
            if index == 0:
                _snap(dock, f"{language}/dock")  # what an officer sees at the width QGIS gives the dock
            _snap(page, f"{language}/dock-{name}")  # the whole page, as it scrolls
        options = dock.options_page
        options.rationale_edit.setFocus()
        qtbot.keyClicks(
            options.rationale_edit, "Les orpailleurs acceptent de quitter la zone centrale du parc"
        )
        qtbot.keyClick(options.rationale_edit, Qt.Key.Key_Return)
        qtbot.wait(10)
        assert dock.pages.currentWidget().horizontalScrollBar().value() == 0  # no sideways shift
        dock.shutdown()
    finally:
        i18n.remove_translator()


def test_the_officer_is_the_name_typed_never_the_system_login(qtbot, qgis_canvas, classified_sites, tmp_path):
    import getpass

    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import Qt

    QgsProject.instance().writeEntry("asm_pace", "workspace", "")
    dock = _new_dock(qtbot, qgis_canvas, wait_for_sites=False)
    with qtbot.waitSignal(dock.sites_loaded, timeout=5000):
        dock.open_workspace(tmp_path / "officer.gpkg")
    dock.select_site("S04")
    options = dock.options_page
    assert options.officer_edit.text() == "" != getpass.getuser()
    _choose(options.approach_choice, "mitigation")
    options.rationale_edit.insertPlainText("Mercury first.")
    assert not options.decide_button.isEnabled() and "your name" in options.decide_button.toolTip()
    _type_line(qtbot, options.officer_edit, "Amani Bahati")
    qtbot.mouseClick(options.decide_button, Qt.MouseButton.LeftButton)
    assert [d["officer"] for d in dock.workspace.decisions("S04")] == ["Amani Bahati"]
    dock.shutdown()
    again = _new_dock(qtbot, qgis_canvas)  # the next session remembers the name, not the login
    again.select_site("S05")
    assert again.options_page.officer_edit.text() == "Amani Bahati"
    again.shutdown()


# px: what QGIS 3.22 gives the dock on the right of its window at 1280 × 800 (the desktop walk
# measures it: tools/desktop_walk_probe.py reports dock_size), in French.
QGIS_DEFAULT_DOCK_SIZE = (298, 669)


def test_the_pages_get_the_room_at_qgis_s_default_size_in_french(
    qtbot, qgis_canvas, classified_sites, tmp_path, compiled_translations
):
    """Once a workspace and the site layer are chosen, the pages take most of the dock: the
    workspace settings fold to one line (they open again with a click), the site list keeps a
    few rows, and a splitter gives the officer the say."""
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import Qt

    from asm_pace_plugin.core.assessment.catalogues import load_catalogues
    from asm_pace_plugin.core.shared import i18n
    from asm_pace_plugin.ui.assessment_dock import AssessmentDock

    QgsProject.instance().writeEntry("asm_pace", "workspace", "")
    i18n.install_translator("fr")
    try:
        dock = AssessmentDock(canvas=qgis_canvas, catalogues=load_catalogues(language="fr"))
        qtbot.addWidget(dock)
        dock.resize(*QGIS_DEFAULT_DOCK_SIZE)
        dock.show()
        assert dock.new_button.isVisible()  # no workspace yet: its buttons in view
        path = tmp_path / "espace.gpkg"
        sample_workspace.build(path, classified_sites)
        with qtbot.waitSignal(dock.sites_loaded, timeout=5000):
            dock.open_workspace(path)
        dock.select_site("S02")
        qtbot.wait(20)
        assert dock.size().width() == QGIS_DEFAULT_DOCK_SIZE[0]
        assert dock.pages.height() >= dock.height() // 2, (dock.pages.height(), dock.height())
        rows = dock.site_list.sizeHintForRow(0)
        assert dock.site_list.viewport().height() >= 3 * rows  # a few sites in view
        assert dock.classification_view.isVisible() and dock.classification_view.height() >= 40
        assert not dock.new_button.isVisible()  # folded, with the workspace named on its line
        assert "espace.gpkg" in dock.setup_toggle.text()
        _snap(dock, "fr/dock-qgis-default")  # what an officer sees at the size QGIS gives the dock
        tabs = dock.pages.tabBar()
        for index in range(tabs.count()):  # every page's title in view, whole
            assert tabs.tabRect(index).right() <= tabs.width(), tabs.tabText(index)
            assert tabs.tabRect(index).width() > tabs.fontMetrics().horizontalAdvance(tabs.tabText(index))
        assert _fields_cut(dock) == []
        qtbot.mouseClick(dock.setup_toggle, Qt.MouseButton.LeftButton)
        assert dock.new_button.isVisible() and dock.open_button.isVisible()
        assert _cut_widgets(dock.widget(), dock.widget()) == []
        dock.shutdown()
    finally:
        i18n.remove_translator()


def test_only_the_chart_in_view_is_redrawn_after_an_edit(qtbot, qgis_app, tmp_path):
    """Each redraw costs (labels placed apart): an edit redraws the chart in view; the other is
    drawn when its tab is shown, with what the page holds then."""
    from qgis.PyQt.QtCore import Qt

    from asm_pace_plugin.core.assessment.catalogues import load_catalogues
    from asm_pace_plugin.core.assessment.workspace import open_workspace
    from asm_pace_plugin.ui.page import SiteContext
    from asm_pace_plugin.ui.stakeholder_page import StakeholderPage

    workspace = open_workspace(tmp_path / "charts.gpkg", officer="Officer Dock")
    page = StakeholderPage(load_catalogues())
    qtbot.addWidget(page)
    page.show()
    page.load(SiteContext(workspace, "S1"))
    for group in ("miners", "traders"):
        _choose(page.new_group, group)
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.wait(10)
    assert len(page.grid._node_items()) == 2 and len(page.network._node_items()) == 0  # not drawn yet
    page.views.setCurrentWidget(page.network)
    qtbot.wait(10)
    assert len(page.network._node_items()) == 2  # drawn when shown, with both stakeholders
    workspace.close()
