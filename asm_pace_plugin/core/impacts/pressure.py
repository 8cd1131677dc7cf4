"""Pressure of impact zones on protected areas: areas per protected area and pathway.

Zones and protected areas are in EPSG:4326; areas are measured on the ellipsoid. The
zones of several sites that overlap inside a protected area are unioned before they are
measured, so no hectare is counted twice. The parcels of one protected area (same id)
count as one area.
"""

from collections import defaultdict

from qgis.core import QgsFeature, QgsFeatureRequest, QgsFeatureSink, QgsGeometry

from ..screening import pace
from ..shared import compat, output_schema
from ..shared.i18n import QT_TRANSLATE_NOOP
from ..shared.output_schema import hectares, make_fields, make_row, rounded
from ..shared.sites import note_cancel, site_geometry, wgs84_transform

PRESSURE_FIELDS = (
    (
        "pa_id",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "id of the protected area (WDPAID / SITE_ID or the chosen field)"),
    ),
    output_schema.PA_NAME,
    output_schema.PA_DESIGNATION,
    output_schema.IUCN_CATEGORY,
    output_schema.PATHWAY,
    (
        "zone_ha",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "hectares of the protected area inside zones of this pathway"),
    ),
    (
        "pa_ha",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "hectares of the protected area (ellipsoidal)"),
    ),
    (
        "pa_share",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "share (0-1) of the protected area inside these zones"),
    ),
    (
        "n_sites",
        compat.FIELD_INT,
        QT_TRANSLATE_NOOP("OutputFields", "number of sites whose zones reach the protected area"),
    ),
    ("site_ids", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "those sites, '; '-separated")),
    (
        "n_inside",
        compat.FIELD_INT,
        QT_TRANSLATE_NOOP("OutputFields", "number of sites inside the protected area (when sites are given)"),
    ),
    ("inside_ids", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "those sites, '; '-separated")),
    output_schema.PA_LAYER,
)

SITE_PRESSURE_FIELDS = (
    ("site_id", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "site")),
    output_schema.PATHWAY,
    (
        "pa_id",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "protected area reached by the site's zone"),
    ),
    ("pa_name", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "its name")),
    (
        "zone_ha",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "hectares of the protected area inside the site's zone"),
    ),
    (
        "pa_share",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "share (0-1) of the protected area inside the site's zone"),
    ),
    output_schema.PA_LAYER,
)


def pressure_fields():
    return make_fields(PRESSURE_FIELDS)


def site_pressure_fields():
    return make_fields(SITE_PRESSURE_FIELDS)


# Zones over one parcel are unioned in groups of this many, then groups of equal rank two by two.
MERGE_PIECES = 32
# A union of zones whose planar area is within this share of its parcel's bounding box covers it.
COVERED_SHARE = 1e-9
WHOLE = "whole"  # a parcel some zones cover whole


class ZoneUnion:
    """The zones reaching one parcel, cut to the parcel's bounding box and unioned as they come:
    every MERGE_PIECES zones become one geometry, and two geometries of the same rank one of the
    next rank, so a zone is merged about log(n) times and at most log(n) geometries are held, each
    no larger than the box. `covers` tells when the union has filled the box."""

    def __init__(self, box):
        self.box = box
        self._fresh = []
        self._ranks = []  # (rank, geometry), ranks decreasing

    def add(self, zone):
        """Adds a zone (EPSG:4326); returns whether the union now covers the whole box."""
        if not self.box.contains(zone.boundingBox()):
            zone = zone.intersection(QgsGeometry.fromRect(self.box))
            if zone.isEmpty():
                return False
        self._fresh.append(zone)
        if len(self._fresh) < MERGE_PIECES:
            return False
        merged, rank = QgsGeometry.unaryUnion(self._fresh), 0
        self._fresh = []
        while self._ranks and self._ranks[-1][0] == rank:
            merged, rank = QgsGeometry.unaryUnion([self._ranks.pop()[1], merged]), rank + 1
        self._ranks.append((rank, merged))
        return merged.area() >= self.box.area() * (1 - COVERED_SHARE)

    def geometry(self):
        parts = self._fresh + [geometry for _rank, geometry in self._ranks]
        return QgsGeometry.unaryUnion(parts) if len(parts) > 1 else parts[0]


class Cut:
    """The part of a parcel under its zones (None where they only touch it), cut as soon as no
    zone to come can reach the parcel."""

    __slots__ = ("piece",)

    def __init__(self, piece):
        self.piece = piece


