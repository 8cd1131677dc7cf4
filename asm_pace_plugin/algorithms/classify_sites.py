"""asm_pace:classifysites, "Classify sites (PACE)".

Thin layer over core/: reads parameters, loads the reference layers, streams the sites
past them and writes the classified sites and a summary.
"""

from concurrent.futures import ThreadPoolExecutor

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ..core import compat, geodesy, pace, wdpa
from ..core.classify import (
    MATCH_FIELDS,
    NOTE_REPAIRED,
    OWN_FIELDS,
    RUN_FIELDS,
    SITE_FIELD_NAMES,
    SITE_FIELDS,
    SUMMARY_FIELDS,
    UNCLASSIFIED_MATCHES,
    SiteClassifier,
    SiteFacts,
    Summary,
    make_fields,
)
from ..core.fields import MissingFieldError
from ..core.reference import (
    InputError,
    ReferenceSet,
    load_aze_sites,
    load_g200_ecoregions,
    load_landscapes,
    load_protected_areas,
)
from ..core.site_key import source_site_key
from .common import (
    KEEP_STATUSES,
    add_pa_field_parameters,
    check_site_source,
    describe_key,
    ellipsoid_of,
    layer_display_name,
    pa_field_choices,
    site_geometry,
    wgs84_transform,
)
from .output_styles import apply_pace_class_style

# Share of the progress bar spent reading the reference layers.
LOADING_SHARE = 20.0
# Sites are classified and written this many at a time: single points are tested together
# (vectorised), other sites one by one, so their batches are smaller.
POINT_BATCH_SIZE = 5000
OTHER_BATCH_SIZE = 200
# The progress bar moves every this many sites read.
PROGRESS_STEP = 1000


def tr(text):
    return QCoreApplication.translate("ClassifySitesAlgorithm", text)


