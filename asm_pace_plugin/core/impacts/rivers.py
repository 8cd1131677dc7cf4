"""A river network as a directed graph, and downstream tracing from sites (mercury, sediment).

Lines are read in EPSG:4326. Every vertex is a node, so a tributary ending on a vertex of
the main river joins it even where the main river is one long line; a line end that
touches no other line is joined to the nearest vertex of another line within a small
tolerance. Flow direction comes from a downstream-id field (HydroRIVERS NEXT_DOWN) where
there is one, else from the digitising direction of the lines (first vertex upstream).
"""

from collections import defaultdict
from dataclasses import dataclass

from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle, QgsSpatialIndex

from ..shared import compat, geodesy, i18n, output_schema
from ..shared.errors import InputError
from ..shared.i18n import QT_TRANSLATE_NOOP, translate
from . import pathway_choice, pathways

# The impact pathway a downstream trace draws, and the fields of its lines and corridors.
PATHWAY = "mercury_sediment"
TRACE_FIELDS = (
    output_schema.SITE_ID,
    ("pathway", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "impact pathway (mercury_sediment)")),
    (
        "snap_m",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "metres from the site to the river it was snapped to"),
    ),
    ("asked_m", compat.FIELD_DOUBLE, QT_TRANSLATE_NOOP("OutputFields", "length asked for, in metres")),
    (
        "traced_m",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "length traced, in metres on the ellipsoid (all branches)"),
    ),
    (
        "trace_end",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "why the trace stopped: length reached, network end, or a loop"),
    ),
    (
        "direction",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "where the flow direction came from"),
    ),
    (
        "width_m",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "corridor width in metres (corridor layer)"),
    ),
    (
        "area_ha",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "corridor area in hectares on the ellipsoid (corridor layer)"),
    ),
)


def default_length(catalogue=None):
    """The catalogue's length for mercury and sediment (catalogue: pathways.load_catalogue's; None:
    the shipped one, read here); InputError when the catalogue is broken."""
    catalogue = pathways.load_catalogue() if catalogue is None else catalogue
    pathway = catalogue.get(PATHWAY)
    if pathway is None or pathway.distance_m is None:
        raise InputError(
            translate(
                "RiverNetwork",
                "Impact-pathway catalogue {path}: no row '{pathway}' with a distance_m. Give the length to "
                "trace, or restore the row.",
            ).format(path=pathways.CATALOGUE_PATH, pathway=PATHWAY)
        )
    return pathway.distance_m


def check_distances(snap_m, length_m, width_m, catalogue):
    """InputError when a distance of a trace cannot be used; the warning to log when the length
    looks typed in kilometres (against the catalogue's length, pathways.load_catalogue), else None."""
    for value, what in (
        (snap_m, translate("RiverNetwork", "snap distance")),
        (length_m, translate("RiverNetwork", "length to trace")),
        (width_m, translate("RiverNetwork", "corridor width")),
    ):
        if value <= 0:
            raise InputError(
                translate(
                    "RiverNetwork",
                    "The {} must be more than 0 metres (it is {:g}). Give a positive distance.",
                ).format(what, value)
            )
    if width_m / 2 > pathways.MAX_DISTANCE_M:
        raise InputError(
            translate(
                "RiverNetwork",
                "The corridor width ({:g} m) is beyond twice {:,.0f} km, the farthest a zone is drawn "
                "true to its area. Give a smaller width.",
            ).format(width_m, pathways.MAX_DISTANCE_M / 1000)
        )
    pathway = catalogue.get(PATHWAY)
    if pathway is None or not pathway_choice.implausibly_small(pathway, length_m):
        return None
    return translate(
        "RiverNetwork",
        "The length to trace, {} m, is very small (default: {} m). Lengths are in metres: "
        "for {} km, type {}.",
    ).format(
        i18n.number(length_m), i18n.number(pathway.distance_m), f"{length_m:g}", i18n.number(length_m * 1000)
    )


def default_length_or_none():
    """default_length, or None when the catalogue is broken: the provider loads all the same,
    and a run without a length says what is wrong with the catalogue."""
    try:
        return default_length()
    except InputError:
        return None


# Node keys: coordinates rounded to 1e-7 degree (about 1 cm).
NODE_DECIMALS = 7
# A site is first snapped within this many metres (or the snap distance, if smaller), then within
# SNAP_GROWTH times more each time nothing was found, up to the snap distance.
SNAP_FIRST_M = 250.0
SNAP_GROWTH = 4.0
END_LENGTH = "length reached"
END_NETWORK = "network end (river mouth, lake or sink)"
END_LOOP = "loop in the network (the river flows back into itself: check the flow directions)"


