"""The outputs of mining over time, each field defined once with its meaning, and their rows.

Per area and period (the new mining of the period as a polygon, empty where there is none), per
area (its trend and its growth around decisions), per footprint or site (the areas it lies in,
its first and last period) and per decision.
"""

import datetime

from ..shared import compat, formatting
from ..shared.i18n import QT_TRANSLATE_NOOP, number, translate
from ..shared.i18n import date as written_date
from ..shared.output_schema import make_fields, make_row, rounded
from . import trend as trends
from .periods import LENGTH_LABELS

AREA_FIELDS = (
    ("area_layer", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "layer of the area")),
    (
        "area_kind",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "protected_area (cleaned as in the classification) or area"),
    ),
    ("area_id", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "id of the area")),
    ("area_name", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "name of the area")),
    ("area_type", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "designation or type of the area")),
    (
        "area_ha",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "hectares of the area (ellipsoidal, parcels dissolved)"),
    ),
)
PERIOD = (
    "period",
    compat.FIELD_STRING,
    QT_TRANSLATE_NOOP("OutputFields", "period: 2019, 2025-Q2 or 2025-05"),
)
TREND = (
    "trend",
    compat.FIELD_STRING,
    QT_TRANSLATE_NOOP(
        "OutputFields", "trend of the area: new, accelerating, growing, steady, slowing, no_new_mining"
    ),
)
AREA_PERIOD_FIELDS = (
    *AREA_FIELDS,
    PERIOD,
    ("per_start", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "first day of the period")),
    (
        "new_ha",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "hectares of new mining in the area in the period (dissolved)"),
    ),
    (
        "cum_ha",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "hectares of mining in the area up to the end of the period"),
    ),
    (
        "cum_share",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "share (0-1) of the area mined up to the end of the period"),
    ),
    (
        "n_new",
        compat.FIELD_INT,
        QT_TRANSLATE_NOOP("OutputFields", "footprints or sites new in the period (or grown, for snapshots)"),
    ),
    (
        "n_cum",
        compat.FIELD_INT,
        QT_TRANSLATE_NOOP("OutputFields", "footprints or sites in the area up to the end of the period"),
    ),
    (
        "change_ha",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "new hectares minus those of the period before"),
    ),
    (
        "change_pct",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "that change in percent of the period before (empty after none)"),
    ),
    (
        "remined_ha",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP(
            "OutputFields", "hectares of the period's footprints already mined before (counted once)"
        ),
    ),
    (
        "lost_ha",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP(
            "OutputFields",
            "snapshots: hectares of the snapshot before missing from this one (not subtracted)",
        ),
    ),
    (
        "mined_new",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP(
            "OutputFields", "mined area field apportioned as AMW does: mined ha x share of the polygon inside"
        ),
    ),
    (
        "mined_cum",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "the same, up to the end of the period"),
    ),
    TREND,
)
SUMMARY_FIELDS = (
    *AREA_FIELDS,
    ("first_per", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "first period with mining")),
    ("last_per", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "last period with new mining")),
    ("total_ha", compat.FIELD_DOUBLE, QT_TRANSLATE_NOOP("OutputFields", "hectares mined at the end")),
    ("total_sh", compat.FIELD_DOUBLE, QT_TRANSLATE_NOOP("OutputFields", "share (0-1) of the area mined")),
    ("last_new", compat.FIELD_DOUBLE, QT_TRANSLATE_NOOP("OutputFields", "new mining of the last period")),
    ("n_total", compat.FIELD_INT, QT_TRANSLATE_NOOP("OutputFields", "footprints or sites in the area")),
    (
        "mined_tot",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "apportioned mined area, all periods"),
    ),
    TREND,
    ("decided", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "date of the latest decision")),
    ("dec_sites", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "sites decided in the area")),
    (
        "dec_n",
        compat.FIELD_INT,
        QT_TRANSLATE_NOOP("OutputFields", "periods compared on each side of the decision (0: too early)"),
    ),
    ("before_rt", compat.FIELD_DOUBLE, QT_TRANSLATE_NOOP("OutputFields", "new mining per period before it")),
    ("after_rt", compat.FIELD_DOUBLE, QT_TRANSLATE_NOOP("OutputFields", "new mining per period after it")),
)
FOOTPRINT_FIELDS = (
    ("fp_id", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "footprint or site id")),
    PERIOD,
    (
        "first_per",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "first period of the footprint or site"),
    ),
    (
        "last_per",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "last period of the footprint or site"),
    ),
    ("n_areas", compat.FIELD_INT, QT_TRANSLATE_NOOP("OutputFields", "number of areas it lies in")),
    ("area_ids", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "their ids, '; '-separated")),
    ("area_names", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "their names, '; '-separated")),
    (
        "poly_ha",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "hectares of the footprint (ellipsoidal)"),
    ),
    ("mined_ha", compat.FIELD_DOUBLE, QT_TRANSLATE_NOOP("OutputFields", "mined area field as given")),
)
DECISION_FIELDS = (
    ("site_id", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "site decided")),
    ("approach", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "approach decided")),
    ("decided", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "date of the decision")),
    ("area_id", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "area holding the site")),
    ("area_name", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "its name")),
    (
        "dec_n",
        compat.FIELD_INT,
        QT_TRANSLATE_NOOP("OutputFields", "periods compared on each side of the decision (0: too early)"),
    ),
    ("unit", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "ha (footprints) or sites (points)")),
    ("before", compat.FIELD_DOUBLE, QT_TRANSLATE_NOOP("OutputFields", "new mining in those periods before")),
    ("after", compat.FIELD_DOUBLE, QT_TRANSLATE_NOOP("OutputFields", "new mining in those periods after")),
    ("before_rt", compat.FIELD_DOUBLE, QT_TRANSLATE_NOOP("OutputFields", "new mining per period before it")),
    ("after_rt", compat.FIELD_DOUBLE, QT_TRANSLATE_NOOP("OutputFields", "new mining per period after it")),
    ("history", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "the same in words")),
)

