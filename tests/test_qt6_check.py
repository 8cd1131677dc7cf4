"""tools/qt6_check.py (run by `make lint`) finds what QGIS's pyqt5_to_pyqt6 script would change."""

from pathlib import Path

import qt6_check

PLUGIN_STYLE = """
from qgis.core import QgsFeatureSink, QgsWkbTypes
from qgis.PyQt.QtCore import Qt, QVariant
from qgis.PyQt.QtWidgets import QDialog

flags = QgsFeatureSink.Flag.FastInsert
kind = QgsWkbTypes.GeometryType.PointGeometry
area = Qt.DockWidgetArea.RightDockWidgetArea
field_type = QVariant.Int
"""

QT5_STYLE = """
from PyQt5.QtCore import QRegExp
from qgis.core import QgsFeatureSink
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialog

flags = QgsFeatureSink.FastInsert
button = Qt.MidButton
QDialog().exec_()
"""


def test_scoped_enums_and_qgis_pyqt_pass():
    assert qt6_check.problems_of(PLUGIN_STYLE, "good.py") == []


def test_unscoped_enums_pyqt5_imports_and_removed_names_are_reported():
    problems = qt6_check.problems_of(QT5_STYLE, "old.py")
    assert any("use qgis.PyQt" in problem for problem in problems)
    assert any("QRegExp" in problem for problem in problems)
    assert (
        "old.py:7:8: unscoped enum QgsFeatureSink.FastInsert: use QgsFeatureSink.Flag.FastInsert" in problems
    )
    assert any("Qt.MidButton is removed" in problem for problem in problems)
    assert any("exec_() is exec()" in problem for problem in problems)


def test_the_plugin_is_ready_for_qt6():
    plugin = Path(__file__).resolve().parent.parent / "asm_pace_plugin"
    problems = [
        problem
        for path in qt6_check.python_files([plugin])
        for problem in qt6_check.problems_of(path.read_text(encoding="utf-8"), str(path))
    ]
    assert problems == []
