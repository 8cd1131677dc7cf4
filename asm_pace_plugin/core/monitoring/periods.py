"""Periods of mining over time: years, quarters or months, read from dates, years or layer names.

A period is (length, year, number): (YEAR, 2019, 1), (QUARTER, 2025, 2), (MONTH, 2025, 11). Values
are read as a person writes them (2019, 2019.0, "2019", "2019-05-01", "2025-Q2", "2025-05", a
QDate or QDateTime); anything else is a PeriodError that says which value and how to write it.
"""

import datetime
import re
from dataclasses import dataclass

from qgis.PyQt.QtCore import QDate, QDateTime

from ..shared.errors import PluginError
from ..shared.i18n import QT_TRANSLATE_NOOP, translate

YEAR, QUARTER, MONTH = "year", "quarter", "month"
LENGTHS = (YEAR, QUARTER, MONTH)
LENGTH_LABELS = {
    YEAR: QT_TRANSLATE_NOOP("Monitoring", "year"),
    QUARTER: QT_TRANSLATE_NOOP("Monitoring", "quarter"),
    MONTH: QT_TRANSLATE_NOOP("Monitoring", "month"),
}
PER_YEAR = {YEAR: 1, QUARTER: 4, MONTH: 12}
# Years outside these are typing errors (a day number, a site number), not mining periods.
FIRST_YEAR, LAST_YEAR = 1900, 2200

_FULL_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
_YEAR_MONTH = re.compile(r"^(\d{4})[-/.](\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})\s*[-_ ]?\s*[Qq]([1-4])$|^[Qq]([1-4])\s*[-_ ]?\s*(\d{4})$")
_YEAR = re.compile(r"^(\d{4})(?:\.0+)?$")
# A date, quarter or year inside a layer name (mining_2019, amw-2025-Q1, footprints 2020-06-30).
_IN_NAME = re.compile(
    r"(?<!\d)(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}\s*[-_ ]?\s*[Qq][1-4]|\d{4}[-/.]\d{1,2}|\d{4})(?!\d)"
)


class PeriodError(PluginError, ValueError):
    """A value that is not a date, a year or a period."""


@dataclass(frozen=True, order=True)
class Period:
    length: str
    year: int
    number: int  # 1 for a year, 1-4 for a quarter, 1-12 for a month

    @property
    def key(self):
        """The period as stored in the outputs: 2019, 2025-Q2, 2025-05 (sorts as the periods)."""
        if self.length == YEAR:
            return str(self.year)
        if self.length == QUARTER:
            return f"{self.year}-Q{self.number}"
        return f"{self.year}-{self.number:02d}"

    @property
    def start(self):
        months = 12 // PER_YEAR[self.length]
        return datetime.date(self.year, 1 + (self.number - 1) * months, 1)

    @property
    def end(self):
        """The last day of the period."""
        return self.next().start - datetime.timedelta(days=1)

    def next(self):
        count = PER_YEAR[self.length]
        if self.number < count:
            return Period(self.length, self.year, self.number + 1)
        return Period(self.length, self.year + 1, 1)

    def __str__(self):
        return self.key


def period_of(day, length):
    """The period of a datetime.date."""
    if length == YEAR:
        return Period(YEAR, day.year, 1)
    if length == QUARTER:
        return Period(QUARTER, day.year, (day.month - 1) // 3 + 1)
    return Period(MONTH, day.year, day.month)


def _checked_year(year, value):
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise PeriodError(_not_a_period(value))
    return year


def _not_a_period(value):
    return translate(
        "Monitoring",
        "'{value}' is not a date, a year or a period: write it as 2019, 2019-05-01, 2025-Q2 or 2025-05.",
    ).format(value=value)


def _coarser_than(length, value, given):
    return translate(
        "Monitoring",
        "'{value}' is a {given}, but the periods are months or quarters: give dates, or choose longer "
        "periods.",
    ).format(value=value, given=translate("Monitoring", LENGTH_LABELS[given]))


def parse_period(value, length):
    """The Period of `length` holding a value (a date, a year or a period); PeriodError when it is
    none, or when it says less than the period needs (a year, for quarters)."""
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        if not value.isValid():
            raise PeriodError(_not_a_period(value.toString()))
        return period_of(datetime.date(value.year(), value.month(), value.day()), length)
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return period_of(value, length)
    if isinstance(value, bool) or value is None:
        raise PeriodError(_not_a_period(value))
    if isinstance(value, (int, float)):
        if value != value or value != int(value):
            raise PeriodError(_not_a_period(value))
        value = str(int(value))
    text = str(value).strip()
    if text in ("", "NULL"):
        raise PeriodError(
            translate("Monitoring", "A feature has no period (its date or year is empty): give one.")
        )
    match = _FULL_DATE.match(text)
    if match:
        try:
            day = datetime.date(_checked_year(int(match[1]), text), int(match[2]), int(match[3]))
        except ValueError:
            raise PeriodError(_not_a_period(text)) from None
        return period_of(day, length)
    match = _QUARTER.match(text)
    if match:
        year = _checked_year(int(match[1] or match[4]), text)
        quarter = int(match[2] or match[3])
        if length == MONTH:
            raise PeriodError(_coarser_than(length, text, QUARTER))
        return Period(QUARTER, year, quarter) if length == QUARTER else Period(YEAR, year, 1)
    match = _YEAR_MONTH.match(text)
    if match:
        month = int(match[2])
        if not 1 <= month <= 12:
            raise PeriodError(_not_a_period(text))
        return period_of(datetime.date(_checked_year(int(match[1]), text), month, 1), length)
    match = _YEAR.match(text)
    if match:
        year = _checked_year(int(match[1]), text)
        if length != YEAR:
            raise PeriodError(_coarser_than(length, text, YEAR))
        return Period(YEAR, year, 1)
    raise PeriodError(_not_a_period(text))


def period_in_name(name, length):
    """The period a layer's name gives (footprints_2019, amw 2025-Q1); PeriodError when it gives none
    or several."""
    found = {match.group(1) for match in _IN_NAME.finditer(str(name))}
    periods = set()
    for text in found:
        try:
            periods.add(parse_period(re.sub(r"\s+", "", text), length))
        except PeriodError:
            continue
    if len(periods) != 1:
        raise PeriodError(
            translate(
                "Monitoring",
                "The layer '{name}' does not say which period it shows: name it with its date or year "
                "(footprints_2019, mining 2025-Q1), or give a period field.",
            ).format(name=name)
        )
    return periods.pop()


_KEYS = {
    YEAR: re.compile(r"^(\d{4})$"),
    QUARTER: re.compile(r"^(\d{4})-Q([1-4])$"),
    MONTH: re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$"),
}


def period_of_key(key):
    """The Period of a key as the outputs store it (2019, 2025-Q2, 2025-05); PeriodError for any
    other text."""
    text = str(key).strip()
    for length, pattern in _KEYS.items():
        match = pattern.match(text)
        if match:
            return Period(length, int(match[1]), int(match[2]) if match.lastindex > 1 else 1)
    raise PeriodError(_not_a_period(text))


def period_range(first, last):
    """Every period from first to last, both included, none skipped (a year without mining is a
    period too)."""
    periods, current = [], first
    while current <= last:
        periods.append(current)
        current = current.next()
    return periods
