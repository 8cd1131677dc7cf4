"""WDPA schemas (classic and November 2025), national layers, and the cleaning rules.

Plain Python. Defaults follow Protected Planet / wdpar practice (README, "WDPA handling"):
keep Designated, Inscribed and Established; drop UNESCO-MAB Biosphere Reserves; turn
point records with a reported area into circles of that area.
"""

import math
from dataclasses import dataclass, fields

from ..shared.errors import MissingFieldError
from ..shared.i18n import QT_TRANSLATE_NOOP, translate
from ..shared.input_fields import FIELD_CANDIDATES, find_field
from . import pace

CLASSIC = "WDPA (classic schema)"
NOVEMBER_2025 = "WDPA (November 2025 schema)"
CUSTOM = "custom"
# The schemas as the log names them to an officer.
SCHEMA_LABELS = {
    CLASSIC: QT_TRANSLATE_NOOP("Wdpa", "WDPA (classic schema)"),
    NOVEMBER_2025: QT_TRANSLATE_NOOP("Wdpa", "WDPA (November 2025 schema)"),
    CUSTOM: QT_TRANSLATE_NOOP("Wdpa", "national or other layer"),
}
# The roles of a protected-area layer's fields (FieldMap), as the log and the messages name them.
ROLE_LABELS = {
    "site_id": QT_TRANSLATE_NOOP("Wdpa", "id"),
    "name": QT_TRANSLATE_NOOP("Wdpa", "name"),
    "designation": QT_TRANSLATE_NOOP("Wdpa", "designation"),
    "designation_type": QT_TRANSLATE_NOOP("Wdpa", "designation type"),
    "iucn": QT_TRANSLATE_NOOP("Wdpa", "IUCN category"),
    "status": QT_TRANSLATE_NOOP("Wdpa", "status"),
    "governance": QT_TRANSLATE_NOOP("Wdpa", "governance"),
    "reported_area": QT_TRANSLATE_NOOP("Wdpa", "reported area"),
}

DEFAULT_KEPT_STATUSES = ("Designated", "Inscribed", "Established")
# The values of WDPA's STATUS field, as the dialogs offer them to tick: (value, label).
STATUSES = (
    ("Designated", QT_TRANSLATE_NOOP("Wdpa", "Designated")),
    ("Inscribed", QT_TRANSLATE_NOOP("Wdpa", "Inscribed")),
    ("Established", QT_TRANSLATE_NOOP("Wdpa", "Established")),
    ("Proposed", QT_TRANSLATE_NOOP("Wdpa", "Proposed")),
    ("Adopted", QT_TRANSLATE_NOOP("Wdpa", "Adopted")),
    ("Not Reported", QT_TRANSLATE_NOOP("Wdpa", "Not reported")),
)