class PressureAccumulator:
    """Collects the zones over the parcels of protected areas, and measures each protected area's
    part inside them once at the end.

    The zones reaching a parcel are unioned (cut to its bounding box, ZoneUnion) and the parcel is
    cut by that union once at the end: the pressure of an area is the union of every zone cut by
    every parcel, (zone_1 ∪ zone_2 ∪ ...) ∩ parcel. A zone that covers a whole parcel makes it
    WHOLE: no intersection and no union for it from then on, later zones over it add no hectare
    (their own share is still measured for the site table).

    With a plan (the zones' bounding boxes, before the zones), a parcel is cut and its GEOS
    engine let go after the last zone whose box meets its box: memory holds the parcels of the
    zones' neighbourhood, not of all of them. A zone the plan did not foresee is still counted
    (the union goes on from the cut part)."""

    def __init__(self, protected_areas, measure):
        self.protected_areas = protected_areas
        self.measure = measure
        self._zones = {}  # (item, pathway) -> ZoneUnion, or WHOLE
        self._items = defaultdict(set)  # (pa key, pathway) -> items (parcels) reached
        # Two sites sharing a key are two sites: each zone (one per site and pathway) and each
        # site counts, whatever its key (None where it has none).
        self._sites = defaultdict(list)  # (pa key, pathway) -> site id of each zone reaching it
        self._inside = defaultdict(list)  # pa key -> site id of each site inside
        self._areas = {}  # pa key -> ProtectedArea
        self._pa_area = {}  # pa key -> m²
        self._items_of = None  # pa key -> items (its parcels), made when first needed
        self._pathways_held = defaultdict(set)  # item -> pathways of its zones not cut yet
        self._finished_after = {}  # zone key -> items no later zone reaches (plan)

    def plan(self, zone_boxes):
        """zone_boxes: (zone key, bounding box in EPSG:4326) of every zone to come, keys in the
        order zones_done will be called."""
        last = {}
        for zone_key, box in zone_boxes:
            for item in self.protected_areas.items_in_box(box):
                last[item] = zone_key
        self._finished_after = defaultdict(list)
        for item, zone_key in last.items():
            self._finished_after[zone_key].append(item)

    def zones_done(self, zone_key):
        """The zones of the plan up to zone_key are added: the parcels no later zone reaches are cut
        by their zones, and their GEOS engines let go."""
        for item in self._finished_after.pop(zone_key, ()):
            for pathway in self._pathways_held.pop(item, ()):
                zones = self._zones[(item, pathway)]
                if zones.__class__ is ZoneUnion:
                    self._zones[(item, pathway)] = Cut(self._cut(item, zones))
            self.protected_areas.let_go(item)

    def add_zone(self, geometry, pathway, site_id, per_site=True):
        """Adds a zone (EPSG:4326); returns [(ProtectedArea, m² inside, share)] for the site table
        (per_site False: no site table is written, and [] is returned)."""
        pieces = {}  # pa key -> the parts of this zone in its parcels (per_site), in the order met
        zone_box = geometry.boundingBox()
        zone_engine = None
        for item in self.protected_areas.intersecting(geometry):
            protected_area = self.protected_areas.record(item)
            key = protected_area.key
            self._areas[key] = protected_area
            held = self._zones.get((item, pathway))
            parcel = self.protected_areas.geometry(item)
            if zone_engine is None:
                zone_engine = QgsGeometry.createGeometryEngine(geometry.constGet())
                zone_engine.prepareGeometry()
            if held is WHOLE and not per_site:
                if zone_engine.contains(parcel.vertexAt(0)) or not self.protected_areas.only_touches(
                    item, geometry
                ):
                    pieces.setdefault(key, [])  # reached; the parcel is already whole
                continue
            whole = zone_box.contains(parcel.boundingBox()) and zone_engine.contains(parcel.constGet())
            if per_site:
                piece = self._piece(item, parcel, geometry, whole)
                if piece is None:
                    continue  # the zone only touches the parcel
                pieces.setdefault(key, []).append(piece)
            elif whole or zone_engine.contains(parcel.vertexAt(0)):
                pieces.setdefault(key, [])  # a point of the parcel inside the zone: areas in common
            elif self.protected_areas.only_touches(item, geometry):
                continue
            else:
                pieces.setdefault(key, [])
            self._items[(key, pathway)].add(item)
            if held is WHOLE:
                continue
            self._pathways_held[item].add(pathway)
            if whole:
                self._zones[(item, pathway)] = WHOLE
                continue
            if held is None or held.__class__ is Cut:
                union = ZoneUnion(parcel.boundingBox())
                if held is not None and held.piece is not None:
                    union.add(held.piece)  # a zone the plan did not foresee
                held = self._zones[(item, pathway)] = union
            if held.add(geometry):
                self._zones[(item, pathway)] = WHOLE
        rows = []
        for key, parts in pieces.items():
            self._sites[(key, pathway)].append(site_id)
            if per_site:
                union = QgsGeometry.unaryUnion(parts) if len(parts) > 1 else parts[0]
                area = self.measure.measureArea(union)
                rows.append((self._areas[key], area, self._share(key, area)))
        return rows

    def _piece(self, item, parcel, zone, whole):
        """The part of the zone in the parcel (a polygon geometry), or None where they only touch."""
        if whole:
            return parcel
        if self.protected_areas.contains(item, zone):
            return zone
        return _polygons(self.protected_areas.intersection(item, zone))

    def add_site(self, geometry, site_id):
        """Records the protected areas a site (EPSG:4326) lies in (once each, whatever its parcels)."""
        keys = set()
        for item in self.protected_areas.intersecting(geometry):
            protected_area = self.protected_areas.record(item)
            self._areas.setdefault(protected_area.key, protected_area)
            keys.add(protected_area.key)
        for key in keys:
            self._inside[key].append(site_id)

    def pa_area(self, key):
        """Ellipsoidal area (m²) of a protected area, all its parcels together."""
        if key not in self._pa_area:
            parcels = [self.protected_areas.geometry(item) for item in self._parcels_of(key)]
            parcels = [parcel for parcel in parcels if parcel is not None]
            union = QgsGeometry.unaryUnion(parcels) if len(parcels) > 1 else parcels[0]
            self._pa_area[key] = self.measure.measureArea(union)
        return self._pa_area[key]

    def _parcels_of(self, key):
        if self._items_of is None:
            self._items_of = defaultdict(list)
            for item in range(len(self.protected_areas)):
                self._items_of[self.protected_areas.record(item).key].append(item)
        return self._items_of[key]

    def _cut(self, item, zones):
        """The part of the parcel under its zones (a ZoneUnion, or WHOLE), or None where none is."""
        if zones.__class__ is Cut:
            return zones.piece
        parcel = self.protected_areas.geometry(item)
        if zones is WHOLE:
            return parcel
        union = zones.geometry()
        if self.protected_areas.contains(item, union):
            return union
        return _polygons(self.protected_areas.intersection(item, union))

    def _share(self, key, area):
        total = self.pa_area(key)
        return min(1.0, area / total) if total else None

    def results(self, sites_given):
        """(geometry, attributes of PRESSURE_FIELDS) per protected area and pathway."""
        for key, pathway in sorted(self._sites):
            items = sorted(self._items.pop((key, pathway), ()))
            held = [self._zones.pop((item, pathway), None) for item in items]
            if held and all(zones is WHOLE for zones in held) and len(items) == len(self._parcels_of(key)):
                # Every parcel under the zones whole: the area itself, measured once.
                pieces = [self.protected_areas.geometry(item) for item in items]
                union = QgsGeometry.unaryUnion(pieces) if len(pieces) > 1 else pieces[0]
                if key not in self._pa_area:
                    self._pa_area[key] = self.measure.measureArea(union)
                area = self._pa_area[key]
            else:
                pieces = [self._cut(item, zones) for item, zones in zip(items, held) if zones is not None]
                pieces = [piece for piece in pieces if piece is not None]
                if not pieces:
                    continue
                union = QgsGeometry.unaryUnion(pieces) if len(pieces) > 1 else pieces[0]
                area = self.measure.measureArea(union)
            protected_area = self._areas[key]
            sites = self._sites[(key, pathway)]
            inside = self._inside[key]
            share = self._share(key, area)
            yield (
                union,
                make_row(
                    PRESSURE_FIELDS,
                    pa_layer=protected_area.layer,
                    pa_id=protected_area.wdpa_id,
                    pa_name=protected_area.name,
                    pa_desig=protected_area.designation or None,
                    iucn_cat=protected_area.iucn or None,
                    pathway=pathway,
                    zone_ha=hectares(area),
                    pa_ha=hectares(self.pa_area(key)),
                    pa_share=rounded(share, 6),
                    n_sites=len(sites) if sites else None,
                    site_ids=pace.join_unique(sorted(filter(None, sites))) or None,
                    n_inside=len(inside) if sites_given else None,
                    inside_ids=(pace.join_unique(sorted(filter(None, inside))) or None)
                    if sites_given
                    else None,
                ),
            )


