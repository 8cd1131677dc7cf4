"""Runs INSIDE QGIS desktop (`qgis --code tools/desktop_walk_probe.py`), started by tools/desktop.py.

The stakeholder page walked with real clicks and keys: xdotool moves the X pointer, clicks and
types, and QGIS receives them from the X server like a person's. QGIS runs in the language of its
profile (French in the test). The walk loads the sample, classifies it, opens the dock on a new
workspace, picks a site with a click, then on the stakeholder page adds stakeholders of several
groups, types names and influence, clicks nodes in the grid and the network and names in the list,
edits one while another was picked, deletes, then a seeded run of the same actions. Each step
runs after the event loop has handled the previous one; QGIS must be alive at the end to write
report.json (with the stakeholders the workspace holds and the list shows) and the pictures.
"""

import json
import os
import random
import subprocess
import tempfile
import traceback
from pathlib import Path

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

OUT = Path(os.environ["ASM_PACE_PROBE_OUT"])
REPORT = {"actions": []}
SITE = "S02"
STEPS = []
SEED = 18
RANDOM_ACTIONS = 40
# Names as an officer types them, with their accents. xdotool types what the X keyboard map has:
# Xvfb's is a US one, without é; the walk sets a French one (setxkbmap fr), as on an officer's laptop.
NAMES = ("Chef de Kamituga", "Coopérative de Kivalu", "Négociant de Bukavu")
KEYBOARD = ("setxkbmap", "-layout", "fr")


def later(step, delay=600):
    STEPS.append((step, delay))


def run_next():
    if not STEPS:
        finish()
        return
    step, delay = STEPS.pop(0)
    try:
        step()
    except Exception:  # the report must say what broke; QGIS would otherwise only log it
        REPORT.setdefault("errors", []).append(traceback.format_exc())
    QTimer.singleShot(delay, run_next)


def xdotool(*arguments):
    subprocess.run(["xdotool", *map(str, arguments)], check=True, timeout=20)


def dock():
    return plugins["asm_pace_plugin"].assessment.dock


def page():
    return dock().stakeholder_page


def log(text):
    REPORT["actions"].append(text)


def click_at(widget, point=None):
    """A real click: the X pointer moves onto the widget (scrolled into view) and clicks."""
    point = point if point is not None else widget.rect().center()
    scroll = dock().pages.currentWidget()
    if scroll.widget().isAncestorOf(widget):  # scrolled, as a person scrolls, to bring it in view
        inside = widget.mapTo(scroll.widget(), point)
        scroll.ensureVisible(inside.x(), inside.y(), 20, 20)
    QgsApplication.processEvents()
    spot = widget.mapToGlobal(point)
    xdotool("mousemove", spot.x(), spot.y(), "click", "1")  # (--sync waits forever when already there)


def type_text(text, then="Tab"):
    xdotool("key", "ctrl+a")
    xdotool("type", "--delay", "15", text)
    if then:
        xdotool("key", then)


# -- setting up: the sample, classified, and the dock on a new workspace ---------------------------
def load_sample():
    from asm_pace_plugin.core.shared.i18n import translate

    REPORT["language"] = plugins["asm_pace_plugin"].language
    entry = next(action for action in iface.pluginMenu().actions() if action.text() == "&ASM-PACE")
    sample = translate("AsmPacePlugin", "Load synthetic sample data")
    next(action for action in entry.menu().actions() if action.text() == sample).trigger()


def classify():
    from qgis import processing

    project = QgsProject.instance()
    result = processing.runAndLoadResults("asm_pace:classifysites", {
        "SITES": project.mapLayersByName("sites")[0],
        "PROTECTED_AREAS": [project.mapLayersByName("protected_areas")[0]],
        "LANDSCAPES": [project.mapLayersByName("landscapes")[0]],
        "ECOREGIONS": [project.mapLayersByName("ecoregions")[0]],
        "OUTPUT": str(OUT / "classified.gpkg"),
    })  # fmt: skip
    REPORT["classified"] = result["OUTPUT"]


def open_dock():
    plugin = plugins["asm_pace_plugin"]
    plugin.assessment.action.trigger()
    path = Path(tempfile.mkdtemp()) / "espace.gpkg"
    REPORT["workspace"] = str(path)
    layer = next(
        layer
        for layer in QgsProject.instance().mapLayers().values()
        if layer.source().startswith(str(OUT / "classified.gpkg"))
    )
    dock().layer_combo.setLayer(layer)
    dock().open_workspace(path)
    window = iface.mainWindow()
    window.showMaximized()  # the whole (virtual) screen, as an officer's QGIS
    window.setGeometry(0, 0, 1280, 800)  # what maximised is on this screen (no window manager here)
    window.activateWindow()
    xdotool("windowfocus", "--sync", int(window.winId()))  # no window manager: give it the keyboard
    subprocess.run(KEYBOARD, check=True, timeout=20)  # QGIS follows the X server's new map
    QgsApplication.processEvents()


