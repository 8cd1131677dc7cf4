"""Fit of each management approach to one site: verdicts with the reasons behind them.

Pure logic over the catalogues: the answers to the context questions, the site's PACE class
and its strictest IUCN category decide which fit rules apply. Any "not advisable" rule wins,
then any "recommended"; otherwise the approach stays "possible". Every verdict carries the
readable sentences that produced it, so an officer can see (and contest) why.
"""

from dataclasses import dataclass

from ..screening import pace
from ..shared.i18n import QT_TRANSLATE_NOOP, translate
from .catalogues import FEMININE, FEMININE_PLURAL, GENDERS, MASCULINE, MASCULINE_PLURAL, UNKNOWN_ANSWER

RECOMMENDED = "recommended"
POSSIBLE = "possible"
NOT_ADVISABLE = "not_advisable"
# Readable labels, translated where shown (verdict_label(); the reasons' {pace_class}).
VERDICT_LABELS = {
    RECOMMENDED: QT_TRANSLATE_NOOP("ApproachFit", "recommended"),
    POSSIBLE: QT_TRANSLATE_NOOP("ApproachFit", "possible"),
    NOT_ADVISABLE: QT_TRANSLATE_NOOP("ApproachFit", "not advisable"),
}

# Context questions the site profile answers, so each is asked once: question id ->
# (profile column, {profile value: answer id}); any other recorded value means "not known".
PROFILE_QUESTIONS = {
    "geology": (
        "deposit_type",
        {"alluvial": "alluvial", "hard rock": "hard_rock", "alluvial and hard rock": "mixed"},
    ),
    "legal_status": (
        "legal_status",
        {"legal": "allowed", "legal in zones only": "restricted", "illegal": "forbidden"},
    ),
    "armed_actors": ("armed_actors", {"none": "none", "present": "present", "in control": "controlling"}),
}

PACE_CLASS_NAMES = {
    pace.PROTECTED_AREA: QT_TRANSLATE_NOOP("ApproachFit", "protected area"),
    pace.PRIORITY_LANDSCAPE: QT_TRANSLATE_NOOP("ApproachFit", "WWF priority landscape"),
    pace.CRITICAL_ECOSYSTEM: QT_TRANSLATE_NOOP("ApproachFit", "Global 200 ecoregion (critical ecosystem)"),
    pace.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("ApproachFit", "place outside the PACE layers tested"),
    pace.UNCLASSIFIED: QT_TRANSLATE_NOOP("ApproachFit", "site not classified"),
}


def _gendered_labels():
    """{(verdict, grammatical gender): label} in the language being written: a verdict agrees
    with the approach's name (Spanish "Reubicación…: recomendada", "Medios de vida…:
    recomendados"). Literal calls, so that pylupdate reads each form with its gender."""
    return {
        (RECOMMENDED, FEMININE): translate("ApproachFit", "recommended", "feminine"),
        (RECOMMENDED, MASCULINE): translate("ApproachFit", "recommended", "masculine"),
        (RECOMMENDED, FEMININE_PLURAL): translate("ApproachFit", "recommended", "feminine plural"),
        (RECOMMENDED, MASCULINE_PLURAL): translate("ApproachFit", "recommended", "masculine plural"),
        (POSSIBLE, FEMININE): translate("ApproachFit", "possible", "feminine"),
        (POSSIBLE, MASCULINE): translate("ApproachFit", "possible", "masculine"),
        (POSSIBLE, FEMININE_PLURAL): translate("ApproachFit", "possible", "feminine plural"),
        (POSSIBLE, MASCULINE_PLURAL): translate("ApproachFit", "possible", "masculine plural"),
        (NOT_ADVISABLE, FEMININE): translate("ApproachFit", "not advisable", "feminine"),
        (NOT_ADVISABLE, MASCULINE): translate("ApproachFit", "not advisable", "masculine"),
        (NOT_ADVISABLE, FEMININE_PLURAL): translate("ApproachFit", "not advisable", "feminine plural"),
        (NOT_ADVISABLE, MASCULINE_PLURAL): translate("ApproachFit", "not advisable", "masculine plural"),
    }


