"""asm_pace:classifysites on data shaped like the real WDPA, against QGIS's native tools.

Three cases (data from dense_data.py: seeded, made once, cached outside the repository):
- overlap-heavy: 100,000 sites in mining districts of the bench_classify region, a quarter of
  them in two or more protected areas (designations on the same boundary, nested, or
  overlapping part of a park), with bench_classify's ecoregions; against the native join
  and the chain an officer would build by hand (native_chains.py, one process);
- polygon sites: 20,000 mining footprints (10-2,000 ha) against 50,000 protected areas;
- global size (`make bench GLOBAL=1`, about 15 minutes a shape at a quiet moment): 100,000 and
  1,000,000 clustered sites against 250,000 protected areas around the world, and the scaling
  from 10,000 to 250,000 protected areas, on each shape of dense_data.SHAPES named in
  ASM_PACE_BENCH_SHAPES (default: "benchmark" and "wdpa-like").
Every figure is a whole `qgis_process` run, the best of several taken in turns; peak
memory is the maximum resident set of the run.
"""

import math
import os
from pathlib import Path

import bench_classify
import dense_data

ALG = bench_classify.ALG
REPEATS = 2
GLOBAL_REPEATS = 2
GLOBAL_FLAG = "ASM_PACE_BENCH_GLOBAL"
SHAPES_VARIABLE = "ASM_PACE_BENCH_SHAPES"
GLOBAL_SHAPES = ("benchmark", "wdpa-like")


def run(work_dir):
    work_dir = Path(work_dir)
    bench_classify._data(work_dir / "unused")  # starts QGIS for the checks below
    folder = dense_data.cache_folder()
    folder.mkdir(parents=True, exist_ok=True)
    overlap = dense_data.overlap_region(folder)
    ecoregions = folder / "ecoregions.gpkg"
    if not ecoregions.exists():
        bench_classify._write_ecoregions(ecoregions)
    world = dense_data.world(folder, with_million=bool(os.environ.get(GLOBAL_FLAG)))
    # The global case runs on every shape named (ASM_PACE_BENCH_SHAPES, comma-separated).
    shapes = [
        dense_data.shape_named(name.strip())
        for name in os.environ.get(SHAPES_VARIABLE, ",".join(GLOBAL_SHAPES)).split(",")
        if name.strip()
    ]
    home = bench_classify.profile_with_scripts(work_dir / "qgis-home", "native_chains.py")
    out = work_dir / "out"
    out.mkdir(parents=True, exist_ok=True)

    sections = [_overlap_section(home, out, overlap, ecoregions), _polygon_section(home, out, world)]
    if os.environ.get(GLOBAL_FLAG):
        for shape in shapes:
            sections.append(_global_section(home, out, dense_data.world(folder, True, shape), shape))
    else:
        sections.append(
            "### Global size\n\nNot run this time: `make bench GLOBAL=1` runs it (about 15 minutes).\n"
        )
    return "## Classify sites on dense and global data (`bench_dense.py`)\n\n" + "\n".join(sections)


# Of each run by name in _best: the least processor seconds, and the load average (1 min) seen from
# the start of its first run to the end of its last.
BEST_PROCESSOR = {}
LOADS = {}


def _best(home, out, runs, repeats, once=()):
    """{name: (seconds, peak MiB)}: the least of each over repeats, runs taken in turns
    (those named in once: a single run); processor seconds in BEST_PROCESSOR, loads in LOADS."""
    best = dict.fromkeys(runs, (math.inf, math.inf))
    for repeat in range(repeats):
        for name, arguments in runs.items():
            if repeat and name in once:
                continue
            before = os.getloadavg()[0]
            seconds, mib = bench_classify._qgis_process(home, out, name, arguments)
            after = os.getloadavg()[0]
            processor = bench_classify.PROCESSOR_SECONDS[name]
            print(f"{name}: {seconds:.1f} s, {processor:.1f} s of processor, {mib:.0f} MiB", flush=True)
            best[name] = (min(best[name][0], seconds), min(best[name][1], mib))
            BEST_PROCESSOR[name] = min(BEST_PROCESSOR.get(name, math.inf), processor)
            low, high = LOADS.get(name, (math.inf, 0.0))
            LOADS[name] = (min(low, before, after), max(high, before, after))
    return best


