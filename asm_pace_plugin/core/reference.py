"""Reference layers (protected areas, landscapes, Global 200 ecoregions) held for site tests.

Each reference layer is read once, cleaned by the WDPA rules, reprojected to EPSG:4326
and put in a spatial index; a prepared GEOS engine is built for a polygon the first time
a site needs it. Sites are then streamed past these sets, never held in memory; point
sites go past a batch at a time, against numpy arrays of the boundaries (point_search).
"""

from collections import Counter
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsFeedback,
    QgsGeometry,
    QgsSpatialIndex,
)

from . import compat, fields, geodesy, pace, wdpa
from .errors import PluginError
from .i18n import QT_TRANSLATE_NOOP, translate
from .point_search import PointSearch
from .surroundings import features_near


class InputError(PluginError, ValueError):
    """Input that cannot be used as given; the message says what to fix."""


@dataclass(frozen=True)
class ProtectedArea:
    layer: str
    site_id: str
    name: str
    designation: str
    level: str
    international: str  # World Heritage / Ramsar / UNESCO-MAB / AZE, or ""
    iucn: str  # Ia ... VI, or ""

    @property
    def key(self):
        # Parcels of one WDPA site share its id: they are one protected area.
        return (self.layer, self.site_id or self.name)


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
    """Polygons in EPSG:4326 with their facts, a spatial index and lazily prepared engines
    (and, for batches of points, a PointSearch built the first time).

    near: SiteSurroundings to which the loaders limit the set (None: whole layers)."""

    def __init__(self, kind, near=None):
        self.kind = kind
        self.near = near
        self.layers = []
        self._geometries = []
        self._facts = []
        self._boxes = []  # (west, south, east, north, middle x) of each polygon, for nearest
        self._engines = {}  # item: (GEOS engine, uses)
        self._index = QgsSpatialIndex()
        self._point_search = None  # PointSearch, built for the first batch of point sites
        # Groups of overlapping items holding points (point_items codes from len(self) on).
        self._groups = {}  # items: code
        self._group_items = []

    def __len__(self):
        return len(self._geometries)

    def add(self, geometry, facts):
        item = len(self._geometries)
        box = geometry.boundingBox()
        self._geometries.append(geometry)
        self._facts.append(facts)
        self._boxes.append((box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum(), box.center().x()))
        self._index.addFeature(item, box)

    def facts(self, item):
        return self._facts[item]

    def geometry(self, item):
        return self._geometries[item]

    def _engine(self, item):
        """A GEOS engine for the item's polygon, prepared at its PREPARE_AFTER-th use: preparing
        costs time and memory that a few tests (points near boundaries, far apart) do not repay."""
        engine, uses = self._engines.get(item, (None, 0))
        if engine is None:
            # The engine points into the geometry, which self._geometries keeps alive.
            engine = QgsGeometry.createGeometryEngine(self._geometries[item].constGet())
        uses += 1
        if uses == PREPARE_AFTER:
            engine.prepareGeometry()
        self._engines[item] = (engine, uses)
        return engine

    def contains(self, item, geometry):
        """Whether the item's polygon holds the whole geometry (EPSG:4326)."""
        return self._engine(item).contains(geometry.constGet())

    def intersection(self, item, geometry):
        """The part of geometry (EPSG:4326) in the item's polygon, through its engine: the polygon,
        often thousands of vertices, is not converted to GEOS again for every site."""
        return QgsGeometry(self._engine(item).intersection(geometry.constGet()))

    def intersecting(self, geometry):
        """Items whose polygon intersects geometry (EPSG:4326), ascending (in the layers' order)."""
        target = geometry.constGet()
        return [
            item
            for item in sorted(self._index.intersects(geometry.boundingBox()))
            if self._engine(item).intersects(target)
        ]

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
                for item in self._index.intersects(box):
                    if item not in listed:
                        listed.add(item)
                        west, south, east, north, middle = self._boxes[item]
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
            self._point_search = PointSearch(self._geometries, self._boxes)
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
        candidate = self._geometries[item]
        shift = _antimeridian_shift(site_x, self._boxes[item][4])
        if shift:
            candidate = QgsGeometry(candidate)
            candidate.translate(shift, 0)
        return geodesy.geodesic_distance(measure, geometry, candidate)

    def _first_listed(self, centre, radius_m, *items):
        """Of items, the one the spatial index lists first within radius_m of centre."""
        for box in geodesy.search_boxes(centre, radius_m):
            for item in self._index.intersects(box):
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