@dataclass
class FieldMap:
    """Which field of a protected-area layer plays which role (None: not available)."""

    site_id: str = None
    name: str = None
    designation: str = None
    designation_type: str = None
    iucn: str = None
    status: str = None
    governance: str = None
    reported_area: str = None

    def used(self):
        """Role -> field for every role that has a field."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}

    def described(self):
        """The fields read, as the log tells an officer: "name = NAME, status = STATUS, ..."."""
        return ", ".join(
            translate("Wdpa", "{role} = {field}").format(role=role_label(role), field=field)
            for role, field in self.used().items()
        )


def role_label(role):
    """A FieldMap role (name, designation_type...) in the language being written."""
    return translate("Wdpa", ROLE_LABELS[role])


def schema_label(schema):
    """A schema of detect_schema() in the language being written."""
    return translate("Wdpa", SCHEMA_LABELS[schema])


def detect_schema(field_names):
    """CLASSIC, NOVEMBER_2025 or CUSTOM, from the field names of a layer."""
    upper = {name.upper() for name in field_names}
    if "SITE_ID" in upper and ("REALM" in upper or "SITE_TYPE" in upper):
        return NOVEMBER_2025
    if "WDPAID" in upper:
        return CLASSIC
    return CUSTOM


def map_fields(field_names, chosen=None):
    """A FieldMap for a layer with these field names.

    chosen: role -> field name given by the user; an empty value means "detect".
    Matching of candidates is case-insensitive; a chosen field must exist (exact name or
    a case-insensitive match), otherwise MissingFieldError names it and the layer's fields.
    """
    mapping = FieldMap()
    for role, candidates in FIELD_CANDIDATES["protected areas"].items():
        wanted = (chosen or {}).get(role)
        try:
            setattr(mapping, role, find_field(field_names, wanted, candidates))
        except MissingFieldError as error:
            raise MissingFieldError(
                translate("Wdpa", "{error} (for {value})").format(error=error, value=role_label(role))
            ) from error
    return mapping


def parse_status_list(text):
    """Statuses to keep from a comma-separated parameter value; empty keeps every status."""
    return tuple(part.strip() for part in (text or "").split(",") if part.strip())


def status_is_kept(status, kept_statuses):
    """WDPA status filter (case-insensitive). An empty list of kept statuses keeps all."""
    if not kept_statuses:
        return True
    return pace.as_text(status).lower() in {kept.lower() for kept in kept_statuses}


def is_mab_reserve(designation):
    return pace.international_designation(designation) == pace.UNESCO_MAB


# The largest protected areas (marine, e.g. Ross Sea, Papahānaumokuākea, Marae Moana) reach about
# 2 million km²: a point record reporting more holds a typing error, not a circle to draw.
MAX_PLAUSIBLE_AREA_KM2 = 2_000_000


def reported_area_radius_m(reported_area_km2):
    """Radius in metres of a circle with the reported area, or None when there is no area.

    radius = sqrt(REP_AREA * 1e6 / pi), as in wdpar and Visconti et al. 2013.
    """
    try:
        area = float(pace.as_text(reported_area_km2) or "nan")
    except ValueError:
        return None
    if not math.isfinite(area) or area <= 0:
        return None
    return math.sqrt(area * 1e6 / math.pi)


@dataclass
class CleaningOptions:
    kept_statuses: tuple = DEFAULT_KEPT_STATUSES
    exclude_mab: bool = True
    points_as_circles: bool = True
    repair_geometries: bool = True


# Why a record is left out; the counts go to the log.
DROPPED_STATUS = QT_TRANSLATE_NOOP("Reasons", "status not kept")
DROPPED_MAB = QT_TRANSLATE_NOOP("Reasons", "UNESCO-MAB Biosphere Reserve")
DROPPED_POINT_WITHOUT_AREA = QT_TRANSLATE_NOOP("Reasons", "point without reported area")
DROPPED_IMPLAUSIBLE_AREA = QT_TRANSLATE_NOOP(
    "Reasons", "point reporting more than 2,000,000 km² (larger than any protected area)"
)
DROPPED_POINT_NOT_WANTED = QT_TRANSLATE_NOOP("Reasons", "point (circles switched off)")
DROPPED_NO_GEOMETRY = QT_TRANSLATE_NOOP("Reasons", "no geometry")
DROPPED_INVALID = QT_TRANSLATE_NOOP("Reasons", "invalid geometry not repaired")


def attribute_exclusion(record, field_map, options):
    """Why a PA record is left out by its attributes (status, MAB), or None to keep it.

    record: role -> value, as read through field_map.
    """
    if field_map.status and not status_is_kept(record.get("status"), options.kept_statuses):
        return DROPPED_STATUS
    if options.exclude_mab and is_mab_reserve(record.get("designation")):
        return DROPPED_MAB
    return None


def apply_chosen_fields(layers_field_names, chosen):
    """A FieldMap per layer. A chosen field applies to the layers that have it; the others
    detect their own (a WDPA layer beside a national one). A chosen field that no layer has
    raises MissingFieldError.
    """
    chosen = {role: name for role, name in (chosen or {}).items() if name}
    maps = []
    found = set()
    for field_names in layers_field_names:
        upper = {name.upper() for name in field_names}
        applicable = {role: name for role, name in chosen.items() if name.upper() in upper}
        found.update(applicable)
        maps.append(map_fields(field_names, applicable))
    missing = [f"'{chosen[role]}' ({role.replace('_', ' ')})" for role in chosen if role not in found]
    if missing:
        fields_of_layers = "; ".join(", ".join(field_names) for field_names in layers_field_names)
        raise MissingFieldError(
            translate(
                "Wdpa",
                "No protected-area layer has the field {missing}. Their fields are: {fields}. Check the "
                "spelling, or leave the parameter empty to detect it.",
            ).format(missing=", ".join(missing), fields=fields_of_layers)
        )
    return maps
