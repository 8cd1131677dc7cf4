"""Seeded layers shaped like the real WDPA, for bench_dense.py: made once, cached outside git.

Made with numpy and written through OGR in one transaction per layer (GeoPackages, spatial
indexes on, EPSG:4326), so that a quarter of a million polygons take a minute, not an hour.

- Overlap-heavy region (the region of bench_classify): national parks, forest reserves and
  hunting areas, a third of them carrying the overlaps WDPA has: a World Heritage or Ramsar
  site on the very same boundary, a smaller reserve nested inside, a neighbour overlapping
  part of it. Sites in mining districts (clusters), many inside those parks.
- World: a family of shapes (Shape, SHAPES), each 250,000 protected areas grouped in
  "countries" between 50°S and 65°N, log-normal areas, vertex counts growing with size; the shapes
  differ in how finely the parks are drawn (median vertices per polygon, a few giants of 50,000+),
  overlap, multipart share and the size of the sites' mining districts. Written in random order, so
  the first 10,000 and 50,000 are random subsets: the scaling layers.
  "benchmark" is the layer the global figures were first measured on (median 69 vertices, 30.6
  million in all); "wdpa-like" is drawn as finely as national agencies draw parks (median about
  267, about 110 million vertices, five parks of 50,000+).
- Sites: 100,000 and 1,000,000 points in mining districts around the world; 20,000 mining
  footprints (polygons of 10-2,000 ha) around the protected areas of the 50,000 layer.
"""

import math
import os
import struct
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import bench_classify
import numpy as np

DATA_VERSION = "5"  # bump when the generated data change
SEED = 20261201
KM_PER_DEGREE = 111.32
REGION = bench_classify.REGION  # the overlap-heavy region
WORLD_PA_COUNTS = (10_000, 50_000, 250_000)
# Vertices per km of radius, growing with the radius (large parks follow rivers and coasts):
# a 4 km² reserve has about 70 vertices, a 1,000 km² park 1,600, a 30,000 km² park 18,000.
VERTICES_PER_KM = 60.0
VERTICES_RADIUS_KM = 50.0
MIN_VERTICES, MAX_VERTICES = 24, 30_000
# The vertices of the giants (Shape.giants): the DRC's largest park has 57,784.
GIANT_VERTICES = (50_000, 60_000)
BASE_DESIGNATIONS = (
    # (DESIG_ENG, DESIG_TYPE, IUCN_CAT)
    ("National Park", "National", "II"),
    ("Forest Reserve", "National", "VI"),
    ("Nature Reserve", "National", "Ia"),
    ("Hunting Area", "National", "Not Reported"),
    ("Community Forest", "National", "Not Assigned"),
)
OVERLAY_DESIGNATIONS = (
    ("World Heritage Site (natural or mixed)", "International", "Not Applicable"),
    ("Ramsar Site, Wetland of International Importance", "International", "Not Reported"),
    ("Forest Reserve", "National", "VI"),
)
PA_FIELDS, SITE_FIELDS, MINERALS = (
    bench_classify.PA_FIELDS,
    bench_classify.SITE_FIELDS,
    bench_classify.MINERALS,
)


@dataclass(frozen=True)
class Shape:
    """One shape of the world's protected-area layer and of the sites around it."""

    name: str
    pa_count: int = 250_000
    countries: int = 150
    median_km2: float = 4.0
    sigma: float = 2.0  # of the log-normal areas
    max_km2: float = 300_000.0
    overlay_share: float = 0.25  # a designation over an earlier area
    multipart_share: float = 0.1  # parks with islands
    # Vertices of a ring of radius r km: vertices_per_km * r * (1 + r / vertices_radius_km), clamped.
    vertices_per_km: float = VERTICES_PER_KM
    vertices_radius_km: float = VERTICES_RADIUS_KM
    min_vertices: int = MIN_VERTICES
    max_vertices: int = MAX_VERTICES
    giants: int = 0  # parks drawn with GIANT_VERTICES vertices (the first base areas over 5,000 km²)
    districts: int = 800  # mining districts holding the point sites
    district_spread_km: float = 25.0  # the size of a district (sigma of its sites)
    in_area_share: float = 0.6  # districts centred in a protected area

    def vertex_count(self, area_km2):
        radius_km = math.sqrt(area_km2 / math.pi)
        vertices = self.vertices_per_km * radius_km * (1 + radius_km / self.vertices_radius_km)
        return int(min(self.max_vertices, max(self.min_vertices, vertices)))

    def text(self):
        """The shape's parameters, for docs/benchmarks.md."""
        return (
            f"`{self.name}`: {self.pa_count:,} areas in {self.countries} countries, median "
            f"{self.median_km2:g} km² (σ {self.sigma:g}), {self.overlay_share:.0%} over another, "
            f"{self.multipart_share:.0%} multipart, {self.vertices_per_km:g} vertices per km of radius "
            f"(× (1 + r / {self.vertices_radius_km:g} km), {self.min_vertices}-{self.max_vertices:,}), "
            f"{self.giants} giants of {GIANT_VERTICES[0]:,}+ vertices; sites in {self.districts} districts "
            f"of σ ≤ {self.district_spread_km:g} km, {self.in_area_share:.0%} centred in an area"
        )


