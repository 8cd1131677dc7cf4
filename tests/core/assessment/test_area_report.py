"""What a protected-area report says (core/assessment/area_report.py): Mining over time's table
read back per area, refused with a sentence when it is not that table, ranked by growth, the sites
and decisions of an area with nothing personal unless asked."""

import datetime

import pytest

from asm_pace_plugin.core.assessment import area_report, area_report_sections
from asm_pace_plugin.core.assessment.dossier import TABLE, TEXT
from asm_pace_plugin.core.monitoring.tables import AREA_PERIOD_FIELDS
from asm_pace_plugin.core.shared.errors import InputError

FIELDS = [name for name, _type, _meaning in AREA_PERIOD_FIELDS]


def row(area_id, name, period, new_ha, cum_ha, area_ha=1000.0, n_new=1, n_cum=1, **more):
    values = dict.fromkeys(FIELDS)
    values.update(
        area_layer="wdpa",
        area_kind="protected_area",
        area_id=area_id,
        area_name=name,
        area_ha=area_ha,
        period=period,
        new_ha=new_ha,
        cum_ha=cum_ha,
        cum_share=None if cum_ha is None else cum_ha / area_ha,
        n_new=n_new,
        n_cum=n_cum,
        **more,
    )
    return values


def table():
    return [
        row("A", "Alpha", "2021", 10, 10),
        row("A", "Alpha", "2020", 0, 0),
        row("A", "Alpha", "2022", 30, 40),
        row("B", "Beta", "2020", 50, 50),
        row("B", "Beta", "2021", 50, 100),
        row("B", "Beta", "2022", 30, 130),
        row("C", "Gamma", "2020", 5, 5),
        row("C", "Gamma", "2021", 0, 5),
        row("C", "Gamma", "2022", 30, 35),
    ]


def test_the_table_is_read_back_per_area_in_period_order():
    areas = {area.area_id: area for area in area_report.read_area_table("mining", table())}
    alpha = areas["A"]
    assert [period.key for period in alpha.periods] == ["2020", "2021", "2022"]
    assert alpha.new == [0, 10, 30] and alpha.cumulative == [0, 10, 40]
    assert alpha.trend == "accelerating" and areas["B"].trend == "slowing"
    assert not alpha.points and alpha.length == "year"


def test_areas_are_ranked_by_the_last_period_then_all_mining_then_name():
    ranked = area_report.ranked(area_report.read_area_table("mining", table()))
    # all three added 30 ha in 2022: Beta has the most mining so far, then Alpha (40) and Gamma (35)
    assert [area.name for area in ranked] == ["Beta", "Alpha", "Gamma"]


@pytest.mark.parametrize(
    ("rows", "sentence"),
    [
        (
            [row("A", "Alpha", "2020", 1, 1), row("A", "Alpha", "2021-Q2", 1, 2)],
            "mixes years, quarters or months",
        ),
        ([row("A", "Alpha", "2020", 1, 1), row("A", "Alpha", "2020", 1, 2)], "has the period 2020 twice"),
        ([row("A", "Alpha", "last year", 1, 1)], "The period 'last year' of the area 'Alpha'"),
    ],
)
def test_a_table_of_several_runs_or_unreadable_periods_is_refused_with_a_sentence(rows, sentence):
    with pytest.raises(InputError, match=sentence):
        area_report.read_area_table("mining", rows)


def test_a_layer_that_is_not_the_table_per_area_and_period_is_named_and_said_what_to_give():
    with pytest.raises(InputError, match="'trends' is the trend table of Mining over time"):
        area_report.check_area_table("trends", ["area_id", "area_name", "total_ha", "trend"])
    with pytest.raises(
        InputError, match="lacks the fields area_kind, area_ha, period, new_ha, cum_ha, n_new"
    ):
        area_report.check_area_table("sites", ["area_id", "area_name", "n_cum"])
    area_report.check_area_table("mining", FIELDS)  # the real one passes