class LoadReport:
    """What happened to the features of one reference layer, for the log."""

    def __init__(self, layer_name):
        self.layer_name = layer_name
        self.read = 0
        self.kept = 0
        self.repaired = 0
        self.circles = 0
        self.dropped = Counter()

    def summary(self):
        parts = [
            translate("References", "{kept} of {read} features used").format(kept=self.kept, read=self.read)
        ]
        if self.repaired:
            parts.append(
                translate("References", "{count} invalid geometries repaired").format(count=self.repaired)
            )
        if self.circles:
            parts.append(
                translate("References", "{count} points turned into circles of their reported area").format(
                    count=self.circles
                )
            )
        parts.extend(
            translate("References", "{count} dropped: {reason}").format(
                count=count, reason=translate("Reasons", reason)
            )
            for reason, count in sorted(self.dropped.items())
        )
        return translate("References", "{layer}: {parts}").format(
            layer=self.layer_name, parts=", ".join(parts)
        )


def _check_polygon_layer(source, layer_name, kind, allow_points=False):
    geometry_type = compat.geometry_type_of(source.wkbType())
    allowed = (compat.GEOMETRY_POLYGON, compat.GEOMETRY_POINT) if allow_points else (compat.GEOMETRY_POLYGON,)
    if geometry_type not in allowed:
        wanted = (
            translate("References", "polygons (or WDPA points with REP_AREA)")
            if allow_points
            else translate("References", "polygons")
        )
        raise InputError(
            translate(
                "References",
                "The {kind} layer '{layer_name}' has no {wanted}: it holds {value}. Choose a polygon layer.",
            ).format(
                kind=translate("References", kind),
                layer_name=layer_name,
                wanted=wanted,
                value=translate("References", "no geometry")
                if geometry_type == compat.GEOMETRY_NULL
                else translate("References", "lines"),
            )
        )


def _clean_polygon(geometry, repair, report):
    """A valid polygon geometry, or None (counted) when it cannot be used."""
    if geometry.isGeosValid():
        return geometry
    if not repair:
        report.dropped[wdpa.DROPPED_INVALID] += 1
        return None
    repaired = geometry.makeValid()
    if repaired.type() != compat.GEOMETRY_POLYGON:
        repaired.convertGeometryCollectionToSubclass(compat.GEOMETRY_POLYGON)
    if repaired.isEmpty() or repaired.type() != compat.GEOMETRY_POLYGON:
        report.dropped[wdpa.DROPPED_INVALID] += 1
        return None
    report.repaired += 1
    return repaired


def _transform(geometry, transform, report):
    if transform is None:
        return geometry
    try:
        geometry.transform(transform)
    except QgsCsException:
        report.dropped[QT_TRANSLATE_NOOP("Reasons", "could not be reprojected to WGS 84")] += 1
        return None
    return geometry


def _to_wgs84(source, transform_context):
    if source.sourceCrs() == geodesy.WGS84:
        return None
    if not source.sourceCrs().isValid():
        raise InputError(
            translate(
                "References",
                "A layer has no valid CRS: set its CRS (Layer Properties > Source) and run again.",
            )
        )
    return QgsCoordinateTransform(source.sourceCrs(), geodesy.WGS84, transform_context)


def _iterate(reference, source, transform_context, feedback, field_indices=None):
    """The source's features, those near the sites where the reference set is limited to them."""
    request = QgsFeatureRequest()
    if field_indices is not None:
        request.setSubsetOfAttributes(sorted(set(field_indices)))
    feedback = feedback or QgsFeedback()
    if reference.near is None:
        features = compat.iterate_features(source, request)
    else:
        features = features_near(source, reference.near, request, feedback, transform_context)
    for feature in features:
        if feedback.isCanceled():
            return
        yield feature


