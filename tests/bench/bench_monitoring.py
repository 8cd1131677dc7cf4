"""asm_pace:miningovertime at the scale of the Amazon basin, against the native chain.

About 100,000 mining footprints of seven years (2018-2024), spread over 1,500 mining districts
that grow year after year around protected areas of dense_data's WDPA-size world layer (250,000
protected areas), against that whole layer: asm_pace:miningovertime (new and cumulative
hectares per protected area and year) and the chain an officer would build by hand
(native_chains.py, CHAIN=monitor: per year native:intersection, native:dissolve, ellipsoidal areas, and the
cumulative dissolve), each a whole qgis_process run, the best of REPEATS taken in turns. Peak
memory is the maximum resident set of the run. The two tables are compared area-year by area-year.

ASM_PACE_BENCH_MONITORING_FOOTPRINTS=20000 runs a smaller case (the figures say which).
"""

import math
import os
import subprocess
import sys
from pathlib import Path

import bench_classify
import dense_data
import numpy as np

from asm_pace_plugin.core.shared.output_schema import HECTARE_DECIMALS

YEARS = tuple(range(2018, 2025))
FOOTPRINTS = int(os.environ.get("ASM_PACE_BENCH_MONITORING_FOOTPRINTS", "100000"))
DISTRICTS = 1_500
REPEATS = int(os.environ.get("ASM_PACE_BENCH_MONITORING_REPEATS", "2"))
SEED = 20261207
FOOTPRINT_FIELDS = (("site_id", "str"), ("year", "int"), ("mined_ha", "float"))
ALG = "asm_pace:miningovertime"
_APPLICATION = None  # QGIS for the data generation and the comparison, when no other bench started it
AMW_INTRODUCTION = (
    "AMW's new mining footprints of 2019-2023 around the Tapajós (9,470 polygons) and in Madre de\n"
    "Dios (1,824) against AMW's protected areas and indigenous territories of those regions, read\n"
    "from `../shared/data/amw` (Earth Genome, Amazon Mining Watch, CC BY 4.0,\n"
    "`earthrise-media/mining-detector`), never copied into the repository. Independent computation:\n"
    "per area (parcels dissolved) and year, GEOS intersection of the year's footprints, dissolved,\n"
    "`QgsDistanceArea` on WGS 84. Published: AMW's `published.csv` (mined area x share of the polygon\n"
    "inside the area).\n\n"
)


def run(work_dir):
    work_dir = Path(work_dir)
    return _scale_section(work_dir) + "\n" + _amw_section(work_dir)


def _amw_section(work_dir):
    """The comparison with Amazon Mining Watch (tests/algorithms/test_amw_check.py), where its data are beside
    the repository."""
    report = work_dir / "amw_check_report.txt"
    report.unlink(missing_ok=True)
    environment = dict(os.environ, AMW_CHECK_REPORT=str(report))
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "tests/algorithms/test_amw_check.py"],
        cwd=bench_classify.runner.REPO,
        env=environment,
        capture_output=True,
        text=True,
    )
    heading = "## Mining over time against Amazon Mining Watch (`tests/algorithms/test_amw_check.py`)\n\n"
    if not report.exists():
        return (
            heading + f"Not run: {result.stdout.strip().splitlines()[-1] if result.stdout else 'no output'}\n"
        )
    return heading + AMW_INTRODUCTION + report.read_text(encoding="utf-8")


def _scale_section(work_dir):
    _start_qgis()
    folder = dense_data.cache_folder()
    folder.mkdir(parents=True, exist_ok=True)
    areas = dense_data.world_paths(folder)["pas_250k"]  # (made by bench_dense, or here)
    if not areas.exists():
        areas = dense_data.world(folder, with_million=False)["pas_250k"]
    footprints = _footprints(folder, areas)
    home = bench_classify.profile_with_scripts(work_dir / "qgis-home", "native_chains.py")
    out = work_dir / "out"
    out.mkdir(parents=True, exist_ok=True)
    runs = {
        "plugin": [ALG, f"FOOTPRINTS={footprints}", f"PROTECTED_AREAS={areas}", "OUTPUT={out}"],
        "chain": [
            "script:nativechain",
            "CHAIN=3",
            f"FOOTPRINTS={footprints}",
            f"PROTECTED_AREAS={areas}",
            "YEARS=" + ",".join(map(str, YEARS)),
            "OUTPUT={out}",
        ],
    }
    best = dict.fromkeys(runs, (math.inf, math.inf))
    for _repeat in range(REPEATS):
        for name, arguments in runs.items():
            seconds, mib = bench_classify._qgis_process(home, out, name, arguments)
            print(f"{name}: {seconds:.1f} s, {mib:.0f} MiB", flush=True)
            best[name] = (min(best[name][0], seconds), min(best[name][1], mib))
    agree, compared, worst, rounded, largest_rounded = _compare(out / "plugin.gpkg", out / "chain.gpkg")
    plugin, chain = best["plugin"], best["chain"]
    table = "\n".join(
        [
            "| run | seconds | peak MiB | ÷ chain, time | ÷ chain, memory |",
            "| --- | ---: | ---: | ---: | ---: |",
            f"| asm_pace:miningovertime (new and cumulative ha per area and year) | {plugin[0]:.1f} "
            f"| {plugin[1]:.0f} | {plugin[0] / chain[0]:.2f} | {plugin[1] / chain[1]:.2f} |",
            f"| native chain (per year intersection, dissolve, areas; cumulative dissolve) | {chain[0]:.1f} "
            f"| {chain[1]:.0f} | 1.00 | 1.00 |",
        ]
    )
    return f"""## Mining over time at the scale of the Amazon basin (`bench_monitoring.py`)

{FOOTPRINTS:,} footprints of {len(YEARS)} years ({YEARS[0]}-{YEARS[-1]}) in {DISTRICTS:,} growing mining
districts, against the WDPA-size layer of 250,000 protected areas; best of {REPEATS} whole
`qgis_process` runs each.

{table}

Time ÷ chain: **{plugin[0] / chain[0]:.2f}** (target ≤ 1.5); peak memory **{plugin[1]:.0f} MiB**
(target < 1,024). Same table: {agree:,} of {compared:,} area-years with new mining agree within
0.05 % (worst {worst:.1e}), {rounded:,} of them (all under {largest_rounded:.4f} ha) only to the
plugin's rounding of hectares to 4 decimals (the chain's figure within 0.00005 ha of ours).
"""


