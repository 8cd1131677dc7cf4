"""Metre-true distances and circles on the ellipsoid, whatever the layer CRS.

Work is done in geographic WGS 84 (EPSG:4326); distances come from QgsDistanceArea on
the ellipsoid, never from planar degrees or Web Mercator (3x too wide at 70°N).
Circles around points are computed vectorised (numpy, Vincenty's direct formula); lines
and polygons are buffered in a local azimuthal equidistant projection. The formulas on the
ellipsoid (Vincenty, areas): ellipsoid.py; polygons as numpy rings: rings.py.
"""

import math

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsGeometry,
    QgsRectangle,
)

from . import compat
from .ellipsoid import DEFAULT_ELLIPSOID, edge_areas, ellipsoid_axes, geodesic_direct, ring_areas
from .rings import geometry_from_rings, polygon_rings

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
# Metres per degree of latitude, lower bound (at the equator); used only for search boxes.
METRES_PER_DEGREE_MIN = 110_574.0
CIRCLE_SEGMENTS = 128
POLAR_SEGMENTS = 16 * CIRCLE_SEGMENTS  # circles round a pole (see polar_circle)
_WORLD = QgsRectangle(-180, -90, 180, 90)
# Local projections are shared by sites within this many degrees of latitude (at most 360
# projections for the whole globe). A site up to 28 km from the projection centre moves a
# 70 km buffer at 70°N by 0.25 m (area 3e-6) against a projection centred on the site.
LOCAL_LATITUDE_STEP = 0.5


def outside_valid_range(geometry):
    """Whether a geometry in EPSG:4326 reaches beyond ±180° of longitude or ±90° of latitude:
    coordinates typed wrongly, or swapped, that no test can place."""
    box = geometry.boundingBox()
    return box.xMinimum() < -180 or box.xMaximum() > 180 or box.yMinimum() < -90 or box.yMaximum() > 90


def distance_area(ellipsoid=DEFAULT_ELLIPSOID, transform_context=None):
    """A QgsDistanceArea measuring on the ellipsoid, for geometries in EPSG:4326."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(WGS84, transform_context or QgsCoordinateTransformContext())
    measure.setEllipsoid(ellipsoid or DEFAULT_ELLIPSOID)
    return measure


def context_measure(context):
    """distance_area of a Processing run: its project's ellipsoid and transforms. A planimetric
    project ("NONE") would give planar degrees, so distances stay on WGS 84's ellipsoid there."""
    ellipsoid = context.ellipsoid()
    if not ellipsoid or ellipsoid.upper() == "NONE":
        ellipsoid = DEFAULT_ELLIPSOID
    return distance_area(ellipsoid, context.transformContext())


def area_true_radius(radius_m, segments=CIRCLE_SEGMENTS):
    """Radius of the regular polygon with `segments` vertices whose area is that of the circle."""
    angle = 2 * math.pi / segments
    return radius_m * math.sqrt(2 * math.pi / (segments * math.sin(angle)))


def geodesic_circle(center, radius_m, measure, segments=CIRCLE_SEGMENTS):
    """A polygon in EPSG:4326 with the area of a geodesic circle of radius_m around center.

    center: QgsPointXY in longitude / latitude. Circles crossing the antimeridian are split
    into two parts, each on its own side, so that they intersect sites on both sides.
    """
    longitudes, latitudes = circle_vertices([center.x()], [center.y()], [[radius_m]], measure, segments)
    if winds_around_pole(longitudes[0, 0]):
        return polar_circle(center.x(), center.y(), radius_m, measure)[0]
    return polygon_from_rings([(longitudes[0, 0], latitudes[0, 0])])


def polar_circle(longitude, latitude, radius_m, measure):
    """(polygon, area in m²) of a geodesic circle that goes round a pole.

    Its ring is closed along the pole, so that the polygon covers the pole, with
    POLAR_SEGMENTS vertices: edges straight in degrees bend away from the circle near a pole,
    by 1% of the area with CIRCLE_SEGMENTS vertices, under 0.1% with these.
    """
    longitudes, latitudes = circle_vertices([longitude], [latitude], [[radius_m]], measure, POLAR_SEGMENTS)
    ring = circle_ring(longitudes[0, 0], latitudes[0, 0])
    return polygon_from_rings([ring]), float(ring_areas(*ring, measure))


def _unwrapped(longitudes):
    """Longitudes (arrays ..., vertices) without jumps of more than 180° between neighbours."""
    return np.degrees(np.unwrap(np.radians(longitudes), axis=-1))


