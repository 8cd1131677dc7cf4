"""What the runs say to an officer, in QGIS's language: the classes by their names, the pathways by
their names, the catalogue's sources of distances translated in the log and in the zones' table
(the stored values stay the codes that scripts read)."""

import pytest
from layers import LogFeedback, memory_layer, run_algorithm, sample
from qgis.core import QgsApplication, QgsVectorLayer

from asm_pace_plugin.core.screening import pace
from asm_pace_plugin.core.shared import i18n

PROTECTED_AREAS = [sample("protected_areas"), sample("protected_area_points")]
ZONE = "POLYGON((28.4 -1.6, 28.6 -1.6, 28.6 -1.4, 28.4 -1.4, 28.4 -1.6))"
CLASS_NAMES = {
    "fr": ("Dans une aire protégée : 6", "Hors PACE (en dehors de toutes les couches testées) : 2"),
    "es": ("En un área protegida: 6", "Fuera de PACE (fuera de todas las capas evaluadas): 2"),
    "pt": ("Em uma área protegida: 6", "Fora do PACE (fora de todas as camadas testadas): 2"),
    "en": ("In a protected area: 6", "Not PACE (outside all tested layers): 2"),
}


def run_in(language, algorithm_id, parameters):
    """The run's log, with QGIS in `language`."""
    i18n.install_translator(language)
    try:
        log = LogFeedback()
        run_algorithm(algorithm_id, parameters, log)
    finally:
        i18n.remove_translator()
    return log


@pytest.mark.parametrize("language", ["fr", "es", "pt", "en"])
def test_the_classification_counts_each_class_by_its_name(provider, compiled_translations, language):
    parameters = {
        "SITES": sample("sites"),
        "PROTECTED_AREAS": PROTECTED_AREAS,
        "LANDSCAPES": sample("landscapes"),
        "ECOREGIONS": sample("ecoregions"),
        "OUTPUT": "memory:",
    }
    log = run_in(language, "asm_pace:classifysites", parameters)
    closing = [line for line in log.lines if not line.startswith("Results:")][-1]
    assert all(name in closing for name in CLASS_NAMES[language]), closing
    assert not [code for code in pace.ALL_CLASSES if code in closing], closing


def zones_in_french(tmp_path):
    """Impact zones of two sites in French, one with its own hunting distance: (log, zones as opened)."""
    sites = memory_layer(
        "Point",
        "EPSG:4326",
        ["code:string", "hunt_m:double", "hunt:string"],
        [("POINT(28.5 -1.5)", ["A", 8000, "yes"]), ("POINT(28.7 -1.5)", ["B", None, "no"])],
    )
    output = tmp_path / "zones.gpkg"
    parameters = {
        "SITES": sites,
        "PATHWAYS": "footprint,hunting",
        "DISTANCE_FIELDS": "hunting=hunt_m",
        "SWITCH_FIELDS": "hunting=hunt",
        "OUTPUT": str(output),
    }
    log = run_in("fr", "asm_pace:impactzones", parameters)
    i18n.install_translator("fr")  # the value maps are read back in the officer's language
    return log, QgsVectorLayer(str(output), "zones", "ogr")


def shown(layer, field, value):
    """The value as the attribute table shows it (the field's editor widget)."""
    index = layer.fields().indexOf(field)
    setup = layer.editorWidgetSetup(index)
    formatter = QgsApplication.fieldFormatterRegistry().fieldFormatter(setup.type())
    return formatter.representValue(layer, index, setup.config(), None, value)


def test_impact_zones_say_pathways_and_sources_in_french_and_store_the_codes(
    provider, compiled_translations, tmp_path
):
    try:
        log, zones = zones_in_french(tmp_path)
        assert "Pression de chasse : 1 site sans cette zone (désactivé)." in log.lines
        assert "(catalogue : valeur par défaut choisie par ASM-PACE)" in log.text()
        assert not [line for line in log.lines if "hunting" in line or "default" in line]
        stored = {feature["pathway"]: feature["dist_src"] for feature in zones.getFeatures()}
        assert stored == {"footprint": "catalogue: ASM-PACE design default", "hunting": "field hunt_m"}
        assert shown(zones, "dist_src", stored["footprint"]) == (
            "catalogue : valeur par défaut choisie par ASM-PACE"
        )
        assert shown(zones, "dist_src", "field hunt_m") == "champ par site hunt_m"
        assert shown(zones, "confidence", "low") == "faible"
    finally:
        i18n.remove_translator()


