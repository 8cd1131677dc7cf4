"""Protected-area reports: the data of the report on each area's mining over time.

Plain Python over the outputs of Mining over time (its table per area and period, read back here
into AreaHistory and refused with a sentence when it is not that table), the classified sites
(an area's sites are those whose classification lists it in pa_ids), the workspace's decisions
and a pressure table per protected area; the areas ranked by growth (the RANKING RULE). What a
report says in words: area_report_sections.py.

Redaction as in the site dossiers: nothing personal unless asked. A report names no officer and
gives no decision's rationale (free text that may name people) unless include_sensitive.
"""

from dataclasses import dataclass, field
from datetime import datetime, timezone

from ..monitoring import tables
from ..monitoring import trend as trends
from ..monitoring.periods import PeriodError, period_of_key
from ..screening import pace
from ..shared import formatting, i18n
from ..shared.errors import InputError
from ..shared.i18n import translate

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


def areas_by_id(areas):
    """{area id: AreaHistory} of the protected areas of Mining over time's table."""
    return {area.area_id: area for area in areas if area.kind == tables.PROTECTED_AREA_KIND}