def test_sites_as_points_are_counted_not_measured():
    rows = [
        row("A", "Alpha", "2020", None, None, n_new=2, n_cum=2),
        row("A", "Alpha", "2021", None, None, n_new=1, n_cum=3),
    ]
    (area,) = area_report.read_area_table("sites", rows)
    assert area.points and area.new == [2, 1] and area.cumulative == [2, 3] and area.unit == "sites"


def report_with_decisions(include_sensitive, undecided=0):
    (area,) = [area for area in area_report.read_area_table("mining", table()) if area.area_id == "A"]
    decided = area_report.report_site(
        "S1",
        "Camp",
        {"pa_ids": "A; Z", "pace_class": "protected_area"},
        [{"decided_at": "2021-03-01T10:00:00Z", "approach": "Formalisation", "officer": "Officer Amani",
          "rationale": "Agreed with Chief Kasongo"}],
    )  # fmt: skip
    others = [
        area_report.report_site(f"U{index:02d}", "", {"pa_ids": "A", "pace_class": "protected_area"})
        for index in range(undecided)
    ]
    outside = area_report.report_site("S9", "", {"pa_ids": "Z", "pace_class": "protected_area"})
    (report,) = area_report.build_reports(
        [area], [decided, *others, outside], include_sensitive=include_sensitive
    )
    return report


def test_a_decision_shows_the_growth_before_and_after_it_and_names_nobody():
    report = report_with_decisions(include_sensitive=False)
    assert [site.key for site in report.sites] == ["S1"]  # S9 lies in another area
    headers, rows = area_report_sections.site_table(report)
    text = repr((headers, rows))
    assert "Officer Amani" not in text and "Kasongo" not in text
    (decided,) = rows
    assert decided[0] == "S1 Camp"
    # 2021 holds the date: one whole year on each side, 2020 (0 ha) and 2022 (30 ha)
    assert decided[3] == "Since the decision of March 1, 2021: +30 ha a year; before: +0 ha a year."
    assert report.redaction.applied and "left out for 1 decision (tick" in report.redaction.sentence()


def test_who_decided_and_why_only_when_asked():
    headers, rows = area_report_sections.site_table(report_with_decisions(include_sensitive=True))
    assert headers[-2:] == ("Decided by", "Rationale")
    assert rows[0][-2:] == ["Officer Amani", "Agreed with Chief Kasongo"]
    assert "NOT applied" in report_with_decisions(include_sensitive=True).redaction.sentence()


def test_sites_without_a_decision_are_counted_in_one_row_with_their_keys():
    _headers, rows = area_report_sections.site_table(report_with_decisions(False, undecided=25))
    undecided = rows[-1]
    assert undecided[0].startswith("25 sites: U00, U01") and undecided[0].endswith("U19, …")
    assert len(rows) == 2


def test_an_area_s_sections_and_the_ranking_say_what_was_given():
    report = report_with_decisions(include_sensitive=False)
    titles = {title: kind for title, kind, _content in area_report_sections.area_sections(report)}
    assert titles["Sites and decisions"] == TABLE and "Pressure from impact zones" not in titles
    (area,) = [area for area in area_report.read_area_table("mining", table()) if area.area_id == "B"]
    (alone,) = area_report.build_reports([area])
    sections = {title: (kind, content) for title, kind, content in area_report_sections.area_sections(alone)}
    assert sections["Sites and decisions"] == (TEXT, ("No classified sites or workspace were given.",))
    ranking = area_report_sections.ranking_sections(
        area_report.build_reports(area_report.read_area_table("mining", table()))
    )
    headers, rows = ranking[1][2]
    assert headers[2] == "New mining in 2022" and [row[1] for row in rows] == ["Beta", "Alpha", "Gamma"]


def test_the_growth_around_a_decision_follows_the_decision_rule():
    (area,) = [area for area in area_report.read_area_table("mining", table()) if area.area_id == "B"]
    sentence = area_report.growth_around(area, datetime.date(2021, 6, 1))
    assert sentence == "Since the decision of June 1, 2021: +30 ha a year; before: +50 ha a year."
    too_early = area_report.growth_around(area, datetime.date(2020, 6, 1))
    assert too_early == "Decision of June 1, 2020: too early to compare, no whole year since."
    assert area_report.growth_around(area, None) == ""
