"""Where the sites are: the part of the world a classification must read reference layers in.

A global WDPA holds a quarter of a million polygons; the sites of one run lie in a few
districts. The sites' bounding boxes are marked on a grid of CELL_DEGREES cells, widened by
the reach (the nearest-area search radius) as geodesy.search_boxes widens a search, and the
reference layers are then read by rectangle through their provider's spatial index: only
what lies within reach of a site is read, cleaned and held, so memory follows the sites'
surroundings, not the size of the layer.
"""

import math

import numpy as np
from qgis.core import QgsCoordinateTransform, QgsCsException, QgsFeatureRequest, QgsRectangle

from ..shared import compat, geodesy

CELL_DEGREES = 0.25
COLUMNS, ROWS = round(360 / CELL_DEGREES), round(180 / CELL_DEGREES)
# Boxes are marked this many at a time.
MARK_BATCH = 20_000


class SiteSurroundings:
    """The grid cells within reach_m of any site's bounding box (EPSG:4326)."""

    def __init__(self, reach_m):
        self.reach_m = reach_m
        self._occupied = np.zeros((ROWS, COLUMNS), dtype=bool)
        self._within_reach = None

    def add_boxes(self, west, south, east, north):
        """Mark the cells of these bounding boxes (numpy arrays, degrees)."""
        first_column, last_column = _column(west), _column(east)
        first_row, last_row = _row(south), _row(north)
        small = (first_column == last_column) & (first_row == last_row)
        self._occupied[first_row[small], first_column[small]] = True
        for index in np.flatnonzero(~small).tolist():
            rows = slice(first_row[index], last_row[index] + 1)
            if first_column[index] <= last_column[index]:
                self._occupied[rows, first_column[index] : last_column[index] + 1] = True
            else:  # across the antimeridian
                self._occupied[rows, first_column[index] :] = True
                self._occupied[rows, : last_column[index] + 1] = True
        self._within_reach = None

    def within_reach(self):
        """The bool grid of cells within reach of a site (one cell more, for rounding)."""
        if self._within_reach is None:
            self._within_reach = _widened(self._occupied, self.reach_m)
        return self._within_reach

    def rectangles(self):
        """QgsRectangles (EPSG:4326) covering every cell within reach: runs of cells along each
        row, merged with the same run of the rows above."""
        grid = self.within_reach()
        edges = np.diff(np.pad(grid, ((0, 0), (1, 1))).astype(np.int8), axis=1)
        runs = {}  # (first column, last column + 1): [first row, last row + 1] of the open rectangle
        rectangles = []
        for row in range(ROWS):
            starts = np.flatnonzero(edges[row] == 1)
            ends = np.flatnonzero(edges[row] == -1)
            current = set(zip(starts.tolist(), ends.tolist()))
            for span in list(runs):
                if span not in current:
                    rectangles.append(_rectangle(span, runs.pop(span)))
            for span in current:
                runs.setdefault(span, [row, row])[1] = row + 1
        rectangles.extend(_rectangle(span, rows) for span, rows in runs.items())
        return rectangles

    def meets(self, box):
        """Whether a QgsRectangle (EPSG:4326) meets a cell within reach."""
        grid = self.within_reach()
        rows = slice(_row(box.yMinimum()), _row(box.yMaximum()) + 1)
        first, last = _column(box.xMinimum()), _column(box.xMaximum())
        if box.width() >= 360 or first > last:
            return bool(grid[rows].any())
        return bool(grid[rows, first : last + 1].any())


def _column(longitude):
    return np.clip(np.floor((np.asarray(longitude) + 180) / CELL_DEGREES), 0, COLUMNS - 1).astype(np.int64)


def _row(latitude):
    return np.clip(np.floor((np.asarray(latitude) + 90) / CELL_DEGREES), 0, ROWS - 1).astype(np.int64)


def _rectangle(span, rows):
    first_column, end_column = span
    first_row, end_row = rows
    return QgsRectangle(
        -180 + first_column * CELL_DEGREES,
        -90 + first_row * CELL_DEGREES,
        -180 + end_column * CELL_DEGREES,
        -90 + end_row * CELL_DEGREES,
    )


