"""Metre-true distances and circles on the ellipsoid, whatever the layer CRS.

Work is done in geographic WGS 84 (EPSG:4326); distances come from QgsDistanceArea on
the ellipsoid, never from planar degrees or Web Mercator (3x too wide at 70°N).
"""

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
)

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
DEFAULT_ELLIPSOID = "WGS84"
# Metres per degree of latitude, lower bound (at the equator); used only for search boxes.
METRES_PER_DEGREE_MIN = 110_574.0
CIRCLE_SEGMENTS = 128
_WORLD = QgsRectangle(-180, -90, 180, 90)


def distance_area(ellipsoid=DEFAULT_ELLIPSOID, transform_context=None):
    """A QgsDistanceArea measuring on the ellipsoid, for geometries in EPSG:4326."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(WGS84, transform_context or QgsCoordinateTransformContext())
    measure.setEllipsoid(ellipsoid or DEFAULT_ELLIPSOID)
    return measure


def area_true_radius(radius_m, segments=CIRCLE_SEGMENTS):
    """Radius of the regular polygon with `segments` vertices whose area is that of the circle."""
    angle = 2 * math.pi / segments
    return radius_m * math.sqrt(2 * math.pi / (segments * math.sin(angle)))


def geodesic_circle(center, radius_m, measure, segments=CIRCLE_SEGMENTS):
    """A polygon in EPSG:4326 with the area of a geodesic circle of radius_m around center.

    center: QgsPointXY in longitude / latitude. Circles crossing the antimeridian are split
    into two parts, each on its own side, so that they intersect sites on both sides.
    """
    vertex_radius = area_true_radius(radius_m, segments)
    ring = []
    for index in range(segments):
        azimuth = 2 * math.pi * index / segments
        vertex = measure.computeSpheroidProject(center, vertex_radius, azimuth)
        # Keep longitudes continuous around the centre; the split below folds them back.
        longitude = vertex.x()
        while longitude - center.x() > 180:
            longitude -= 360
        while longitude - center.x() < -180:
            longitude += 360
        ring.append(QgsPointXY(longitude, vertex.y()))
    ring.append(ring[0])
    return split_at_antimeridian(QgsGeometry.fromPolygonXY([ring]))


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
