"""Write resources/locator/country_names.json: the locator's countries named in French, Spanish
and Portuguese, {iso_a3: {"fr": ..., "es": ..., "pt": ...}}, for the dossier's locator caption.

The names are the Unicode CLDR territory names, read through Babel (Debian's python3-babel), so
the plugin itself needs neither. Run it with Debian's python3 (GDAL and Babel are its packages)
when countries.fgb or CLDR changes:
    /usr/bin/python3 tools/make_country_names.py
"""

import json
import sys
from pathlib import Path

import babel
from babel.core import get_global
from osgeo import ogr

REPO = Path(__file__).resolve().parent.parent
COUNTRIES = REPO / "resources" / "locator" / "countries.fgb"
NAMES = REPO / "resources" / "locator" / "country_names.json"
LANGUAGES = ("fr", "es", "pt")
# Natural Earth's own codes for places ISO 3166 leaves out; N. Cyprus (CYN) and Somaliland
# (SOL) have no CLDR territory: the caption keeps their English name.
NATURAL_EARTH_CODES = {"KOS": "XK", "PSX": "PS", "SAH": "EH", "SDS": "SS"}


def alpha_2(iso_a3):
    """The CLDR territory (ISO 3166 alpha-2) of an alpha-3 code, or None."""
    if iso_a3 in NATURAL_EARTH_CODES:
        return NATURAL_EARTH_CODES[iso_a3]
    codes = get_global("territory_aliases").get(iso_a3, [])
    return codes[0] if len(codes) == 1 else None


def country_names():
    source = ogr.Open(str(COUNTRIES))
    codes = sorted({feature["iso_a3"] for feature in source.GetLayer()})
    locales = {language: babel.Locale(language).territories for language in LANGUAGES}
    names = {}
    for iso_a3 in codes:
        territory = alpha_2(iso_a3)
        if territory and all(territory in locales[language] for language in LANGUAGES):
            names[iso_a3] = {language: locales[language][territory] for language in LANGUAGES}
        else:
            print(f"{iso_a3}: no CLDR name, the caption keeps the English one", file=sys.stderr)
    return names


if __name__ == "__main__":
    text = json.dumps(country_names(), ensure_ascii=False, indent=1, sort_keys=True)
    NAMES.write_text(text + "\n", "utf-8")
    print(f"wrote {NAMES.relative_to(REPO)}")
