"""asm_pace:downstreamtrace, "Downstream trace (mercury and sediment)".

Thin layer over core/impacts/rivers.py: builds the river graph, snaps each site to the nearest
river and traces it downstream; writes the traced stretches and a corridor per site.
"""

from collections import Counter
from functools import partial

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..core.impacts import pathway_choice, pathways, river_loading, rivers
from ..core.impacts.trace_writer import TraceWriter
from ..core.shared import compat, geodesy
from ..core.shared import public_names as names
from ..core.shared.errors import InputError
from ..core.shared.input_fields import usual_field
from ..core.shared.output_schema import make_fields
from ..core.shared.sites import NOTE_REPAIRED
from ..rendering.output_styles import apply_pathway_style
from .base import AsmPaceAlgorithm, Progress
from .common import (
    add_site_parameters,
    check_site_source,
    check_sites,
    chosen_site_key,
    keyed_sites,
    metres_text,
)


class DownstreamTraceAlgorithm(AsmPaceAlgorithm):
    SITES = names.SITES
    SITE_ID_FIELD = "SITE_ID_FIELD"
    SWITCH_FIELD = "SWITCH_FIELD"
    RIVERS = names.RIVERS
    DOWNSTREAM_FIELD = "DOWNSTREAM_FIELD"
    REACH_ID_FIELD = "REACH_ID_FIELD"
    SNAP_DISTANCE = "SNAP_DISTANCE"
    TRACE_LENGTH = "TRACE_LENGTH"
    CORRIDOR_WIDTH = "CORRIDOR_WIDTH"
    JOIN_TOLERANCE = "JOIN_TOLERANCE"
    OUTPUT = names.OUTPUT
    CORRIDOR = names.CORRIDOR
    SITES_TRACED = "SITES_TRACED"
    SITES_WITHOUT_RIVER = "SITES_WITHOUT_RIVER"

    def name(self):
        return names.DOWNSTREAM_TRACE

    def displayName(self):
        return self.tr("Downstream trace (mercury and sediment)")

    def groupId(self):
        return "impacts"

    def tags(self):
        return self.tr("asm,mining,mercury,sediment,river,downstream,trace,hydrorivers,corridor").split(",")

    def shortHelpString(self):
        return self.tr(
            "<p>Follows the rivers downstream of every mining site, where mercury and sediment travel "
            "(default {:g} km, after Diringer et al. 2015 and Lobo et al. 2017/2018; 500 km or more "
            "can be asked).</p>"
            "<p>Each site is joined to the nearest river within the <b>snap distance</b>, then traced "
            "down through confluences (and into every branch where a river splits) until the length is "
            "reached or the network ends. Sites with no river within the snap distance are listed in the "
            "log and counted, not failed.</p>"
            "<p><b>Flow direction</b>: from a downstream-id field where the network has one (HydroRIVERS "
            "NEXT_DOWN with HYRIV_ID, found by itself), otherwise from the direction the lines were drawn "
            "in (first vertex upstream). The log says which was used. Natural Earth and many national "
            "layers are not reliably drawn downstream: check the trace on the map.</p>"
            "<p>An <b>on/off field</b> (e.g. whether mercury is used at the site: 1, yes, oui) limits the "
            "trace to the sites where it says yes.</p>"
            "<p>Outputs: the traced stretches as lines, and a <b>corridor</b> of the given width around "
            "them as the mercury / sediment zone (polygons, EPSG:4326, metres on the ellipsoid).</p>"
            "<p><b>Next step</b>: <i>Pressure on protected areas</i>, with the corridors beside the "
            "impact zones.</p>"
        ).format((rivers.default_length_or_none() or 0) / 1000)

    def initAlgorithm(self, config=None):
        add_site_parameters(self, self.SITES, self.SITE_ID_FIELD)
        self.addParameter(
            QgsProcessingParameterField(
                self.SWITCH_FIELD,
                self.tr(
                    "Trace only sites where this field says yes (e.g. a mercury-use field; empty: all sites)"
                ),
                parentLayerParameterName=self.SITES,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(self.RIVERS, self.tr("Rivers (lines)"), [compat.SOURCE_LINE])
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.DOWNSTREAM_FIELD,
                self.tr("Downstream-id field (empty: NEXT_DOWN if present, else digitising direction)"),
                parentLayerParameterName=self.RIVERS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.REACH_ID_FIELD,
                self.tr(
                    "Reach id field the downstream ids refer to (empty: HYRIV_ID if present, else feature id)"
                ),
                parentLayerParameterName=self.RIVERS,
                optional=True,
            )
        )
        for key, description, default in (
            (
                self.SNAP_DISTANCE,
                self.tr("Snap distance: farthest a river may be from a site (metres)"),
                5000,
            ),
            (
                self.TRACE_LENGTH,
                self.tr("Length to trace downstream (metres)"),
                None if rivers.default_length_or_none() is None else int(rivers.default_length_or_none()),
            ),
            (self.CORRIDOR_WIDTH, self.tr("Corridor width across the river (metres)"), 1000),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(key, description, compat.NUMBER_INTEGER, defaultValue=default)
            )
        tolerance = QgsProcessingParameterNumber(
            self.JOIN_TOLERANCE,
            self.tr("Join line ends to another river within (metres; digitising direction only)"),
            compat.NUMBER_INTEGER,
            defaultValue=50,
            minValue=0,
        )
        tolerance.setFlags(tolerance.flags() | compat.FLAG_ADVANCED)
        self.addParameter(tolerance)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Downstream traces"), compat.SOURCE_LINE)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.CORRIDOR, self.tr("Mercury and sediment corridors"), compat.SOURCE_POLYGON, optional=True
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.SITES_TRACED, self.tr("Sites traced")))
        self.addOutput(
            QgsProcessingOutputNumber(self.SITES_WITHOUT_RIVER, self.tr("Sites without a river in reach"))
        )

    def checkParameterValues(self, parameters, context):
        if parameters.get(self.TRACE_LENGTH) is None:
            try:
                rivers.default_length()
            except InputError as error:
                return False, str(error)
        return super().checkParameterValues(parameters, context)

    def process(self, parameters, context, feedback):
        sites = self.source(parameters, self.SITES, context)
        check_sites(sites)
        snap, length, width, tolerance = (
            self.parameterAsDouble(parameters, key, context)
            for key in (self.SNAP_DISTANCE, self.TRACE_LENGTH, self.CORRIDOR_WIDTH, self.JOIN_TOLERANCE)
        )
        catalogue = pathways.load_catalogue()  # read once: the distances' check and the outputs' style
        warning = rivers.check_distances(snap, length, width, catalogue)  # InputError when one is unusable
        if warning:
            feedback.pushWarning(warning)
        measure = geodesy.context_measure(context)
        network, report, direction = self._river_network(parameters, context, feedback, measure, tolerance)
        if network is None:
            return {}
        progress = Progress(feedback)
        progress.processing(0)

        fields = make_fields(rivers.TRACE_FIELDS)
        sink, dest_id = self.sink(
            parameters, self.OUTPUT, context, fields, compat.WKB_MULTILINESTRING, geodesy.WGS84
        )
        corridor_sink, corridor_id = self.sink(
            parameters, self.CORRIDOR, context, fields, compat.WKB_MULTIPOLYGON, geodesy.WGS84
        )
        writer = TraceWriter(
            sink, corridor_sink, fields, measure, context.transformContext(), length, width, direction
        )
        id_field = chosen_site_key(self, parameters, self.SITE_ID_FIELD, context, sites, feedback)
        switch_field = self.parameterAsString(parameters, self.SWITCH_FIELD, context)
        without_river, switched_off, counts = [], 0, Counter()

        for feature, geometry, site_id in keyed_sites(
            sites, id_field, context, feedback, counts, progress.processing
        ):
            if switch_field and not pathway_choice.switch_is_on(feature[switch_field]):
                switched_off += 1
                continue
            trace = network.trace(geometry, snap, length)
            if trace is None:
                without_river.append(site_id or self.tr("(no key)"))
                continue
            writer.write(site_id, trace)
            if writer.failed is not None:
                name = self.OUTPUT if writer.failed is sink else self.CORRIDOR
                raise QgsProcessingException(self.writeFeatureError(writer.failed, parameters, name))
        if without_river:
            feedback.pushWarning(
                self.tr("Sites without a river within {} m (not traced): {}").format(
                    metres_text(snap),
                    ", ".join(without_river[:50]) + (" ..." if len(without_river) > 50 else ""),
                )
            )
        feedback.pushInfo(
            self.tr(
                "Downstream trace: {} sites traced over up to {} m, {} without a river within {} m, "
                "{} without usable geometry, {} left out by the on/off field; site geometries repaired: {}; "
                "direction from {}."
            ).format(
                writer.traced,
                metres_text(length),
                len(without_river),
                metres_text(snap),
                sum(count for reason, count in counts.items() if reason != NOTE_REPAIRED),
                switched_off,
                counts[NOTE_REPAIRED],
                report.direction,
            )
        )
        results = {
            self.OUTPUT: dest_id,
            self.SITES_TRACED: writer.traced,
            self.SITES_WITHOUT_RIVER: len(without_river),
        }
        if corridor_sink is not None:
            results[self.CORRIDOR] = corridor_id
        for output_id in (dest_id, results.get(self.CORRIDOR)):
            self.style_output(context, output_id, partial(apply_pathway_style, catalogue=catalogue))
        return results

    def _river_network(self, parameters, context, feedback, measure, tolerance):
        """(RiverNetwork, NetworkReport, where the direction comes from) of the river layer;
        (None, None, None) when cancelled."""
        river_source = self.source(parameters, self.RIVERS, context)
        if compat.geometry_type_of(river_source.wkbType()) != compat.GEOMETRY_LINE:
            raise QgsProcessingException(
                self.tr(
                    "The river layer must hold lines (river centre-lines such as HydroRIVERS), "
                    "not points or polygons. Choose a line layer."
                )
            )
        check_site_source(river_source, self.tr("The river layer"))
        names = river_source.fields().names()
        downstream_field = self.parameterAsString(parameters, self.DOWNSTREAM_FIELD, context) or usual_field(
            names, "rivers", "downstream_id"
        )
        reach_id_field = None
        if downstream_field:
            others = [name for name in names if name != downstream_field]
            reach_id_field = self.parameterAsString(parameters, self.REACH_ID_FIELD, context) or usual_field(
                others, "rivers", "reach_id"
            )
        network, report = river_loading.load_river_layer(
            river_source, context, feedback, measure, downstream_field, reach_id_field, tolerance
        )
        if feedback.isCanceled():
            return None, None, None
        return network, report, "field " + downstream_field if downstream_field else "digitising"
