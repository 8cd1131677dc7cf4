"""Pictures of the plugin in French, Spanish and Portuguese, for docs/languages.md.

For each language, QGIS desktop runs under Xvfb with a profile set to it (as an officer's
Settings > Options > General > Override system locale would), and tools/language_probe.py
saves the plugin's menu, the classification dialog with its help, the dock's three pages and
a dossier page (the dossier's first PDF page made into a picture with pdftoppm):
    .venv/bin/python tools/language_screenshots.py            # into docs/languages/<language>/
"""

import argparse
import json
import subprocess
import sys
from pathlib import Path

import desktop

HERE = Path(__file__).resolve().parent
LOCALES = {"fr": "fr_CD", "es": "es_CO", "pt": "pt_BR"}
PICTURES = ("menu", "classify-dialog", "dock", "dock-profile", "dock-stakeholders", "dock-options", "dossier")


def screenshots(language, out):
    out = Path(out)
    report = desktop.run_desktop_probe(
        out, probe=HERE / "language_probe.py", user_locale=LOCALES[language], timeout=400
    )
    pdf = out / "dossier.pdf"
    if pdf.exists():
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(out / "dossier")], check=True)  # fmt: skip
        pdf.unlink()
    for leftover in out.glob("classified.gpkg*"):
        leftover.unlink()
    (out / "report.json").unlink(missing_ok=True)
    report["pictures"] = sorted(name for name in PICTURES if (out / f"{name}.png").exists())
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(HERE.parent / "docs" / "languages"))
    parser.add_argument("languages", nargs="*", default=list(LOCALES))
    args = parser.parse_args()
    failed = False
    for language in args.languages:
        report = screenshots(language, Path(args.out) / language)
        print(language, json.dumps(report, ensure_ascii=False, indent=1))
        failed |= bool(report.get("errors")) or len(report["pictures"]) < len(PICTURES)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
