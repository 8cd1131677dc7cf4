"""asm_pace:sitedossiers and asm_pace:exportassessments on the sample data, rendered for real.

Layers go to processing.run as source strings: a failed run must not keep layer objects alive
past QGIS's exit.
"""

import csv
import html
import os
import re
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import sample_workspace
from hostile_text import HOSTILE_TEXTS
from layers import classify_sample
from sample_data import SAMPLE_COPY

GPKG = str(SAMPLE_COPY)
MAP_LAYERS = {
    "PROTECTED_AREAS": [f"{GPKG}|layername=protected_areas", f"{GPKG}|layername=national_protected_areas"],
    "LANDSCAPES": [f"{GPKG}|layername=landscapes"],
    "ECOREGIONS": [f"{GPKG}|layername=ecoregions"],
}
CLASS_LABELS_SHOWN = (
    "In a protected area",
    "In a WWF priority landscape",
    "Not PACE (outside all tested layers)",
)
DOC_PAGE = os.environ.get("ASM_PACE_DOSSIER_PAGE")
MIN_DARK_PIXELS = 800  # at 40 dpi; a page holding only its footer has about 200


@pytest.fixture(scope="module")
def assessed(provider, tmp_path_factory):
    """(classified sites gpkg, workspace path, site keys, {key: site name}) of the sample."""
    from qgis.core import QgsVectorLayer

    folder = tmp_path_factory.mktemp("dossiers")
    classified = str(folder / "classified.gpkg")
    classify_sample(f"{GPKG}|layername=sites", classified)
    layer = QgsVectorLayer(classified, "classified", "ogr")
    names = {str(feature["site_code"]): str(feature["site_name"]) for feature in layer.getFeatures()}
    workspace = folder / "assessment.gpkg"
    keys = sample_workspace.build(workspace, layer)
    del layer
    return classified, str(workspace), keys, names


@pytest.fixture(scope="module")
def dossiers(assessed, tmp_path_factory):
    from qgis import processing

    _classified, workspace, _keys, _names = assessed
    folder = tmp_path_factory.mktemp("out")
    result = processing.run(
        "asm_pace:sitedossiers",
        {
            "WORKSPACE": workspace,
            **MAP_LAYERS,
            "DATA_SOURCES": "WDPA synthetic 2026",
            "OUTPUT_PDF": str(folder / "dossiers.pdf"),
            "OUTPUT_HTML": str(folder / "dossiers.html"),
        },
    )
    return result


def pdf_pages(path):
    """Text of each page (pdftotext separates pages with form feeds), ligatures (ﬁ) spelt out; in
    the order it is drawn (-raw), so that the lines of a table cell stay together."""
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True)
    return [unicodedata.normalize("NFKC", page) for page in text.stdout.split("\f")[:-1]]


def unbroken(text):
    """Text without white space: a long word broken over the lines of its cell is whole again."""
    return "".join(text.split())


def dark_pixels(png):
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8)
    bits = image.constBits()
    bits.setsize(image.sizeInBytes())
    return sum(1 for value in bytes(bits) if value < 160)


def test_pdf_has_one_section_per_site_with_names_classes_and_decisions(assessed, dossiers):
    _classified, _workspace, keys, names = assessed
    pages = pdf_pages(dossiers["OUTPUT_PDF"])
    assert dossiers["SITE_COUNT"] == len(keys) == 12
    assert len(pages) == dossiers["PAGE_COUNT"]
    firsts = [page for page in pages if re.search("^Site dossier:", page, re.MULTILINE)]
    assert len(firsts) == len(keys)  # each section starts on its own page, in key order
    for key, first in zip(keys, firsts):
        assert f"Site dossier: {key} {names[key]}" in " ".join(first.split())
        assert "Redaction applied, left out:" in first or "Safe to share:" in first
    text = "\n".join(pages)
    for label in CLASS_LABELS_SHOWN:
        assert label in text
    for _approach, rationale in sample_workspace.DECISIONS.values():
        assert " ".join(rationale.split()) in " ".join(text.split())
    assert "Formalisation (permits, cooperatives)" in text and "Enhanced or diversified livelihoods" in text
    assert "Redaction applied, left out: 2 contacts and 2 sensitive stakeholders." in text
    assert "plugin 0.1.0" in text and "WDPA synthetic 2026" in text


