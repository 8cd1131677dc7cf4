"""QGIS 4 (Qt6) readiness check of the plugin's sources, run by `make lint`.

Reports what QGIS's own migration script (scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py in the
QGIS repository, run in its default QGIS 3 compatible mode) would change or warn about:

- enum values reached without their enum (`QgsFeatureSink.FastInsert`, not
  `QgsFeatureSink.Flag.FastInsert`): Qt6's scoped enums refuse them;
- imports from PyQt5 instead of qgis.PyQt; `exec_`; `qApp`; QRegExp; compiled resources;
- Qt enum values removed in Qt6 (Qt.MidButton...), `QVariant()` as NULL, QDesktopWidget,
  QFontMetrics.width(), `activated[str]`, fragile `addAction(icon, text, receiver, slot)`,
  the 8-argument QDateTime constructor.

The script reads a table of Qt6 enums; this check finds the same enum values offline, by
asking the installed QGIS's classes which enum each value belongs to.
Usage: python tools/qt6_check.py DIR_OR_FILE... ; exit status 1 when anything is reported.
"""

import ast
import importlib
import inspect
import sys
from pathlib import Path

QT_MODULES = (
    "qgis.core",
    "qgis.gui",
    "qgis.analysis",
    "qgis.PyQt.QtCore",
    "qgis.PyQt.QtGui",
    "qgis.PyQt.QtWidgets",
    "qgis.PyQt.QtXml",
    "qgis.PyQt.QtNetwork",
    "qgis.PyQt.QtSvg",
)
REMOVED_ENUMS = {
    ("Qt", "MidButton"): "Qt.MouseButton.MiddleButton",
    ("Qt", "TextColorRole"): "Qt.ItemDataRole.ForegroundRole",
    ("Qt", "BackgroundColorRole"): "Qt.ItemDataRole.BackgroundRole",
    ("QPainter", "HighQualityAntialiasing"): "QPainter.RenderHint.Antialiasing",
}
REMOVED_NAMES = {
    "QRegExp": "QRegExp is removed in Qt6: use QRegularExpression",
    "qApp": "qApp is removed in Qt6: use QApplication.instance()",
    "resources_rc": "compiled resources are removed in Qt6: load icons by file path",
}


def enum_of(owner, name):
    """The name of the enum `owner.name` belongs to when it is an enum value reached without
    its enum (so Qt6 refuses it), else None."""
    try:
        value = getattr(owner, name)
    except Exception:  # a binding may raise anything on an odd attribute
        return None
    kind = type(value)
    if inspect.isclass(value) or not kind.__qualname__.startswith(owner.__name__ + "."):
        return None
    enum_name = kind.__qualname__[len(owner.__name__) + 1 :]
    if "." in enum_name or enum_name == name or not _is_enum(kind):
        return None
    return enum_name if getattr(getattr(owner, enum_name, None), name, None) is not None else None


def _is_enum(kind):
    import enum

    return issubclass(kind, enum.Enum) or type(kind).__name__ == "enumtype"


def imported_classes(tree):
    """{local name: class} of the Qt and QGIS classes a module imports."""
    classes = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in QT_MODULES:
            module = importlib.import_module(node.module)
            for alias in node.names:
                value = getattr(module, alias.name, None)
                if inspect.isclass(value):
                    classes[alias.asname or alias.name] = value
    return classes


def problems_of(source, filename):
    """["file:line: what to change", ...] for one source file."""
    tree = ast.parse(source, filename=filename)
    classes = imported_classes(tree)
    found = []

    def report(node, text):
        found.append(f"{filename}:{node.lineno}:{node.col_offset}: {text}")

    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.module and node.module.split(".")[0] in ("PyQt5", "PyQt6"):
                report(node, f"import from {node.module}: use qgis.PyQt")
            for alias in node.names:
                if alias.name in REMOVED_NAMES:
                    report(node, REMOVED_NAMES[alias.name])
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            owner = node.value.id
            if (owner, node.attr) in REMOVED_ENUMS:
                report(node, f"{owner}.{node.attr} is removed in Qt6: use {REMOVED_ENUMS[owner, node.attr]}")
            elif owner in classes and owner != "QVariant":  # QVariant.Int etc.: types, not enums (QGIS 3)
                enum_name = enum_of(classes[owner], node.attr)
                if enum_name:
                    report(node, f"unscoped enum {owner}.{node.attr}: use {owner}.{enum_name}.{node.attr}")
            if owner == "qApp":
                report(node, REMOVED_NAMES["qApp"])
        if isinstance(node, ast.Attribute) and node.attr == "exec_":
            report(node, "exec_() is exec() in Qt6")
        if isinstance(node, ast.FunctionDef) and node.name == "exec_":
            report(node, "exec_() is exec() in Qt6")
        if isinstance(node, ast.Call):
            function = node.func
            if isinstance(function, ast.Name) and function.id == "QVariant" and not node.args:
                report(node, "QVariant() as NULL: use qgis.core's NULL")
            if isinstance(function, ast.Name) and function.id == "QDateTime" and len(node.args) == 8:
                report(
                    node,
                    "QDateTime(y, m, d, h, min, s, ms, spec): use QDateTime(QDate(...), QTime(...), spec)",
                )
            if isinstance(function, ast.Attribute):
                if function.attr == "desktop" and not node.args:
                    report(node, "QDesktopWidget is removed in Qt6")
                if function.attr == "addAction" and len(node.args) >= 4:
                    report(node, "fragile addAction(...): make the QAction, then addAction(action)")
        if (
            isinstance(node, ast.Attribute)
            and node.attr == "width"
            and isinstance(node.value, ast.Call)
            and (
                (isinstance(node.value.func, ast.Attribute) and node.value.func.attr == "fontMetrics")
                or (isinstance(node.value.func, ast.Name) and node.value.func.id == "QFontMetrics")
            )
        ):
            report(node, "QFontMetrics.width() is removed in Qt6: use horizontalAdvance()")
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "activated"
            and isinstance(node.slice, ast.Name)
            and node.slice.id == "str"
        ):
            report(node, "activated[str] is removed in Qt6: use textActivated")
    return found


def python_files(paths):
    for path in map(Path, paths):
        yield from sorted(path.rglob("*.py")) if path.is_dir() else [path]


def main(argv):
    found = [
        problem
        for path in python_files(argv)
        for problem in problems_of(path.read_text(encoding="utf-8"), str(path))
    ]
    for problem in found:
        print(problem)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["asm_pace_plugin"]))
