"""The plugin in the real QGIS desktop (under Xvfb): menu, toolbar, sample data, styled result."""

import desktop
import pytest
from sample_data import shipped_sample_digest
from test_plugin import MENU_ENTRIES

pytestmark = pytest.mark.slow


def test_desktop_entries_work_as_an_officer_uses_them(tmp_path):
    shipped_before = shipped_sample_digest()
    report = desktop.run_desktop_probe(tmp_path)
    assert "error" not in report, report.get("error")
    assert shipped_sample_digest() == shipped_before  # "Load sample data" works on a copy
    assert [source.split("/")[-4:] for source in report["sample_sources"]] == [
        ["default", "asm_pace", "sample", "asm_pace_sample.gpkg"]
    ]
    assert report["menu"] == MENU_ENTRIES
    assert report["assessment_dock_visible"] is True
    assert report["toolbar_button"] is True
    assert report["algorithm"] is True
    assert {"sites", "protected_areas", "landscapes", "ecoregions"} <= set(report["sample_layers"])
    assert report["classified_renderer"] == "categorizedSymbol"
    assert report["classified_classes"] == [
        "critical_ecosystem",
        "not_eligible",
        "priority_landscape",
        "protected_area",
        "unclassified",
    ]
    assert report["dialogs"]["classifysites"]["sites"] == "sites"  # preset to the sample's sites
    for name in (
        "classifysites",
        "impactzones",
        "impactzones-advanced",
        "downstreamtrace",
        "papressure",
        "sitedossiers",
    ):
        assert (tmp_path / f"dialog-{name}.png").stat().st_size > 10_000, name
    assert (tmp_path / "desktop.png").stat().st_size > 10_000
    assert (tmp_path / "desktop_assessment.png").stat().st_size > 10_000


def test_the_stakeholder_page_survives_real_clicks_in_french(tmp_path):
    """The walk of tools/desktop_walk_probe.py: xdotool's clicks and keys through the X server."""
    from asm_pace_plugin.core.assessment.catalogues import load_catalogues

    report = desktop.run_desktop_probe(
        tmp_path, probe=desktop.HERE / "desktop_walk_probe.py", user_locale="fr_CD", timeout=400
    )
    assert "errors" not in report, "\n".join(report["errors"])
    assert report["language"] == "fr"
    assert len(report["actions"]) > 50
    groups = [group.id for group in load_catalogues().groups]
    # added of groups 1, 3 and 6 of the list; the first renamed after a click on its node, the second
    # (the same scores as the first) edited after a click in the list and deleted
    assert report["scripted"] == [
        ["Chef coutumier de Kamituga", groups[0], 4, 5],
        ["Négociant de Bukavu", groups[5], 0, 0],
    ]
    assert report["listed"] == report["stored_ids"]  # the list shows what the workspace holds
    accented = ("Coopérative de Kivalu", "Négociant de Bukavu")  # typed with their accents, shown so
    assert any(name in text for text in report["listed_texts"] for name in accented), report["listed_texts"]
    assert (tmp_path / "dock-walk.png").stat().st_size > 10_000
    assert report["pages_height"] >= report["dock_size"][1] // 2  # the pages get the room
