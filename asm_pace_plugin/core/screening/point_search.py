"""Point sites against reference polygons a batch at a time, vectorised with numpy.

The same answers as ReferenceSet.intersecting and ReferenceSet.nearest for single points:

- polygons are bucketed in a grid of cells, each polygon listed in every cell from which
  a site's search boxes (geodesy.search_boxes) could meet its bounding box;
- the boundaries are numpy arrays in chunks (boundaries.py), which says whether a point is in a
  polygon (the crossing number; near a boundary GEOS decides) and finds a boundary's closest point;
- the nearest polygon is measured as GEOS and QgsDistanceArea do it in ReferenceSet.nearest
  (the closest point of the boundary in planar longitude / latitude, then the distance on
  the ellipsoid to that point): for each site the candidate of least lower bound
  (geodesy.DistanceBound) first, then at once every other whose bound does not exceed the
  distance found.
"""

import math

import numpy as np

from ..shared import ellipsoid, geodesy
from .boundaries import UNSURE_DEGREES, expand, group_argmin

# Point sites look for their nearest polygon first within radius / REACH_DIVISOR.
REACH_DIVISOR = 4
# Point sites whose nearest polygons are searched together (their candidate pairs take
# about 4 KB a site).
NEAREST_SITES = 2500
# The grid for point-in-polygon tests lists the polygons whose box is this near a cell.
CONTAINING_GRID_M = 1.0
# Smallest grid cell, degrees (the cell is half the search height above it).
MIN_CELL_DEGREES = 0.1
# Polygons listed in the grid cells at a time (bounds the memory of the listing).
GRID_ITEMS = 4096


class PolygonGrid:
    """Polygons bucketed by the grid cells whose sites' search boxes of radius_m may meet
    their bounding boxes (antimeridian and polar search boxes included). Only the listed
    items (indexes of boxes) are bucketed."""

    def __init__(self, boxes, radius_m, listed):
        self.radius_m = radius_m
        self.half_height = radius_m / geodesy.METRES_PER_DEGREE_MIN
        # A whole number of columns around the globe, so that columns wrap at the antimeridian.
        self.columns = math.ceil(360 / max(MIN_CELL_DEGREES, self.half_height / 2))
        self.cell = 360 / self.columns
        boxes = np.asarray(boxes, dtype=float).reshape(-1, 5)
        item_count = max(len(boxes), 1)
        # One int64 per (cell, item): cell key * item_count + item, sorted in place, lists the
        # items of each cell in ascending order. Made GRID_ITEMS items at a time: WDPA-size
        # layers are listed in millions of cells.
        pairs = []
        for first in range(0, len(listed), GRID_ITEMS):
            part = listed[first : first + GRID_ITEMS]
            keys, rows = self._cells(*boxes[part, :4].T)
            keys *= item_count
            keys += part[rows]
            pairs.append(keys)
        pairs = np.concatenate(pairs) if pairs else np.empty(0, np.int64)
        pairs.sort()
        keys, items = np.divmod(pairs, item_count)
        del pairs
        self.items = items.astype(np.int32 if item_count < 2**31 else np.int64)
        del items
        # Each listed cell once with the range of its items, and an empty cell after every key.
        firsts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1]))) if len(keys) else keys
        self.cell_keys = np.append(keys[firsts], np.iinfo(np.int64).max)
        self.cell_items = np.concatenate((firsts, [len(keys), len(keys)])).astype(np.int64)

    def _row(self, latitude):
        return np.floor((np.asarray(latitude) + 90) / self.cell).astype(np.int64)

    def _column(self, longitude):
        return np.floor((np.asarray(longitude) + 180) / self.cell).astype(np.int64) % self.columns

    def _cells(self, west, south, east, north):
        """(cell key, item) of the cells from which a search box may meet each box (conservative)."""
        height = self.half_height
        widest = np.maximum(np.abs(south), np.abs(north)) + 2 * height
        half_width = height / np.maximum(np.cos(np.radians(np.minimum(90.0, widest))), 1e-12)
        around = (widest >= 89.0) | (half_width >= 180) | (east - west + 2 * half_width >= 360)
        first = np.where(around, 0, np.floor((west - half_width + 180) / self.cell)).astype(np.int64)
        last = np.where(around, self.columns - 1, np.floor((east + half_width + 180) / self.cell))
        last = np.minimum(last.astype(np.int64), first + self.columns - 1)
        item_of_row, rows = expand(
            self._row(np.maximum(-90.0, south - height)), self._row(np.minimum(90.0, north + height)) + 1
        )
        row_of_cell, columns = expand(first[item_of_row], last[item_of_row] + 1)
        return rows[row_of_cell] * self.columns + columns % self.columns, item_of_row[row_of_cell]

    def candidates(self, longitudes, latitudes):
        """(site, item) pairs: every item listed in each site's cell."""
        keys = self._row(latitudes) * self.columns + self._column(longitudes)
        cells = np.searchsorted(self.cell_keys, keys)
        starts = self.cell_items[cells]
        sites, positions = expand(
            starts, np.where(self.cell_keys[cells] == keys, self.cell_items[cells + 1], starts)
        )
        return sites, self.items[positions]


