"""What a protected-area report says, in words: an area's figures at a glance, its periods, its
sites and decisions, what the figures mean, the ranking of all areas, and the site dossier's
mining section; as (title, kind, content) sections of the site dossiers' kinds, which the PDF
(rendering/area_report_layout.py) and the HTML (rendering/area_report_html.py) both render.
The data: area_report.py."""

from ..monitoring import tables
from ..monitoring import trend as trends
from ..monitoring.periods import LENGTH_LABELS
from ..screening import pace
from ..shared import formatting, i18n
from ..shared.i18n import QT_TRANSLATE_NOOP, date, translate
from .area_report import LISTED_KEYS, growth_around, site_area_ids
from .dossier import PAIRS, TABLE, TEXT
from .printed_tables import PRESSURE_COLUMNS, about_pairs, pathway_names, readable_table


def _tr(text):
    return translate("AreaReport", text)


def _amount(area, value):
    """A figure of new or cumulative mining with its unit: 1,230 ha, or 3 sites."""
    if area.points:
        return i18n.counted(translate("AreaReport", "%n site(s)", None, int(value or 0)), int(value or 0))
    return formatting.hectares(value)


def _named(area):
    """An area as the ranking names it: its name and its designation (two areas may share a name:
    a reserve and its buffer zone)."""
    if not area.area_type:
        return area.name
    return f"{area.name} ({pace.designation_label(area.area_type)})"


def _trend_label(area):
    key = area.trend
    return translate("Monitoring", trends.TREND_LABELS[key]) if key else ""


def _period_word(area):
    return translate("Monitoring", LENGTH_LABELS[area.length])


def key_figures(report):
    """The area's figures at a glance, as (label, value) pairs."""
    area = report.area
    last = area.periods[-1].key
    pairs = [(translate("AreaReport", "Area"), f"{area.name} ({area.area_id})")]
    if area.area_type:
        pairs.append((translate("AreaReport", "Designation or type"), pace.designation_label(area.area_type)))
    if area.area_ha:
        pairs.append((translate("AreaReport", "Size of the area"), formatting.hectares(area.area_ha)))
    pairs += [
        (translate("AreaReport", "Periods"), f"{area.periods[0].key} – {last}"),
        (translate("AreaReport", "Mining up to {period}").format(period=last), _amount(area, area.total)),
    ]
    if area.share[-1] is not None:
        pairs.append((translate("AreaReport", "Share of the area mined"), formatting.percent(area.share[-1])))
    pairs += [
        (translate("AreaReport", "New mining in {period}").format(period=last), _amount(area, area.last_new)),
        (translate("AreaReport", "Trend"), _trend_label(area)),
        (translate("AreaReport", "Rank by growth"), str(report.rank)),
    ]
    return pairs


PERIOD_HEADERS = (
    QT_TRANSLATE_NOOP("AreaReport", "Period"),
    QT_TRANSLATE_NOOP("AreaReport", "New ({unit})"),
    QT_TRANSLATE_NOOP("AreaReport", "Up to the end of the period ({unit})"),
    QT_TRANSLATE_NOOP("AreaReport", "Share of the area"),
    QT_TRANSLATE_NOOP("AreaReport", "New footprints or sites"),
    QT_TRANSLATE_NOOP("AreaReport", "Change from the period before"),
)
MINED_HEADER = QT_TRANSLATE_NOOP("AreaReport", "Mined area, shared out as AMW does (ha)")


def period_table(area):
    """(headers, rows): each period's new and cumulative mining, share, count and change."""
    figure = (lambda value: i18n.number(value)) if area.points else formatting.hectare_figure
    rows = []
    for index, period in enumerate(area.periods):
        before = area.new[index - 1] if index else None
        change = ""
        if before is not None:
            difference = area.new[index] - before
            sign = "+" if difference > 0 else "−" if difference < 0 else "±"
            change = f"{sign}{figure(abs(difference))}"
            if before and abs(difference) / before >= 0.001:
                change += f" ({sign}{formatting.percent(abs(difference) / before)})"
        rows.append(
            [
                period.key,
                figure(area.new[index]),
                figure(area.cumulative[index]),
                formatting.percent(area.share[index]) if area.share[index] is not None else "",
                i18n.number(area.new_count[index]),
                change,
            ]
        )
    headers = [_tr(header).format(unit=area.unit) for header in PERIOD_HEADERS]
    if any(value is not None for value in area.mined_new):
        headers.append(_tr(MINED_HEADER))
        for row, value in zip(rows, area.mined_new):
            row.append(formatting.hectare_figure(value) if value is not None else "")
    return tuple(headers), rows