def verdict_label(verdict, gender=None):
    """The readable label of a verdict code, in the language being written (else the code);
    gender: the grammatical gender of the approach's name there (catalogues.GENDERS), which
    the label agrees with."""
    label = VERDICT_LABELS.get(verdict)
    if not label:
        return str(verdict)
    if gender in GENDERS:
        return _gendered_labels()[(verdict, gender)]
    return translate("ApproachFit", label)


@dataclass(frozen=True)
class Fit:
    approach_id: str
    verdict: str
    reasons: tuple  # readable sentences, the decisive ones first
    open_questions: tuple  # ids of questions its rules depend on that are not answered yet
    gender: str = None  # the grammatical gender of the approach's name, which the label agrees with

    @property
    def label(self):
        return verdict_label(self.verdict, self.gender)


def answers_with_profile(answers, profile):
    """The context answers with those the profile gives: a question the profile answers is
    answered there (an answer stored before is kept only while the profile is blank)."""
    merged = dict(answers)
    for question_id, (column, answer_of) in PROFILE_QUESTIONS.items():
        value = profile.get(column)
        if value:
            merged[question_id] = answer_of.get(value, UNKNOWN_ANSWER)
    return merged


def _rule_applies(rule, answers, pace_class, iucn_category):
    if rule.pace_classes and pace_class not in rule.pace_classes:
        return False
    if rule.iucn_categories and iucn_category not in rule.iucn_categories:
        return False
    return all(answers.get(question_id, UNKNOWN_ANSWER) in accepted for question_id, accepted in rule.answers)


def assess_approach(catalogues, approach, answers, pace_class, iucn_category):
    """The Fit of one approach; `answers` maps question id to answer id (missing = unknown)."""
    iucn_category = pace.normalise_iucn(iucn_category)
    placeholders = {
        "iucn_category": iucn_category or "",
        "pace_class": translate("ApproachFit", PACE_CLASS_NAMES[pace_class])
        if pace_class in PACE_CLASS_NAMES
        else str(pace_class),
    }
    rules = [rule for rule in catalogues.rules if rule.approach == approach.id]
    applied = [rule for rule in rules if _rule_applies(rule, answers, pace_class, iucn_category)]
    effects = {rule.effect for rule in applied}
    if NOT_ADVISABLE in effects:
        verdict = NOT_ADVISABLE
    elif RECOMMENDED in effects:
        verdict = RECOMMENDED
    else:
        verdict = POSSIBLE
    # The rules that decided the verdict come first, the qualifying ones after.
    applied.sort(key=lambda rule: rule.effect != verdict)
    reasons = [rule.reason.format_map(placeholders) for rule in applied]
    if approach.never_recommended_alone and verdict == RECOMMENDED:
        verdict = POSSIBLE
        reasons.append(
            translate("ApproachFit", "It is never recommended on its own: combine it with other approaches.")
        )
    if approach.caution:
        reasons.append(approach.caution)
    if not applied:
        reasons.insert(
            0, translate("ApproachFit", "Nothing answered so far argues for or against this approach here.")
        )
    asked = dict.fromkeys(question_id for rule in rules for question_id, _accepted in rule.answers)
    open_questions = tuple(
        question_id for question_id in asked if answers.get(question_id, UNKNOWN_ANSWER) == UNKNOWN_ANSWER
    )
    return Fit(approach.id, verdict, tuple(reasons), open_questions, approach.gender)


def assess_site(catalogues, answers, pace_class, iucn_category):
    """The Fit of every approach in catalogue order."""
    return [
        assess_approach(catalogues, approach, answers, pace_class, iucn_category)
        for approach in catalogues.approaches
    ]
