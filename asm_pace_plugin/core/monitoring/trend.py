"""The trend of mining in an area, and its growth before and after a decision: each rule once.

TREND RULE (stated in the algorithm's help and the README): the new mining of the last period is
compared with the mean new mining of the (up to) TREND_WINDOW periods before it; hectares for
footprints, counts for sites.
- no new mining: none in the last period;
- new: some in the last period, none in any period before;
- accelerating: at least ACCELERATING times the mean before (or some after none in the window);
- growing: at least GROWING times the mean before;
- slowing: at most SLOWING times the mean before;
- steady: in between.

DECISION RULE: a decision dated D is compared over the same number n of whole periods on each
side: the n periods that end before D and the n that start after it (the period holding D
belongs to neither); n is as many as the data have after D, at most the periods before it.
"""

from dataclasses import dataclass

from ..shared.i18n import QT_TRANSLATE_NOOP

TREND_WINDOW = 3
ACCELERATING = 2.0
GROWING = 1.25
SLOWING = 0.75

NO_NEW = "no_new_mining"
NEW = "new"
ACCELERATING_TREND = "accelerating"
GROWING_TREND = "growing"
STEADY = "steady"
SLOWING_TREND = "slowing"
TREND_LABELS = {
    NO_NEW: QT_TRANSLATE_NOOP("Monitoring", "no new mining"),
    NEW: QT_TRANSLATE_NOOP("Monitoring", "new"),
    ACCELERATING_TREND: QT_TRANSLATE_NOOP("Monitoring", "accelerating"),
    GROWING_TREND: QT_TRANSLATE_NOOP("Monitoring", "growing"),
    STEADY: QT_TRANSLATE_NOOP("Monitoring", "steady"),
    SLOWING_TREND: QT_TRANSLATE_NOOP("Monitoring", "slowing"),
}


def trend(new_per_period):
    """The trend (a key of TREND_LABELS) of an area from its new mining per period, oldest first
    (hectares or counts; None counts as 0). None when there is no period."""
    values = [value or 0 for value in new_per_period]
    if not values:
        return None
    last, before = values[-1], values[:-1]
    if last <= 0:
        return NO_NEW
    if not any(value > 0 for value in before):
        return NEW
    window = before[-TREND_WINDOW:]
    mean = sum(window) / len(window)
    if mean <= 0 or last >= ACCELERATING * mean:
        return ACCELERATING_TREND
    if last >= GROWING * mean:
        return GROWING_TREND
    if last <= SLOWING * mean:
        return SLOWING_TREND
    return STEADY


@dataclass(frozen=True)
class BeforeAfter:
    """New mining in the n whole periods on each side of a decision."""

    periods: int  # n (0: too early to tell)
    before: float  # total new mining of the n periods before
    after: float  # total of the n periods after

    def rate_before(self):
        return self.before / self.periods if self.periods else None

    def rate_after(self):
        return self.after / self.periods if self.periods else None


def before_and_after(periods, new_per_period, decided_on):
    """BeforeAfter of a decision dated decided_on (datetime.date), by the DECISION RULE.
    periods: Periods in order, new_per_period: their new mining (None as 0)."""
    values = [value or 0 for value in new_per_period]
    before = [value for period, value in zip(periods, values) if period.end < decided_on]
    after = [value for period, value in zip(periods, values) if period.start > decided_on]
    count = min(len(before), len(after))
    if not count:
        return BeforeAfter(0, 0.0, 0.0)
    return BeforeAfter(count, float(sum(before[-count:])), float(sum(after[:count])))
