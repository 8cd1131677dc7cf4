"""Stakeholder ranges, influence–interest quadrants and CSV exchange (contacts redacted)."""

import pytest
from hostile_text import HOSTILE_TEXTS

from asm_pace_plugin.core.assessment.catalogues import load_catalogues
from asm_pace_plugin.core.assessment.stakeholders import (
    CONTEXT_SETTERS,
    CROWD,
    KEY_PLAYERS,
    SUBJECTS,
    Stakeholder,
    from_csv,
    is_sensitive,
    quadrant,
    to_csv,
    validate,
)
from asm_pace_plugin.core.shared.errors import StakeholderError


@pytest.mark.parametrize(
    ("influence", "interest", "expected"),
    [
        (5, 5, KEY_PLAYERS),
        (3, 3, KEY_PLAYERS),
        (3, 2, CONTEXT_SETTERS),
        (2, 3, SUBJECTS),
        (2, 2, CROWD),
        (0, 0, CROWD),
    ],
)
def test_quadrants_with_the_default_threshold(influence, interest, expected):
    assert quadrant(influence, interest) == expected


def test_quadrant_threshold_is_a_parameter():
    assert quadrant(3, 3, threshold=4) == CROWD
    assert quadrant(1, 1, threshold=1) == KEY_PLAYERS


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": "  "}, "needs a name"),
        ({"influence": 6}, "influence must be between 0 and 5"),
        ({"interest": -1}, "interest must be between 0 and 5"),
        ({"stance": 3}, "stance must be between -2 and 2"),
        ({"stance": "very"}, "stance must be a whole number"),
        ({"longitude": 10}, "needs both longitude and latitude"),
        ({"longitude": 200, "latitude": 0}, "out of range"),
        ({"group_id": "aliens"}, "unknown stakeholder group"),
        ({"sensitive": "maybe"}, "sensitive must be yes or no"),
        ({"contact_sensitive": 2}, "contact_sensitive must be yes or no"),
    ],
)
def test_validation_rejects_out_of_range_values_with_a_reason(changes, message):
    stakeholder = Stakeholder(name="ICCN", group_id="pa_authority", influence=4, interest=5, stance=1)
    for key, value in changes.items():
        setattr(stakeholder, key, value)
    with pytest.raises(StakeholderError, match=message):
        validate(stakeholder, group_ids={"pa_authority"})


def test_validation_turns_text_numbers_into_ints():
    stakeholder = validate(
        Stakeholder(name="x", group_id="miners", influence="4", interest=" 2 ", stance="-1")
    )
    assert (stakeholder.influence, stakeholder.interest, stakeholder.stance) == (4, 2, -1)


def _people():
    return [
        Stakeholder(
            "Coopérative Kivalu", "miner_organisations", 3, 5, 1, "legal title", "+243 81 000", 28.1, -2.3
        ),
        Stakeholder("Comptoir X", "traders", 4, 2, -1, "", "x@example.org"),
    ]


def test_validation_turns_flags_into_bools():
    stakeholder = validate(Stakeholder("x", "miners", sensitive=" Yes ", contact_sensitive=0))
    assert stakeholder.sensitive is True and stakeholder.contact_sensitive is False
    assert validate(Stakeholder("y", "miners", sensitive="1", contact_sensitive="false")).sensitive is True


def test_sensitive_when_marked_or_by_group():
    catalogues = load_catalogues()
    assert not is_sensitive(Stakeholder("Leader", "miners"), catalogues)
    assert is_sensitive(Stakeholder("Leader", "miners", sensitive=True), catalogues)
    assert is_sensitive(Stakeholder("Faction", "armed_actors"), catalogues)
    assert not is_sensitive(Stakeholder("Unknown group", "ghosts"), catalogues)


