"""Build the installable zip (make package) or deploy the plugin into a QGIS profile (make deploy).

The zip holds one folder, asm_pace_plugin/, with metadata.txt and resources/ copied in
(in the repository they are links to the top-level files), so that Plugins > Manage and
Install Plugins > Install from ZIP installs it as it is.
"""

import argparse
import os
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from asm_pace_plugin.core.shared.paths import plugin_version  # noqa: E402

PLUGIN = "asm_pace_plugin"
SKIPPED_DIRS = {"__pycache__", ".pytest_cache"}
# The .ts translation sources stay in the repository: the plugin loads the compiled .qm.
SKIPPED_SUFFIXES = {".pyc", ".pyo", ".ts"}


def plugin_files():
    """(path on disk, path in the zip) for every file of the plugin, links followed."""
    source = REPO / PLUGIN
    for folder, dirs, files in os.walk(source, followlinks=True):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS)
        for name in sorted(files):
            path = Path(folder) / name
            if path.suffix in SKIPPED_SUFFIXES:
                continue
            yield path, Path(PLUGIN) / path.relative_to(source)
    yield REPO / "LICENSE", Path(PLUGIN) / "LICENSE"


def check_translations():
    """Every .ts compiled into a .qm at least as new: a zip must not ship stale or no translations."""
    stale = [
        ts.name
        for ts in sorted((REPO / PLUGIN / "i18n").glob("*.ts"))
        if not ts.with_suffix(".qm").is_file() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        raise SystemExit(f"Translations not compiled ({', '.join(stale)}): run `make translations` first.")


def build_zip(out_dir):
    check_translations()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PLUGIN}-{plugin_version()}.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, name in plugin_files():
            archive.write(path, name.as_posix())
    return target


def profile_plugins_dir(profile):
    return Path.home() / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / profile / "python" / "plugins"


def deploy(profile):
    """Link the checkout into a QGIS profile, so that edits show after a plugin reload."""
    plugins = profile_plugins_dir(profile)
    plugins.mkdir(parents=True, exist_ok=True)
    link = plugins / PLUGIN
    if link.is_symlink() or link.exists():
        if not link.is_symlink():
            raise SystemExit(f"{link} exists and is not a link from `make deploy`: remove it by hand first.")
        link.unlink()
    link.symlink_to(REPO / PLUGIN, target_is_directory=True)
    return link


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", help="folder for the zip")
    parser.add_argument("--deploy", metavar="PROFILE", help="link the plugin into this QGIS profile")
    args = parser.parse_args()
    if args.deploy:
        link = deploy(args.deploy)
        print(f"Linked {link} -> {REPO / PLUGIN}. Restart QGIS (or use Plugin Reloader) and enable ASM-PACE.")
    if args.out or not args.deploy:
        target = build_zip(args.out or REPO / "dist")
        print(f"Wrote {target}: install it with Plugins > Manage and Install Plugins > Install from ZIP.")


if __name__ == "__main__":
    main()
