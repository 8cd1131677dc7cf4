"""`make demo`: classify the synthetic sample sites headless with qgis_process.

Enables the plugin in a throw-away QGIS profile (your own profile is not touched), runs
the algorithms on a copy of resources/sample/asm_pace_sample.gpkg (QGIS rewrites a GeoPackage it
opens, and the shipped one is tracked), writes the outputs to --out
and prints the per-class summary and where the files are.
"""

import argparse
import contextlib
import csv
import re
import shlex
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

import qgis_process_runner

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "sample" / "asm_pace_sample.gpkg"
# The log lines worth showing: what each layer gave, what was not tested, the closing counts.
LOG_MARKERS = (
    "Sites are named by", "features used", "Not tested", "Classified", "Impact zones:", "River network:",
    "Downstream trace:", "Sites without a river", "Pressure:",
)  # fmt: skip


def layer(sample, name):
    return f"{sample}|layername={name}"


def copy_sample(folder):
    """A copy of the shipped sample in `folder`, for the runs to open instead of the tracked file."""
    return Path(shutil.copy2(SAMPLE, Path(folder) / SAMPLE.name))


def classify_arguments(out, sample):
    return [
        "run", "asm_pace:classifysites", "--",
        f"SITES={layer(sample, 'sites')}",
        f"PROTECTED_AREAS={layer(sample, 'protected_areas')}",
        f"PROTECTED_AREAS={layer(sample, 'protected_area_points')}",
        f"LANDSCAPES={layer(sample, 'landscapes')}",
        f"ECOREGIONS={layer(sample, 'ecoregions')}",
        "DATA_VERSION=synthetic sample data",
        f"OUTPUT={out / 'classified_sites.gpkg'}",
        f"SUMMARY={out / 'pace_summary.csv'}",
    ]  # fmt: skip


def impact_zones_arguments(out):
    return [
        "run", "asm_pace:impactzones", "--",
        f"SITES={out / 'classified_sites.gpkg'}",
        f"OUTPUT={out / 'impact_zones.gpkg'}",
    ]  # fmt: skip


def downstream_arguments(out, sample):
    return [
        "run", "asm_pace:downstreamtrace", "--",
        f"SITES={out / 'classified_sites.gpkg'}",
        f"RIVERS={layer(sample, 'rivers')}",
        "SNAP_DISTANCE=6000",
        "TRACE_LENGTH=100000",
        "CORRIDOR_WIDTH=1000",
        f"OUTPUT={out / 'downstream_traces.gpkg'}",
        f"CORRIDOR={out / 'mercury_corridors.gpkg'}",
    ]  # fmt: skip


def pressure_arguments(out, sample):
    return [
        "run", "asm_pace:papressure", "--",
        f"ZONES={out / 'impact_zones.gpkg'}",
        f"ZONES={out / 'mercury_corridors.gpkg'}",
        f"PROTECTED_AREAS={layer(sample, 'protected_areas')}",
        f"PROTECTED_AREAS={layer(sample, 'protected_area_points')}",
        f"SITES={out / 'classified_sites.gpkg'}",
        f"OUTPUT={out / 'pa_pressure.gpkg'}",
        f"SITE_TABLE={out / 'site_pressure.csv'}",
    ]  # fmt: skip


def run_step(title, arguments, home):
    print(
        f"\n== {title}\n$ {Path(qgis_process_runner.qgis_process_executable()).name} {shlex.join(arguments)}",
        flush=True,
    )
    result = qgis_process_runner.run(arguments, home)
    if result.returncode != 0:
        sys.exit(f"qgis_process failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    for line in result.stdout.splitlines():
        # qgis_process interleaves its progress dots with the log lines.
        line = re.sub(r"^[0-9.]+", "", line)
        if any(marker in line for marker in LOG_MARKERS):
            print("  " + line)


def print_class_summary(summary_csv):
    print("\nSites per PACE class:")
    with open(summary_csv, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["summary"] == "class":
            print(f"  {row['pace_class']:<20} {row['site_count']:>4}")
    areas = [row for row in rows if row["summary"] == "protected_area"]
    print("Sites per protected area:")
    for row in areas:
        print(f"  {row['site_count']:>4}  {row['pa_name']} ({row['pa_desig']}, {row['pa_level']})")


def print_pressure(pressure_gpkg):
    print("\nProtected areas under the most pressure (share of the area inside impact zones):")
    with contextlib.closing(sqlite3.connect(pressure_gpkg)) as database:
        rows = database.execute(
            "SELECT pa_name, pathway, zone_ha, pa_share FROM pa_pressure ORDER BY pa_share DESC LIMIT 6"
        ).fetchall()
    for name, pathway, hectares, share in rows:
        print(f"  {share:>6.1%}  {hectares:>10,.0f} ha  {pathway:<24} {name}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(REPO / "demo-output"), help="folder for the outputs")
    args = parser.parse_args()
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="asm-pace-demo-home-") as home:
        qgis_process_runner.enable_plugin(home)
        sample = copy_sample(home)
        run_step("Classify the sample sites (PACE)", classify_arguments(out, sample), home)
        run_step("Impact zones of the classified sites", impact_zones_arguments(out), home)
        run_step("Mercury and sediment: trace 100 km downstream", downstream_arguments(out, sample), home)
        run_step("Pressure of the zones on each protected area", pressure_arguments(out, sample), home)
    print_class_summary(out / "pace_summary.csv")
    print_pressure(out / "pa_pressure.gpkg")
    print(f"\nOutputs in {out}:")
    for path in sorted(out.iterdir()):
        print(f"  {path.name}")
    print("Open classified_sites.gpkg in QGIS; the sample data is synthetic (invented places and names).")


if __name__ == "__main__":
    main()
