"""Nearest polygon for many point sites at once, vectorised with numpy.

The same answer as ReferenceSet.nearest for a point: of the polygons whose bounding box
could hold a place within the radius, each is measured as GEOS and QgsDistanceArea do it
there (the closest point of its boundary in planar longitude / latitude, then the distance
on the ellipsoid to that point), nearest lower bound first, while the bound does not
exceed the best distance found. Here every step is done for a batch of sites at a time:

- polygons are bucketed in a grid of cells, each polygon listed in every cell from which
  a site's search boxes (geodesy.search_boxes) could meet its bounding box;
- a site's candidates, from its cell, are ordered by the lower bound of
  geodesy.DistanceBound;
- boundaries are cut into chunks of CHUNK_SEGMENTS segments with their own bounding boxes,
  so that only the chunks that can hold the closest point are measured segment by segment.
"""

import math

import numpy as np
from qgis.core import QgsGeometry

from . import geodesy

# Segments per chunk of a boundary.
CHUNK_SEGMENTS = 16
# Point sites look for their nearest polygon first within radius / REACH_DIVISOR.
REACH_DIVISOR = 4
# Smallest grid cell, degrees (the cell is half the search height above it).
MIN_CELL_DEGREES = 0.1


class Boundaries:
    """The boundaries (every ring) of polygons in EPSG:4326, as numpy arrays in chunks.

    Vertices of all rings are stored one after another; a chunk is a run of segments from
    one vertex to the next within one ring.
    """

    def __init__(self, geometries):
        xs, ys, chunk_starts, chunk_ends, polygon_chunks = [], [], [], [], [0]
        offset = chunk_count = 0
        for geometry in geometries:
            for ring in _rings(geometry):
                count = len(ring)
                xs.append(ring[:, 0])
                ys.append(ring[:, 1])
                starts = np.arange(0, count - 1, CHUNK_SEGMENTS)
                chunk_starts.append(offset + starts)
                chunk_ends.append(offset + np.minimum(starts + CHUNK_SEGMENTS, count - 1))
                offset += count
                chunk_count += len(starts)
            polygon_chunks.append(chunk_count)
        self.x = np.concatenate(xs) if xs else np.empty(0)
        self.y = np.concatenate(ys) if ys else np.empty(0)
        self.chunk_start = np.concatenate(chunk_starts).astype(np.int64) if chunk_starts else np.empty(0, int)
        self.chunk_end = np.concatenate(chunk_ends).astype(np.int64) if chunk_ends else np.empty(0, int)
        self.polygon_chunks = np.asarray(polygon_chunks, dtype=np.int64)
        self.chunk_box = _chunk_boxes(self.x, self.y, self.chunk_start, self.chunk_end)

    def closest_points(self, px, py, polygons):
        """For each (px, py, polygon): the closest point of the polygon's boundary in planar
        longitude / latitude, as GEOS finds it. Returns (x, y) arrays."""
        pair_of_chunk, chunks = _expand(self.polygon_chunks[polygons], self.polygon_chunks[polygons + 1])
        cx, cy = px[pair_of_chunk], py[pair_of_chunk]
        west, south, east, north = (side[chunks] for side in self.chunk_box)
        gap_x = np.maximum(np.maximum(west - cx, cx - east), 0.0)
        gap_y = np.maximum(np.maximum(south - cy, cy - north), 0.0)
        lower = gap_x**2 + gap_y**2
        first = self.chunk_start[chunks]
        upper = (self.x[first] - cx) ** 2 + (self.y[first] - cy) ** 2
        starts = _starts(len(polygons), pair_of_chunk)
        best_upper = np.minimum.reduceat(upper, starts)
        kept = lower <= best_upper[pair_of_chunk]
        pair_of_chunk, chunks = pair_of_chunk[kept], chunks[kept]
        chunk_of_segment, segments = _expand(self.chunk_start[chunks], self.chunk_end[chunks])
        pair_of_segment = pair_of_chunk[chunk_of_segment]
        sx, sy = px[pair_of_segment], py[pair_of_segment]
        qx, qy = _closest_on_segments(
            sx, sy, self.x[segments], self.y[segments], self.x[segments + 1], self.y[segments + 1]
        )
        closest = _group_argmin((qx - sx) ** 2 + (qy - sy) ** 2, pair_of_segment)
        return qx[closest], qy[closest]


def _rings(geometry):
    """The (n, 2) rings of a polygon geometry, curves segmentised and Z / M dropped."""
    polygons = geodesy.polygon_rings(geometry)
    if polygons is None:
        flat = geometry.constGet().segmentize()
        flat.dropZValue()
        flat.dropMValue()
        polygons = geodesy.polygon_rings(QgsGeometry(flat)) or []
    return [ring for rings in polygons for ring in rings if len(ring) > 1]


