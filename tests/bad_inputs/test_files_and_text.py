"""The bad-input corpus, part four: catalogue files an officer edited badly, and text that
file formats cut short."""

import csv
import re

import pytest
from layers import LogFeedback, run_algorithm, sample
from qgis.core import QgsProcessingException

from asm_pace_plugin.core.assessment.stakeholders import Stakeholder
from asm_pace_plugin.core.assessment.workspace import open_workspace
from asm_pace_plugin.core.impacts import pathways
from asm_pace_plugin.core.shared import public_names
from asm_pace_plugin.provider import AsmPaceProvider

GOOD_HEADER = ",".join(pathways.CATALOGUE_COLUMNS)
BROKEN_CATALOGUES = {
    "broken-header": ("name;kind;label\nfootprint;zone;Footprint\n", "lacks the column(s)"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe" * 20, "line 1: not text in UTF-8"),
    "bad-number": (
        f"{GOOD_HEADER}\nfootprint,zone,Footprint,1000,x,high,\nhunting,zone,Hunting,12 km,y,medium,\n",
        "line 3: distance_m '12 km' is not a positive number",
    ),
    "no-mercury-row": (
        f"{GOOD_HEADER}\nfootprint,zone,Footprint,1000,x,high,\n",
        "no row 'mercury_sediment'",
    ),
}


@pytest.fixture(params=sorted(BROKEN_CATALOGUES))
def broken_catalogue(request, tmp_path, monkeypatch):
    content, message = BROKEN_CATALOGUES[request.param]
    path = tmp_path / "impact_pathways.csv"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    monkeypatch.setattr(pathways, "CATALOGUE_PATH", path)
    return path, message


def test_the_provider_loads_whatever_was_done_to_the_catalogue(provider, broken_catalogue):
    fresh = AsmPaceProvider()
    fresh.refreshAlgorithms()
    assert len(fresh.algorithms()) == len(public_names.ALGORITHM_NAMES)
    assert all(algorithm.shortHelpString() for algorithm in fresh.algorithms())


def test_algorithms_needing_the_catalogue_name_the_file_the_line_and_the_problem(provider, broken_catalogue):
    path, message = broken_catalogue
    sites = sample("sites")
    if "mercury" not in message:  # a catalogue without the mercury row serves impact zones
        with pytest.raises(QgsProcessingException, match=re.escape(message)) as zones:
            run_algorithm(
                "asm_pace:impactzones", {"SITES": sites, "CATALOGUE": str(path), "OUTPUT": "memory:"}
            )
        assert str(path) in str(zones.value)
    with pytest.raises(QgsProcessingException, match=re.escape(message)) as trace:
        run_algorithm(
            "asm_pace:downstreamtrace", {"SITES": sites, "RIVERS": sample("rivers"), "OUTPUT": "memory:"}
        )
    assert str(path) in str(trace.value)


def test_text_after_a_nul_character_is_never_cut_from_an_export(provider, tmp_path):
    workspace = open_workspace(tmp_path / "assessment.gpkg", officer="Officer Test")
    workspace.record_site("S01", "Camp", None, {"pace_class": "protected_area"})
    workspace.add_stakeholder("S01", Stakeholder("Chief\x00 Kasongo of Kamituga", "traders"))
    workspace.add_decision("S01", "formalisation", "Agreed\x00 after the second meeting.")
    workspace.close()
    log = LogFeedback()
    run_algorithm(
        "asm_pace:exportassessments",
        {
            "WORKSPACE": str(tmp_path / "assessment.gpkg"),
            "OUTPUT": str(tmp_path / "export.csv"),
            "STAKEHOLDERS": str(tmp_path / "people.csv"),
        },
        log,
    )
    with open(tmp_path / "export.csv", encoding="utf-8") as handle:
        (site,) = list(csv.DictReader(handle))
    with open(tmp_path / "people.csv", encoding="utf-8") as handle:
        (person,) = list(csv.DictReader(handle))
    assert "Agreed␀ after the second meeting." in site.values()
    assert "Chief␀ Kasongo of Kamituga" in person.values()
    assert "2 text(s) held a NUL character" in log.text()
