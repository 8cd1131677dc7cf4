"""Protected-area reports on Amazon Mining Watch's real footprints of Madre de Dios (Earth Genome,
CC BY 4.0, earthrise-media/mining-detector), read from ../shared/data/amw beside the repository,
never copied into it: a report per area in Spanish, ranked as the table of Mining over time says,
AMW's citation printed."""

import re
import unicodedata
from pathlib import Path

import pytest
from layers import features, run_algorithm
from qgis.core import QgsVectorLayer
from test_area_reports import pdf_text

AMW = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "amw"
CITATION = "Earth Genome, Amazon Mining Watch, github.com/earthrise-media/mining-detector (CC BY 4.0)"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (AMW / "footprints_madre_de_dios.geojson").exists(),
        reason=f"Amazon Mining Watch data not found at {AMW} (it is never copied into the repository)",
    ),
]


def test_reports_on_madre_de_dios_in_spanish_ranked_as_the_table_says(provider, tmp_path):
    mining = run_algorithm(
        "asm_pace:miningovertime",
        {
            "FOOTPRINTS": [str(AMW / "footprints_madre_de_dios.geojson")],
            "PROTECTED_AREAS": [str(AMW / "protected_areas_amw.geojson")],
            "PA_NAME_FIELD": "name_field",
            "PA_DESIGNATION_FIELD": "type_field",
            "OUTPUT": str(tmp_path / "mining.gpkg"),
            "FOOTPRINT_TABLE": str(tmp_path / "footprints.gpkg"),
        },
    )
    rows = features(QgsVectorLayer(mining["OUTPUT"], "mining", "ogr"))
    last = max(row["period"] for row in rows)
    latest = {
        row["area_id"]: (row["new_ha"], row["cum_ha"], row["area_name"])
        for row in rows
        if row["period"] == last
    }
    result = run_algorithm(
        "asm_pace:areareports",
        {
            "MINING": mining["OUTPUT"],
            "FOOTPRINT_TABLE": mining["FOOTPRINT_TABLE"],
            "PROTECTED_AREAS": [str(AMW / "protected_areas_amw.geojson")],
            "PA_NAME_FIELD": "name_field",
            "PA_DESIGNATION_FIELD": "type_field",
            "DATA_SOURCES": CITATION,
            "LANGUAGE": "es",
            "FORMAT": 1,
            "OUTPUT_FOLDER": str(tmp_path / "informes"),
        },
    )
    assert result["AREA_COUNT"] == len(latest) > 1
    assert len(list((tmp_path / "informes").glob("*.pdf"))) == len(latest) + 1
    text = unicodedata.normalize("NFKC", pdf_text(result["OUTPUT_PDF"], layout=False))
    ranking = text[text.index("Clasificación") : text.index("Minería en ", text.index("Clasificación"))]
    hectares = [
        float(value.replace(".", "").replace(",", ".")) for value in re.findall(r"([\d.,]+) ha\b", ranking)
    ]
    new = hectares[0::2]  # each row: the new mining of the last period, then all mining so far
    assert len(new) == len(latest) and new == sorted(new, reverse=True)
    assert [round(value) for value in new] == [round(latest_new) for latest_new, _cum, _name in sorted(
        latest.values(), key=lambda item: (-item[0], -item[1]))]  # fmt: skip
    assert "Earth Genome, Amazon Mining Watch" in " ".join(text.split())
