"""Writing downstream traces: each traced site's stretch of river as a line, and the corridor
around it (the mercury and sediment zone) as a polygon, both with the fields of TRACE_FIELDS."""

from qgis.core import QgsFeatureSink

from ..shared import geodesy
from ..shared.output_schema import hectares, make_feature, make_row
from .rivers import PATHWAY, TRACE_FIELDS


class TraceWriter:
    """Writes the traces of sites into the lines sink and, when there is one, the corridors sink;
    `failed` is the sink that refused a feature (None while all is written)."""

    def __init__(self, lines, corridors, fields, measure, transform_context, length_m, width_m, direction):
        self.lines = lines
        self.corridors = corridors
        self.fields = fields
        self.measure = measure
        self.local = geodesy.LocalBuffer(measure, transform_context)
        self.length_m = length_m
        self.width_m = width_m
        self.direction = direction  # where the flow direction came from, as the field stores it
        self.traced = 0
        self.failed = None

    def write(self, site_id, trace):
        """Write one site's Trace: its line, and its corridor of width_m."""
        record = {
            "site_id": site_id,
            "pathway": PATHWAY,
            "snap_m": round(trace.snap_m, 1),
            "asked_m": self.length_m,
            "traced_m": round(trace.length_m, 1),
            "trace_end": trace.end,
            "direction": self.direction,
        }
        self._add(self.lines, trace.geometry, record, width_m=None, area_ha=None)
        if self.corridors is not None:
            corridor = self.local.buffers(trace.geometry, [self.width_m / 2])[0]
            area_ha = hectares(self.measure.measureArea(corridor))
            self._add(self.corridors, corridor, record, width_m=self.width_m, area_ha=area_ha)
        self.traced += 1

    def _add(self, sink, geometry, record, **corridor_values):
        feature = make_feature(self.fields, geometry, make_row(TRACE_FIELDS, **record, **corridor_values))
        if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            self.failed = self.failed or sink
