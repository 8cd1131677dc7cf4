"""The tests' copy of the shipped sample GeoPackage: no test opens the tracked file itself, which
QGIS would rewrite. It is the plugin's own per-user copy, in pytest-qgis's throw-away profile, so
"Load sample data" and the dialogs' presets in a test use the same file."""

import hashlib

from qgis.core import QgsApplication

from asm_pace_plugin.core.shared.paths import SAMPLE_GPKG, copy_sample

SAMPLE_COPY = copy_sample(QgsApplication.qgisSettingsDirPath())


def shipped_sample_digest():
    """sha256 of the tracked sample, to show that nothing wrote to it."""
    return hashlib.sha256(SAMPLE_GPKG.read_bytes()).hexdigest()
