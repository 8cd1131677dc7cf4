"""The metre-true zones the pathways draw around sites: the zones' output fields, the discs of a
batch of sites (geodesic buffers) and the rings between them."""

from dataclasses import dataclass

import numpy as np
from qgis.core import QgsGeometry

from ..shared import compat, ellipsoid, geodesy, output_schema
from ..shared.i18n import QT_TRANSLATE_NOOP
from ..shared.output_schema import make_fields

ZONE_DISC = "disc"
ZONE_RING = "ring"
DISSOLVE_NONE, DISSOLVE_PATHWAY, DISSOLVE_ALL = range(3)
DISSOLVE_LABELS = (
    QT_TRANSLATE_NOOP("ImpactPathways", "No: one zone per site and pathway"),
    QT_TRANSLATE_NOOP("ImpactPathways", "Per pathway"),
    QT_TRANSLATE_NOOP("ImpactPathways", "All zones into one"),
)
# Sites whose zones are computed together (numpy works on whole batches of point sites).
BATCH_SIZE = 512
ZONE_FIELDS = (
    output_schema.SITE_ID,
    (
        "pathway",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "impact pathway name from the catalogue, e.g. hunting"),
    ),
    ("path_label", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "readable name of the pathway")),
    (
        "dist_m",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "outer distance of the zone in metres on the ellipsoid"),
    ),
    (
        "inner_m",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "inner distance of a ring (0 for a full disc)"),
    ),
    (
        "dist_src",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP(
            "OutputFields", "where the distance comes from: catalogue source, parameter or field"
        ),
    ),
    (
        "confidence",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "confidence in the distance: high, medium, low, none"),
    ),
    (
        "zone",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "disc (site to distance) or ring (from the previous distance)"),
    ),
    (
        "n_sites",
        compat.FIELD_INT,
        QT_TRANSLATE_NOOP("OutputFields", "number of sites in the zone (1 unless dissolved)"),
    ),
    (
        "area_ha",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "area of the zone in hectares on the ellipsoid"),
    ),
)


@dataclass
class Site:
    """A site ready for zoning: its id, geometry in EPSG:4326 and one (distance, source) per pathway."""

    site_id: str
    geometry: QgsGeometry
    distances: list


class ZoneBuilder:
    """Draws the discs of sites (geodesic buffers), a batch at a time."""

    def __init__(self, measure, transform_context):
        self.measure = measure
        self.local = geodesy.LocalBuffer(measure, transform_context)

    def discs(self, sites):
        """For each site, one (disc, area in m² or None) per pathway; disc None where no zone.

        Discs are in EPSG:4326; their areas come vectorised with the vertices.
        """
        points = [
            index
            for index, site in enumerate(sites)
            if site.geometry.type() == compat.GEOMETRY_POINT and not site.geometry.isMultipart()
        ]
        results = [None] * len(sites)
        if points:
            centres = [sites[index].geometry.asPoint() for index in points]
            radii = [
                [np.nan if distance is None else distance for distance, _source in sites[index].distances]
                for index in points
            ]
            longitudes, latitudes = geodesy.circle_vertices(
                [centre.x() for centre in centres], [centre.y() for centre in centres], radii, self.measure
            )
            areas = ellipsoid.ring_areas(longitudes, latitudes, self.measure)
            polar = geodesy.winds_around_pole(longitudes)
            for row, (index, centre) in enumerate(zip(points, centres)):
                results[index] = [
                    (None, None)
                    if distance is None
                    else geodesy.polar_circle(centre.x(), centre.y(), distance, self.measure)
                    if polar[row, k]
                    else (
                        geodesy.polygon_from_rings([(longitudes[row, k], latitudes[row, k])]),
                        float(areas[row, k]),
                    )
                    for k, (distance, _source) in enumerate(sites[index].distances)
                ]
        others = [index for index, result in enumerate(results) if result is None]
        buffered = self.local.buffers_many(
            [
                (sites[index].geometry, [distance for distance, _source in sites[index].distances])
                for index in others
            ]
        )
        for index, buffers in zip(others, buffered):
            results[index] = buffers
        return results


def rings(entries):
    """Non-overlapping rings from (distance, disc, area) entries: each disc minus the smaller ones.

    Returns (disc or ring geometry, inner distance, area or None) per entry, in order; equal
    distances share a ring. Entries with a None disc give (None, None, None). The area of a
    ring is None (to be measured), that of a disc is passed through.
    """
    results = []
    for distance, disc, area in entries:
        if disc is None:
            results.append((None, None, None))
            continue
        inner = [(d, g) for d, g, _a in entries if g is not None and d < distance]
        if not inner:
            results.append((disc, 0.0, area))
            continue
        hole = QgsGeometry.unaryUnion([g for _d, g in inner]) if len(inner) > 1 else inner[0][1]
        results.append((disc.difference(hole), max(d for d, _g in inner), None))
    return results


def zone_fields():
    return make_fields(ZONE_FIELDS)
