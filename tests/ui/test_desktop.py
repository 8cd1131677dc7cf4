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
