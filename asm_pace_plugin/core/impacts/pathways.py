"""Impact pathways (README, "Impact zones, downstream tracing and pressure"): the catalogue.

The pathways and their default distances live in a data file
(resources/catalogues/impact_pathways.csv) that a programme officer can edit; each row
gives the source and confidence of its distance. The file is validated when it is read.
The choice of pathways for a run is in pathway_choice.py, the zones they draw in zones.py.
"""

import csv
import io
import math
from dataclasses import dataclass, replace
from pathlib import Path

from ..shared import i18n
from ..shared.catalogue_texts import catalogue_texts
from ..shared.errors import CatalogueError, InputError
from ..shared.i18n import QT_TRANSLATE_NOOP, translate
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
# Beyond this, circles drawn from CIRCLE_SEGMENTS vertices drift from the area of the geodesic
# circle (0.05% at 10,000 km, 8% at 12,000 km: the circle then holds both poles).
MAX_DISTANCE_M = 10_000_000


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
                    where=where, text=text, beyond_limit=beyond_limit()
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


def confidence_label(code):
    """A stored confidence (high, medium, low, none) in the reader's language; else as stored."""
    label = CONFIDENCE_LABELS.get((code or "").strip().lower()) if isinstance(code, str) else None
    return translate("ImpactPathways", label) if label else ("" if code is None else str(code))


def cited_source(source, catalogue_path=None):
    """A catalogue's source of a distance in the reader's language, from the translations beside the
    catalogue (the shipped one by default): "ASM-PACE design default" becomes "valeur par défaut
    d'ASM-PACE" in French; a citation or a source without translation stays as written."""
    path = Path(catalogue_path or CATALOGUE_PATH)
    try:
        texts = catalogue_texts(path.parent)
    except CatalogueError:
        return source  # a broken translation file stops the runs that read the catalogue, not a label
    return texts.text(path.name, source)


def source_label(stored):
    """A zone's stored dist_src in the reader's language: "catalogue: Mockrin et al. (hunting
    catchments, used as a proxy)" becomes "catalogue : Mockrin et al. (bassins de chasse, pris comme
    approximation)" in French; the stored value stays the same in every language, for scripts."""
    if stored is None:
        return ""
    text = str(stored)
    if text.startswith(SOURCE_CATALOGUE):
        return translate("ImpactPathways", "catalogue: {source}").format(
            source=cited_source(text[len(SOURCE_CATALOGUE) :])
        )
    if text.startswith(SOURCE_FIELD):
        return translate("ImpactPathways", "per-site field {field}").format(field=text[len(SOURCE_FIELD) :])
    return {
        SOURCE_PARAMETER: translate("ImpactPathways", "distance given in the dialog"),
        SOURCE_DISSOLVED: translate("ImpactPathways", "dissolved zones of several sites"),
    }.get(text, text)


def parse_distance(value):
    """A positive finite distance in metres from a number or a text, else None."""
    try:
        number = float(str(value).strip().replace(",", "."))
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) and number > 0 else None


def beyond_limit():
    return translate(
        "ImpactPathways", "beyond {km} km, the farthest a zone is drawn true to its area"
    ).format(km=i18n.number(MAX_DISTANCE_M / 1000))