SHAPES = {
    shape.name: shape
    for shape in (
        Shape("benchmark"),
        # Parks drawn as finely as national agencies draw them (1:50,000 or finer).
        Shape("wdpa-like", vertices_per_km=235.0, vertices_radius_km=150.0, max_vertices=60_000, giants=5),
        # Coarse boundaries (median about 40 vertices), more overlap and multipart, tight districts.
        Shape(
            "coarse-clustered",
            vertices_per_km=35.0,
            overlay_share=0.4,
            multipart_share=0.25,
            districts=300,
            district_spread_km=8.0,
            in_area_share=0.8,
        ),
    )
}


def shape_named(name):
    if name not in SHAPES:
        raise SystemExit(f"unknown data shape {name!r}: one of {', '.join(SHAPES)}")
    return SHAPES[name]


def cache_folder():
    """Where the generated layers are kept between runs (never in the repository)."""
    base = (
        os.environ.get("ASM_PACE_BENCH_DATA")
        or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "asm-pace-bench"
    )
    return Path(base) / f"dense-{DATA_VERSION}"


# --- geometry ------------------------------------------------------------------------


def _vertex_count(area_km2):
    return SHAPES["benchmark"].vertex_count(area_km2)


def _ring(rng, x, y, radius_km, vertices):
    """A closed, irregular, star-shaped (so valid) ring of about radius_km around (x, y)."""
    k = np.arange(2, 9)
    amplitude = rng.uniform(0, 0.3, len(k)) / k
    phase = rng.uniform(0, 2 * np.pi, len(k))
    angles = np.linspace(0, 2 * np.pi, vertices, endpoint=False)
    scale = 1 + (amplitude[:, None] * np.sin(k[:, None] * angles + phase[:, None])).sum(axis=0)
    scale *= 1 + rng.uniform(-0.02, 0.02, vertices)  # a ragged edge at every scale
    radius_y = radius_km / KM_PER_DEGREE
    radius_x = radius_y / math.cos(math.radians(y))
    ring = np.column_stack((x + radius_x * scale * np.cos(angles), y + radius_y * scale * np.sin(angles)))
    return np.vstack((ring, ring[:1]))


def _polygon(rng, x, y, area_km2, parts=1, vertex_count=_vertex_count, main_vertices=None):
    """Rings of one polygon (a list) or of a multipolygon with islands (a list of lists)."""
    radius_km = math.sqrt(area_km2 / math.pi)
    main = [_ring(rng, x, y, radius_km, main_vertices or vertex_count(area_km2))]
    if parts == 1:
        return main
    polygons = [main]
    for part in range(1, parts):
        angle = 2 * math.pi * part / parts + rng.uniform(-0.3, 0.3)
        distance = radius_km * rng.uniform(2.2, 3.0) / KM_PER_DEGREE
        island_km2 = area_km2 * rng.uniform(0.005, 0.05)
        ix = x + distance * math.cos(angle) / math.cos(math.radians(y))
        iy = y + distance * math.sin(angle)
        polygons.append([_ring(rng, ix, iy, math.sqrt(island_km2 / math.pi), vertex_count(island_km2))])
    return polygons


def _polygon_wkb(rings):
    parts = [struct.pack("<BII", 1, 3, len(rings))]
    for ring in rings:
        parts.append(struct.pack("<I", len(ring)))
        parts.append(np.ascontiguousarray(ring, dtype="<f8").tobytes())
    return b"".join(parts)


def _wkb(shape):
    """WKB of _polygon's result, as a MultiPolygon (as WDPA's polygons are stored)."""
    if isinstance(shape[0], np.ndarray):
        shape = [shape]
    return struct.pack("<BII", 1, 6, len(shape)) + b"".join(_polygon_wkb(rings) for rings in shape)


def _point_wkb(x, y):
    return struct.pack("<BIdd", 1, 1, x, y)