PROTECTED_AREA_KIND, OTHER_AREA_KIND = "protected_area", "area"


def area_period_fields():
    return make_fields(AREA_PERIOD_FIELDS)


def summary_fields():
    return make_fields(SUMMARY_FIELDS)


def footprint_fields():
    return make_fields(FOOTPRINT_FIELDS)


def decision_fields():
    return make_fields(DECISION_FIELDS)


def _area_values(record, kind, area_ha):
    return {
        "area_layer": record.layer,
        "area_kind": kind,
        "area_id": record.wdpa_id,
        "area_name": record.name,
        "area_type": record.designation or None,
        "area_ha": rounded(area_ha),
    }


def new_values(figures, points):
    """The new mining per period of an area's figures: hectares, or counts for sites."""
    return [item.new_count if points else item.new_ha for item in figures]


def area_period_rows(record, kind, area_ha, figures, points):
    """(geometry or None, attributes of AREA_PERIOD_FIELDS) per period of one area."""
    area_trend = trends.trend(new_values(figures, points))
    previous = None
    for item in figures:
        new = item.new_count if points else item.new_ha
        change = None if previous is None else new - previous
        yield (
            item.geometry,
            make_row(
                AREA_PERIOD_FIELDS,
                **_area_values(record, kind, area_ha),
                period=item.period.key,
                per_start=item.period.start.isoformat(),
                new_ha=rounded(item.new_ha),
                cum_ha=rounded(item.cumulative_ha),
                cum_share=rounded(item.cumulative_ha / area_ha, 8)
                if item.cumulative_ha is not None and area_ha
                else None,
                n_new=item.new_count,
                n_cum=item.cumulative_count,
                change_ha=None if points else rounded(change),
                change_pct=rounded(100 * change / previous, 2) if change is not None and previous else None,
                remined_ha=rounded(item.remined_ha),
                lost_ha=rounded(item.lost_ha),
                mined_new=rounded(item.mined_new_ha),
                mined_cum=rounded(item.mined_cumulative_ha),
                trend=area_trend,
            ),
        )
        previous = new