def pick_site():
    sites = dock().site_list
    row = next(row for row in range(sites.count()) if sites.item(row).data(256)[1] == SITE)
    sites.scrollToItem(sites.item(row))
    log(f"click site {SITE}")
    click_at(sites.viewport(), sites.visualItemRect(sites.item(row)).center())


def stakeholder_tab():
    tabs = dock().pages
    log("click the stakeholder tab")
    click_at(tabs.tabBar(), tabs.tabBar().tabRect(1).center())


# -- the stakeholder page -----------------------------------------------------------------------------
def add(group_steps):
    def step():
        log(f"choose a group ({group_steps} down) and click Add")
        click_at(page().new_group)
        xdotool("key", *["Down"] * group_steps, "Return")
        QgsApplication.processEvents()
        click_at(page().add_button)

    return step


def name(text):
    def step():
        log(f"type the name {text!r}")
        click_at(page().name_edit)
        type_text(text)

    return step


def score(attribute, value):
    def step():
        log(f"type {value} into {attribute}")
        click_at(getattr(page(), attribute))
        type_text(str(value))

    return step


def click_node(view_name, index):
    def step():
        views = page().views
        view = getattr(page(), view_name)
        click_at(views.tabBar(), views.tabBar().tabRect(views.indexOf(view)).center())
        QgsApplication.processEvents()
        people = page()._people
        if not people:
            log(f"no node to click in the {view_name}")
            return
        person = people[index % len(people)]
        log(f"click the node of {person.name!r} in the {view_name}")
        click_at(view.viewport(), view.node_centre(person.id))

    return step


def click_list(index):
    def step():
        people = page().people_list
        if not people.count():
            log("the list is empty")
            return
        item = people.item(index % people.count())
        people.scrollToItem(item)
        log(f"click {item.text()!r} in the list")
        click_at(people.viewport(), people.visualItemRect(item).center())

    return step


def delete():
    log("click Remove stakeholder")
    click_at(page().delete_button)


def random_step(rng):
    def step():
        choice = rng.choice(("add", "name", "influence", "interest", "grid", "network", "list", "delete"))
        if choice == "add":
            add(rng.randint(0, 3))()
        elif choice == "name":
            name(rng.choice(NAMES))()
        elif choice in ("influence", "interest"):
            score(f"{choice}_edit", rng.randint(0, 5))()
        elif choice in ("grid", "network"):
            click_node(choice, rng.randrange(20))()
        elif choice == "list":
            click_list(rng.randrange(20))()
        elif page().people_list.count() > 2:
            delete()

    return step


def finish():
    try:
        workspace, shown = dock().workspace, page()
        stored = workspace.stakeholders(SITE)
        REPORT["stakeholders"] = [(p.name, p.group_id, p.influence, p.interest) for p in stored]
        REPORT["listed"] = [shown.people_list.item(row).data(256) for row in range(shown.people_list.count())]
        REPORT["stored_ids"] = [p.id for p in stored]
        REPORT["listed_texts"] = [
            shown.people_list.item(row).text() for row in range(shown.people_list.count())
        ]
        REPORT["dock_width"] = dock().width()
        REPORT["dock_size"] = [dock().width(), dock().height()]
        REPORT["pages_height"] = dock().pages.height()
        dock().grab().save(str(OUT / "dock-walk.png"))
        iface.mainWindow().grab().save(str(OUT / "desktop-walk.png"))
    except Exception:
        REPORT.setdefault("errors", []).append(traceback.format_exc())
    (OUT / "report.json").write_text(json.dumps(REPORT, indent=1, ensure_ascii=False), encoding="utf-8")
    QgsApplication.instance().quit()


later(load_sample, 2500)
later(classify, 3000)
later(open_dock, 2500)
later(pick_site, 1000)
later(stakeholder_tab, 800)
# The path of the crash of issue 18: add, pick one, edit another one's name or influence.
for step in (
    add(0), name(NAMES[0]), score("influence_edit", 4), score("interest_edit", 5),
    add(2), name(NAMES[1]), score("influence_edit", 4), score("interest_edit", 5),  # the same scores
    add(3), name(NAMES[2]),
    click_node("grid", 0), name("Chef coutumier de Kamituga"), click_list(1), score("influence_edit", 2),
    click_node("network", 2), click_node("grid", 1), score("interest_edit", 1), delete,
    click_list(0),
):  # fmt: skip
    later(step)


def snapshot():
    REPORT["scripted"] = [
        (p.name, p.group_id, p.influence, p.interest) for p in dock().workspace.stakeholders(SITE)
    ]


later(snapshot)
walk = random.Random(SEED)
for _action in range(RANDOM_ACTIONS):
    later(random_step(walk))
QTimer.singleShot(4000, run_next)