def test_csv_export_leaves_contacts_and_flags_out_unless_asked():
    text = to_csv(_people())
    assert text.splitlines()[0] == "name,group_id,influence,interest,stance,goals,longitude,latitude"
    assert "+243" not in text and "example.org" not in text
    with_contacts = to_csv(_people(), include_sensitive=True)
    assert with_contacts.splitlines()[0].endswith(",contact,sensitive,contact_sensitive")
    assert with_contacts.splitlines()[2] == "Comptoir X,traders,4,2,-1,,,,x@example.org,0,1"


def test_csv_round_trip_keeps_everything_including_hostile_text_and_flags():
    people = [
        Stakeholder(text, "communities", 2, 3, -2, goals=text, contact=text, longitude=1.5, latitude=-0.25,
                    sensitive=index % 2 == 0, contact_sensitive=index % 3 == 0)
        for index, text in enumerate(HOSTILE_TEXTS)
    ]  # fmt: skip
    imported, errors = from_csv(to_csv(people, include_sensitive=True), group_ids={"communities"})
    assert errors == []
    fields = ("name", "goals", "contact", "longitude", "sensitive", "contact_sensitive")
    assert [[getattr(p, f) for f in fields] for p in imported] == [
        [getattr(p, f) for f in fields] for p in people
    ]


def test_csv_import_without_flags_is_unmarked_with_a_sensitive_contact():
    imported, errors = from_csv("name,group,contact\nA,miners,+243 1\n")
    assert errors == [] and (imported[0].sensitive, imported[0].contact_sensitive) == (False, True)
    _none, errors = from_csv("name,group,sensitive\nA,miners,perhaps\n")
    assert errors == ["line 2: sensitive must be yes or no (1 or 0), not 'perhaps'"]


def test_csv_export_defuses_spreadsheet_formulas():
    text = to_csv([Stakeholder("=1+2", "traders"), Stakeholder("@SUM(A1)", "traders")])
    assert text.splitlines()[1].startswith("'=1+2,")
    assert text.splitlines()[2].startswith("'@SUM(A1),")


def test_csv_import_reports_bad_lines_and_keeps_good_ones():
    text = "\n".join(
        [
            "name,group,influence,interest,stance",
            "A,miners,1,2,0",
            ",miners,1,1,1",
            "B,miners,9,1,0",
            "C,ghosts,1,1,1",
        ]
    )
    imported, errors = from_csv(text, group_ids={"miners"})
    assert [p.name for p in imported] == ["A"]
    assert errors == [
        "line 3: a stakeholder needs a name",
        "line 4: influence must be between 0 and 5, not 9",
        "line 5: unknown stakeholder group 'ghosts'",
    ]


def test_csv_import_without_required_columns():
    assert from_csv("who,what\n1,2\n") == ([], ["line 1: missing columns group_id, name"])


def test_csv_group_column_by_its_name_and_by_its_old_header():
    """One name for a stakeholder's group (group_id, as the workspace and the exports store it);
    files written with the old header 'group' still import."""
    for header in ("group_id", "group"):
        imported, errors = from_csv(f"name,{header}\nA,miners\n", group_ids={"miners"})
        assert errors == [] and [(p.name, p.group_id) for p in imported] == [("A", "miners")]
    assert from_csv(to_csv(imported))[0][0].group_id == "miners"


def test_a_csv_saved_by_excel_in_french_is_read():
    from asm_pace_plugin.core.assessment.stakeholders import decode_csv, from_csv

    # Windows-1252 and ";" between cells: what Excel writes where the decimal mark is a comma.
    data = "name;group;influence;interest;stance;goals\r\nCoopérative Été;miners;3;4;1;accès\r\n".encode(
        "cp1252"
    )
    people, errors = from_csv(decode_csv(data))
    assert errors == []
    assert [(p.name, p.group_id, p.influence, p.interest, p.goals) for p in people] == [
        ("Coopérative Été", "miners", 3, 4, "accès")
    ]
    assert decode_csv("\ufeffname,group\n".encode()) == "name,group\n"  # UTF-8 with its mark
