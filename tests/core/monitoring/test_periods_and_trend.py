"""Mining over time, the domain rules: periods read as people write them, the trend rule, the
decision rule, areas of many polygons at once, and the polygons kept from a GEOS repair."""

import datetime

import pytest
from qgis.core import QgsGeometry
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from asm_pace_plugin.core.monitoring import trend as trends
from asm_pace_plugin.core.monitoring.periods import (
    MONTH,
    QUARTER,
    YEAR,
    Period,
    PeriodError,
    parse_period,
    period_in_name,
    period_range,
)
from asm_pace_plugin.core.shared import compat, ellipsoid, geodesy, rings


@pytest.mark.parametrize(
    ("value", "length", "expected"),
    [
        (2019, YEAR, "2019"),
        (2019.0, YEAR, "2019"),
        ("2019", YEAR, "2019"),
        (" 2019 ", YEAR, "2019"),
        ("2019-05-01", YEAR, "2019"),
        ("2019-05-01", QUARTER, "2019-Q2"),
        ("2019/11/30", MONTH, "2019-11"),
        ("2025-Q1", QUARTER, "2025-Q1"),
        ("Q3 2025", QUARTER, "2025-Q3"),
        ("2025Q4", YEAR, "2025"),
        ("2025-03", QUARTER, "2025-Q1"),
        (QDate(2024, 3, 1), QUARTER, "2024-Q1"),
        (QDateTime(QDate(2024, 12, 31), QTime(0, 0, 0)), MONTH, "2024-12"),
        (datetime.date(2020, 7, 4), YEAR, "2020"),
        ("2020-07-04T10:00:00", MONTH, "2020-07"),
    ],
)
def test_periods_are_read_as_people_write_them(value, length, expected):
    assert parse_period(value, length).key == expected


@pytest.mark.parametrize(
    "value",
    ["next year", "2019a", 2019.5, None, "", "NULL", "1850", "2019-13", "2019-02-30", True, QDate()],
)
def test_what_is_not_a_date_is_a_sentence(value):
    with pytest.raises(PeriodError, match=r"is not a date|has no period"):
        parse_period(value, YEAR)


def test_a_year_cannot_be_placed_in_a_quarter():
    with pytest.raises(PeriodError, match="is a year, but the periods are months or quarters"):
        parse_period(2019, QUARTER)
    with pytest.raises(PeriodError, match="is a quarter"):
        parse_period("2025-Q1", MONTH)


def test_layer_names_give_their_period():
    assert period_in_name("footprints_2019", YEAR) == Period(YEAR, 2019, 1)
    assert period_in_name("amw mining 2025-Q1", QUARTER) == Period(QUARTER, 2025, 1)
    assert period_in_name("snapshot 2020-06-30 (footprints)", MONTH) == Period(MONTH, 2020, 6)
    for unclear in ("footprints", "mining_2019_2020", "site 12345"):
        with pytest.raises(PeriodError, match="does not say which period"):
            period_in_name(unclear, YEAR)


def test_periods_without_mining_are_periods_too():
    assert [p.key for p in period_range(Period(YEAR, 2019, 1), Period(YEAR, 2022, 1))] == [
        "2019",
        "2020",
        "2021",
        "2022",
    ]
    quarters = period_range(Period(QUARTER, 2024, 3), Period(QUARTER, 2025, 2))
    assert [p.key for p in quarters] == ["2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"]
    assert quarters[1].start == datetime.date(2024, 10, 1) and quarters[1].end == datetime.date(2024, 12, 31)
    assert Period(MONTH, 2024, 2).end == datetime.date(2024, 2, 29)


