"""Finding a layer's fields by name: the name a user typed, or the usual names of a role."""

from .errors import MissingFieldError
from .i18n import translate

# A Shapefile keeps 10 characters of a field name: suffixed names are shortened to fit.
SHAPEFILE_NAME_LENGTH = 10

# The usual field names of each role, per kind of layer, in order of preference (matched
# case-insensitively; the first the layer has wins; a name the user gives comes before them).
FIELD_CANDIDATES = {
    "protected areas": {  # WDPA (classic and November 2025) and national layers
        "site_id": ("WDPAID", "SITE_ID", "WDPA_PID", "SITE_PID", "ID_AP", "ID"),
        "name": ("NAME", "NAME_ENG", "ORIG_NAME", "NOM_AP", "NOM", "NOMBRE", "NOME", "natname", "intname"),
        "designation": ("DESIG_ENG", "DESIG", "TYPE_AP", "DESIGNATION", "CATEGORIA"),
        "designation_type": ("DESIG_TYPE",),
        "iucn": ("IUCN_CAT", "IUCN", "CAT_IUCN"),
        "status": ("STATUS",),
        "governance": ("GOV_TYPE",),
        "reported_area": ("REP_AREA",),
    },
    "AZE sites": {  # an AZE layer, or a KBA layer with its AZE status
        "id": ("SITRECID", "SITE_ID", "ID"),
        "aze_status": ("AZESTATUS",),
        "national_name": ("NATNAME",),  # with aze_status, what tells a project's AZE layer
    },
    "landscapes": {
        "name": ("NAME", "LANDSCAPE", "LAND_NAME", "NOM", "NOMBRE", "NOME", "LS_NAME"),
    },
    "ecoregions": {  # WWF TEOW with its Global 200 fields, or a Global 200 layer
        "g200_region": ("G200_REGIO",),
        "g200_number": ("G200_NUM",),
        "g200_status": ("G200_STAT",),
        "name": ("ECO_NAME", "NAME"),
    },
    "rivers": {  # HydroRIVERS and other river networks
        "downstream_id": ("NEXT_DOWN", "NEXTDOWN", "DOWN_ID", "DS_ID", "TO_ID", "DOWNSTREAM"),
        "reach_id": ("HYRIV_ID", "REACH_ID", "ARCID", "LINKNO", "ID"),
    },
    "sites": {
        "key": ("site_code", "site_id", "code", "site_key", "id"),  # when every value is set and unique
        "label": ("site_name", "name"),  # the name shown beside a site's key
    },
    "areas": {  # indigenous territories, buffer zones, districts (AMW's layers: name_field, id)
        "name": ("name", "name_field", "NAME_ENG", "NOM", "NOMBRE", "NOME", "terrai_nom", "NM_UC"),
        "id": ("id", "code", "id_field", "terrai_cod", "CD_CNUC"),
        "type": ("type", "type_field", "TIPO", "category"),
    },
    "footprints": {  # mining footprints or sites seen over time (AMW, MapBiomas, patrols)
        "period": ("year", "date", "period", "date_seen", "first_seen", "ano", "annee", "fecha", "data"),
        "id": ("site_id", "site_code", "fid_fp", "id", "code"),
        "mined_area": ("mined_ha", "Mined area (ha)", "mined_area", "mined_area_ha"),
    },
}


def usual_field(field_names, kind, role):
    """The layer's field of a role by its usual names (FIELD_CANDIDATES), or None."""
    return find_field(field_names, None, FIELD_CANDIDATES[kind][role])


def find_field(field_names, wanted, candidates=()):
    """The layer's spelling of `wanted` (exact, else case-insensitive), or, when nothing is
    wanted, of the first candidate it has; None when there is none. MissingFieldError when a
    wanted field is missing: it names the layer's fields.
    """
    by_upper = {name.upper(): name for name in field_names}
    if wanted:
        actual = wanted if wanted in field_names else by_upper.get(wanted.upper())
        if actual is None:
            raise MissingFieldError(
                translate(
                    "Fields", "field '{wanted}' is not in the layer; its fields are: {field_names}"
                ).format(wanted=wanted, field_names=", ".join(field_names))
            )
        return actual
    return next((by_upper[name.upper()] for name in candidates if name.upper() in by_upper), None)


def unique_name(name, taken, max_length=None):
    """name, else name_2, name_3...: the first that is not in taken (compared case-insensitively),
    as QGIS's own joins name a joined field that shares a name with one of the layer's. With
    max_length (10 for a Shapefile), the name is shortened before its suffix to fit."""
    upper = {other.upper() for other in taken}
    candidate, number = name, 1
    while candidate.upper() in upper:
        number += 1
        suffix = f"_{number}"
        candidate = (name[: max_length - len(suffix)] if max_length else name) + suffix
    return candidate


def last_form(field_names, name):
    """The last of the layer's fields that is `name` or a form unique_name gives it (name_2, or
    pace_cla_2 shortened for a Shapefile); None when there is none. An output's own field is
    added after the user's fields whose names it shares, so the last form is the output's."""
    wanted = name.upper()

    def is_form(candidate):
        base, separator, number = candidate.upper().rpartition("_")
        if candidate.upper() == wanted:
            return True
        if not (separator and number.isdigit() and int(number) >= 2):
            return False
        return base == wanted or (len(candidate) == SHAPEFILE_NAME_LENGTH and wanted.startswith(base))

    return next((candidate for candidate in reversed(field_names) if is_form(candidate)), None)


def as_text(value):
    """Normalise an attribute value (None, QVariant NULL, numbers) to stripped text."""
    if value is None:
        return ""
    text = str(value).strip()
    return "" if text.upper() == "NULL" else text
