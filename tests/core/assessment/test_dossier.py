"""core/assessment/dossier: content, redaction by default, escaping of everything rendered as HTML."""

import html
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from hostile_text import HOSTILE_TEXTS

from asm_pace_plugin.core.assessment.approach_fit import assess_site
from asm_pace_plugin.core.assessment.catalogues import load_catalogues
from asm_pace_plugin.core.assessment.dossier import (
    build_dossier,
    chosen_keys,
    no_stakeholders_sentence,
    sections,
)
from asm_pace_plugin.core.assessment.export_rows import EXPORT_COLUMNS, export_row, stakeholder_rows
from asm_pace_plugin.core.assessment.stakeholders import Stakeholder
from asm_pace_plugin.core.assessment.workspace import open_workspace
from asm_pace_plugin.core.shared import formatting
from asm_pace_plugin.core.shared.errors import InputError
from asm_pace_plugin.rendering.dossier_html import render_html

CONTACT = "+243 990 000 001"
ARMED_CONTACT = "radio 7 MHz"
MARKED = "Kalume, informal diggers' leader"
MARKED_CONTACT = "+243 990 000 002"
SHAREABLE_CONTACT = "buyer.desk@example.org"


@pytest.fixture(scope="module")
def catalogues():
    return load_catalogues()


@pytest.fixture
def workspace(tmp_path, catalogues):
    opened = open_workspace(tmp_path / "assessment.gpkg", officer="Officer Test")
    attributes = {
        "pace_class": "protected_area",
        "pa_names": "Parc <National>",
        "iucn_cat": "II",
        "site_name": "Camp",
    }
    opened.record_site("S01", "Camp", None, attributes)
    people = [Stakeholder(text, "miners", 3, 4, 1, goals=text) for text in HOSTILE_TEXTS]
    people += [
        Stakeholder("Coop", "miner_organisations", 4, 4, 2, contact=CONTACT),
        Stakeholder(MARKED, "miners", 2, 5, 0, contact=MARKED_CONTACT, sensitive=True),
        Stakeholder("Buyer", "traders", 3, 2, 0, contact=SHAREABLE_CONTACT, contact_sensitive=False),
    ]
    *ids, coop, marked, buyer = opened.add_stakeholders("S01", people)
    armed = opened.add_stakeholder(
        "S01", Stakeholder("Armed group", "armed_actors", 5, 1, -2, contact=ARMED_CONTACT)
    )
    opened.add_relation("S01", ids[0], coop, "cooperation")
    opened.add_relation("S01", armed, coop, "conflict")
    opened.add_relation("S01", marked, buyer, "trade")
    opened.set_profile_field("S01", "notes", "\n".join(HOSTILE_TEXTS))
    opened.save_fits("S01", assess_site(catalogues, {}, "protected_area", "II"))
    opened.add_decision("S01", "exclusion", "first")
    opened.add_decision("S01", "formalisation", HOSTILE_TEXTS[1])
    yield opened
    opened.close()


def _all_text(dossier, catalogues):
    return (
        repr(sections(dossier, catalogues))
        + repr(export_row(dossier))
        + repr(list(stakeholder_rows(dossier)))
    )


def test_redaction_is_the_default_and_is_stated(workspace, catalogues):
    dossier = build_dossier(workspace, catalogues, "S01")
    assert dossier.redaction.applied
    assert (
        dossier.redaction.sentence() == "Redaction applied, left out: 1 contact and 2 sensitive stakeholders."
    )
    names = [s.name for s in dossier.stakeholders]
    assert "Armed group" not in names and MARKED not in names and "Buyer" in names
    assert [r["type"] for r in dossier.relations] == ["Cooperation"]  # the sensitive ones' relations went
    everything = _all_text(dossier, catalogues)
    for left_out in (CONTACT, ARMED_CONTACT, MARKED_CONTACT, "Armed group", MARKED):
        assert left_out not in everything
    assert [row["contact"] for row in stakeholder_rows(dossier) if row["contact"]] == [SHAREABLE_CONTACT]
    headers, rows = {t: c for t, _k, c in sections(dossier, catalogues)}["Stakeholder table"]
    assert [row[headers.index("Contact")] for row in rows if row[-1]] == [SHAREABLE_CONTACT]
    assert [s.contact for s in workspace.stakeholders("S01") if s.name == "Coop"] == [CONTACT]  # not blanked
    assert SHAREABLE_CONTACT in render_html([dossier], catalogues)


def test_sensitive_data_only_when_asked(workspace, catalogues):
    dossier = build_dossier(workspace, catalogues, "S01", include_sensitive=True)
    assert not dossier.redaction.applied and "NOT applied" in dossier.redaction.sentence()
    everything = _all_text(dossier, catalogues)
    for included in (CONTACT, ARMED_CONTACT, MARKED_CONTACT, SHAREABLE_CONTACT, "Armed group", MARKED):
        assert included in everything
    assert [r["relation_type"] for r in dossier.relations] == ["cooperation", "conflict", "trade"]


