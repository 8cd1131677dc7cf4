"""Impact pathways (README, "Impact zones, downstream tracing and pressure") and the metre-true
zones they draw around sites.

The pathways and their default distances live in a data file
(resources/catalogues/impact_pathways.csv) that a programme officer can edit; each row
gives the source and confidence of its distance. The file is validated when it is read.
"""

import csv
import io
import math
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from qgis.core import QgsGeometry

from ..shared import compat, geodesy, i18n, output_schema
from ..shared.catalogue_texts import catalogue_texts
from ..shared.errors import CatalogueError, InputError, MissingFieldError
from ..shared.i18n import QT_TRANSLATE_NOOP, translate
from ..shared.input_fields import find_field
from ..shared.output_schema import make_fields
from ..shared.paths import RESOURCES_DIR

CATALOGUE_PATH = RESOURCES_DIR / "catalogues" / "impact_pathways.csv"
CATALOGUE_COLUMNS = ("name", "kind", "label", "distance_m", "source", "confidence", "notes")
KIND_ZONE = "zone"
KIND_DOWNSTREAM = "downstream"
CONFIDENCES = ("high", "medium", "low", "none")
# The confidences as a reader reads them (the zones store the codes).
CONFIDENCE_LABELS = {
    "high": QT_TRANSLATE_NOOP("ImpactPathways", "high"),
    "medium": QT_TRANSLATE_NOOP("ImpactPathways", "medium"),
    "low": QT_TRANSLATE_NOOP("ImpactPathways", "low"),
    "none": QT_TRANSLATE_NOOP("ImpactPathways", "none"),
}
# Where a zone's distance comes from, as the zones store it (dist_src, the same in every
# language for scripts): the catalogue and its source, the dialog's parameter, a per-site field,
# or a dissolved zone of several sites.
SOURCE_CATALOGUE = "catalogue: "
SOURCE_PARAMETER = "parameter"
SOURCE_FIELD = "field "
SOURCE_DISSOLVED = "dissolved"

ZONE_DISC = "disc"
ZONE_RING = "ring"
DISSOLVE_NONE, DISSOLVE_PATHWAY, DISSOLVE_ALL = range(3)
DISSOLVE_LABELS = (
    QT_TRANSLATE_NOOP("ImpactPathways", "No: one zone per site and pathway"),
    QT_TRANSLATE_NOOP("ImpactPathways", "Per pathway"),
    QT_TRANSLATE_NOOP("ImpactPathways", "All zones into one"),
)
# Beyond this, circles drawn from CIRCLE_SEGMENTS vertices drift from the area of the geodesic
# circle (0.05% at 10,000 km, 8% at 12,000 km: the circle then holds both poles).
MAX_DISTANCE_M = 10_000_000
# Sites whose zones are computed together (numpy works on whole batches of point sites).
BATCH_SIZE = 512

TRUE_WORDS = {"1", "true", "t", "yes", "y", "oui", "o", "si", "sí", "sim", "x"}
FALSE_WORDS = {"", "0", "false", "f", "no", "n", "non", "nao", "não", "null", "none"}

ZONE_FIELDS = (
    output_schema.SITE_ID,
    (
        "pathway",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "impact pathway name from the catalogue, e.g. hunting"),
    ),
    ("path_label", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "readable name of the pathway")),
    (
        "dist_m",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "outer distance of the zone in metres on the ellipsoid"),
    ),
    (
        "inner_m",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "inner distance of a ring (0 for a full disc)"),
    ),
    (
        "dist_src",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP(
            "OutputFields", "where the distance comes from: catalogue source, parameter or field"
        ),
    ),
    (
        "confidence",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "confidence in the distance: high, medium, low, none"),
    ),
    (
        "zone",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "disc (site to distance) or ring (from the previous distance)"),
    ),
    (
        "n_sites",
        compat.FIELD_INT,
        QT_TRANSLATE_NOOP("OutputFields", "number of sites in the zone (1 unless dissolved)"),
    ),
    (
        "area_ha",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "area of the zone in hectares on the ellipsoid"),
    ),
)


@dataclass(frozen=True)
class Pathway:
    name: str
    kind: str
    label: str
    distance_m: float  # None: no default distance
    source: str
    confidence: str
    notes: str