READ_FIELDS = {
    "fr": (
        "asm_pace_sample (protected_areas) : WDPA (schéma classique) ; champs lus : identifiant = WDPAID, "
        "nom = NAME, désignation = DESIG_ENG, type de désignation = DESIG_TYPE, catégorie UICN = IUCN_CAT, "
        "statut = STATUS, gouvernance = GOV_TYPE, superficie déclarée = REP_AREA",
        "asm_pace_sample (national_protected_areas) : couche nationale ou autre ; champs lus : identifiant = "
        "ID_AP, nom = NOM_AP, désignation = TYPE_AP, catégorie UICN = CAT_IUCN",
    ),
    "es": (
        "asm_pace_sample (protected_areas): WDPA (esquema clásico); campos leídos: identificador = WDPAID, "
        "nombre = NAME, designación = DESIG_ENG, tipo de designación = DESIG_TYPE, "
        "categoría UICN = IUCN_CAT, estado = STATUS, gobernanza = GOV_TYPE, superficie declarada = REP_AREA",
        "asm_pace_sample (national_protected_areas): capa nacional u otra; campos leídos: identificador = "
        "ID_AP, nombre = NOM_AP, designación = TYPE_AP, categoría UICN = CAT_IUCN",
    ),
    "pt": (
        "asm_pace_sample (protected_areas): WDPA (esquema clássico); campos lidos: identificador = WDPAID, "
        "nome = NAME, designação = DESIG_ENG, tipo de designação = DESIG_TYPE, categoria UICN = IUCN_CAT, "
        "situação = STATUS, governança = GOV_TYPE, área declarada = REP_AREA",
        "asm_pace_sample (national_protected_areas): camada nacional ou outra; campos lidos: identificador = "
        "ID_AP, nome = NOM_AP, designação = TYPE_AP, categoria UICN = CAT_IUCN",
    ),
}


@pytest.mark.parametrize("algorithm_id", ["asm_pace:classifysites", "asm_pace:papressure"])
@pytest.mark.parametrize("language", ["fr", "es", "pt"])
def test_the_protected_areas_log_says_the_fields_it_reads_as_an_officer_reads_them(
    provider, compiled_translations, algorithm_id, language
):
    zones = memory_layer(
        "Polygon", "EPSG:4326", ["site_id:string", "pathway:string"], [(ZONE, ["S01", "hunting"])]
    )
    parameters = {
        "PROTECTED_AREAS": [sample("protected_areas"), sample("national_protected_areas")],
        "OUTPUT": "memory:",
        **({"ZONES": [zones]} if algorithm_id.endswith("pressure") else {"SITES": sample("sites")}),
    }
    log = run_in(language, algorithm_id, parameters)
    read = [line for line in log.lines if "NAME" in line or "NOM_AP" in line]
    assert read == list(READ_FIELDS[language]), log.text()


def test_the_distance_s_help_in_the_dialog_names_its_source_in_french(provider, compiled_translations):
    i18n.install_translator("fr")
    try:
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("asm_pace:impactzones")
        helps = {key: algorithm.parameterDefinition(key).help() for key in ("HUNTING_M", "FOOTPRINT_M")}
    finally:
        i18n.remove_translator()
    assert "(Mockrin et al. (bassins de chasse, pris comme approximation))" in helps["HUNTING_M"]
    assert "(valeur par défaut choisie par ASM-PACE)" in helps["FOOTPRINT_M"]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        (
            "fr",
            "asm_pace_sample (protected_areas) : entités utilisées : 5 sur 7 ; "
            "géométries invalides réparées : 1 ; écartées (réserve de biosphère MAB-UNESCO) : 1 ; "
            "écartées (statut non gardé) : 1",
        ),
        (
            "es",
            "asm_pace_sample (protected_areas): entidades usadas: 5 de 7; geometrías inválidas reparadas: 1; "
            "excluidas (reserva de la biosfera MAB-UNESCO): 1; excluidas (estado no conservado): 1",
        ),
        ("en", "asm_pace_sample (protected_area_points): features used: 1 of 2; points turned into circles"),
    ],
)
def test_each_layer_s_reading_is_counted_without_a_plural_to_get_wrong(
    provider, compiled_translations, language, line
):
    parameters = {"SITES": sample("sites"), "PROTECTED_AREAS": PROTECTED_AREAS, "OUTPUT": "memory:"}
    log = run_in(language, "asm_pace:classifysites", parameters)
    assert any(shown.startswith(line) for shown in log.lines), log.text()


def test_the_downstream_trace_writes_its_distances_as_the_language_writes_numbers(
    provider, compiled_translations
):
    import re

    parameters = {"SITES": sample("sites"), "RIVERS": sample("rivers"), "OUTPUT": "memory:"}
    text = run_in("fr", "asm_pace:downstreamtrace", parameters).text()
    assert re.search(r"Sites sans rivière à moins de 5\s000 m \(non tracés\) : S01", text), text
    assert re.search(r"sites tracés sur au plus 100\s000 m, 9 sans rivière à moins de 5\s000 m", text), text
