"""The plugin in French, Spanish and Portuguese: language choice, translator life cycle, formats."""

import json
import shutil
from datetime import datetime, timezone

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from asm_pace_plugin import classFactory
from asm_pace_plugin.core.assessment.catalogues import load_catalogues
from asm_pace_plugin.core.impacts import pathways
from asm_pace_plugin.core.shared import i18n
from asm_pace_plugin.core.shared.errors import CatalogueError, InputError
from asm_pace_plugin.core.shared.paths import CATALOGUES_DIR

MENU_ENTRY = ("AsmPacePlugin", "Load synthetic sample data")
MENU_ENTRY_IN = {
    "fr": "Charger les données d'exemple synthétiques",
    "es": "Cargar los datos de ejemplo sintéticos",
    "pt": "Carregar os dados de exemplo sintéticos",
}


@pytest.fixture()
def qgis_locale(qgis_app):
    """Set QGIS's locale setting (override flag and user locale) for one test; restored after."""
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}

    def choose(user_locale, override=True):
        settings.setValue("locale/overrideFlag", override)
        settings.setValue("locale/userLocale", user_locale)

    yield choose
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)
    i18n.remove_translator()


@pytest.mark.parametrize(
    ("locale_name", "language"),
    [
        ("fr", "fr"),
        ("fr_CD", "fr"),
        ("fr-CA", "fr"),
        ("es_CO", "es"),
        ("pt_BR", "pt"),
        ("pt_PT.UTF-8", "pt"),
        ("en_US", "en"),
        ("de_DE", "en"),
        ("C", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_a_regional_variant_takes_its_language_and_unknown_ones_english(locale_name, language):
    assert i18n.language_of(locale_name) == language


def test_the_language_follows_the_users_override_of_qgis_locale(qgis_locale):
    qgis_locale("fr_CD")
    assert i18n.qgis_language() == "fr"
    qgis_locale("es_CO")
    assert i18n.qgis_language() == "es"
    qgis_locale("pt_BR", override=False)  # without the override flag QGIS follows the system
    assert i18n.qgis_locale_name() != "pt_BR"


@pytest.mark.parametrize("language", sorted(MENU_ENTRY_IN))
def test_the_plugin_installs_its_translator_on_load_and_removes_it_on_unload(
    compiled_translations, qgis_locale, language
):
    qgis_locale({"fr": "fr_CD", "es": "es_CO", "pt": "pt_BR"}[language])
    plugin = classFactory(None)
    try:
        assert plugin.language == language
        assert QCoreApplication.translate(*MENU_ENTRY) == MENU_ENTRY_IN[language]
    finally:
        plugin.unload()
    assert QCoreApplication.translate(*MENU_ENTRY) == MENU_ENTRY[1]


def test_an_unknown_locale_leaves_the_plugin_in_english(compiled_translations, qgis_locale):
    qgis_locale("de_DE")
    plugin = classFactory(None)
    try:
        assert plugin.language == "en"
        assert QCoreApplication.translate(*MENU_ENTRY) == MENU_ENTRY[1]
    finally:
        plugin.unload()


def test_writing_in_a_language_other_than_qgis_s(compiled_translations, qgis_locale):
    qgis_locale("fr_FR")
    i18n.install_translator()
    with i18n.writing_in("pt"):
        assert i18n.translate(*MENU_ENTRY) == MENU_ENTRY_IN["pt"]
        with i18n.writing_in("en"):
            assert i18n.translate(*MENU_ENTRY) == MENU_ENTRY[1]
        assert i18n.current_language() == "pt"
    assert i18n.translate(*MENU_ENTRY) == MENU_ENTRY_IN["fr"]
    assert i18n.current_language() == "fr"


@pytest.mark.parametrize(
    ("language", "area", "share", "day", "stamp"),
    [
        ("en", "12,346", "25.3", "March 7, 2026", "March 7, 2026 2:05 PM"),
        ("fr", "12\u202f346", "25,3", "7 mars 2026", "7 mars 2026 14:05"),
        ("es", "12.346", "25,3", "7 de marzo de 2026", "7 de marzo de 2026 14:05"),
        ("pt", "12.346", "25,3", "7 de março de 2026", "7 de março de 2026 14:05"),
    ],
)
def test_numbers_and_dates_are_written_as_the_language_writes_them(language, area, share, day, stamp):
    moment = datetime(2026, 3, 7, 14, 5, tzinfo=timezone.utc)
    with i18n.writing_in(language):
        # Qt's French group separator differs between Qt versions (space, no-break or narrow no-break).
        assert i18n.number(12345.6).replace("\xa0", "\u202f").replace(" ", "\u202f") == area
        assert i18n.number(25.26, 1) == share
        assert i18n.date(moment) == day
        assert i18n.date("2026-03-07T14:05:00.000Z", with_time=True) == stamp
        assert i18n.date("not a date") == "not a date"
        assert i18n.number(None) == ""


def test_catalogues_load_in_the_language_asked_with_their_ids_unchanged():
    english = load_catalogues(language="en")
    french = load_catalogues(language="fr")
    assert french.approach("exclusion").name == "Exclusion et répression (expulsion)"
    assert french.group("pa_authority").name == "Gestionnaire de l'aire protégée et écogardes"
    assert dict(french.question("armed_actors").choices)["controlling"] == "ils contrôlent ou taxent le site"
    assert [a.id for a in french.approaches] == [a.id for a in english.approaches]
    assert [(r.id, r.effect, r.answers) for r in french.rules] == [
        (r.id, r.effect, r.answers) for r in english.rules
    ]
    with i18n.writing_in("es"):
        assert load_catalogues().relation_type("conflict").name == "Conflicto"
        assert pathways.load_catalogue()["hunting"].label == "Presión de caza"
    assert pathways.load_catalogue()["hunting"].label == "Hunting pressure"


def test_a_catalogue_text_edited_in_english_shows_in_english_until_translated(tmp_path):
    directory = tmp_path / "catalogues"
    shutil.copytree(CATALOGUES_DIR, directory)
    path = directory / "relation_types.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"Tension"', '"Friction"'), encoding="utf-8")
    french = load_catalogues(directory, language="pt")
    assert french.relation_type("tension").name == "Friction"
    assert french.relation_type("conflict").name == "Conflito"


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (
            lambda data: data["fit_rules.json"].update(
                {next(iter(data["fit_rules.json"])): "{pace_class} !"}
            ),
            "placeholders",
        ),
        (lambda data: data.update({"approches.json": {}}), "not a catalogue file"),
        (lambda data: data["approaches.json"].update({"Participatory zoning": " "}), "needs a translation"),
    ],
)
def test_a_broken_catalogue_translation_is_refused_with_its_file_and_entry(tmp_path, edit, problem):
    directory = tmp_path / "catalogues"
    shutil.copytree(CATALOGUES_DIR, directory)
    path = directory / "i18n" / "fr.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CatalogueError, match=problem) as raised:
        load_catalogues(directory, language="fr")
    assert "fr.json" in str(raised.value)
    assert load_catalogues(directory, language="es").approach("exclusion").name.startswith("Exclusión")


def test_an_unreadable_catalogue_translation_stops_the_impact_algorithms_with_a_sentence(tmp_path):
    directory = tmp_path / "catalogues"
    shutil.copytree(CATALOGUES_DIR, directory)
    (directory / "i18n" / "pt.json").write_bytes(b"\x00\xff not json")
    with i18n.writing_in("pt"), pytest.raises(InputError, match=r"pt\.json: JSON ilegível"):
        pathways.load_catalogue(directory / "impact_pathways.csv")


QGIS_PROCESS_NAMES = {
    "fr": ("Classer les sites (PACE)", "Zones d'impact", "Tracé vers l'aval", "Dossiers de sites"),
    "es": (
        "Clasificar los sitios (PACE)",
        "Zonas de impacto",
        "Trazado aguas abajo",
        "Expedientes de sitios",
    ),
    "pt": ("Classificar os locais (PACE)", "Zonas de impacto", "Traçado a jusante", "Dossiês dos locais"),
}
# Each algorithm's name as its help under a profile in that language must begin.
ALGORITHM_NAMES = {
    "fr": {
        "classifysites": "Classer les sites (PACE)",
        "impactzones": "Zones d'impact",
        "downstreamtrace": "Tracé vers l'aval (mercure et sédiments)",
        "papressure": "Pression sur les aires protégées",
        "sitedossiers": "Dossiers de sites",
        "exportassessments": "Exporter les évaluations (table)",
    },
    "es": {
        "classifysites": "Clasificar los sitios (PACE)",
        "impactzones": "Zonas de impacto",
        "downstreamtrace": "Trazado aguas abajo (mercurio y sedimentos)",
        "papressure": "Presión sobre las áreas protegidas",
        "sitedossiers": "Expedientes de sitios",
        "exportassessments": "Exportar las evaluaciones (tabla)",
    },
    "pt": {
        "classifysites": "Classificar os locais (PACE)",
        "impactzones": "Zonas de impacto",
        "downstreamtrace": "Traçado a jusante (mercúrio e sedimentos)",
        "papressure": "Pressão sobre as áreas protegidas",
        "sitedossiers": "Dossiês dos locais",
        "exportassessments": "Exportar as avaliações (tabela)",
    },
}
QGIS_PROCESS_HELP = {
    "fr": ("aire protégée", "Sites miniers", "Paysages prioritaires du WWF"),
    "es": ("área protegida", "Sitios mineros", "Paisajes prioritarios del WWF"),
    "pt": ("área protegida", "Locais de mineração", "Paisagens prioritárias do WWF"),
}


@pytest.mark.slow
@pytest.mark.parametrize(("language", "user_locale"), [("fr", "fr_CD"), ("es", "es_CO"), ("pt", "pt_BR")])
def test_qgis_process_speaks_the_profile_s_language(compiled_translations, tmp_path, language, user_locale):
    import qgis_process_runner

    home = tmp_path / "home"
    qgis_process_runner.enable_plugin(home)
    settings = home / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    with settings.open("a", encoding="utf-8") as ini:
        ini.write(f"\n[locale]\noverrideFlag=true\nuserLocale={user_locale}\n")
    listing = qgis_process_runner.run(["list"], home)
    assert listing.returncode == 0, listing.stderr
    assert all(name in listing.stdout for name in QGIS_PROCESS_NAMES[language]), listing.stdout
    shown = qgis_process_runner.run(["help", "asm_pace:classifysites"], home)
    assert shown.returncode == 0, shown.stderr
    assert all(text in shown.stdout for text in QGIS_PROCESS_HELP[language]), shown.stdout
    assert "WWF priority landscapes" not in shown.stdout and "Mining sites" not in shown.stdout
    for name, title in ALGORITHM_NAMES[language].items():
        shown = qgis_process_runner.run(["help", f"asm_pace:{name}"], home)
        assert shown.stdout.startswith(f"{title} (asm_pace:{name})"), shown.stdout[:300]
