"""The assessment catalogues (approaches, stakeholder groups, relation types, context questions,
fit rules): JSON data files a programme officer can edit, checked on load.

A mistake in a file raises CatalogueError naming the file and the entry, never a KeyError later.
Their texts are translated by data beside them (core/shared/catalogue_texts.py).
"""

import json
from dataclasses import dataclass, replace
from pathlib import Path

from ..screening import pace
from ..shared.catalogue_texts import (  # noqa: F401 (the genders: where approach_fit finds them)
    FEMININE,
    FEMININE_PLURAL,
    GENDERS,
    MASCULINE,
    MASCULINE_PLURAL,
    catalogue_texts,
    placeholders_of,
)
from ..shared.errors import CatalogueError
from ..shared.i18n import translate
from ..shared.paths import CATALOGUES_DIR

EFFECTS = ("recommended", "possible", "not_advisable")
UNKNOWN_ANSWER = "unknown"
REASON_PLACEHOLDERS = frozenset({"iucn_category", "pace_class"})
RULE_CONDITIONS = frozenset({"answers", "iucn_category", "pace_class"})


@dataclass(frozen=True)
class Approach:
    id: str
    name: str
    description: str
    sources: tuple
    caution: str = ""
    never_recommended_alone: bool = False
    gender: str = None  # in the language the catalogues were loaded in (None: English, or not given)


@dataclass(frozen=True)
class StakeholderGroup:
    id: str
    name: str
    description: str
    sensitive: bool = False


@dataclass(frozen=True)
class RelationType:
    id: str
    name: str
    colour: str


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    choices: tuple  # ((answer id, label), ...)


@dataclass(frozen=True)
class FitRule:
    id: str
    approach: str
    effect: str
    answers: tuple  # ((question id, frozenset of accepted answers), ...)
    iucn_categories: frozenset
    pace_classes: frozenset
    reason: str


@dataclass(frozen=True)
class Catalogues:
    approaches: tuple
    groups: tuple
    relation_types: tuple
    questions: tuple
    rules: tuple

    def approach(self, approach_id):
        return _by_id(self.approaches)[approach_id]

    def group(self, group_id):
        return _by_id(self.groups).get(group_id)

    def relation_type(self, type_id):
        return _by_id(self.relation_types).get(type_id)

    def question(self, question_id):
        return _by_id(self.questions)[question_id]


def _by_id(items):
    return {item.id: item for item in items}


def _read(path, list_key):
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogueError(path, None, translate("Catalogues", "file not found")) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CatalogueError(
            path, None, translate("Catalogues", "not readable JSON ({error})").format(error=error)
        ) from None
    entries = data.get(list_key) if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise CatalogueError(
            path,
            None,
            translate("Catalogues", "needs a non-empty list {list_key!r}").format(list_key=list_key),
        )
    seen = set()
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise CatalogueError(path, index, translate("Catalogues", "each entry must be an object"))
        entry_id = entry.get("id")
        if not isinstance(entry_id, str) or not entry_id.strip():
            raise CatalogueError(path, index, translate("Catalogues", "needs a text 'id'"))
        if entry_id in seen:
            raise CatalogueError(path, entry_id, translate("Catalogues", "id used twice"))
        seen.add(entry_id)
    return entries


def _text(path, entry, key, required=True):
    value = entry.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise CatalogueError(
            path, entry["id"], translate("Catalogues", "needs a text {key!r}").format(key=key)
        )
    return value


def _approaches(path):
    approaches = []
    for entry in _read(path, "approaches"):
        sources = entry.get("sources", [])
        if not isinstance(sources, list) or not all(isinstance(source, str) for source in sources):
            raise CatalogueError(
                path, entry["id"], translate("Catalogues", "'sources' must be a list of texts")
            )
        approaches.append(
            Approach(
                entry["id"],
                _text(path, entry, "name"),
                _text(path, entry, "description"),
                tuple(sources),
                _text(path, entry, "caution", required=False),
                bool(entry.get("never_recommended_alone", False)),
            )
        )
    return tuple(approaches)


def _groups(path):
    return tuple(
        StakeholderGroup(
            entry["id"],
            _text(path, entry, "name"),
            _text(path, entry, "description", required=False),
            bool(entry.get("sensitive", False)),
        )
        for entry in _read(path, "groups")
    )


def _relation_types(path):
    types = []
    for entry in _read(path, "relation_types"):
        colour = _text(path, entry, "colour")
        if len(colour) != 7 or not colour.startswith("#"):
            raise CatalogueError(
                path,
                entry["id"],
                translate("Catalogues", "colour {colour!r} is not #rrggbb").format(colour=colour),
            )
        types.append(RelationType(entry["id"], _text(path, entry, "name"), colour))
    return tuple(types)


def _questions(path):
    questions = []
    for entry in _read(path, "questions"):
        choices = entry.get("choices")
        if not isinstance(choices, list) or len(choices) < 2:
            raise CatalogueError(path, entry["id"], translate("Catalogues", "needs at least two 'choices'"))
        pairs = []
        for choice in choices:
            if not isinstance(choice, dict) or not isinstance(choice.get("id"), str):
                raise CatalogueError(
                    path, entry["id"], translate("Catalogues", "each choice needs an 'id' and a 'label'")
                )
            pairs.append((choice["id"], str(choice.get("label", choice["id"]))))
        if UNKNOWN_ANSWER not in dict(pairs):
            raise CatalogueError(
                path,
                entry["id"],
                translate("Catalogues", "choices must include {UNKNOWN_ANSWER!r}").format(
                    UNKNOWN_ANSWER=UNKNOWN_ANSWER
                ),
            )
        questions.append(Question(entry["id"], _text(path, entry, "text"), tuple(pairs)))
    return tuple(questions)


