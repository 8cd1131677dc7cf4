"""New and cumulative mining per area and period, on the ellipsoid, nothing counted twice.

Footprints (polygons) or sites (points) in EPSG:4326 are added one at a time with their period;
the part of each inside each area (all parcels of one area together) is kept. At the end, per
area and period, the parts are dissolved before they are measured: footprints that overlap
each other, parcels of one area that overlap, and a footprint re-detected in a later period
are counted once. Two ways to read the input:
- NEW: each period's footprints are its new mining; the cumulative mining is their running union;
- CUMULATIVE: each period's footprints are a snapshot of all mining so far; the new mining of a
  period is what its snapshot adds to the one before (a geometric difference); what a snapshot
  loses against the one before is reported apart (lost_ha), never counted as negative mining.
With a mined-area field (Amazon Mining Watch's `Mined area (ha)`), each footprint's mined area
is apportioned to an area as AMW does: mined area x the share of the polygon inside the area.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

from qgis.core import QgsGeometry, QgsSpatialIndex

from ..shared import compat, ellipsoid

NEW, CUMULATIVE = "new", "cumulative"
SQUARE_METRES_PER_HECTARE = 10_000
# Differences between snapshots below this (hectares) are slivers of the geometry, not mining.
SLIVER_HA = 1e-4


@dataclass
class FootprintHistory:
    """What one footprint or site (all features sharing its id) tells: its periods and areas."""

    first: object  # Period
    last: object
    areas: set = field(default_factory=set)  # area keys


@dataclass
class PeriodFigures:
    """One area in one period."""

    period: object  # Period
    new_ha: Optional[float]  # None for sites (points)
    cumulative_ha: Optional[float]
    new_count: int  # footprints or sites new in the period
    cumulative_count: int
    remined_ha: Optional[float]  # NEW: part of the period's footprints already mined before
    lost_ha: Optional[float]  # CUMULATIVE: part of the snapshot before that this one lacks
    mined_new_ha: Optional[float]  # apportioned mined area (mined-area field given)
    mined_cumulative_ha: Optional[float]
    geometry: Optional[QgsGeometry]  # the period's new mining inside the area (dissolved)


def _union(geometries):
    geometries = [geometry for geometry in geometries if geometry is not None and not geometry.isEmpty()]
    if not geometries:
        return None
    union = QgsGeometry.unaryUnion(geometries) if len(geometries) > 1 else QgsGeometry(geometries[0])
    return polygonal(union)


def polygonal(geometry):
    """The polygons of a GEOS result (a collection with lines or points where pieces touch), or None."""
    return compat.polygon_parts(geometry)


class MiningOverTime:
    """Collects footprints or sites by area and period, then measures each area-period once.

    areas: a ReferenceSet of the areas (records with a key, as ProtectedArea), measure: a
    QgsDistanceArea on the ellipsoid, mode: NEW or CUMULATIVE, points: sites instead of footprints.
    """

    def __init__(self, areas, measure, mode=NEW, points=False):
        self.areas = areas
        self.measure = measure
        self.mode = mode
        self.points = points
        self.periods = set()
        self.histories = {}  # footprint id -> FootprintHistory
        self._pieces = defaultdict(list)  # (area key, period) -> [(footprint id, part inside)]
        self._mined = defaultdict(float)  # (area key, period) -> apportioned mined hectares
        self._records = {}  # area key -> record
        self._area_m2 = {}  # area key -> m², all parcels together
        self._parcels = None  # area key -> items

    def area(self, geometry):
        """Ellipsoidal area (m²) of a (multi)polygon in EPSG:4326."""
        return ellipsoid.polygon_area(geometry, self.measure)

    def areas_of(self, geometries):
        """Ellipsoidal areas (m²) of many (multi)polygons at once."""
        return ellipsoid.polygon_areas(geometries, self.measure)

    def add(self, geometry, period, footprint_id, mined_ha=None):
        """Add one footprint or site (EPSG:4326, valid) of a period; returns the keys of the areas
        it lies in."""
        self.periods.add(period)
        per_area = defaultdict(list)
        for item in self.areas.intersecting(geometry):
            record = self.areas.record(item)
            if self.points or self.areas.contains(item, geometry):
                piece = geometry  # inside: no intersection to compute against a long boundary
            else:
                piece = polygonal(self.areas.intersection(item, geometry))
                if piece is None:
                    continue  # touches the area along its edge only
            self._records.setdefault(record.key, record)
            per_area[record.key].append(piece)
        footprint_m2 = None
        for key, pieces in per_area.items():
            whole = any(piece is geometry for piece in pieces)
            inside = geometry if whole else pieces[0] if len(pieces) == 1 else polygonal(_union(pieces))
            self._pieces[(key, period)].append((footprint_id, inside))
            if mined_ha is not None and not self.points:
                if whole:
                    self._mined[(key, period)] += mined_ha
                    continue
                if footprint_m2 is None:
                    footprint_m2 = self.area(geometry)
                if footprint_m2 > 0:
                    self._mined[(key, period)] += mined_ha * min(1.0, self.area(inside) / footprint_m2)
        history = self.histories.get(footprint_id)
        if history is None:
            history = self.histories[footprint_id] = FootprintHistory(period, period)
        history.first, history.last = min(history.first, period), max(history.last, period)
        history.areas.update(per_area)
        return list(per_area)

    def record(self, key):
        return self._records[key]

    def keys(self):
        """The keys of the areas that hold any footprint or site, in the layers' order."""
        return sorted(self._records, key=lambda key: (key[0], key[1]))

    def area_hectares(self, key):
        """Ellipsoidal area (ha) of an area, all its parcels dissolved."""
        if self._parcels is None:
            self._parcels = defaultdict(list)
            for item in range(len(self.areas)):
                record = self.areas.record(item)
                if record.key in self._records:
                    self._parcels[record.key].append(item)
        if key not in self._area_m2:
            union = _union([self.areas.geometry(item) for item in self._parcels[key]])
            self._area_m2[key] = self.area(union) if union is not None else 0.0
        return self._area_m2[key] / SQUARE_METRES_PER_HECTARE

    def figures(self, key, periods):
        """PeriodFigures of an area for each of periods (in order)."""
        if self.points:
            return self._site_figures(key, periods)
        return self._footprint_figures(key, periods)

    def _hectares(self, geometry):
        return self.area(geometry) / SQUARE_METRES_PER_HECTARE if geometry is not None else 0.0

    def _footprint_figures(self, key, periods):
        figures = []
        before, before_ha = None, 0.0  # CUMULATIVE: the snapshot before
        earlier = _Earlier()  # NEW: the parts of the periods before, to find re-mined ground
        seen = set()  # NEW: footprints counted so far
        mined_so_far = 0.0
        for period in periods:
            parts = self._pieces.get((key, period), [])
            union = _union([part for _id, part in parts])
            union_ha = self._hectares(union)
            mined = self._mined.get((key, period), 0.0)
            if self.mode == NEW:
                remined = self._hectares(earlier.overlap([part for _id, part in parts]))
                cumulative_ha = before_ha + union_ha - remined
                new_geometry, new_ha, lost = union, union_ha, None
                earlier.add([part for _id, part in parts])
                new_ids = {footprint_id for footprint_id, _part in parts}
                seen |= new_ids
                new_count, cumulative_count = len(new_ids), len(seen)
                mined_so_far += mined
                mined_new, mined_cumulative = mined, mined_so_far
            else:
                cumulative_ha = union_ha
                new_geometry = _difference(union, before)
                new_ha = _without_slivers(self._hectares(new_geometry))
                lost = _without_slivers(self._hectares(_difference(before, union)))
                if not new_ha:
                    new_geometry = None
                remined = None
                new_count = _grown_parts(parts, before)
                cumulative_count = len({footprint_id for footprint_id, _part in parts})
                mined_new, mined_cumulative = None, mined
                before = union
            figures.append(
                PeriodFigures(
                    period,
                    new_ha,
                    cumulative_ha,
                    new_count,
                    cumulative_count,
                    remined,
                    lost,
                    mined_new,
                    mined_cumulative,
                    new_geometry,
                )
            )
            before_ha = cumulative_ha
        return figures

    def _site_figures(self, key, periods):
        figures = []
        seen, snapshot_before = set(), set()
        for period in periods:
            ids = {footprint_id for footprint_id, _point in self._pieces.get((key, period), [])}
            points = [point for _id, point in self._pieces.get((key, period), [])]
            if self.mode == NEW:
                new_ids = ids - seen
                seen |= ids
                cumulative_count = len(seen)
            else:
                new_ids = ids - snapshot_before
                snapshot_before = ids
                cumulative_count = len(ids)
            geometry = QgsGeometry.collectGeometry(points) if new_ids and points else None
            figures.append(
                PeriodFigures(
                    period, None, None, len(new_ids), cumulative_count, None, None, None, None, geometry
                )
            )
        return figures