SITE_HEADERS = (
    QT_TRANSLATE_NOOP("AreaReport", "Site"),
    QT_TRANSLATE_NOOP("AreaReport", "PACE class"),
    QT_TRANSLATE_NOOP("AreaReport", "Decision"),
    QT_TRANSLATE_NOOP("AreaReport", "Mining in the area around the decision"),
)
SENSITIVE_HEADERS = (
    QT_TRANSLATE_NOOP("AreaReport", "Decided by"),
    QT_TRANSLATE_NOOP("AreaReport", "Rationale"),
)


def site_table(report):
    """(headers, rows): each decided site inside with its PACE class, each of its decisions with
    the area's growth before and after it (who decided and why only with include_sensitive); the
    sites without a decision in one row per PACE class, their keys listed (at most LISTED_KEYS)."""
    headers = [_tr(header) for header in SITE_HEADERS]
    if report.include_sensitive:
        headers += [_tr(header) for header in SENSITIVE_HEADERS]
    rows, undecided = [], {}
    for site in report.sites or ():
        if not site.decisions:
            undecided.setdefault(site.pace_class, []).append(site.key)
            continue
        name = f"{site.key} {site.label}".strip()
        for decision in site.decisions:
            when = (
                date(decision.decided.isoformat())
                if decision.decided
                else translate("AreaReport", "date unreadable")
            )
            row = [
                name,
                pace.class_label(site.pace_class),
                translate("AreaReport", "{approach}, {date}").format(approach=decision.approach, date=when),
                growth_around(report.area, decision.decided),
            ]
            rows.append(row + ([decision.officer, decision.rationale] if report.include_sensitive else []))
    for site_class, keys in undecided.items():
        listed = ", ".join(keys[:LISTED_KEYS]) + (", …" if len(keys) > LISTED_KEYS else "")
        count = len(keys)
        row = [
            i18n.counted(translate("AreaReport", "%n site(s): {keys}", None, count), count).format(
                keys=listed
            ),
            pace.class_label(site_class),
            translate("AreaReport", "No decision recorded yet."),
            "",
        ]
        rows.append(row + (["", ""] if report.include_sensitive else []))
    return tuple(headers), rows


def meaning_lines(area):
    """What the figures mean, for an officer (the README says the same at length)."""
    lines = [
        translate(
            "AreaReport",
            "New: the mining first seen in the period inside the area, in hectares on the ellipsoid; "
            "footprints that overlap are counted once.",
        ),
        translate(
            "AreaReport",
            "Up to the end of the period: all mining seen inside the area so far; ground mined again "
            "is counted once.",
        ),
        translate("AreaReport", "Share of the area: that mining as a share of the area's size."),
        translate(
            "AreaReport",
            "Trend: the new mining of the last period against the mean of the three periods before it "
            "(twice or more: accelerating; a quarter more: growing; a quarter less: slowing).",
        ),
        translate(
            "AreaReport",
            "Around a decision: the new mining per {period} in the same number of whole periods before "
            "and after the decision's date; the period holding the date counts in neither.",
        ).format(period=_period_word(area)),
    ]
    if area.points:
        lines[0] = translate("AreaReport", "New: the mining sites first seen in the period inside the area.")
    return lines


