"""Monkey tests of the assessment dock: seeded random sequences of what an officer can do on a page.

tests/ui/test_monkey_dock.py runs them in child processes, so that a crash (signal 11) fails that test
instead of killing the suite; each child prints a journal (the seed, then each action before it
runs), from which the parent names the seed and the last actions. Replay one sequence with:

    .venv/bin/python tests/monkey_dock.py --page stakeholders --seed 7

The dock is the real one, on a copy of a real workspace GeoPackage (tests/sample_workspace.py) over
the sample sites classified by the plugin's own algorithm; clicks and keys go through Qt's event
system (QTest), file dialogs are Qt's own, answered as a person would.
"""

import argparse
import faulthandler
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
for _path in (REPO, REPO / "tests", REPO / "tools"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

PAGES = ("profile", "stakeholders", "options", "sites", "workspace")
PROCESSING_PAGES = ("sites",)  # pages whose actions open Processing's dialogs
JOURNAL_TAIL = 20
SEED_TIMEOUT_S = int(os.environ.get("ASM_PACE_MONKEY_SEED_TIMEOUT", "120"))
CSV_HEADER = "name,group,influence,interest,stance,goals\n"
CSV_FIXTURES = {
    "field.csv": (CSV_HEADER + "Comptoir Bukavu,traders,4,2,0,buy cheap\n", "utf-8"),
    "bad_rows.csv": (CSV_HEADER + "X,nobody,1,1,1,\nY,miners,9,1,0,\n", "utf-8"),
    "excel_french.csv": (CSV_HEADER.replace(",", ";") + "Coopérative Été;miners;3;4;1;\n", "cp1252"),
    "empty.csv": ("", "utf-8"),
}
TIMES = {}  # seconds spent in each action (printed with --times)
KEPT = []  # the application and the provider live as long as the process
DOSSIER_RUNS = 0.05  # share of the Dossier… clicks that run it (a PDF takes a second or two)
RUN_OUTPUT = "Made by a run"  # a layer a step run from the menu adds to the project
TYPED_TEXTS = ("Chef Mwami", "Coopérative de Kamituga", "", "  ", "<b>x</b> & y", "ناشط", "A" * 60, "3 → 35")


# -- fixtures: built once by the parent (or by a replay) ---------------------------------------------
def build_fixtures(folder):
    """sites.gpkg (the sample sites classified), workspace.gpkg over them, and the CSV files.
    Needs Processing with the plugin's provider (the test session's, or start_qgis's)."""
    import sample_workspace
    from layers import classify_sample
    from qgis.core import QgsVectorLayer
    from sample_data import SAMPLE_COPY

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    sites = folder / "sites.gpkg"
    classify_sample(f"{SAMPLE_COPY}|layername=sites", output=str(sites))
    layer = QgsVectorLayer(str(sites), "classified sites", "ogr")
    sample_workspace.build(folder / "workspace.gpkg", layer)
    del layer
    for name, (text, encoding) in CSV_FIXTURES.items():
        (folder / name).write_bytes(text.encode(encoding))
    return folder


class ChildInterface:
    """What QGIS desktop's iface gives Processing's dialogs (the dock's Dossier… opens one), in this
    child without the desktop: the main window, the canvas, the layer tree and its current (active)
    layer, which Processing sets to its output from QGIS 3.40 on, the browser model and a message
    bar, all real. Anything else is missing (AttributeError), never a stand-in."""

    def __init__(self):
        from qgis.core import QgsLayerTreeModel, QgsProject
        from qgis.gui import QgsBrowserGuiModel, QgsLayerTreeView, QgsMapCanvas, QgsMessageBar
        from qgis.PyQt.QtWidgets import QMainWindow

        self.window, self.canvas = QMainWindow(), QgsMapCanvas()
        self.bar, self.browser = QgsMessageBar(), QgsBrowserGuiModel()
        self.tree_model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot())
        self.tree = QgsLayerTreeView()
        self.tree.setModel(self.tree_model)
        self.window.show()  # offscreen: a dialog of a hidden window is never the active modal one

    def mainWindow(self):
        return self.window

    def mapCanvas(self):
        return self.canvas

    def layerTreeView(self):
        return self.tree

    def activeLayer(self):
        return self.tree.currentLayer()

    def setActiveLayer(self, layer):
        self.tree.setCurrentLayer(layer)
        return True

    def browserModel(self):
        return self.browser

    def messageBar(self):
        return self.bar