def load_protected_areas(
    reference, source, layer_name, field_map, options, measure, transform_context, feedback=None
):
    """Add the cleaned protected areas of one layer to reference; returns its LoadReport."""
    _check_polygon_layer(
        source, layer_name, QT_TRANSLATE_NOOP("References", "protected-area"), allow_points=True
    )
    is_point_layer = compat.geometry_type_of(source.wkbType()) == compat.GEOMETRY_POINT
    if is_point_layer and options.points_as_circles and not field_map.reported_area:
        raise InputError(
            translate(
                "References",
                "The protected-area layer '{layer_name}' holds points but no "
                "reported-area field (WDPA's REP_AREA, km²), so no circle can be drawn. "
                "Use the WDPA polygon layer, or a point layer with REP_AREA.",
            ).format(layer_name=layer_name)
        )
    names = source.fields().names()
    roles = field_map.used()
    indices = {role: names.index(field) for role, field in roles.items()}
    transform = _to_wgs84(source, transform_context)
    report = LoadReport(layer_name)
    reference.layers.append(layer_name)
    for feature in _iterate(reference, source, transform_context, feedback, indices.values()):
        report.read += 1
        record = {role: feature.attribute(index) for role, index in indices.items()}
        reason = wdpa.attribute_exclusion(record, field_map, options)
        if reason:
            report.dropped[reason] += 1
            continue
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            report.dropped[wdpa.DROPPED_NO_GEOMETRY] += 1
            continue
        if geometry.type() == compat.GEOMETRY_POINT:
            geometry = _points_to_circles(geometry, record, options, transform, measure, report)
        else:
            geometry = _clean_polygon(geometry, options.repair_geometries, report)
            geometry = geometry and _transform(geometry, transform, report)
        if geometry is None:
            continue
        reference.add(geometry, _protected_area_facts(layer_name, record, feature.id()))
        report.kept += 1
    return report


def _points_to_circles(geometry, record, options, transform, measure, report):
    if not options.points_as_circles:
        report.dropped[wdpa.DROPPED_POINT_NOT_WANTED] += 1
        return None
    radius = wdpa.reported_area_radius_m(record.get("reported_area"))
    if radius is None:
        report.dropped[wdpa.DROPPED_POINT_WITHOUT_AREA] += 1
        return None
    if radius > wdpa.reported_area_radius_m(wdpa.MAX_PLAUSIBLE_AREA_KM2):
        report.dropped[wdpa.DROPPED_IMPLAUSIBLE_AREA] += 1
        return None
    geometry = _transform(geometry, transform, report)
    if geometry is None:
        return None
    # A multipoint record shares its reported area among its points.
    points = geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]
    radius /= len(points) ** 0.5
    circles = [geodesy.geodesic_circle(point, radius, measure) for point in points]
    report.circles += 1
    return QgsGeometry.unaryUnion(circles) if len(circles) > 1 else circles[0]


def _protected_area_facts(layer_name, record, feature_id):
    designation = pace.as_text(record.get("designation"))
    site_id = pace.as_text(record.get("site_id"))
    if site_id.endswith(".0"):  # WDPAID often arrives as a real number
        site_id = site_id[:-2]
    return ProtectedArea(
        layer=layer_name,
        site_id=site_id or f"{layer_name}#{feature_id}",
        name=pace.as_text(record.get("name")) or f"{layer_name} #{feature_id}",
        designation=designation,
        level=pace.designation_level(designation, record.get("designation_type"), record.get("governance")),
        international=pace.international_designation(designation) or "",
        iucn=pace.normalise_iucn(record.get("iucn")) or "",
    )


def load_aze_sites(reference, source, layer_name, transform_context, repair, feedback=None):
    """Add AZE sites to the protected-area set: a dedicated AZE layer, or a KBA layer's AZE sites."""
    _check_polygon_layer(source, layer_name, QT_TRANSLATE_NOOP("References", "AZE / KBA"))
    names = source.fields().names()
    by_upper = {name.upper(): name for name in names}
    name_field = wdpa.map_fields(names).name
    id_field = by_upper.get("SITRECID") or by_upper.get("SITE_ID") or by_upper.get("ID")
    aze_field = by_upper.get("AZESTATUS")
    transform = _to_wgs84(source, transform_context)
    report = LoadReport(layer_name)
    reference.layers.append(layer_name)
    for feature in _iterate(reference, source, transform_context, feedback):
        report.read += 1
        if aze_field and not pace.is_aze_status(feature[aze_field]):
            report.dropped[QT_TRANSLATE_NOOP("Reasons", "KBA that is not an AZE site")] += 1
            continue
        geometry = _usable_polygon(feature, transform, repair, report)
        if geometry is None:
            continue
        name = pace.as_text(feature[name_field]) if name_field else ""
        site_id = pace.as_text(feature[id_field]) if id_field else ""
        reference.add(
            geometry,
            ProtectedArea(
                layer=layer_name,
                site_id=site_id or f"{layer_name}#{feature.id()}",
                name=name or f"AZE site #{feature.id()}",
                designation="Alliance for Zero Extinction site",
                level=pace.INTERNATIONAL,
                international=pace.AZE,
                iucn="",
            ),
        )
        report.kept += 1
    return report


