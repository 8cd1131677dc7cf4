"""Where the plugin's shipped files live (works from a checkout and from the zip)."""

from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent.parent
RESOURCES_DIR = PLUGIN_DIR / "resources"
SAMPLE_GPKG = RESOURCES_DIR / "sample" / "asm_pace_sample.gpkg"
SAMPLE_LAYERS = (
    "sites",
    "site_footprints",
    "protected_areas",
    "protected_area_points",
    "national_protected_areas",
    "aze_sites",
    "landscapes",
    "ecoregions",
    "rivers",
)
STYLES_DIR = RESOURCES_DIR / "styles"
MODELS_DIR = RESOURCES_DIR / "models"
CATALOGUES_DIR = RESOURCES_DIR / "catalogues"


def icon_path():
    return RESOURCES_DIR / "icons" / "asm_pace.svg"


def style_path(name):
    return STYLES_DIR / f"{name}.qml"