# Zones are read in chunks of this many along a Hilbert curve over the globe (cells of 360° and
# 180° / HILBERT_CELLS): the parcels of one neighbourhood are finished, and let go, before the
# next neighbourhood is read, whatever the order of the zones in their layer.
ZONE_CHUNK = 256
HILBERT_CELLS = 1024


def hilbert_index(longitude, latitude, cells=HILBERT_CELLS):
    """Position along a Hilbert curve over the globe (cells × cells, a power of two) of the cell
    holding this point: cells next on the curve are next to each other on the map."""
    x = min(cells - 1, max(0, int((longitude + 180) / 360 * cells)))
    y = min(cells - 1, max(0, int((latitude + 90) / 180 * cells)))
    index, half = 0, cells // 2
    while half:
        right, up = int(x & half > 0), int(y & half > 0)
        index += half * half * ((3 * right) ^ up)
        if not up:  # turn the quadrant so that the curve stays continuous
            if right:
                x, y = cells - 1 - x, cells - 1 - y
            x, y = y, x
        half //= 2
    return index


def zone_chunks(zone_layers, context, feedback, counts):
    """The zones of the layers [(source, pathway field, site field)] in reading order: [(layer
    position, feature ids)] chunks along the Hilbert curve, and (chunk, bounding box in EPSG:4326)
    of each zone, the accumulator's plan. Zones without usable geometry are counted here."""
    chunks, boxes = [], []
    for position, (zones, _pathway_field, _site_field) in enumerate(zone_layers):
        to_wgs84 = wgs84_transform(zones, context)
        placed = []
        for feature in compat.iterate_features(zones, QgsFeatureRequest().setNoAttributes()):
            if feedback.isCanceled():
                return chunks, boxes
            geometry, problem = site_geometry(feature.geometry(), to_wgs84)
            if geometry is None:
                counts[problem] += 1
                continue
            box = geometry.boundingBox()
            centre = box.center()
            placed.append((hilbert_index(centre.x(), centre.y()), feature.id(), box))
        placed.sort(key=lambda zone: zone[:2])
        for start in range(0, len(placed), ZONE_CHUNK):
            part = placed[start : start + ZONE_CHUNK]
            boxes += [(len(chunks), box) for _index, _feature_id, box in part]
            chunks.append((position, [feature_id for _index, feature_id, _box in part]))
    return chunks, boxes


