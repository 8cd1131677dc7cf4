"""What a run of mining over time writes, area by area and footprint by footprint: each area's
figures per period, the mining that snapshots lose, the footprints' rows, the growth of each area
before and after the workspace's decisions."""

from dataclasses import dataclass

from ..screening.pace import join_unique
from ..shared.i18n import translate
from . import tables
from .growth import SQUARE_METRES_PER_HECTARE
from .trend import before_and_after

# At most this many area-periods are named in a warning; the log counts the rest.
NAMED_IN_WARNINGS = 5


@dataclass
class AreaResult:
    """An area with mining: its record, kind, size (None for sites) and figures per period."""

    record: object
    kind: str
    area_ha: object
    figures: list


def area_results(monitor, periods, kinds, points, feedback=None, progress=None):
    """The AreaResult of each area holding mining, until cancelled; progress(share) as they come."""
    keys = monitor.keys()
    for position, key in enumerate(keys):
        if feedback is not None and feedback.isCanceled():
            return
        if progress is not None:
            progress(position / max(1, len(keys)))
        record = monitor.record(key)
        area_ha = None if points else monitor.area_hectares(key)
        kind = kinds.get(record.layer, tables.OTHER_AREA_KIND)
        yield key, AreaResult(record, kind, area_ha, monitor.figures(key, periods))


def lost_mining(result):
    """(area name, period key, hectares) of each period in which a snapshot lost mining."""
    return [(result.record.name, item.period.key, item.lost_ha) for item in result.figures if item.lost_ha]


def lost_sentence(lost):
    """The log's warning for mining that snapshots lose (a list of lost_mining items)."""
    named = "; ".join(
        translate("Monitoring", "{area} {period}: {hectares} ha").format(
            area=area, period=period, hectares=round(hectares, 2)
        )
        for area, period, hectares in lost[:NAMED_IN_WARNINGS]
    )
    return translate(
        "Monitoring",
        "In {count} area-periods a snapshot holds less mining than the one before ({named}). "
        "Mining does not disappear from one snapshot to the next: check that the snapshots are "
        "cumulative and their dates right. The loss is in lost_ha; the new mining is never "
        "negative.",
    ).format(count=len(lost), named=named)


def footprint_rows(monitor, batch, points):
    """(geometry, attributes) of the footprint table for a batch of (geometry, period, footprint
    id, mined ha) read from the layers, their areas measured together."""
    hectares = (
        [None] * len(batch)
        if points
        else [m2 / SQUARE_METRES_PER_HECTARE for m2 in monitor.areas_of([item[0] for item in batch])]
    )
    for (geometry, period, footprint_id, mined), area_ha in zip(batch, hectares):
        history = monitor.histories[footprint_id]
        records = [monitor.record(key) for key in sorted(history.areas)]
        yield geometry, tables.footprint_row(footprint_id, period, history, records, area_ha, mined)


def growth_around_decisions(monitor, results, periods, points, length, decided_sites, geometries):
    """The growth of each area before and after the decisions taken for the sites inside it.

    decided_sites: (site key, the workspace's decision rows) of each site; geometries: {site key:
    geometry in EPSG:4326}; results: {area key: AreaResult}. Returns the attributes of the rows of
    the decisions table and {area key: (latest decision date, sites joined, BeforeAfter)}."""
    rows_out, by_area = [], {}
    for site_key, rows in decided_sites:
        geometry = geometries.get(site_key)
        if not rows or geometry is None or geometry.isEmpty():
            continue
        records = {
            monitor.areas.record(item).key: monitor.areas.record(item)
            for item in monitor.areas.intersecting(geometry)
        }
        for row in rows:
            decided = tables.decided_on(row.get("decided_at"))
            for key in sorted(records) if decided else ():
                figures = results[key].figures if key in results else None
                news = tables.new_values(figures, points) if figures else [0] * len(periods)
                around = before_and_after(periods, news, decided)
                rows_out.append(
                    tables.decision_row(
                        site_key, row.get("approach_id"), decided, records[key], around, length, points
                    )
                )
                latest = by_area.get(key)
                sites = {site_key, *(latest[1].split("; ") if latest else ())}
                if latest is None or decided >= latest[0]:
                    by_area[key] = (decided, join_unique(sorted(sites)), around)
                else:
                    by_area[key] = (latest[0], join_unique(sorted(sites)), latest[2])
    return rows_out, by_area