# --- writing -------------------------------------------------------------------------


def _write(path, specs, geometry_type, records):
    """records: (attribute list, WKB) pairs, written in one transaction."""
    from osgeo import ogr, osr

    ogr.UseExceptions()
    path = Path(path)
    if path.exists():
        path.unlink()
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    crs = osr.SpatialReference()
    crs.ImportFromEPSG(4326)
    layer = source.CreateLayer(path.stem, crs, geometry_type, ["SPATIAL_INDEX=YES"])
    kinds = {"int": ogr.OFTInteger64, "float": ogr.OFTReal, "str": ogr.OFTString}
    for name, kind in specs:
        layer.CreateField(ogr.FieldDefn(name, kinds[kind]))
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    count = 0
    for attributes, wkb in records:
        feature = ogr.Feature(definition)
        for index, value in enumerate(attributes):
            if value is not None:
                feature.SetField(index, value)
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))
        layer.CreateFeature(feature)
        count += 1
    layer.CommitTransaction()
    source = None
    return count


def _pa_record(index, designation, area_km2):
    name, kind, iucn = designation
    return [900_000 + index, f"{name} {index + 1:06d} (synthetic)", name, kind, iucn, "Designated", area_km2]


def _site_records(rng, xs, ys, prefix="S"):
    minerals = rng.integers(0, len(MINERALS), len(xs))
    areas = np.round(rng.uniform(0.1, 50.0, len(xs)), 2)
    years = rng.integers(1990, 2026, len(xs))
    for index, (x, y) in enumerate(zip(xs.tolist(), ys.tolist())):
        attributes = [f"{prefix}{index + 1:07d}", MINERALS[minerals[index]], areas[index], int(years[index])]
        yield attributes, _point_wkb(x, y)


def _overlay(rng, x, y, area_km2):
    """(x, y, area, same boundary) of a designation over an area at (x, y) of area_km2,
    as WDPA has them: the same boundary (a World Heritage or Ramsar site on a park), nested
    inside, or overlapping part of it."""
    kind = rng.random()
    radius = math.sqrt(area_km2 / math.pi) / KM_PER_DEGREE
    if kind < 0.35:
        return x, y, area_km2, True
    if kind < 0.7:
        shift = radius * 0.3
        return (
            x + rng.uniform(-shift, shift),
            y + rng.uniform(-shift, shift),
            area_km2 * rng.uniform(0.05, 0.4),
            False,
        )
    angle = rng.uniform(0, 2 * np.pi)
    distance = radius * rng.uniform(0.6, 1.2)
    return (
        x + distance * math.cos(angle) / math.cos(math.radians(y)),
        y + distance * math.sin(angle),
        area_km2 * rng.uniform(0.3, 1.5),
        False,
    )


def protected_area_records(
    rng, centres, count, overlay_share, multipart_share, median_km2, sigma, max_km2, shape=None
):
    """(attributes, WKB) of count protected areas around centres (x, y, spread in degrees),
    and their (x, y, area) for placing sites. shape: the Shape whose vertex density and giants
    are drawn (the benchmark's by default)."""
    shape_of = shape or SHAPES["benchmark"]
    vertex_count = shape_of.vertex_count
    giants_left = shape_of.giants
    placed = []  # (x, y, area, shape)
    records = []
    for index in range(count):
        if placed and rng.random() < overlay_share:
            base_x, base_y, base_area, base_shape = placed[rng.integers(len(placed))]
            x, y, area, same = _overlay(rng, base_x, base_y, base_area)
            area = min(area, max_km2)
            shape = base_shape if same else _polygon(rng, x, y, area, vertex_count=vertex_count)
            designation = OVERLAY_DESIGNATIONS[rng.integers(len(OVERLAY_DESIGNATIONS))]
        else:
            centre_x, centre_y, spread = centres[rng.integers(len(centres))]
            x = float(np.clip(centre_x + rng.normal(0, spread), -170, 170))
            y = float(np.clip(centre_y + rng.normal(0, spread / 2), -55, 70))
            area = float(min(max_km2, rng.lognormal(math.log(median_km2), sigma)))
            parts = int(rng.integers(2, 5)) if rng.random() < multipart_share else 1
            giant = None
            if giants_left and area >= 5_000:
                giants_left -= 1
                giant = int(rng.integers(*GIANT_VERTICES))
            shape = _polygon(rng, x, y, area, parts, vertex_count, giant)
            designation = BASE_DESIGNATIONS[rng.integers(len(BASE_DESIGNATIONS))]
        placed.append((x, y, area, shape))
        records.append((_pa_record(index, designation, round(area, 3)), _wkb(shape)))
    return records, [(x, y, area) for x, y, area, _shape in placed]


