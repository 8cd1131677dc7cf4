"""Reading reference layers once: protected areas (cleaned by the WDPA rules), AZE sites,
landscapes and Global 200 ecoregions, each into its ReferenceSet.

A LayerReading per kind says which fields it reads, which features it leaves out and what each
kept feature becomes; the one loader that reads every kind, and the WDPA cleaning rules on
geometry: layer_loader.py.
"""

from dataclasses import dataclass, field
from functools import partial
from typing import Optional

from ..shared import compat, input_fields
from ..shared.errors import InputError
from ..shared.formatting import kilometre_figure
from ..shared.i18n import QT_TRANSLATE_NOOP, translate
from . import pace, wdpa
from .layer_loader import LayerReading, filled_source, layer_display_name, load_layer, points_as_circles
from .reference_sets import Ecoregion, Landscape, ProtectedArea, ReferenceSet


@dataclass(frozen=True)
class ReferenceLayers:
    """The layers a classification reads, and the user's choices about them."""

    protected_areas: list
    aze_sites: list
    landscapes: list
    ecoregions: list
    pa_fields: dict  # role: field chosen by the user ("" for the usual names)
    cleaning: wdpa.CleaningOptions
    landscape_name_field: str = ""
    ecoregions_are_g200: bool = False


@dataclass
class References:
    """The reference sets read, what was and was not tested, and a LoadReport per layer."""

    protected_areas: ReferenceSet
    landscapes: Optional[ReferenceSet]
    ecoregions: Optional[ReferenceSet]
    tested: list = field(default_factory=list)
    not_tested: list = field(default_factory=list)
    reports: list = field(default_factory=list)


def _keep_all(_record):
    return None


def protected_area_reading(layer_name, source, field_map, options, measure):
    """Protected areas (WDPA or national): the attribute rules of core/screening/wdpa.py, WDPA points as
    circles of their reported area."""
    is_point_layer = compat.geometry_type_of(source.wkbType()) == compat.GEOMETRY_POINT
    if is_point_layer and options.points_as_circles and not field_map.reported_area:
        raise InputError(
            translate(
                "References",
                "The protected-area layer '{layer_name}' holds points but no "
                "reported-area field (WDPA's REP_AREA, km²), so no circle can be drawn. "
                "Use the WDPA polygon layer, or a point layer with REP_AREA.",
            ).format(layer_name=layer_name)
        )

    # (designation, its type, governance, IUCN) as read: (designation, level, international, IUCN).
    # A layer has a few hundred of them: worked out once and their texts shared by the records.
    known = {}

    def record(values, feature_id):
        read = tuple(
            pace.as_text(values.get(role))
            for role in ("designation", "designation_type", "governance", "iucn")
        )
        facts = known.get(read)
        if facts is None:
            designation, designation_type, governance, iucn = read
            facts = known[read] = (
                designation,
                pace.designation_level(designation, designation_type, governance),
                pace.international_designation(designation) or "",
                pace.normalise_iucn(iucn) or "",
            )
        wdpa_id = pace.as_text(values.get("site_id"))
        if wdpa_id.endswith(".0"):  # WDPAID often arrives as a real number
            wdpa_id = wdpa_id[:-2]
        designation, level, international, iucn = facts
        return ProtectedArea(
            layer=layer_name,
            wdpa_id=wdpa_id or f"{layer_name}#{feature_id}",
            name=pace.as_text(values.get("name")) or f"{layer_name} #{feature_id}",
            designation=designation,
            level=level,
            international=international,
            iucn=iucn,
        )

    return LayerReading(
        QT_TRANSLATE_NOOP("References", "protected-area"),
        field_map.used(),
        lambda values: wdpa.attribute_exclusion(values, field_map, options),
        record,
        lambda geometry, values, transform, report: points_as_circles(
            geometry, values, options, transform, measure, report
        ),
    )


def aze_reading(layer_name, source):
    """AZE sites, as protected areas: a dedicated AZE layer, or the AZE sites of a KBA layer."""
    names = source.fields().names()
    aze_status = input_fields.usual_field(names, "AZE sites", "aze_status")

    def exclusion(values):
        if aze_status and not pace.is_aze_status(values.get("aze_status")):
            return QT_TRANSLATE_NOOP("Reasons", "KBA that is not an AZE site")
        return None

    def record(values, feature_id):
        return ProtectedArea(
            layer=layer_name,
            wdpa_id=pace.as_text(values.get("id")) or f"{layer_name}#{feature_id}",
            name=pace.as_text(values.get("name")) or f"AZE site #{feature_id}",
            designation="Alliance for Zero Extinction site",
            level=pace.INTERNATIONAL,
            international=pace.AZE,
            iucn="",
        )

    roles = {
        "name": input_fields.usual_field(names, "protected areas", "name"),
        "id": input_fields.usual_field(names, "AZE sites", "id"),
        "aze_status": aze_status,
    }
    return LayerReading(QT_TRANSLATE_NOOP("References", "AZE / KBA"), roles, exclusion, record)


