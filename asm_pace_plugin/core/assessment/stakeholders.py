"""Stakeholder rules: value ranges, influence–interest quadrants, CSV exchange for field work.

Contacts can put people at risk (informal miners, armed actors). A stakeholder is sensitive when
an officer marks it so or its group is flagged sensitive (`is_sensitive`); a contact is sensitive
unless marked shareable. CSV exports leave sensitive stakeholders, contacts and both flags out
unless the caller asks for them explicitly.
"""

import csv
import io
from dataclasses import dataclass

from ..shared.errors import StakeholderError
from ..shared.i18n import QT_TRANSLATE_NOOP, translate

INFLUENCE_RANGE = (0, 5)
INTEREST_RANGE = (0, 5)
STANCE_RANGE = (-2, 2)
HIGH_THRESHOLD = 3

KEY_PLAYERS = "key_players"
CONTEXT_SETTERS = "context_setters"
SUBJECTS = "subjects"
CROWD = "crowd"
# Readable labels (quadrant_label() and stance_label() give them in the language being written).
QUADRANT_LABELS = {
    KEY_PLAYERS: QT_TRANSLATE_NOOP("Stakeholders", "Key players (engage actively)"),
    CONTEXT_SETTERS: QT_TRANSLATE_NOOP("Stakeholders", "Context setters (monitor, possible risk)"),
    SUBJECTS: QT_TRANSLATE_NOOP("Stakeholders", "Subjects (empower)"),
    CROWD: QT_TRANSLATE_NOOP("Stakeholders", "Crowd (monitor for change)"),
}
# The short names of the quadrants, where the grid has no room for the advice.
QUADRANT_NAMES = {
    KEY_PLAYERS: QT_TRANSLATE_NOOP("Stakeholders", "Key players"),
    CONTEXT_SETTERS: QT_TRANSLATE_NOOP("Stakeholders", "Context setters"),
    SUBJECTS: QT_TRANSLATE_NOOP("Stakeholders", "Subjects"),
    CROWD: QT_TRANSLATE_NOOP("Stakeholders", "Crowd"),
}
STANCE_LABELS = {
    -2: QT_TRANSLATE_NOOP("Stakeholders", "strongly against"),
    -1: QT_TRANSLATE_NOOP("Stakeholders", "against"),
    0: QT_TRANSLATE_NOOP("Stakeholders", "neutral"),
    1: QT_TRANSLATE_NOOP("Stakeholders", "in favour"),
    2: QT_TRANSLATE_NOOP("Stakeholders", "strongly in favour"),
}

CSV_COLUMNS = ("name", "group_id", "influence", "interest", "stance", "goals", "longitude", "latitude")
CONTACT_COLUMN = "contact"
FLAG_COLUMNS = ("sensitive", "contact_sensitive")
# Cells starting with these are run as formulas by spreadsheet programs.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
_TEXT_COLUMNS = ("name", "group_id", "goals", CONTACT_COLUMN)
# Headers of files written before the group's column was named as the workspace and exports name it.
OLD_CSV_HEADERS = {"group": "group_id"}
_FLAG_TEXTS = {"1": True, "true": True, "yes": True, "0": False, "false": False, "no": False}


@dataclass
class Stakeholder:
    name: str
    group_id: str  # the id of a group of the catalogue (catalogues.group(group_id))
    influence: int = 0
    interest: int = 0
    stance: int = 0
    goals: str = ""
    contact: str = ""
    longitude: float = None
    latitude: float = None
    id: int = None
    sensitive: bool = False  # marked by an officer: left out of dossiers and exports
    contact_sensitive: bool = True  # False: the contact may be shared


def _checked_int(value, label, bounds):
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        raise StakeholderError(
            translate("Stakeholders", "{label} must be a whole number, not {value!r}").format(
                label=label, value=value
            )
        ) from None
    low, high = bounds
    if not low <= number <= high:
        raise StakeholderError(
            translate("Stakeholders", "{label} must be between {low} and {high}, not {number}").format(
                label=label, low=low, high=high, number=number
            )
        )
    return number


def _checked_flag(value, label):
    flag = _FLAG_TEXTS.get(str(value).strip().lower())
    if flag is None:
        raise StakeholderError(
            translate("Stakeholders", "{label} must be yes or no (1 or 0), not {value!r}").format(
                label=label, value=value
            )
        )
    return flag


def validate(stakeholder, group_ids=None):
    """Check names and ranges in place (numbers as int); raise StakeholderError with a readable reason."""
    if not str(stakeholder.name or "").strip():
        raise StakeholderError(translate("Stakeholders", "a stakeholder needs a name"))
    if group_ids is not None and stakeholder.group_id not in group_ids:
        raise StakeholderError(
            translate("Stakeholders", "unknown stakeholder group {group!r}").format(
                group=stakeholder.group_id
            )
        )
    stakeholder.influence = _checked_int(stakeholder.influence, "influence", INFLUENCE_RANGE)
    stakeholder.interest = _checked_int(stakeholder.interest, "interest", INTEREST_RANGE)
    stakeholder.stance = _checked_int(stakeholder.stance, "stance", STANCE_RANGE)
    for flag in FLAG_COLUMNS:
        setattr(stakeholder, flag, _checked_flag(getattr(stakeholder, flag), flag))
    if (stakeholder.longitude is None) != (stakeholder.latitude is None):
        raise StakeholderError(translate("Stakeholders", "a location needs both longitude and latitude"))
    if stakeholder.longitude is not None:
        stakeholder.longitude, stakeholder.latitude = checked_location(
            stakeholder.longitude, stakeholder.latitude
        )
    return stakeholder


