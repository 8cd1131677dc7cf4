"""Impact zones: area accuracy against pi r^2 and speed against native:buffer (whole qgis_process runs).

Accuracy: one site at the equator, in Mongolia (47°N), in Greenland (70°N) and in Fiji
(179.95°E, across the antimeridian); zones of 1, 10 and 70 km from asm_pace:impactzones,
measured on the ellipsoid; for contrast, a 10 km native:buffer drawn in EPSG:3857.
Speed: 10,000 random point sites, then 10,000 small polygon sites, x 3 pathways in one
asm_pace:impactzones run each, against three
native:buffer runs (one per distance) of the same sites in UTM zone 35S.
"""

import math
import random
import time

import qgis_process_runner
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from asm_pace_plugin.core.shared import geodesy

PLACES = (
    ("equator (29°E, 0°)", 29.0, 0.0),
    ("Mongolia (105°E, 47°N)", 105.0, 47.0),
    ("Greenland (40°W, 70°N)", -40.0, 70.0),
    ("Fiji (179.95°E, 17°S)", 179.95, -17.0),
)
RADII = (1000, 10000, 70000)
PATHWAYS = "footprint,offsite_deforestation,landscape_deforestation"
SITE_COUNT = 10_000
REPEATS = 2
UTM_35S = "EPSG:32735"


def _write_points(path, points, crs):
    return _write_sites(path, [(name, f"POINT({x} {y})") for name, x, y in points], crs, "Point")


def _write_sites(path, sites, crs, geometry_type):
    layer = QgsVectorLayer(f"{geometry_type}?crs=EPSG:4326&field=name:string", "sites", "memory")
    features = []
    for name, wkt in sites:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([name])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    if crs != "EPSG:4326":
        options.ct = QgsCoordinateTransform(
            layer.crs(), QgsCoordinateReferenceSystem(crs), QgsCoordinateTransformContext()
        )
    error, message = QgsVectorFileWriter.writeAsVectorFormatV2(
        layer, str(path), QgsCoordinateTransformContext(), options
    )[:2]
    if error:
        raise RuntimeError(message)
    return path


def _run(home, arguments):
    started = time.perf_counter()
    result = qgis_process_runner.run(["run", *arguments], home)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(result.stdout + result.stderr)
    return elapsed


def _areas_km2(path, key):
    layer = QgsVectorLayer(str(path), "zones", "ogr")
    measure = geodesy.distance_area()
    to_wgs84 = QgsCoordinateTransform(layer.crs(), geodesy.WGS84, QgsCoordinateTransformContext())
    areas = {}
    for feature in layer.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(to_wgs84)
        areas[key(feature)] = measure.measureArea(geodesy.split_at_antimeridian(geometry)) / 1e6
    return areas


def _native_buffer(home, sites, radius, segments, output):
    arguments = [f"INPUT={sites}", f"DISTANCE={radius}", f"SEGMENTS={segments}", f"OUTPUT={output}"]
    return _run(home, ["native:buffer", "--", *arguments])