def test_a_dossier_without_stakeholders_to_show_says_why(workspace, catalogues):
    assert no_stakeholders_sentence(build_dossier(workspace, catalogues, "S01")) == ""
    workspace.record_site("S02", "Empty camp", None, {"pace_class": "protected_area"})
    workspace.record_site("S03", "Guarded camp", None, {"pace_class": "protected_area"})
    workspace.add_stakeholder("S03", Stakeholder("Armed group", "armed_actors", 5, 1, -2))
    empty, guarded = (build_dossier(workspace, catalogues, key) for key in ("S02", "S03"))
    assert no_stakeholders_sentence(empty) == "No stakeholders recorded for this site."
    # All redacted: none recorded would be untrue.
    assert no_stakeholders_sentence(guarded).startswith("No stakeholders shown: all of this site's")
    assert "<p>No stakeholders recorded for this site.</p>" in render_html([empty], catalogues)
    assert no_stakeholders_sentence(build_dossier(workspace, catalogues, "S03", include_sensitive=True)) == ""


def test_content_of_a_dossier(workspace, catalogues):
    dossier = build_dossier(workspace, catalogues, "S01", plugin_version="9.9")
    titles = [title for title, _kind, _content in sections(dossier, catalogues)]
    assert titles[0] == "Classification (PACE)" and "Decision history (newest first)" in titles
    assert "Pressure from impact zones" not in titles  # no pressure table given
    assert dossier.title == "S01 Camp" and dossier.class_label == "In a protected area"
    assert dossier.decision["approach"] == "Formalisation (permits, cooperatives)"
    assert [d["rationale"] for d in dossier.decisions] == ["first", HOSTILE_TEXTS[1]]
    assert len(dossier.fits) == len(catalogues.approaches)
    row = export_row(dossier)
    assert set(row) == set(EXPORT_COLUMNS)
    assert row["decision"] == "Formalisation (permits, cooperatives)" and row["decisions"] == 2
    pressured = build_dossier(
        workspace,
        catalogues,
        "S01",
        pressure=(
            ("pathway", "pa_id", "zone_ha", "pa_share", "own"),
            [["mercury_sediment", "7", "12345.6", "0.0456", "x"]],
        ),
    )
    assert (
        "Pressure from impact zones",
        "table",
        (
            ("Impact pathway", "Area reached (ha)", "Share of the protected area"),
            [["Mercury and sediment downstream", "12,346", "4.6%"]],
        ),
    ) in sections(pressured, catalogues)
    own = build_dossier(workspace, catalogues, "S01", pressure=(("what", "ha"), [["mercury", "12.5"]]))
    assert ("Pressure from impact zones", "table", (("what", "ha"), [["mercury", "12.5"]])) in sections(
        own, catalogues
    )  # a table of other fields is shown as it is


def test_values_are_written_as_people_write_them(workspace, catalogues):
    attributes = {"pace_class": "protected_area", "near_pa": "Parc", "near_pa_m": "0.0", "pa_share": "0.375"}
    dossier = build_dossier(
        workspace, catalogues, "S01", attributes, location=(-2.05, 28.05, 35, False, 505555.2, 9773377.9)
    )
    pairs = dict({t: c for t, _k, c in sections(dossier, catalogues)}["Classification (PACE)"])
    assert pairs["Distance to the nearest protected area"] == "inside"
    assert pairs["Share of the site inside protected areas"] == "38%"
    assert pairs["Coordinates (WGS 84)"] == "2.0500° S, 28.0500° E"
    assert pairs["UTM (WGS 84)"] == "zone 35S, 505,555 E, 9,773,378 N"
    decision = dict({t: c for t, _k, c in sections(dossier, catalogues)}["Decision"])
    assert re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, 20\d\d", decision["Date"])  # e.g. December 1, 2026
    assert formatting.distance(850) == "850 m" and formatting.distance(12345) == "12.3 km"
    assert formatting.hectares(31415.9) == "31,416 ha" and formatting.hectares(3.14159) == "3.1 ha"
    assert formatting.percent(1) == "100%" and formatting.percent(0.0004) == "< 0.1%"
    assert formatting.hectares("n/a") == "n/a"  # not a number: shown as it is


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.text, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_html_is_well_formed_and_escapes_hostile_text(workspace, catalogues):
    dossier = build_dossier(workspace, catalogues, "S01")
    page = render_html([dossier], catalogues, {"S01": {"Map <x>": "files/site001_map.png"}})
    root = ET.fromstring(page.split("\n", 1)[1])  # XHTML: well-formed XML after the doctype
    assert root.tag.endswith("html")
    assert "<script>" not in page and "<img src=x" not in page
    for text in HOSTILE_TEXTS:
        assert html.escape(text.splitlines()[0].strip(), quote=True) in page
    parser = _Text()
    parser.feed(page)
    assert "script" not in parser.tags
    assert parser.tags.count("img") == 1
    shown = "".join(parser.text)
    assert HOSTILE_TEXTS[1] in shown and HOSTILE_TEXTS[0] in shown
    assert "Redaction applied, left out: 1 contact and 2 sensitive stakeholders." in shown


def test_chosen_keys():
    assert chosen_keys(["S01", "S02", "S03"]) == ["S01", "S02", "S03"]
    assert chosen_keys(["S01", "S02", "S03"], " S03, S01 ") == ["S01", "S03"]
    with pytest.raises(InputError, match="Site key\\(s\\) not found: S99"):
        chosen_keys(["S01"], "S01,S99")
