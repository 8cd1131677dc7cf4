"""Classifying a stream of site features: their PACE values stored in them, batch by batch.

classify_stream() reads the sites a batch at a time, classifies each batch in a second
thread while this one reads the next batch and writes the previous one, and hands each
classified batch to the caller's write(). The vectorised point tests run mostly outside
Python's GIL, so the two threads overlap.
"""

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from qgis.core import QgsFeature, QgsFeatureRequest, QgsFields, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ..shared import compat
from ..shared.errors import RunCancelled
from ..shared.i18n import translate
from ..shared.input_fields import last_form, unique_name
from ..shared.output_schema import make_fields
from ..shared.site_key import stored_key_definition
from ..shared.sites import NOTE_REPAIRED, note_cancel, site_geometry
from . import pace, wdpa
from .site_classification import (
    MATCH_FIELDS,
    OWN_FIELDS,
    RUN_FIELDS,
    SITE_FIELD_NAMES,
    SITE_FIELDS,
    SUMMARY_FIELDS,
    UNCLASSIFIED_MATCHES,
    SiteResult,
    Summary,
)

# Sites are classified and written this many at a time: single points are tested together
# (vectorised), other sites one by one, so their batches are smaller.
POINT_BATCH_SIZE = 5000
OTHER_BATCH_SIZE = 200
# progress() is called every this many sites read.
PROGRESS_STEP = 1000


@dataclass(frozen=True)
class OutputFields:
    """The classified sites' fields: the input's (minus earlier PACE fields) plus the PACE fields."""

    fields: QgsFields
    kept_indices: list  # indices of the input fields kept, in order
    replaced: list  # names of earlier PACE fields of the input, replaced
    renamed: list = ()  # (PACE field, its name in the output) where the user's field has the name
    stored_key: str = None  # the field that stores each site's input feature id (site_key.py)


def output_fields(input_fields, max_length=None, store_key=False):
    """OutputFields of a site layer with these fields; max_length: of a field name in the output
    format (10 for a Shapefile), None for no limit; store_key: add the field that keeps each
    site's feature id, the key of sites that no field names (site_key.py), after the PACE fields.

    Only a layer that is recognisably an earlier output (it has every PACE field) has those
    fields replaced. A user's own field that merely shares a name with a PACE field (tested,
    near_pa...) is kept, and the PACE field gets a suffix (tested_2), as QGIS's joins do.
    """
    names = input_fields.names()
    ours = {name.lower() for name in SITE_FIELD_NAMES}
    earlier_output = ours <= {name.lower() for name in names}
    kept_indices, replaced = [], []
    fields = QgsFields()
    for index, input_field in enumerate(input_fields):
        if earlier_output and input_field.name().lower() in ours:
            replaced.append(input_field.name())
            continue
        kept_indices.append(index)
        fields.append(input_field)
    taken, renamed, definitions = list(fields.names()), [], []
    for name, field_type, meaning in SITE_FIELDS:
        output_name = unique_name(name, taken, max_length)
        taken.append(output_name)
        if output_name != name:
            renamed.append((name, output_name))
        definitions.append((output_name, field_type, meaning))
    stored_key = None
    if store_key:
        definitions.append(stored_key_definition(taken, max_length))
        stored_key = definitions[-1][0]
    for pace_field in make_fields(definitions):
        fields.append(pace_field)
    return OutputFields(fields, kept_indices, replaced, renamed, stored_key)


def pace_field_names(field_names):
    """{PACE field: its name in a classified layer with these fields} for the PACE fields it has:
    pace_class_2 where a user's own pace_class kept the name (output_fields)."""
    found = {name: last_form(field_names, name) for name in SITE_FIELD_NAMES}
    return {name: actual for name, actual in found.items() if actual}


def classified_values(field_names, values):
    """A classified site's attributes by name, its PACE fields holding the classification's own
    values where a user's field kept a PACE field's name (pace_class beside pace_class_2)."""
    by_name = dict(zip(field_names, values))
    by_name.update({name: by_name[actual] for name, actual in pace_field_names(field_names).items()})
    return by_name


@dataclass(frozen=True)
class StreamResult:
    summary: Summary
    repaired_sites: int

    def summary_features(self):
        """The summary table's rows as features of SUMMARY_FIELDS."""
        fields = make_fields(SUMMARY_FIELDS)
        features = []
        for row in self.summary.rows():
            feature = QgsFeature(fields)
            feature.setAttributes(row)
            features.append(feature)
        return features

    def closing_line(self, reports):
        """The log's last line: sites per class, and the geometries repaired or dropped
        (reports: the reference layers' LoadReports)."""
        per_class = self.summary.per_class
        # Each class by its readable label: the codes are for scripts (the output's pace_class).
        counts = ", ".join(
            translate("StreamResult", "{label}: {count}").format(
                label=pace.class_label(site_class), count=per_class[site_class]
            )
            for site_class in pace.ALL_CLASSES
        )
        return translate(
            "StreamResult",
            "Classified {total} sites: {counts}; site geometries repaired: {repaired_sites}; reference "
            "geometries repaired: {repaired_references}; protected-area points without reported area "
            "dropped: {dropped_points}.",
        ).format(
            total=sum(per_class.values()),
            counts=counts,
            repaired_sites=self.repaired_sites,
            repaired_references=sum(report.repaired for report in reports),
            dropped_points=sum(report.dropped[wdpa.DROPPED_POINT_WITHOUT_AREA] for report in reports),
        )


