"""The ASM-PACE site classes, their precedence, and designation / IUCN parsing.

Plain Python (only the translation of labels goes through Qt), so these rules are tested fast
and exhaustively. The rules (ASM-PACE FAQ definitions) are documented in the README, "What the
classification does".
"""

from ..shared.i18n import QT_TRANSLATE_NOOP, translate
from ..shared.input_fields import as_text

PROTECTED_AREA = "protected_area"
PRIORITY_LANDSCAPE = "priority_landscape"
CRITICAL_ECOSYSTEM = "critical_ecosystem"
NOT_ELIGIBLE = "not_eligible"
# Not a PACE class: a site whose geometry is missing cannot be tested, and says so.
UNCLASSIFIED = "unclassified"

# First match wins.
PRECEDENCE = (PROTECTED_AREA, PRIORITY_LANDSCAPE, CRITICAL_ECOSYSTEM)
ALL_CLASSES = (*PRECEDENCE, NOT_ELIGIBLE, UNCLASSIFIED)

# Readable labels of the stored codes; class_label() gives them in the language being written.
CLASS_LABELS = {
    PROTECTED_AREA: QT_TRANSLATE_NOOP("PaceClasses", "In a protected area"),
    PRIORITY_LANDSCAPE: QT_TRANSLATE_NOOP("PaceClasses", "In a WWF priority landscape"),
    CRITICAL_ECOSYSTEM: QT_TRANSLATE_NOOP("PaceClasses", "In a Global 200 ecoregion (critical ecosystem)"),
    NOT_ELIGIBLE: QT_TRANSLATE_NOOP("PaceClasses", "Not PACE (outside all tested layers)"),
    UNCLASSIFIED: QT_TRANSLATE_NOOP("PaceClasses", "Not classified (site has no geometry)"),
}

INTERNATIONAL = QT_TRANSLATE_NOOP("PaceClasses", "international")
REGIONAL = QT_TRANSLATE_NOOP("PaceClasses", "regional")
NATIONAL = QT_TRANSLATE_NOOP("PaceClasses", "national")
LOCAL = QT_TRANSLATE_NOOP("PaceClasses", "local")
LEVELS = (INTERNATIONAL, REGIONAL, NATIONAL, LOCAL)

WORLD_HERITAGE = QT_TRANSLATE_NOOP("PaceClasses", "World Heritage")
RAMSAR = "Ramsar"
UNESCO_MAB = "UNESCO-MAB"
AZE = "AZE"
# WDPA's designation of UNESCO-MAB Biosphere Reserves (DESIG_ENG), as wdpar matches it. A national
# layer's own "réserve de biosphère", created under national law, is a national protected area.
MAB_DESIGNATION = "unesco-mab biosphere reserve"

IUCN_CATEGORIES = ("Ia", "Ib", "II", "III", "IV", "V", "VI")
_IUCN_BY_KEY = {category.upper(): category for category in IUCN_CATEGORIES}

# WDPA GOV_TYPE values that make a nationally listed area a regional or local one.
_GOVERNANCE_LEVELS = {
    "sub-national ministry or agency": REGIONAL,
    "local communities": LOCAL,
    "indigenous peoples": LOCAL,
}

G200_STATUS_LABELS = {
    1: QT_TRANSLATE_NOOP("PaceClasses", "critical or endangered"),
    2: QT_TRANSLATE_NOOP("PaceClasses", "vulnerable"),
    3: QT_TRANSLATE_NOOP("PaceClasses", "relatively stable or intact"),
}


# WDPA's designations in English (DESIG_ENG) most met in the officers' countries: a dossier shows
# them in its language (designation_label); the stored values stay WDPA's.
DESIGNATIONS = (
    QT_TRANSLATE_NOOP("Designations", "National Park"),
    QT_TRANSLATE_NOOP("Designations", "Nature Reserve"),
    QT_TRANSLATE_NOOP("Designations", "Strict Nature Reserve"),
    QT_TRANSLATE_NOOP("Designations", "Forest Reserve"),
    QT_TRANSLATE_NOOP("Designations", "Game Reserve"),
    QT_TRANSLATE_NOOP("Designations", "Wildlife Reserve"),
    QT_TRANSLATE_NOOP("Designations", "Hunting Area"),
    QT_TRANSLATE_NOOP("Designations", "Hunting Reserve"),
    QT_TRANSLATE_NOOP("Designations", "Community Reserve"),
    QT_TRANSLATE_NOOP("Designations", "Communal Reserve"),
    QT_TRANSLATE_NOOP("Designations", "Special Reserve"),
    QT_TRANSLATE_NOOP("Designations", "National Reserve"),
    QT_TRANSLATE_NOOP("Designations", "Natural Park"),
    QT_TRANSLATE_NOOP("Designations", "National Natural Park"),
    QT_TRANSLATE_NOOP("Designations", "National Forest"),
    QT_TRANSLATE_NOOP("Designations", "Protection Forest"),
    QT_TRANSLATE_NOOP("Designations", "Extractive Reserve"),
    QT_TRANSLATE_NOOP("Designations", "Sustainable Development Reserve"),
    QT_TRANSLATE_NOOP("Designations", "Biological Reserve"),
    QT_TRANSLATE_NOOP("Designations", "Ecological Station"),
    QT_TRANSLATE_NOOP("Designations", "Environmental Protection Area"),
    QT_TRANSLATE_NOOP("Designations", "Indigenous Territory"),
    QT_TRANSLATE_NOOP("Designations", "Regional Conservation Area"),
    QT_TRANSLATE_NOOP("Designations", "Private Conservation Area"),
    QT_TRANSLATE_NOOP("Designations", "World Heritage Site (natural or mixed)"),
    QT_TRANSLATE_NOOP("Designations", "Ramsar Site, Wetland of International Importance"),
    QT_TRANSLATE_NOOP("Designations", "UNESCO-MAB Biosphere Reserve"),
    QT_TRANSLATE_NOOP("Designations", "Alliance for Zero Extinction site"),
)


