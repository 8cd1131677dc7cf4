"""The translations of the catalogues' texts: data beside the catalogues, as the catalogues are.

i18n/<language>.json holds, per catalogue file, its English texts and their translations, keyed by
the English text as Qt Linguist's .ts files are. A text an officer edits shows in English until its
translation follows; a translation that loses or adds a placeholder is refused like any other mistake.
"""

import json
import string
from dataclasses import dataclass
from pathlib import Path

from . import i18n
from .errors import CatalogueError
from .i18n import translate
from .paths import CATALOGUES_DIR

TRANSLATIONS_DIR = "i18n"
# The grammatical gender of an approach's name in a language, which its verdict agrees with:
# given per approach id under "grammatical_gender" in the translation (i18n/<language>.json).
MASCULINE, FEMININE, MASCULINE_PLURAL, FEMININE_PLURAL = (
    "masculine",
    "feminine",
    "masculine plural",
    "feminine plural",
)
GENDERS = (MASCULINE, FEMININE, MASCULINE_PLURAL, FEMININE_PLURAL)
GENDER_KEY = "grammatical_gender"


# The catalogue files whose texts (names, descriptions, questions, reasons, labels) are translated.
TRANSLATED_FILES = (
    "approaches.json",
    "stakeholder_groups.json",
    "relation_types.json",
    "context_questions.json",
    "fit_rules.json",
    "impact_pathways.csv",
)


def placeholders_of(text):
    return {name for _text_part, name, _spec, _conv in string.Formatter().parse(text) if name is not None}


@dataclass(frozen=True)
class CatalogueTexts:
    """The translations of catalogue texts into one language: {file name: {English: translation}}."""

    language: str = i18n.SOURCE_LANGUAGE
    by_file: tuple = ()  # ((file name, {English: translation}), ...)
    genders: tuple = ()  # ((approach id, grammatical gender), ...)

    def text(self, file_name, english):
        """The translation of `english` from catalogue `file_name`, or `english` where there is none."""
        return dict(self.by_file).get(file_name, {}).get(english) or english


def catalogue_texts(directory=CATALOGUES_DIR, language=None):
    """The CatalogueTexts of `language` (default: the language the plugin writes in now), checked."""
    language = i18n.language_of(language or i18n.current_language())
    path = Path(directory) / TRANSLATIONS_DIR / f"{language}.json"
    if language == i18n.SOURCE_LANGUAGE or not path.is_file():
        return CatalogueTexts(language)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CatalogueError(
            path, None, translate("Catalogues", "not readable JSON ({error})").format(error=error)
        ) from None
    if not isinstance(data, dict):
        raise CatalogueError(path, None, translate("Catalogues", "must be an object of catalogue files"))
    by_file, genders = [], ()
    for file_name, texts in data.items():
        if file_name in ("language", "note"):
            continue
        if file_name == GENDER_KEY:
            genders = _genders(path, texts)
            continue
        if file_name not in TRANSLATED_FILES:
            raise CatalogueError(
                path,
                file_name,
                translate("Catalogues", "not a catalogue file: one of {TRANSLATED_FILES}").format(
                    TRANSLATED_FILES=", ".join(TRANSLATED_FILES)
                ),
            )
        if not isinstance(texts, dict):
            raise CatalogueError(
                path, file_name, translate("Catalogues", "must map each English text to its translation")
            )
        for english, translated in texts.items():
            if not isinstance(translated, str) or not translated.strip():
                raise CatalogueError(
                    path, english[:60], translate("Catalogues", "needs a translation (a non-empty text)")
                )
            try:
                same = placeholders_of(english) == placeholders_of(translated)
            except ValueError:  # an unmatched brace
                same = False
            if not same:
                raise CatalogueError(
                    path,
                    english[:60],
                    translate("Catalogues", "the translation must keep the placeholders of the English text"),
                )
        by_file.append((file_name, dict(texts)))
    return CatalogueTexts(language, tuple(by_file), genders)


def _genders(path, genders):
    """((approach id, gender), ...) of a translation's grammatical_gender entry, checked."""
    if not isinstance(genders, dict) or not all(value in GENDERS for value in genders.values()):
        raise CatalogueError(
            path,
            GENDER_KEY,
            translate("Catalogues", "must give each approach id one of: {GENDERS}").format(
                GENDERS=", ".join(GENDERS)
            ),
        )
    return tuple(genders.items())