def load_text(*names):
    """The load average seen during these runs, as 'low–high'."""
    low = min(LOADS[name][0] for name in names)
    high = max(LOADS[name][1] for name in names)
    return f"{low:.1f}–{high:.1f}"


def _join(sites, areas):
    return [
        "native:joinattributesbylocation",
        f"INPUT={sites}",
        f"JOIN={areas}",
        "PREDICATE=0",
        "METHOD=0",
        "DISCARD_NONMATCHING=false",
        "OUTPUT={out}",
    ]


def _classify(sites, areas, ecoregions=None):
    arguments = [ALG, f"SITES={sites}", f"PROTECTED_AREAS={areas}", "OUTPUT={out}"]
    return arguments + ([f"ECOREGIONS={ecoregions}"] if ecoregions else [])


def _table(best, rows, against):
    """Markdown rows: run, seconds, peak MiB, time and memory ÷ the run named against."""
    base_s, base_mib = best[against]
    lines = [
        "| run | seconds | peak MiB | ÷ join, time | ÷ join, memory |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, label in rows:
        seconds, mib = best[name]
        lines.append(
            f"| {label} | {seconds:.1f} | {mib:.0f} | {seconds / base_s:.2f} | {mib / base_mib:.2f} |"
        )
    return "\n".join(lines)


def _overlap_section(home, out, data, ecoregions):
    sites, areas = data["sites"], data["protected_areas"]
    features, vertices, largest, multipart, _median = dense_data.layer_facts(areas)
    in_one, in_two = dense_data.containment_shares(sites, areas)
    print(f"overlap case: {in_one:.1%} of the sites in a PA, {in_two:.1%} in two or more", flush=True)
    runs = {
        "dense_savefeatures": ["native:savefeatures", f"INPUT={sites}", "OUTPUT={out}"],
        "dense_join": _join(sites, areas),
        "dense_chain": [
            "script:nativechain",
            "CHAIN=0",
            f"SITES={sites}",
            f"PROTECTED_AREAS={areas}",
            f"ECOREGIONS={ecoregions}",
            "OUTPUT={out}",
        ],
        "dense_classify_pa": _classify(sites, areas),
        "dense_classify_full": _classify(sites, areas, ecoregions),
    }
    # The chain takes minutes (its join by nearest): one run.
    best = _best(home, out, runs, REPEATS, once=("dense_chain",))
    table = _table(
        best,
        [
            ("dense_savefeatures", "`native:savefeatures` (the floor)"),
            ("dense_join", "`native:joinattributesbylocation` (sites × PAs, one-to-many)"),
            (
                "dense_chain",
                "chain by hand, one process (join PAs, join ecoregions, join nearest, field calculator)",
            ),
            ("dense_classify_pa", "`asm_pace:classifysites`, PA layer alone"),
            ("dense_classify_full", "`asm_pace:classifysites`, PAs + ecoregions (full task)"),
        ],
        "dense_join",
    )
    full, join, chain = best["dense_classify_full"][0], best["dense_join"][0], best["dense_chain"][0]
    return f"""### Overlap-heavy case

{features:,} protected areas over {bench_classify.REGION_TEXT}, {vertices:,} vertices (up to
{largest:,} in one; {multipart:,} multipart); 30% are a second designation over an earlier one (the same
boundary, nested inside, or over part of it). 100,000 sites, 70% in 600 mining districts, most of
them centred in a protected area: {in_one:.1%} of the sites lie in a protected area and
**{in_two:.1%} in two or more** (counted with GEOS). Ecoregions as in `bench_classify.py`.
Best of {REPEATS} whole `qgis_process` runs (the chain by hand: one run, it takes minutes).

{table}

Full task ÷ native join: **{full / join:.2f}** (target ≤ 1.5). Full task ÷ the chain by hand:
**{full / chain:.2f}** (target ≤ 0.35).
"""


def _polygon_section(home, out, world):
    sites, areas = world["footprints"], world["pas_50k"]
    runs = {
        "footprints_join": _join(sites, areas),
        "footprints_classify": _classify(sites, areas),
    }
    best = _best(home, out, runs, REPEATS)
    table = _table(
        best,
        [
            ("footprints_join", "`native:joinattributesbylocation` (footprints × PAs, one-to-many)"),
            ("footprints_classify", "`asm_pace:classifysites`, PA layer (share inside PAs included)"),
        ],
        "footprints_join",
    )
    ratio = best["footprints_classify"][0] / best["footprints_join"][0]
    return f"""### Polygon sites

20,000 mining footprints (polygons of 10-2,000 ha, 8-40 vertices) in 400 districts around the
world's protected areas, against the first 50,000 of the global layer below. Best of {REPEATS}.

{table}

Classification ÷ native join: **{ratio:.2f}** (target ≤ 2).
"""


def _global_section(home, out, world, shape):
    """The global case on the world of one dense_data.Shape."""
    facts = {
        count: dense_data.layer_facts(world[f"pas_{count // 1000}k"]) for count in dense_data.WORLD_PA_COUNTS
    }
    tag = shape.name.replace("-", "_")
    runs = {}
    for count in dense_data.WORLD_PA_COUNTS:
        key = f"pas_{count // 1000}k"
        runs[f"{tag}_join_{key}"] = _join(world["sites_100k"], world[key])
        runs[f"{tag}_classify_{key}"] = _classify(world["sites_100k"], world[key])
    best = _best(home, out, runs, GLOBAL_REPEATS)
    million = {
        f"{tag}_join_1m": _join(world["sites_1m"], world["pas_250k"]),
        f"{tag}_classify_1m": _classify(world["sites_1m"], world["pas_250k"]),
    }
    best |= _best(home, out, million, 1)
    scaling = [
        "| protected areas | vertices | join s | join MiB | classify s | classify MiB | ÷ join, time |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for count in dense_data.WORLD_PA_COUNTS:
        key = f"pas_{count // 1000}k"
        join_s, join_mib = best[f"{tag}_join_{key}"]
        classify_s, classify_mib = best[f"{tag}_classify_{key}"]
        scaling.append(
            f"| {count:,} | {facts[count][1]:,} | {join_s:.1f} | {join_mib:.0f} | {classify_s:.1f} | "
            f"{classify_mib:.0f} | {classify_s / join_s:.2f} |"
        )
    table = _table(
        best,
        [
            (f"{tag}_join_pas_250k", "`native:joinattributesbylocation`, 100,000 sites"),
            (f"{tag}_classify_pas_250k", "`asm_pace:classifysites`, 100,000 sites"),
            (f"{tag}_join_1m", "`native:joinattributesbylocation`, 1,000,000 sites (one run)"),
            (f"{tag}_classify_1m", "`asm_pace:classifysites`, 1,000,000 sites (one run)"),
        ],
        f"{tag}_join_pas_250k",
    )
    features, vertices, largest, multipart, median = facts[dense_data.WORLD_PA_COUNTS[-1]]
    per_100k = best[f"{tag}_classify_pas_250k"][0] / best[f"{tag}_join_pas_250k"][0]
    per_1m = best[f"{tag}_classify_1m"][0] / best[f"{tag}_join_1m"][0]
    return f"""### Global size, shape `{shape.name}`

{features:,} protected areas between 55°S and 70°N, {vertices:,} vertices (median {median:,} per polygon,
up to {largest:,} in one), {multipart:,} multipart. Shape: {shape.text()}. Sites: 100,000 and 1,000,000
points in the districts. PA layer alone, default parameters (nearest PA within 50 km). Best of
{GLOBAL_REPEATS} (the 1,000,000-site runs: one).

{table}

100,000 sites ÷ native join: **{per_100k:.2f}** (target ≤ 1.5), peak
**{best[f"{tag}_classify_pas_250k"][1]:.0f} MiB** (target < 1,024). 1,000,000 sites: **{per_1m:.2f}**
(target ≤ 1.5), peak **{best[f"{tag}_classify_1m"][1]:.0f} MiB** (target < 2,048).

Scaling with the size of the protected-area layer (100,000 sites; the smaller layers are random
subsets of the largest):

{chr(10).join(scaling)}
"""
