"""Polygons as numpy arrays of rings, read from and written to WKB: much faster than QgsPointXY
lists for the vectorised geodesy (geodesy.py, ellipsoid.py) and the point search."""

import struct

import numpy as np
from qgis.core import QgsGeometry

WKB_POLYGON = 3
WKB_MULTIPOLYGON = 6


def polygon_rings(geometry):
    """The rings of a 2D polygon or multipolygon, read from its WKB, or None for other geometries.

    Returns one list per polygon of (n, 2) coordinate arrays, the outer ring first.
    """
    wkb = bytes(geometry.asWkb())
    kind = struct.unpack_from("<I", wkb, 1)[0] if len(wkb) >= 9 and wkb[0] == 1 else None
    if kind == WKB_POLYGON:
        parts, position = 1, 0
    elif kind == WKB_MULTIPOLYGON:
        parts, position = struct.unpack_from("<I", wkb, 5)[0], 9
    else:
        return None
    polygons = []
    for _part in range(parts):
        if wkb[position] != 1 or struct.unpack_from("<I", wkb, position + 1)[0] != WKB_POLYGON:
            return None
        ring_count = struct.unpack_from("<I", wkb, position + 5)[0]
        position += 9
        rings = []
        for _ring in range(ring_count):
            count = struct.unpack_from("<I", wkb, position)[0]
            rings.append(
                np.frombuffer(wkb, dtype="<f8", count=2 * count, offset=position + 4).reshape(count, 2)
            )
            position += 4 + 16 * count
        polygons.append(rings)
    return polygons


def geometry_from_rings(polygons):
    """A (multi)polygon from closed (n, 2) rings per polygon, as polygon_rings gives them, via WKB."""
    chunks = [struct.pack("<BII", 1, WKB_MULTIPOLYGON, len(polygons))] if len(polygons) != 1 else []
    for rings in polygons:
        chunks.append(struct.pack("<BII", 1, WKB_POLYGON, len(rings)))
        for ring in rings:
            chunks.append(struct.pack("<I", len(ring)))
            chunks.append(np.ascontiguousarray(ring, dtype="<f8").tobytes())
    geometry = QgsGeometry()
    geometry.fromWkb(b"".join(chunks))
    return geometry
