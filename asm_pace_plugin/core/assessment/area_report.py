"""Protected-area reports: what the report on one area's mining over time says, as sections.

Plain Python over the outputs of Mining over time (its table per area and period, read here
into AreaHistory), the classified sites (an area's sites are those whose classification lists
it in pa_ids), the workspace's decisions and a pressure table per protected area. The PDF
(rendering/area_report_layout.py) and the HTML (rendering/area_report_html.py) both render
area_sections() and ranking_sections(), as the site dossiers render dossier.sections().

Redaction as in the site dossiers: nothing personal unless asked. A report names no officer and
gives no decision's rationale (free text that may name people) unless include_sensitive.
"""

from dataclasses import dataclass, field
from datetime import datetime, timezone

from ..monitoring import tables
from ..monitoring import trend as trends
from ..monitoring.periods import LENGTH_LABELS, PeriodError, period_of_key
from ..screening import pace
from ..shared import formatting, i18n
from ..shared.errors import InputError
from ..shared.i18n import QT_TRANSLATE_NOOP, date, translate
from .dossier import PAIRS, PRESSURE_COLUMNS, TABLE, TEXT, about_pairs, pathway_names, readable_table

CONTEXT = "AreaReport"
# The fields that make a table Mining over time's table per area and period.
REQUIRED_FIELDS = (
    "area_id",
    "area_name",
    "area_kind",
    "area_ha",
    "period",
    "new_ha",
    "cum_ha",
    "n_new",
    "n_cum",
)
SUMMARY_ONLY = "total_ha"  # a field of its trend table, not of the table per area and period
FOOTPRINT_FIELDS = ("period", "fp_id")  # the fields a footprints layer of Mining over time has
SITE_AREAS_FIELD = "pa_ids"  # of the classified sites: the protected areas each lies in
LISTED_KEYS = 20  # sites without a decision named in an area's report; the rest counted


def _tr(text):
    return translate("AreaReport", text)


def _number(value):
    return formatting.as_number(value)


def _text(value):
    return pace.as_text(value)


@dataclass
class AreaHistory:
    """One area's mining, period by period (oldest first), as Mining over time measured it."""

    layer: str
    area_id: str
    name: str
    area_type: str
    kind: str
    area_ha: float  # None for sites (points)
    periods: list  # Period
    new: list  # hectares, or new sites for points
    cumulative: list  # hectares, or sites so far
    share: list  # 0-1 of the area mined so far (None for points)
    new_count: list
    cumulative_count: list
    mined_new: list  # AMW's apportioned mined area (None where not given)
    points: bool = False

    @property
    def key(self):
        return (self.layer, self.area_id)

    @property
    def last_new(self):
        return self.new[-1] if self.new else 0.0

    @property
    def total(self):
        return self.cumulative[-1] if self.cumulative else 0.0

    @property
    def trend(self):
        return trends.trend(self.new)

    @property
    def length(self):
        return self.periods[0].length

    @property
    def unit(self):
        return translate("AreaReport", "sites") if self.points else translate("AreaReport", "ha")


def missing_fields(field_names):
    """The fields a table per area and period of Mining over time needs that these lack."""
    return [name for name in REQUIRED_FIELDS if name not in field_names]


def check_area_table(layer_name, field_names):
    """InputError with a sentence when a layer is not Mining over time's table per area and period."""
    missing = missing_fields(field_names)
    if not missing:
        return
    if SUMMARY_ONLY in field_names:
        raise InputError(
            translate(
                "AreaReport",
                "The layer '{layer}' is the trend table of Mining over time (one row per area). Give its "
                "table per area and period instead (the output 'Mining per area and period').",
            ).format(layer=layer_name)
        )
    raise InputError(
        translate(
            "AreaReport",
            "The layer '{layer}' is not the table per area and period of Mining over time: it lacks the "
            "fields {fields}. Run Mining over time and give its output 'Mining per area and period'.",
        ).format(layer=layer_name, fields=", ".join(missing))
    )


