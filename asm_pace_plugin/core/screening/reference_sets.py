"""Reference sets (protected areas, landscapes, Global 200 ecoregions) held for site tests.

Each reference layer is read once (core/screening/layer_reading.py, layer_loader.py: cleaned by
the WDPA rules, reprojected to EPSG:4326) into a ReferenceSet, which puts it in a spatial index; a
prepared GEOS engine is built for a polygon the first time a site needs it. Sites are then
streamed past these sets, never held in memory; point sites go past a batch at a time,
against numpy arrays of the boundaries (point_search).
"""

import math
from array import array
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsGeometry, QgsRectangle, QgsSpatialIndex

from ..shared import geodesy
from .boundaries import Boundaries
from .point_search import PointSearch


@dataclass(frozen=True)
class ProtectedArea:
    layer: str
    wdpa_id: str  # WDPAID / SITE_ID, or the chosen id field
    name: str
    designation: str
    level: str
    international: str  # World Heritage / Ramsar / UNESCO-MAB / AZE, or ""
    iucn: str  # Ia ... VI, or ""

    @property
    def key(self):
        # Parcels of one WDPA site share its id: they are one protected area.
        return (self.layer, self.wdpa_id or self.name)


@dataclass(frozen=True)
class Landscape:
    name: str


@dataclass(frozen=True)
class Ecoregion:
    g200_name: str
    g200_status: int  # 1, 2, 3 or None


# The nearest polygon is looked for first within radius / FIRST_REACH_DIVISOR, then in
# twice that distance, and so on.
FIRST_REACH_DIVISOR = 8
# A polygon's GEOS engine is prepared (indexed) on its use number PREPARE_AFTER.
PREPARE_AFTER = 8
# ReferenceSet.point_items codes: no item holds the point / the per-site test must decide.
NO_ITEM, UNSURE = -1, -2


