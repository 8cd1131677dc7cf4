"""The pathways chosen for a run of Impact zones: names, distances, per-site distance and on/off
fields as the parameters give them, checked against the catalogue (pathways.py), with what the log
says of each."""

import math
from dataclasses import dataclass

from ..shared import compat, i18n
from ..shared.errors import InputError, MissingFieldError
from ..shared.i18n import translate
from ..shared.input_fields import find_field
from .pathways import (
    KIND_ZONE,
    MAX_DISTANCE_M,
    SOURCE_CATALOGUE,
    SOURCE_FIELD,
    SOURCE_PARAMETER,
    Pathway,
    beyond_limit,
    cited_source,
    parse_distance,
    source_label,
)

TRUE_WORDS = {"1", "true", "t", "yes", "y", "oui", "o", "si", "sí", "sim", "x"}
FALSE_WORDS = {"", "0", "false", "f", "no", "n", "non", "nao", "não", "null", "none"}


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
                    counts[(self.pathway.name, f"{self.distance_field} {beyond_limit()}")] += 1
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
                    ).format(name=name, distances=given, beyond_limit=beyond_limit())
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
                ).format(name=name, source=cited_source(pathway.source))
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