def mining_districts(rng, areas, count, in_area_share, spread_km):
    """(x, y, sigma in degrees) of mining districts: most centred in a protected area."""
    districts = []
    for _ in range(count):
        if rng.random() < in_area_share:
            x, y, area = areas[rng.integers(len(areas))]
            radius = math.sqrt(area / math.pi) / KM_PER_DEGREE
            x += rng.uniform(-0.5, 0.5) * radius
            y += rng.uniform(-0.5, 0.5) * radius
            sigma = min(radius, spread_km / KM_PER_DEGREE) * rng.uniform(0.3, 1.0)
        else:
            x, y, _area = areas[rng.integers(len(areas))]
            x += rng.normal(0, 1.0)
            y += rng.normal(0, 0.5)
            sigma = spread_km / KM_PER_DEGREE * rng.uniform(0.3, 1.0)
        districts.append((x, y, sigma))
    return np.array(districts)


def clustered_points(rng, districts, count, bounds):
    chosen = districts[rng.integers(len(districts), size=count)]
    xs = chosen[:, 0] + rng.normal(0, 1, count) * chosen[:, 2] / np.cos(np.radians(chosen[:, 1]))
    ys = chosen[:, 1] + rng.normal(0, 1, count) * chosen[:, 2]
    west, south, east, north = bounds
    return np.clip(xs, west, east), np.clip(ys, south, north)


def footprints(rng, districts, count):
    """(attributes, WKB) of mining footprints of 10-2,000 ha (log-uniform) in the districts."""
    xs, ys = clustered_points(rng, districts, count, (-179, -60, 179, 75))
    hectares = np.exp(rng.uniform(math.log(10), math.log(2000), count))
    for index in range(count):
        km2 = hectares[index] / 100
        ring = _ring(rng, xs[index], ys[index], math.sqrt(km2 / math.pi), int(rng.integers(8, 40)))
        attributes = [
            f"F{index + 1:07d}",
            MINERALS[index % len(MINERALS)],
            round(float(hectares[index]), 1),
            2020,
        ]
        yield attributes, _polygon_wkb([ring])


# --- the layers ----------------------------------------------------------------------


def overlap_region(folder):
    """Paths of the overlap-heavy region's protected areas and 100,000 sites."""
    from osgeo import ogr

    paths = {"protected_areas": folder / "overlap_pas.gpkg", "sites": folder / "overlap_sites.gpkg"}
    if all(path.exists() for path in paths.values()):
        return paths
    rng = np.random.default_rng(SEED)
    west, south, east, north = REGION
    centres = [((west + east) / 2, (south + north) / 2, 2.5)]
    records, areas = protected_area_records(rng, centres, 6_000, 0.3, 0.05, 12.0, 1.5, 15_000)
    areas = [(np.clip(x, west, east), np.clip(y, south, north), a) for x, y, a in areas]
    _write(paths["protected_areas"], PA_FIELDS, ogr.wkbMultiPolygon, records)
    districts = mining_districts(rng, areas, 600, 0.75, 8.0)
    xs, ys = clustered_points(rng, districts, 70_000, REGION)
    xs = np.concatenate((xs, rng.uniform(west, east, 30_000)))
    ys = np.concatenate((ys, rng.uniform(south, north, 30_000)))
    order = rng.permutation(len(xs))
    _write(paths["sites"], SITE_FIELDS, ogr.wkbPoint, _site_records(rng, xs[order], ys[order]))
    return paths


def world_paths(folder, shape=None):
    """Paths of a shape's layers (made or not)."""
    name = (shape or SHAPES["benchmark"]).name.replace("-", "_")
    paths = {
        f"pas_{count // 1000}k": folder / f"world_{name}_pas_{count // 1000}k.gpkg"
        for count in WORLD_PA_COUNTS
    }
    return paths | {
        "sites_100k": folder / f"world_{name}_sites_100k.gpkg",
        "sites_1m": folder / f"world_{name}_sites_1m.gpkg",
        "footprints": folder / f"world_{name}_footprints_20k.gpkg",
    }


