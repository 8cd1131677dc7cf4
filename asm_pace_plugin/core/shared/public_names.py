"""The plugin's public names, defined once: the Processing provider's id, each algorithm's id, the
parameter keys that another room (the dock, the dialogs' presets, models and scripts) passes, and the
output fields that several outputs share. They are a public API: a model or a script that calls
the plugin uses them, so they never change (tests/test_public_names.py)."""

from . import output_schema

PROVIDER_ID = "asm_pace"

# Algorithm names (the id without the provider)
CLASSIFY_SITES = "classifysites"
IMPACT_ZONES = "impactzones"
DOWNSTREAM_TRACE = "downstreamtrace"
PA_PRESSURE = "papressure"
SITE_DOSSIERS = "sitedossiers"
EXPORT_ASSESSMENTS = "exportassessments"
MINING_OVER_TIME = "miningovertime"
AREA_REPORTS = "areareports"
ALGORITHM_NAMES = (
    CLASSIFY_SITES,
    IMPACT_ZONES,
    DOWNSTREAM_TRACE,
    PA_PRESSURE,
    SITE_DOSSIERS,
    EXPORT_ASSESSMENTS,
    MINING_OVER_TIME,
    AREA_REPORTS,
)


def algorithm_id(name):
    """The id Processing knows an algorithm of the plugin by ("asm_pace:classifysites")."""
    return f"{PROVIDER_ID}:{name}"


CLASSIFY_SITES_ID = algorithm_id(CLASSIFY_SITES)
IMPACT_ZONES_ID = algorithm_id(IMPACT_ZONES)
DOWNSTREAM_TRACE_ID = algorithm_id(DOWNSTREAM_TRACE)
PA_PRESSURE_ID = algorithm_id(PA_PRESSURE)
SITE_DOSSIERS_ID = algorithm_id(SITE_DOSSIERS)
EXPORT_ASSESSMENTS_ID = algorithm_id(EXPORT_ASSESSMENTS)
MINING_OVER_TIME_ID = algorithm_id(MINING_OVER_TIME)
AREA_REPORTS_ID = algorithm_id(AREA_REPORTS)

# Parameter keys that another room passes (the same key means the same input in every algorithm).
SITES = "SITES"
FOOTPRINTS = "FOOTPRINTS"
PROTECTED_AREAS = "PROTECTED_AREAS"
LANDSCAPES = "LANDSCAPES"
ECOREGIONS = "ECOREGIONS"
AZE_SITES = "AZE_SITES"
RIVERS = "RIVERS"
ZONES = "ZONES"
WORKSPACE = "WORKSPACE"
KEY_FIELD = "KEY_FIELD"
SITE_KEYS = "SITE_KEYS"
IMPACT_ZONES_INPUT = "IMPACT_ZONES"
ZONE_KEY_FIELD = "ZONE_KEY_FIELD"
PRESSURE = "PRESSURE"
CORRIDORS_INPUT = "CORRIDORS"
PRESSURE_KEY_FIELD = "PRESSURE_KEY_FIELD"
INCLUDE_SENSITIVE = "INCLUDE_SENSITIVE"
MINING = "MINING"
FOOTPRINT_TABLE = "FOOTPRINT_TABLE"
# Output keys
OUTPUT = "OUTPUT"
SUMMARY = "SUMMARY"
CORRIDOR = "CORRIDOR"
SITE_TABLE = "SITE_TABLE"
OUTPUT_PDF = "OUTPUT_PDF"
OUTPUT_HTML = "OUTPUT_HTML"
OUTPUT_FOLDER = "OUTPUT_FOLDER"

# Output fields that several outputs share (their type and meaning: core/shared/output_schema.py).
SITE_ID_FIELD = output_schema.SITE_ID[0]
PATHWAY_FIELD = output_schema.PATHWAY[0]
