"""asm_pace:areareports on the synthetic sample: Mining over time's outputs, the classified
footprints and a workspace with decisions, written as a PDF and an HTML page per protected area
and one for all areas ranked by growth; in French; redacted unless asked; bad input refused with
a sentence; files written aside."""

import gc
import html
import os
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from layers import LogFeedback, features, memory_layer, run_algorithm, sample
from qgis.core import QgsLayout, QgsProcessingException, QgsProject, QgsVectorLayer

from asm_pace_plugin.core.assessment.workspace import open_workspace
from asm_pace_plugin.core.shared import formatting, i18n, outputs

NATIONAL_PARK, WORLD_HERITAGE, RAMSAR = "1001", "1002", "1003"
DECIDED_SITE = "2019-001"  # a footprint inside the national park (and the World Heritage site)
RATIONALE = "Agreed with <b>Chief Kasongo</b> & the miners' association"
OFFICER = "Officer Amani Kahindo"


@pytest.fixture(scope="module")
def monitored(provider, tmp_path_factory):
    """Mining over time's outputs, the classified footprints and a workspace with one decision."""
    folder = tmp_path_factory.mktemp("monitored")
    classified = run_algorithm(
        "asm_pace:classifysites",
        {
            "SITES": sample("mining_footprints"),
            "PROTECTED_AREAS": [sample("protected_areas")],
            "OUTPUT": str(folder / "classified.gpkg"),
        },
    )["OUTPUT"]
    workspace_path = folder / "assessment.gpkg"
    workspace = open_workspace(workspace_path, officer=OFFICER)
    layer = QgsVectorLayer(classified, "classified", "ogr")
    for feature in layer.getFeatures():
        attributes = {name: feature[name] for name in layer.fields().names()}
        workspace.record_site(str(feature["site_id"]), "", feature.geometry(), attributes)
    workspace.add_decision(DECIDED_SITE, "formalisation", RATIONALE)
    workspace.close()
    connection = sqlite3.connect(workspace_path)
    connection.execute("UPDATE decision SET decided_at = '2021-03-01T10:00:00.000Z'")
    connection.commit()
    connection.close()
    mining = run_algorithm(
        "asm_pace:miningovertime",
        {
            "FOOTPRINTS": [classified],
            "PROTECTED_AREAS": [sample("protected_areas")],
            "OUTPUT": str(folder / "mining.gpkg"),
            "FOOTPRINT_TABLE": str(folder / "footprints.gpkg"),
            "SUMMARY": str(folder / "trends.gpkg"),
            "WORKSPACE": str(workspace_path),
            "DECISIONS": str(folder / "decisions.gpkg"),
        },
    )
    return {
        "classified": classified,
        "workspace": str(workspace_path),
        "mining": mining["OUTPUT"],
        "footprints": mining["FOOTPRINT_TABLE"],
        "summary": mining["SUMMARY"],
        "decisions": mining["DECISIONS"],
    }


def reports(monitored, folder, **parameters):
    parameters = {
        "MINING": monitored["mining"],
        "FOOTPRINT_TABLE": monitored["footprints"],
        "SITES": monitored["classified"],
        "KEY_FIELD": "site_id",
        "WORKSPACE": monitored["workspace"],
        "PROTECTED_AREAS": [sample("protected_areas")],
        "LANGUAGE": "fr",
        "OUTPUT_FOLDER": str(folder),
        **parameters,
    }
    feedback = parameters.pop("feedback", None)
    return run_algorithm("asm_pace:areareports", parameters, feedback)


