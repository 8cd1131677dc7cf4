"""Layers point one way: ui and algorithms use rendering and core, rendering uses core, core
uses neither (nor any widget or Processing GUI); no two modules import each other.

Inside core/, the stages of an officer's work point one way too: shared uses no stage, and each
stage uses only the stages before it, and of those only the modules they offer the later stages."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "asm_pace_plugin"
ROOT = "asm_pace_plugin"
# room: the rooms (and outside modules) it must never import
FORBIDDEN = {
    "core": ("ui", "algorithms", "rendering", "provider", "plugin", "qgis.gui", "processing",
             "qgis.processing", "qgis.PyQt.QtWidgets", "qgis.PyQt.QtGui"),
    "rendering": ("ui", "algorithms", "provider", "plugin"),
    "algorithms": ("ui", "plugin"),
    "ui": ("algorithms", "provider"),
}  # fmt: skip


# core's stages in the order of the work; a stage may use only the stages before it.
STAGES = ("shared", "screening", "impacts", "monitoring", "assessment")
# What a stage offers the later ones (shared offers everything): the rest is its own business.
OFFERED = {
    "screening": ("pace", "wdpa", "layer_loader", "layer_reading"),
    "impacts": ("pathways", "zones", "rivers", "pressure"),
    "monitoring": ("periods", "tables", "trend"),
}


def module_name(path):
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def package_of(path):
    return module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]


def imports_of(source, package):
    """Absolute names of every module a source in `package` imports, at the top or in functions."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module
            names.add(module)
            # "from . import compat" imports the module compat
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def within(name, prefix):
    return name == prefix or name.startswith(prefix + ".")


def arrows_back(module, names):
    room = module.split(".")[1] if "." in module else ""
    return sorted(
        name
        for name in names
        for forbidden in FORBIDDEN.get(room, ())
        if within(name, f"{ROOT}.{forbidden}") or within(name, forbidden)
    )


def stage_of(name):
    parts = name.split(".")
    return parts[2] if len(parts) > 3 and parts[:2] == [ROOT, "core"] and parts[2] in STAGES else None


def stage_arrows_wrong(module, names):
    """The imports of a core module that go to a later stage, or into an earlier stage's own modules."""
    stage = stage_of(module)
    if stage is None:
        return []
    wrong = []
    for name in sorted(names):
        other = stage_of(name)
        if other is None or other == stage or other == "shared":
            continue
        offered = name.split(".")[3] in OFFERED.get(other, ())
        if STAGES.index(other) > STAGES.index(stage) or not offered:
            wrong.append(name)
    return wrong


MODULES = {
    module_name(path): imports_of(path.read_text(encoding="utf-8"), package_of(path))
    for path in sorted(PACKAGE.rglob("*.py"))
}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_import_points_back(module):
    wrong = arrows_back(module, MODULES[module])
    assert not wrong, f"{module} imports {wrong}: its room must not depend on them"


def test_every_stage_has_a_package_that_says_what_it_holds():
    for stage in STAGES:
        init = PACKAGE / "core" / stage / "__init__.py"
        docstring = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert docstring and "\n" not in docstring.strip(), f"core/{stage} needs a one-line docstring"


@pytest.mark.parametrize("module", sorted(name for name in MODULES if stage_of(name)))
def test_stages_point_one_way(module):
    wrong = stage_arrows_wrong(module, MODULES[module])
    assert not wrong, f"{module} imports {wrong}: a later stage, or another stage's own modules"


def test_the_stage_check_sees_arrows_back():
    core = f"{ROOT}.core"
    assert stage_arrows_wrong(f"{core}.shared.sites", {f"{core}.screening.pace"}) == [
        f"{core}.screening.pace"
    ]
    assert stage_arrows_wrong(f"{core}.assessment.dossier", {f"{core}.screening.point_search"}) == [
        f"{core}.screening.point_search"
    ]
    assert stage_arrows_wrong(f"{core}.assessment.dossier", {f"{core}.screening.pace"}) == []
    assert stage_arrows_wrong(f"{core}.impacts.zone_writer", {f"{core}.shared.geodesy"}) == []


def test_no_two_modules_import_each_other():
    internal = {
        module: {name for name in names if name in MODULES and name != module}
        for module, names in MODULES.items()
    }
    circles = sorted(
        (module, other)
        for module, others in internal.items()
        for other in others
        if module in internal[other]
    )
    assert circles == [], f"modules importing each other: {circles}"


def test_the_check_sees_arrows_back():
    """The checker itself: relative, absolute and in-function imports are all seen."""
    source = (
        "from . import compat\n"
        "from ..ui.page import SiteContext\n"
        "def later():\n"
        "    from qgis.gui import QgsMapCanvas\n"
    )
    module = f"{ROOT}.core.example"
    names = imports_of(source, f"{ROOT}.core")
    assert f"{ROOT}.core.compat" in names
    assert arrows_back(module, names) == [
        f"{ROOT}.ui.page",
        f"{ROOT}.ui.page.SiteContext",
        "qgis.gui",
        "qgis.gui.QgsMapCanvas",
    ]
    assert (
        arrows_back(
            f"{ROOT}.algorithms.example", imports_of("from ..rendering import text", f"{ROOT}.algorithms")
        )
        == []
    )