@dataclass
class Reach:
    """One line part, its vertices in flow order (from upstream to downstream)."""

    vertices: list  # QgsPointXY
    nodes: list  # node ids, same order
    line: QgsGeometry = None  # the vertices as a line, made once for the snapping of every site


@dataclass
class Trace:
    geometry: QgsGeometry  # (multi)line in EPSG:4326
    snap_m: float
    length_m: float
    end: str


class RiverNetwork:
    """Directed graph of river vertices with a spatial index of the reaches for snapping."""

    def __init__(self, measure):
        self.measure = measure
        self.reaches = []
        self._points = []
        self._node_ids = {}
        self._out = defaultdict(list)  # node -> [(node, metres)]
        self._in_degree = defaultdict(int)
        self._index = QgsSpatialIndex()

    def _node(self, point):
        key = (round(point.x(), NODE_DECIMALS), round(point.y(), NODE_DECIMALS))
        node = self._node_ids.get(key)
        if node is None:
            node = self._node_ids[key] = len(self._points)
            self._points.append(QgsPointXY(point))
        return node

    def _link(self, start, end):
        if start == end:
            return
        metres = self.measure.measureLine(self._points[start], self._points[end])
        self._out[start].append((end, metres))
        self._in_degree[end] += 1

    def add_reach(self, vertices):
        """Adds a line part whose vertices are in flow order; returns its index."""
        nodes = [self._node(point) for point in vertices]
        for start, end in zip(nodes, nodes[1:]):
            self._link(start, end)
        reach = Reach(list(vertices), nodes)
        reach.line = QgsGeometry.fromPolylineXY(reach.vertices)
        self.reaches.append(reach)
        index = len(self.reaches) - 1
        self._index.addFeature(index, reach.line.boundingBox())
        return index

    def connect(self, upstream_reach, downstream_reaches):
        """Links the last vertex of a reach to the nearest vertex of its downstream reach (parts)."""
        end = self.reaches[upstream_reach].nodes[-1]
        point = self._points[end]
        candidates = [node for reach in downstream_reaches for node in self.reaches[reach].nodes]
        self._link(end, min(candidates, key=lambda node: _squared(self._points[node], point)))

    def join_loose_ends(self, tolerance_m):
        """Joins line ends touching no other line to the nearest vertex of another line.

        A last vertex flows into the other line; a first vertex is fed by it. Returns the
        number of joins made.
        """
        touching = defaultdict(set)
        for position, reach in enumerate(self.reaches):
            for node in reach.nodes:
                touching[node].add(position)
        joins = 0
        for position, reach in enumerate(self.reaches):
            for node, is_last in ((reach.nodes[-1], True), (reach.nodes[0], False)):
                if len(touching[node]) > 1:
                    continue
                nearest = self._nearest_vertex(self._points[node], tolerance_m, exclude=position)
                if nearest is None:
                    continue
                if is_last:
                    self._link(node, nearest)
                else:
                    self._link(nearest, node)
                joins += 1
        return joins

    def _nearest_vertex(self, point, radius_m, exclude):
        best = None
        for box in geodesy.search_boxes(point, radius_m):
            for position in self._index.intersects(box):
                if position == exclude:
                    continue
                reach = self.reaches[position]
                for vertex, node in zip(reach.vertices, reach.nodes):
                    metres = self.measure.measureLine(point, vertex)
                    if metres <= radius_m and (best is None or metres < best[1]):
                        best = (node, metres)
        return best and best[0]

    def head_to_head_nodes(self):
        """Nodes where two or more lines end and none leaves: wrong directions show up here."""
        return sum(1 for node, count in self._in_degree.items() if count >= 2 and not self._out.get(node))

    def snap(self, geometry, radius_m):
        """(reach index, vertex-after index, point on the river, metres) nearest a site, or None.

        The search widens from SNAP_FIRST_M: once a river is found within the current radius, no
        river outside that radius can be nearer, so a dense network is not measured reach by
        reach out to the whole radius for every site. Of reaches equally near, the first added."""
        centre = geometry.boundingBox().center()
        searched = set()
        best = None
        reach_radius = min(radius_m, SNAP_FIRST_M)
        while True:
            for box in geodesy.search_boxes(centre, reach_radius):
                for position in self._index.intersects(_grown(box, geometry)):
                    if position in searched:
                        continue
                    searched.add(position)
                    found = self._snap_to(geometry, position, radius_m)
                    if found is not None and (best is None or (found[3], found[0]) < (best[3], best[0])):
                        best = found
            if (best is not None and best[3] <= reach_radius) or reach_radius >= radius_m:
                return best
            reach_radius = min(radius_m, reach_radius * SNAP_GROWTH)

    def _snap_to(self, geometry, position, radius_m):
        """(position, vertex-after index, point on the river, metres) of the reach at position
        nearest the site, or None beyond radius_m."""
        line = self.reaches[position].line
        shortest = geometry.shortestLine(line)
        if shortest.isEmpty():
            return None
        ends = shortest.asPolyline()
        on_river = ends[-1]
        metres = self.measure.measureLine(ends[0], on_river) if len(ends) > 1 else 0.0
        if metres > radius_m:
            return None
        _distance, _point, after, _side = line.closestSegmentWithContext(on_river)
        return (position, after, on_river, metres)

    def trace(self, geometry, snap_radius_m, length_m):
        """The Trace downstream of a site (EPSG:4326 geometry), or None when no river is in reach."""
        snapped = self.snap(geometry, snap_radius_m)
        if snapped is None:
            return None
        lines, end = self.walked_segments(snapped, length_m)
        traced, metres = _traced_line(lines, self.measure)
        return Trace(traced, snapped[3], metres, end)

    def walked_segments(self, snapped, length_m):
        """([[start, end] of each segment walked], why the walk ended) from a snapped point."""
        position, after, on_river, _snap_m = snapped
        reach = self.reaches[position]
        after = min(max(after, 1), len(reach.nodes) - 1)
        first = reach.nodes[after]
        lines, end = [], END_LENGTH
        first_metres = self.measure.measureLine(on_river, self._points[first])
        if first_metres >= length_m:
            point = _along(on_river, self._points[first], length_m / first_metres)
            lines.append([on_river, point])
        else:
            lines.append([on_river, self._points[first]])
            end = self._walk(first, length_m - first_metres, lines)
        return lines, end

    def _walk(self, start, budget, lines):
        """Follows every downstream edge from start for budget metres, appending segments to
        lines. Returns why the trace ended: END_NETWORK when some branch ran out of river,
        else END_LENGTH when some branch used the whole budget, else END_LOOP (every branch
        came back to where it had been: a loop of the network)."""
        best_budget = {}
        stack = [(start, budget)]
        reached_end = length_used = looped = False
        while stack:
            node, remaining = stack.pop()
            if best_budget.get(node, -1.0) >= remaining:
                looped = True  # walked before with more to go (a loop, or a braid that rejoins)
                continue
            best_budget[node] = remaining
            edges = self._out.get(node)
            if not edges:
                reached_end = True
                continue
            for target, metres in edges:
                if metres <= remaining:
                    lines.append([self._points[node], self._points[target]])
                    stack.append((target, remaining - metres))
                else:
                    length_used = True
                    if remaining > 0:
                        point = _along(self._points[node], self._points[target], remaining / metres)
                        lines.append([self._points[node], point])
        if reached_end:
            return END_NETWORK
        return END_LOOP if looped and not length_used else END_LENGTH