def winds_around_pole(longitudes):
    """Whether circle rings (arrays ..., vertices, as circle_vertices gives them) go round a
    pole: their longitudes, made continuous, turn once round the globe from first to last."""
    unwrapped = _unwrapped(longitudes)
    return np.abs(unwrapped[..., -1] - unwrapped[..., 0]) > 180


def circle_ring(longitudes, latitudes):
    """The (longitudes, latitudes) of one circle's ring; where it goes round a pole, closed
    along the pole, so that the polygon covers the pole and ring_areas gives the circle's area
    (drawn as the vertices come, the polygon would leave the pole out)."""
    if not winds_around_pole(longitudes):
        return longitudes, latitudes
    longitudes = _unwrapped(longitudes)
    pole = 90.0 if np.mean(latitudes) > 0 else -90.0
    return (
        np.append(longitudes, [longitudes[-1], longitudes[0]]),
        np.append(latitudes, [pole, pole]),
    )


def circle_vertices(longitudes, latitudes, radii, measure, segments=CIRCLE_SEGMENTS):
    """Vertices of area-true geodesic circles for n centres and k radii each, in one pass.

    longitudes, latitudes: n values (degrees); radii: n x k metres (NaN: no circle).
    Returns two arrays n x k x segments (longitude, latitude), clockwise.
    """
    longitudes = np.asarray(longitudes, dtype=float)[:, None, None]
    latitudes = np.asarray(latitudes, dtype=float)[:, None, None]
    radii = area_true_radius(np.asarray(radii, dtype=float), segments)[:, :, None]
    azimuths = (2 * np.pi * np.arange(segments) / segments)[None, None, :]
    semi_major, flattening = ellipsoid_axes(measure)
    shape = np.broadcast_shapes(longitudes.shape, radii.shape, azimuths.shape)
    return geodesic_direct(
        np.broadcast_to(longitudes, shape),
        np.broadcast_to(latitudes, shape),
        np.broadcast_to(azimuths, shape),
        np.broadcast_to(radii, shape),
        semi_major,
        flattening,
    )


def polygon_from_rings(rings):
    """A polygon (EPSG:4326) from (longitudes, latitudes) rings, the first outer, the rest holes.

    Rings are open arrays (the closing vertex is added here). Built as WKB, which is much
    faster than QgsPointXY lists; split at the antimeridian where it crosses it.
    """
    closed = []
    for longitudes, latitudes in rings:
        ring = np.empty((len(longitudes) + 1, 2))
        ring[:-1, 0], ring[:-1, 1] = longitudes, latitudes
        ring[-1] = ring[0]
        closed.append(ring)
    return split_at_antimeridian(geometry_from_rings([closed]))


