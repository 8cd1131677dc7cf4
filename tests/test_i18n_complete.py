"""Every text of the plugin in French, Spanish and Portuguese: the .ts files hold every text of
the code, each translated and finished, with its placeholders and plural forms; so do the
catalogues; and every text the running plugin asks Qt for is one the .ts files hold."""

import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from asm_pace_plugin.core.assessment.catalogues import load_catalogues
from asm_pace_plugin.core.impacts import pathways
from asm_pace_plugin.core.shared import i18n
from asm_pace_plugin.core.shared.catalogue_texts import TRANSLATED_FILES, TRANSLATIONS_DIR
from asm_pace_plugin.core.shared.paths import CATALOGUES_DIR, PLUGIN_DIR

LANGUAGES = ("fr", "es", "pt")
PLURAL_FORMS = {"fr": 2, "es": 2, "pt": 2}  # Qt's plural rules: one / other
# {name}, {name!r}, {:g}, {} and %n must come through a translation exactly, in any order.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")
REPO = PLUGIN_DIR.parent


def ts_path(language):
    return i18n.I18N_DIR / f"asm_pace_{language}.ts"


def messages(path):
    """(context, source, translation element, numerus) of every message still in the code."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            found.append((name, message.findtext("source"), translation, message.get("numerus") == "yes"))
    return found


def forms(translation, numerus):
    return (
        [form.text or "" for form in translation.iter("numerusform")] if numerus else [translation.text or ""]
    )


@pytest.fixture(scope="module")
def texts_of_the_code(tmp_path_factory):
    """{(context, source)} that `make ts` finds in the code now (written into a throw-away .ts)."""
    target = tmp_path_factory.mktemp("ts") / "asm_pace_plugin" / "i18n" / "asm_pace_fr.ts"
    target.parent.mkdir(parents=True)
    shutil.copy(ts_path("fr"), target)
    subprocess.run(
        [sys.executable, str(REPO / "tools" / "update_translations.py"), str(target)], check=True, cwd=REPO
    )
    return {(context, source) for context, source, _t, _n in messages(target)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_files_hold_every_text_of_the_code_and_no_other(texts_of_the_code, language):
    held = {(context, source) for context, source, _t, _n in messages(ts_path(language))}
    assert not sorted(texts_of_the_code - held), "new texts: run `make ts` and translate them"
    assert not sorted(held - texts_of_the_code), "texts gone from the code: run `make ts`"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated_and_finished(language):
    problems = [
        (context, source)
        for context, source, translation, numerus in messages(ts_path(language))
        if translation.get("type") == "unfinished"
        or not all(form.strip() for form in forms(translation, numerus))
    ]
    assert not problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders_and_give_every_plural_form(language):
    problems = []
    for context, source, translation, numerus in messages(ts_path(language)):
        expected = sorted(PLACEHOLDER.findall(source))
        given = forms(translation, numerus)
        if numerus and len(given) != PLURAL_FORMS[language]:
            problems.append((context, source, f"{len(given)} plural forms"))
        problems += [
            (context, source, form) for form in given if sorted(PLACEHOLDER.findall(form)) != expected
        ]
    assert not problems


def test_the_check_of_placeholders_catches_a_lost_one():
    assert sorted(PLACEHOLDER.findall("{name} has %n site(s), not {count:g}")) != sorted(
        PLACEHOLDER.findall("{name} a %n site(s)")
    )


def catalogue_texts_in_english():
    """{catalogue file: [texts a person reads]} of the shipped catalogues."""
    english = load_catalogues(language="en")
    return {
        "approaches.json": [t for a in english.approaches for t in (a.name, a.description, a.caution) if t],
        "stakeholder_groups.json": [t for g in english.groups for t in (g.name, g.description) if t],
        "relation_types.json": [r.name for r in english.relation_types],
        "context_questions.json": [t for q in english.questions for t in (q.text, *dict(q.choices).values())],
        "fit_rules.json": [r.reason for r in english.rules],
        "impact_pathways.csv": [
            t for p in pathways.load_catalogue().values() for t in (p.label, p.notes, p.source) if t
        ],
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_catalogue_text_is_translated(language):
    with i18n.writing_in("en"):
        english = catalogue_texts_in_english()
    assert set(english) == set(TRANSLATED_FILES)
    translations = json.loads((CATALOGUES_DIR / TRANSLATIONS_DIR / f"{language}.json").read_text("utf-8"))
    missing = [
        (name, text) for name, texts in english.items() for text in texts if text not in translations[name]
    ]
    stale = [(name, text) for name in english for text in translations[name] if text not in english[name]]
    assert not missing
    assert not stale


class RecordingTranslator(QTranslator):
    """Installed last, asked first: records every (context, text) the plugin asks Qt to translate."""

    def __init__(self):
        super().__init__()
        self.asked = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source))
        return ""


def plugin_contexts():
    """The contexts the plugin's texts may use: the .ts contexts and the plugin's class names."""
    names = {context for context, _s, _t, _n in messages(ts_path("fr"))}
    for path in PLUGIN_DIR.rglob("*.py"):
        names |= {
            node.name
            for node in ast.walk(ast.parse(path.read_text("utf-8")))
            if isinstance(node, ast.ClassDef)
        }
    return names


def test_every_text_the_running_plugin_asks_for_is_in_the_ts_files(provider, qtbot, tmp_path):
    from asm_pace_plugin.ui.assessment_dock import AssessmentDock

    recorder = RecordingTranslator()
    QCoreApplication.installTranslator(recorder)
    try:
        for algorithm in provider.algorithms():
            fresh = algorithm.createInstance()
            fresh.initAlgorithm({})
            fresh.displayName(), fresh.group(), fresh.shortHelpString(), fresh.tags()
            for definition in fresh.parameterDefinitions():
                definition.description(), definition.help()
        dock = AssessmentDock()
        qtbot.addWidget(dock)
    finally:
        QCoreApplication.removeTranslator(recorder)
    contexts = plugin_contexts()
    ours = {(context, source) for context, source in recorder.asked if context in contexts}
    held = {(context, source) for context, source, _t, _n in messages(ts_path("fr"))}
    assert len(ours) > 100
    assert not sorted(ours - held), "asked for under a context pylupdate5 does not see"
