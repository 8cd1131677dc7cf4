"""The dossier's pages as a reader sees them: a heading never alone at the foot of a page, table
headers inside their row, an e-mail broken after its @ or a dot, never inside a word."""

import subprocess

import pytest
from qgis.core import QgsLayoutItemLabel, QgsProject

from asm_pace_plugin.core.assessment.dossier import STAKEHOLDER_TABLE, TABLE, TEXT
from asm_pace_plugin.rendering import dossier_layout, layout_pages
from asm_pace_plugin.rendering.dossier_layout import DossierLayout
from asm_pace_plugin.rendering.layout_tables import BREAK_AFTER, TextMeasure


def test_an_e_mail_too_wide_for_its_cell_breaks_after_its_at_sign_or_a_dot():
    measure = TextMeasure()
    address = "buying.office.of.the.cooperative@kamituga-minerals.example"
    lines = measure.fitting(address, 22).split("\n")
    assert len(lines) > 1 and "".join(lines) == address
    assert all(line.endswith(BREAK_AFTER) for line in lines[:-1]), lines


def test_the_stakeholders_heading_goes_over_with_its_charts(provider, tmp_path):
    from qgis.PyQt.QtGui import QColor, QImage

    picture = tmp_path / "chart.png"
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.save(str(picture))
    project = QgsProject()
    layout = DossierLayout(project, None, [], "", tmp_path)
    layout.new_page("footer")
    # Room for the heading and its sentence, not for the charts under them.
    layout.y = layout_pages.BODY_BOTTOM - layout_pages.HEADING_HEIGHT - 3 * layout_pages.LINE_HEIGHT
    charts = {dossier_layout.GRID_CAPTION: picture, dossier_layout.NETWORK_CAPTION: picture}
    listed = [
        ("Stakeholders", TEXT, ("Redaction applied, left out: 1 contact.",)),
        (STAKEHOLDER_TABLE, TABLE, (("Name",), [["Chief"]])),
    ]
    layout._sections(listed, None, charts, "footer")
    pages = {
        item.text(): item.page()
        for item in layout.layout.items()
        if isinstance(item, QgsLayoutItemLabel) and item.text() in ("Stakeholders", STAKEHOLDER_TABLE)
    }
    assert layout.pages == 2 and pages == {"Stakeholders": 1, STAKEHOLDER_TABLE: 1}  # 0-based: page 2
    layout = None
    project.clear()


def _words(pdf, page):
    """{word: (x min, y min)} of the words on a page of a PDF (pdftotext's bounding boxes)."""
    import re
    import unicodedata

    boxes = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    found = {}
    for x_min, y_min, word in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', boxes):
        found.setdefault(unicodedata.normalize("NFKC", word), (float(x_min), float(y_min)))  # ﬂ: fl
    return found


@pytest.mark.parametrize(
    ("language", "choice", "influence"), [("fr", 2, "Influence"), ("pt", 4, "Influência")]
)
def test_table_headers_of_two_lines_stay_in_their_row(provider, compiled_translations, tmp_path, language,
                                                       choice, influence):  # fmt: skip
    import sample_workspace
    from layers import classify_sample
    from qgis import processing
    from qgis.core import QgsVectorLayer
    from sample_data import SAMPLE_COPY

    classify_sample(f"{SAMPLE_COPY}|layername=sites", str(tmp_path / "classified.gpkg"))
    sample_workspace.build(tmp_path / "w.gpkg", QgsVectorLayer(str(tmp_path / "classified.gpkg"), "c", "ogr"))
    result = processing.run(
        "asm_pace:sitedossiers",
        {"WORKSPACE": str(tmp_path / "w.gpkg"), "SITE_KEYS": "S02", "LANGUAGE": choice,
         "OUTPUT_PDF": str(tmp_path / "d.pdf"), "OUTPUT_HTML": ""},
    )  # fmt: skip
    page = next(
        number
        for number in range(1, result["PAGE_COUNT"] + 1)
        if influence in _words(result["OUTPUT_PDF"], number)
    )
    words = _words(result["OUTPUT_PDF"], page)
    name_header = {"fr": "Nom", "pt": "Nome"}[language]
    # The first line of a two-line header starts where a one-line header does: inside the row.
    assert words[influence][1] >= words[name_header][1] - 0.5