class LocalBuffer:
    """Metre-true buffers of lines and polygons (EPSG:4326) through local azimuthal projections.

    The ellipsoid is symmetric about its axis, so a geometry is first moved in longitude to
    be centred on 0°, projected to an azimuthal equidistant projection centred there (PROJ),
    buffered, and brought back: a point at (x, y) in that projection lies hypot(x, y) metres
    from the centre along the azimuth atan2(x, y), so the way back is geodesic_direct,
    vectorised. The result is moved back and split at the antimeridian. Projections depend
    only on the latitude (rounded to LOCAL_LATITUDE_STEP degrees) and are cached: creating
    one costs about 10 ms.
    """

    def __init__(self, measure, transform_context=None, segments=CIRCLE_SEGMENTS):
        self.semi_major, self.flattening = ellipsoid_axes(measure)
        # Axes rather than a name: PROJ does not know every QGIS ellipsoid acronym.
        self.ellipsoid = f"+a={self.semi_major!r} +b={self.semi_major * (1 - self.flattening)!r}"
        self.context = transform_context or QgsCoordinateTransformContext()
        self.quadrant_segments = max(1, segments // 4)
        self._transforms = {}

    def _projection(self, latitude):
        """(latitude of the projection centre, transform from EPSG:4326 to the projection)."""
        key = round(latitude / LOCAL_LATITUDE_STEP)
        if key not in self._transforms:
            local = QgsCoordinateReferenceSystem.fromProj(
                f"+proj=aeqd +lat_0={key * LOCAL_LATITUDE_STEP:.4f} +lon_0=0 +x_0=0 +y_0=0 "
                f"{self.ellipsoid} +units=m +no_defs"
            )
            self._transforms[key] = QgsCoordinateTransform(WGS84, local, self.context)
        return key * LOCAL_LATITUDE_STEP, self._transforms[key]

    def buffers(self, geometry, distances_m):
        """One buffer per distance of a geometry in EPSG:4326 (None distances give None)."""
        return [buffer for buffer, _area in self.buffers_many([(geometry, distances_m)])[0]]

    def buffers_many(self, items):
        """For many (geometry, distances) items, one (buffer, area in m²) per distance.

        The way back to degrees and the areas are one vectorised computation for all the
        items, which is what makes it fast. None distances give (None, None).
        """
        shapes = []  # (item, distance index, polygons in metres, centre latitude, centre longitude)
        results = [[(None, None)] * len(distances) for _geometry, distances in items]
        for item, (geometry, distances) in enumerate(items):
            work = unwrap_longitudes(geometry)
            centre = work.boundingBox().center()
            work.translate(-centre.x(), 0)
            centre_latitude, forward = self._projection(centre.y())
            work.transform(forward)
            for index, distance in enumerate(distances):
                if distance is not None:
                    polygons = polygon_rings(work.buffer(distance, self.quadrant_segments))
                    shapes.append((item, index, polygons, centre_latitude, centre.x()))
        rings = [
            ring for _item, _index, polygons, _lat, _lon in shapes for rings in polygons for ring in rings
        ]
        if not rings:
            return results
        sizes = [len(ring) for ring in rings]
        metres = np.concatenate(rings)
        centres = np.repeat(
            [
                (lat, lon)
                for _item, _index, polygons, lat, lon in shapes
                for rings in polygons
                for _ring in rings
            ],
            sizes,
            axis=0,
        )
        longitudes, latitudes = geodesic_direct(
            np.zeros(len(metres)),
            centres[:, 0],
            np.arctan2(metres[:, 0], metres[:, 1]),
            np.hypot(metres[:, 0], metres[:, 1]),
            self.semi_major,
            self.flattening,
        )
        longitudes += centres[:, 1]
        # Areas of all rings at once: edges from each vertex to the next, none across rings.
        edges = edge_areas(
            longitudes[:-1], latitudes[:-1], longitudes[1:], latitudes[1:], self.semi_major, self.flattening
        )
        starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
        edges = np.append(edges, 0.0)
        edges[starts[1:] - 1] = 0.0
        areas = iter(np.abs(np.add.reduceat(edges, starts)))
        degrees = iter(np.split(np.column_stack((longitudes, latitudes)), starts[1:]))
        for item, index, polygons, _lat, _lon in shapes:
            back, area = [], 0.0
            for rings in polygons:
                back.append([next(degrees) for _ring in rings])
                for ring_index in range(len(rings)):
                    area += float(next(areas)) * (-1 if ring_index else 1)
            results[item][index] = (split_at_antimeridian(geometry_from_rings(back)), area)
        return results


def unwrap_longitudes(geometry):
    """A copy of a geometry (EPSG:4326) whose parts split at the antimeridian are joined again.

    Parts west of 0° are moved by +360° when the geometry spans more than 180° of longitude.
    """
    result = QgsGeometry(geometry)
    box = result.boundingBox()
    if box.width() <= 180:
        return result
    parts = []
    for part in result.asGeometryCollection():
        if part.boundingBox().center().x() < 0:
            part.translate(360, 0)
        parts.append(part)
    return (
        QgsGeometry.unaryUnion(parts)
        if result.type() == compat.GEOMETRY_POLYGON
        else QgsGeometry.collectGeometry(parts)
    )


def split_at_antimeridian(geometry):
    """Fold the parts of a geometry east of 180° or west of -180° back into [-180, 180]."""
    box = geometry.boundingBox()
    if box.xMinimum() >= -180 and box.xMaximum() <= 180:
        return geometry
    parts = []
    for shift in (-360, 0, 360):
        moved = QgsGeometry(geometry)
        moved.translate(shift, 0)
        piece = moved.clipped(_WORLD)
        if not piece.isEmpty():
            parts.append(piece)
    return QgsGeometry.unaryUnion(parts)


def polygon_to_wgs84(geometry, transform):
    """A polygon of a layer's CRS (a national grid, a polar projection) in EPSG:4326 as it lies
    on the globe, as impact zones are drawn: split at the antimeridian where it crosses it, and
    closed over a pole it goes round. Transformed vertex by vertex, such a polygon would span the
    globe the other way round (a park of Fiji covering Zimbabwe) or leave its pole out.

    Polygons less than 180° of longitude wide once transformed are returned as QGIS transforms
    them; the others are densified in their own CRS first (their edges bend in degrees), their
    rings made continuous in longitude and closed along the pole they wind round (circle_ring).
    Raises QgsCsException as QgsGeometry.transform does."""
    projected = QgsGeometry(geometry)
    projected.transform(transform)
    if projected.isEmpty() or projected.boundingBox().width() <= 180:
        return projected
    box = geometry.boundingBox()
    dense = geometry.densifyByDistance(max(box.width(), box.height()) / 256)
    flat = dense.constGet().clone()
    flat.dropZValue()
    flat.dropMValue()
    dense = QgsGeometry(flat)
    dense.transform(transform)
    polygons = polygon_rings(dense)
    if polygons is None:
        return projected
    rebuilt = []
    for rings in polygons:
        continuous = []
        for ring in rings:
            longitudes, latitudes = circle_ring(_unwrapped(ring[:, 0]), ring[:, 1])
            if continuous:  # a hole lies in the same turn of the globe as its outer ring
                longitudes = longitudes + 360 * np.round(
                    (continuous[0][:, 0].mean() - longitudes.mean()) / 360
                )
            closed = np.column_stack(
                (np.append(longitudes, longitudes[0]), np.append(latitudes, latitudes[0]))
            )
            continuous.append(closed)
        rebuilt.append(continuous)
    whole = geometry_from_rings(rebuilt)
    if not whole.isGeosValid():
        whole = whole.makeValid()
        whole.convertGeometryCollectionToSubclass(compat.GEOMETRY_POLYGON)
    return split_at_antimeridian(whole)


def search_boxes(point, radius_m):
    """Longitude/latitude rectangles that hold every place within radius_m of point.

    One rectangle, or two where the search area crosses the antimeridian.
    """
    half_height = radius_m / METRES_PER_DEGREE_MIN
    south = max(-90.0, point.y() - half_height)
    north = min(90.0, point.y() + half_height)
    widest = max(abs(south), abs(north))
    cos_lat = math.cos(math.radians(widest))
    if widest >= 89.0 or half_height / max(cos_lat, 1e-12) >= 180:
        return [QgsRectangle(-180, south, 180, north)]
    half_width = half_height / cos_lat
    west, east = point.x() - half_width, point.x() + half_width
    boxes = [QgsRectangle(max(west, -180), south, min(east, 180), north)]
    if west < -180:
        boxes.append(QgsRectangle(west + 360, south, 180, north))
    if east > 180:
        boxes.append(QgsRectangle(-180, south, east - 360, north))
    return boxes


class DistanceBound:
    """Lower bounds of distances on the ellipsoid from the points of a site's bounding box,
    valid wherever the distance is at most radius_m: they let a search skip what cannot be
    nearer than something already measured.

    A path of length L <= radius_m from the site stays below latitude `widest`, where a
    degree of latitude is at least METRES_PER_DEGREE_MIN and a degree of longitude at least
    that times cos(widest): the path is at least as long as the gaps weighted so.
    """

    def __init__(self, site_box, radius_m):
        self.west, self.south = site_box.xMinimum(), site_box.yMinimum()
        self.east, self.north = site_box.xMaximum(), site_box.yMaximum()
        widest = max(abs(self.south), abs(self.north)) + radius_m / METRES_PER_DEGREE_MIN
        self.x_scale = math.cos(math.radians(min(90.0, widest)))

    def to_box(self, west, south, east, north):
        """At most the distance to any point of the rectangle."""
        gap_y = max(0.0, south - self.north, self.south - north)
        gap_x = max(0.0, west - self.east, self.west - east)
        if gap_x:
            # The other way round the globe may be shorter.
            gap_x = max(0.0, min(gap_x, 360 - (max(east, self.east) - min(west, self.west))))
        return METRES_PER_DEGREE_MIN * math.hypot(gap_y, self.x_scale * gap_x)

    def outside(self, boxes):
        """At most the distance to anything whose bounding box misses boxes (the output of
        search_boxes); 0 where boxes are split or span every longitude."""
        if len(boxes) != 1 or boxes[0].width() >= 360:
            return 0.0
        box = boxes[0]
        gaps = [
            self.x_scale * (self.west - box.xMinimum()),
            self.x_scale * (box.xMaximum() - self.east),
        ]
        if box.yMinimum() > -90:
            gaps.append(self.south - box.yMinimum())
        if box.yMaximum() < 90:
            gaps.append(box.yMaximum() - self.north)
        return METRES_PER_DEGREE_MIN * max(0.0, min(gaps))


def geodesic_distance(measure, geometry_a, geometry_b):
    """Distance in metres on the ellipsoid between two geometries in EPSG:4326.

    The closest points are found in longitude/latitude, then measured on the ellipsoid;
    this is exact for points and within a fraction of a percent at the distances used to
    screen sites (tens of kilometres).
    """
    line = geometry_a.shortestLine(geometry_b)
    if line.isEmpty():
        return None
    vertices = line.asPolyline()
    if len(vertices) < 2:
        return 0.0
    return measure.measureLine(vertices[0], vertices[-1])
