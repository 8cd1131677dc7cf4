"""What a dossier and the impact log write, in the officer's language: the zones' confidence and
source of distance, numbers of the scale bar, counted nouns, a calm sentence when nothing was
left out, and verdicts that agree with each approach's name."""

import pytest
from qgis.core import QgsNumericFormatContext

from asm_pace_plugin.core.assessment.approach_fit import RECOMMENDED, assess_site, verdict_label
from asm_pace_plugin.core.assessment.catalogues import load_catalogues
from asm_pace_plugin.core.assessment.dossier import ZONE_COLUMNS, Redaction, pathway_names, readable_table
from asm_pace_plugin.core.screening import pace
from asm_pace_plugin.core.shared import i18n

MOCKRIN = "Mockrin et al. (hunting catchments, used as a proxy)"
ZONE_ROW = ("hunting", "0", "10000", "31416", "low", f"catalogue: {MOCKRIN}")
ZONE_FIELDS = ("pathway", "inner_m", "dist_m", "area_ha", "confidence", "dist_src")


@pytest.mark.parametrize(
    ("language", "confidence", "source"),
    [
        ("en", "low", f"catalogue: {MOCKRIN}"),
        ("fr", "faible", "catalogue : Mockrin et al. (bassins de chasse, pris comme approximation)"),
        ("es", "baja", "catálogo: Mockrin et al. (zonas de caza, tomadas como aproximación)"),
        ("pt", "baixa", "catálogo: Mockrin et al. (áreas de caça, tomadas como aproximação)"),
    ],
)
def test_the_zone_table_says_confidence_and_source_in_the_dossier_s_language(
    compiled_translations, language, confidence, source
):
    with i18n.writing_in(language):
        _headers, rows = readable_table((ZONE_FIELDS, [list(ZONE_ROW)]), ZONE_COLUMNS, pathway_names())
        assert rows[0][-2:] == [confidence, source]
        medium = readable_table((ZONE_FIELDS, [[*ZONE_ROW[:4], "medium", "parameter"]]), ZONE_COLUMNS, {})
        assert "medium" not in medium[1][0] or language == "en"
        assert "parameter" not in medium[1][0][-1]


def test_the_impact_log_names_pathways_and_sources_in_qgis_s_language(provider, compiled_translations):
    from layers import LogFeedback, run_algorithm, sample

    i18n.install_translator("fr")
    try:
        feedback = LogFeedback()
        parameters = {"SITES": sample("sites"), "PATHWAYS": [2], "OUTPUT": "memory:"}
        run_algorithm("asm_pace:impactzones", parameters, feedback)
    finally:
        i18n.remove_translator()
    line = next(line for line in feedback.lines if line.startswith("Pression de chasse"))
    assert "(catalogue : Mockrin et al. (bassins de chasse, pris comme approximation))" in line
    assert not any("hunting catchments" in line for line in feedback.lines)


@pytest.mark.parametrize(("language", "shown"), [("en", "2.5"), ("fr", "2,5"), ("es", "2,5"), ("pt", "2,5")])
def test_the_scale_bar_writes_numbers_as_the_dossier_s_language(language, shown):
    from asm_pace_plugin.rendering.layout_maps import dossier_number_format

    with i18n.writing_in(language):
        assert dossier_number_format().formatDouble(2.5, QgsNumericFormatContext()) == shown


@pytest.mark.parametrize(
    ("language", "one_each", "none"),
    [
        ("en", "Redaction applied, left out: 1 contact and 1 sensitive stakeholder.", "Safe to share"),
        ("fr", "Données sensibles retirées : 1 contact et 1 partie prenante sensible.", "Partageable"),
        ("es", "Datos sensibles omitidos: 1 contacto y 1 actor sensible.", "Se puede compartir"),
        ("pt", "Dados sensíveis omitidos: 1 contato e 1 ator sensível.", "Pode ser compartilhado"),
    ],
)
def test_the_redaction_counts_in_words_and_is_calm_when_nothing_was_left_out(
    compiled_translations, language, one_each, none
):
    with i18n.writing_in(language):
        assert Redaction(True, 1, 1).sentence() == one_each
        assert "2" in Redaction(True, 2, 0).sentence() and "1" not in Redaction(True, 2, 0).sentence()
        calm = Redaction(True, 0, 0)
        assert calm.sentence().startswith(none) and "0" not in calm.sentence() and not calm.alarming
        assert Redaction(True, 0, 1).alarming and Redaction(False).alarming


@pytest.mark.parametrize(
    ("language", "relocation", "zoning", "livelihoods"),
    [
        ("en", "recommended", "recommended", "recommended"),
        ("fr", "recommandée", "recommandé", "recommandés"),
        ("es", "recomendada", "recomendada", "recomendados"),
        ("pt", "recomendada", "recomendado", "recomendados"),
    ],
)
def test_verdicts_agree_with_the_approach_s_name(
    compiled_translations, language, relocation, zoning, livelihoods
):
    with i18n.writing_in(language):
        catalogues = load_catalogues()
        shown = {
            approach_id: verdict_label(RECOMMENDED, catalogues.approach(approach_id).gender)
            for approach_id in ("negotiated_relocation", "participatory_zoning", "livelihoods")
        }
        assert shown == {
            "negotiated_relocation": relocation,
            "participatory_zoning": zoning,
            "livelihoods": livelihoods,
        }
        fits = {fit.approach_id: fit for fit in assess_site(catalogues, {}, pace.PROTECTED_AREA, "II")}
        assert fits["livelihoods"].gender == catalogues.approach("livelihoods").gender