class ClassifySitesAlgorithm(QgsProcessingAlgorithm):
    SITES = "SITES"
    PROTECTED_AREAS = "PROTECTED_AREAS"
    KEEP_STATUSES = KEEP_STATUSES
    EXCLUDE_MAB = "EXCLUDE_MAB"
    POINT_PAS_AS_CIRCLES = "POINT_PAS_AS_CIRCLES"
    REPAIR_GEOMETRIES = "REPAIR_GEOMETRIES"
    LANDSCAPES = "LANDSCAPES"
    LANDSCAPE_NAME_FIELD = "LANDSCAPE_NAME_FIELD"
    ECOREGIONS = "ECOREGIONS"
    ECOREGIONS_ARE_G200 = "ECOREGIONS_ARE_G200"
    AZE_SITES = "AZE_SITES"
    SEARCH_RADIUS = "SEARCH_RADIUS"
    DATA_VERSION = "DATA_VERSION"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"
    SITE_KEY_FIELD = "SITE_KEY_FIELD"
    COUNT_OUTPUTS = (
        (pace.PROTECTED_AREA, "SITES_IN_PROTECTED_AREAS"),
        (pace.PRIORITY_LANDSCAPE, "SITES_IN_PRIORITY_LANDSCAPES"),
        (pace.CRITICAL_ECOSYSTEM, "SITES_IN_CRITICAL_ECOSYSTEMS"),
        (pace.NOT_ELIGIBLE, "SITES_NOT_ELIGIBLE"),
        (pace.UNCLASSIFIED, "SITES_WITHOUT_GEOMETRY"),
    )

    def name(self):
        return "classifysites"

    def displayName(self):
        return tr("Classify sites (PACE)")

    def group(self):
        return tr("Site screening")

    def groupId(self):
        return "screening"

    def tags(self):
        return tr(
            "asm,artisanal,mining,pace,wdpa,protected,area,ecoregion,global 200,landscape,classify"
        ).split(",")

    def shortHelpString(self):
        return tr(
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
            "tested, and the output says so in <i>not_tested</i>.</p>"
            "<p>Distances are metres on the ellipsoid, whatever the CRS. For a site outside every "
            "protected area, the nearest one within the search radius is reported.</p>"
            "<p>Outputs: the sites with all their fields plus the PACE fields (see the README for "
            "each), styled by class; and a summary table of sites per class and per protected area.</p>"
        )

    def createInstance(self):
        return ClassifySitesAlgorithm()

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(self.SITES, tr("Mining sites"), [compat.SOURCE_ANY_GEOMETRY])
        )
        protected_areas = QgsProcessingParameterMultipleLayers(
            self.PROTECTED_AREAS,
            tr("Protected areas (WDPA polygons and points, or a national layer)"),
            compat.SOURCE_ANY_GEOMETRY,
        )
        protected_areas.setHelp(tr("Polygon layers, and WDPA point layers with REP_AREA."))
        self.addParameter(protected_areas)
        add_pa_field_parameters(self)
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.EXCLUDE_MAB, tr("Leave out UNESCO-MAB Biosphere Reserves"), defaultValue=True
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.POINT_PAS_AS_CIRCLES,
                tr("Use protected-area points as circles of their reported area (REP_AREA)"),
                defaultValue=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.REPAIR_GEOMETRIES,
                tr("Repair invalid geometries (otherwise leave them out)"),
                defaultValue=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.LANDSCAPES, tr("WWF priority landscapes"), compat.SOURCE_POLYGON, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.LANDSCAPE_NAME_FIELD,
                tr("Landscape name field (empty: NAME or a usual name field)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.ECOREGIONS,
                tr("Ecoregions (WWF TEOW with G200 fields, or a Global 200 layer)"),
                compat.SOURCE_POLYGON,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.ECOREGIONS_ARE_G200,
                tr("Ecoregion layers hold only Global 200 ecoregions"),
                defaultValue=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.AZE_SITES,
                tr("AZE sites (or a KBA layer with an AZE status field)"),
                compat.SOURCE_POLYGON,
                optional=True,
            )
        )
        radius = QgsProcessingParameterNumber(
            self.SEARCH_RADIUS,
            tr("Search radius for the nearest protected area (metres; 0: do not search)"),
            compat.NUMBER_DOUBLE,
            defaultValue=50000,
            minValue=0,
        )
        radius.setHelp(tr("Measured on the ellipsoid whatever the CRS of the layers."))
        self.addParameter(radius)
        version = QgsProcessingParameterString(
            self.DATA_VERSION, tr("Data version to record (e.g. WDPA November 2025)"), optional=True
        )
        version.setFlags(version.flags() | compat.FLAG_ADVANCED)
        self.addParameter(version)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Classified sites"), compat.SOURCE_ANY_GEOMETRY)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.SUMMARY, tr("PACE summary"), compat.SOURCE_TABLE, optional=True
            )
        )
        for site_class, key in self.COUNT_OUTPUTS:
            self.addOutput(QgsProcessingOutputNumber(key, tr(pace.CLASS_LABELS[site_class])))
        self.addOutput(
            QgsProcessingOutputString(self.SITE_KEY_FIELD, tr("Site key field (empty: the feature id)"))
        )

    def processAlgorithm(self, parameters, context, feedback):
        sites = self.parameterAsSource(parameters, self.SITES, context)
        if sites is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SITES))
        check_site_source(sites, tr("The site layer"))
        site_count = sites.featureCount()
        key_field = source_site_key(sites)
        feedback.pushInfo(
            tr(
                "Sites are named by {} (the site key): impact zones, downstream trace, pressure and "
                "dossiers use the same key unless told otherwise."
            ).format(describe_key(key_field))
        )

        measure = geodesy.distance_area(ellipsoid_of(context), context.transformContext())
        try:
            references = self._load_references(parameters, context, feedback, measure)
        except (InputError, MissingFieldError) as error:
            raise QgsProcessingException(str(error)) from error
        if feedback.isCanceled():
            return {}
        protected_areas, landscapes, ecoregions, tested, not_tested, reports = references

        out_fields, kept_indices, replaced = _output_fields(sites.fields())
        if replaced:
            feedback.pushInfo(
                tr("Replacing earlier PACE fields of the input: {}").format(", ".join(replaced))
            )
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, out_fields, sites.wkbType(), sites.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))

        classifier = SiteClassifier(
            protected_areas,
            landscapes,
            ecoregions,
            measure,
            self.parameterAsDouble(parameters, self.SEARCH_RADIUS, context),
        )
        tested_text, not_tested_text = "; ".join(tested), "; ".join(not_tested)
        data_version = self.parameterAsString(parameters, self.DATA_VERSION, context).strip() or None
        to_wgs84 = wgs84_transform(sites, context)
        sites_are_single_points = QgsWkbTypes.flatType(sites.wkbType()) == compat.WKB_POINT

        step = (100.0 - LOADING_SHARE) / site_count if site_count > 0 else 0
        batch_size = POINT_BATCH_SIZE if sites_are_single_points else OTHER_BATCH_SIZE
        store = _PaceValueStore(
            classifier,
            to_wgs84,
            to_wgs84 is not None or not sites_are_single_points,
            sites.fields(),
            out_fields,
            kept_indices,
            (tested_text, not_tested_text, data_version),
        )

        def read_progress(read):
            feedback.setProgress(LOADING_SHARE + read * step)

        def write(features, classified):
            """Write a batch once classified; returns the repaired sites among them."""
            repaired = classified.result()
            if not sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
            return repaired

        # A batch is classified in a second thread while this one reads the next batch and
        # writes the previous one: the vectorised tests run mostly outside Python's GIL.
        # Until a batch is written, only that thread touches it, the classifier and the store.
        repaired_sites = 0
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="asm_pace_classify") as classifying:
            previous = None
            for batch in _batches(sites, batch_size, feedback, read_progress):
                submitted = (batch, classifying.submit(store.classify, batch))
                if previous:
                    repaired_sites += write(*previous)
                previous = submitted
            if previous and not feedback.isCanceled():
                repaired_sites += write(*previous)
        summary = store.summary
        # The reference sets (tens of MB for a national WDPA) are let go before the output is
        # finalised, when GDAL builds its spatial index: the peak memory stays lower.
        del store, classifier, protected_areas, landscapes, ecoregions, references

        results = {self.OUTPUT: dest_id, self.SITE_KEY_FIELD: key_field}
        summary_sink, summary_id = self.parameterAsSink(
            parameters, self.SUMMARY, context, make_fields(SUMMARY_FIELDS), compat.WKB_NO_GEOMETRY
        )
        if summary_sink is not None:
            for row in summary.rows():
                record = QgsFeature(make_fields(SUMMARY_FIELDS))
                record.setAttributes(row)
                summary_sink.addFeature(record, QgsFeatureSink.Flag.FastInsert)
            results[self.SUMMARY] = summary_id
        for site_class, key in self.COUNT_OUTPUTS:
            results[key] = summary.per_class[site_class]

        feedback.pushInfo(_closing_line(summary, repaired_sites, reports))
        if context.willLoadLayerOnCompletion(dest_id):
            details = context.layerToLoadOnCompletionDetails(dest_id)
            details.setPostProcessor(PaceClassStyler.create())
        return results

    def _load_references(self, parameters, context, feedback, measure):
        """Read every reference layer once; returns the sets and what was / was not tested."""
        chosen, kept_statuses = pa_field_choices(self, parameters, context)
        options = wdpa.CleaningOptions(
            kept_statuses=kept_statuses,
            exclude_mab=self.parameterAsBoolean(parameters, self.EXCLUDE_MAB, context),
            points_as_circles=self.parameterAsBoolean(parameters, self.POINT_PAS_AS_CIRCLES, context),
            repair_geometries=self.parameterAsBoolean(parameters, self.REPAIR_GEOMETRIES, context),
        )
        pa_layers = self.parameterAsLayerList(parameters, self.PROTECTED_AREAS, context)
        landscape_layers = self.parameterAsLayerList(parameters, self.LANDSCAPES, context)
        ecoregion_layers = self.parameterAsLayerList(parameters, self.ECOREGIONS, context)
        aze_layers = self.parameterAsLayerList(parameters, self.AZE_SITES, context)
        if not pa_layers and not aze_layers:
            raise InputError(
                tr(
                    "No protected-area layer was given. Add at least one (the WDPA for your country, or a "
                    "national layer): without it no site can be screened."
                )
            )
        field_maps = wdpa.apply_chosen_fields([layer.fields().names() for layer in pa_layers], chosen)

        work = [(layer, "protected areas") for layer in pa_layers + aze_layers]
        work += [(layer, "landscapes") for layer in landscape_layers]
        work += [(layer, "ecoregions") for layer in ecoregion_layers]
        per_layer = LOADING_SHARE / len(work)
        protected_areas = ReferenceSet("protected areas")
        landscapes = ReferenceSet("landscapes") if landscape_layers else None
        ecoregions = ReferenceSet("ecoregions") if ecoregion_layers else None
        repair = options.repair_geometries
        landscape_field = self.parameterAsString(parameters, self.LANDSCAPE_NAME_FIELD, context).strip()
        all_g200 = self.parameterAsBoolean(parameters, self.ECOREGIONS_ARE_G200, context)
        transform_context = context.transformContext()
        reports = []
        for position, (layer, kind) in enumerate(work):
            if feedback.isCanceled():
                break
            feedback.setProgress(position * per_layer)
            # A thread-safe reader of the layer (algorithms run in a background thread).
            source = QgsProcessingFeatureSource(layer, context)
            name = layer_display_name(layer)
            if not source.featureCount():
                raise InputError(
                    tr("The {} layer '{}' is empty. Remove it or choose another layer.").format(kind, name)
                )
            if layer in pa_layers:
                field_map = field_maps[pa_layers.index(layer)]
                schema = wdpa.detect_schema(layer.fields().names())
                feedback.pushInfo(tr("{}: {}; fields used: {}").format(name, schema, field_map.used()))
                report = load_protected_areas(
                    protected_areas, source, name, field_map, options, measure, transform_context, feedback
                )
            elif kind == "protected areas":
                report = load_aze_sites(protected_areas, source, name, transform_context, repair, feedback)
            elif kind == "landscapes":
                report = load_landscapes(
                    landscapes, source, name, landscape_field, transform_context, repair, feedback
                )
            else:
                report = load_g200_ecoregions(
                    ecoregions, source, name, all_g200, transform_context, repair, feedback
                )
            feedback.pushInfo(report.summary())
            reports.append(report)
        if pa_layers and not len(protected_areas) and not feedback.isCanceled():
            feedback.reportError(
                tr("No protected area was left after cleaning: check the statuses to keep and the layers.")
            )
        tested, not_tested = ["protected areas"], []
        for reference, kind in ((landscapes, "landscapes"), (ecoregions, "Global 200 ecoregions")):
            (tested if reference is not None else not_tested).append(kind)
        if not aze_layers:
            not_tested.append("AZE sites")
        if not_tested:
            feedback.pushWarning(tr("Not tested, as no layer was given: {}").format(", ".join(not_tested)))
        return protected_areas, landscapes, ecoregions, tested, not_tested, reports


