"""Every algorithm at scale beside the chain an officer would build with QGIS's own tools.

Whole `qgis_process` runs, taken in turns (A B A B), best of REPEATS; peak memory is the
maximum resident set of the run (wait4). Data from dense_data.py (seeded, cached outside the
repository); the slow sizes only with `make bench GLOBAL=1`.

- Pressure (asm_pace:papressure) of the 70 km zones of clustered sites on the world's
  250,000 protected areas (shape "benchmark"), against the chain (native_chains.py:
  native:intersection + native:dissolve + ellipsoidal area sums), as the zones grow.
- Impact zones (asm_pace:impactzones, three pathways of 1, 10 and 70 km, with and without
  dissolve) of point sites and of mining footprints over 20°E-30°E, 10°S-0°, against the
  chain (native_chains.py: reprojection to UTM 35S + native:buffer per distance, with
  native:dissolve where ours dissolves).
- The downstream trace (asm_pace:downstreamtrace) of sites on a HydroRIVERS-like network
  (NEXT_DOWN ids) as sites and network grow (no native counterpart).
"""

import math
import os
from pathlib import Path

import bench_classify
import bench_dense
import dense_data
import numpy as np

REPEATS = 2
GLOBAL_FLAG = bench_dense.GLOBAL_FLAG
PRESSURE_SITES = (1_000, 3_000, 10_000)
PRESSURE_SITES_GLOBAL = (30_000, 100_000)
ZONE_POINTS = (10_000, 100_000)
ZONE_POINTS_GLOBAL = (1_000_000,)
FOOTPRINTS = 20_000
TRACE_CASES = ((10_000, 20_000), (100_000, 20_000), (100_000, 100_000))  # (sites, reaches)
TRACE_CASES_GLOBAL = ((100_000, 250_000), (1_000_000, 250_000))
PATHWAYS = "footprint,offsite_deforestation,landscape_deforestation"
UTM_35S = "EPSG:32735"
REGION = bench_classify.REGION


def run(work_dir):
    work_dir = Path(work_dir)
    bench_classify._data(work_dir / "unused")  # starts QGIS for the data below
    folder = dense_data.cache_folder()
    folder.mkdir(parents=True, exist_ok=True)
    home = bench_classify.profile_with_scripts(work_dir / "qgis-home", "native_chains.py")
    out = work_dir / "out"
    out.mkdir(parents=True, exist_ok=True)
    large = bool(os.environ.get(GLOBAL_FLAG))
    sections = [
        pressure_section(home, out, folder, PRESSURE_SITES + (PRESSURE_SITES_GLOBAL if large else ())),
        zones_section(home, out, folder, ZONE_POINTS + (ZONE_POINTS_GLOBAL if large else ())),
        trace_section(home, out, folder, TRACE_CASES + (TRACE_CASES_GLOBAL if large else ())),
    ]
    return "## Every algorithm at scale (`bench_scale.py`)\n\n" + "\n".join(sections)


def _best(home, out, runs, repeats=REPEATS):
    return bench_dense._best(home, out, runs, repeats)


def _row(label, seconds, mib, base=None):
    ratio = f"{seconds / base[0]:.2f} | {mib / base[1]:.2f}" if base else "— | —"
    return f"| {label} | {seconds:.1f} | {mib:.0f} | {ratio} |"


# --- data --------------------------------------------------------------------------------


def first_features(source, count, path):
    """A GeoPackage of the first count features of source (made once)."""
    from osgeo import gdal

    if not path.exists():
        gdal.UseExceptions()
        gdal.VectorTranslate(str(path), str(source), options=f"-f GPKG -limit {count} -nln {path.stem}")
    return path


def world_sites(folder, count):
    world = dense_data.world(folder, True)
    source = world["sites_100k"] if count <= 100_000 else world["sites_1m"]
    return first_features(source, count, folder / f"scale_world_sites_{count}.gpkg")


def region_points(folder, count):
    """count point sites, uniform over REGION (made once)."""
    from osgeo import ogr

    path = folder / f"scale_region_points_{count}.gpkg"
    if not path.exists():
        rng = np.random.default_rng(dense_data.SEED + 7)
        west, south, east, north = REGION
        xs, ys = rng.uniform(west, east, count), rng.uniform(south, north, count)
        dense_data._write(path, dense_data.SITE_FIELDS, ogr.wkbPoint, dense_data._site_records(rng, xs, ys))
    return path


def region_footprints(folder, count):
    """count mining footprints (10-2,000 ha) in 300 districts of REGION (made once)."""
    from osgeo import ogr

    path = folder / f"scale_region_footprints_{count}.gpkg"
    if not path.exists():
        rng = np.random.default_rng(dense_data.SEED + 8)
        west, south, east, north = REGION
        districts = np.column_stack(
            (rng.uniform(west + 0.5, east - 0.5, 300), rng.uniform(south + 0.5, north - 0.5, 300))
        )
        districts = np.column_stack((districts, rng.uniform(0.02, 0.15, 300)))
        dense_data._write(
            path, dense_data.SITE_FIELDS, ogr.wkbPolygon, dense_data.footprints(rng, districts, count)
        )
    return path