def _widened(occupied, reach_m):
    """Cells within reach_m of an occupied cell, as geodesy.search_boxes reaches: reach_m of
    latitude, and along each row the longitudes that reach_m spans at the widest latitude
    a search from that row goes to (the whole row near the poles); plus one cell."""
    half_height = reach_m / geodesy.METRES_PER_DEGREE_MIN
    rows_reach = math.ceil(half_height / CELL_DEGREES) + 1
    row_edges = -90 + np.arange(ROWS + 1) * CELL_DEGREES
    widest = np.maximum(np.abs(row_edges[:-1]), np.abs(row_edges[1:])) + half_height
    cos_widest = np.cos(np.radians(np.minimum(widest, 90.0)))
    with np.errstate(divide="ignore"):
        half_width = np.where(widest >= 89.0, np.inf, half_height / np.maximum(cos_widest, 1e-12))
    columns_reach = np.minimum(np.ceil(half_width / CELL_DEGREES) + 1, COLUMNS).astype(np.int64)
    # Along rows (wrapping at the antimeridian), each row by its own reach.
    counts = np.cumsum(np.concatenate((occupied, occupied, occupied), axis=1), axis=1, dtype=np.int32)
    counts = np.pad(counts, ((0, 0), (1, 0)))
    centre = np.arange(COLUMNS) + COLUMNS
    low = np.clip(centre[None, :] - columns_reach[:, None], 0, 3 * COLUMNS)
    high = np.clip(centre[None, :] + columns_reach[:, None] + 1, 0, 3 * COLUMNS)
    row_index = np.arange(ROWS)[:, None]
    along = (counts[row_index, high] - counts[row_index, low]) > 0
    along[columns_reach >= COLUMNS // 2] = occupied[columns_reach >= COLUMNS // 2].any(axis=1)[:, None]
    # Then across rows.
    counts = np.pad(np.cumsum(along, axis=0, dtype=np.int32), ((1, 0), (0, 0)))
    low = np.clip(np.arange(ROWS) - rows_reach, 0, ROWS)
    high = np.clip(np.arange(ROWS) + rows_reach + 1, 0, ROWS)
    return (counts[high] - counts[low]) > 0


def site_surroundings(sites, to_wgs84, reach_m, feedback, surroundings=None):
    """SiteSurroundings of every site of a feature source (to_wgs84: its transform to
    EPSG:4326, or None); None when cancelled. Reads only the geometries. surroundings: the
    SiteSurroundings of other layers, to which these sites are added (None: new ones)."""
    surroundings = surroundings or SiteSurroundings(reach_m)
    request = QgsFeatureRequest().setNoAttributes()
    boxes = []
    for feature in compat.iterate_features(sites, request):
        if feedback.isCanceled():
            return None
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        box = geometry.boundingBox()
        if to_wgs84 is not None:
            try:
                box = to_wgs84.transformBoundingBox(box)
            except QgsCsException:
                continue  # the site cannot be classified either
        boxes.append((box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))
        if len(boxes) == MARK_BATCH:
            surroundings.add_boxes(*np.array(boxes).T)
            boxes = []
    if boxes:
        surroundings.add_boxes(*np.array(boxes).T)
    return surroundings


def features_near(source, surroundings, request, feedback, transform_context):
    """The features of a reference source within reach of the sites, in the source's order
    (ascending ids): read through its spatial index rectangle by rectangle; where the source
    has no spatial index or the rectangles cannot be put in its CRS, every feature is read
    and those whose box is out of reach are passed over. Stops on a cancel."""
    to_source = to_wgs84 = None
    if source.sourceCrs() != geodesy.WGS84:
        to_source = QgsCoordinateTransform(geodesy.WGS84, source.sourceCrs(), transform_context)
        to_wgs84 = QgsCoordinateTransform(source.sourceCrs(), geodesy.WGS84, transform_context)
    if compat.geometry_type_of(source.wkbType()) == compat.GEOMETRY_POINT:
        # WDPA points become circles of their reported area, as wide as it says: read them all.
        yield from compat.iterate_features(source, request)
        return
    rectangles = _rectangles_in(source, surroundings, to_source)
    if rectangles is None:
        for feature in compat.iterate_features(source, request):
            if feedback.isCanceled():
                return
            if _within_reach(feature.geometry(), surroundings, to_wgs84):
                yield feature
        return
    # The ids first (a feature met by several rectangles is listed once), then the features by id:
    # they are not all held at once.
    ids = set()
    ids_only = QgsFeatureRequest().setNoAttributes().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    for rectangle in rectangles:
        if feedback.isCanceled():
            return
        for feature in compat.iterate_features(source, QgsFeatureRequest(ids_only).setFilterRect(rectangle)):
            ids.add(feature.id())
    if ids:
        yield from compat.iterate_features(source, QgsFeatureRequest(request).setFilterFids(sorted(ids)))


def _rectangles_in(source, surroundings, to_source):
    """The rectangles within reach in the source's CRS, or None where its spatial index cannot
    be used."""
    if source.hasSpatialIndex() != compat.SPATIAL_INDEX_PRESENT:
        return None
    rectangles = surroundings.rectangles()
    if to_source is None:
        return rectangles
    try:
        return [to_source.transformBoundingBox(rectangle) for rectangle in rectangles]
    except QgsCsException:
        return None


def _within_reach(geometry, surroundings, to_wgs84):
    """Whether a feature's geometry (in its layer's CRS) may be within reach; features without
    geometry or that cannot be reprojected are kept (their loader reports them)."""
    if geometry.isNull() or geometry.isEmpty():
        return True
    box = geometry.boundingBox()
    if to_wgs84 is not None:
        try:
            box = to_wgs84.transformBoundingBox(box)
        except QgsCsException:
            return True
        if box.width() > 180:
            # Seemingly round the globe: a feature across 180° (a park of Fiji in its national grid),
            # whose box QGIS 3.40 gives as the longitudes between its two sides. Its loader splits it.
            return True
    return surroundings.meets(box)
