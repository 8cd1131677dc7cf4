"""Start the real QGIS desktop under Xvfb with the plugin enabled in a throw-away profile.

Runs tools/desktop_probe.py inside QGIS, which uses the plugin's menu entries and writes
desktop.png and report.json to --out. Used by the desktop test and for the README picture:
    .venv/bin/python tools/desktop.py --out docs/images
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import qgis_process_runner

HERE = Path(__file__).resolve().parent
# The first X display number tried (the next free one is taken): never :0 or :99, which people
# and other tools use; ASM_PACE_DISPLAY_FROM chooses another range.
DISPLAY_FROM = os.environ.get("ASM_PACE_DISPLAY_FROM", "100")


def run_desktop_probe(out, plugin_parent=qgis_process_runner.REPO, timeout=180, probe=None, user_locale=None):
    """Run QGIS desktop with the probe (default: desktop_probe.py), in the profile's language
    user_locale (e.g. fr_CD; default: the system's); returns the probe's report (dict)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if shutil.which("xvfb-run") is None:
        raise FileNotFoundError("xvfb-run is missing: apt-get install xvfb xauth (make setup does).")
    with tempfile.TemporaryDirectory(prefix="asm-pace-desktop-") as home:
        settings = Path(home) / ".local/share/QGIS/QGIS3/profiles/default/QGIS/QGIS3.ini"
        settings.parent.mkdir(parents=True)
        locale = f"\n[locale]\noverrideFlag=true\nuserLocale={user_locale}\n" if user_locale else ""
        settings.write_text(f"[PythonPlugins]\nasm_pace_plugin=true\n{locale}", encoding="utf-8")
        env = qgis_process_runner.environment(home, plugin_parent)
        env.pop("QT_QPA_PLATFORM")  # the desktop needs the (virtual) X display
        env["ASM_PACE_PROBE_OUT"] = str(out.resolve())
        report = out / "report.json"
        report.unlink(missing_ok=True)
        completed = subprocess.run(
            ["xvfb-run", "-n", DISPLAY_FROM, "-a", "-s", "-screen 0 1280x800x24",
             "qgis", "--nologo", "--code", str(probe or HERE / "desktop_probe.py")],
            env=env, capture_output=True, text=True, timeout=timeout,
        )  # fmt: skip
        if not report.exists():
            raise RuntimeError(
                f"QGIS desktop wrote no report (exit {completed.returncode}):\n"
                f"{completed.stdout[-3000:]}\n{completed.stderr[-3000:]}"
            )
    return json.loads(report.read_text(encoding="utf-8"))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="desktop-output")
    report = run_desktop_probe(parser.parse_args().out)
    print(json.dumps(report, indent=1))
    sys.exit(1 if "error" in report else 0)


if __name__ == "__main__":
    main()