def test_pdf_holds_no_redacted_data_and_hostile_text_literally(dossiers):
    text = "\n".join(pdf_pages(dossiers["OUTPUT_PDF"]))
    flat = " ".join(text.split())
    for left_out in (
        *sample_workspace.CONTACTS,
        sample_workspace.SENSITIVE_NAME,
        sample_workspace.MARKED_NAME,
    ):
        assert unbroken(left_out) not in unbroken(flat)
    # kept: marked shareable, on S02 and S05 (an address wider than its column is broken over lines)
    assert unbroken(flat).count(sample_workspace.SHAREABLE_CONTACT) == 2
    for hostile in (HOSTILE_TEXTS[0], HOSTILE_TEXTS[5], '<script>alert("x")</script>'):
        assert hostile in flat


def test_a_site_without_stakeholders_says_so_instead_of_empty_charts(dossiers):
    pages = pdf_pages(dossiers["OUTPUT_PDF"])
    sections = "\f".join(pages).split("Site dossier:")[1:]
    said = [section for section in sections if "No stakeholders recorded for this site." in section]
    assert len(said) == 10  # all but S02 and S05
    for section in sections:
        assert ("No stakeholders recorded for this site." in section) != (
            "Coopérative minière de Kivalu" in section
        )


def test_the_locator_names_every_country_in_french_spanish_and_portuguese():
    import json

    from qgis.core import QgsVectorLayer

    from asm_pace_plugin.core.shared.paths import LOCATOR_COUNTRIES, LOCATOR_COUNTRY_NAMES

    countries = QgsVectorLayer(str(LOCATOR_COUNTRIES), "countries", "ogr")
    codes = {feature["iso_a3"] for feature in countries.getFeatures()}
    names = json.loads(LOCATOR_COUNTRY_NAMES.read_text("utf-8"))
    # Natural Earth's N. Cyprus and Somaliland are no CLDR territory: their caption stays English.
    assert codes - set(names) == {"CYN", "SOL"} and set(names) <= codes
    assert all(sorted(name) == ["es", "fr", "pt"] and all(name.values()) for name in names.values())
    assert names["COD"] == {
        "fr": "Congo-Kinshasa",
        "es": "República Democrática del Congo",
        "pt": "Congo - Kinshasa",
    }


def test_pdf_pages_are_not_blank(dossiers, tmp_path):
    subprocess.run(
        ["pdftoppm", "-r", "40", "-gray", "-png", dossiers["OUTPUT_PDF"], str(tmp_path / "page")], check=True
    )
    pictures = sorted(tmp_path.glob("page-*.png"))
    assert len(pictures) == dossiers["PAGE_COUNT"]
    for picture in pictures:
        assert dark_pixels(picture) > MIN_DARK_PIXELS, picture.name
    if DOC_PAGE:  # ASM_PACE_DOSSIER_PAGE=docs/images/dossier-page.png: the README's picture
        first = next(
            i for i, text in enumerate(pdf_pages(dossiers["OUTPUT_PDF"]), 1) if "Site dossier: S02" in text
        )
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", str(first), "-l", str(first),
             dossiers["OUTPUT_PDF"], str(Path(DOC_PAGE).with_suffix(""))],
            check=True,
        )  # fmt: skip


def test_html_is_well_formed_escaped_and_has_its_pictures(dossiers):
    path = Path(dossiers["OUTPUT_HTML"])
    page = path.read_text(encoding="utf-8")
    root = ET.fromstring(page.split("\n", 1)[1])
    sources = [element.get("src") for element in root.iter() if element.tag.endswith("img")]
    # A map per site but S09 (no geometry); grid and network for S02 and S05, the sites with
    # stakeholders: the others say so in a sentence, not in empty charts.
    assert len(sources) == 12 - 1 + 2 * 2
    assert page.count("<p>No stakeholders recorded for this site.</p>") == 10
    assert all((path.parent / source).stat().st_size > 1000 for source in sources)
    assert "<script>" not in page and html.escape(HOSTILE_TEXTS[1]) in page
    for contact in sample_workspace.CONTACTS:
        assert contact not in page
    assert sample_workspace.SENSITIVE_NAME not in page and sample_workspace.MARKED_NAME not in page
    assert sample_workspace.SHAREABLE_CONTACT in page
    assert page.count("<section class='site'") == 12