class ReferenceSet:
    """Polygons in EPSG:4326 with their records (ProtectedArea, Landscape, Ecoregion), a spatial
    index and lazily prepared engines (and, for batches of points, a PointSearch built the first
    time).

    near: SiteSurroundings to which the loaders limit the set (None: whole layers).
    points_only: the set serves point sites only. Each polygon's boundary is then stored for the
    PointSearch as it is added, and its geometry let go where it can be read again: only points
    on or very near a boundary need it (GEOS decides there), so a WDPA-size set is not held twice.
    A points-only set may also be given polygons by their bounding box alone (add_unread): their
    geometries are read, checked and stored only when a search comes near them.
    """

    def __init__(self, kind, near=None, points_only=False, cancelled=None):
        self.kind = kind
        self.cancelled = cancelled  # asked while the point search is built (Boundaries.finish)
        self.near = near
        self.layers = []
        # Each item's QgsGeometry, or (reader, feature id) where it was let go: reader(feature id)
        # gives it again.
        self._geometries = []
        self._records = []
        self._boxes = array("d")  # west, south, east, north, middle x of each polygon, for nearest
        self._engines = {}  # item: (GEOS engine, uses)
        self._index = None  # QgsSpatialIndex, built the first time it is needed
        self.points_only = points_only
        self._boundaries = Boundaries() if points_only else None  # filled as polygons are added
        self._unread = False  # whether some polygons are known by their box alone (add_unread)
        self._checked = bytearray()  # per item: 1 once its geometry was read and checked
        self._point_search = None  # PointSearch, built for the first batch of point sites
        # Groups of overlapping items holding points (point_items codes from len(self) on).
        self._groups = {}  # items: code
        self._group_items = []

    def __len__(self):
        return len(self._geometries)

    def add(self, geometry, record, read_again=None):
        """Add a polygon (EPSG:4326) and its record. read_again: (reader, feature id), where
        reader(feature id) gives the same geometry again; a points-only set then lets it go."""
        box = geometry.boundingBox()
        if self._boundaries is not None:
            self._boundaries.add(geometry)
        self._geometries.append(read_again if self._boundaries is not None and read_again else geometry)
        self._records.append(record)
        self._checked.append(1)
        self._boxes.extend((box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum(), box.center().x()))
        self._index = None

    def add_unread(self, box, record, reader, feature_id):
        """Add a polygon of a points-only set by its bounding box (EPSG:4326; its geometry's, before
        any repair, which lies within it) and record, without its geometry. reader(feature id,
        report) gives the geometry cleaned (None where cleaning leaves it out, counted in report
        when one is given); reader.many(feature ids, report) gives (feature id, geometry) pairs.
        The geometry is read when a search first comes near the polygon's box."""
        if self._boundaries is None or self._boundaries.polygon_count or self._boundaries._pending:
            raise ValueError("add_unread: only a points-only set given nothing but unread polygons")
        self._unread = True
        self._geometries.append((reader, feature_id))
        self._records.append(record)
        self._checked.append(0)
        self._boxes.extend((box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum(), box.center().x()))
        self._index = None

    def record(self, item):
        return self._records[item]

    def geometry(self, item):
        """The item's polygon (EPSG:4326); None for one that cleaning left out when it was read."""
        geometry = self._geometries[item]
        if geometry.__class__ is tuple:  # let go or not read yet: read, and held from now on
            reader, feature_id = geometry
            if self._checked[item]:
                geometry = reader(feature_id)
            else:  # read for the first time: repairs and drops are counted now
                geometry = reader(feature_id, reader.report)
                self._checked[item] = 1
            self._geometries[item] = geometry
        return geometry

    def _read_unread(self, items):
        """Read the polygons of these items (ascending) for the point search: their geometries,
        None where cleaning leaves one out (then never read again); the geometries are not held."""
        geometries = {}
        by_reader = {}
        for item in items:
            held = self._geometries[item]
            if held is None or held.__class__ is not tuple:
                geometries[item] = held
            else:
                by_reader.setdefault(held[0], []).append((held[1], item))
        for reader, pairs in by_reader.items():
            item_of = dict(pairs)
            counted = [item for _feature_id, item in pairs if not self._checked[item]]
            report = reader.report if counted else None
            for feature_id, geometry in reader.many(sorted(item_of), report):
                item = item_of[feature_id]
                geometries[item] = geometry
                self._checked[item] = 1
                if geometry is None:
                    self._geometries[item] = None
        return [geometries.get(item) for item in items]

    def _load_unread(self, items):
        """PointSearch's load: the boundaries of these items, read now."""
        for geometry in self._read_unread(items.tolist()):
            self._boundaries.add(geometry)
        self._boundaries.finish(self.cancelled)

    def searched_polygons(self):
        """(polygons whose boundaries the point searches hold, polygons in the set)."""
        held = self._point_search.loaded() if self._point_search is not None else 0
        return held, len(self)

    def _spatial_index(self):
        """A QgsSpatialIndex of the polygons' boxes, built the first time a site needs it: batches
        of points need it only for the points next to a boundary, often none."""
        if self._index is None:
            self._index = QgsSpatialIndex()
            for item in range(len(self._records)):
                west, south, east, north, _middle = self._box(item)
                if not math.isnan(west):  # an empty polygon's box (QGIS 3.34 on), in no box
                    self._index.addFeature(item, QgsRectangle(west, south, east, north, False))
        return self._index

    def _box(self, item):
        """(west, south, east, north, middle x) of the item's polygon."""
        return self._boxes[5 * item : 5 * item + 5]

    def _engine(self, item):
        """A GEOS engine for the item's polygon, prepared at its PREPARE_AFTER-th use: preparing
        costs time and memory that a few tests (points near boundaries, far apart) do not repay.
        None for a polygon left out by cleaning when it was read."""
        engine, uses = self._engines.get(item, (None, 0))
        if engine is None:
            geometry = self.geometry(item)
            if geometry is None:
                return None
            # The engine points into the geometry, which self._geometries keeps alive.
            engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        uses += 1
        if uses == PREPARE_AFTER:
            engine.prepareGeometry()
        self._engines[item] = (engine, uses)
        return engine

    def let_go(self, item):
        """Drops the item's GEOS engine (made again if a search comes back to it)."""
        self._engines.pop(item, None)

    def items_in_box(self, box):
        """Items whose polygon's bounding box meets box (EPSG:4326)."""
        return self._spatial_index().intersects(box)

    def contains(self, item, geometry):
        """Whether the item's polygon holds the whole geometry (EPSG:4326)."""
        return self._engine(item).contains(geometry.constGet())

    def only_touches(self, item, geometry):
        """Whether the item's polygon and the geometry (EPSG:4326), which intersect, meet only on
        their boundaries (no area in common)."""
        return self._engine(item).touches(geometry.constGet())

    def intersection(self, item, geometry):
        """The part of geometry (EPSG:4326) in the item's polygon, through its engine: the polygon,
        often thousands of vertices, is not converted to GEOS again for every site."""
        return QgsGeometry(self._engine(item).intersection(geometry.constGet()))

    def intersecting(self, geometry):
        """Items whose polygon intersects geometry (EPSG:4326), ascending (in the layers' order)."""
        target = geometry.constGet()
        hits = []
        for item in sorted(self._spatial_index().intersects(geometry.boundingBox())):
            engine = self._engine(item)
            if engine is not None and engine.intersects(target):
                hits.append(item)
        return hits

    def nearest(self, geometry, radius_m, measure):
        """(item, metres) of the nearest polygon within radius_m on the ellipsoid, or None.

        The candidates are the polygons whose bounding box meets the search boxes of
        radius_m. They are measured nearest bound first (a lower bound of their distance
        from the bounding boxes) until the bound exceeds the best distance found, first
        within radius_m / FIRST_REACH_DIVISOR, then in twice that distance and so on, only
        while something farther could still be nearer. Of equally near polygons the one the
        spatial index lists first for radius_m wins, as when every candidate is measured.
        """
        site_box = geometry.boundingBox()
        centre = site_box.center()
        site_x = centre.x()
        bounds = geodesy.DistanceBound(site_box, radius_m)
        to_box = bounds.to_box
        best, listed = None, set()
        for reach in _reaches(radius_m):
            boxes = geodesy.search_boxes(centre, reach)
            candidates = []
            for box in boxes:
                for item in self._spatial_index().intersects(box):
                    if item not in listed:
                        listed.add(item)
                        west, south, east, north, middle = self._box(item)
                        shift = _antimeridian_shift(site_x, middle)
                        candidates.append((to_box(west + shift, south, east + shift, north), item))
            candidates.sort()
            for bound, item in candidates:
                if bound > (radius_m if best is None else best[1]):
                    break
                metres = self._distance(item, geometry, site_x, measure)
                if metres is None or metres > radius_m:
                    continue
                if best is None or metres < best[1]:
                    best = (item, metres)
                elif metres == best[1]:
                    best = (self._first_listed(centre, radius_m, best[0], item), metres)
            if best is not None and best[1] < bounds.outside(boxes):
                break
        return best

    def _points(self):
        if self._point_search is None:
            if self._unread:
                self._point_search = PointSearch(self._boundaries, self._boxes, self._load_unread)
                return self._point_search
            boundaries = self._boundaries or Boundaries(self._geometries)
            if not boundaries.finished:
                boundaries.finish(self.cancelled)
            self._point_search = PointSearch(boundaries, self._boxes)
        return self._point_search

    def point_items(self, longitudes, latitudes):
        """For many points (numpy arrays, degrees) at once, what holds each, as a code: NO_ITEM
        where no polygon does, UNSURE where the point lies on or very near a boundary (there
        intersecting must decide), else a code that hits() turns into the items holding the
        point (several where polygons overlap), in the order intersecting gives them."""
        if not len(longitudes):
            return np.empty(0, dtype=np.int64)  # (the boundaries are not built for no point)
        sites, items, unsure = self._points().containing(longitudes, latitudes)
        order = np.lexsort((items, sites))
        sites, items = sites[order], items[order]
        counts = np.bincount(sites, minlength=len(unsure))
        held = np.full(len(unsure), NO_ITEM, dtype=np.int64)
        single = counts[sites] == 1
        held[sites[single]] = items[single]
        several = np.flatnonzero(counts > 1)
        if len(several):
            # Points in overlapping polygons: one code per distinct group of items, after the items.
            several_items = items[~single].tolist()
            ends = np.cumsum(counts[several]).tolist()
            codes, start = [], 0
            for end in ends:
                group = tuple(several_items[start:end])
                start = end
                code = self._groups.get(group)
                if code is None:
                    code = self._groups[group] = len(self._geometries) + len(self._group_items)
                    self._group_items.append(list(group))
                codes.append(code)
            held[several] = codes
        held[unsure] = UNSURE
        return held

    def hits(self, code):
        """The items (ascending) holding a point of this point_items code; None for UNSURE."""
        if code == UNSURE:
            return None
        if code == NO_ITEM:
            return []
        if code < len(self._geometries):
            return [code]
        return self._group_items[code - len(self._geometries)]

    def nearest_points(self, longitudes, latitudes, radius_m, measure):
        """nearest for many point sites at once: (items, metres) arrays, item -1 and NaN
        metres where no polygon is within radius_m. Equal to nearest but for exact ties."""
        return self._points().nearest(longitudes, latitudes, radius_m, measure)

    def _distance(self, item, geometry, site_x, measure):
        candidate = self.geometry(item)
        if candidate is None:
            return None
        shift = _antimeridian_shift(site_x, self._box(item)[4])
        if shift:
            candidate = QgsGeometry(candidate)
            candidate.translate(shift, 0)
        return geodesy.geodesic_distance(measure, geometry, candidate)

    def _first_listed(self, centre, radius_m, *items):
        """Of items, the one the spatial index lists first within radius_m of centre."""
        for box in geodesy.search_boxes(centre, radius_m):
            for item in self._spatial_index().intersects(box):
                if item in items:
                    return item
        return items[0]


def _reaches(radius_m):
    """Growing search distances for the nearest polygon, ending with radius_m."""
    reach = radius_m / FIRST_REACH_DIVISOR
    while reach < radius_m:
        yield reach
        reach *= 2
    yield radius_m


def _antimeridian_shift(site_x, other_x):
    """±360 where the other geometry lies across the antimeridian from the site, else 0."""
    if other_x - site_x > 180:
        return -360
    if site_x - other_x > 180:
        return 360
    return 0