def load_catalogue(path=None):
    """The pathways of a catalogue file, by name, in file order; InputError says what to fix."""
    path = Path(path or CATALOGUE_PATH)
    where = translate("ImpactPathways", "Impact-pathway catalogue {path}").format(path=path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(
            translate(
                "ImpactPathways", "{where} cannot be read ({strerror}). Choose an existing CSV file."
            ).format(where=where, strerror=error.strerror)
        ) from error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            translate(
                "ImpactPathways",
                "{where}, line {line}: not text in UTF-8 (a binary file, or another "
                "encoding). Save it as CSV UTF-8 from your spreadsheet, or choose the "
                "shipped catalogue.",
            ).format(where=where, line=line)
        ) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        rows = list(reader)
    except csv.Error as error:
        raise InputError(
            translate("ImpactPathways", "{where}, line {line_num}: not readable as CSV ({error}).").format(
                where=where, line_num=reader.line_num, error=error
            )
        ) from None
    columns = reader.fieldnames or ()
    missing = [column for column in CATALOGUE_COLUMNS if column not in columns]
    if missing:
        raise InputError(
            translate(
                "ImpactPathways",
                "{where} lacks the column(s) {missing}. It needs a header line: {CATALOGUE_COLUMNS}.",
            ).format(where=where, missing=", ".join(missing), CATALOGUE_COLUMNS=",".join(CATALOGUE_COLUMNS))
        )
    catalogue = {}
    for line, row in enumerate(rows, start=2):
        pathway = _pathway_from_row(
            row, translate("ImpactPathways", "{where}, line {line}").format(where=where, line=line)
        )
        if pathway.name in catalogue:
            raise InputError(
                translate(
                    "ImpactPathways", "{where}, line {line}: the name '{name}' appears twice. Rename one."
                ).format(where=where, line=line, name=pathway.name)
            )
        catalogue[pathway.name] = pathway
    return _translated(catalogue, path)


def _translated(catalogue, path):
    """Labels and notes in the language the plugin writes in now (translations beside the file)."""
    try:
        texts = catalogue_texts(path.parent)
    except CatalogueError as error:
        raise InputError(str(error)) from None
    return {
        name: replace(
            pathway,
            label=texts.text(path.name, pathway.label),
            notes=texts.text(path.name, pathway.notes) if pathway.notes else "",
        )
        for name, pathway in catalogue.items()
    }


def _pathway_from_row(row, where):
    name = (row["name"] or "").strip().lower()
    if not name or not name.replace("_", "").isalnum():
        raise InputError(
            translate(
                "ImpactPathways",
                "{where}: the name '{name}' must be letters, digits and '_' only, e.g. hunting.",
            ).format(where=where, name=name)
        )
    kind = (row["kind"] or "").strip().lower()
    if kind not in (KIND_ZONE, KIND_DOWNSTREAM):
        raise InputError(
            translate(
                "ImpactPathways",
                "{where}: kind must be '{KIND_ZONE}' or '{KIND_DOWNSTREAM}', not '{kind}'.",
            ).format(where=where, KIND_ZONE=KIND_ZONE, KIND_DOWNSTREAM=KIND_DOWNSTREAM, kind=kind)
        )
    confidence = (row["confidence"] or "").strip().lower()
    if confidence not in CONFIDENCES:
        raise InputError(
            translate(
                "ImpactPathways", "{where}: confidence must be one of {CONFIDENCES}, not '{confidence}'."
            ).format(where=where, CONFIDENCES=", ".join(CONFIDENCES), confidence=confidence)
        )
    text = (row["distance_m"] or "").strip()
    distance = None
    if text:
        distance = parse_distance(text)
        if distance is None:
            raise InputError(
                translate(
                    "ImpactPathways",
                    (
                        "{where}: distance_m '{text}' is not a positive number of metres. Write "
                        "e.g. 10000, or leave it empty for no default."
                    ),
                ).format(where=where, text=text)
            )
        if distance > MAX_DISTANCE_M:
            raise InputError(
                translate("ImpactPathways", "{where}: distance_m {text} is {beyond_limit}.").format(
                    where=where, text=text, beyond_limit=_beyond_limit()
                )
            )
    return Pathway(
        name=name,
        kind=kind,
        label=(row["label"] or name).strip(),
        distance_m=distance,
        source=(row["source"] or "").strip(),
        confidence=confidence,
        notes=(row["notes"] or "").strip(),
    )


def zone_pathways(catalogue):
    """The pathways drawn as zones around sites (not traced down rivers), in catalogue order."""
    return [pathway for pathway in catalogue.values() if pathway.kind == KIND_ZONE]


def distance_parameter_name(pathway_name):
    """The name of the per-pathway distance parameter, e.g. HUNTING_M (a public name: models use it)."""
    return f"{pathway_name.upper()}_M"


def distance_field_parameter_name(pathway_name):
    """The name of the per-pathway parameter of a per-site distance field, e.g. HUNTING_DISTANCE_FIELD."""
    return f"{pathway_name.upper()}_DISTANCE_FIELD"