def test_sensitive_data_only_when_ticked_and_impact_data_when_given(assessed, tmp_path):
    from qgis import processing

    classified, workspace, _keys, _names = assessed
    zones, site_pressure = _impact_outputs(tmp_path, classified)
    result = processing.run(
        "asm_pace:sitedossiers",
        {
            "WORKSPACE": workspace,
            "SITES": classified,
            "KEY_FIELD": "site_code",
            "SITE_KEYS": "S02",
            "IMPACT_ZONES": zones,
            "PRESSURE": site_pressure,
            "INCLUDE_SENSITIVE": True,
            "OUTPUT_PDF": str(tmp_path / "s02.pdf"),
        },
    )
    assert result["SITE_COUNT"] == 1 and "OUTPUT_HTML" not in result
    flat = " ".join("\n".join(pdf_pages(result["OUTPUT_PDF"])).split())
    assert "Redaction NOT applied" in flat
    for included in (
        *sample_workspace.CONTACTS,
        sample_workspace.SENSITIVE_NAME,
        sample_workspace.MARKED_NAME,
    ):
        assert unbroken(included) in unbroken(flat)
    assert unbroken(sample_workspace.SHAREABLE_CONTACT) in unbroken(flat)
    # S02 lies in the Ramsar site: its 1 km footprint disc puts pi hectares x 100 inside it, rounded
    # to whole hectares under a header that gives the unit, its share as a percentage.
    pressure = flat[flat.index("Pressure from impact zones") : flat.index("Impact zones Impact pathway")]
    assert "Impact pathway Protected area Area reached (ha) Share of the protected area" in pressure
    assert "Site footprint and immediate disturbance Lac Kivalu Ramsar Site (synthetic) 314 " in pressure
    assert re.search(r"Lac Kivalu Ramsar Site \(synthetic\) [\d,]+ [\d.]+%", pressure)
    assert "footprint" not in pressure.replace("Site footprint", "") and "|" not in flat  # words, no dumps
    assert "Impact pathway From (km) To (km) Area (ha) Confidence Source of the distance" in flat


def test_unknown_site_key_is_explained(assessed, tmp_path):
    from qgis import processing
    from qgis.core import QgsProcessingException

    _classified, workspace, _keys, _names = assessed
    with pytest.raises(QgsProcessingException, match="Site key\\(s\\) not found: S99"):
        processing.run(
            "asm_pace:sitedossiers",
            {"WORKSPACE": workspace, "SITE_KEYS": "S01,S99", "OUTPUT_PDF": str(tmp_path / "x.pdf")},
        )
    with pytest.raises(QgsProcessingException, match="does not exist"):
        processing.run(
            "asm_pace:sitedossiers",
            {"WORKSPACE": str(tmp_path / "none.gpkg"), "OUTPUT_PDF": str(tmp_path / "x.pdf")},
        )


def test_algorithm_runs_on_the_main_thread(provider):
    from qgis.core import QgsApplication

    from asm_pace_plugin.core.shared import compat

    algorithm = QgsApplication.processingRegistry().algorithmById("asm_pace:sitedossiers")
    assert algorithm.flags() & compat.ALGORITHM_NO_THREADING


