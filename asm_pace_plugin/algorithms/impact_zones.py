"""asm_pace:impactzones, "Impact zones".

Thin layer over core/pathways.py: reads the pathway choices, streams the sites in batches
through the geodesic zone builder and writes one zone per site and pathway (or dissolved).
"""

from collections import Counter
from functools import partial

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
)

from ..core.impacts import pathway_choice, pathways, zones
from ..core.impacts.zone_writer import ZoneWriter
from ..core.shared import compat, geodesy, i18n
from ..core.shared import public_names as names
from ..core.shared.i18n import QT_TRANSLATE_NOOP, translate
from ..core.shared.sites import NOTE_REPAIRED
from ..rendering.output_styles import apply_pathway_style
from . import pathway_parameters
from .base import AsmPaceAlgorithm
from .common import add_site_parameters, check_sites, chosen_site_key, keyed_sites


class ImpactZonesAlgorithm(AsmPaceAlgorithm):
    SITES = names.SITES
    SITE_ID_FIELD = "SITE_ID_FIELD"
    PATHWAYS = pathway_parameters.PATHWAYS
    RINGS = "RINGS"
    DISSOLVE = "DISSOLVE"
    CATALOGUE = "CATALOGUE"
    OUTPUT = names.OUTPUT
    ZONE_COUNT = "ZONE_COUNT"
    SITES_WITHOUT_ZONE = "SITES_WITHOUT_ZONE"

    def name(self):
        return names.IMPACT_ZONES

    def displayName(self):
        return self.tr("Impact zones")

    def groupId(self):
        return "impacts"

    def tags(self):
        return self.tr("asm,mining,impact,buffer,geodesic,deforestation,hunting,zone,pathway").split(",")

    def shortHelpString(self):
        names = ", ".join(map(pathway_parameters.pathway_option, pathway_parameters.shipped_pathways()))
        return self.tr(
            "<p>Draws, around every mining site, the zones its impacts reach: site footprint, "
            "off-site deforestation, hunting pressure, landscape deforestation, charcoal and timber.</p>"
            "<p><b>Distances are metres on the ellipsoid</b> whatever the CRS: a 10 km zone covers "
            "the same area at the equator, at 47°N or at 70°N, and zones crossing the 180° meridian "
            "are split on both sides. Polygon and line sites are buffered from their edge.</p>"
            "<p><b>Impact pathways</b>: tick those to draw. Each has its distance below, in metres; "
            "the defaults are {}, each with its source and confidence (under Advanced, you can give "
            "your own edited copy of the catalogue of pathways). A distance far smaller than its "
            "default (10 typed for 10 km) is warned about in the log.</p>"
            "<p>Under <b>Advanced</b>, each pathway can take <b>its distance per site</b> from a numeric "
            "field of the sites (an empty value uses the distance above), and be drawn <b>only where a "
            "field says yes</b> (1, true, yes, oui).</p>"
            "<p><b>Rings</b>: each zone without the smaller ones (footprint, then 1–10 km, then 10–70 km), "
            "for maps; keep full discs to measure pressure on protected areas. "
            "<b>Dissolve</b> merges the zones of all sites, per pathway or all together.</p>"
            "<p>Each zone says its site, pathway, distance, where the distance comes from and its "
            "area in hectares. Output in EPSG:4326.</p>"
            "<p><b>Next step</b>: <i>Downstream trace</i> for mercury and sediment along rivers, then "
            "<i>Pressure on protected areas</i> with these zones.</p>"
        ).format(names)

    def initAlgorithm(self, config=None):
        add_site_parameters(self, self.SITES, self.SITE_ID_FIELD)
        pathway_parameters.add_pathway_parameters(self, self.SITES)
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.RINGS, self.tr("Non-overlapping rings instead of full discs"), defaultValue=False
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.DISSOLVE,
                self.tr("Dissolve zones"),
                options=[translate("ImpactPathways", label) for label in zones.DISSOLVE_LABELS],
                defaultValue=zones.DISSOLVE_NONE,
            )
        )
        catalogue = QgsProcessingParameterFile(
            self.CATALOGUE,
            self.tr("Impact-pathway catalogue (CSV; empty: the shipped one)"),
            extension="csv",
            optional=True,
        )
        catalogue.setFlags(catalogue.flags() | compat.FLAG_ADVANCED)
        self.addParameter(catalogue)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Impact zones"), compat.SOURCE_POLYGON)
        )
        self.addOutput(QgsProcessingOutputNumber(self.ZONE_COUNT, self.tr("Number of zones")))
        self.addOutput(QgsProcessingOutputNumber(self.SITES_WITHOUT_ZONE, self.tr("Sites without any zone")))

    def checkParameterValues(self, parameters, context):
        if pathway_parameters.names_given(parameters):
            # Names are checked, with a sentence, when the run starts.
            parameters = {**parameters, self.PATHWAYS: [0]}
        return super().checkParameterValues(parameters, context)

    def _chosen_pathways(self, parameters, context, fields, feedback):
        """The catalogue read (once) and the ChosenPathway list of the parameters, each logged (with a
        warning when its distance looks typed in kilometres)."""
        catalogue_path = self.parameterAsFile(parameters, self.CATALOGUE, context) or None
        catalogue = pathways.load_catalogue(catalogue_path)
        # The pathways the dialog lists (their parameters): the shipped catalogue's, read once.
        shipped = (
            pathways.zone_pathways(catalogue)
            if catalogue_path is None
            else pathway_parameters.shipped_pathways()
        )
        chosen = pathway_choice.choose_pathways(
            catalogue,
            pathway_parameters.pathway_names(self, parameters, context, shipped),
            pathway_parameters.distances(self, parameters, context, shipped),
            *pathway_parameters.site_fields(self, parameters, context, shipped),
            fields,
        )
        for warning in filter(None, map(pathway_choice.size_warning, chosen)):
            feedback.pushWarning(warning)
        for item in chosen:
            feedback.pushInfo(pathway_choice.choice_line(item))
        return catalogue, chosen

    def process(self, parameters, context, feedback):
        sites = self.source(parameters, self.SITES, context)
        check_sites(sites)
        catalogue, chosen = self._chosen_pathways(parameters, context, sites.fields(), feedback)
        use_rings = self.parameterAsBoolean(parameters, self.RINGS, context)
        dissolve = self.parameterAsEnum(parameters, self.DISSOLVE, context)
        id_field = chosen_site_key(self, parameters, self.SITE_ID_FIELD, context, sites, feedback)

        fields = zones.zone_fields()
        sink, dest_id = self.sink(
            parameters, self.OUTPUT, context, fields, compat.WKB_MULTIPOLYGON, geodesy.WGS84
        )

        builder = zones.ZoneBuilder(geodesy.context_measure(context), context.transformContext())
        writer = ZoneWriter(sink, fields, builder, chosen, use_rings, dissolve)
        skipped, counts = Counter(), Counter()

        def progress(share):
            feedback.setProgress(90.0 * share)

        for feature, geometry, site_id in keyed_sites(sites, id_field, context, feedback, skipped, progress):
            distances = [item.site_distance(feature, counts) for item in chosen]
            if all(d is None for d, _s in distances):
                skipped[QT_TRANSLATE_NOOP("Reasons", "no pathway applies")] += 1
                continue
            writer.add(zones.Site(site_id, geometry, distances))
            if writer.failed:
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
        writer.flush()
        if dissolve != zones.DISSOLVE_NONE and not feedback.isCanceled():
            feedback.pushInfo(self.tr("Dissolving zones..."))
            writer.write_dissolved()
        if writer.failed:
            raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
        feedback.setProgress(100)

        labels = {item.pathway.name: item.pathway.label for item in chosen}
        for (pathway, reason), count in sorted(counts.items()):
            without_zone = translate(
                "ImpactZonesAlgorithm", "{pathway}: %n site(s) without this zone ({reason}).", None, count
            )
            feedback.pushInfo(
                i18n.counted(without_zone, count).format(
                    pathway=labels.get(pathway, pathway), reason=translate("Reasons", reason)
                )
            )
        without = sum(count for reason, count in skipped.items() if reason != NOTE_REPAIRED)
        feedback.pushInfo(
            self.tr(
                "Impact zones: {} zones written for {} sites and {} pathways ({}, {}); sites without any "
                "zone: {}; site geometries repaired: {}; {}."
            ).format(
                writer.written,
                writer.sites,
                len(chosen),
                self.tr("rings") if use_rings else self.tr("discs"),
                translate("ImpactPathways", zones.DISSOLVE_LABELS[dissolve]).lower(),
                without,
                skipped[NOTE_REPAIRED],
                "; ".join(
                    self.tr("{reason}: {count}").format(reason=translate("Reasons", reason), count=count)
                    for reason, count in sorted(skipped.items())
                )
                or self.tr("nothing skipped"),
            )
        )
        self.style_output(context, dest_id, partial(apply_pathway_style, catalogue=catalogue))
        return {self.OUTPUT: dest_id, self.ZONE_COUNT: writer.written, self.SITES_WITHOUT_ZONE: without}