def designation_label(designation):
    """A designation in the language being written when it is one of DESIGNATIONS, else as given."""
    return translate("Designations", designation) if designation in DESIGNATIONS else designation


def listed_labels(text, label):
    """A '; '-separated list of stored values (as the classified attributes hold them), each
    shown by label()."""
    return "; ".join(label(part) for part in as_text(text).split("; ") if part)


def level_label(level):
    """A designation level (international, regional, national, local) in the language being written."""
    return translate("PaceClasses", level) if level in LEVELS or level == WORLD_HERITAGE else level


def class_label(site_class):
    """The readable label of a PACE class code, in the language being written (else the code)."""
    label = CLASS_LABELS.get(site_class)
    return translate("PaceClasses", label) if label else as_text(site_class)


def g200_status_label(status):
    """The readable label of a Global 200 status (1, 2, 3), in the language being written."""
    label = G200_STATUS_LABELS.get(status)
    return translate("PaceClasses", label) if label else as_text(status)


def pace_class(in_protected_area, in_priority_landscape, in_g200_ecoregion):
    """The PACE class of a site from its three tests, by precedence."""
    for matched, site_class in zip((in_protected_area, in_priority_landscape, in_g200_ecoregion), PRECEDENCE):
        if matched:
            return site_class
    return NOT_ELIGIBLE


def is_eligible(site_class):
    """True for the three PACE classes, False for not eligible, None when untested."""
    if site_class == UNCLASSIFIED:
        return None
    return site_class in PRECEDENCE


def international_designation(designation):
    """World Heritage / Ramsar / UNESCO-MAB when the designation text names one, else None."""
    text = as_text(designation).lower()
    if "world heritage" in text or "patrimoine mondial" in text or "patrimonio mundial" in text:
        return WORLD_HERITAGE
    if "ramsar" in text:
        return RAMSAR
    if text == MAB_DESIGNATION:
        return UNESCO_MAB
    return None


def designation_level(designation, designation_type=None, governance_type=None):
    """International / regional / national / local level of a protected-area record.

    International conventions are recognised from the designation text even where the
    designation type is missing (national layers). WDPA's DESIG_TYPE "Regional" (regional
    conventions such as Natura 2000) and sub-national governance both give "regional";
    community or indigenous governance gives "local"; everything else is national.
    """
    if international_designation(designation):
        return INTERNATIONAL
    kind = as_text(designation_type).lower()
    if kind == INTERNATIONAL:
        return INTERNATIONAL
    if kind == REGIONAL:
        return REGIONAL
    return _GOVERNANCE_LEVELS.get(as_text(governance_type).lower(), NATIONAL)


def normalise_iucn(value):
    """The IUCN category ("Ia" ... "VI") in a value such as "ii" or "Category IV", else None."""
    text = as_text(value)
    if text.lower().startswith("category"):
        text = text[len("category") :].strip()
    return _IUCN_BY_KEY.get(text.upper())


def strictest_iucn(values):
    """The strictest IUCN category among values (Ia is strictest); None when none is a category."""
    categories = {normalise_iucn(value) for value in values} - {None}
    for category in IUCN_CATEGORIES:
        if category in categories:
            return category
    return None


def is_g200(region_name, region_number):
    """TEOW rule: an ecoregion belongs to the Global 200 when G200_REGIO is set or G200_NUM > 0."""
    if as_text(region_name):
        return True
    try:
        return float(as_text(region_number) or 0) > 0
    except ValueError:
        return False


def g200_status(value):
    """G200_STAT as 1, 2 or 3 (see G200_STATUS_LABELS); None for anything else."""
    try:
        status = int(float(as_text(value)))
    except ValueError:
        return None
    return status if status in G200_STATUS_LABELS else None


def is_aze_status(value):
    """Whether a KBA layer's AZE status value marks the site as an AZE site."""
    text = as_text(value).lower()
    return text not in ("", "no", "n", "none", "not aze", "non-aze", "0", "false", "not triggered")


def join_unique(values, separator="; "):
    """Join the non-empty texts once each, in first-seen order."""
    seen = []
    for value in values:
        text = as_text(value)
        if text and text not in seen:
            seen.append(text)
    return separator.join(seen)
