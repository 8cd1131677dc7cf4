"""Save a picture of the assessment dock at each step into docs/screenshots (for docs/dock.md),
of its three pages at 357 px in fr, es and pt (docs/screenshots/<language>/), and of the dock at the
size QGIS gives it in a 1280 × 800 window, in French (docs/screenshots/fr/dock-qgis-default.png).

Runs the dock test scenario with ASM_PACE_SCREENSHOTS set; run with the venv's python.
"""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main():
    environment = dict(os.environ, ASM_PACE_SCREENSHOTS=str(REPO / "docs" / "screenshots"))
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "tests/ui/test_dock.py::test_full_assessment_survives_a_fresh_dock",
        # at the width QGIS gives a dock (357 px), in French, Spanish and Portuguese: <language>/dock*.png
        "tests/ui/test_dock.py::test_the_dock_works_at_the_width_qgis_gives_it",
        # at the size QGIS gives the dock in a 1280 × 800 window (298 × 669 px), in French
        "tests/ui/test_dock.py::test_the_pages_get_the_room_at_qgis_s_default_size_in_french",
    ]
    return subprocess.call(command, cwd=REPO, env=environment)


if __name__ == "__main__":
    sys.exit(main())
