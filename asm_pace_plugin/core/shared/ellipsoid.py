"""Formulas on the ellipsoid, vectorised with numpy: its axes, Vincenty's direct and inverse
problems, the areas of rings and polygons (edges straight in degrees, as GEOS and QgsDistanceArea
take them). Distances, circles and buffers built on them: geodesy.py."""

import math

import numpy as np
from qgis.core import QgsEllipsoidUtils

from .rings import polygon_rings

DEFAULT_ELLIPSOID = "WGS84"
VINCENTY_ITERATIONS = 4
VINCENTY_INVERSE_ITERATIONS = 20


def ellipsoid_axes(measure):
    """(semi-major axis in metres, flattening) of the ellipsoid a QgsDistanceArea measures on."""
    parameters = QgsEllipsoidUtils.ellipsoidParameters(measure.ellipsoid())
    if not parameters.valid or not parameters.semiMajor:
        parameters = QgsEllipsoidUtils.ellipsoidParameters(DEFAULT_ELLIPSOID)
    return parameters.semiMajor, 1.0 - parameters.semiMinor / parameters.semiMajor


def _vincenty_coefficients(cos2_alpha, semi_major, semi_minor):
    """Vincenty's A and B for the squared cosine of the geodesic's azimuth at the equator."""
    u_sq = cos2_alpha * (semi_major**2 - semi_minor**2) / semi_minor**2
    big_a = 1 + u_sq / 16384 * (4096 + u_sq * (-768 + u_sq * (320 - 175 * u_sq)))
    big_b = u_sq / 1024 * (256 + u_sq * (-128 + u_sq * (74 - 47 * u_sq)))
    return big_a, big_b


def _vincenty_delta_sigma(big_b, sin_sigma, cos_sigma, cos_2sm):
    """Vincenty's correction of the angular distance on the auxiliary sphere."""
    inner = cos_sigma * (-1 + 2 * cos_2sm**2) - big_b / 6 * cos_2sm * (-3 + 4 * sin_sigma**2) * (
        -3 + 4 * cos_2sm**2
    )
    return big_b * sin_sigma * (cos_2sm + big_b / 4 * inner)


def geodesic_direct(longitude, latitude, azimuth, distance, semi_major, flattening):
    """Vincenty's direct problem on the ellipsoid, vectorised (numpy arrays, degrees and metres).

    Returns (longitude, latitude) in degrees of the points `distance` metres from the start
    along `azimuth` (radians, clockwise from north). Longitudes are not wrapped: they stay
    continuous around the start, which keeps shapes across the antimeridian whole.
    Accurate to well under a millimetre at the distances of this plugin.
    """
    semi_minor = semi_major * (1 - flattening)
    phi1 = np.radians(np.clip(latitude, -89.9999999, 89.9999999))
    tan_u1 = (1 - flattening) * np.tan(phi1)
    cos_u1 = 1 / np.sqrt(1 + tan_u1**2)
    sin_u1 = tan_u1 * cos_u1
    sin_a1, cos_a1 = np.sin(azimuth), np.cos(azimuth)
    sigma1 = np.arctan2(tan_u1, cos_a1)
    sin_alpha = cos_u1 * sin_a1
    cos2_alpha = 1 - sin_alpha**2
    big_a, big_b = _vincenty_coefficients(cos2_alpha, semi_major, semi_minor)
    first_sigma = distance / (semi_minor * big_a)
    sigma = first_sigma
    for _ in range(VINCENTY_ITERATIONS):
        cos_2sm = np.cos(2 * sigma1 + sigma)
        sin_s, cos_s = np.sin(sigma), np.cos(sigma)
        delta = _vincenty_delta_sigma(big_b, sin_s, cos_s, cos_2sm)
        sigma = first_sigma + delta
    cos_2sm = np.cos(2 * sigma1 + sigma)
    sin_s, cos_s = np.sin(sigma), np.cos(sigma)
    tmp = sin_u1 * sin_s - cos_u1 * cos_s * cos_a1
    phi2 = np.arctan2(
        sin_u1 * cos_s + cos_u1 * sin_s * cos_a1, (1 - flattening) * np.sqrt(sin_alpha**2 + tmp**2)
    )
    lam = np.arctan2(sin_s * sin_a1, cos_u1 * cos_s - sin_u1 * sin_s * cos_a1)
    c = flattening / 16 * cos2_alpha * (4 + flattening * (4 - 3 * cos2_alpha))
    big_l = lam - (1 - c) * flattening * sin_alpha * (
        sigma + c * sin_s * (cos_2sm + c * cos_s * (-1 + 2 * cos_2sm**2))
    )
    return longitude + np.degrees(big_l), np.degrees(phi2)


def edge_areas(longitudes, latitudes, next_longitudes, next_latitudes, semi_major, flattening):
    """Signed areas (m²) between each edge and the equator, edges straight in degrees.

    The area under an edge in the ellipsoidal Lambert cylindrical equal-area projection,
    integrated along it by Simpson's rule; summed around a ring, they give its area.
    """
    eccentricity = math.sqrt(flattening * (2 - flattening))

    def authalic_y(latitude):
        sin_phi = np.sin(np.radians(latitude))
        e_sin = eccentricity * sin_phi
        q = (1 - eccentricity**2) * (
            sin_phi / (1 - e_sin**2) - np.log((1 - e_sin) / (1 + e_sin)) / (2 * eccentricity)
        )
        return semi_major * q / 2

    mean_y = (
        authalic_y(latitudes) + 4 * authalic_y((latitudes + next_latitudes) / 2) + authalic_y(next_latitudes)
    ) / 6
    return semi_major * np.radians(next_longitudes - longitudes) * mean_y