class PointSearch:
    """Point sites against the polygons of a ReferenceSet, a batch at a time: the
    vectorised counterparts of ReferenceSet.intersecting and ReferenceSet.nearest."""

    def __init__(self, boundaries, boxes, load=None):
        """boundaries: the polygons' Boundaries; boxes: their (west, south, east, north, middle x),
        flat or in rows. load: None where boundaries holds every polygon, in order (finished);
        else boundaries starts empty and load(items) is called with the items (ascending) whose
        boundaries a search needs and that were not added yet: it adds them, in that order (None
        for one that turned out unusable: it holds and is near nothing), and finishes boundaries.
        Only the polygons a search comes near are then read, checked and held."""
        self.boundaries = boundaries
        self.boxes = np.array(boxes, dtype=float).reshape(-1, 5)
        self._load = load
        if load is None:
            self._slots = np.arange(len(self.boxes))  # item: its polygon in boundaries
            # Empty polygons hold and are near nothing; their box is NaN from QGIS 3.34 on, (0, 0) before.
            self._listed = np.flatnonzero(np.diff(self.boundaries.polygon_chunks) > 0)
        else:
            self._slots = np.full(len(self.boxes), -1, np.int64)  # -1: not read yet
            west, south, east, north, _middle = self.boxes.T
            self._listed = np.flatnonzero((west <= east) & (south <= north))
        self._grids = {}  # radius in metres: PolygonGrid

    def _grid(self, radius_m):
        if radius_m not in self._grids:
            self._grids[radius_m] = PolygonGrid(self.boxes, radius_m, self._listed)
        return self._grids[radius_m]

    def _polygons(self, items):
        """The polygons (in boundaries) of these items, read first where they were not."""
        if self._load is not None:
            missing = np.unique(items[self._slots[items] < 0])
            if len(missing):
                first = self.boundaries.polygon_count
                self._load(missing)
                self._slots[missing] = first + np.arange(len(missing))
        return self._slots[items]

    def loaded(self):
        """How many polygons the searches have needed so far."""
        return self.boundaries.polygon_count

    def containing(self, longitudes, latitudes):
        """(sites, items) where the point is in or on the polygon, and a bool array of the
        sites too close to a boundary to be sure (their pairs are not listed)."""
        longitudes = np.asarray(longitudes, dtype=float)
        latitudes = np.asarray(latitudes, dtype=float)
        sites, items = self._grid(CONTAINING_GRID_M).candidates(longitudes, latitudes)
        x, y = longitudes[sites], latitudes[sites]
        west, south, east, north, _middle = np.take(self.boxes, items, axis=0).T
        # At least the polygon's unsure margin (Boundaries.containing): its vertices' float32
        # offsets are no larger than its box.
        margin = np.maximum(east - west, north - south) * 2.0**-20 + UNSURE_DEGREES
        boxed = (west - margin <= x) & (x <= east + margin) & (south - margin <= y) & (y <= north + margin)
        sites, items = sites[boxed], items[boxed]
        inside, unsure = self.boundaries.containing(x[boxed], y[boxed], self._polygons(items))
        unsure_sites = np.zeros(len(longitudes), dtype=bool)
        unsure_sites[sites[unsure]] = True
        return sites[inside & ~unsure], items[inside & ~unsure], unsure_sites

    def nearest(self, longitudes, latitudes, radius_m, measure):
        """(items, metres) arrays for point sites: item -1 and NaN where none is within radius_m.

        Searched first within radius_m / REACH_DIVISOR, then within radius_m for the sites
        that found nothing nearer: whatever the first search could not list is farther.
        """
        longitudes = np.asarray(longitudes, dtype=float)
        latitudes = np.asarray(latitudes, dtype=float)
        if len(longitudes) > NEAREST_SITES:
            # Slices of sites bound the memory the candidate pairs take.
            slices = [
                self.nearest(
                    longitudes[first : first + NEAREST_SITES],
                    latitudes[first : first + NEAREST_SITES],
                    radius_m,
                    measure,
                )
                for first in range(0, len(longitudes), NEAREST_SITES)
            ]
            return tuple(np.concatenate(parts) for parts in zip(*slices))
        best_item = np.full(len(longitudes), -1, dtype=np.int64)
        best_m = np.full(len(longitudes), np.nan)
        pending = np.arange(len(longitudes))
        axes = ellipsoid.ellipsoid_axes(measure)
        for reach in (radius_m / REACH_DIVISOR, radius_m):
            items, metres = self._nearest_within(
                self._grid(reach), longitudes[pending], latitudes[pending], axes
            )
            best_item[pending], best_m[pending] = items, metres
            pending = pending[items < 0]
            if not len(pending):
                break
        return best_item, best_m

    def _nearest_within(self, grid, longitudes, latitudes, axes):
        """nearest within grid.radius_m."""
        radius_m = grid.radius_m
        sites, items, bounds, shifts = self._candidates(grid, longitudes, latitudes)
        best_item = np.full(len(longitudes), -1, dtype=np.int64)
        best_m = np.full(len(longitudes), np.inf)

        def measure(pairs):
            return self._measure(longitudes, latitudes, sites[pairs], items[pairs], shifts[pairs], axes)

        def keep(pairs, metres):
            better = (metres <= radius_m) & (metres < best_m[sites[pairs]])
            best_item[sites[pairs[better]]] = items[pairs[better]]
            best_m[sites[pairs[better]]] = metres[better]

        # The candidate of least bound of each site first: most sites need no other.
        firsts = group_argmin(bounds, sites)
        keep(firsts, measure(firsts))
        rest = np.ones(len(sites), dtype=bool)
        rest[firsts] = False
        rest &= bounds <= np.minimum(best_m[sites], radius_m)
        rest = np.flatnonzero(rest)
        if len(rest):
            # Then, in one pass, the others that may be nearer, in the order of their bounds:
            # of equally near ones the first wins, as when they are measured one by one.
            rest = rest[np.lexsort((bounds[rest], sites[rest]))]
            metres = measure(rest)
            least = group_argmin(metres, sites[rest])
            keep(rest[least], metres[least])
        best_m[best_item < 0] = np.nan
        return best_item, best_m

    def _candidates(self, grid, longitudes, latitudes):
        """(site, item, lower bound, antimeridian shift) of the candidates within grid.radius_m,
        grouped by site."""
        sites, items = grid.candidates(longitudes, latitudes)
        x, y = longitudes[sites], latitudes[sites]
        west, south, east, north, middle = np.take(self.boxes, items, axis=0).T
        shifts = np.where(middle - x > 180, -360.0, np.where(x - middle > 180, 360.0, 0.0))
        bounds = _box_lower_bounds(x, y, west + shifts, south, east + shifts, north, grid.radius_m)
        near = bounds <= grid.radius_m
        return sites[near], items[near], bounds[near], shifts[near]

    def _measure(self, longitudes, latitudes, sites, items, shifts, axes):
        """Metres on the ellipsoid from each site to the closest point of the item's boundary
        (infinite for a polygon without boundary)."""
        polygons = self._polygons(items)
        chunks = self.boundaries.polygon_chunks
        bounded = np.flatnonzero(chunks[polygons + 1] > chunks[polygons])
        metres = np.full(len(items), np.inf)
        x, y = longitudes[sites[bounded]] - shifts[bounded], latitudes[sites[bounded]]
        qx, qy = self.boundaries.closest_points(x, y, polygons[bounded])
        metres[bounded] = ellipsoid.geodesic_inverse(x, y, qx, qy, *axes)
        return metres


def _box_lower_bounds(x, y, west, south, east, north, radius_m):
    """geodesy.DistanceBound(point box, radius_m).to_box, vectorised over points and boxes."""
    x_scale = np.cos(np.radians(np.minimum(90.0, np.abs(y) + radius_m / geodesy.METRES_PER_DEGREE_MIN)))
    gap_y = np.maximum(np.maximum(south - y, y - north), 0.0)
    gap_x = np.maximum(np.maximum(west - x, x - east), 0.0)
    around = 360 - (np.maximum(east, x) - np.minimum(west, x))
    gap_x = np.where(gap_x > 0, np.maximum(0.0, np.minimum(gap_x, around)), 0.0)
    return geodesy.METRES_PER_DEGREE_MIN * np.hypot(gap_y, x_scale * gap_x)