@pytest.fixture(scope="module")
def french(monitored, tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports_fr")
    result = reports(monitored, folder, DATA_SOURCES="synthetic sample data")
    page = os.environ.get("ASM_PACE_AREA_REPORT_PAGE")  # the README's picture: its first page in French
    if page:
        first = folder / "1001_Parc_National_de_Mbuti_synthetique.pdf"
        subprocess.run(["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile", str(first),
                        str(Path(page).with_suffix(""))], check=True)  # fmt: skip
    return folder, result


def pdf_text(path, layout=True):
    """The PDF's text; without layout, each table cell's lines together."""
    command = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def test_one_report_per_area_and_one_for_all_ranked_by_growth(french):
    folder, result = french
    assert result["AREA_COUNT"] == 3
    pdfs = sorted(path.name for path in folder.glob("*.pdf"))
    assert pdfs == sorted(
        [
            "1001_Parc_National_de_Mbuti_synthetique.pdf",
            "1002_Mbuti_Forest_World_Heritage_Site_synthetic.pdf",
            "1003_Lac_Kivalu_Ramsar_Site_synthetic.pdf",
            "toutes_les_aires.pdf",
        ]
    ), pdfs
    assert result["OUTPUT_PDF"] == str(folder / "toutes_les_aires.pdf")
    assert result["OUTPUT_HTML"] == str(folder / "toutes_les_aires.html")
    assert not list(folder.glob("*.part*"))  # nothing left half-written
    text = pdf_text(result["OUTPUT_PDF"])
    assert "classées selon leur croissance" in text
    # ranked by the new mining of 2023: the national park first (accelerating), the Ramsar site last
    positions = [text.index(name) for name in ("Parc National de Mbuti", "Lac Kivalu Ramsar Site")]
    assert positions == sorted(positions)


def test_an_area_report_has_its_figures_chart_map_sites_and_decision_in_french(french, monitored):
    folder, _result = french
    text = pdf_text(folder / "1001_Parc_National_de_Mbuti_synthetique.pdf")
    mining = {
        (row["area_id"], row["period"]): row
        for row in features(QgsVectorLayer(monitored["mining"], "m", "ogr"))
    }
    assert "Exploitation minière dans Parc National de Mbuti" in text
    assert "en accélération" in text
    for year in ("2019", "2020", "2021", "2022", "2023"):
        assert year in text
    assert DECIDED_SITE in text
    assert "Depuis la décision du 1 mars 2021" in text
    with i18n.writing_in("fr"):  # the national park's hectares mined by 2023, as French writes them
        expected = formatting.hectares(mining[(NATIONAL_PARK, "2023")]["cum_ha"])
    assert expected.replace("\u202f", " ").replace("\xa0", " ") in text  # pdftotext writes plain spaces


def test_no_personal_detail_unless_asked(french, monitored, tmp_path):
    folder, _result = french
    for path in [*folder.glob("*.pdf")]:
        text = pdf_text(path)
        assert OFFICER not in text and "Chief Kasongo" not in text
    for path in folder.glob("*.html"):
        page = path.read_text(encoding="utf-8")
        assert OFFICER not in page and "Kasongo" not in page
    unsafe = reports(monitored, tmp_path, INCLUDE_SENSITIVE=True, FORMAT=2)
    page = Path(unsafe["OUTPUT_HTML"]).read_text(encoding="utf-8")
    assert OFFICER in page
    assert html.escape(RATIONALE, quote=True) in page and "<b>Chief" not in page  # escaped, never markup


def test_html_pages_are_well_formed_with_their_pictures(french):
    folder, _result = french
    for path in folder.glob("*.html"):
        root = ET.fromstring(path.read_text(encoding="utf-8").split("\n", 1)[1])
        sources = [element.get("src") for element in root.iter("{http://www.w3.org/1999/xhtml}img")]
        assert sources, path
        for source in sources:
            assert (folder / source).is_file(), source


def kept_layouts_and_projects():
    """The print layouts and projects Python still holds, but QGIS's own project: an error that
    keeps them (in its frames) makes them outlive QGIS, a segfault at exit."""
    gc.collect()
    return {
        id(kept)
        for kept in gc.get_objects()
        if isinstance(kept, (QgsLayout, QgsProject)) and kept is not QgsProject.instance()
    }


def test_bad_input_is_refused_with_a_sentence(monitored, tmp_path):
    before = kept_layouts_and_projects()
    with pytest.raises(QgsProcessingException, match="trend table of Mining over time"):
        reports(monitored, tmp_path, MINING=monitored["summary"], LANGUAGE=0)
    with pytest.raises(QgsProcessingException, match="not the table per area and period of Mining over time"):
        reports(monitored, tmp_path, MINING=sample("protected_areas"), LANGUAGE=0)
    with pytest.raises(QgsProcessingException, match="not the footprints layer of Mining over time"):
        reports(monitored, tmp_path, FOOTPRINT_TABLE=sample("sites"), LANGUAGE=0)
    with pytest.raises(QgsProcessingException, match=r"Area id\(s\) not in the table: 9999"):
        reports(monitored, tmp_path, AREA_IDS="1001, 9999", LANGUAGE=0)
    assert not list(tmp_path.glob("*.pdf"))
    assert kept_layouts_and_projects() <= before


def test_a_failed_write_leaves_the_earlier_report(monitored, tmp_path):
    first = reports(monitored, tmp_path, AREA_IDS=RAMSAR, FORMAT=1)
    target = tmp_path / "1003_Lac_Kivalu_Ramsar_Site_synthetic.pdf"
    earlier = target.read_bytes()
    before = kept_layouts_and_projects()
    aside = outputs.aside_path(target).parent  # where the new PDF would be written first
    aside.rmdir()
    aside.write_text("not a folder")  # so that it cannot be
    try:
        with pytest.raises(QgsProcessingException, match="could not be written"):
            reports(monitored, tmp_path, AREA_IDS=RAMSAR, FORMAT=1, LANGUAGE=0)
    finally:
        aside.unlink()
    assert target.read_bytes() == earlier
    assert first["AREA_COUNT"] == 1
    assert kept_layouts_and_projects() <= before


def test_cancelled_run_writes_no_report_on_all_areas(monitored, tmp_path):
    feedback = LogFeedback(cancel_after=1)
    result = reports(monitored, tmp_path, feedback=feedback, FORMAT=1)
    assert result.get("OUTPUT_PDF") is None
    assert not list(tmp_path.glob("toutes*"))


def test_the_site_dossier_gets_a_mining_section_only_when_the_table_is_given(monitored, tmp_path):
    """The dossier of a decided site says how mining grew in its areas before and after the
    decision, as Mining over time's table of decisions says it; without the table, nothing changes."""
    parameters = {
        "WORKSPACE": monitored["workspace"],
        "SITES": monitored["classified"],
        "KEY_FIELD": "site_id",
        "SITE_KEYS": f"{DECIDED_SITE},2023-004",
        "LANGUAGE": 1,  # English
    }
    with_mining = run_algorithm(
        "asm_pace:sitedossiers",
        {**parameters, "MINING": monitored["mining"], "OUTPUT_PDF": str(tmp_path / "with.pdf")},
    )
    text = "".join(pdf_text(with_mining["OUTPUT_PDF"], layout=False).split())
    histories = {
        row["area_id"]: row["history"]
        for row in features(QgsVectorLayer(monitored["decisions"], "decisions", "ogr"))
    }
    assert histories[NATIONAL_PARK].startswith("Since the decision of March 1, 2021")
    for area_id in (NATIONAL_PARK, WORLD_HERITAGE):
        assert "".join(histories[area_id].split()) in text
    assert "Miningovertimeinthesite'sareas" in text
    assert "Miningovertimemeasurednomininginthe areasofthissite.".replace(" ", "") in text  # 2023-004
    without = run_algorithm(
        "asm_pace:sitedossiers", {**parameters, "OUTPUT_PDF": str(tmp_path / "without.pdf")}
    )
    assert "Mining over time" not in pdf_text(without["OUTPUT_PDF"])


def test_the_pressure_figures_of_an_area_are_shown_where_given(monitored, tmp_path):
    pressure = memory_layer(
        "None",
        "EPSG:4326",
        [
            "pa_id:string",
            "pa_name:string",
            "pathway:string",
            "zone_ha:double",
            "pa_share:double",
            "n_sites:integer",
        ],
        [(None, [NATIONAL_PARK, "Parc National de Mbuti", "hunting", 4321.0, 0.0098, 3])],
    )
    result = reports(monitored, tmp_path, PRESSURE=pressure, AREA_IDS=f"{NATIONAL_PARK},{RAMSAR}", FORMAT=2)
    park = (tmp_path / "1001_Parc_National_de_Mbuti_synthetique.html").read_text(encoding="utf-8")
    assert "Pression des zones d&#x27;impact" in park or "Pression des zones d'impact" in park
    assert "4\u202f321" in park and "Pression de chasse" in park
    ramsar = (tmp_path / "1003_Lac_Kivalu_Ramsar_Site_synthetic.html").read_text(encoding="utf-8")
    assert "4\u202f321" not in ramsar
    assert result["AREA_COUNT"] == 2
