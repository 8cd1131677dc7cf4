"""asm_pace:classifysites, "Classify sites (PACE)".

Thin layer over core/: reads parameters, loads the reference layers (core/reference_layers.py),
streams the sites past them (core/classify_stream.py) and writes the classified sites and a
summary.
"""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.screening import pace
from ..core.screening.layer_reading import ReferenceLayers, load_references
from ..core.screening.site_classification import SUMMARY_FIELDS, SiteClassifier
from ..core.screening.stream import classify_stream, holds_single_points, output_fields
from ..core.screening.surroundings import site_surroundings
from ..core.shared import compat, geodesy
from ..core.shared import public_names as names
from ..core.shared.input_fields import FIELD_CANDIDATES, SHAPEFILE_NAME_LENGTH
from ..core.shared.output_schema import make_fields
from ..core.shared.site_key import FEATURE_ID, source_site_key
from ..core.shared.sites import looks_swapped, wgs84_transform
from ..rendering.output_styles import apply_pace_class_style, apply_table_style
from .base import AsmPaceAlgorithm, Progress
from .checks import output_destination
from .common import add_pa_field_parameters, check_sites, pa_field_choices
from .layer_inputs import with_wdpa_points


class ClassifySitesAlgorithm(AsmPaceAlgorithm):
    SITES = names.SITES
    PROTECTED_AREAS = names.PROTECTED_AREAS
    WDPA_POINTS_READ = (names.PROTECTED_AREAS,)  # a WDPA file given whole: its points are read too
    LANDSCAPES = names.LANDSCAPES
    LANDSCAPE_NAME_FIELD = "LANDSCAPE_NAME_FIELD"
    ECOREGIONS = names.ECOREGIONS
    ECOREGIONS_ARE_G200 = "ECOREGIONS_ARE_G200"
    AZE_SITES = names.AZE_SITES
    SEARCH_RADIUS = "SEARCH_RADIUS"
    DATA_VERSION = "DATA_VERSION"
    OUTPUT = names.OUTPUT
    SUMMARY = names.SUMMARY
    SITE_KEY_FIELD = "SITE_KEY_FIELD"
    COUNT_OUTPUTS = (
        (pace.PROTECTED_AREA, "SITES_IN_PROTECTED_AREAS"),
        (pace.PRIORITY_LANDSCAPE, "SITES_IN_PRIORITY_LANDSCAPES"),
        (pace.CRITICAL_ECOSYSTEM, "SITES_IN_CRITICAL_ECOSYSTEMS"),
        (pace.NOT_ELIGIBLE, "SITES_NOT_ELIGIBLE"),
        (pace.UNCLASSIFIED, "SITES_WITHOUT_GEOMETRY"),
    )

    def name(self):
        return names.CLASSIFY_SITES

    def displayName(self):
        return self.tr("Classify sites (PACE)")

    def groupId(self):
        return "screening"

    def tags(self):
        return self.tr(
            "asm,artisanal,mining,pace,wdpa,protected,area,ecoregion,global 200,landscape,classify"
        ).split(",")

    def shortHelpString(self):
        return self.tr(
            "<p>Tells, for every mining site, whether it lies in a <b>protected area</b>, a "
            "<b>WWF priority landscape</b> or a <b>critical ecosystem</b> (a Global 200 ecoregion), "
            "following the ASM-PACE definitions. The first that applies wins, in that order; "
            "sites in none are <i>not eligible</i>. Every match is kept: a site in a national park "
            "that is also a World Heritage and a Ramsar site lists all three.</p>"
            "<p><b>Sites</b>: points, lines or polygons, in any CRS. Sites without geometry are kept, "
            "marked <i>unclassified</i>, and counted in the log.</p>"
            "<p><b>Protected areas</b>: one or more layers. The WDPA (classic or November 2025 "
            "schema) is recognised by itself. For a national layer, name its fields below "
            "(for example NOM_AP for the name and TYPE_AP for the designation). WDPA is cleaned "
            "as Protected Planet does: only Designated, Inscribed and Established areas are kept, "
            "UNESCO-MAB Biosphere Reserves are left out, points with a reported area (REP_AREA) "
            "become circles of that area on the ellipsoid, and invalid polygons are repaired. "
            "Each rule can be changed below; the log counts what each did.</p>"
            "<p><b>Landscapes</b>, <b>ecoregions</b> (WWF TEOW with its G200 fields, or a Global 200 "
            "layer) and <b>AZE sites</b> are optional. A kind of layer you do not supply is not "
            "tested, and each site says which were not tested.</p>"
            "<p>Distances are metres on the ellipsoid, whatever the CRS. For a site outside every "
            "protected area, the nearest one within the search radius is reported.</p>"
            "<p>Outputs: the sites with all their fields plus the PACE fields (class, protected areas, "
            "designations, IUCN category, landscape, ecoregion, nearest protected area and its distance, "
            "layers not tested), styled by class; and a summary table of sites per class and per "
            "protected area. The log "
            "says which field names the sites (the site key); the later steps use the same. Where no field "
            "names each site once, each site's feature id is kept in a new field <i>site_key</i>: copies "
            "of a layer number their features anew.</p>"
            "<p><b>Next step</b>: <i>Impact zones</i> around the classified sites (and <i>Downstream "
            "trace</i> where mercury is used), or the <i>ASM-PACE assessment</i> dock to assess the "
            "sites one by one.</p>"
        )

    def initAlgorithm(self, config=None):
        # In the order of the work: the sites, the layers they are screened against, then the options.
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.SITES, self.tr("Mining sites"), [compat.SOURCE_ANY_GEOMETRY]
            )
        )
        protected_areas = QgsProcessingParameterMultipleLayers(
            self.PROTECTED_AREAS,
            self.tr("Protected areas (WDPA polygons and points, or a national layer)"),
            compat.SOURCE_ANY_GEOMETRY,
        )
        protected_areas.setHelp(self.tr("Polygon layers, and WDPA point layers with REP_AREA."))
        self.addParameter(protected_areas)
        for key, description, source_type in (
            (self.LANDSCAPES, self.tr("WWF priority landscapes"), compat.SOURCE_POLYGON),
            (
                self.ECOREGIONS,
                self.tr("Ecoregions (WWF TEOW with G200 fields, or a Global 200 layer)"),
                compat.SOURCE_POLYGON,
            ),
            (
                self.AZE_SITES,
                self.tr("AZE sites (or a KBA layer with an AZE status field)"),
                compat.SOURCE_POLYGON,
            ),
        ):
            self.addParameter(
                QgsProcessingParameterMultipleLayers(key, description, source_type, optional=True)
            )
        version = QgsProcessingParameterString(
            self.DATA_VERSION, self.tr("Data version to record (e.g. WDPA November 2025)"), optional=True
        )
        version.setHelp(self.tr("Written into every site, so that a result says which data it came from."))
        self.addParameter(version)
        add_pa_field_parameters(self)
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.ECOREGIONS_ARE_G200,
                self.tr("Ecoregion layers hold only Global 200 ecoregions"),
                defaultValue=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.LANDSCAPE_NAME_FIELD,
                self.tr("Landscape name field (empty: NAME or a usual name field)"),
                optional=True,
            )
        )
        radius = QgsProcessingParameterNumber(
            self.SEARCH_RADIUS,
            self.tr("Search radius for the nearest protected area (metres; 0: do not search)"),
            compat.NUMBER_INTEGER,
            defaultValue=50000,
            minValue=0,
        )
        radius.setHelp(self.tr("Measured on the ellipsoid whatever the CRS of the layers."))
        self.addParameter(radius)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Classified sites"), compat.SOURCE_ANY_GEOMETRY
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.SUMMARY, self.tr("PACE summary"), compat.SOURCE_TABLE, optional=True
            )
        )
        for site_class, key in self.COUNT_OUTPUTS:
            self.addOutput(QgsProcessingOutputNumber(key, pace.class_label(site_class)))
        self.addOutput(
            QgsProcessingOutputString(self.SITE_KEY_FIELD, self.tr("Site key field (empty: the feature id)"))
        )

    def process(self, parameters, context, feedback):
        sites = self.source(parameters, self.SITES, context)
        check_sites(sites)
        key_field = source_site_key(sites)
        progress = Progress(feedback)
        measure = geodesy.context_measure(context)
        search_radius = self.parameterAsDouble(parameters, self.SEARCH_RADIUS, context)
        to_wgs84 = wgs84_transform(sites, context)
        if looks_swapped(sites, to_wgs84):
            feedback.pushWarning(
                self.tr(
                    "None of the sites lies on land, while most would with their latitude and longitude "
                    "exchanged: check that x holds the longitude and y the latitude, and the layer's CRS."
                )
            )
        # Only what lies within reach of the sites is read from the reference layers.
        near = site_surroundings(sites, to_wgs84, search_radius, feedback)
        if near is None:
            return {}
        # For point sites the reference sets hold boundaries for the batch tests, not geometries.
        references = load_references(
            self._reference_layers(parameters, context, feedback),
            measure,
            context,
            feedback,
            progress.loading,
            near,
            points_only=holds_single_points(sites),
        )
        if feedback.isCanceled():
            return {}
        out_fields = self._output_fields(parameters, context, sites, key_field, feedback)
        key_field = out_fields.stored_key or key_field
        sink, dest_id = self.sink(
            parameters, self.OUTPUT, context, out_fields.fields, sites.wkbType(), sites.sourceCrs()
        )
        classifier = SiteClassifier(
            references.protected_areas,
            references.landscapes,
            references.ecoregions,
            measure,
            search_radius,
        )
        data_version = self.parameterAsString(parameters, self.DATA_VERSION, context).strip() or None
        run_values = ("; ".join(references.tested), "; ".join(references.not_tested), data_version)
        site_count = sites.featureCount()
        stream = classify_stream(
            sites,
            classifier,
            to_wgs84,
            out_fields,
            run_values,
            lambda features: self.write(sink, features, parameters, self.OUTPUT),
            feedback,
            lambda read: progress.processing(read / site_count),
        )
        reports = references.reports
        # The reference sets (tens of MB for a national WDPA) are let go before the output is
        # finalised, when GDAL builds its spatial index: the peak memory stays lower.
        del classifier, references

        results = {self.OUTPUT: dest_id, self.SITE_KEY_FIELD: key_field}
        results.update(self._write_summary(parameters, context, stream))
        feedback.pushInfo(stream.closing_line(reports))
        self.style_output(context, dest_id, apply_pace_class_style)
        self.style_output(context, results.get(self.SUMMARY), apply_table_style)
        return results

    def _output_fields(self, parameters, context, sites, key_field, feedback):
        """The output's fields (the site's own, then the PACE fields), told in the log with the key."""
        destination = output_destination(self, parameters, self.OUTPUT, context)
        shapefile = destination.lower().split("|")[0].endswith(".shp")
        out_fields = output_fields(
            sites.fields(), SHAPEFILE_NAME_LENGTH if shapefile else None, store_key=key_field == FEATURE_ID
        )
        if key_field != FEATURE_ID:
            feedback.pushInfo(
                self.tr(
                    "Sites are named by {} (the site key): impact zones, downstream trace, pressure and "
                    "dossiers use the same key unless told otherwise."
                ).format(key_field)
            )
        elif out_fields.stored_key:
            feedback.pushInfo(
                self.tr(
                    "No field names each site once ({}): each site's feature id is stored in the field {} "
                    "of the output, the site key that impact zones, downstream trace, pressure and dossiers "
                    "use (feature ids change when a layer is copied)."
                ).format(", ".join(FIELD_CANDIDATES["sites"]["key"]), out_fields.stored_key)
            )
        if out_fields.replaced:
            feedback.pushInfo(
                self.tr("Replacing earlier PACE fields of the input: {}").format(
                    ", ".join(out_fields.replaced)
                )
            )
        if out_fields.renamed:
            feedback.pushWarning(
                self.tr(
                    "The site layer has fields of its own named like PACE fields: they are kept as they "
                    "are, and the PACE fields are written as {}."
                ).format(", ".join(f"{name} → {output}" for name, output in out_fields.renamed))
            )
        return out_fields

    def _write_summary(self, parameters, context, stream):
        """The summary table, if asked for, and the per-class counts: the results beside the output."""
        results = {key: stream.summary.per_class[site_class] for site_class, key in self.COUNT_OUTPUTS}
        summary_sink, summary_id = self.sink(
            parameters, self.SUMMARY, context, make_fields(SUMMARY_FIELDS), compat.WKB_NO_GEOMETRY
        )
        if summary_sink is not None:
            self.write(summary_sink, stream.summary_features(), parameters, self.SUMMARY)
            results[self.SUMMARY] = summary_id
        return results

    def _reference_layers(self, parameters, context, feedback):
        chosen, cleaning = pa_field_choices(self, parameters, context)
        return ReferenceLayers(
            protected_areas=with_wdpa_points(
                self.parameterAsLayerList(parameters, self.PROTECTED_AREAS, context), context, feedback
            ),
            aze_sites=self.parameterAsLayerList(parameters, self.AZE_SITES, context),
            landscapes=self.parameterAsLayerList(parameters, self.LANDSCAPES, context),
            ecoregions=self.parameterAsLayerList(parameters, self.ECOREGIONS, context),
            pa_fields=chosen,
            cleaning=cleaning,
            landscape_name_field=self.parameterAsString(
                parameters, self.LANDSCAPE_NAME_FIELD, context
            ).strip(),
            ecoregions_are_g200=self.parameterAsBoolean(parameters, self.ECOREGIONS_ARE_G200, context),
        )