def switch_field_parameter_name(pathway_name):
    """The name of the per-pathway parameter of an on/off field, e.g. HUNTING_SWITCH_FIELD."""
    return f"{pathway_name.upper()}_SWITCH_FIELD"


def implausibly_small(pathway, distance_m):
    """True when a distance is so small for its pathway that it was likely typed in kilometres
    (10 for 10 km): below a hundredth of the default, or below 100 m without a default."""
    threshold = pathway.distance_m / 100 if pathway.distance_m else 100.0
    return distance_m is not None and distance_m < threshold


def size_warning(item):
    """The log's warning when a chosen pathway's distance looks typed in kilometres, else None."""
    if not implausibly_small(item.pathway, item.distance_m):
        return None
    default = item.pathway.distance_m
    return translate(
        "ImpactPathways",
        "{}: {} m is very small for this pathway (default: {}). Distances are in metres: for {} km, type {}.",
    ).format(
        item.pathway.label,
        i18n.number(item.distance_m),
        translate("ImpactPathways", "none") if default is None else i18n.number(default) + " m",
        f"{item.distance_m:g}",
        i18n.number(item.distance_m * 1000),
    )


def confidence_label(code):
    """A stored confidence (high, medium, low, none) in the reader's language; else as stored."""
    label = CONFIDENCE_LABELS.get((code or "").strip().lower()) if isinstance(code, str) else None
    return translate("ImpactPathways", label) if label else ("" if code is None else str(code))


def source_label(stored):
    """A zone's stored dist_src in the reader's language: "catalogue: Mockrin et al. (…)" becomes
    "catalogue : Mockrin et al. (…)" in French; the cited source itself stays as written."""
    if stored is None:
        return ""
    text = str(stored)
    if text.startswith(SOURCE_CATALOGUE):
        return translate("ImpactPathways", "catalogue: {source}").format(source=text[len(SOURCE_CATALOGUE) :])
    if text.startswith(SOURCE_FIELD):
        return translate("ImpactPathways", "per-site field {field}").format(field=text[len(SOURCE_FIELD) :])
    return {
        SOURCE_PARAMETER: translate("ImpactPathways", "distance given in the dialog"),
        SOURCE_DISSOLVED: translate("ImpactPathways", "dissolved zones of several sites"),
    }.get(text, text)


def choice_line(item):
    """The log's line on a chosen pathway: its distance, where it comes from, its fields."""
    return translate("ImpactPathways", "{}: {} ({}){}{}").format(
        item.pathway.label,
        translate("ImpactPathways", "per site")
        if item.distance_m is None
        else i18n.number(item.distance_m) + " m",
        source_label(item.source),
        translate("ImpactPathways", ", per-site field {}").format(item.distance_field)
        if item.distance_field
        else "",
        translate("ImpactPathways", ", on/off field {}").format(item.switch_field)
        if item.switch_field
        else "",
    )


def parse_distance(value):
    """A positive finite distance in metres from a number or a text, else None."""
    try:
        number = float(str(value).strip().replace(",", "."))
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) and number > 0 else None


def _beyond_limit():
    return translate(
        "ImpactPathways", "beyond {km} km, the farthest a zone is drawn true to its area"
    ).format(km=i18n.number(MAX_DISTANCE_M / 1000))


def switch_is_on(value):
    """True / False from a field value such as 1, 'yes', 'oui', True; None when unreadable."""
    if value is None:
        return False
    text = str(value).strip().lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    number = parse_distance(text)
    return None if number is None else True


def parse_names(text):
    """Names from a comma- or semicolon-separated text, lower case, in order, without repeats."""
    names = []
    for part in (text or "").replace(";", ",").split(","):
        name = part.strip().lower()
        if name and name not in names:
            names.append(name)
    return names


def parse_assignments(text, what):
    """{name: value} from 'name=value, name=value'; InputError naming the parameter when malformed."""
    result = {}
    for part in (text or "").replace(";", ",").split(","):
        if not part.strip():
            continue
        name, equals, value = part.partition("=")
        if not equals or not name.strip() or not value.strip():
            raise InputError(
                translate(
                    "ImpactPathways",
                    "{what}: '{value}' is not of the form pathway=value, e.g. hunting=12700.",
                ).format(what=what, value=part.strip())
            )
        result[name.strip().lower()] = value.strip()
    return result


def parse_field_assignments(distance_fields_text, switch_fields_text):
    """({pathway: per-site distance field}, {pathway: on/off field}) from the texts of
    'pathway=field' that models and command lines of earlier versions give."""
    return (
        parse_assignments(distance_fields_text, translate("ImpactPathways", "Per-site distance fields")),
        parse_assignments(switch_fields_text, translate("ImpactPathways", "On/off fields")),
    )


