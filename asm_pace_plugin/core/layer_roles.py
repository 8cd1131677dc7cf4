"""What a project's layer is to a dossier, recognised by its fields (and a landscape by its name).

Plain Python: the dock hands it field names, so a dossier made from the dock draws the protected
areas, landscapes, ecoregions and impact zones of the officer's project without asking for them.
"""

from .fields import FIELD_CANDIDATES
from .impacts import ZONE_FIELDS
from .pressure import SITE_PRESSURE_FIELDS

PROTECTED_AREAS = "protected_areas"
LANDSCAPES = "landscapes"
ECOREGIONS = "ecoregions"
IMPACT_ZONES = "impact_zones"
SITE_PRESSURE = "site_pressure"

ZONE_KEY_FIELD = "site_id"  # the impact zones and the per-site pressure keep the site key there
ECOREGION_FIELDS = {
    name
    for role in ("g200_region", "g200_number", "g200_status")
    for name in FIELD_CANDIDATES["ecoregions"][role]
}
AZE_FIELDS = {
    name.upper() for role in ("national_name", "aze_status") for name in FIELD_CANDIDATES["AZE sites"][role]
}
LANDSCAPE_WORDS = ("landscape", "paysage", "paisaje", "paisagem")
_ZONE_NAMES = {name.upper() for name, _type, _meaning in ZONE_FIELDS}
_SITE_PRESSURE_NAMES = {name.upper() for name, _type, _meaning in SITE_PRESSURE_FIELDS}


def layer_role(layer_name, field_names, has_geometry):
    """The role of a layer in a dossier (one of the constants above), or None."""
    upper = {name.upper() for name in field_names}
    if "PACE_CLASS" in upper:  # the classification's own outputs: the sites and their summary
        return None
    if not has_geometry:
        return SITE_PRESSURE if upper >= _SITE_PRESSURE_NAMES and "PA_HA" not in upper else None
    if upper >= _ZONE_NAMES:
        return IMPACT_ZONES
    if upper & ECOREGION_FIELDS:
        return ECOREGIONS
    candidates = FIELD_CANDIDATES["protected areas"]
    has_id = any(name.upper() in upper for name in candidates["site_id"])
    has_pa_fields = any(name.upper() in upper for name in (*candidates["designation"], *candidates["iucn"]))
    if (has_id and has_pa_fields) or upper >= AZE_FIELDS:
        return PROTECTED_AREAS
    if any(word in layer_name.lower() for word in LANDSCAPE_WORDS):
        return LANDSCAPES
    return None
