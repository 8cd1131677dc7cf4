"""Where the plugin's shipped files live (works from a checkout and from the zip)."""

import configparser
import shutil
from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parents[2]
RESOURCES_DIR = PLUGIN_DIR / "resources"
SAMPLE_GPKG = RESOURCES_DIR / "sample" / "asm_pace_sample.gpkg"
# Natural Earth, public domain; FlatGeobuf: reading never writes to it (a GeoPackage is opened for update).
LOCATOR_COUNTRIES = RESOURCES_DIR / "locator" / "countries.fgb"
# Their names in the plugin's other languages (Unicode CLDR), by iso_a3: tools/make_country_names.py.
LOCATOR_COUNTRY_NAMES = RESOURCES_DIR / "locator" / "country_names.json"
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
    "mining_footprints",
)
SAMPLE_PERIOD_LAYER, SAMPLE_PERIOD_FIELD = "mining_footprints", "year"  # loaded coloured by year
# SQLite's side files of a GeoPackage, moved along with it.
_GPKG_SIDE_SUFFIXES = ("", "-wal", "-shm")
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


def user_sample_gpkg(settings_dir):
    """Where the officer's own, writable copy of the sample lives in the QGIS profile folder."""
    return Path(settings_dir) / "asm_pace" / "sample" / SAMPLE_GPKG.name


def copy_sample(settings_dir, shipped=SAMPLE_GPKG):
    """The officer's copy of the shipped sample, made the first time and again when the shipped one
    is newer (a plugin upgrade), the replaced copy kept beside it as *.previous.gpkg. The shipped
    file is only read: QGIS rewrites a GeoPackage it opens, and the plugin folder may be read-only."""
    copy = user_sample_gpkg(settings_dir)
    if copy.exists() and copy.stat().st_mtime >= Path(shipped).stat().st_mtime:
        return copy
    copy.parent.mkdir(parents=True, exist_ok=True)
    if copy.exists():
        previous = copy.with_name(f"{copy.stem}.previous{copy.suffix}")
        for suffix in _GPKG_SIDE_SUFFIXES:
            side = copy.with_name(copy.name + suffix)
            if side.exists():
                side.replace(previous.with_name(previous.name + suffix))
    shutil.copy2(shipped, copy)  # keeps the shipped time: an edit of the copy makes it newer
    return copy


def plugin_version():
    """The version in the plugin's metadata.txt (shown in dossiers and exports)."""
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")
    return metadata["general"]["version"]