def _output_fields(input_fields):
    """Input fields (minus earlier PACE fields, which are replaced) plus the PACE fields."""
    ours = {name.lower() for name in SITE_FIELD_NAMES}
    kept_indices, replaced = [], []
    out_fields = QgsFields()
    for index, input_field in enumerate(input_fields):
        if input_field.name().lower() in ours:
            replaced.append(input_field.name())
            continue
        kept_indices.append(index)
        out_fields.append(input_field)
    for pace_field in make_fields(SITE_FIELDS):
        out_fields.append(pace_field)
    return out_fields, kept_indices, replaced


class _PaceValueStore:
    """Classifies batches of site features and stores their PACE values in them, keeping
    the summary.

    Each site's own feature is widened to the output fields and only its PACE values that
    are set are stored. Values shared by many sites (those of Matches, the run's, texts)
    cross from Python to QGIS once, as QVariants: most of the cost of storing is converting.
    """

    def __init__(self, classifier, to_wgs84, prepare, input_fields, out_fields, kept_indices, run_values):
        self.classifier = classifier
        self.to_wgs84 = to_wgs84
        self.prepare = prepare  # whether geometries are repaired and reprojected first
        self.out_fields = out_fields
        self.kept_indices = kept_indices
        self.run_values = run_values  # RUN_FIELDS values: tested, not tested, data version
        # Without earlier PACE fields to drop, the input values stay where they are.
        self.keeps_all_fields = len(kept_indices) == input_fields.count()
        self.position = {name: len(kept_indices) + offset for offset, name in enumerate(SITE_FIELD_NAMES)}
        self.run_variants = [
            (self.position[name], QVariant(value)) for name, value in zip(RUN_FIELDS, run_values) if value
        ]
        self.own_positions = [self.position[name] for name in OWN_FIELDS]
        self.match_variants = {}  # Matches: [(field index, QVariant)] of its values that are set
        self.text_variants = {}  # text: QVariant
        self.summary = Summary()

    def classify(self, features):
        """Classify the features and store their PACE values; returns the repaired sites."""
        geometries = [feature.geometry() for feature in features]
        all_facts = _classify_features(self.classifier, geometries, self.to_wgs84, self.prepare)
        self.store(features, all_facts)
        return sum(facts.note == NOTE_REPAIRED for facts in all_facts)

    def store(self, features, all_facts):
        """Store each site's PACE values (from its SiteFacts) in its feature."""
        field_count = self.out_fields.count()
        for feature, facts in zip(features, all_facts):
            self.summary.add(facts)
            feature.setFields(self.out_fields, False)
            if self.keeps_all_fields:
                feature.resizeAttributes(field_count)  # the new fields NULL
                self._store(feature, facts)
            else:
                attributes = feature.attributes()
                kept = [attributes[index] for index in self.kept_indices]
                feature.setAttributes(kept + facts.attributes(*self.run_values))

    def _store(self, feature, facts):
        matches = facts.matches
        variants = self.match_variants.get(matches)
        if variants is None:
            variants = self.match_variants[matches] = [
                (self.position[name], self._variant(value))
                for name, value in zip(MATCH_FIELDS, matches.values())
                if value is not None
            ]
        for index, value in variants:
            feature[index] = value
        for index, value in zip(self.own_positions, facts.own_values()):
            if value is not None:
                # Distances and shares differ from site to site: passed as they are.
                feature[index] = self._variant(value) if value.__class__ is str else value
        for index, value in self.run_variants:
            feature[index] = value

    def _variant(self, value):
        """value as a QVariant, made once per distinct text."""
        if value.__class__ is not str:
            return QVariant(value)
        variant = self.text_variants.get(value)
        if variant is None:
            variant = self.text_variants[value] = QVariant(value)
        return variant