@dataclass
class ChosenPathway:
    """A pathway as the user set it up: its distance and where it comes from, field choices."""

    pathway: Pathway
    distance_m: float  # None: only per-site distances from distance_field
    source: str
    distance_field: str = None
    switch_field: str = None
    # Fields of the JSON type (GDAL's for a GeoJSON column of mixed values), whose plain numbers
    # and texts QGIS 3.22 gives as None: there None is unreadable, never "empty".
    json_fields: frozenset = frozenset()

    def site_distance(self, feature, counts):
        """(metres, source) for this site, or (None, None) when the site has no such zone (counted)."""
        if self.switch_field:
            value = feature[self.switch_field]
            state = None if self._unreadable(self.switch_field, value) else switch_is_on(value)
            if not state:
                reason = (
                    translate("Reasons", "switched off")
                    if state is False
                    else translate("Reasons", "unreadable value in {field}").format(field=self.switch_field)
                )
                counts[(self.pathway.name, reason)] += 1
                return None, None
        if self.distance_field:
            value = feature[self.distance_field]
            if self._unreadable(self.distance_field, value):
                reason = translate("Reasons", "unreadable {field} (make it a number field)").format(
                    field=self.distance_field
                )
                counts[(self.pathway.name, reason)] += 1
                return None, None
            if value is not None and str(value).strip() != "" and str(value) != "NULL":
                distance = parse_distance(value)
                if distance is None:
                    reason = translate("Reasons", "zero, negative or unreadable {field}").format(
                        field=self.distance_field
                    )
                    counts[(self.pathway.name, reason)] += 1
                    return None, None
                if distance > MAX_DISTANCE_M:
                    counts[(self.pathway.name, f"{self.distance_field} {_beyond_limit()}")] += 1
                    return None, None
                return distance, f"{SOURCE_FIELD}{self.distance_field}"
        if self.distance_m is None:
            counts[
                (self.pathway.name, translate("Reasons", "empty {field}").format(field=self.distance_field))
            ] += 1
            return None, None
        return self.distance_m, self.source

    def _unreadable(self, field, value):
        """Whether a field value cannot be read as one number or word (lists, objects, or the
        None a JSON field gives for a plain value)."""
        return isinstance(value, (list, dict)) or (value is None and field in self.json_fields)


def choose_pathways(catalogue, names, distances, distance_fields, switch_fields, fields):
    """The ChosenPathway list for the parameters, sorted by distance; InputError says what to fix.
    names: the chosen pathways' names (parse_names); distances: {pathway name: metres, as a number
    or as typed (parse_assignments)}; distance_fields, switch_fields: {pathway name: field name}
    (parse_field_assignments)."""
    if not names:
        raise InputError(
            translate(
                "ImpactPathways", "No impact pathway was chosen. Give at least one, e.g. footprint,hunting."
            )
        )
    zone_names = [name for name, pathway in catalogue.items() if pathway.kind == KIND_ZONE]
    for name in names + list(distances) + list(distance_fields) + list(switch_fields):
        if name not in catalogue:
            raise InputError(
                translate(
                    "ImpactPathways", "Unknown impact pathway '{name}'. Known pathways: {zone_names}."
                ).format(name=name, zone_names=", ".join(zone_names))
            )
        if catalogue[name].kind != KIND_ZONE:
            raise InputError(
                translate(
                    "ImpactPathways",
                    "'{name}' is traced down rivers, not drawn as a zone: use the algorithm "
                    "'Downstream trace (mercury and sediment)' for it.",
                ).format(name=name)
            )
    for assigned, what in (
        (distances, translate("ImpactPathways", "Distances")),
        (distance_fields, translate("ImpactPathways", "Per-site distance fields")),
        (switch_fields, translate("ImpactPathways", "On/off fields")),
    ):
        extra = [name for name in assigned if name not in names]
        if extra:
            raise InputError(
                translate(
                    "ImpactPathways",
                    "{what} name pathways that are not chosen: {extra}. Add them to the pathways.",
                ).format(what=what, extra=", ".join(extra))
            )
    field_names = fields.names()
    chosen = []
    for name in names:
        pathway = catalogue[name]
        distance, source = pathway.distance_m, f"{SOURCE_CATALOGUE}{pathway.source}"
        if name in distances:
            distance = parse_distance(distances[name])
            given = distances[name] if isinstance(distances[name], str) else f"{distances[name]:g}"
            if distance is None:
                raise InputError(
                    translate(
                        "ImpactPathways",
                        "The distance given for '{name}' ({distances}) is not a positive number of metres.",
                    ).format(name=name, distances=given)
                )
            if distance > MAX_DISTANCE_M:
                raise InputError(
                    translate(
                        "ImpactPathways", "The distance given for '{name}' ({distances} m) is {beyond_limit}."
                    ).format(name=name, distances=given, beyond_limit=_beyond_limit())
                )
            source = SOURCE_PARAMETER
        distance_field = _field(distance_fields.get(name), field_names, "distance")
        switch_field = _field(switch_fields.get(name), field_names, "on/off")
        if distance is None and distance_field is None:
            raise InputError(
                translate(
                    "ImpactPathways",
                    (
                        "The pathway '{name}' has no default distance ({source}). Give one in "
                        "the distances, e.g. {name}=5000, or a per-site distance field."
                    ),
                ).format(name=name, source=pathway.source)
            )
        json_fields = frozenset(
            name for name in (distance_field, switch_field) if name and _is_json(fields.field(name))
        )
        chosen.append(ChosenPathway(pathway, distance, source, distance_field, switch_field, json_fields))
    return sorted(chosen, key=lambda item: item.distance_m if item.distance_m is not None else math.inf)