def summary_row(record, kind, area_ha, figures, points, decision=None):
    """Attributes of SUMMARY_FIELDS of one area. decision: (date, sites, BeforeAfter) or None."""
    news = new_values(figures, points)
    with_mining = [item.period.key for item in figures if (item.new_count if points else item.new_ha)]
    last = figures[-1] if figures else None
    total_ha = last.cumulative_ha if last else None
    decided, sites, around = decision or (None, None, None)
    return make_row(
        SUMMARY_FIELDS,
        **_area_values(record, kind, area_ha),
        first_per=with_mining[0] if with_mining else None,
        last_per=with_mining[-1] if with_mining else None,
        total_ha=rounded(total_ha),
        total_sh=rounded(total_ha / area_ha, 8) if total_ha is not None and area_ha else None,
        last_new=rounded(news[-1]) if news else None,
        n_total=last.cumulative_count if last else 0,
        mined_tot=rounded(last.mined_cumulative_ha) if last else None,
        trend=trends.trend(news),
        decided=decided.isoformat() if decided else None,
        dec_sites=sites,
        dec_n=around.periods if around else None,
        before_rt=rounded(around.rate_before()) if around else None,
        after_rt=rounded(around.rate_after()) if around else None,
    )


def decided_on(decided_at):
    """The day of a decision as the workspace stores it (ISO text), or None when unreadable."""
    try:
        return datetime.date.fromisoformat(str(decided_at)[:10])
    except ValueError:
        return None


def history_sentence(decided, around, length, points):
    """A site's history in words: 'Since the decision of 1 March 2024: +12 ha a year; before:
    +40 ha a year.' (in the current language)."""
    if not around.periods:
        return translate(
            "Monitoring", "Decision of {date}: too early to compare, no whole {period} since."
        ).format(date=written_date(decided), period=translate("Monitoring", LENGTH_LABELS[length]))
    unit = (
        translate("Monitoring", "+{value} new sites a {period}")
        if points
        else translate("Monitoring", "+{value} ha a {period}")
    )
    period = translate("Monitoring", LENGTH_LABELS[length])
    return translate("Monitoring", "Since the decision of {date}: {after}; before: {before}.").format(
        date=written_date(decided),
        after=unit.format(value=_figure(around.rate_after(), points), period=period),
        before=unit.format(value=_figure(around.rate_before(), points), period=period),
    )


def _figure(value, points):
    if points:
        return number(value, 0 if value == round(value) else 1)
    return formatting.hectare_figure(value)


def decision_row(site_key, approach, decided, record, around, length, points):
    """Attributes of DECISION_FIELDS: one decision of a site in one area."""
    return make_row(
        DECISION_FIELDS,
        site_id=site_key,
        approach=approach,
        decided=decided.isoformat(),
        area_id=record.wdpa_id,
        area_name=record.name,
        dec_n=around.periods,
        unit="sites" if points else "ha",
        before=rounded(around.before) if around.periods else None,
        after=rounded(around.after) if around.periods else None,
        before_rt=rounded(around.rate_before()),
        after_rt=rounded(around.rate_after()),
        history=history_sentence(decided, around, length, points),
    )


def footprint_row(footprint_id, period, history, records, hectares, mined):
    """Attributes of FOOTPRINT_FIELDS of one feature: its footprint's areas and periods."""
    return make_row(
        FOOTPRINT_FIELDS,
        fp_id=footprint_id,
        period=period.key,
        first_per=history.first.key,
        last_per=history.last.key,
        n_areas=len(records),
        area_ids="; ".join(record.wdpa_id for record in records) or None,
        area_names="; ".join(record.name for record in records) or None,
        poly_ha=rounded(hectares),
        mined_ha=mined,
    )
