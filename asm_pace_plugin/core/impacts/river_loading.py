"""Reading a river layer into a RiverNetwork: line parts, their flow direction (from downstream ids,
HydroRIVERS NEXT_DOWN, or the digitising direction), loose ends joined, and what was read said.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass

from qgis.core import QgsGeometry

from ..shared import compat
from ..shared.errors import InputError
from ..shared.i18n import QT_TRANSLATE_NOOP, translate
from ..shared.sites import site_features
from .rivers import RiverNetwork


def _id_key(value):
    """Reach ids compared as text, 12 and 12.0 alike; NULL gives None."""
    if value is None or str(value) in ("", "NULL"):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def orient_by_downstream_ids(parts):
    """Line parts put in flow order using downstream ids.

    parts: [(reach id, downstream reach id, vertices)]. The end of a reach nearer to its
    downstream reach is its downstream end; an outlet is oriented away from the reaches
    flowing into it, or kept as digitised when nothing flows into it.
    Returns the same list with the vertices in flow order.
    """
    pieces = defaultdict(list)
    for reach_id, _next_id, vertices in parts:
        pieces[reach_id].append(QgsGeometry.fromPolylineXY(vertices))
    geometries = {reach_id: QgsGeometry.collectGeometry(lines) for reach_id, lines in pieces.items()}
    upstream = defaultdict(list)
    for reach_id, next_id, _vertices in parts:
        if next_id in geometries and next_id != reach_id:
            upstream[next_id].append(geometries[reach_id])
    oriented = []
    for reach_id, next_id, vertices in parts:
        first, last = QgsGeometry.fromPointXY(vertices[0]), QgsGeometry.fromPointXY(vertices[-1])
        if next_id in geometries and next_id != reach_id:
            target = geometries[next_id]
            flip = first.distance(target) < last.distance(target)
        elif upstream[reach_id]:
            feeders = QgsGeometry.collectGeometry(upstream[reach_id])
            flip = last.distance(feeders) < first.distance(feeders)
        else:
            flip = False
        oriented.append((reach_id, next_id, list(reversed(vertices)) if flip else list(vertices)))
    return oriented


@dataclass
class NetworkReport:
    direction: str = ""
    lines: int = 0
    parts: int = 0
    without_geometry: int = 0
    joins: int = 0
    head_to_head: int = 0

    def summary(self):
        return translate(
            "RiverNetwork",
            "River network: {lines} lines ({parts} parts), {without_geometry} without geometry skipped; "
            "flow direction from {direction}; {joins} loose line ends joined to a nearby river; "
            "{head_to_head} places where lines meet head to head (no outflow).",
        ).format(
            lines=self.lines,
            parts=self.parts,
            without_geometry=self.without_geometry,
            direction=self.direction,
            joins=self.joins,
            head_to_head=self.head_to_head,
        )


def load_network(features, measure, downstream_field=None, reach_id_field=None, join_tolerance_m=0.0):
    """A RiverNetwork and its NetworkReport from features whose geometries are lines in EPSG:4326.

    With downstream_field (and reach_id_field, else the feature id), directions come from the
    ids; else from the digitising direction.
    """
    report = NetworkReport()
    parts = []
    for feature in features:
        report.lines += 1
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            report.without_geometry += 1
            continue
        merged = geometry.mergeLines() if geometry.isMultipart() else geometry
        lines = merged.asMultiPolyline() if merged.isMultipart() else [merged.asPolyline()]
        reach_id = _id_key(feature[reach_id_field] if reach_id_field else feature.id())
        next_id = _id_key(feature[downstream_field]) if downstream_field else None
        parts.extend((reach_id, next_id, vertices) for vertices in lines if len(vertices) >= 2)
    report.parts = len(parts)
    network = RiverNetwork(measure)
    if downstream_field:
        report.direction = (
            translate("RiverNetwork", "the downstream-id field {field} (reach ids in {reach_field})").format(
                field=downstream_field, reach_field=reach_id_field
            )
            if reach_id_field
            else translate(
                "RiverNetwork", "the downstream-id field {field} (reach ids are feature ids)"
            ).format(field=downstream_field)
        )
        oriented = orient_by_downstream_ids(parts)
        positions = defaultdict(list)
        for reach_id, _next_id, vertices in oriented:
            positions[reach_id].append(network.add_reach(vertices))
        for position, (_reach_id, next_id, _vertices) in enumerate(oriented):
            if positions.get(next_id):
                network.connect(position, positions[next_id])
    else:
        report.direction = translate(
            "RiverNetwork", "the digitising direction of the lines (first vertex upstream)"
        )
        for _reach_id, _next_id, vertices in parts:
            network.add_reach(vertices)
        if join_tolerance_m > 0:
            report.joins = network.join_loose_ends(join_tolerance_m)
    report.head_to_head = network.head_to_head_nodes()
    return network, report


def load_river_layer(source, context, feedback, measure, downstream_field, reach_id_field, tolerance_m):
    """(RiverNetwork, NetworkReport) of a river layer, what was repaired or left out and the
    direction used said in the log; InputError when no line is usable."""
    feedback.pushInfo(translate("RiverNetwork", "Reading the river network..."))
    counts = Counter()
    network, report = load_network(
        river_lines(source, context, feedback, counts), measure, downstream_field, reach_id_field, tolerance_m
    )
    if feedback.isCanceled():
        return network, report
    feedback.pushInfo(report.summary())
    if counts:
        feedback.pushInfo(
            translate("RiverNetwork", "River lines repaired or left out: {}").format(
                "; ".join(
                    f"{translate('Reasons', reason)}: {count}" for reason, count in sorted(counts.items())
                )
            )
        )
    if not downstream_field:
        feedback.pushWarning(
            translate(
                "RiverNetwork",
                "No downstream-id field: the flow direction is assumed to be the digitising direction of "
                "the lines. Check on the map that traces run downstream.",
            )
        )
    if not network.reaches:
        raise InputError(
            translate("RiverNetwork", "The river layer has no usable line. Choose another layer.")
        )
    return network, report


def river_lines(source, context, feedback, counts):
    """The river features of a source with their lines in EPSG:4326; repairs and left-out lines
    go to counts."""
    for feature, geometry in site_features(source, context, feedback, counts):
        if geometry.type() != compat.GEOMETRY_LINE:
            counts[QT_TRANSLATE_NOOP("Reasons", "not a line after repair")] += 1
            continue
        feature.setGeometry(geometry)
        yield feature