def checked_location(longitude, latitude):
    """(longitude, latitude) as numbers within the globe (EPSG:4326); StakeholderError for a
    location out of range (400, 95), not a number (NaN: emptied) or missing."""
    try:
        longitude, latitude = float(longitude), float(latitude)
    except (TypeError, ValueError):
        raise StakeholderError(
            translate("Stakeholders", "a location needs both longitude and latitude")
        ) from None
    if not (-180 <= longitude <= 180 and -90 <= latitude <= 90):  # NaN is in no range
        raise StakeholderError(
            translate(
                "Stakeholders",
                "longitude / latitude out of range: {longitude}, {latitude} (longitude -180 to 180, latitude "
                "-90 to 90)",
            ).format(longitude=longitude, latitude=latitude)
        )
    return longitude, latitude


def quadrant_label(key, short=False):
    """The readable label of a quadrant (its short name when `short`), in the language being written."""
    return translate("Stakeholders", (QUADRANT_NAMES if short else QUADRANT_LABELS)[key])


def stance_label(stance):
    """The readable label of a stance (-2 ... 2), in the language being written."""
    label = STANCE_LABELS.get(stance)
    return translate("Stakeholders", label) if label else str(stance)


def is_sensitive(stakeholder, catalogues):
    """True when the stakeholder is marked sensitive or its group is flagged sensitive."""
    group = catalogues.group(stakeholder.group_id)
    return bool(stakeholder.sensitive) or (group is not None and group.sensitive)


def quadrant(influence, interest, threshold=HIGH_THRESHOLD):
    """Influence–interest quadrant (after Reed et al. 2009); values >= threshold count as high."""
    high_influence, high_interest = influence >= threshold, interest >= threshold
    if high_influence and high_interest:
        return KEY_PLAYERS
    if high_influence:
        return CONTEXT_SETTERS
    if high_interest:
        return SUBJECTS
    return CROWD


# A NUL character ends a text for GDAL: what follows it would be lost from an exported cell.
NUL_SHOWN = "\u2400"  # ␀


def show_nul(text):
    """text with each NUL character written as ␀, so nothing after it is lost."""
    return text.replace("\x00", NUL_SHOWN)


def escape_cell(text):
    text = "" if text is None else str(text)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _unescape_cell(text):
    return text[1:] if text.startswith("'") and len(text) > 1 else text


def to_csv(stakeholders, include_sensitive=False):
    """CSV text of the stakeholders; contacts and the two flags only when include_sensitive is True.

    The caller chooses the stakeholders: without include_sensitive, leave out the sensitive ones.
    """
    columns = (*CSV_COLUMNS, CONTACT_COLUMN, *FLAG_COLUMNS) if include_sensitive else CSV_COLUMNS
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for stakeholder in stakeholders:
        row = {column: getattr(stakeholder, column) for column in columns}
        for column in _TEXT_COLUMNS:
            if column in row:
                row[column] = escape_cell(row[column])
        for column in FLAG_COLUMNS:
            if column in row:
                row[column] = int(row[column])
        writer.writerow({key: "" if value is None else value for key, value in row.items()})
    return buffer.getvalue()


def decode_csv(data):
    """The text of a CSV file's bytes: UTF-8 (with or without its mark), else Windows-1252, as
    Excel writes CSV on Windows in French, Spanish and Portuguese."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def from_csv(text, group_ids=None):
    """Stakeholders from CSV text; returns (stakeholders, errors) with errors as 'line n: reason'.

    Without the flag columns a stakeholder is not marked sensitive and its contact is sensitive.
    """
    header = text.split("\n", 1)[0]
    # Excel writes ";" between cells where the decimal mark is a comma (French, Spanish, Portuguese).
    delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    if reader.fieldnames:
        reader.fieldnames = [OLD_CSV_HEADERS.get(name, name) for name in reader.fieldnames]
    missing = {"name", "group_id"} - set(reader.fieldnames or ())
    if missing:
        return [], [
            translate("Stakeholders", "line 1: missing columns {columns}").format(
                columns=", ".join(sorted(missing))
            )
        ]
    stakeholders, errors = [], []
    for line, row in enumerate(reader, start=2):
        cells = {key: (value or "") for key, value in row.items() if key}
        for column in _TEXT_COLUMNS:
            if column in cells:
                cells[column] = _unescape_cell(cells[column])
        try:
            stakeholder = Stakeholder(
                name=cells["name"],
                group_id=cells["group_id"],
                influence=cells.get("influence") or 0,
                interest=cells.get("interest") or 0,
                stance=cells.get("stance") or 0,
                goals=cells.get("goals", ""),
                contact=cells.get(CONTACT_COLUMN, ""),
                longitude=cells.get("longitude") or None,
                latitude=cells.get("latitude") or None,
                sensitive=cells.get("sensitive") or False,
                contact_sensitive=cells.get("contact_sensitive") or True,
            )
            stakeholders.append(validate(stakeholder, group_ids))
        except (StakeholderError, ValueError) as error:
            errors.append(
                translate("Stakeholders", "line {line}: {problem}").format(line=line, problem=error)
            )
    return stakeholders, errors
