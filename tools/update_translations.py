"""Update the plugin's .ts translation sources from the code with pylupdate5 (`make ts`).

pylupdate5 (PyQt5's own) skips a translate() or QT_TRANSLATE_NOOP() call whose last argument is
followed by a comma, and ruff format writes that comma whenever it splits a call over several
lines. So pylupdate5 reads copies of the sources without those commas (line numbers unchanged),
and the .ts files point back to the real sources. New texts come in unfinished, for translators
(docs/glossary.md); texts no longer in the code are dropped (--keep-obsolete keeps them).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PLUGIN = REPO / "asm_pace_plugin"
I18N = PLUGIN / "i18n"
# The plugin, and the tool that writes its help pages (their headings are translated too).
SOURCES = (*sorted(PLUGIN.rglob("*.py")), REPO / "tools" / "make_help.py")
TRAILING_COMMA = re.compile(r",(\s*)\)")


def copy_sources(target):
    """The sources copied under target, each without commas before a closing parenthesis."""
    copies = []
    for source in SOURCES:
        copy = target / source.relative_to(REPO)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(TRAILING_COMMA.sub(r"\1)", source.read_text(encoding="utf-8")), encoding="utf-8")
        copies.append(copy)
    return copies


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pylupdate", default="pylupdate5")
    parser.add_argument("--keep-obsolete", action="store_true", help="keep texts no longer in the code")
    parser.add_argument("ts_files", nargs="+", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="asm_pace_ts_") as folder:
        copies = copy_sources(Path(folder))
        command = [args.pylupdate, *([] if args.keep_obsolete else ["-noobsolete"]), *map(str, copies), "-ts"]
        environment = dict(os.environ, PYTHONWARNINGS="ignore::DeprecationWarning")
        subprocess.run([*command, *map(str, args.ts_files)], check=True, env=environment)
        for ts_file in args.ts_files:
            text = ts_file.read_text(encoding="utf-8")
            # Locations are written relative to the .ts file: point them at the real sources.
            copies_from_ts = os.path.relpath(folder, ts_file.resolve().parent)
            real_from_ts = os.path.relpath(REPO, ts_file.resolve().parent)
            text = text.replace(f'filename="{copies_from_ts}/', f'filename="{real_from_ts}/')
            ts_file.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    if shutil.which("pylupdate5") is None and "--pylupdate" not in sys.argv:
        raise SystemExit("pylupdate5 not found: `make setup` installs it (Debian's pyqt5-dev-tools).")
    sys.exit(main())