def check_footprint_layer(layer_name, field_names):
    """InputError with a sentence when a layer is not Mining over time's footprints with their periods."""
    missing = [name for name in FOOTPRINT_FIELDS if name not in field_names]
    if missing:
        raise InputError(
            translate(
                "AreaReport",
                "The layer '{layer}' is not the footprints layer of Mining over time: it lacks the fields "
                "{fields}. Give its output 'Footprints with their areas and periods', or leave it empty "
                "(the maps then show the new mining inside each area).",
            ).format(layer=layer_name, fields=", ".join(missing))
        )


def read_area_table(layer_name, rows):
    """[AreaHistory] of the rows (dicts) of Mining over time's table per area and period, in the
    order the areas first come. InputError for a period that is not one, periods of different
    lengths, or an area given the same period twice (two runs in one table)."""
    grouped = {}
    lengths = set()
    for row in rows:
        area_id = _text(row.get("area_id"))
        key = (_text(row.get("area_layer")), area_id)
        try:
            period = period_of_key(_text(row.get("period")))
        except PeriodError:
            raise InputError(
                translate(
                    "AreaReport",
                    "The period '{period}' of the area '{area}' in '{layer}' is not one Mining over time "
                    "writes (2019, 2025-Q2, 2025-05): give its table per area and period as it wrote it.",
                ).format(period=_text(row.get("period")), area=_text(row.get("area_name")), layer=layer_name)
            ) from None
        lengths.add(period.length)
        grouped.setdefault(key, []).append((period, row))
    if len(lengths) > 1:
        raise InputError(
            translate(
                "AreaReport",
                "The table '{layer}' mixes years, quarters or months: it holds the rows of several runs. "
                "Give the table of one run of Mining over time.",
            ).format(layer=layer_name)
        )
    return [_history(layer_name, key, items) for key, items in grouped.items()]


def _history(layer_name, key, items):
    items.sort(key=lambda item: item[0])
    periods = [period for period, _row in items]
    repeated = sorted({period.key for period in periods if periods.count(period) > 1})
    first = items[0][1]
    if repeated:
        raise InputError(
            translate(
                "AreaReport",
                "The area '{area}' has the period {periods} twice in '{layer}': the table holds the rows "
                "of several runs. Give the table of one run of Mining over time.",
            ).format(area=_text(first.get("area_name")), periods=", ".join(repeated), layer=layer_name)
        )
    area_ha = _number(first.get("area_ha"))
    points = all(_number(row.get("new_ha")) is None for _period, row in items)
    new_counts = [int(_number(row.get("n_new")) or 0) for _period, row in items]
    cumulative_counts = [int(_number(row.get("n_cum")) or 0) for _period, row in items]
    return AreaHistory(
        layer=key[0],
        area_id=key[1],
        name=_text(first.get("area_name")) or key[1],
        area_type=_text(first.get("area_type")),
        kind=_text(first.get("area_kind")),
        area_ha=area_ha,
        periods=periods,
        new=new_counts if points else [_number(row.get("new_ha")) or 0.0 for _p, row in items],
        cumulative=cumulative_counts if points else [_number(row.get("cum_ha")) or 0.0 for _p, row in items],
        share=[None if points else _number(row.get("cum_share")) for _p, row in items],
        new_count=new_counts,
        cumulative_count=cumulative_counts,
        mined_new=[_number(row.get("mined_new")) for _p, row in items],
        points=points,
    )


def ranked(areas):
    """The areas ranked by growth: the new mining of the last period, then all mining so far,
    then the name (the RANKING RULE, in the help and the README)."""
    return sorted(areas, key=lambda area: (-area.last_new, -area.total, area.name.lower()))


# -- the sites inside an area and their decisions -----------------------------------------------


@dataclass
class SiteDecision:
    decided: object  # datetime.date, or None when unreadable
    approach: str
    officer: str
    rationale: str


@dataclass
class ReportSite:
    key: str
    label: str
    pace_class: str
    area_ids: tuple  # the protected areas its classification lists
    decisions: list = field(default_factory=list)  # SiteDecision, oldest first


def site_area_ids(attributes):
    """The ids of the protected areas a classified site lies in (its pa_ids, '; '-separated)."""
    return tuple(part.strip() for part in _text(attributes.get(SITE_AREAS_FIELD)).split(";") if part.strip())