def _chunk_boxes(x, y, starts, ends):
    """(west, south, east, north) arrays of each chunk's vertices start ... end."""
    if not len(starts):
        return tuple(np.empty(0) for _ in range(4))
    # Chunks are runs of vertices start..end inclusive: reduce over each run.
    owner, vertices = _expand(starts, ends + 1)
    firsts = _starts(len(starts), owner)
    return (
        np.minimum.reduceat(x[vertices], firsts),
        np.minimum.reduceat(y[vertices], firsts),
        np.maximum.reduceat(x[vertices], firsts),
        np.maximum.reduceat(y[vertices], firsts),
    )


def _expand(starts, ends):
    """(owner, value) for every value in range(starts[i], ends[i]), owner i, in order."""
    counts = ends - starts
    owner = np.repeat(np.arange(len(starts)), counts)
    firsts = np.cumsum(counts) - counts
    return owner, starts[owner] + np.arange(len(owner)) - firsts[owner]


def _starts(count, owner):
    """Index of the first element of each owner 0 .. count-1 in a sorted owner array
    (every owner present)."""
    return np.searchsorted(owner, np.arange(count))


def _group_argmin(values, groups):
    """Index of the first least value of each run of equal groups (groups sorted)."""
    if not len(values):
        return np.empty(0, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
    least = np.minimum.reduceat(values, starts)
    sizes = np.diff(np.r_[starts, len(values)])
    candidates = np.flatnonzero(values == np.repeat(least, sizes))
    owners = np.searchsorted(starts, candidates, side="right") - 1
    return candidates[np.r_[True, owners[1:] != owners[:-1]]]


def _closest_on_segments(px, py, ax, ay, bx, by):
    """The closest point to (px, py) on each segment a-b, planar."""
    dx, dy = bx - ax, by - ay
    length2 = dx**2 + dy**2
    with np.errstate(invalid="ignore", divide="ignore"):
        t = ((px - ax) * dx + (py - ay) * dy) / length2
    t = np.where(length2 > 0, np.clip(t, 0.0, 1.0), 0.0)
    return ax + t * dx, ay + t * dy


class PolygonGrid:
    """Polygons bucketed by the grid cells whose sites' search boxes of radius_m may meet
    their bounding boxes (antimeridian and polar search boxes included)."""

    def __init__(self, boxes, radius_m):
        self.radius_m = radius_m
        self.half_height = radius_m / geodesy.METRES_PER_DEGREE_MIN
        # A whole number of columns around the globe, so that columns wrap at the antimeridian.
        self.columns = math.ceil(360 / max(MIN_CELL_DEGREES, self.half_height / 2))
        self.cell = 360 / self.columns
        keys, items = [], []
        for item, (west, south, east, north, _middle) in enumerate(boxes):
            cells = self._cells(west, south, east, north)
            keys.append(cells)
            items.append(np.full(len(cells), item, dtype=np.int64))
        keys = np.concatenate(keys) if keys else np.empty(0, np.int64)
        items = np.concatenate(items) if items else np.empty(0, np.int64)
        order = np.argsort(keys, kind="stable")
        self.keys, self.items = keys[order], items[order]

    def _row(self, latitude):
        return np.floor((np.asarray(latitude) + 90) / self.cell).astype(np.int64)

    def _column(self, longitude):
        return np.floor((np.asarray(longitude) + 180) / self.cell).astype(np.int64) % self.columns

    def _cells(self, west, south, east, north):
        """Keys of the cells from which a search box may meet the box (conservative)."""
        height = self.half_height
        rows = np.arange(self._row(max(-90.0, south - height)), self._row(min(90.0, north + height)) + 1)
        widest = max(abs(south), abs(north)) + 2 * height
        cos_lat = math.cos(math.radians(min(90.0, widest)))
        half_width = height / max(cos_lat, 1e-12)
        if widest >= 89.0 or half_width >= 180 or east - west + 2 * half_width >= 360:
            columns = np.arange(self.columns)
        else:
            first = math.floor((west - half_width + 180) / self.cell)
            last = math.floor((east + half_width + 180) / self.cell)
            columns = np.arange(first, last + 1) % self.columns
        return (rows[:, None] * self.columns + np.unique(columns)[None, :]).ravel()

    def candidates(self, longitudes, latitudes):
        """(site, item) pairs: every item listed in each site's cell."""
        keys = self._row(latitudes) * self.columns + self._column(longitudes)
        starts = np.searchsorted(self.keys, keys, side="left")
        ends = np.searchsorted(self.keys, keys, side="right")
        sites, positions = _expand(starts, ends)
        return sites, self.items[positions]


class PointNearest:
    """ReferenceSet.nearest for batches of point sites; built once per reference set and radius."""

    def __init__(self, geometries, boxes, radius_m, measure):
        self.radius_m = radius_m
        self.boundaries = Boundaries(geometries)
        self.grids = [PolygonGrid(boxes, reach) for reach in (radius_m / REACH_DIVISOR, radius_m)]
        self.boxes = np.asarray(boxes, dtype=float).reshape(-1, 5)
        self.axes = geodesy.ellipsoid_axes(measure)

    def nearest(self, longitudes, latitudes):
        """(items, metres) arrays for point sites: item -1 and NaN where none is within the radius.

        Searched first within radius / REACH_DIVISOR, then within the radius for the sites
        that found nothing nearer: whatever the first search could not list is farther.
        """
        longitudes = np.asarray(longitudes, dtype=float)
        latitudes = np.asarray(latitudes, dtype=float)
        best_item = np.full(len(longitudes), -1, dtype=np.int64)
        best_m = np.full(len(longitudes), np.nan)
        pending = np.arange(len(longitudes))
        for grid in self.grids:
            items, metres = self._nearest_within(grid, longitudes[pending], latitudes[pending])
            best_item[pending], best_m[pending] = items, metres
            pending = pending[items < 0]
            if not len(pending):
                break
        return best_item, best_m

    def _nearest_within(self, grid, longitudes, latitudes):
        """nearest within grid.radius_m."""
        radius_m = grid.radius_m
        sites, items, bounds, shifts = self._candidates(grid, longitudes, latitudes)
        best_item = np.full(len(longitudes), -1, dtype=np.int64)
        best_m = np.full(len(longitudes), np.inf)

        def measure(pairs):
            metres = self._measure(longitudes, latitudes, sites[pairs], items[pairs], shifts[pairs])
            better = (metres <= radius_m) & (metres < best_m[sites[pairs]])
            best_item[sites[pairs[better]]] = items[pairs[better]]
            best_m[sites[pairs[better]]] = metres[better]

        # The candidate of least bound of each site first: most sites need no other.
        firsts = _group_argmin(bounds, sites)
        measure(firsts)
        rest = np.ones(len(sites), dtype=bool)
        rest[firsts] = False
        rest &= bounds <= np.minimum(best_m[sites], radius_m)
        rest = np.flatnonzero(rest)
        rest = rest[np.lexsort((bounds[rest], sites[rest]))]
        # Then the others, one round per rank of the bound, while they may be nearer.
        rank = np.arange(len(rest)) - np.searchsorted(sites[rest], sites[rest])
        for current in range(rank.max() + 1 if len(rank) else 0):
            pairs = rest[rank == current]
            pairs = pairs[bounds[pairs] <= np.minimum(best_m[sites[pairs]], radius_m)]
            if not len(pairs):
                break
            measure(pairs)
        best_m[best_item < 0] = np.nan
        return best_item, best_m

    def _candidates(self, grid, longitudes, latitudes):
        """(site, item, lower bound, antimeridian shift) of the candidates within grid.radius_m,
        grouped by site."""
        sites, items = grid.candidates(longitudes, latitudes)
        x, y = longitudes[sites], latitudes[sites]
        west, south, east, north, middle = self.boxes[items].T
        shifts = np.where(middle - x > 180, -360.0, np.where(x - middle > 180, 360.0, 0.0))
        bounds = _box_lower_bounds(x, y, west + shifts, south, east + shifts, north, grid.radius_m)
        near = bounds <= grid.radius_m
        return sites[near], items[near], bounds[near], shifts[near]

    def _measure(self, longitudes, latitudes, sites, items, shifts):
        """Metres on the ellipsoid from each site to the closest point of the item's boundary."""
        x, y = longitudes[sites] - shifts, latitudes[sites]
        qx, qy = self.boundaries.closest_points(x, y, items)
        return geodesy.geodesic_inverse(x, y, qx, qy, *self.axes)


def _box_lower_bounds(x, y, west, south, east, north, radius_m):
    """geodesy.DistanceBound(point box, radius_m).to_box, vectorised over points and boxes."""
    x_scale = np.cos(np.radians(np.minimum(90.0, np.abs(y) + radius_m / geodesy.METRES_PER_DEGREE_MIN)))
    gap_y = np.maximum(np.maximum(south - y, y - north), 0.0)
    gap_x = np.maximum(np.maximum(west - x, x - east), 0.0)
    around = 360 - (np.maximum(east, x) - np.minimum(west, x))
    gap_x = np.where(gap_x > 0, np.maximum(0.0, np.minimum(gap_x, around)), 0.0)
    return geodesy.METRES_PER_DEGREE_MIN * np.hypot(gap_y, x_scale * gap_x)