def accuracy(work, home):
    sites = _write_points(work / "places.gpkg", [(name, x, y) for name, x, y in PLACES], "EPSG:4326")
    zones = work / "places_zones.gpkg"
    _run(
        home,
        [
            "asm_pace:impactzones",
            "--",
            f"SITES={sites}",
            "SITE_ID_FIELD=name",
            f"PATHWAYS={PATHWAYS}",
            f"OUTPUT={zones}",
        ],
    )
    ours = _areas_km2(zones, lambda feature: (feature["site_id"], feature["dist_m"]))
    mercator_sites = _write_points(work / "places_3857.gpkg", [(n, x, y) for n, x, y in PLACES], "EPSG:3857")
    mercator = work / "places_3857_buffer.gpkg"
    _native_buffer(home, mercator_sites, 10000, 32, mercator)
    web = _areas_km2(mercator, lambda feature: feature["name"])
    lines = [
        "| place | zone area / π r², 1 km | 10 km | 70 km | 10 km `native:buffer` in EPSG:3857 |",
        "|---|---|---|---|---|",
    ]
    worst = 0.0
    for name, _x, _y in PLACES:
        cells = []
        for radius in RADII:
            error = ours[(name, float(radius))] / (math.pi * (radius / 1000) ** 2) - 1
            worst = max(worst, abs(error))
            cells.append(f"{error:+.3%}")
        mercator_error = web[name] / (math.pi * 10**2) - 1
        cells.append(f"{mercator_error:+.1%}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines.append("")
    lines.append(f"Largest error of the impact zones: {worst:.3%} (target: at most 0.5%).")
    return "\n".join(lines)


def _square(x, y, side=0.01):
    return f"POLYGON(({x} {y}, {x + side} {y}, {x + side} {y + side}, {x} {y + side}, {x} {y}))"


def speed(work, home, geometry_type, count):
    """Markdown table: one impactzones run against three native:buffer runs of the same sites."""
    random.seed(20251127)
    centres = [(str(i), random.uniform(27, 31), random.uniform(-3.5, -0.5)) for i in range(count)]
    if geometry_type == "Point":
        records = [(name, f"POINT({x} {y})") for name, x, y in centres]
    else:
        records = [(name, _square(x, y)) for name, x, y in centres]
    stem = f"{geometry_type.lower()}s"
    sites = _write_sites(work / f"{stem}.gpkg", records, "EPSG:4326", geometry_type)
    projected = _write_sites(work / f"{stem}_utm.gpkg", records, UTM_35S, geometry_type)
    timings = {"ours": [], "native 32": [], "native 5": [], "native 10 km": []}
    for repeat in range(REPEATS):
        zones = work / f"{stem}_zones_{repeat}.gpkg"
        timings["ours"].append(
            _run(
                home,
                ["asm_pace:impactzones", "--", f"SITES={sites}", f"PATHWAYS={PATHWAYS}", f"OUTPUT={zones}"],
            )
        )
        for segments in (32, 5):
            runs = {
                radius: _native_buffer(
                    home, projected, radius, segments, work / f"{stem}_{segments}_{radius}.gpkg"
                )
                for radius in RADII
            }
            timings[f"native {segments}"].append(sum(runs.values()))
            if segments == 32:
                timings["native 10 km"].append(runs[10000])
    best = {key: min(values) for key, values in timings.items()}
    what = "point sites" if geometry_type == "Point" else "polygon sites (squares of about 1.1 km)"
    return "\n".join(
        [
            f"{count:,} {what} x 3 pathways (1, 10, 70 km); best of {REPEATS} runs, whole "
            "`qgis_process` runs (start-up included, about 2 s per run).",
            "",
            "| run | seconds | ratio to native |",
            "|---|---|---|",
            f"| `asm_pace:impactzones`, one run, geodesic zones | {best['ours']:.1f} | |",
            f"| `native:buffer` in {UTM_35S}, 3 runs, SEGMENTS=32 (128 vertices) | {best['native 32']:.1f} | "
            f"{best['ours'] / best['native 32']:.2f} |",
            f"| `native:buffer` in {UTM_35S}, 3 runs, SEGMENTS=5 (default) | {best['native 5']:.1f} | "
            f"{best['ours'] / best['native 5']:.2f} |",
            f"| `native:buffer` in {UTM_35S}, 10 km run alone | {best['native 10 km']:.1f} | "
            f"{best['ours'] / best['native 10 km']:.2f} |",
            "",
            "Target: ratio at most 2 (against the three runs that give the same zones).",
        ]
    )


def run(work_dir):
    work_dir.mkdir(parents=True, exist_ok=True)
    application = None
    if QgsApplication.instance() is None:
        application = QgsApplication([], False)
        application.initQgis()
    home = work_dir / "home"
    qgis_process_runner.enable_plugin(home)
    section = [
        "## Impact zones (asm_pace:impactzones)",
        "",
        "### Area of the zones against π r² (ellipsoidal area of the output)",
        "",
        accuracy(work_dir, home),
        "",
        "### Speed",
        "",
        speed(work_dir, home, "Point", SITE_COUNT),
        "",
        speed(work_dir, home, "Polygon", SITE_COUNT),
        "",
    ]
    del application
    return "\n".join(section)