def add_zone_layers(zone_layers, context, feedback, progress, accumulator, counts, site_sink):
    """Streams every zone layer [(source, pathway field, site field)] into the accumulator, in
    chunks of neighbouring zones (zone_chunks), and a row per site, pathway and protected area
    into site_sink (if not None); returns the zone count and the site keys of the zones.
    progress: a Progress of the algorithm."""
    zone_count, zone_keys = 0, set()
    fields = site_pressure_fields()
    chunks, boxes = zone_chunks(zone_layers, context, feedback, counts)
    accumulator.plan(boxes)
    total = len(boxes)
    for chunk, (position, feature_ids) in enumerate(chunks):
        zones, pathway_field, site_field = zone_layers[position]
        to_wgs84 = wgs84_transform(zones, context)
        for feature in compat.iterate_features(zones, QgsFeatureRequest().setFilterFids(feature_ids)):
            if feedback.isCanceled():
                note_cancel(feedback, zone_count, total)
                return zone_count, zone_keys
            geometry, problem = site_geometry(feature.geometry(), to_wgs84)
            if geometry is None:
                continue  # counted by zone_chunks
            if problem:
                counts[problem] += 1  # repaired
            pathway = str(feature[pathway_field]) if pathway_field else "zone"
            site_id = _text(feature[site_field]) if site_field else str(feature.id())
            zone_keys.add(site_id)
            zone_count += 1
            for protected_area, area, share in accumulator.add_zone(
                geometry, pathway, site_id, per_site=site_sink is not None
            ):
                record = QgsFeature(fields)
                record.setAttributes(
                    make_row(
                        SITE_PRESSURE_FIELDS,
                        site_id=site_id,
                        pathway=pathway,
                        pa_layer=protected_area.layer,
                        pa_id=protected_area.wdpa_id,
                        pa_name=protected_area.name,
                        zone_ha=hectares(area),
                        pa_share=rounded(share, 6),
                    )
                )
                site_sink.addFeature(record, QgsFeatureSink.Flag.FastInsert)
        accumulator.zones_done(chunk)
        progress.processing(zone_count / total)
    return zone_count, zone_keys


def _polygons(geometry):
    """The polygons of an intersection, or None where it has none (the shapes only touch)."""
    if geometry.isEmpty():
        return None
    geometry.convertGeometryCollectionToSubclass(compat.GEOMETRY_POLYGON)
    if geometry.isEmpty() or geometry.type() != compat.GEOMETRY_POLYGON:
        return None
    return geometry


def _text(value):
    return None if value is None or str(value) == "NULL" else str(value)