def _start_qgis():
    from qgis.core import QgsApplication

    global _APPLICATION
    if QgsApplication.instance() is None:
        _APPLICATION = QgsApplication([], False)
        _APPLICATION.initQgis()


def _footprints(folder, areas_path):
    """The seeded footprints (cached beside dense_data's layers)."""
    from osgeo import ogr

    path = folder / f"monitoring_footprints_{FOOTPRINTS // 1000}k.gpkg"
    if path.exists():
        return path
    rng = np.random.default_rng(SEED)
    source = ogr.Open(str(areas_path))
    layer = source.GetLayer(0)
    total = layer.GetFeatureCount()
    centres = []
    for fid in rng.choice(np.arange(1, total + 1), size=DISTRICTS, replace=False):
        feature = layer.GetFeature(int(fid))  # held: the geometry is the feature's own
        west, east, south, north = feature.GetGeometryRef().GetEnvelope()
        centres.append(((west + east) / 2, (south + north) / 2))
    feature = layer = source = None
    centres = np.array(centres)
    per_year = FOOTPRINTS // len(YEARS)

    def records():
        number = 0
        for offset, year in enumerate(YEARS):
            district = rng.integers(len(centres), size=per_year)
            spread_km = 3.0 * (1 + 0.4 * offset)  # each district's front widens every year
            ys = centres[district, 1] + rng.normal(0, spread_km, per_year) / dense_data.KM_PER_DEGREE
            xs = centres[district, 0] + rng.normal(0, spread_km, per_year) / (
                dense_data.KM_PER_DEGREE * np.cos(np.radians(ys))
            )
            hectares = np.exp(rng.uniform(math.log(2), math.log(80), per_year))
            for index in range(per_year):
                number += 1
                radius_km = math.sqrt(hectares[index] / 100 / math.pi)
                ring = dense_data._ring(rng, xs[index], ys[index], radius_km, int(rng.integers(8, 17)))
                attributes = [f"{year}-{number:06d}", year, round(float(hectares[index]) / 10, 2)]
                yield attributes, dense_data._polygon_wkb([ring])

    dense_data._write(path, FOOTPRINT_FIELDS, ogr.wkbPolygon, records())
    return path


# The plugin writes hectares to HECTARE_DECIMALS (1 m²): two figures of a sliver of a few square
# metres differ by up to half of that in their last decimal, a large share of so small a figure.
ROUNDING_HA = 0.5 * 10**-HECTARE_DECIMALS


def _compare(plugin_path, chain_path):
    """(area-years agreeing within 0.05 % or the plugin's rounding to 0.0001 ha, area-years compared,
    worst relative difference, those agreeing only within the rounding, the largest of them in ha)."""
    from qgis.core import QgsVectorLayer

    chain = {}
    for feature in QgsVectorLayer(str(chain_path), "chain", "ogr").getFeatures():
        key = (str(feature["WDPAID"]), str(feature["year"]))
        chain[key] = chain.get(key, 0.0) + feature["area"] / 10_000
    agree, worst, rounded, largest_rounded = 0, 0.0, 0, 0.0
    plugin = QgsVectorLayer(str(plugin_path), "plugin", "ogr")
    compared = 0
    for feature in plugin.getFeatures():
        if not feature["new_ha"]:
            continue
        compared += 1
        other = chain.get((str(feature["area_id"]), str(feature["period"])), 0.0)
        difference = abs(other - feature["new_ha"]) / feature["new_ha"]
        if difference > 5e-4 and abs(other - feature["new_ha"]) <= ROUNDING_HA + 1e-12:
            rounded += 1
            largest_rounded = max(largest_rounded, feature["new_ha"])
            difference = 0.0
        worst = max(worst, difference)
        agree += difference <= 5e-4
    return agree, compared, worst, rounded, largest_rounded