def area_sections(report):
    """The report on one area as (title, kind, content) sections: kinds of the site dossiers."""
    area = report.area
    per_period = translate("AreaReport", "New and cumulative mining per {period}")
    result = [
        (translate("AreaReport", "The area at a glance"), PAIRS, key_figures(report)),
        (per_period.format(period=_period_word(area)), TABLE, period_table(area)),
    ]
    if report.sites is None:
        result.append(
            (
                translate("AreaReport", "Sites and decisions"),
                TEXT,
                (translate("AreaReport", "No classified sites or workspace were given."),),
            )
        )
    elif not report.sites:
        sentence = (
            translate("AreaReport", "No classified site lies in this area.")
            if area.kind == tables.PROTECTED_AREA_KIND
            else translate("AreaReport", "Sites are listed for protected areas only.")
        )
        result.append((translate("AreaReport", "Sites and decisions"), TEXT, (sentence,)))
    else:
        result.append((translate("AreaReport", "Sites and decisions"), TABLE, site_table(report)))
    if report.pressure[1]:
        result.append(
            (
                translate("Dossier", "Pressure from impact zones"),
                TABLE,
                readable_table(report.pressure, PRESSURE_COLUMNS, pathway_names()),
            )
        )
    result.append((translate("AreaReport", "What the figures mean"), TEXT, tuple(meaning_lines(area))))
    about = about_pairs(report.generated_at, report.plugin_version, report.sources)
    result.append((translate("AreaReport", "About this report"), PAIRS, about))
    return result


RANKING_HEADERS = (
    QT_TRANSLATE_NOOP("AreaReport", "Rank"),
    QT_TRANSLATE_NOOP("AreaReport", "Area"),
    QT_TRANSLATE_NOOP("AreaReport", "New mining in {period}"),
    QT_TRANSLATE_NOOP("AreaReport", "Mining up to {period}"),
    QT_TRANSLATE_NOOP("AreaReport", "Share of the area"),
    QT_TRANSLATE_NOOP("AreaReport", "Trend"),
    QT_TRANSLATE_NOOP("AreaReport", "Sites inside"),
)


def ranking_sections(reports):
    """The first pages of the report on all areas: the areas ranked by growth, and the rule."""
    if not reports:
        return []
    last = reports[0].area.periods[-1].key
    headers = tuple(_tr(header).format(period=last) for header in RANKING_HEADERS)
    rows = [
        [
            str(report.rank),
            _named(report.area),
            _amount(report.area, report.area.last_new),
            _amount(report.area, report.area.total),
            formatting.percent(report.area.share[-1]) if report.area.share[-1] is not None else "",
            _trend_label(report.area),
            "" if report.sites is None else i18n.number(len(report.sites)),
        ]
        for report in reports
    ]
    rule = translate(
        "AreaReport",
        "Ranked by the new mining of the last period ({period}), then by all mining up to it. Each "
        "area's pages follow in this order.",
    ).format(period=last)
    return [
        (translate("AreaReport", "Areas ranked by growth"), TEXT, (rule,)),
        (translate("AreaReport", "Ranking"), TABLE, (headers, rows)),
    ]


# -- the site dossier's mining section ----------------------------------------------------------

SITE_MINING_HEADERS = (
    QT_TRANSLATE_NOOP("AreaReport", "Area"),
    QT_TRANSLATE_NOOP("AreaReport", "Mining up to {period}"),
    QT_TRANSLATE_NOOP("AreaReport", "New mining in {period}"),
    QT_TRANSLATE_NOOP("AreaReport", "Trend"),
    QT_TRANSLATE_NOOP("AreaReport", "Around the site's latest decision"),
)


def site_mining(areas, attributes, decided_at=None):
    """(headers, rows) of a site dossier's mining section: each area the site lies in (its pa_ids)
    that Mining over time measured, its mining and trend, and its growth before and after the
    site's latest decision (decided_at: as the workspace stores it; None: no decision)."""
    decided = tables.decided_on(decided_at) if decided_at else None
    rows, last = [], None
    for area_id in site_area_ids(attributes):
        area = areas.get(area_id)
        if area is None:
            continue
        last = area.periods[-1].key
        around = (
            growth_around(area, decided) if decided else translate("AreaReport", "No decision recorded yet.")
        )
        rows.append(
            [area.name, _amount(area, area.total), _amount(area, area.last_new), _trend_label(area), around]
        )
    headers = tuple(_tr(header).format(period=last or "") for header in SITE_MINING_HEADERS)
    return headers, rows
