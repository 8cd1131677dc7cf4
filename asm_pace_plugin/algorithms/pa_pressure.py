"""asm_pace:papressure, "Pressure on protected areas".

Thin layer over core/impacts/pressure.py: loads the protected areas (cleaned as in classifysites),
streams the impact zones past them and writes one row per protected area and pathway,
plus one per site, pathway and protected area.
"""

from collections import Counter

from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from ..core.impacts.pressure import (
    PressureAccumulator,
    add_zone_layers,
    pressure_fields,
    site_pressure_fields,
)
from ..core.screening.layer_reading import read_protected_areas
from ..core.screening.reference_sets import ReferenceSet
from ..core.screening.surroundings import SiteSurroundings, site_surroundings
from ..core.shared import compat, geodesy
from ..core.shared import public_names as names
from ..core.shared.errors import InputError, MissingFieldError
from ..core.shared.input_fields import find_field
from ..core.shared.output_schema import make_feature
from ..core.shared.site_key import keys_meet
from ..core.shared.sites import NOTE_REPAIRED, wgs84_transform
from ..rendering.output_styles import apply_pressure_style, apply_table_style
from .base import AsmPaceAlgorithm, Progress
from .common import (
    add_pa_field_parameters,
    check_site_source,
    check_sites,
    chosen_site_key,
    describe_key,
    keyed_sites,
    pa_field_choices,
    site_key_parameter,
)
from .layer_inputs import with_wdpa_points