def _traced_line(lines, measure):
    """(geometry, metres on the ellipsoid) of the segments a trace walked.

    A single path that never crosses or touches itself (a river flowing down from one site, the
    common case) is already its own line: its vertices are joined as they are. Otherwise the
    union drops stretches walked twice (loops, braids that rejoin) and nodes the crossings
    before the pieces are merged and measured."""
    path = _single_path(lines)
    if path is not None:
        line = QgsGeometry.fromPolylineXY(path)
        if line.isSimple():
            return line, measure.measureLength(line)
    traced = QgsGeometry.unaryUnion([QgsGeometry.fromMultiPolylineXY(lines)]).mergeLines()
    return traced, measure.measureLength(traced)


def _single_path(lines):
    """The vertices of lines (segments [start, end]) when each segment starts where the one
    before ended and no vertex comes twice; else None. Zero-length segments are left out."""
    path = [lines[0][0]]
    seen = {(path[0].x(), path[0].y())}
    for start, end in lines:
        if start != path[-1]:
            return None
        if end == start:
            continue
        key = (end.x(), end.y())
        if key in seen:
            return None
        seen.add(key)
        path.append(end)
    return path if len(path) >= 2 else None


def _squared(a, b):
    return (a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2


def _along(start, end, fraction):
    """The point at a fraction of the way from start to end (short segments: linear is fine)."""
    return QgsPointXY(
        start.x() + (end.x() - start.x()) * fraction, start.y() + (end.y() - start.y()) * fraction
    )


def _grown(box, geometry):
    """The search box enlarged by the extent of a non-point site."""
    extent = geometry.boundingBox()
    return QgsRectangle(
        box.xMinimum() - extent.width() / 2,
        box.yMinimum() - extent.height() / 2,
        box.xMaximum() + extent.width() / 2,
        box.yMaximum() + extent.height() / 2,
    )