class _Earlier:
    """The parts of earlier periods in a spatial index: the overlap of new parts with them is
    dissolved and measured only where their boxes meet, not against all mining so far."""

    def __init__(self):
        self._parts = []
        self._index = QgsSpatialIndex()

    def add(self, parts):
        for part in parts:
            self._index.addFeature(len(self._parts), part.boundingBox())
            self._parts.append(part)

    def overlap(self, parts):
        """The ground of parts (dissolved) that earlier parts cover, or None."""
        touching_new, touching_old = [], set()
        for part in parts:
            found = self._index.intersects(part.boundingBox())
            if found:
                touching_new.append(part)
                touching_old.update(found)
        if not touching_new:
            return None
        old = _union([self._parts[index] for index in sorted(touching_old)])
        new = _union(touching_new)
        if old is None or new is None:
            return None
        return polygonal(new.intersection(old))


def _difference(geometry, other):
    if geometry is None:
        return None
    if other is None:
        return geometry
    return polygonal(geometry.difference(other))


def _without_slivers(hectares):
    return hectares if hectares >= SLIVER_HA else 0.0


def _grown_parts(parts, before):
    """How many footprints of a snapshot are new or grew against the snapshot before."""
    if before is None:
        return len({footprint_id for footprint_id, _part in parts})
    engine = QgsGeometry.createGeometryEngine(before.constGet())
    engine.prepareGeometry()
    return len({footprint_id for footprint_id, part in parts if not engine.contains(part.constGet())})