class PaPressureAlgorithm(AsmPaceAlgorithm):
    ZONES = names.ZONES
    PATHWAY_FIELD = "PATHWAY_FIELD"
    SITE_FIELD = "SITE_FIELD"
    PROTECTED_AREAS = names.PROTECTED_AREAS
    WDPA_POINTS_READ = (names.PROTECTED_AREAS,)  # a WDPA file given whole: its points are read too
    SITES = names.SITES
    SITES_ID_FIELD = "SITES_ID_FIELD"
    OUTPUT = names.OUTPUT
    SITE_TABLE = names.SITE_TABLE
    PA_COUNT = "PA_COUNT"

    def name(self):
        return names.PA_PRESSURE

    def displayName(self):
        return self.tr("Pressure on protected areas")

    def groupId(self):
        return "pressure"

    def tags(self):
        return self.tr("asm,mining,impact,pressure,protected,area,wdpa,hectares,share").split(",")

    def shortHelpString(self):
        return self.tr(
            "<p>Measures how much of each protected area the impact zones of the mining sites cover, "
            "per impact pathway: hectares inside the zones, share of the protected area, how many "
            "sites contribute and which, and (if the site layer is given) which sites lie inside it.</p>"
            "<p><b>Impact zones</b>: one or more outputs of <i>Impact zones</i> (full discs, not "
            "dissolved, so that sites can be counted) and of <i>Downstream trace</i> (mercury "
            "corridors). Zones of several sites that overlap are counted once per pathway.</p>"
            "<p><b>Protected areas</b>: WDPA or a national layer, cleaned as in <i>Classify sites</i> "
            "(statuses kept, UNESCO-MAB left out, invalid polygons repaired). Parcels sharing an id are "
            "one protected area.</p>"
            "<p>Areas are in hectares on the ellipsoid, never in planar degrees. Outputs: the "
            "pressured part of each protected area per pathway (polygons, EPSG:4326), and a table "
            "with one row per site, pathway and protected area reached.</p>"
            "<p><b>Next step</b>: the <i>ASM-PACE assessment</i> dock for each site under pressure, then "
            "<i>Site dossiers</i> with these zones and the per-site table.</p>"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.ZONES, self.tr("Impact zones and mercury corridors"), compat.SOURCE_POLYGON
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.PATHWAY_FIELD,
                self.tr("Pathway field of the zones"),
                defaultValue="pathway",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.SITE_FIELD,
                self.tr("Site id field of the zones"),
                defaultValue=names.SITE_ID_FIELD,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.PROTECTED_AREAS,
                self.tr("Protected areas (WDPA polygons and points, or a national layer)"),
                compat.SOURCE_ANY_GEOMETRY,
            )
        )
        add_pa_field_parameters(self, advanced=True)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.SITES,
                self.tr("Mining sites (optional: to list the sites inside each protected area)"),
                [compat.SOURCE_ANY_GEOMETRY],
                optional=True,
            )
        )
        self.addParameter(site_key_parameter(self.SITES_ID_FIELD, self.SITES))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Pressure on protected areas"), compat.SOURCE_POLYGON
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.SITE_TABLE,
                self.tr("Protected areas reached by each site"),
                compat.SOURCE_TABLE,
                optional=True,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.PA_COUNT, self.tr("Protected areas under pressure")))

    def process(self, parameters, context, feedback):
        zone_layers = self._zone_layers(parameters, context)
        measure = geodesy.context_measure(context)
        progress = Progress(feedback, end=90.0)
        # Only the protected areas the zones (and sites) can meet are read.
        near = SiteSurroundings(0.0)
        for source in [zones for zones, _pathway, _site in zone_layers] + self._site_sources(
            parameters, context
        ):
            # On a cancel nothing more is marked, and the run ends as every cancelled run does.
            near = site_surroundings(source, wgs84_transform(source, context), 0.0, feedback, near) or near
        protected_areas = self._load_protected_areas(parameters, context, feedback, measure, progress, near)
        accumulator = PressureAccumulator(protected_areas, measure)
        counts = Counter()
        site_keys, key_field = self._add_sites(parameters, context, feedback, accumulator, counts)

        site_sink, site_table_id = self.sink(
            parameters, self.SITE_TABLE, context, site_pressure_fields(), compat.WKB_NO_GEOMETRY
        )
        zone_count, zone_keys = add_zone_layers(
            zone_layers, context, feedback, progress, accumulator, counts, site_sink
        )
        if site_keys:
            self._warn_unmatched_keys(site_keys, zone_keys, key_field, feedback)

        sink, dest_id = self.sink(
            parameters, self.OUTPUT, context, pressure_fields(), compat.WKB_MULTIPOLYGON, geodesy.WGS84
        )
        sites_given = parameters.get(self.SITES) not in (None, "")
        keys, rows_written = set(), 0
        fields = pressure_fields()
        for geometry, attributes in accumulator.results(sites_given):
            if feedback.isCanceled():
                break
            self.write(sink, [make_feature(fields, geometry, attributes)], parameters, self.OUTPUT)
            keys.add((attributes[-1], attributes[0]))  # its layer and its id: one protected area
            rows_written += 1
        feedback.setProgress(100)
        feedback.pushInfo(
            self.tr(
                "Pressure: {} zones read, {} protected areas under pressure ({} rows per pathway); "
                "geometries repaired: {}; features without usable geometry skipped: {}."
            ).format(
                zone_count,
                len(keys),
                rows_written,
                counts[NOTE_REPAIRED],
                sum(count for reason, count in counts.items() if reason != NOTE_REPAIRED),
            )
        )
        results = {self.OUTPUT: dest_id, self.PA_COUNT: len(keys)}
        if site_sink is not None:
            results[self.SITE_TABLE] = site_table_id
        self.style_output(context, dest_id, apply_pressure_style)
        self.style_output(context, results.get(self.SITE_TABLE), apply_table_style)
        return results

    def _zone_layers(self, parameters, context):
        """[(source, pathway field, site field)] for each zone layer; QgsProcessingException if unusable."""
        layers = self.parameterAsLayerList(parameters, self.ZONES, context)
        if not layers:
            raise QgsProcessingException(
                self.tr("No impact-zone layer was given. Run Impact zones (or Downstream trace) first.")
            )
        result = []
        for layer in layers:
            what = self.tr("The impact-zone layer '{}'").format(layer.name())
            source = QgsProcessingFeatureSource(layer, context)
            check_site_source(source, what)
            if compat.geometry_type_of(source.wkbType()) != compat.GEOMETRY_POLYGON:
                raise QgsProcessingException(
                    self.tr("{} must hold polygons: use the output of Impact zones.").format(what)
                )
            names = source.fields().names()
            result.append(
                (
                    source,
                    self._field(parameters, self.PATHWAY_FIELD, context, names, what, self.tr("pathway")),
                    self._field(parameters, self.SITE_FIELD, context, names, what, self.tr("site id")),
                )
            )
        return result

    def _field(self, parameters, key, context, names, what, role):
        name = self.parameterAsString(parameters, key, context).strip()
        if not name:
            return None
        try:
            return find_field(names, name)
        except MissingFieldError:
            raise QgsProcessingException(
                self.tr(
                    "{} has no {} field '{}'; its fields are: {}. Use the output of Impact zones, or name "
                    "the right field (empty: none)."
                ).format(what, role, name, ", ".join(names))
            ) from None

    def _site_sources(self, parameters, context):
        sites = self.parameterAsSource(parameters, self.SITES, context)
        return [] if sites is None else [sites]

    def _load_protected_areas(self, parameters, context, feedback, measure, progress, near):
        layers = with_wdpa_points(
            self.parameterAsLayerList(parameters, self.PROTECTED_AREAS, context), context, feedback
        )
        if not layers:
            raise InputError(
                self.tr("No protected-area layer was given. Add at least one (WDPA or national).")
            )
        chosen, options = pa_field_choices(self, parameters, context)
        protected_areas = ReferenceSet("protected areas", near)
        # Areas far from every zone are not read: only where some were read can cleaning have left none.
        read_protected_areas(
            protected_areas, layers, chosen, options, measure, context, feedback, progress.loading
        )
        return protected_areas

    def _add_sites(self, parameters, context, feedback, accumulator, counts):
        """Records which sites lie in which protected area; repairs and skips go to counts.
        Returns the keys of the sites read and the key field (([], None) without sites)."""
        sites = self.parameterAsSource(parameters, self.SITES, context)
        if sites is None:
            return [], None
        check_sites(sites)
        key_field = chosen_site_key(self, parameters, self.SITES_ID_FIELD, context, sites, feedback)
        keys = []
        for _feature, geometry, key in keyed_sites(sites, key_field, context, feedback, counts, keys=keys):
            accumulator.add_site(geometry, key)
        return keys, key_field

    def _warn_unmatched_keys(self, site_keys, zone_keys, key_field, feedback):
        """Says how many sites the zones name; a warning when none: the keys do not meet."""
        matched, total = keys_meet(site_keys, zone_keys)
        if matched:
            feedback.pushInfo(self.tr("{} of {} sites have impact zones.").format(matched, total))
            return
        feedback.pushWarning(
            self.tr(
                "0 of {} sites have impact zones under the key {}: the zones name their sites otherwise. "
                "Choose the site key field the zones were made with, or make the zones again from this "
                "site layer."
            ).format(total, describe_key(key_field))
        )
