"""What a project's layer is to the plugin, recognised by its fields (and a landscape by its name).

Plain Python: the dock and the dialogs hand it field names, so a dossier made from the dock draws
the protected areas, landscapes, ecoregions and impact zones of the officer's project without
asking for them, each step's dialog starts from the latest output of the step before, and a
step refuses an output of a later step where it wants sites.
"""

from ..impacts.pressure import PRESSURE_FIELDS, SITE_PRESSURE_FIELDS
from ..impacts.rivers import TRACE_FIELDS
from ..impacts.zones import ZONE_FIELDS
from ..monitoring.tables import AREA_PERIOD_FIELDS, FOOTPRINT_FIELDS
from ..shared.input_fields import FIELD_CANDIDATES
from ..shared.public_names import SITE_ID_FIELD

# Reference layers
PROTECTED_AREAS = "protected_areas"
AZE_SITES = "aze_sites"
LANDSCAPES = "landscapes"
ECOREGIONS = "ecoregions"
RIVERS = "rivers"
# The plugin's own outputs, in the order of the work
CLASSIFIED_SITES = "classified_sites"
CLASSIFICATION_SUMMARY = "classification_summary"
IMPACT_ZONES = "impact_zones"
TRACES = "traces"
CORRIDORS = "corridors"
PA_PRESSURE = "pa_pressure"
SITE_PRESSURE = "site_pressure"
MINING_PER_AREA = "mining_per_area"  # Mining over time's table per area and period
MINING_FOOTPRINTS = "mining_footprints"  # its footprints with their areas and periods
# Outputs of the impacts and monitoring steps: never sites.
IMPACT_OUTPUTS = (
    IMPACT_ZONES,
    TRACES,
    CORRIDORS,
    PA_PRESSURE,
    SITE_PRESSURE,
    MINING_PER_AREA,
    MINING_FOOTPRINTS,
)

# The layer's custom property where a run of the plugin stamps the outputs it loads (UTC, ISO
# 8601): the newest output of a step is the one the next step's dialog starts from.
MADE_PROPERTY = "asm_pace/made"

ZONE_KEY_FIELD = SITE_ID_FIELD  # the impact zones and the per-site pressure keep the site key there
ECOREGION_FIELDS = {
    name
    for role in ("g200_region", "g200_number", "g200_status")
    for name in FIELD_CANDIDATES["ecoregions"][role]
}
AZE_FIELDS = {
    name.upper() for role in ("national_name", "aze_status") for name in FIELD_CANDIDATES["AZE sites"][role]
}
RIVER_FIELDS = {name.upper() for name in FIELD_CANDIDATES["rivers"]["downstream_id"]}
LANDSCAPE_WORDS = ("landscape", "paysage", "paisaje", "paisagem")


def _names(fields):
    return {name.upper() for name, _type, _meaning in fields}


_ZONE_NAMES = _names(ZONE_FIELDS)
_TRACE_NAMES = _names(TRACE_FIELDS)
_PRESSURE_NAMES = _names(PRESSURE_FIELDS)
_SITE_PRESSURE_NAMES = _names(SITE_PRESSURE_FIELDS)
_MINING_NAMES = _names(AREA_PERIOD_FIELDS)
_FOOTPRINT_NAMES = _names(FOOTPRINT_FIELDS)


def layer_role(layer_name, field_names, has_geometry, lines=False):
    """The role of a layer (one of the constants above), or None. lines: its geometry is lines
    (a downstream trace's lines and its corridors share their fields)."""
    upper = {name.upper() for name in field_names}
    if "PACE_CLASS" in upper:  # the classification's own outputs: the sites and their summary
        return CLASSIFIED_SITES if has_geometry else CLASSIFICATION_SUMMARY
    if not has_geometry:
        return SITE_PRESSURE if upper >= _SITE_PRESSURE_NAMES and "PA_HA" not in upper else None
    if upper >= _MINING_NAMES:
        return MINING_PER_AREA
    if upper >= _FOOTPRINT_NAMES:
        return MINING_FOOTPRINTS
    if upper >= _ZONE_NAMES:
        return IMPACT_ZONES
    if upper >= _TRACE_NAMES:
        return TRACES if lines else CORRIDORS
    if upper >= _PRESSURE_NAMES:
        return PA_PRESSURE
    if upper & ECOREGION_FIELDS:
        return ECOREGIONS
    if upper >= AZE_FIELDS:
        return AZE_SITES
    candidates = FIELD_CANDIDATES["protected areas"]
    has_id = any(name.upper() in upper for name in candidates["site_id"])
    has_pa_fields = any(name.upper() in upper for name in (*candidates["designation"], *candidates["iucn"]))
    if has_id and has_pa_fields:
        return PROTECTED_AREAS
    if lines and upper & RIVER_FIELDS:
        return RIVERS
    if any(word in layer_name.lower() for word in LANDSCAPE_WORDS):
        return LANDSCAPES
    return None