def start_qgis(profile, processing=False):
    """A QGIS application for this process (offscreen), with a throw-away profile; with processing,
    Processing's settings, the plugin's provider and the desktop's iface for Processing's dialogs
    (ChildInterface), which the sites page's Dossier… opens and the fixtures need."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = str(Path(profile) / "config")  # QSettings of this process only
    import qgis.utils
    from qgis.core import QgsApplication

    app = QgsApplication([], True, str(profile))
    app.initQgis()
    KEPT.append(app)
    if not processing:
        return app
    qgis.utils.iface = ChildInterface()  # before Processing's modules import it
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.ProcessingConfig import ProcessingConfig

    # Processing's settings and the plugin's provider: all its dialogs need (QGIS's own providers,
    # which Processing.initialize() loads, cost seconds at each start and are not used here).
    ProcessingConfig.initialize()
    from asm_pace_plugin.provider import AsmPaceProvider

    provider = AsmPaceProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    KEPT.extend((provider, qgis.utils.iface))
    return app


# -- the user's hands ------------------------------------------------------------------------------
class Hands:
    """Clicks, keys and answers to modal dialogs, through Qt's event system."""

    def __init__(self, rng):
        from qgis.PyQt.QtCore import QTimer

        self.rng = rng
        self.answers = []
        self.running = None  # the Processing dialog whose Run click has not returned
        self.timer = QTimer()
        self.timer.setInterval(2)
        self.timer.timeout.connect(self._answer_dialog)

    def process(self):
        from qgis.PyQt.QtCore import QCoreApplication, QEvent

        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def click(self, widget, pos=None):
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtTest import QTest

        if pos is None:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)

    def key(self, widget, key, modifier=None):
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtTest import QTest

        QTest.keyClick(widget, key, modifier or Qt.KeyboardModifier.NoModifier)

    def type_text(self, widget, text):
        """Key presses for text; characters beyond ASCII come as an input method sends them."""
        from qgis.PyQt.QtCore import QEvent, Qt
        from qgis.PyQt.QtGui import QKeyEvent
        from qgis.PyQt.QtTest import QTest
        from qgis.PyQt.QtWidgets import QApplication

        for character in text:
            if " " <= character <= "~":
                QTest.keyClicks(widget, character)
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(
                        widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
                    )

    def type_into(self, widget, text, end=None):
        """Click into the field, select what is there, type text; then Return, Tab or nothing."""
        from qgis.PyQt.QtCore import Qt

        self.click(widget)
        widget.setFocus()
        self.key(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        if text:
            self.type_text(widget, text)
        else:
            self.key(widget, Qt.Key.Key_Backspace)
        end = end or self.rng.choice(("return", "tab", "stay"))
        if end == "return":
            self.key(widget, Qt.Key.Key_Return)
        elif end == "tab":
            widget.focusNextChild()
        return end

    def arrows(self, widget, count=None):
        """Focus a combo box or spin box (as Tab does) and press Up or Down a few times."""
        from qgis.PyQt.QtCore import Qt

        widget.setFocus(Qt.FocusReason.TabFocusReason)
        key = self.rng.choice((Qt.Key.Key_Up, Qt.Key.Key_Down))
        for _press in range(count or self.rng.randint(1, 3)):
            self.key(widget, key)

    def click_list_row(self, list_widget, row):
        list_widget.scrollToItem(list_widget.item(row))
        rect = list_widget.visualItemRect(list_widget.item(row))
        self.click(list_widget.viewport(), rect.center())

    def click_tab(self, tabs, index):
        self.click(tabs.tabBar(), tabs.tabBar().tabRect(index).center())

    def with_dialogs(self, answers, action):
        """Run action (a click that opens modal dialogs) answering them: a path selects that file,
        None cancels; confirmations are accepted; any other dialog is closed."""
        self.answers = list(answers)
        self.timer.start()
        try:
            action()
        finally:
            self.timer.stop()

    def _answer_dialog(self):
        from qgis.gui import QgsProcessingAlgorithmDialogBase as AlgorithmDialogBase
        from qgis.PyQt.QtCore import QTimer
        from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

        modal = QApplication.activeModalWidget()
        if modal is None:  # Processing shows its dialog, then makes it modal: not in Qt's modal list
            modal = next(
                (
                    widget
                    for widget in QApplication.topLevelWidgets()
                    if isinstance(widget, AlgorithmDialogBase) and widget.isVisible() and widget.isModal()
                ),
                None,
            )
        if modal is None:
            return
        # Each answer runs after this timer's slot returns: a dialog it opens (a confirmation) runs
        # a nested event loop, in which this timer must fire again to answer it.
        if isinstance(modal, QFileDialog):
            answer = self.answers.pop(0) if self.answers else None
            if answer:  # typed into the file name box, then the dialog's Open or Save button
                modal.selectFile(str(answer))
                buttons = modal.findChild(QDialogButtonBox)
                button = buttons.button(QDialogButtonBox.StandardButton.Open) or buttons.button(
                    QDialogButtonBox.StandardButton.Save
                )
                QTimer.singleShot(0, button.click)
            else:
                QTimer.singleShot(0, modal.reject)
        elif isinstance(modal, AlgorithmDialogBase):
            self._answer_algorithm_dialog(modal)
        elif isinstance(modal, QMessageBox):
            yes = modal.button(QMessageBox.StandardButton.Yes)
            QTimer.singleShot(
                0, (yes or modal.button(QMessageBox.StandardButton.Ok) or modal.defaultButton()).click
            )
        else:
            QTimer.singleShot(0, modal.reject)

    def _answer_algorithm_dialog(self, dialog):
        """Processing's dialog: Run when the answer is "run" (once; the click returns when the run
        and its questions are over, and the dialog is left alone until then), else closed."""
        from qgis.PyQt.QtCore import QTimer

        if dialog is self.running or not dialog.runButton().isEnabled():
            return
        if self.answers and self.answers[0] == "run" and not dialog.wasExecuted():
            self.answers.pop(0)
            self.running = dialog

            def run():
                dialog.runButton().click()
                self.running = None

            QTimer.singleShot(0, run)
        else:
            QTimer.singleShot(0, dialog.reject)


# -- pages -------------------------------------------------------------------------------------------
class PageMonkey:
    """The actions a person can take on one page, with weights; check() after each."""

    page_attribute = None

    def __init__(self, dock, rng, hands, fixtures, folder, canvas):
        self.dock, self.rng, self.hands = dock, rng, hands
        self.fixtures, self.folder, self.canvas = fixtures, folder, canvas
        self.log = None  # set by run_sequence: log(description) before an action runs

    def actions(self):
        """[(weight, function)]: each function logs what it does, then does it."""
        raise NotImplementedError

    def start(self):
        if self.page_attribute:
            self.dock.show_page(getattr(self.dock, self.page_attribute))

    def check(self):
        """Cheap invariants after each action; raise AssertionError when one fails."""

    def finish(self):
        """At the end of a sequence: focus leaves the fields, what is shown must be what is stored."""

    # shared actions
    def pick_site(self):
        site_list = self.dock.site_list
        rows = [row for row in range(site_list.count()) if not site_list.item(row).isHidden()]
        if not rows:
            self.log("pick a site: none shown")
            return
        row = self.rng.choice(rows)
        self.log(f"pick site {site_list.item(row).data(256)[1]} in the site list")
        self.hands.click_list_row(site_list, row)

    def layer_of_a_run(self):
        """A step run from the menu adds its output to the project (zones, or classified sites it
        could offer), or one of them goes: the picked site and its page stay."""
        from qgis.core import QgsProject, QgsVectorLayer

        project = QgsProject.instance()
        before = (self.dock.site.key if self.dock.site else None, self.dock.pages.currentIndex())
        # Never the layer the dock shows (its sites going would rightly drop the site): compared by
        # id, as two Python wrappers of one layer are not always the same object.
        shown = {self.dock._sites_layer_id, getattr(self.dock.layer_combo.currentLayer(), "id", str)()}
        made = [layer for layer in project.mapLayersByName(RUN_OUTPUT) if layer.id() not in shown]
        if made and self.rng.random() < 0.4:
            self.log("a layer a run made leaves the project")
            project.removeMapLayer(made[0].id())
        elif self.rng.random() < 0.5:
            self.log("a run adds its zones to the project")
            project.addMapLayer(
                QgsVectorLayer("Polygon?crs=EPSG:4326&field=site_id:string", RUN_OUTPUT, "memory")
            )
        else:
            self.log("a run adds classified sites to the project")
            project.addMapLayer(QgsVectorLayer(str(self.fixtures / "sites.gpkg"), RUN_OUTPUT, "ogr"))
        self.hands.process()
        after = (self.dock.site.key if self.dock.site else None, self.dock.pages.currentIndex())
        assert after == before, f"the picked site and page {before} became {after}"

    def switch_page(self):
        index = self.rng.randrange(self.dock.pages.count())
        self.log(f"click page tab {index}")
        self.hands.click_tab(self.dock.pages, index)

    def back_to_page(self):
        self.log("back to the page under test")
        self.start()

    def click_canvas(self):
        from qgis.PyQt.QtCore import QPoint

        viewport = self.canvas.viewport()
        point = QPoint(self.rng.randrange(viewport.width()), self.rng.randrange(viewport.height()))
        if self.rng.random() < 0.7:  # most clicks aim at a site
            layer = self.dock.layer_combo.currentLayer()
            if layer is not None and layer.featureCount():
                feature = layer.getFeature(self.rng.choice(list(layer.allFeatureIds())))
                centre = feature.geometry().centroid().asPoint()
                map_point = self.canvas.mapSettings().layerToMapCoordinates(layer, centre)
                pixel = self.canvas.getCoordinateTransform().transform(map_point)
                if pixel.x() == pixel.x() and pixel.y() == pixel.y():  # not NaN
                    point = QPoint(round(pixel.x()), round(pixel.y()))
        self.log(f"click the map at {point.x()},{point.y()}")
        self.hands.click(viewport, point)


class ProfileMonkey(PageMonkey):
    page_attribute = "profile_page"

    def actions(self):
        return [
            (10, self.type_text),
            (8, self.choose),
            (8, self.count),
            (5, self.notes),
            (2, self.pick_site),
            (2, self.switch_page),
            (3, self.back_to_page),
            (1, self.layer_of_a_run),
        ]

    def _editors(self, kind):
        from asm_pace_plugin.ui.page import PlainTextField

        editors = self.dock.profile_page.editors
        return [(column, editor) for column, editor in editors.items() if isinstance(editor, kind)] or [
            (column, editor) for column, editor in editors.items() if isinstance(editor, PlainTextField)
        ]

    def type_text(self):
        from qgis.PyQt.QtWidgets import QLineEdit

        column, editor = self.rng.choice(self._editors(QLineEdit))
        text = self.rng.choice(TYPED_TEXTS)
        end = self.rng.choice(("return", "tab", "stay"))
        self.log(f"type {text!r} into {column}, then {end}")
        self.hands.type_into(editor, text, end)

    def choose(self):
        from qgis.PyQt.QtWidgets import QComboBox

        column, editor = self.rng.choice(self._editors(QComboBox))
        count = self.rng.randint(1, 3)
        self.log(f"arrow keys ×{count} on {column}")
        self.hands.arrows(editor, count)

    def count(self):
        from qgis.PyQt.QtWidgets import QSpinBox

        column, editor = self.rng.choice(self._editors(QSpinBox))
        if self.rng.random() < 0.5:
            count = self.rng.randint(1, 3)
            self.log(f"arrow keys ×{count} on {column}")
            self.hands.arrows(editor, count)
        else:
            text = self.rng.choice(("3", "35", "350", "1000000", "", "12a"))
            end = self.rng.choice(("return", "tab", "stay"))
            self.log(f"type {text!r} into {column}, then {end}")
            self.hands.type_into(editor, text, end)

    def notes(self):
        editor = self.dock.profile_page.editors["notes"]
        text = self.rng.choice(TYPED_TEXTS)
        self.log(f"type {text!r} into the notes")
        self.hands.click(editor.viewport())
        editor.setFocus()
        self.hands.type_text(editor, text)

    def finish(self):
        from qgis.PyQt.QtWidgets import QComboBox, QSpinBox

        from asm_pace_plugin.ui.page import PlainTextField

        self.dock.search.setFocus()  # the fields lose focus: what was typed is saved
        self.hands.process()
        if self.dock.site is None:
            return
        stored = self.dock.workspace.profile(self.dock.site.key)
        for column, editor in self.dock.profile_page.editors.items():
            if isinstance(editor, QSpinBox):
                shown = None if editor.value() < 0 else editor.value()
            elif isinstance(editor, QComboBox):
                shown = editor.currentData() or None
            elif isinstance(editor, PlainTextField):
                shown = editor.toPlainText()
            else:
                shown = editor.text()
            if isinstance(editor, (QSpinBox, QComboBox)):
                assert stored.get(column) == shown, (column, stored.get(column), shown)
            else:
                assert (stored.get(column) or "") == shown, (column, stored.get(column), shown)


class StakeholderMonkey(PageMonkey):
    page_attribute = "stakeholder_page"

    @property
    def page(self):
        return self.dock.stakeholder_page

    def actions(self):
        return [
            (8, self.add),
            (6, self.pick_in_list),
            (8, self.click_grid),
            (6, self.click_network),
            (8, self.type_name),
            (8, self.score),
            (4, self.choose_group_or_stance),
            (3, self.type_goals_or_contact),
            (3, self.tick),
            (5, self.delete),
            (4, self.relate),
            (2, self.remove_relation),
            (2, self.switch_view),
            (1, self.import_csv),
            (1, self.export_csv),
            (1, self.place),
            (1, self.pick_site),
            (1, self.switch_page),
            (2, self.back_to_page),
            (1, self.layer_of_a_run),
        ]

    def _people(self):
        return [self.page.people_list.item(row).data(256) for row in range(self.page.people_list.count())]

    def add(self):
        group = self.page.new_group
        index = self.rng.randrange(group.count())
        self.log(f"choose group {group.itemData(index)} and click Add stakeholder")
        group.setFocus()
        group.setCurrentIndex(index)
        self.hands.click(self.page.add_button)

    def pick_in_list(self):
        people = self.page.people_list
        if people.count() == 0:
            self.log("pick in the list: empty")
            return
        if self.rng.random() < 0.3:
            self.log("arrow key in the stakeholder list")
            self.hands.arrows(people, 1)
            return
        row = self.rng.randrange(people.count())
        self.log(f"click stakeholder {people.item(row).data(256)} in the list")
        self.hands.click_list_row(people, row)

    def _click_view(self, view):
        from qgis.PyQt.QtCore import QPoint

        self.page.views.setCurrentWidget(view)
        people = self._people()
        if people and self.rng.random() < 0.85:
            person = self.rng.choice(people)
            self.log(f"click node {person} in the {type(view).__name__}")
            self.hands.click(view.viewport(), view.node_centre(person))
        else:
            point = QPoint(
                self.rng.randrange(view.viewport().width()), self.rng.randrange(view.viewport().height())
            )
            self.log(f"click the {type(view).__name__} at {point.x()},{point.y()}")
            self.hands.click(view.viewport(), point)

    def click_grid(self):
        self._click_view(self.page.grid)

    def click_network(self):
        self._click_view(self.page.network)

    def type_name(self):
        text = self.rng.choice(TYPED_TEXTS)
        end = self.rng.choice(("return", "tab", "stay"))
        self.log(f"type name {text!r}, then {end}")
        self.hands.type_into(self.page.name_edit, text, end)

    def score(self):
        spin = self.rng.choice((self.page.influence_edit, self.page.interest_edit))
        name = "influence" if spin is self.page.influence_edit else "interest"
        if self.rng.random() < 0.5:
            count = self.rng.randint(1, 3)
            self.log(f"arrow keys ×{count} on {name}")
            self.hands.arrows(spin, count)
        else:
            text = self.rng.choice(("0", "3", "5", "35", ""))
            end = self.rng.choice(("return", "tab", "stay"))
            self.log(f"type {text!r} into {name}, then {end}")
            self.hands.type_into(spin, text, end)

    def choose_group_or_stance(self):
        combo = self.rng.choice((self.page.group_edit, self.page.stance_edit))
        count = self.rng.randint(1, 2)
        self.log(f"arrow keys ×{count} on {'group' if combo is self.page.group_edit else 'stance'}")
        self.hands.arrows(combo, count)

    def type_goals_or_contact(self):
        field = self.rng.choice(("goals_edit", "contact_edit"))
        text = self.rng.choice(TYPED_TEXTS)
        end = self.rng.choice(("return", "tab", "stay"))
        self.log(f"type {text!r} into {field}, then {end}")
        self.hands.type_into(getattr(self.page, field), text, end)

    def tick(self):
        from qgis.PyQt.QtCore import QPoint

        check = self.rng.choice(
            (self.page.sensitive_check, self.page.shareable_check, self.page.include_sensitive)
        )
        self.log(f"click check box {check.objectName() or id(check) % 1000}")
        self.hands.click(check, QPoint(6, check.height() // 2))

    def delete(self):
        self.log("click Remove stakeholder")
        self.hands.click(self.page.delete_button)

    def relate(self):
        page = self.page
        for combo in (page.relation_from, page.relation_to, page.relation_type, page.relation_direction):
            if combo.count() and self.rng.random() < 0.6:
                combo.setCurrentIndex(self.rng.randrange(combo.count()))
        strength = self.rng.randint(1, 3)
        page.relation_strength.setValue(strength)
        self.log(
            f"relate {page.relation_from.currentData()} {page.relation_type.currentData()} "
            f"{page.relation_to.currentData()} {page.relation_direction.currentData()} {strength}"
        )
        self.hands.click(page.add_relation_button)

    def remove_relation(self):
        relations = self.page.relation_list
        if relations.count() and self.rng.random() < 0.8:
            row = self.rng.randrange(relations.count())
            self.log(f"click relation row {row}, then Remove relation")
            self.hands.click_list_row(relations, row)
        else:
            self.log("click Remove relation")
        self.hands.click(self.page.delete_relation_button)

    def switch_view(self):
        index = self.rng.randrange(self.page.views.count())
        self.log(f"click chart tab {index}")
        self.hands.click_tab(self.page.views, index)

    def import_csv(self):
        name = self.rng.choice((*CSV_FIXTURES, None))
        self.log(f"Import CSV… answering {name}")
        path = self.fixtures / name if name else None
        self.hands.with_dialogs([path], lambda: self.hands.click(self.page.import_button))

    def export_csv(self):
        path = self.rng.choice((self.folder / "export.csv", self.folder / "again.csv", None))
        self.log(f"Export CSV… answering {path and path.name}")
        self.hands.with_dialogs([path], lambda: self.hands.click(self.page.export_button))

    def place(self):
        self.log("click Place on map")
        self.hands.click(self.page.location_button)
        if self.rng.random() < 0.8:
            self.click_canvas()

    def check(self):
        page = self.page
        assert page.people_list.count() == len(page._people), "the list shows another count than the page"
        for view in (page.views.currentWidget(),):  # the other chart is drawn when its tab is shown
            nodes = view._node_items()
            assert len(nodes) == len(page._people), (type(view).__name__, len(nodes), len(page._people))
        selected = page.selected_id()
        assert selected is None or selected in {person.id for person in page._people}
        assert page.editor.isEnabled() == (selected is not None)

    def finish(self):
        self.dock.search.setFocus()
        self.hands.process()
        if self.dock.site is None:
            return
        stored = self.dock.workspace.stakeholders(self.dock.site.key)
        page = self.page
        assert [person.id for person in stored] == [person.id for person in page._people]
        selected = next((person for person in stored if person.id == page.selected_id()), None)
        if selected is not None:
            assert page.name_edit.text() == selected.name, (page.name_edit.text(), selected.name)
            assert page.influence_edit.value() == selected.influence
            assert page.interest_edit.value() == selected.interest


class OptionsMonkey(PageMonkey):
    page_attribute = "options_page"

    @property
    def page(self):
        return self.dock.options_page

    def actions(self):
        return [
            (10, self.answer),
            (6, self.choose_approach),
            (3, self.type_officer),
            (8, self.type_rationale),
            (6, self.decide),
            (2, self.click_history),
            (3, self.profile_context),
            (2, self.pick_site),
            (3, self.back_to_page),
            (1, self.layer_of_a_run),
        ]

    def answer(self):
        boxes = [(question, box) for question, box in self.page.answer_boxes.items() if box.isEnabled()]
        question, box = self.rng.choice(boxes)
        count = self.rng.randint(1, 3)
        self.log(f"arrow keys ×{count} on question {question}")
        self.hands.arrows(box, count)

    def choose_approach(self):
        count = self.rng.randint(1, 3)
        self.log(f"arrow keys ×{count} on the approach")
        self.hands.arrows(self.page.approach_choice, count)

    def type_officer(self):
        text = self.rng.choice(("Officer Ngoy", "", "Amani"))
        self.log(f"type officer {text!r}")
        self.hands.type_into(self.page.officer_edit, text)

    def type_rationale(self):
        text = self.rng.choice(TYPED_TEXTS)
        self.log(f"type {text!r} into the rationale")
        self.hands.click(self.page.rationale_edit.viewport())
        self.page.rationale_edit.setFocus()
        self.hands.type_text(self.page.rationale_edit, text)

    def decide(self):
        self.log(f"click Record decision (enabled: {self.page.decide_button.isEnabled()})")
        self.hands.click(self.page.decide_button)

    def click_history(self):
        history = self.page.history
        if history.count():
            row = self.rng.randrange(history.count())
            self.log(f"click history row {row}")
            self.hands.click_list_row(history, row)
        else:
            self.log("click the empty history")
            self.hands.click(history.viewport())

    def profile_context(self):
        from asm_pace_plugin.ui.profile_page import CONTEXT_COLUMNS

        column = self.rng.choice(sorted(CONTEXT_COLUMNS))
        self.log(f"on the profile page, arrow keys on {column}")
        self.dock.show_page(self.dock.profile_page)
        self.hands.arrows(self.dock.profile_page.editors[column])

    def check(self):
        page = self.page
        wanted = (
            page.approach_choice.currentData() is not None
            and page.rationale_edit.toPlainText().strip()
            and page.officer_edit.text().strip()
        )
        assert page.decide_button.isEnabled() == bool(wanted and page.site is not None)

    def finish(self):
        self.dock.search.setFocus()
        self.hands.process()
        if self.dock.site is None:
            return
        workspace, key = self.dock.workspace, self.dock.site.key
        assert self.page.history.count() == len(workspace.decisions(key))
        stored = workspace.answers(key)
        for question, box in self.page.answer_boxes.items():
            if box.isEnabled() and question in stored:
                assert box.currentData() == stored[question], (question, box.currentData(), stored[question])


class SitesMonkey(PageMonkey):
    page_attribute = None

    def actions(self):
        return [
            (8, self.search),
            (3, self.clear_search),
            (10, self.pick_site),
            (4, self.arrow_sites),
            (3, self.pick_on_map),
            (2, self.zoom),
            (1, self.key_field),
            (1, self.another_layer),
            (2, self.switch_page),
            (2, self.dossier),
            (1, self.layer_of_a_run),
        ]

    def dossier(self):
        """Dossier…: Processing's dialog preset for the chosen site, closed, or run (now and then)
        and closed; a run without map layers asks first (answered yes)."""
        run = self.rng.random() < DOSSIER_RUNS
        enabled = self.dock.dossier_button.isEnabled()
        self.log(f"click Dossier… (enabled: {enabled}), then {'Run' if run else 'close'}")
        self.hands.with_dialogs(["run"] if run else [], lambda: self.hands.click(self.dock.dossier_button))

    def search(self):
        texts = [self.dock.site_list.item(row).text() for row in range(self.dock.site_list.count())]
        words = [word for text in texts for word in text.split()] or ["S0"]
        text = self.rng.choice((self.rng.choice(words), self.rng.choice(words)[:2], "zz", "é"))
        self.log(f"type {text!r} into the search")
        self.hands.type_into(self.dock.search, text, "stay")

    def clear_search(self):
        from qgis.PyQt.QtCore import Qt

        self.log("clear the search")
        self.hands.click(self.dock.search)
        self.hands.key(self.dock.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.hands.key(self.dock.search, Qt.Key.Key_Backspace)

    def arrow_sites(self):
        self.log("arrow key in the site list")
        self.hands.arrows(self.dock.site_list, 1)

    def pick_on_map(self):
        self.log("click Pick on map")
        self.hands.click(self.dock.pick_button)
        if self.dock.pick_button.isChecked() and self.rng.random() < 0.8:
            self.click_canvas()

    def zoom(self):
        self.log("click Zoom")
        self.hands.click(self.dock.zoom_button)

    def key_field(self):
        combo = self.dock.key_combo
        if not combo.count():
            self.log("choose a key field: no layer, no field")
            return
        index = self.rng.randrange(combo.count())
        self.log(f"choose key field {combo.itemText(index)}")
        combo.setFocus()
        combo.setCurrentIndex(index)
        self.hands.process()
        self._wait_for_sites()

    def another_layer(self):
        from qgis.core import QgsProject, QgsVectorLayer

        project = QgsProject.instance()
        extra = project.mapLayersByName("classified again")
        if extra and self.rng.random() < 0.5:
            self.log("remove the second classified layer from the project")
            project.removeMapLayer(extra[0].id())
        else:
            self.log("add a second classified layer to the project and choose it")
            layer = QgsVectorLayer(str(self.fixtures / "sites.gpkg"), "classified again", "ogr")
            project.addMapLayer(layer)
            self.dock.layer_combo.setLayer(layer)
        self._wait_for_sites()

    def _wait_for_sites(self):
        wait_until(lambda: self.dock._task is None)

    def check(self):
        dock = self.dock
        needle = dock.search.text().strip().lower()
        for row in range(dock.site_list.count()):
            item = dock.site_list.item(row)
            assert item.isHidden() == (bool(needle) and needle not in item.text().lower())
        assert (dock.site is None) == (dock.site_list.currentItem() is None or dock.workspace is None)
        assert dock.dossier_button.isEnabled() == (dock.site is not None)


class WorkspaceMonkey(SitesMonkey):
    """The workspace buttons, between sites being picked and edited."""

    def actions(self):
        return [
            (3, self.new),
            (3, self.open),
            (10, self.pick_site),
            (5, self.edit_profile),
            (4, self.add_stakeholder),
            (3, self.switch_page),
            (2, self.fold),
            (1, self.layer_of_a_run),
        ]

    def fold(self):
        self.log(f"click the workspace section's line (open: {self.dock.setup_toggle.isChecked()})")
        self.hands.click(self.dock.setup_toggle)

    def _unfold(self):
        if not self.dock.setup_toggle.isChecked():
            self.log("open the workspace section")
            self.hands.click(self.dock.setup_toggle)

    def _workspaces(self):
        return sorted(self.folder.glob("*.gpkg"))

    def new(self):
        count = len(self._workspaces())
        choice = self.rng.choice(("fresh", "existing", "not a workspace", "no suffix", None))
        path = {
            "fresh": self.folder / f"new{count}.gpkg",
            "existing": self.rng.choice(self._workspaces()) if self._workspaces() else None,
            "not a workspace": self.folder / "not_a_workspace.gpkg",
            "no suffix": self.folder / f"typed without suffix {count}",
            None: None,
        }[choice]
        self._unfold()
        self.log(f"New… answering {path and path.name} ({choice})")
        self.hands.with_dialogs([path], lambda: self.hands.click(self.dock.new_button))
        self._wait_for_sites()

    def open(self):
        choices = [*self._workspaces(), self.fixtures / "sites.gpkg", self.fixtures / "field.csv", None]
        path = self.rng.choice(choices)
        self._unfold()
        self.log(f"Open… answering {path and path.name}")
        self.hands.with_dialogs([path], lambda: self.hands.click(self.dock.open_button))
        self._wait_for_sites()

    def edit_profile(self):
        self.dock.show_page(self.dock.profile_page)
        text = self.rng.choice(TYPED_TEXTS)
        self.log(f"type {text!r} into the minerals")
        self.hands.type_into(self.dock.profile_page.editors["minerals"], text)

    def add_stakeholder(self):
        self.dock.show_page(self.dock.stakeholder_page)
        self.log("click Add stakeholder")
        self.hands.click(self.dock.stakeholder_page.add_button)

    def check(self):
        super().check()
        dock = self.dock
        if dock.workspace is not None:
            assert Path(dock.workspace_path.text()) == Path(dock.workspace.path)


MONKEYS = {
    "profile": ProfileMonkey,
    "stakeholders": StakeholderMonkey,
    "options": OptionsMonkey,
    "sites": SitesMonkey,
    "workspace": WorkspaceMonkey,
}


# -- running -----------------------------------------------------------------------------------------
def wait_until(condition, timeout_s=10):
    from qgis.PyQt.QtCore import QCoreApplication

    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise AssertionError("timed out waiting for the dock")
        QCoreApplication.processEvents()
        time.sleep(0.002)


def say(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class Environment:
    """What stays across the seeds of one child: the application, the canvas and the site layer."""

    def __init__(self, fixtures):
        from qgis.core import QgsProject, QgsVectorLayer
        from qgis.gui import QgsMapCanvas
        from qgis.PyQt.QtCore import QCoreApplication

        self.fixtures = Path(fixtures)
        self.sites = QgsVectorLayer(str(self.fixtures / "sites.gpkg"), "classified sites", "ogr")
        assert self.sites.isValid(), self.fixtures
        QgsProject.instance().addMapLayer(self.sites)
        self.canvas = QgsMapCanvas()
        self.canvas.setDestinationCrs(self.sites.crs())
        self.canvas.setLayers([self.sites])
        self.canvas.resize(400, 400)
        self.canvas.show()
        QCoreApplication.processEvents()
        self.canvas.setExtent(self.sites.extent().buffered(0.05))
        self.canvas.refresh()
        self.exceptions = []
        sys.excepthook = self._excepthook  # PyQt reports exceptions raised in slots here

    def close(self):
        from qgis.core import QgsProject

        QgsProject.instance().clear()
        self.canvas.deleteLater()

    def _excepthook(self, kind, value, trace):
        self.exceptions.append("".join(traceback.format_exception(kind, value, trace)))
        sys.stderr.write(self.exceptions[-1])

    def reset_project(self):
        from qgis.core import QgsProject

        project = QgsProject.instance()
        for layer in list(project.mapLayers().values()):
            if layer is not self.sites:
                project.removeMapLayer(layer.id())
        project.writeEntry("asm_pace", "site_layer", self.sites.id())


def run_sequence(environment, page, seed, actions, work):
    """One seeded sequence on a fresh dock over a fresh copy of the workspace; raises on failure."""
    from qgis.core import QgsProject
    from qgis.PyQt.QtWidgets import QApplication

    from asm_pace_plugin.ui.assessment_dock import AssessmentDock

    rng = random.Random(f"{page}:{seed}")
    folder = Path(work) / f"{page}-{seed}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copy(environment.fixtures / "workspace.gpkg", folder / "workspace.gpkg")
    (folder / "not_a_workspace.gpkg").write_bytes((environment.fixtures / "sites.gpkg").read_bytes())
    environment.reset_project()
    QgsProject.instance().writeEntry("asm_pace", "workspace", str(folder / "workspace.gpkg"))
    hands = Hands(rng)
    dock = AssessmentDock(canvas=environment.canvas)
    dock.resize(dock.DEFAULT_WIDTH, 800)
    dock.show()
    QApplication.setActiveWindow(dock)
    wait_until(lambda: dock.site_list.count() > 0)
    monkey = MONKEYS[page](dock, rng, hands, environment.fixtures, folder, environment.canvas)
    journal = []

    def log(description):
        journal.append(description)
        say(f"ACT {seed} {len(journal)} {description}")

    monkey.log = log
    dock.select_site(rng.choice(("S02", "S05", "S01")))
    monkey.start()
    hands.process()
    weighted = monkey.actions()
    functions = [function for _weight, function in weighted]
    weights = [weight for weight, _function in weighted]
    try:
        for _step in range(actions):
            function = rng.choices(functions, weights)[0]
            began = time.monotonic()
            function()
            hands.process()
            if QApplication.activeWindow() is not dock:  # back from a dialog, as a person's eyes are
                QApplication.setActiveWindow(dock)
            TIMES[function.__name__] = TIMES.get(function.__name__, 0) + time.monotonic() - began
            if environment.exceptions:
                raise AssertionError("exception in a slot:\n" + environment.exceptions[0])
            monkey.check()
        monkey.finish()
        if environment.exceptions:
            raise AssertionError("exception in a slot:\n" + environment.exceptions[0])
    finally:
        environment.exceptions.clear()
        hands.timer.stop()
        dock.shutdown()
        dock.close()
        dock.deleteLater()
        hands.process()
        shutil.rmtree(folder, ignore_errors=True)


def run_seeds(fixtures, page, seeds, actions, work):
    """Child mode: every seed in turn, journaled on stdout; stops at the first failure (exit 1)."""
    environment = Environment(fixtures)
    for seed in seeds:
        say(f"SEED {seed} START")
        started = time.monotonic()
        faulthandler.dump_traceback_later(SEED_TIMEOUT_S, exit=True)
        try:
            run_sequence(environment, page, seed, actions, work)
        except Exception:  # the journal names the seed; the traceback says what broke
            say(f"FAIL {seed}")
            traceback.print_exc()
            sys.stderr.flush()
            return 1
        finally:
            faulthandler.cancel_dump_traceback_later()
        say(f"SEED {seed} OK {time.monotonic() - started:.1f} s")
    environment.close()
    return 0


def parse_seeds(text):
    """'7' or '0-19' or '3,5,8'."""
    seeds = []
    for part in text.split(","):
        first, _dash, last = part.partition("-")
        seeds.extend(range(int(first), int(last or first) + 1))
    return seeds


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--page", choices=PAGES, required=True)
    parser.add_argument("--seed", "--seeds", dest="seeds", default="0", help="7, 0-19 or 3,5,8")
    parser.add_argument("--actions", type=int, default=200)
    parser.add_argument("--times", action="store_true", help="print the time spent in each action")
    parser.add_argument("--fixtures", help="a folder made by build_fixtures (default: built now)")
    arguments = parser.parse_args(argv)
    faulthandler.enable()
    # In memory where there is a tmpfs: the workspace commits each edit, the disk need not sync it.
    memory = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
    with tempfile.TemporaryDirectory(prefix="asm-pace-monkey-", dir=memory) as work:
        work = Path(work)
        # Processing where Dossier… opens its dialog, and to build the fixtures (a replay)
        start_qgis(work / "profile", processing=arguments.page in PROCESSING_PAGES or not arguments.fixtures)
        fixtures = arguments.fixtures or build_fixtures(work / "fixtures")
        status = run_seeds(fixtures, arguments.page, parse_seeds(arguments.seeds), arguments.actions, work)
        if arguments.times:
            for name, spent in sorted(TIMES.items(), key=lambda item: -item[1]):
                say(f"TIME {name} {spent:.2f} s")
    return status


if __name__ == "__main__":
    # Straight out: tearing QGIS down at interpreter exit is not what these tests look at.
    try:
        code = main()
    except BaseException:
        traceback.print_exc()
        code = 2
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