def test_export_assessments_redacted_csv_and_xlsx(assessed, tmp_path):
    from qgis import processing
    from qgis.core import QgsVectorLayer

    _classified, workspace, keys, _names = assessed
    result = processing.run(
        "asm_pace:exportassessments",
        {"WORKSPACE": workspace, "OUTPUT": str(tmp_path / "a.csv"), "STAKEHOLDERS": str(tmp_path / "s.xlsx")},
    )
    text = (tmp_path / "a.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert [row["site_key"] for row in rows] == keys
    s02 = next(row for row in rows if row["site_key"] == "S02")
    assert s02["decision"] == "Formalisation (permits, cooperatives)" and s02["decisions"] == "2"
    assert s02["notes"] == "'" + HOSTILE_TEXTS[5]  # a formula is quoted for spreadsheets
    people = QgsVectorLayer(result["STAKEHOLDERS"], "people", "ogr")
    assert people.isValid() and people.featureCount() == 8  # 4 per assessed site, sensitive ones left out
    assert [f["contact"] for f in people.getFeatures() if f["contact"]] == [
        sample_workspace.SHAREABLE_CONTACT
    ] * 2
    everything = text + repr([f.attributes() for f in people.getFeatures()])
    assert not any(contact in everything for contact in sample_workspace.CONTACTS)
    assert (
        sample_workspace.SENSITIVE_NAME not in everything and sample_workspace.MARKED_NAME not in everything
    )
    del people

    full = processing.run(
        "asm_pace:exportassessments",
        {
            "WORKSPACE": workspace,
            "SITE_KEYS": "S02",
            "INCLUDE_SENSITIVE": True,
            "OUTPUT": str(tmp_path / "full.gpkg"),
            "STAKEHOLDERS": str(tmp_path / "full_people.csv"),
        },
    )
    people_text = (tmp_path / "full_people.csv").read_text(encoding="utf-8")
    assert "contact" in people_text.splitlines()[0] and sample_workspace.CONTACTS[2] in people_text
    assert sample_workspace.MARKED_NAME in people_text and sample_workspace.CONTACTS[3] in people_text
    assert QgsVectorLayer(full["OUTPUT"], "full", "ogr").featureCount() == 1


def _impact_outputs(folder, classified):
    """(impact zones, per-site pressure table) of the classified sample, from the real algorithms."""
    from qgis import processing

    zones = processing.run(
        "asm_pace:impactzones",
        {"SITES": classified, "SITE_ID_FIELD": "site_code", "PATHWAYS": "footprint,offsite_deforestation",
         "OUTPUT": str(folder / "zones.gpkg")},
    )["OUTPUT"]  # fmt: skip
    pressure = processing.run(
        "asm_pace:papressure",
        {"ZONES": [zones], "PROTECTED_AREAS": [f"{GPKG}|layername=protected_areas"], "SITES": classified,
         "SITES_ID_FIELD": "site_code", "OUTPUT": str(folder / "pressure.gpkg"),
         "SITE_TABLE": str(folder / "site_pressure.gpkg")},
    )  # fmt: skip
    return zones, pressure["SITE_TABLE"]


@pytest.mark.slow
def test_dossier_headless_with_qgis_process(assessed, qgis_process_home, tmp_path):
    import qgis_process_runner

    _classified, workspace, _keys, names = assessed
    pdf, page = tmp_path / "s02.pdf", tmp_path / "s02.html"
    result = qgis_process_runner.run(
        ["run", "asm_pace:sitedossiers", "--", f"WORKSPACE={workspace}", "SITE_KEYS=S02,S05",
         *(f"PROTECTED_AREAS={source}" for source in MAP_LAYERS["PROTECTED_AREAS"]),
         f"LANDSCAPES={MAP_LAYERS['LANDSCAPES'][0]}", f"OUTPUT_PDF={pdf}", f"OUTPUT_HTML={page}"],
        qgis_process_home,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SITE_COUNT:\t2" in result.stdout
    titles = [re.search("^Site dossier: (.*)$", text, re.MULTILINE) for text in pdf_pages(pdf)]
    assert [" ".join(title.group(1).split()[:2]) for title in titles if title] == [
        f"S02 {names['S02'].split()[0]}",
        "S05 Tshivanga",
    ]
    assert "Redaction applied, left out: 2 contacts and 2 sensitive stakeholders." in page.read_text(
        encoding="utf-8"
    )


def test_each_site_map_draws_only_its_own_impact_zones_and_marks_its_own_site(assessed, tmp_path):
    from layers import memory_layer
    from qgis.core import QgsProject, QgsRenderContext, QgsVectorLayer

    from asm_pace_plugin.core.assessment.catalogues import load_catalogues
    from asm_pace_plugin.rendering.dossier_layout import DossierLayout

    classified, _workspace, _keys, _names = assessed
    zones_path, _site_pressure = _impact_outputs(tmp_path, classified)
    project = QgsProject()
    zones = QgsVectorLayer(zones_path, "zones", "ogr")
    sites = memory_layer(
        "Point",
        "EPSG:4326",
        ["site_key:string"],
        [("POINT(29.1 -1.9)", ["S02"]), ("POINT(29.0 -2.0)", ["S05"])],
    )
    project.addMapLayers([sites, zones])
    layout = DossierLayout(
        project, load_catalogues(), [sites, zones], "", tmp_path, keyed=[(zones, "site_id")]
    )
    own_sites, own = layout._layers_for("S02")
    assert own is not zones and own_sites is not sites
    assert sorted(feature["pathway"] for feature in own.getFeatures()) == [
        "footprint",
        "offsite_deforestation",
    ]
    assert {feature["site_id"] for feature in own.getFeatures()} == {"S02"}
    assert zones.featureCount() == 22  # 11 sites with a geometry, 2 pathways
    renderer, context = own_sites.renderer(), QgsRenderContext()
    labels = {item.ruleKey(): item.label() for item in renderer.legendSymbolItems()}
    renderer.startRender(context, own_sites.fields())
    drawn = {
        feature["site_key"]: {labels.get(key) for key in renderer.legendKeysForFeature(feature, context)}
        - {None}
        for feature in own_sites.getFeatures()
    }
    renderer.stopRender(context)
    assert drawn == {"S02": {"This site"}, "S05": {"Other mining sites"}}  # its own site stands out
    layout = None
    project.clear()


def test_protected_area_points_are_drawn_as_the_circles_the_classification_used(provider):
    from qgis.core import (
        QgsDistanceArea,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsRectangle,
        QgsVectorLayer,
    )

    from asm_pace_plugin.rendering.dossier_maps import protected_area_layer

    points = QgsVectorLayer(f"{GPKG}|layername=protected_area_points", "points", "ogr")
    reported = {str(feature["NAME"]): feature["REP_AREA"] for feature in points.getFeatures()}
    world = QgsRectangle(-180, -90, 180, 90)
    drawn = protected_area_layer(
        [points], world, QgsProcessingContext(), "Protected areas", QgsProcessingFeedback()
    )
    measure = QgsDistanceArea()
    measure.setEllipsoid("EPSG:7030")
    circles = {str(feature["name"]): feature.geometry() for feature in drawn.getFeatures()}
    assert circles and set(circles) <= set(reported)
    for name, circle in circles.items():
        assert circle.type() == 2  # a polygon, named for the map's labels
        assert measure.measureArea(circle) / 1e6 == pytest.approx(reported[name], rel=0.01)


def test_no_protected_area_left_near_the_sites_is_said_not_failed(provider):
    from qgis.core import (
        QgsFeatureRequest,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsRectangle,
        QgsVectorLayer,
    )

    from asm_pace_plugin.rendering.dossier_maps import protected_area_layer

    class Said(QgsProcessingFeedback):
        """A feedback that keeps the warnings it is given, to read them after."""

        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):
            self.warnings.append(text)

    areas = QgsVectorLayer(f"{GPKG}|layername=protected_areas", "areas", "ogr")
    # Left out by the cleaning. A copy in memory: a subset string on the sample's own layer has
    # QGIS open the GeoPackage for update (WAL), and left in WAL by a connection still open
    # elsewhere, the file no longer opens read-only for the tests after this one.
    mab_only = areas.materialize(QgsFeatureRequest().setFilterExpression("DESIG_ENG LIKE '%Biosphere%'"))
    assert mab_only.featureCount() and areas.featureCount() > mab_only.featureCount()
    said = Said()
    drawn = protected_area_layer(
        [mab_only], QgsRectangle(-180, -90, 180, 90), QgsProcessingContext(), "PA", said
    )
    assert (
        drawn.featureCount() == 0
        and "The maps show no protected area: No protected area was left" in said.warnings[0]
    )


FRENCH_DOSSIER = (
    "Dossier de site",
    "Classification (PACE)",
    "Classe PACE",
    "Dans une aire protégée",
    "Désignations",
    "Parc national",  # WDPA's National Park, shown in French
    "Profil du site",
    "Parties prenantes",
    "Pertinence des approches de gestion",
    "Historique des décisions",
    "Aucune partie prenante enregistrée pour ce site.",  # the sites without stakeholders
    "Données sensibles retirées",
    "À propos de ce dossier",
)
ENGLISH_HEADINGS = ("Site profile", "Stakeholders", "Fit of the management approaches", "About this dossier")


def test_a_french_dossier_from_an_english_qgis(assessed, compiled_translations, tmp_path):
    from qgis import processing

    _classified, workspace, _keys, _names = assessed
    result = processing.run(
        "asm_pace:sitedossiers",
        {
            "WORKSPACE": workspace,
            **MAP_LAYERS,
            "LANGUAGE": 2,  # QGIS's, English, Français, Español, Português
            "OUTPUT_PDF": str(tmp_path / "dossiers_fr.pdf"),
            "OUTPUT_HTML": str(tmp_path / "dossiers_fr.html"),
        },
    )
    text = " ".join(" ".join(pdf_pages(result["OUTPUT_PDF"])).split())
    assert [expected for expected in FRENCH_DOSSIER if expected not in text] == []
    assert [heading for heading in ENGLISH_HEADINGS if heading in text] == []
    months = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    assert re.search(rf"\b\d{{1,2}} ({months}) 20\d\d\b", text)
    page = Path(result["OUTPUT_HTML"]).read_text(encoding="utf-8")
    assert "lang='fr'" in page and "Dossier de site" in page and "Site dossier" not in page
    # The log stays in QGIS's language (English here): only what the dossier says is French.
    english = processing.run(
        "asm_pace:sitedossiers", {"WORKSPACE": workspace, "OUTPUT_PDF": str(tmp_path / "en.pdf")}
    )
    assert "Site profile" in " ".join(pdf_pages(english["OUTPUT_PDF"]))


@pytest.mark.timeout(90, method="thread")  # before it went on over pages, QGIS spun on such a row
def test_a_row_taller_than_a_page_goes_on_over_the_next_pages(assessed, tmp_path):
    """Notes and goals of thousands of words: every word is printed, none cut at a page's end."""
    import shutil

    from qgis import processing

    from asm_pace_plugin.core.assessment.stakeholders import Stakeholder
    from asm_pace_plugin.core.assessment.workspace import open_workspace

    _classified, original, _keys, _names = assessed
    path = tmp_path / "long.gpkg"
    shutil.copy(original, path)
    notes = " ".join(f"note{number:04d}" for number in range(1200))
    goals = " ".join(f"goal{number:04d}" for number in range(400))
    workspace = open_workspace(path)
    try:
        workspace.set_profile_field("S05", "notes", notes)
        workspace.add_stakeholder("S05", Stakeholder("Long-winded union", "miners", 3, 3, 0, goals=goals))
    finally:
        workspace.close()
    result = processing.run(
        "asm_pace:sitedossiers",
        {"WORKSPACE": str(path), "SITE_KEYS": "S05", "OUTPUT_PDF": str(tmp_path / "long.pdf")},
    )
    pages = pdf_pages(result["OUTPUT_PDF"])
    words = re.findall(r"\b(?:note|goal)\d{4}\b", "\n".join(pages))
    assert words == notes.split() + goals.split()  # all of them, once each, in order
    flat = [" ".join(page.split()) for page in pages]
    assert any("Notes (continued)" in page for page in flat)  # each part says what it goes on
    assert any("Long-winded union (continued)" in page for page in flat)
    assert result["PAGE_COUNT"] == len(pages)


def test_each_site_legend_lists_only_what_its_map_shows(assessed, tmp_path):
    """S02 (in the Ramsar site) and S03 (in a landscape) with zones of different pathways: each
    legend names its own pathways, and the landscapes only where the map shows one."""
    from qgis import processing
    from qgis.core import QgsVectorLayer, edit

    classified, workspace, _keys, _names = assessed
    zones, _site_pressure = _impact_outputs(tmp_path, classified)
    layer = QgsVectorLayer(zones, "zones", "ogr")
    with edit(layer):
        for feature in layer.getFeatures("site_id = 'S03' AND pathway = 'footprint'"):
            layer.changeAttributeValue(feature.id(), layer.fields().indexOf("pathway"), "hunting")
    del layer
    result = processing.run(
        "asm_pace:sitedossiers",
        {"WORKSPACE": workspace, "SITES": classified, "SITE_KEYS": "S02,S03", "IMPACT_ZONES": zones,
         **MAP_LAYERS, "OUTPUT_PDF": str(tmp_path / "legends.pdf")},
    )  # fmt: skip
    firsts = {
        re.search("^Site dossier: (S\\d\\d)", page, re.MULTILINE).group(1): " ".join(page.split())
        for page in pdf_pages(result["OUTPUT_PDF"])
        if re.search("^Site dossier:", page, re.MULTILINE)
    }
    footprint, offsite, hunting = (
        "Impact zones: Site footprint and immediate disturbance",
        "Impact zones: Off-site deforestation",
        "Impact zones: Hunting pressure",
    )
    assert footprint in firsts["S02"] and offsite in firsts["S02"] and hunting not in firsts["S02"]
    assert hunting in firsts["S03"] and offsite in firsts["S03"] and footprint not in firsts["S03"]
    assert "WWF priority landscapes" in firsts["S03"] and "WWF priority landscapes" not in firsts["S02"]
    assert "Protected areas" in firsts["S02"] and "This site" in firsts["S02"]


MEETING_WORDS = {  # S02's first page: the legend in words, names on the map, locator, coordinates
    "en": (
        "This site",
        "Protected areas",
        "Ecoregions",
        "Location: Dem. Rep. Congo",
        "Coordinates (WGS 84) 1.9000° S, 29.1000° E",
        "UTM (WGS 84) zone 35S, 733,602 E, 9,789,850 N",
        "Distance to the nearest protected area inside",
    ),
    "fr": (
        "Ce site",
        "Aires protégées",
        "Écorégions",
        "Localisation : Congo-Kinshasa",  # Unicode CLDR's name (resources/locator/country_names.json)
        "Coordonnées (WGS 84) 1,9000° S, 29,1000° E",
        "zone 35S, 733 602 E, 9 789 850 N",
        "à l'intérieur",
    ),
}
MONTHS = {
    "en": "January|February|March|April|May|June|July|August|September|October|November|December",
    "fr": "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
}


@pytest.mark.parametrize(("language", "choice"), [("en", 1), ("fr", 2)])
def test_a_dossier_from_the_sample_with_the_dialog_defaults_is_worth_a_meeting(
    assessed, compiled_translations, tmp_path, language, choice
):
    from qgis import processing
    from qgis.core import QgsProject, QgsVectorLayer

    from asm_pace_plugin.core.shared.paths import SAMPLE_LAYERS
    from asm_pace_plugin.ui.actions import sample_presets

    _classified, workspace, _keys, _names = assessed
    project = QgsProject.instance()
    loaded = [QgsVectorLayer(f"{GPKG}|layername={name}", name, "ogr") for name in SAMPLE_LAYERS]
    project.addMapLayers(loaded)
    try:
        presets = sample_presets("asm_pace:sitedossiers", project)
        sources = {key: [layer.source() for layer in layers] for key, layers in presets.items()}
    finally:
        project.removeMapLayers([layer.id() for layer in loaded])
    assert sources == {key: MAP_LAYERS[key] for key in ("LANDSCAPES", "ECOREGIONS")} | {
        "PROTECTED_AREAS": [f"{GPKG}|layername=protected_areas", f"{GPKG}|layername=protected_area_points"]
    }
    result = processing.run(
        "asm_pace:sitedossiers",
        {"WORKSPACE": workspace, **sources, "LANGUAGE": choice, "OUTPUT_PDF": str(tmp_path / "d.pdf")},
    )
    pages = pdf_pages(result["OUTPUT_PDF"])
    first = " ".join(next(page for page in pages if "S02 Kivalu" in page).split())  # its section's first
    missing = [words for words in MEETING_WORDS[language] if words not in first]
    assert missing == []
    assert first.count("Lac Kivalu Ramsar Site (synthetic)") >= 2  # in the table and named on the map
    assert "|" not in first and "0.0" not in first
    assert re.search(rf"\b({MONTHS[language]})\b", " ".join(pages[-1].split()))  # dates in words


def test_a_dossier_without_map_layers_says_so(assessed, tmp_path):
    from layers import LogFeedback
    from qgis import processing

    _classified, workspace, _keys, _names = assessed
    feedback = LogFeedback()
    result = processing.run(
        "asm_pace:sitedossiers",
        {
            "WORKSPACE": workspace,
            "SITE_KEYS": "S02",
            "OUTPUT_PDF": str(tmp_path / "bare.pdf"),
            "OUTPUT_HTML": "",
        },
        feedback=feedback,
    )
    assert "No map layer is given" in feedback.lines[0]  # first, before the dossier is written
    flat = " ".join(" ".join(pdf_pages(result["OUTPUT_PDF"])).split())
    assert "Map data: none given (the sites alone)" in flat


def test_an_xlsx_export_is_a_report_table_in_the_language_chosen(assessed, compiled_translations, tmp_path):
    from qgis import processing
    from qgis.core import QgsVectorLayer

    from asm_pace_plugin.core.shared import compat

    _classified, workspace, keys, _names = assessed
    result = processing.run(
        "asm_pace:exportassessments",
        {"WORKSPACE": workspace, "LANGUAGE": 2, "OUTPUT": str(tmp_path / "rapport.xlsx"),
         "STAKEHOLDERS": str(tmp_path / "parties.xlsx")},
    )  # fmt: skip
    table = QgsVectorLayer(result["OUTPUT"], "rapport", "ogr")
    names = table.fields().names()
    assert {"Classe PACE", "Type de gisement", "Décision", "Décidé le (UTC)"} <= set(names), names
    assert not {"pace_class", "deposit_type", "decided_at", "mercury_use"} & set(names)
    rows = {row["Clé du site"]: row for row in table.getFeatures()}
    assert list(rows) == keys
    assert rows["S02"]["Classe PACE"] == "Dans une aire protégée"
    assert table.fields().field("Décidé le (UTC)").type() == compat.FIELD_DATETIME
    assert rows["S02"]["Décidé le (UTC)"].date().year() >= 2026  # a date, not a text
    people = QgsVectorLayer(result["STAKEHOLDERS"], "parties", "ogr")
    shown = [(row["Groupe"], row["Quadrant"]) for row in people.getFeatures()]
    assert shown and not any("_" in group or "_" in quadrant for group, quadrant in shown)
    del table, people
    codes = processing.run(
        "asm_pace:exportassessments",
        {"WORKSPACE": workspace, "LANGUAGE": 2, "CODES": True, "OUTPUT": str(tmp_path / "codes.xlsx")},
    )
    coded = QgsVectorLayer(codes["OUTPUT"], "codes", "ogr")
    assert {"site_key", "pace_class", "decided_at"} <= set(coded.fields().names())
    assert {row["pace_class"] for row in coded.getFeatures()} >= {"protected_area"}


@pytest.mark.parametrize(
    ("language", "left_out", "dossiers", "exported"),
    [
        ("en", "2 contacts and 2 sensitive stakeholders", "1 dossier", "1 site exported"),
        ("fr", "2 contacts et 2 parties prenantes sensibles", "1 dossier", "1 site exporté"),
        ("es", "2 contactos y 2 actores sensibles", "1 expediente", "1 sitio exportado"),
        ("pt", "2 contatos e 2 atores sensíveis", "1 dossiê", "1 local exportado"),
    ],
)
def test_the_logs_count_in_words_of_qgis_s_language(
    assessed, compiled_translations, tmp_path, language, left_out, dossiers, exported
):
    """The dossier's and the export's logs say "2 contacts", "1 dossier", never "contact(s)"."""
    from layers import LogFeedback, run_algorithm

    from asm_pace_plugin.core.shared import i18n

    _classified, workspace, _keys, _names = assessed
    i18n.install_translator(language)
    try:
        dossier_log, export_log = LogFeedback(), LogFeedback()
        run_algorithm(
            "asm_pace:sitedossiers",
            {"WORKSPACE": workspace, "SITE_KEYS": "S02", "OUTPUT_PDF": str(tmp_path / "d.pdf")},
            dossier_log,
        )
        run_algorithm(
            "asm_pace:exportassessments",
            {"WORKSPACE": workspace, "SITE_KEYS": "S02", "OUTPUT": str(tmp_path / "a.csv")},
            export_log,
        )
    finally:
        i18n.remove_translator()
    for log in (dossier_log, export_log):
        text = "\n".join(log.lines)
        assert "(s)" not in text and left_out in text, text
    assert dossiers in "\n".join(dossier_log.lines) and exported in "\n".join(export_log.lines)


def test_the_maps_draw_each_site_s_own_mercury_corridors(assessed, tmp_path):
    """The corridors of Downstream trace go on the map of the site they come from, named in the
    legend and in the map's sources; a site without a corridor has none in its legend."""
    from qgis import processing
    from qgis.core import QgsVectorLayer

    classified, workspace, _keys, _names = assessed
    traced = processing.run(
        "asm_pace:downstreamtrace",
        {"SITES": classified, "SITE_ID_FIELD": "site_code", "RIVERS": f"{GPKG}|layername=rivers",
         "OUTPUT": str(tmp_path / "traces.gpkg"), "CORRIDOR": str(tmp_path / "corridors.gpkg")},
    )  # fmt: skip
    corridors = QgsVectorLayer(traced["CORRIDOR"], "corridors", "ogr")
    with_corridor = sorted({str(feature["site_id"]) for feature in corridors.getFeatures()})
    without = sorted(
        {str(f["site_code"]) for f in QgsVectorLayer(classified).getFeatures()} - set(with_corridor)
    )
    del corridors
    assert with_corridor and without
    chosen = (with_corridor[0], without[0])
    result = processing.run(
        "asm_pace:sitedossiers",
        {"WORKSPACE": workspace, "SITES": classified, "SITE_KEYS": ",".join(chosen),
         "CORRIDORS": traced["CORRIDOR"], "OUTPUT_PDF": str(tmp_path / "corridors.pdf")},
    )  # fmt: skip
    firsts = {
        re.search("^Site dossier: (S\\d\\d)", page, re.MULTILINE).group(1): " ".join(page.split())
        for page in pdf_pages(result["OUTPUT_PDF"])
        if re.search("^Site dossier:", page, re.MULTILINE)
    }
    assert "Mercury and sediment corridors" in firsts[chosen[0]]
    assert "Mercury and sediment corridors" not in firsts[chosen[1]]
    assert "corridors.gpkg" in firsts[chosen[0]]  # the map's sources name it