def _batches(sites, size, feedback, progress):
    """Site features a batch at a time, until the end or a cancel; progress is called with
    the features read so far every PROGRESS_STEP features."""
    batch = []
    for read, feature in enumerate(compat.iterate_features(sites, QgsFeatureRequest()), 1):
        if feedback.isCanceled():
            return
        batch.append(feature)
        if read % PROGRESS_STEP == 0:
            progress(read)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _classify_features(classifier, geometries, to_wgs84, prepare=True):
    """SiteFacts of each site geometry (in the site layer's CRS), classified as one batch.

    Without prepare, the geometries are taken as they are: right for single points in
    EPSG:4326, which can be neither invalid nor reprojected (classify_many marks those
    without geometry itself)."""
    if not prepare:
        return classifier.classify_many(geometries)
    prepared = [site_geometry(geometry, to_wgs84) for geometry in geometries]
    classified = iter(classifier.classify_many([work for work, _problem in prepared if work is not None]))
    results = []
    for work, problem in prepared:
        if work is None:
            results.append(SiteFacts(UNCLASSIFIED_MATCHES, note=problem))
            continue
        facts = next(classified)
        facts.note = problem or ""
        results.append(facts)
    return results


def _closing_line(summary, repaired_sites, reports):
    counts = ", ".join(f"{summary.per_class[site_class]} {site_class}" for site_class in pace.ALL_CLASSES)
    total = sum(summary.per_class.values())
    repaired_references = sum(report.repaired for report in reports)
    dropped_points = sum(report.dropped[wdpa.DROPPED_POINT_WITHOUT_AREA] for report in reports)
    return (
        f"Classified {total} sites: {counts} (no usable geometry); site geometries repaired: "
        f"{repaired_sites}; reference geometries repaired: {repaired_references}; protected-area points "
        f"without reported area dropped: {dropped_points}."
    )


class PaceClassStyler(QgsProcessingLayerPostProcessorInterface):
    """Styles the classified sites by PACE class once Processing has loaded them."""

    instance = None

    def postProcessLayer(self, layer, context, feedback):
        if layer is not None and layer.fields().indexOf("pace_class") >= 0:
            apply_pace_class_style(layer)

    @staticmethod
    def create():
        # Processing keeps only a pointer: the Python object must outlive the call.
        PaceClassStyler.instance = PaceClassStyler()
        return PaceClassStyler.instance