def _is_json(field):
    return field.typeName().upper() == "JSON" or field.type() in (compat.FIELD_MAP, compat.FIELD_LIST)


def _field(name, field_names, what):
    if name is None:
        return None
    try:
        return find_field(field_names, name)
    except MissingFieldError as error:
        raise InputError(
            translate("ImpactPathways", "The {what} {error}.").format(what=what, error=error)
        ) from error


@dataclass
class Site:
    """A site ready for zoning: its id, geometry in EPSG:4326 and one (distance, source) per pathway."""

    site_id: str
    geometry: QgsGeometry
    distances: list


class ZoneBuilder:
    """Draws the discs of sites (geodesic buffers), a batch at a time."""

    def __init__(self, measure, transform_context):
        self.measure = measure
        self.local = geodesy.LocalBuffer(measure, transform_context)

    def discs(self, sites):
        """For each site, one (disc, area in m² or None) per pathway; disc None where no zone.

        Discs are in EPSG:4326; their areas come vectorised with the vertices.
        """
        points = [
            index
            for index, site in enumerate(sites)
            if site.geometry.type() == compat.GEOMETRY_POINT and not site.geometry.isMultipart()
        ]
        results = [None] * len(sites)
        if points:
            centres = [sites[index].geometry.asPoint() for index in points]
            radii = [
                [np.nan if distance is None else distance for distance, _source in sites[index].distances]
                for index in points
            ]
            longitudes, latitudes = geodesy.circle_vertices(
                [centre.x() for centre in centres], [centre.y() for centre in centres], radii, self.measure
            )
            areas = geodesy.ring_areas(longitudes, latitudes, self.measure)
            polar = geodesy.winds_around_pole(longitudes)
            for row, (index, centre) in enumerate(zip(points, centres)):
                results[index] = [
                    (None, None)
                    if distance is None
                    else geodesy.polar_circle(centre.x(), centre.y(), distance, self.measure)
                    if polar[row, k]
                    else (
                        geodesy.polygon_from_rings([(longitudes[row, k], latitudes[row, k])]),
                        float(areas[row, k]),
                    )
                    for k, (distance, _source) in enumerate(sites[index].distances)
                ]
        others = [index for index, result in enumerate(results) if result is None]
        buffered = self.local.buffers_many(
            [
                (sites[index].geometry, [distance for distance, _source in sites[index].distances])
                for index in others
            ]
        )
        for index, buffers in zip(others, buffered):
            results[index] = buffers
        return results


def rings(entries):
    """Non-overlapping rings from (distance, disc, area) entries: each disc minus the smaller ones.

    Returns (disc or ring geometry, inner distance, area or None) per entry, in order; equal
    distances share a ring. Entries with a None disc give (None, None, None). The area of a
    ring is None (to be measured), that of a disc is passed through.
    """
    results = []
    for distance, disc, area in entries:
        if disc is None:
            results.append((None, None, None))
            continue
        inner = [(d, g) for d, g, _a in entries if g is not None and d < distance]
        if not inner:
            results.append((disc, 0.0, area))
            continue
        hole = QgsGeometry.unaryUnion([g for _d, g in inner]) if len(inner) > 1 else inner[0][1]
        results.append((disc.difference(hole), max(d for d, _g in inner), None))
    return results


def zone_fields():
    return make_fields(ZONE_FIELDS)