def _usable_polygon(feature, transform, repair, report):
    geometry = feature.geometry()
    if geometry.isNull() or geometry.isEmpty():
        report.dropped[wdpa.DROPPED_NO_GEOMETRY] += 1
        return None
    geometry = _clean_polygon(geometry, repair, report)
    return geometry and _transform(geometry, transform, report)


LANDSCAPE_NAME_CANDIDATES = ("NAME", "LANDSCAPE", "LAND_NAME", "NOM", "NOMBRE", "NOME", "LS_NAME")


def load_landscapes(reference, source, layer_name, name_field, transform_context, repair, feedback=None):
    _check_polygon_layer(source, layer_name, QT_TRANSLATE_NOOP("References", "landscape"))
    try:
        field = fields.find_field(source.fields().names(), name_field, LANDSCAPE_NAME_CANDIDATES)
    except fields.MissingFieldError as error:
        raise InputError(
            translate("References", "The landscape layer '{layer_name}': {error}.").format(
                layer_name=layer_name, error=error
            )
        ) from error
    transform = _to_wgs84(source, transform_context)
    report = LoadReport(layer_name)
    reference.layers.append(layer_name)
    for feature in _iterate(reference, source, transform_context, feedback):
        report.read += 1
        geometry = _usable_polygon(feature, transform, repair, report)
        if geometry is None:
            continue
        name = pace.as_text(feature[field]) if field else ""
        reference.add(geometry, Landscape(name or f"{layer_name} #{feature.id()}"))
        report.kept += 1
    return report


def load_g200_ecoregions(reference, source, layer_name, all_g200, transform_context, repair, feedback=None):
    """Add the Global 200 ecoregions of one layer (TEOW with G200 fields, or a G200-only layer)."""
    _check_polygon_layer(source, layer_name, QT_TRANSLATE_NOOP("References", "ecoregion"))
    names = source.fields().names()
    by_upper = {name.upper(): name for name in names}
    region_field = by_upper.get("G200_REGIO")
    number_field = by_upper.get("G200_NUM")
    status_field = by_upper.get("G200_STAT")
    name_fallback = by_upper.get("ECO_NAME") or by_upper.get("NAME")
    if not (region_field or number_field or all_g200):
        raise InputError(
            translate(
                "References",
                "The ecoregion layer '{layer_name}' has no Global 200 field (G200_REGIO "
                "or G200_NUM), so its Global 200 ecoregions cannot be told apart. Use "
                "WWF's TEOW layer (wwf_terr_ecos), or tick 'Ecoregion layers hold only "
                "Global 200 ecoregions' if every polygon of this layer is a Global 200 "
                "ecoregion.",
            ).format(layer_name=layer_name)
        )
    transform = _to_wgs84(source, transform_context)
    report = LoadReport(layer_name)
    reference.layers.append(layer_name)
    for feature in _iterate(reference, source, transform_context, feedback):
        report.read += 1
        region = feature[region_field] if region_field else None
        number = feature[number_field] if number_field else None
        if (region_field or number_field) and not pace.is_g200(region, number):
            report.dropped[QT_TRANSLATE_NOOP("Reasons", "not a Global 200 ecoregion")] += 1
            continue
        geometry = _usable_polygon(feature, transform, repair, report)
        if geometry is None:
            continue
        name = pace.as_text(region) or (pace.as_text(feature[name_fallback]) if name_fallback else "")
        status = pace.g200_status(feature[status_field]) if status_field else None
        reference.add(geometry, Ecoregion(name or f"Global 200 #{pace.as_text(number)}", status))
        report.kept += 1
    return report