def ring_areas(longitudes, latitudes, measure):
    """Ellipsoidal areas (m²) of rings given as arrays (..., vertices), vectorised.

    Edges are straight in longitude / latitude, as GEOS and QgsDistanceArea take them.
    Within 1e-6 of QgsDistanceArea.measureArea on dense rings (closer to the truth on long
    sloping edges, where its series drifts), and about 50 times faster.
    """
    longitudes = np.asarray(longitudes, dtype=float)
    latitudes = np.asarray(latitudes, dtype=float)
    edges = edge_areas(
        longitudes,
        latitudes,
        np.roll(longitudes, -1, axis=-1),
        np.roll(latitudes, -1, axis=-1),
        *ellipsoid_axes(measure),
    )
    return np.abs(np.sum(edges, axis=-1))


def polygon_area(geometry, measure):
    """Ellipsoidal area (m²) of a 2D polygon or multipolygon (EPSG:4326): polygon_areas of one."""
    return polygon_areas([geometry], measure)[0]


def polygon_areas(geometries, measure):
    """Ellipsoidal areas (m²) of 2D polygons or multipolygons (EPSG:4326), as a list.

    All their rings in one vectorised pass (outer rings add, holes subtract), with the reading of
    edges of ring_areas (straight in degrees): much faster than QgsDistanceArea.measureArea, for
    many footprints of ten vertices as for a dissolved layer of thousands of rings. Other
    geometries (curves, Z or M values) are measured by QgsDistanceArea.
    """
    areas = [0.0] * len(geometries)
    rings, signs, owners = [], [], []
    for position, geometry in enumerate(geometries):
        polygons = polygon_rings(geometry)
        if polygons is None:
            areas[position] = measure.measureArea(geometry)
            continue
        for polygon in polygons:
            for index, ring in enumerate(polygon):
                rings.append(ring)
                signs.append(-1.0 if index else 1.0)
                owners.append(position)
    if not rings:
        return areas
    sizes = np.array([len(ring) for ring in rings])
    vertices = np.concatenate(rings)
    # Each vertex's next one within its ring (the last goes back to the ring's first).
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    following = np.arange(1, len(vertices) + 1)
    following[starts + sizes - 1] = starts
    edges = edge_areas(
        vertices[:, 0],
        vertices[:, 1],
        vertices[following, 0],
        vertices[following, 1],
        *ellipsoid_axes(measure),
    )
    ring_totals = np.array(signs) * np.abs(np.add.reduceat(edges, starts))
    sums = np.bincount(np.array(owners), weights=ring_totals, minlength=len(geometries))
    for position in set(owners):
        areas[position] = float(sums[position])
    return areas


def geodesic_inverse(longitude1, latitude1, longitude2, latitude2, semi_major, flattening):
    """Metres on the ellipsoid between points (numpy arrays, degrees), vectorised.

    Vincenty's inverse formula, iterated as QgsDistanceArea.measureLine does (to 1e-12,
    at most VINCENTY_INVERSE_ITERATIONS times); identical points are 0 m apart.
    """
    semi_minor = semi_major * (1 - flattening)
    u1 = np.arctan((1 - flattening) * np.tan(np.radians(latitude1)))
    u2 = np.arctan((1 - flattening) * np.tan(np.radians(latitude2)))
    sin_u1, cos_u1, sin_u2, cos_u2 = np.sin(u1), np.cos(u1), np.sin(u2), np.cos(u2)
    big_l = np.radians(np.asarray(longitude2, dtype=float) - longitude1)
    lam = big_l
    with np.errstate(invalid="ignore", divide="ignore"):
        for _ in range(VINCENTY_INVERSE_ITERATIONS):
            sin_lam, cos_lam = np.sin(lam), np.cos(lam)
            sin_sigma = np.sqrt((cos_u2 * sin_lam) ** 2 + (cos_u1 * sin_u2 - sin_u1 * cos_u2 * cos_lam) ** 2)
            cos_sigma = sin_u1 * sin_u2 + cos_u1 * cos_u2 * cos_lam
            sigma = np.arctan2(sin_sigma, cos_sigma)
            sin_alpha = np.where(sin_sigma > 0, cos_u1 * cos_u2 * sin_lam / sin_sigma, 0.0)
            cos2_alpha = 1 - sin_alpha**2
            cos_2sm = np.where(cos2_alpha > 0, cos_sigma - 2 * sin_u1 * sin_u2 / cos2_alpha, 0.0)
            c = flattening / 16 * cos2_alpha * (4 + flattening * (4 - 3 * cos2_alpha))
            previous = lam
            lam = big_l + (1 - c) * flattening * sin_alpha * (
                sigma + c * sin_sigma * (cos_2sm + c * cos_sigma * (-1 + 2 * cos_2sm**2))
            )
            if np.all(np.abs(lam - previous) <= 1e-12):
                break
    big_a, big_b = _vincenty_coefficients(cos2_alpha, semi_major, semi_minor)
    delta_sigma = _vincenty_delta_sigma(big_b, sin_sigma, cos_sigma, cos_2sm)
    return np.where(sin_sigma > 0, semi_minor * big_a * (sigma - delta_sigma), 0.0)