def landscape_reading(layer_name, source, name_field):
    """WWF priority landscapes: the name from the field the user gave, or a usual name field."""
    try:
        name = input_fields.find_field(
            source.fields().names(), name_field, input_fields.FIELD_CANDIDATES["landscapes"]["name"]
        )
    except input_fields.MissingFieldError as error:
        raise InputError(
            translate("References", "The landscape layer '{layer_name}': {error}.").format(
                layer_name=layer_name, error=error
            )
        ) from error
    return LayerReading(
        QT_TRANSLATE_NOOP("References", "landscape"),
        {"name": name},
        _keep_all,
        lambda values, feature_id: Landscape(
            pace.as_text(values.get("name")) or f"{layer_name} #{feature_id}"
        ),
    )


def g200_reading(layer_name, source, all_g200):
    """Global 200 ecoregions: those of a TEOW layer (by its G200 fields), or every polygon of a
    Global 200 layer (all_g200)."""
    names = source.fields().names()
    roles = {
        role: input_fields.usual_field(names, "ecoregions", role)
        for role in input_fields.FIELD_CANDIDATES["ecoregions"]
    }
    tells_g200 = roles["g200_region"] or roles["g200_number"]
    if not (tells_g200 or all_g200):
        raise InputError(
            translate(
                "References",
                "The ecoregion layer '{layer_name}' has no Global 200 field (G200_REGIO "
                "or G200_NUM), so its Global 200 ecoregions cannot be told apart. Use "
                "WWF's TEOW layer (wwf_terr_ecos), or tick 'Ecoregion layers hold only "
                "Global 200 ecoregions' if every polygon of this layer is a Global 200 "
                "ecoregion.",
            ).format(layer_name=layer_name)
        )

    def exclusion(values):
        if tells_g200 and not pace.is_g200(values.get("g200_region"), values.get("g200_number")):
            return QT_TRANSLATE_NOOP("Reasons", "not a Global 200 ecoregion")
        return None

    def record(values, _feature_id):
        name = pace.as_text(values.get("g200_region")) or pace.as_text(values.get("name"))
        status = pace.g200_status(values.get("g200_status")) if roles["g200_status"] else None
        return Ecoregion(name or f"Global 200 #{pace.as_text(values.get('g200_number'))}", status)

    return LayerReading(QT_TRANSLATE_NOOP("References", "ecoregion"), roles, exclusion, record)


# The kind of a protected-area or AZE layer, as the log names it (translated there).
PROTECTED_AREAS_KIND = QT_TRANSLATE_NOOP("ReferenceLayers", "protected areas")


def read_reference_layer(reference, layer, kind, reading_for, context, repair, feedback):
    """Read one layer of the given kind (a QT_TRANSLATE_NOOP'd word) into reference, logging its
    report, which it returns. reading_for(name, source) says how its features become records.
    InputError when the layer is empty."""
    # A thread-safe reader of the layer (algorithms run in a background thread).
    empty = translate("ReferenceLayers", "The {} layer '{}' is empty. Remove it or choose another layer.")
    source, name = filled_source(layer, context, empty.format(translate("ReferenceLayers", kind), "{}"))
    reading = reading_for(name, source)
    report = load_layer(reference, source, name, reading, context.transformContext(), repair, feedback)
    feedback.pushInfo(report.summary())
    return report


def protected_area_reader(layer, field_map, options, measure, feedback):
    """reading_for of a protected-area layer read through field_map; logs its schema and the fields used."""

    def reading_for(name, source):
        schema = wdpa.schema_label(wdpa.detect_schema(layer.fields().names()))
        feedback.pushInfo(
            translate("ReferenceLayers", "{layer}: {schema}; fields read: {fields}").format(
                layer=name, schema=schema, fields=field_map.described()
            )
        )
        return protected_area_reading(name, source, field_map, options, measure)

    return reading_for


def read_protected_areas(reference, layers, chosen_fields, options, measure, context, feedback, progress):
    """Read protected-area layers into reference (a ReferenceSet), cleaned by the WDPA rules
    (options: wdpa.CleaningOptions) through the user's field choices, each layer's reading logged;
    progress(share) as they are read. Returns their LoadReports, until the end or a cancel.
    InputError when a layer is empty, or when cleaning left none of the areas read (a set limited
    to the sites' surroundings may read none: then none was cleaned away)."""
    field_maps = wdpa.apply_chosen_fields([layer.fields().names() for layer in layers], chosen_fields)
    before, reports = len(reference), []
    for position, (layer, field_map) in enumerate(zip(layers, field_maps)):
        if feedback.isCanceled():
            break
        progress(position / len(layers))
        reading = protected_area_reader(layer, field_map, options, measure, feedback)
        reports.append(
            read_reference_layer(
                reference, layer, PROTECTED_AREAS_KIND, reading, context, options.repair_geometries, feedback
            )
        )
    if sum(report.read for report in reports) and len(reference) == before and not feedback.isCanceled():
        raise no_area_left()
    return reports


