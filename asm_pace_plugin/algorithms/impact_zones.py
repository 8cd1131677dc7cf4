"""asm_pace:impactzones, "Impact zones".

Thin layer over core/impacts.py: reads the pathway choices, streams the sites in batches
through the geodesic zone builder and writes one zone per site and pathway (or dissolved).
"""

from collections import Counter

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import compat, geodesy, impacts
from ..core.classify import NOTE_REPAIRED
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.reference import InputError
from ..core.sites import site_features
from ..core.zone_writer import ZoneWriter
from ..rendering.output_styles import apply_pathway_style
from .base import AsmPaceAlgorithm
from .common import (
    add_site_parameters,
    check_site_source,
    chosen_site_key,
    metres_text,
    site_key_value,
    warn_about_site_keys,
)

DEFAULT_PATHWAYS = "footprint,offsite_deforestation,hunting,landscape_deforestation"


def shipped_pathways():
    """The zone pathways of the shipped catalogue, offered in the dialog; none when the file is
    broken: the provider loads all the same, and a run says what is wrong with the catalogue."""
    try:
        return impacts.zone_pathways(impacts.load_catalogue())
    except InputError:
        return []


class ImpactZonesAlgorithm(AsmPaceAlgorithm):
    SITES = "SITES"
    SITE_ID_FIELD = "SITE_ID_FIELD"
    PATHWAYS = "PATHWAYS"
    DISTANCES = "DISTANCES"
    DISTANCE_FIELDS = "DISTANCE_FIELDS"
    SWITCH_FIELDS = "SWITCH_FIELDS"
    RINGS = "RINGS"
    DISSOLVE = "DISSOLVE"
    CATALOGUE = "CATALOGUE"
    OUTPUT = "OUTPUT"
    ZONE_COUNT = "ZONE_COUNT"
    SITES_WITHOUT_ZONE = "SITES_WITHOUT_ZONE"

    def name(self):
        return "impactzones"

    def displayName(self):
        return self.tr("Impact zones")

    def groupId(self):
        return "impacts"

    def tags(self):
        return self.tr("asm,mining,impact,buffer,geodesic,deforestation,hunting,zone,pathway").split(",")

    def shortHelpString(self):
        names = ", ".join(self._pathway_option(pathway) for pathway in shipped_pathways())
        return self.tr(
            "<p>Draws, around every mining site, the zones its impacts reach: site footprint, "
            "off-site deforestation, hunting pressure, landscape deforestation, charcoal and timber.</p>"
            "<p><b>Distances are metres on the ellipsoid</b> whatever the CRS: a 10 km zone covers "
            "the same area at the equator, at 47°N or at 70°N, and zones crossing the 180° meridian "
            "are split on both sides. Polygon and line sites are buffered from their edge.</p>"
            "<p><b>Impact pathways</b>: tick those to draw. Each has its distance below, in metres; "
            "the defaults are {}, each with its source and confidence (in the catalogue file "
            "resources/catalogues/impact_pathways.csv; under Advanced, give your own edited copy). "
            "A distance far smaller than its default (10 typed for 10 km) is warned about in the log.</p>"
            "<p>Under <b>Advanced</b>: <b>per-site distance fields</b> take a site's distance from one of "
            "its fields, e.g. <i>hunting=hunt_m</i> (an empty value uses the distance above); "
            "<b>on/off fields</b> draw a pathway only for sites where a field says yes (1, true, yes, oui), "
            "e.g. <i>charcoal_timber=uses_wood</i>. In models and qgis_process, PATHWAYS also takes the "
            "names: <i>PATHWAYS=footprint,hunting</i>.</p>"
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
        shipped = shipped_pathways()
        self.addParameter(
            QgsProcessingParameterEnum(
                self.PATHWAYS,
                self.tr("Impact pathways"),
                options=[self._pathway_option(pathway) for pathway in shipped],
                allowMultiple=True,
                # Without shipped pathways (a broken catalogue file), the run says what is wrong.
                optional=not shipped,
                defaultValue=[
                    index
                    for index, pathway in enumerate(shipped)
                    if pathway.name in DEFAULT_PATHWAYS.split(",")
                ],
            )
        )
        for pathway in shipped:
            distance = QgsProcessingParameterNumber(
                impacts.distance_parameter_name(pathway.name),
                self.tr("{}: distance (metres)").format(pathway.label),
                compat.NUMBER_INTEGER,
                defaultValue=None if pathway.distance_m is None else int(pathway.distance_m),
                optional=True,
                minValue=1,
            )
            distance.setHelp(
                self.tr("Metres on the ellipsoid. Default: {} ({}).").format(
                    self.tr("none") if pathway.distance_m is None else metres_text(pathway.distance_m),
                    pathway.source,
                )
            )
            self.addParameter(distance)
        for key, description in (
            (
                self.DISTANCES,
                self.tr("Other distances in metres (pathway=metres, e.g. charcoal_timber=5000)"),
            ),
            (
                self.DISTANCE_FIELDS,
                self.tr("Per-site distance fields in metres (pathway=field, e.g. hunting=hunt_m)"),
            ),
            (self.SWITCH_FIELDS, self.tr("On/off fields (pathway=field, e.g. charcoal_timber=uses_wood)")),
        ):
            parameter = QgsProcessingParameterString(key, description, optional=True)
            parameter.setFlags(parameter.flags() | compat.FLAG_ADVANCED)
            self.addParameter(parameter)
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.RINGS, self.tr("Non-overlapping rings instead of full discs"), defaultValue=False
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.DISSOLVE,
                self.tr("Dissolve zones"),
                options=[translate("ImpactPathways", label) for label in impacts.DISSOLVE_LABELS],
                defaultValue=impacts.DISSOLVE_NONE,
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

    def _pathway_option(self, pathway):
        if pathway.distance_m is None:
            return self.tr("{} (no default distance: give one)").format(pathway.label)
        return self.tr("{} ({} km)").format(pathway.label, f"{pathway.distance_m / 1000:g}")

    def _pathway_names(self, parameters, context):
        """The chosen pathways' names: from the list, or as typed (footprint,hunting: saved models
        and command lines of earlier versions, and pathways of an edited catalogue)."""
        value = parameters.get(self.PATHWAYS)
        if isinstance(value, str) and any(character.isalpha() for character in value):
            return value
        shipped = shipped_pathways()
        indices = self.parameterAsEnums(parameters, self.PATHWAYS, context)
        return ",".join(shipped[index].name for index in indices if 0 <= index < len(shipped))

    def checkParameterValues(self, parameters, context):
        value = parameters.get(self.PATHWAYS)
        if isinstance(value, str) and any(character.isalpha() for character in value):
            # Names are checked, with a sentence, when the run starts.
            parameters = {**parameters, self.PATHWAYS: [0]}
        return super().checkParameterValues(parameters, context)

    def _distances_text(self, parameters, context):
        """DISTANCES plus the per-pathway distances changed from their shipped default."""
        typed = self.parameterAsString(parameters, self.DISTANCES, context)
        named = impacts.parse_assignments(typed, self.tr("Other distances"))
        changed = {}
        for pathway in shipped_pathways():
            key = impacts.distance_parameter_name(pathway.name)
            if parameters.get(key) in (None, ""):
                continue
            metres = self.parameterAsDouble(parameters, key, context)
            if pathway.name not in named and metres != pathway.distance_m:
                changed[pathway.name] = metres
        return ", ".join(text for text in (typed, impacts.distances_text(changed)) if text.strip())

    def process(self, parameters, context, feedback):
        sites = self.source(parameters, self.SITES, context)
        check_site_source(sites, self.tr("The site layer"))
        catalogue = impacts.load_catalogue(self.parameterAsFile(parameters, self.CATALOGUE, context) or None)
        chosen = impacts.choose_pathways(
            catalogue,
            self._pathway_names(parameters, context),
            self._distances_text(parameters, context),
            self.parameterAsString(parameters, self.DISTANCE_FIELDS, context),
            self.parameterAsString(parameters, self.SWITCH_FIELDS, context),
            sites.fields(),
        )
        for warning in filter(None, map(impacts.size_warning, chosen)):
            feedback.pushWarning(warning)
        for item in chosen:
            feedback.pushInfo(impacts.choice_line(item))
        use_rings = self.parameterAsBoolean(parameters, self.RINGS, context)
        dissolve = self.parameterAsEnum(parameters, self.DISSOLVE, context)
        id_field = chosen_site_key(self, parameters, self.SITE_ID_FIELD, context, sites, feedback)

        fields = impacts.zone_fields()
        sink, dest_id = self.sink(
            parameters, self.OUTPUT, context, fields, compat.WKB_MULTIPOLYGON, geodesy.WGS84
        )

        builder = impacts.ZoneBuilder(geodesy.context_measure(context), context.transformContext())
        writer = ZoneWriter(sink, fields, builder, chosen, use_rings, dissolve)
        skipped, counts = Counter(), Counter()

        def progress(share):
            feedback.setProgress(90.0 * share)

        keys = []
        for feature, geometry in site_features(sites, context, feedback, skipped, progress):
            site_id = site_key_value(feature, id_field)
            keys.append(site_id)
            distances = [item.site_distance(feature, counts) for item in chosen]
            if all(d is None for d, _s in distances):
                skipped[QT_TRANSLATE_NOOP("Reasons", "no pathway applies")] += 1
                continue
            writer.add(impacts.Site(site_id, geometry, distances))
            if writer.failed:
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
        writer.flush()
        warn_about_site_keys(feedback, keys, id_field)
        if dissolve != impacts.DISSOLVE_NONE and not feedback.isCanceled():
            feedback.pushInfo(self.tr("Dissolving zones..."))
            writer.write_dissolved()
        if writer.failed:
            raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
        feedback.setProgress(100)

        for (pathway, reason), count in sorted(counts.items()):
            feedback.pushInfo(
                self.tr("{}: {} sites without this zone ({}).").format(
                    pathway, count, translate("Reasons", reason)
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
                translate("ImpactPathways", impacts.DISSOLVE_LABELS[dissolve]).lower(),
                without,
                skipped[NOTE_REPAIRED],
                "; ".join(
                    f"{translate('Reasons', reason)}: {count}" for reason, count in sorted(skipped.items())
                )
                or self.tr("nothing skipped"),
            )
        )
        self.style_output(context, dest_id, apply_pathway_style)
        return {self.OUTPUT: dest_id, self.ZONE_COUNT: writer.written, self.SITES_WITHOUT_ZONE: without}
