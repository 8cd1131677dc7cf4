"""Print the requirements file that fits the installed QGIS (run with Debian's python3)."""

from pathlib import Path

from qgis.core import Qgis

REQUIREMENTS = Path(__file__).resolve().parent.parent / "requirements"

if Qgis.QGIS_VERSION_INT < 33400:
    print(REQUIREMENTS / "tests-qgis-before-3.34.txt")
else:
    print(REQUIREMENTS / "tests-qgis-3.34-and-later.txt")