def no_area_left():
    """The InputError of a run whose protected-area layers held areas, of which cleaning left none."""
    return InputError(
        translate(
            "ReferenceLayers",
            "No protected area was left after cleaning (the log says what each rule left out): check "
            "the statuses to keep, the UNESCO-MAB and point options, and the layers.",
        )
    )


def load_references(layers, measure, context, feedback, progress, near=None, points_only=False):
    """References read from the ReferenceLayers, until the end or a cancel; progress(share)
    is called with the share (0-1) of the layers read. InputError when a layer is unusable.
    near: SiteSurroundings, to read only what lies within reach of the sites (None: all);
    points_only: the sets serve point sites only (ReferenceSet)."""
    if not layers.protected_areas and not layers.aze_sites:
        raise InputError(
            translate(
                "ReferenceLayers",
                "No protected-area layer was given. Add at least one (the WDPA for your country, or a "
                "national layer): without it no site can be screened.",
            )
        )
    pa_layers = layers.protected_areas
    field_maps = wdpa.apply_chosen_fields([layer.fields().names() for layer in pa_layers], layers.pa_fields)
    # The kinds name the layers in the log (translated there); tested / not_tested store them as they are.
    work = [(layer, PROTECTED_AREAS_KIND) for layer in pa_layers + layers.aze_sites]
    work += [(layer, QT_TRANSLATE_NOOP("ReferenceLayers", "landscapes")) for layer in layers.landscapes]
    work += [(layer, QT_TRANSLATE_NOOP("ReferenceLayers", "ecoregions")) for layer in layers.ecoregions]
    cancelled = feedback.isCanceled
    references = References(
        ReferenceSet("protected areas", near, points_only, cancelled),
        ReferenceSet("landscapes", near, points_only, cancelled) if layers.landscapes else None,
        ReferenceSet("ecoregions", near, points_only, cancelled) if layers.ecoregions else None,
    )
    repair = layers.cleaning.repair_geometries
    for position, (layer, kind) in enumerate(work):
        if feedback.isCanceled():
            break
        progress(position / len(work))
        if layer in pa_layers:
            field_map = field_maps[pa_layers.index(layer)]
            reading = protected_area_reader(layer, field_map, layers.cleaning, measure, feedback)
        elif kind == "protected areas":
            reading = aze_reading
        elif kind == "landscapes":
            reading = partial(landscape_reading, name_field=layers.landscape_name_field)
        else:
            reading = partial(g200_reading, all_g200=layers.ecoregions_are_g200)
        reference = references.protected_areas if kind == "protected areas" else getattr(references, kind)
        references.reports.append(
            read_reference_layer(reference, layer, kind, reading, context, repair, feedback)
        )
    pa_read = sum(report.read for report in references.reports[: len(pa_layers)])
    if pa_layers and near is not None and not pa_read and not feedback.isCanceled():
        # Nothing was cleaned: no protected area lies within reach, and every site is not eligible.
        feedback.pushWarning(
            translate(
                "ReferenceLayers",
                "No protected area within {} km of any site: every site is not eligible (nothing was read "
                "from {}).",
            ).format(
                kilometre_figure(near.reach_m), ", ".join(layer_display_name(layer) for layer in pa_layers)
            )
        )
        # Stored as the output's other run values are, in English.
        references.tested.append(f"protected areas (none within {near.reach_m / 1000:g} km of any site)")
    elif pa_layers and not len(references.protected_areas) and not feedback.isCanceled():
        # Not a run that calls every site not eligible: nothing was tested.
        raise no_area_left()
    else:
        references.tested.append("protected areas")
    for reference, kind in (
        (references.landscapes, "landscapes"),
        (references.ecoregions, QT_TRANSLATE_NOOP("ReferenceLayers", "Global 200 ecoregions")),
    ):
        (references.tested if reference is not None else references.not_tested).append(kind)
    if not layers.aze_sites:
        references.not_tested.append(QT_TRANSLATE_NOOP("ReferenceLayers", "AZE sites"))
    if references.not_tested:
        feedback.pushWarning(
            translate("ReferenceLayers", "Not tested, as no layer was given: {}").format(
                ", ".join(translate("ReferenceLayers", kind) for kind in references.not_tested)
            )
        )
    return references