def world(folder, with_million=True, shape=None):
    """Paths of the world's protected areas of a Shape (the benchmark's by default; 10,000 /
    50,000 / 250,000), the clustered point sites (100,000 and 1,000,000) and the 20,000 mining
    footprints."""
    from osgeo import ogr

    shape = shape or SHAPES["benchmark"]
    paths = world_paths(folder, shape)
    wanted = [key for key in paths if with_million or key != "sites_1m"]
    if all(paths[key].exists() for key in wanted):
        return paths
    rng = np.random.default_rng(SEED + 1)
    centres = [
        (rng.uniform(-165, 165), rng.uniform(-45, 60), rng.uniform(1.5, 6.0)) for _ in range(shape.countries)
    ]
    records, areas = protected_area_records(
        rng,
        centres,
        shape.pa_count,
        shape.overlay_share,
        shape.multipart_share,
        shape.median_km2,
        shape.sigma,
        shape.max_km2,
        shape,
    )
    for count in WORLD_PA_COUNTS:
        _write(paths[f"pas_{count // 1000}k"], PA_FIELDS, ogr.wkbMultiPolygon, records[:count])
    del records
    districts = mining_districts(rng, areas, shape.districts, shape.in_area_share, shape.district_spread_km)
    world_box = (-179.9, -60, 179.9, 75)
    for key, count in (("sites_100k", 100_000), ("sites_1m", 1_000_000)):
        xs, ys = clustered_points(rng, districts, count, world_box)  # drawn always: the same 100k
        if key in wanted:
            _write(paths[key], SITE_FIELDS, ogr.wkbPoint, _site_records(rng, xs, ys))
    # Footprints around the protected areas of the 50,000 layer.
    footprint_districts = mining_districts(rng, areas[: WORLD_PA_COUNTS[1]], 400, 0.6, 15.0)
    _write(paths["footprints"], SITE_FIELDS, ogr.wkbPolygon, footprints(rng, footprint_districts, 20_000))
    return paths


def layer_facts(path):
    """(features, vertices, largest vertex count, multipart features, median vertices) of a polygon
    layer; kept beside the data once counted."""
    counted = Path(f"{path}.facts")
    if counted.exists():
        return tuple(int(value) for value in counted.read_text().split())
    from osgeo import ogr

    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    multipart = 0
    counts = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        parts = geometry.GetGeometryCount()
        multipart += parts > 1
        count = 0
        for part in range(parts):
            polygon = geometry.GetGeometryRef(part)
            count += sum(polygon.GetGeometryRef(r).GetPointCount() for r in range(polygon.GetGeometryCount()))
        counts.append(count)
    facts = (len(counts), int(sum(counts)), max(counts), multipart, int(np.median(counts)))
    counted.write_text(" ".join(str(value) for value in facts))
    return facts


def containment_shares(sites_path, pas_path):
    """(share of the sites in at least one protected area, share in two or more), counted
    with GEOS, independently of the plugin; kept beside the data once counted."""
    counted = Path(f"{sites_path}.shares")
    if counted.exists():
        return tuple(float(share) for share in counted.read_text().split())
    shares = _count_containment(sites_path, pas_path)
    counted.write_text(" ".join(str(share) for share in shares))
    return shares


def _count_containment(sites_path, pas_path):
    from qgis.core import QgsFeatureRequest, QgsGeometry, QgsSpatialIndex, QgsVectorLayer

    areas = QgsVectorLayer(str(pas_path), "areas", "ogr")
    index = QgsSpatialIndex(areas.getFeatures(QgsFeatureRequest().setNoAttributes()))
    engines = {}
    counts = Counter()
    sites = QgsVectorLayer(str(sites_path), "sites", "ogr")
    for feature in sites.getFeatures(QgsFeatureRequest().setNoAttributes()):
        geometry = feature.geometry()
        inside = 0
        for fid in index.intersects(geometry.boundingBox()):
            if fid not in engines:
                polygon = areas.getFeature(fid).geometry()
                engine = QgsGeometry.createGeometryEngine(polygon.constGet())
                engine.prepareGeometry()
                engines[fid] = (engine, polygon)
            inside += engines[fid][0].intersects(geometry.constGet())
        counts[min(inside, 2)] += 1
    total = sum(counts.values())
    return (counts[1] + counts[2]) / total, counts[2] / total


def main():
    """Make (once) the layers of the shapes named on the command line, and tell their facts."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("shapes", nargs="+", choices=sorted(SHAPES))
    parser.add_argument("--without-million", action="store_true")
    args = parser.parse_args()
    folder = cache_folder()
    folder.mkdir(parents=True, exist_ok=True)
    for name in args.shapes:
        paths = world(folder, not args.without_million, SHAPES[name])
        for count in WORLD_PA_COUNTS:
            print(name, count, layer_facts(paths[f"pas_{count // 1000}k"]), flush=True)


if __name__ == "__main__":
    main()