@pytest.mark.parametrize(
    ("new", "expected"),
    [
        ([], None),
        ([5, 5, 0], trends.NO_NEW),
        ([0, 0, 0], trends.NO_NEW),
        ([0, 0, 3], trends.NEW),
        ([10, 10, 10, 20], trends.ACCELERATING_TREND),
        ([10, 10, 10, 13], trends.GROWING_TREND),
        ([10, 10, 10, 11], trends.STEADY),
        ([10, 10, 10, 7.5], trends.SLOWING_TREND),
        ([10, 0, 0, 0, 4], trends.ACCELERATING_TREND),  # mining back after three periods without
        ([100, 1, 1, 1, 1], trends.STEADY),  # only the three periods before the last count
        ([None, 2, None, 1], trends.GROWING_TREND),
    ],
)
def test_the_trend_rule(new, expected):
    assert trends.trend(new) == expected


def test_the_decision_rule_compares_as_many_whole_periods_on_each_side():
    periods = period_range(Period(YEAR, 2018, 1), Period(YEAR, 2024, 1))
    new = [1, 2, 4, 8, 16, 32, 64]  # 2018 ... 2024
    around = trends.before_and_after(periods, new, datetime.date(2021, 3, 1))
    # 2021 holds the decision: 2022-2024 after, 2018-2020 before.
    assert (around.periods, around.before, around.after) == (3, 7.0, 112.0)
    assert around.rate_before() == pytest.approx(7 / 3) and around.rate_after() == pytest.approx(112 / 3)
    late = trends.before_and_after(periods, new, datetime.date(2023, 12, 31))
    assert (late.periods, late.before, late.after) == (1, 16.0, 64.0)
    too_early = trends.before_and_after(periods, new, datetime.date(2024, 6, 1))
    assert too_early.periods == 0 and too_early.rate_after() is None


def test_areas_of_many_polygons_at_once_equal_qgis_measure():
    measure = geodesy.distance_area()
    geometries = [
        QgsGeometry.fromWkt("POLYGON((28 -1.6, 28.01 -1.6, 28.01 -1.59, 28 -1.59, 28 -1.6))"),
        QgsGeometry.fromWkt(
            "POLYGON((10 60, 10.2 60, 10.2 60.2, 10 60.2, 10 60),"
            "(10.05 60.05, 10.1 60.05, 10.1 60.1, 10.05 60.1, 10.05 60.05))"
        ),
        QgsGeometry.fromWkt(
            "MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)),((-70 -13, -69.9 -13, -69.9 -12.9, -70 -13)))"
        ),
        QgsGeometry.fromWkt("POINT(1 2)"),
    ]
    areas = ellipsoid.polygon_areas(geometries, measure)
    for geometry, area in zip(geometries, areas):
        # (QgsDistanceArea reads long sloping edges otherwise, by up to 1e-4 here)
        assert area == pytest.approx(measure.measureArea(geometry), rel=1e-3, abs=1e-6)
    for geometry, area in zip(geometries[:3], areas):  # ring by ring, outer rings less holes
        signed = [
            (-1 if index else 1) * float(ellipsoid.ring_areas(ring[:, 0], ring[:, 1], measure))
            for polygon in rings.polygon_rings(geometry)
            for index, ring in enumerate(polygon)
        ]
        assert area == pytest.approx(sum(signed), rel=1e-12)
    assert ellipsoid.polygon_area(geometries[1], measure) == areas[1]


def test_a_repair_that_gives_a_multipolygon_beside_a_line_keeps_the_multipolygon():
    # Two squares touching at a corner, drawn as one self-touching ring, plus a spike: GEOS's
    # repair gives GEOMETRYCOLLECTION(MULTIPOLYGON, LINESTRING), which QGIS 3.22's
    # convertGeometryCollectionToSubclass empties.
    bowtie = QgsGeometry.fromWkt("POLYGON((0 0, 1 0, 1 1, 2 1, 2 2, 1 2, 1 1, 0 1, 0 0, -1 -1, 0 0))")
    repaired = bowtie.makeValid()
    polygons = compat.polygon_parts(repaired)
    assert polygons is not None
    assert polygons.area() == pytest.approx(2.0)
    assert compat.polygon_parts(QgsGeometry.fromWkt("LINESTRING(0 0, 1 1)")) is None