def _rules(path, approaches, questions):
    approach_ids = {approach.id for approach in approaches}
    choices = {question.id: dict(question.choices) for question in questions}
    rules = []
    for entry in _read(path, "rules"):
        rule_id = entry["id"]
        if entry.get("approach") not in approach_ids:
            raise CatalogueError(
                path,
                rule_id,
                translate("Catalogues", "unknown approach {value!r}").format(value=entry.get("approach")),
            )
        if entry.get("effect") not in EFFECTS:
            raise CatalogueError(
                path,
                rule_id,
                translate("Catalogues", "effect must be one of {EFFECTS}").format(EFFECTS=", ".join(EFFECTS)),
            )
        when = entry.get("when")
        if not isinstance(when, dict) or not when or set(when) - RULE_CONDITIONS:
            raise CatalogueError(
                path,
                rule_id,
                translate("Catalogues", "'when' needs conditions among {RULE_CONDITIONS}").format(
                    RULE_CONDITIONS=sorted(RULE_CONDITIONS)
                ),
            )
        answers = []
        for question_id, accepted in when.get("answers", {}).items():
            if question_id not in choices:
                raise CatalogueError(
                    path,
                    rule_id,
                    translate("Catalogues", "unknown question {question_id!r}").format(
                        question_id=question_id
                    ),
                )
            unknown = [answer for answer in accepted if answer not in choices[question_id]]
            if not accepted or unknown:
                raise CatalogueError(
                    path,
                    rule_id,
                    translate("Catalogues", "unknown answers {unknown} to {question_id!r}").format(
                        unknown=unknown, question_id=question_id
                    ),
                )
            answers.append((question_id, frozenset(accepted)))
        iucn = frozenset(when.get("iucn_category", []))
        if iucn - set(pace.IUCN_CATEGORIES):
            raise CatalogueError(
                path,
                rule_id,
                translate("Catalogues", "unknown IUCN categories {value}").format(
                    value=sorted(iucn - set(pace.IUCN_CATEGORIES))
                ),
            )
        classes = frozenset(when.get("pace_class", []))
        if classes - set(pace.ALL_CLASSES):
            raise CatalogueError(
                path,
                rule_id,
                translate("Catalogues", "unknown PACE classes {value}").format(
                    value=sorted(classes - set(pace.ALL_CLASSES))
                ),
            )
        reason = _text(path, entry, "reason")
        fields = placeholders_of(reason)
        if fields - REASON_PLACEHOLDERS:
            raise CatalogueError(
                path,
                rule_id,
                translate("Catalogues", "reason uses unknown placeholders {value}").format(
                    value=sorted(fields - REASON_PLACEHOLDERS)
                ),
            )
        rules.append(
            FitRule(rule_id, entry["approach"], entry["effect"], tuple(answers), iucn, classes, reason)
        )
    return tuple(rules)


def _translated(catalogues, texts):
    """The catalogues with their texts in the language of `texts` (ids, choices and rules unchanged)."""

    def text(file_name, english):
        return texts.text(file_name, english) if english else english

    return replace(
        catalogues,
        approaches=tuple(
            replace(
                approach,
                name=text("approaches.json", approach.name),
                description=text("approaches.json", approach.description),
                caution=text("approaches.json", approach.caution),
                gender=dict(texts.genders).get(approach.id),
            )
            for approach in catalogues.approaches
        ),
        groups=tuple(
            replace(
                group,
                name=text("stakeholder_groups.json", group.name),
                description=text("stakeholder_groups.json", group.description),
            )
            for group in catalogues.groups
        ),
        relation_types=tuple(
            replace(relation_type, name=text("relation_types.json", relation_type.name))
            for relation_type in catalogues.relation_types
        ),
        questions=tuple(
            replace(
                question,
                text=text("context_questions.json", question.text),
                choices=tuple(
                    (answer, text("context_questions.json", label)) for answer, label in question.choices
                ),
            )
            for question in catalogues.questions
        ),
        rules=tuple(replace(rule, reason=text("fit_rules.json", rule.reason)) for rule in catalogues.rules),
    )


def load_catalogues(directory=CATALOGUES_DIR, language=None):
    """All five catalogues from `directory`, validated and cross-checked, in `language`.

    `language` defaults to the language the plugin writes in now (QGIS's, or a dossier's).
    """
    directory = Path(directory)
    approaches = _approaches(directory / "approaches.json")
    questions = _questions(directory / "context_questions.json")
    catalogues = Catalogues(
        approaches=approaches,
        groups=_groups(directory / "stakeholder_groups.json"),
        relation_types=_relation_types(directory / "relation_types.json"),
        questions=questions,
        rules=_rules(directory / "fit_rules.json", approaches, questions),
    )
    return _translated(catalogues, catalogue_texts(directory, language))