def report_site(key, label, attributes, decisions=()):
    """A ReportSite from a classified site's attributes (or a workspace snapshot's facts) and its
    decisions: dicts with decided_at, approach (its name), officer, rationale."""
    return ReportSite(
        key=str(key),
        label=_text(label) or _text(attributes.get("site_name")) or _text(attributes.get("site_label")),
        pace_class=_text(attributes.get("pace_class")) or pace.UNCLASSIFIED,
        area_ids=site_area_ids(attributes),
        decisions=[
            SiteDecision(
                tables.decided_on(row.get("decided_at")),
                _text(row.get("approach")),
                _text(row.get("officer")),
                _text(row.get("rationale")),
            )
            for row in decisions
        ],
    )


def sites_in(area, sites):
    """The sites whose classification lists the area (protected areas only: other areas are not
    among a site's pa_ids)."""
    return [site for site in sites if area.area_id in site.area_ids]


def growth_around(area, decided):
    """The sentence of an area's growth before and after a decision's date (the DECISION RULE of
    core/monitoring/trend.py), or "" for an unreadable date."""
    if decided is None:
        return ""
    around = trends.before_and_after(area.periods, area.new, decided)
    return tables.history_sentence(decided, around, area.length, area.points)


# -- redaction ----------------------------------------------------------------------------------


@dataclass
class ReportRedaction:
    applied: bool
    left_out: int = 0  # decisions whose officer and rationale are not shown

    @property
    def alarming(self):
        return not self.applied

    def sentence(self):
        if not self.applied:
            return translate(
                "AreaReport",
                "Redaction NOT applied: this report names the officers who decided and gives the "
                "rationales of the decisions. Share it only with people entitled to them.",
            )
        if not self.left_out:
            return translate("AreaReport", "Safe to share: no personal detail is in this report.")
        count = self.left_out
        decisions = i18n.counted(translate("AreaReport", "%n decision(s)", None, count), count)
        return translate(
            "AreaReport",
            "Safe to share: who decided and why are left out for {decisions} (tick Include personal "
            "details to show them).",
        ).format(decisions=decisions)


def overall_redaction(reports):
    """The redaction of the report on all areas: every decision of the sites of every area (a
    site in two areas counted once)."""
    applied = not any(report.include_sensitive for report in reports)
    sites = {site.key: site for report in reports for site in report.sites or ()}
    return ReportRedaction(applied, sum(len(site.decisions) for site in sites.values()))


# -- the report ---------------------------------------------------------------------------------


@dataclass
class AreaReport:
    area: AreaHistory
    rank: int
    sites: list  # ReportSite inside the area; None when no sites were given
    pressure: tuple = ((), ())  # (headers, rows) of the pressure table for this area
    include_sensitive: bool = False
    sources: str = ""
    plugin_version: str = ""
    generated_at: str = field(
        default_factory=lambda: datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    )

    @property
    def title(self):
        return translate("AreaReport", "Mining in {area}").format(area=self.area.name)

    @property
    def redaction(self):
        decided = sum(len(site.decisions) for site in self.sites or ())
        return ReportRedaction(applied=not self.include_sensitive, left_out=decided)

    def chart_values(self):
        """(period labels, new, cumulative) for the chart of mining_charts."""
        return [period.key for period in self.area.periods], self.area.new, self.area.cumulative


def build_reports(areas, sites=None, pressure=None, include_sensitive=False, sources="", plugin_version=""):
    """[AreaReport] ranked by growth. sites: [ReportSite] or None (none given); pressure:
    (headers, {area id: rows}) or None."""
    headers, rows = pressure or ((), {})
    return [
        AreaReport(
            area=area,
            rank=rank,
            sites=None if sites is None else sites_in(area, sites),
            pressure=(headers, rows.get(area.area_id, [])),
            include_sensitive=include_sensitive,
            sources=sources,
            plugin_version=plugin_version,
        )
        for rank, area in enumerate(ranked(areas), start=1)
    ]


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


def areas_by_id(areas):
    """{area id: AreaHistory} of the protected areas of Mining over time's table."""
    return {area.area_id: area for area in areas if area.kind == tables.PROTECTED_AREA_KIND}


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