def river_network(folder, reaches):
    """(rivers, sites of 1,000,000) of a HydroRIVERS-like network of `reaches` reaches (made once):
    basins of about 2,000 reaches over REGION, each reach a 5-vertex line drawn downstream
    (from its upstream end to its downstream end), HYRIV_ID and NEXT_DOWN (0 at the outlet)."""
    from osgeo import ogr

    path = folder / f"scale_rivers_{reaches}.gpkg"
    if not path.exists():
        rng = np.random.default_rng(dense_data.SEED + 9)
        west, south, east, north = REGION
        records = []
        next_id = 10_000_000
        basins = max(1, reaches // 2000)
        for _basin in range(basins):
            size = reaches // basins
            outlet = np.array([rng.uniform(west, east), rng.uniform(south, north)])
            heading = rng.uniform(0, 2 * math.pi)
            upstream = [outlet + 0.02 * np.array([math.cos(heading), math.sin(heading)])]
            ids, headings, children = [next_id], [heading], [0]
            ends = [outlet]
            next_id += 1
            downstream_of = [0]
            for _reach in range(1, size):
                parent = int(rng.integers(max(0, len(ids) - 200), len(ids)))
                if children[parent] >= 2:
                    parent = len(ids) - 1
                children[parent] += 1
                heading = headings[parent] + rng.uniform(-0.8, 0.8)
                start = upstream[parent]
                step = rng.uniform(0.01, 0.04)
                upstream.append(start + step * np.array([math.cos(heading), math.sin(heading)]))
                ends.append(start)
                ids.append(next_id)
                headings.append(heading)
                children.append(0)
                downstream_of.append(ids[parent])
                next_id += 1
            for index in range(size):
                top, bottom = upstream[index], ends[index]
                line = np.linspace(top, bottom, 5)
                line[1:-1] += rng.normal(0, 0.001, (3, 2))
                wkb = ogr.CreateGeometryFromWkt(
                    "LINESTRING(" + ", ".join(f"{x} {y}" for x, y in line) + ")"
                ).ExportToWkb()
                records.append(([ids[index], downstream_of[index]], wkb))
        dense_data._write(path, (("HYRIV_ID", "int"), ("NEXT_DOWN", "int")), ogr.wkbLineString, records)
    return path


def river_sites(folder, rivers, count):
    """count point sites within about 300 m of random vertices of the rivers (made once)."""
    from osgeo import ogr

    path = folder / f"{rivers.stem}_sites_{count}.gpkg"
    if not path.exists():
        source = ogr.Open(str(rivers))
        layer = source.GetLayer(0)
        vertices = []
        for feature in layer:
            vertices.append(feature.GetGeometryRef().GetPoint_2D(2))
        rng = np.random.default_rng(dense_data.SEED + 10)
        chosen = np.array(vertices)[rng.integers(len(vertices), size=count)]
        xs = chosen[:, 0] + rng.normal(0, 0.003, count)
        ys = chosen[:, 1] + rng.normal(0, 0.003, count)
        dense_data._write(path, dense_data.SITE_FIELDS, ogr.wkbPoint, dense_data._site_records(rng, xs, ys))
    return path


def pressure_zones(home, out, folder, count):
    """The 70 km zones of the first count world sites (asm_pace:impactzones, made once)."""
    path = folder / f"scale_zones70_{count}.gpkg"
    if not path.exists():
        made = out / "zones_for_pressure.gpkg"
        sites = world_sites(folder, count)
        arguments = [
            "asm_pace:impactzones",
            f"SITES={sites}",
            "PATHWAYS=landscape_deforestation",
            "OUTPUT={out}",
        ]
        bench_classify._qgis_process(home, out, "zones_for_pressure", arguments)
        made.rename(path)
    return path


# --- sections ----------------------------------------------------------------------------


def pressure_section(home, out, folder, counts):
    areas = dense_data.world(folder, True)["pas_250k"]
    lines = [
        "| sites (70 km zones) | chain s | chain processor s | chain MiB | papressure s "
        "| papressure processor s | papressure MiB | ÷ chain, time | ÷ chain, processor | ÷ chain, memory "
        "| load |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for count in counts:
        zones = pressure_zones(home, out, folder, count)
        runs = {
            f"pressure_chain_{count}": [
                "script:nativechain",
                "CHAIN=1",
                f"ZONES={zones}",
                f"PROTECTED_AREAS={areas}",
                "OUTPUT={out}",
            ],
            f"pressure_{count}": [
                "asm_pace:papressure",
                f"ZONES={zones}",
                f"PROTECTED_AREAS={areas}",
                "OUTPUT={out}",
            ],
        }
        best = _best(home, out, runs, REPEATS if count <= 10_000 else 1)
        chain_s, chain_mib = best[f"pressure_chain_{count}"]
        ours_s, ours_mib = best[f"pressure_{count}"]
        chain_cpu, ours_cpu = (bench_dense.BEST_PROCESSOR[name] for name in runs)
        lines.append(
            f"| {count:,} | {chain_s:.1f} | {chain_cpu:.1f} | {chain_mib:.0f} | {ours_s:.1f} "
            f"| {ours_cpu:.1f} | {ours_mib:.0f} | {ours_s / chain_s:.2f} | {ours_cpu / chain_cpu:.2f} "
            f"| {ours_mib / chain_mib:.2f} | {bench_dense.load_text(*runs)} |"
        )
    return f"""### Pressure on protected areas

The 70 km zones (landscape deforestation) of the first N clustered world sites of shape `benchmark`
against its 250,000 protected areas; the chain: `native:intersection` (zones × areas) +
`native:dissolve` (by WDPAID and pathway) + `$area` on the WGS 84 ellipsoid, one process
(`native_chains.py`). Best of {REPEATS} in turns up to 10,000 sites, one run each above.

{chr(10).join(lines)}
"""


def zones_section(home, out, folder, counts):
    lines = [
        "| sites | run | seconds | processor s | peak MiB | ÷ chain, time | ÷ chain, processor "
        "| ÷ chain, memory | load |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    cases = [(f"{count:,} points", region_points(folder, count)) for count in counts]
    cases.append((f"{FOOTPRINTS:,} footprints", region_footprints(folder, FOOTPRINTS)))
    for label, sites in cases:
        tag = label.split()[0].replace(",", "") + label.split()[1][0]
        for dissolve, dissolve_label in ((0, "no dissolve"), (1, "dissolved by pathway")):
            runs = {
                f"zone_chain_{tag}_{dissolve}": [
                    "script:nativechain",
                    "CHAIN=2",
                    f"SITES={sites}",
                    f"CRS={UTM_35S}",
                    f"DISSOLVE={bool(dissolve)}",
                    "OUTPUT={out}",
                ],
                f"zones_{tag}_{dissolve}": [
                    "asm_pace:impactzones",
                    f"SITES={sites}",
                    f"PATHWAYS={PATHWAYS}",
                    f"DISSOLVE={dissolve}",
                    "OUTPUT={out}",
                ],
            }
            best = _best(home, out, runs, REPEATS if "1000000" not in tag else 1)
            chain_name, ours_name = runs
            base = best[chain_name]
            base_cpu, cpu = bench_dense.BEST_PROCESSOR[chain_name], bench_dense.BEST_PROCESSOR[ours_name]
            load = bench_dense.load_text(*runs)
            chain = "reprojection + 3 × `native:buffer`" + (" + `native:dissolve`" if dissolve else "")
            lines.append(
                f"| {label} | {chain} ({dissolve_label}) | {base[0]:.1f} | {base_cpu:.1f} | {base[1]:.0f} "
                f"| 1.00 | 1.00 | 1.00 | {load} |"
            )
            seconds, mib = best[ours_name]
            lines.append(
                f"| {label} | `asm_pace:impactzones` ({dissolve_label}) | {seconds:.1f} | {cpu:.1f} "
                f"| {mib:.0f} | {seconds / base[0]:.2f} | {cpu / base_cpu:.2f} | {mib / base[1]:.2f} "
                f"| {load} |"
            )
    return f"""### Impact zones

Three pathways (1, 10 and 70 km) of point sites uniform over {bench_classify.REGION_TEXT} and of
{FOOTPRINTS:,} mining footprints (10-2,000 ha) in 300 districts there; the chain
(`native_chains.py`, one process): `native:reprojectlayer` to {UTM_35S} + `native:buffer` per distance
(SEGMENTS=32, 128 vertices as ours) + `native:mergevectorlayers`, and `native:dissolve` by distance
where ours dissolves by pathway. Best of {REPEATS} in turns (1,000,000 points: one run each).

{chr(10).join(lines)}
"""


def trace_section(home, out, folder, cases):
    lines = [
        "| sites | reaches | seconds | processor s | peak MiB | load |",
        "| ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    runs = {}
    for sites_count, reaches in cases:
        rivers = river_network(folder, reaches)
        sites = river_sites(folder, rivers, sites_count)
        runs[f"trace_{sites_count}_{reaches}"] = [
            "asm_pace:downstreamtrace",
            f"SITES={sites}",
            f"RIVERS={rivers}",
            "DOWNSTREAM_FIELD=NEXT_DOWN",
            "REACH_ID_FIELD=HYRIV_ID",
            "OUTPUT={out}",
        ]
    best = _best(home, out, runs, 1)
    for sites_count, reaches in cases:
        name = f"trace_{sites_count}_{reaches}"
        seconds, mib = best[name]
        lines.append(
            f"| {sites_count:,} | {reaches:,} | {seconds:.1f} | {bench_dense.BEST_PROCESSOR[name]:.1f} "
            f"| {mib:.0f} | {bench_dense.load_text(name)} |"
        )
    return f"""### Downstream trace

Sites within about 300 m of a river of a HydroRIVERS-like network over {bench_classify.REGION_TEXT}
(basins of about 2,000 reaches, each reach a 5-vertex line drawn downstream, `HYRIV_ID` and
`NEXT_DOWN`), default parameters; one run each.

{chr(10).join(lines)}
"""
