"""asm_pace:miningovertime, "Mining over time".

Thin layer over core/monitoring: reads the footprints or sites of several periods and the areas
they touch (protected areas cleaned as in classifysites, and any other area layers), then writes
per area and period the new and cumulative mining, per area its trend and its growth around the
workspace's decisions, per footprint the areas it lies in and its first and last period.
"""

from collections import Counter
from pathlib import Path

from qgis.core import (
    QgsFeature,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from ..core.monitoring import growth, results, tables
from ..core.monitoring.areas import load_other_areas
from ..core.monitoring.footprints import (
    add_footprints,
    footprint_layers,
    read_footprints,
    snapshot_order_warnings,
)
from ..core.monitoring.periods import LENGTHS, period_range
from ..core.screening.reference_sets import ReferenceSet
from ..core.screening.surroundings import site_surroundings
from ..core.shared import compat, geodesy, public_names
from ..core.shared.i18n import translate
from ..core.shared.output_schema import make_feature
from ..core.shared.sites import NOTE_REPAIRED, wgs84_transform
from ..rendering.mining_charts import write_growth_charts
from ..rendering.output_styles import apply_period_style, apply_table_style
from .base import AsmPaceAlgorithm, Progress
from .common import add_pa_field_parameters, load_protected_areas
from .workspace_inputs import open_checked_workspace, snapshot_geometries

# Footprints are measured and written this many at a time.
FOOTPRINT_BATCH = 2000


class MiningOverTimeAlgorithm(AsmPaceAlgorithm):
    FOOTPRINTS = public_names.FOOTPRINTS
    PERIOD_FIELD = "PERIOD_FIELD"
    PERIOD_LENGTH = "PERIOD_LENGTH"
    MODE = "MODE"
    FOOTPRINT_ID_FIELD = "FOOTPRINT_ID_FIELD"
    MINED_AREA_FIELD = "MINED_AREA_FIELD"
    PROTECTED_AREAS = public_names.PROTECTED_AREAS
    WDPA_POINTS_READ = (public_names.PROTECTED_AREAS,)  # a WDPA file given whole: its points are read too
    OTHER_AREAS = "OTHER_AREAS"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    AREA_ID_FIELD = "AREA_ID_FIELD"
    WORKSPACE = public_names.WORKSPACE
    OUTPUT = public_names.OUTPUT
    SUMMARY = public_names.SUMMARY
    FOOTPRINT_TABLE = public_names.FOOTPRINT_TABLE
    DECISIONS = "DECISIONS"
    CHARTS = "CHARTS"
    AREA_COUNT = "AREA_COUNT"
    MODES = (growth.NEW, growth.CUMULATIVE)

    def name(self):
        return public_names.MINING_OVER_TIME

    def displayName(self):
        return self.tr("Mining over time")

    def groupId(self):
        return "monitoring"

    def tags(self):
        return self.tr(
            "asm,mining,monitoring,time,year,growth,trend,footprint,amazon mining watch,amw,protected,area"
        ).split(",")

    def shortHelpString(self):
        return self.tr(
            "<p>How fast mining grows in each protected area (and in any other area you give: indigenous "
            "territories, buffer zones, districts), period by period: where it is new, how much, and "
            "whether it changed after a decision.</p>"
            "<p><b>Footprints</b>: mining polygons (Amazon Mining Watch, MapBiomas, your own mapping) or "
            "sites as points (patrols, field visits), with a date or year field, or several layers each "
            "named with its date (mining_2019, mining_2020). Either each period holds its <i>new</i> "
            "mining, or each period is a <i>cumulative snapshot</i> of all mining so far: then the new "
            "mining of a period is what its snapshot adds to the one before. Mining that a snapshot "
            "loses is reported apart (lost_ha), never counted as negative mining.</p>"
            "<p><b>Per area and period</b>: new hectares, cumulative hectares, share of the area mined, "
            "number of new footprints or sites, change from the period before. Areas are measured in "
            "hectares on the ellipsoid; footprints that overlap each other, parcels of an area that "
            "overlap and footprints seen again later are counted once. With a mined-area field "
            "(AMW's mined_ha), that figure is given beside ours, shared out as AMW does: mined area "
            "times the share of the polygon inside the area.</p>"
            "<p><b>Trend</b> of each area, from the new mining of the last period against the mean of "
            "the three periods before it: <i>no new mining</i> (none in the last period), <i>new</i> "
            "(none before), <i>accelerating</i> (twice the mean or more), <i>growing</i> (a quarter "
            "more or above), <i>slowing</i> (a quarter less or below), <i>steady</i> (in between).</p>"
            "<p><b>Decisions</b>: with the assessment workspace, for each decided site inside an area, "
            "the new mining in the same number of whole periods before and after the decision's date "
            "(the period holding the date counts in neither).</p>"
            "<p>Protected areas are cleaned as in <i>Classify sites</i>. Only the areas near the "
            "footprints are read, so a global WDPA layer can be given.</p>"
            "<p><b>Next step</b>: <i>Protected-area reports</i> from these tables, one per area and one "
            "with all areas ranked by growth, for the park authority; with the decisions table loaded, "
            "the <i>ASM-PACE assessment</i> dock shows each decided site's history.</p>"
        )

    def initAlgorithm(self, config=None):
        self._add_footprint_parameters()
        self._add_area_parameters()
        self._add_outputs()

    def _add_footprint_parameters(self):
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.FOOTPRINTS,
                self.tr("Mining footprints or sites (one layer with a date field, or one layer per date)"),
                compat.SOURCE_ANY_GEOMETRY,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.PERIOD_FIELD,
                self.tr("Date or year field (empty: year, date, period... or the layers' names)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.PERIOD_LENGTH,
                self.tr("Periods"),
                options=[self.tr("Years"), self.tr("Quarters"), self.tr("Months")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.MODE,
                self.tr("The footprints of a period are"),
                options=[
                    self.tr("its new mining"),
                    self.tr("a cumulative snapshot (all mining so far)"),
                ],
                defaultValue=0,
            )
        )
        for key, description in (
            (self.FOOTPRINT_ID_FIELD, self.tr("Footprint or site id field (empty: site_id, id... or none)")),
            (self.MINED_AREA_FIELD, self.tr("Mined area field, hectares (empty: mined_ha if present)")),
        ):
            parameter = QgsProcessingParameterString(key, description, optional=True)
            parameter.setFlags(parameter.flags() | compat.FLAG_ADVANCED)
            self.addParameter(parameter)

    def _add_area_parameters(self):
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.PROTECTED_AREAS,
                self.tr("Protected areas (WDPA or a national layer)"),
                compat.SOURCE_ANY_GEOMETRY,
                optional=True,
            )
        )
        add_pa_field_parameters(self, advanced=True)
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.OTHER_AREAS,
                self.tr("Other areas (indigenous territories, buffer zones, districts)"),
                compat.SOURCE_POLYGON,
                optional=True,
            )
        )
        for key, description in (
            (self.AREA_NAME_FIELD, self.tr("Name field of the other areas (empty: name, NOM, NOMBRE...)")),
            (self.AREA_ID_FIELD, self.tr("Id field of the other areas (empty: id, code...)")),
        ):
            parameter = QgsProcessingParameterString(key, description, optional=True)
            parameter.setFlags(parameter.flags() | compat.FLAG_ADVANCED)
            self.addParameter(parameter)
        self.addParameter(
            QgsProcessingParameterFile(
                self.WORKSPACE,
                self.tr("Assessment workspace (.gpkg), for growth before and after decisions"),
                extension="gpkg",
                optional=True,
            )
        )

    def _add_outputs(self):
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Mining per area and period"), compat.SOURCE_POLYGON
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.SUMMARY, self.tr("Trend per area"), compat.SOURCE_TABLE, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.FOOTPRINT_TABLE,
                self.tr("Footprints with their areas and periods"),
                compat.SOURCE_ANY_GEOMETRY,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.DECISIONS,
                self.tr("Growth before and after decisions"),
                compat.SOURCE_TABLE,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(
                self.CHARTS,
                self.tr("Charts of new and cumulative mining per area (PNG, one per area)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.AREA_COUNT, self.tr("Areas with mining")))

    # -- the run ---------------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        length = LENGTHS[self.parameterAsEnum(parameters, self.PERIOD_LENGTH, context)]
        mode = self.MODES[self.parameterAsEnum(parameters, self.MODE, context)]
        period_field, id_field, mined_field = (
            self.parameterAsString(parameters, key, context).strip()
            for key in (self.PERIOD_FIELD, self.FOOTPRINT_ID_FIELD, self.MINED_AREA_FIELD)
        )
        given = self.parameterAsLayerList(parameters, self.FOOTPRINTS, context)
        layers = footprint_layers(given, context, length, period_field, id_field, mined_field, feedback)
        points = layers[0].points
        measure = geodesy.context_measure(context)
        progress = Progress(feedback, end=95.0)
        areas, kinds = self._load_areas(parameters, context, feedback, measure, progress, layers)
        monitor = growth.MiningOverTime(areas, measure, mode, points)
        counts = Counter()
        read = add_footprints(
            monitor, layers, length, context, feedback, counts, lambda share: progress.processing(0.8 * share)
        )
        if feedback.isCanceled():
            return {}
        if not monitor.periods:
            raise QgsProcessingException(
                self.tr("No footprint or site with a usable geometry was read: nothing to measure.")
            )
        periods = period_range(min(monitor.periods), max(monitor.periods))
        if mode == growth.CUMULATIVE:
            for warning in snapshot_order_warnings(layers):
                feedback.pushWarning(warning)
        outputs = self._write_areas(parameters, context, feedback, monitor, periods, kinds, points, length)
        outputs.update(self._write_footprints(parameters, context, feedback, layers, length, monitor))
        feedback.pushInfo(
            self.tr(
                "Mining over time: {read} footprints or sites read in {periods} periods ({first} to {last}); "
                "{areas} areas hold mining; geometries repaired: {repaired}; features without usable "
                "geometry left out: {skipped}."
            ).format(
                read=read,
                periods=len(periods),
                first=periods[0].key,
                last=periods[-1].key,
                areas=outputs[self.AREA_COUNT],
                repaired=counts[NOTE_REPAIRED],
                skipped=sum(count for reason, count in counts.items() if reason != NOTE_REPAIRED),
            )
        )
        for reason, count in sorted(counts.items()):
            if reason != NOTE_REPAIRED:
                feedback.pushWarning(
                    self.tr("{count} features left out: {reason}.").format(
                        count=count, reason=translate("Reasons", reason)
                    )
                )
        feedback.setProgress(100)
        return outputs

    def _load_areas(self, parameters, context, feedback, measure, progress, layers):
        """The areas near the footprints (ReferenceSet) and {layer name: kind}."""
        surroundings = None
        for layer in layers:
            surroundings = site_surroundings(
                layer.source, wgs84_transform(layer.source, context), 0, feedback, surroundings
            )
            if surroundings is None:  # cancelled
                break
        areas = ReferenceSet("areas", surroundings)
        kinds = {}
        for name in load_protected_areas(
            self, parameters, context, feedback, measure, progress.loading, areas
        ):
            kinds[name] = tables.PROTECTED_AREA_KIND
        others = self.parameterAsLayerList(parameters, self.OTHER_AREAS, context)
        if not kinds and not others:
            raise QgsProcessingException(
                self.tr(
                    "No area layer was given: give protected areas, other areas (indigenous territories, "
                    "districts), or both."
                )
            )
        name_field, id_field = (
            self.parameterAsString(parameters, key, context).strip()
            for key in (self.AREA_NAME_FIELD, self.AREA_ID_FIELD)
        )
        for name in load_other_areas(areas, others, context, feedback, name_field, id_field, kinds):
            kinds[name] = tables.OTHER_AREA_KIND
        return areas, kinds

    def _write_areas(self, parameters, context, feedback, monitor, periods, kinds, points, length):
        wkb = compat.WKB_MULTIPOINT if points else compat.WKB_MULTIPOLYGON
        fields = tables.area_period_fields()
        sink, dest_id = self.sink(parameters, self.OUTPUT, context, fields, wkb, geodesy.WGS84)
        kept = {}  # area key -> AreaResult, its figures without geometry
        lost = []
        for key, result in results.area_results(
            monitor, periods, kinds, points, feedback, lambda share: feedback.setProgress(76 + 14 * share)
        ):
            rows = tables.area_period_rows(result.record, result.kind, result.area_ha, result.figures, points)
            for geometry, attributes in rows:
                feature = (
                    make_feature(fields, geometry, attributes)
                    if geometry is not None
                    else _table_feature(fields, attributes)
                )
                self.write(sink, [feature], parameters, self.OUTPUT)
            for item in result.figures:
                item.geometry = None  # written: not held for the summary
            lost.extend(results.lost_mining(result))
            kept[key] = result
        if lost:
            feedback.pushWarning(results.lost_sentence(lost))
        outputs = {self.OUTPUT: dest_id, self.AREA_COUNT: len(kept)}
        self.style_output(context, dest_id, apply_period_style)
        charts = self.parameterAsString(parameters, self.CHARTS, context)
        if charts:
            try:
                write_growth_charts(Path(charts), kept.values(), points, self.tr("sites") if points else "ha")
            except OSError as error:
                raise QgsProcessingException(
                    self.tr("The charts could not be written in {}: {}").format(Path(charts), error)
                ) from None
            outputs[self.CHARTS] = str(Path(charts))
        decisions, decisions_id = self._decisions(
            parameters, context, feedback, monitor, kept, periods, points, length
        )
        if decisions_id:
            outputs[self.DECISIONS] = decisions_id
        summary, summary_id = self.sink(
            parameters, self.SUMMARY, context, tables.summary_fields(), compat.WKB_NO_GEOMETRY
        )
        if summary is not None:
            for key, result in kept.items():
                row = tables.summary_row(
                    result.record, result.kind, result.area_ha, result.figures, points, decisions.get(key)
                )
                self.write(summary, [_table_feature(tables.summary_fields(), row)], parameters, self.SUMMARY)
            outputs[self.SUMMARY] = summary_id
            self.style_output(context, summary_id, apply_table_style)
        return outputs

    def _decisions(self, parameters, context, feedback, monitor, kept, periods, points, length):
        """({area key: (latest decision date, sites, BeforeAfter)}, DECISIONS destination or None)."""
        sink, dest_id = self.sink(
            parameters, self.DECISIONS, context, tables.decision_fields(), compat.WKB_NO_GEOMETRY
        )
        path = self.parameterAsFile(parameters, self.WORKSPACE, context)
        by_area = {}
        if path:
            workspace = open_checked_workspace(path)
            try:
                decided_sites = [(key, workspace.decisions(key)) for key in workspace.site_keys()]
            finally:
                workspace.close()
            rows, by_area = results.growth_around_decisions(
                monitor, kept, periods, points, length, decided_sites, snapshot_geometries(path)
            )
            if sink is not None:
                for attributes in rows:
                    feature = _table_feature(tables.decision_fields(), attributes)
                    self.write(sink, [feature], parameters, self.DECISIONS)
            feedback.pushInfo(self.tr("Decisions compared in {} areas.").format(len(by_area)))
        if sink is not None:
            self.style_output(context, dest_id, apply_table_style)
        return by_area, dest_id if sink is not None else None

    def _write_footprints(self, parameters, context, feedback, layers, length, monitor):
        fields = tables.footprint_fields()
        wkb = compat.WKB_MULTIPOINT if layers[0].points else compat.WKB_MULTIPOLYGON
        sink, dest_id = self.sink(parameters, self.FOOTPRINT_TABLE, context, fields, wkb, geodesy.WGS84)
        if sink is None:
            return {}
        batch = []

        def write_batch():
            rows = results.footprint_rows(monitor, batch, layers[0].points)
            features = [make_feature(fields, geometry, attributes) for geometry, attributes in rows]
            self.write(sink, features, parameters, self.FOOTPRINT_TABLE)
            batch.clear()

        for layer in layers:
            for _feature, geometry, period, footprint_id, mined in read_footprints(
                layer, length, context, feedback, Counter()
            ):
                batch.append((geometry, period, footprint_id, mined))
                if len(batch) == FOOTPRINT_BATCH:
                    write_batch()
        if batch:
            write_batch()
        self.style_output(context, dest_id, apply_period_style)
        return {self.FOOTPRINT_TABLE: dest_id}


def _table_feature(fields, attributes):
    feature = QgsFeature(fields)
    feature.setAttributes(attributes)
    return feature
