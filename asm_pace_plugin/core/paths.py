"""Where the plugin's shipped files live (works from a checkout and from the zip)."""

import configparser
from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent.parent
RESOURCES_DIR = PLUGIN_DIR / "resources"
SAMPLE_GPKG = RESOURCES_DIR / "sample" / "asm_pace_sample.gpkg"
# Natural Earth, public domain; FlatGeobuf: reading never writes to it (a GeoPackage is opened for update).
LOCATOR_COUNTRIES = RESOURCES_DIR / "locator" / "countries.fgb"
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
MODELS_DIR = RESOURCES_DIR / "models"
CATALOGUES_DIR = RESOURCES_DIR / "catalogues"
HELP_DIR = RESOURCES_DIR / "help"
GETTING_STARTED = "getting_started"


def icon_path(name="asm_pace"):
    return RESOURCES_DIR / "icons" / f"{name}.svg"


def help_page(name, language=None):
    """The shipped help page of an algorithm (by its name) or of GETTING_STARTED, in `language`
    (default: the plugin's) where the plugin ships one (help/<language>/), else in English."""
    from .i18n import current_language  # paths is read before the translations are set up

    translated = HELP_DIR / (language or current_language()) / f"{name}.html"
    return translated if translated.is_file() else HELP_DIR / f"{name}.html"


def plugin_version():
    """The version in the plugin's metadata.txt (shown in dossiers and exports)."""
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")
    return metadata["general"]["version"]