def holds_single_points(sites):
    """Whether a site layer or source holds single points (as a batch, tested vectorised)."""
    return QgsWkbTypes.flatType(sites.wkbType()) == compat.WKB_POINT


def classify_stream(sites, classifier, to_wgs84, out_fields, run_values, write, feedback, progress):
    """Classify every feature of `sites`, store its PACE values in it and hand each batch to
    write(features), in reading order, until the end or a cancel; returns a StreamResult.

    to_wgs84: the sites' transform to EPSG:4326 (None when already in it); out_fields:
    OutputFields; run_values: the RUN_FIELDS values; progress(read) is called with the
    number of sites read every PROGRESS_STEP sites.

    Thread safety: a batch, the classifier and the store are touched by the classifying
    thread only, from the batch's submission until its result is awaited; write() and
    reading run in the caller's thread, on batches the other thread is done with.
    """
    single_points = holds_single_points(sites)
    store = PaceValueStore(
        classifier,
        to_wgs84,
        to_wgs84 is not None or not single_points,
        sites.fields(),
        out_fields,
        run_values,
    )
    batch_size = POINT_BATCH_SIZE if single_points else OTHER_BATCH_SIZE
    repaired_sites = 0

    written = 0

    def write_when_classified(features, classified):
        nonlocal repaired_sites, written
        repaired_sites += classified.result()
        write(features)
        written += len(features)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="asm_pace_classify") as classifying:
        previous = None
        try:
            for batch in site_batches(sites, batch_size, feedback, progress):
                submitted = (batch, classifying.submit(store.classify, batch))
                if previous:
                    write_when_classified(*previous)
                previous = submitted
            if previous and not feedback.isCanceled():
                write_when_classified(*previous)
        except RunCancelled:
            # A batch waiting behind the cancelled one stops at once: cancelled() says so again.
            note_cancel(feedback, written, sites.featureCount())
    return StreamResult(store.summary, repaired_sites)


class PaceValueStore:
    """Classifies batches of site features and stores their PACE values in them, keeping
    the summary.

    Each site's own feature is widened to the output fields and only its PACE values that
    are set are stored. Values shared by many sites (those of Matches, the run's, texts)
    cross from Python to QGIS once, as QVariants: most of the cost of storing is converting.
    """

    def __init__(self, classifier, to_wgs84, prepare, input_fields, out_fields, run_values):
        self.classifier = classifier
        self.to_wgs84 = to_wgs84
        self.prepare = prepare  # whether geometries are repaired and reprojected first
        self.out_fields = out_fields.fields
        self.kept_indices = out_fields.kept_indices
        self.run_values = run_values  # RUN_FIELDS values: tested, not tested, data version
        # Without earlier PACE fields to drop, the input values stay where they are.
        self.keeps_all_fields = len(self.kept_indices) == input_fields.count()
        first = len(self.kept_indices)
        self.position = {name: first + offset for offset, name in enumerate(SITE_FIELD_NAMES)}
        self.run_variants = [
            (self.position[name], QVariant(value)) for name, value in zip(RUN_FIELDS, run_values) if value
        ]
        self.own_positions = [self.position[name] for name in OWN_FIELDS]
        self.stores_key = out_fields.stored_key is not None
        self.match_variants = {}  # Matches: [(field index, QVariant)] of its values that are set
        self.text_variants = {}  # text: QVariant
        self.summary = Summary()

    def classify(self, features):
        """Classify the features and store their PACE values; returns the repaired sites."""
        geometries = [feature.geometry() for feature in features]
        results = classify_geometries(self.classifier, geometries, self.to_wgs84, self.prepare)
        self.store(features, results)
        return sum(result.note == NOTE_REPAIRED for result in results)

    def store(self, features, results):
        """Store each site's PACE values (from its SiteResult) in its feature."""
        field_count = self.out_fields.count()
        for feature, result in zip(features, results):
            self.summary.add(result)
            feature.setFields(self.out_fields, False)
            if self.keeps_all_fields:
                feature.resizeAttributes(field_count)  # the new fields NULL
                self._store(feature, result)
            else:
                attributes = feature.attributes()
                kept = [attributes[index] for index in self.kept_indices]
                feature.setAttributes(kept + result.attributes(*self.run_values) + [None] * self.stores_key)
            if self.stores_key:
                feature[field_count - 1] = str(feature.id())  # the input's id: the output numbers anew

    def _store(self, feature, result):
        matches = result.matches
        variants = self.match_variants.get(matches)
        if variants is None:
            variants = self.match_variants[matches] = [
                (self.position[name], self._variant(value))
                for name, value in zip(MATCH_FIELDS, matches.values())
                if value is not None
            ]
        for index, value in variants:
            feature[index] = value
        for index, value in zip(self.own_positions, result.own_values()):
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


def site_batches(sites, size, feedback, progress):
    """Site features a batch at a time, until the end or a cancel; progress is called with
    the features read so far every PROGRESS_STEP features."""
    batch = []
    for read, feature in enumerate(compat.iterate_features(sites, QgsFeatureRequest()), 1):
        if feedback.isCanceled():
            note_cancel(feedback, read - 1, sites.featureCount())
            return
        batch.append(feature)
        if read % PROGRESS_STEP == 0:
            progress(read)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def classify_geometries(classifier, geometries, to_wgs84, prepare=True):
    """SiteResult of each site geometry (in the site layer's CRS), classified as one batch.

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
            results.append(SiteResult(UNCLASSIFIED_MATCHES, note=problem))
            continue
        result = next(classified)
        result.note = problem or ""
        results.append(result)
    return results
