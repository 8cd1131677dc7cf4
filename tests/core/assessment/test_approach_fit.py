"""Fit rules: verdicts and their reasons, from the shipped catalogues and from broken ones."""

import itertools
import json
import shutil

import pytest

from asm_pace_plugin.core.assessment.approach_fit import NOT_ADVISABLE, POSSIBLE, RECOMMENDED, assess_site
from asm_pace_plugin.core.assessment.catalogues import load_catalogues
from asm_pace_plugin.core.screening import pace
from asm_pace_plugin.core.shared.errors import CatalogueError
from asm_pace_plugin.core.shared.paths import CATALOGUES_DIR

CATALOGUES = load_catalogues()


def fits(answers=None, pace_class=pace.PROTECTED_AREA, iucn=None):
    return {fit.approach_id: fit for fit in assess_site(CATALOGUES, answers or {}, pace_class, iucn)}


def test_catalogues_hold_the_eight_approaches_and_all_groups():
    assert len(CATALOGUES.approaches) == 8
    assert len(CATALOGUES.groups) == 14
    assert {question.id for question in CATALOGUES.questions} == {
        "geology",
        "legal_status",
        "enforcement",
        "armed_actors",
        "miners_organisation",
        "market_access",
        "financing",
        "past_attempts",
    }


def test_no_answers_leaves_every_approach_possible_and_says_so():
    result = fits(pace_class=pace.NOT_ELIGIBLE)
    for fit in result.values():
        assert fit.verdict == POSSIBLE
        assert fit.reasons[0].startswith("Nothing answered so far")
        assert fit.open_questions


def _every_answer_combination():
    questions = CATALOGUES.questions
    for combo in itertools.product(
        *[[choice for choice, _label in question.choices] for question in questions]
    ):
        yield dict(zip([question.id for question in questions], combo))


def test_eviction_is_never_recommended_alone_whatever_the_context():
    for answers, iucn in itertools.product(
        itertools.islice(_every_answer_combination(), 0, None, 97), ("Ia", "II", None)
    ):
        assert fits(answers, iucn=iucn)["exclusion"].verdict != RECOMMENDED


def test_exclusion_with_strict_protection_and_strong_enforcement_stays_possible_with_a_warning():
    fit = fits({"enforcement": "strong"}, iucn="II")["exclusion"]
    assert fit.verdict == POSSIBLE
    assert "strictly protected area (IUCN II)" in fit.reasons[0]
    assert any("never recommended on its own" in reason for reason in fit.reasons)


@pytest.mark.parametrize("iucn", ["Ia", "Ib", "II", "category ii"])
@pytest.mark.parametrize("legal", ["forbidden", "unknown", None])
def test_formalisation_is_not_advisable_in_strict_protected_areas_where_law_forbids_mining(iucn, legal):
    answers = {"legal_status": legal} if legal else {}
    fit = fits(answers, iucn=iucn)["formalisation"]
    assert fit.verdict == NOT_ADVISABLE
    assert any("IUCN I" in reason for reason in fit.reasons)


def test_formalisation_recommended_where_mining_is_legal():
    fit = fits({"legal_status": "allowed", "miners_organisation": "organised"}, iucn="VI")["formalisation"]
    assert fit.verdict == RECOMMENDED
    assert fit.reasons[:2] == (
        "Mining is legal here: permits and cooperatives can give miners rights with obligations.",
        "Miners are already organised: formalisation can build on their organisation.",
    )


def test_alluvial_geology_favours_mercury_free_processing_and_rehabilitation():
    result = fits({"geology": "alluvial"})
    assert result["mitigation"].verdict == RECOMMENDED
    assert "mercury" in result["mitigation"].reasons[0]
    assert result["rehabilitation"].verdict == RECOMMENDED
    hard_rock = fits({"geology": "hard_rock"})
    assert hard_rock["rehabilitation"].verdict == POSSIBLE


def test_armed_control_blocks_enforcement_certification_and_formalisation():
    result = fits(
        {"armed_actors": "controlling", "legal_status": "allowed", "market_access": "responsible_buyers"}
    )
    for approach in ("exclusion", "formalisation", "certification", "rehabilitation"):
        assert result[approach].verdict == NOT_ADVISABLE, approach
        assert any("Armed actors control" in reason for reason in result[approach].reasons)


def test_not_advisable_wins_over_recommended_and_decisive_reasons_come_first():
    fit = fits({"legal_status": "allowed", "armed_actors": "controlling"})["formalisation"]
    assert fit.verdict == NOT_ADVISABLE
    assert fit.reasons[0].startswith("Armed actors control")
    assert "Mining is legal here" in fit.reasons[1]


def test_reasons_name_the_pace_class_and_iucn_category_in_words():
    result = fits(pace_class=pace.PRIORITY_LANDSCAPE)
    assert "in a WWF priority landscape outside protected areas" in result["participatory_zoning"].reasons[0]
    assert fits(iucn="V")["participatory_zoning"].reasons[0].startswith("IUCN V areas allow sustainable use")


def test_livelihoods_always_carry_the_iucn_caution():
    assert "IUCN 2012 review" in fits()["livelihoods"].reasons[-1]


def test_every_rule_can_fire_and_every_reason_is_a_sentence():
    fired = set()
    for answers in itertools.islice(_every_answer_combination(), 0, None, 401):
        for pace_class, iucn in itertools.product(pace.ALL_CLASSES, (None, *pace.IUCN_CATEGORIES)):
            for fit in assess_site(CATALOGUES, answers, pace_class, iucn):
                for reason in fit.reasons:
                    assert reason[0].isupper() and reason.endswith((".", ")")) and "{" not in reason
                fired.update(fit.reasons)
    templates = {rule.reason.split("{")[0] for rule in CATALOGUES.rules}
    assert all(any(reason.startswith(template) for reason in fired) for template in templates)


def _broken_copy(tmp_path, file_name, edit):
    directory = tmp_path / "catalogues"
    shutil.copytree(CATALOGUES_DIR, directory)
    path = directory / file_name
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    return directory


@pytest.mark.parametrize(
    ("file_name", "edit", "message"),
    [
        (
            "fit_rules.json",
            lambda d: d["rules"][0].update(approach="teleport"),
            "entry 'exclusion_armed': unknown approach",
        ),
        ("fit_rules.json", lambda d: d["rules"][0].update(effect="great"), "effect must be one of"),
        (
            "fit_rules.json",
            lambda d: d["rules"][0]["when"]["answers"].update(armed_actors=["dragons"]),
            "unknown answers ['dragons']",
        ),
        ("fit_rules.json", lambda d: d["rules"][0].update(reason="Bad {site_name}."), "unknown placeholders"),
        ("fit_rules.json", lambda d: d["rules"][1].update(id="exclusion_armed"), "id used twice"),
        ("fit_rules.json", lambda d: d["rules"][0]["when"].update(iucn_category=["VII"]), "unknown IUCN"),
        ("context_questions.json", lambda d: d["questions"][0]["choices"].pop(), "must include 'unknown'"),
        ("relation_types.json", lambda d: d["relation_types"][0].update(colour="green"), "not #rrggbb"),
        ("approaches.json", lambda d: d.update(approaches=[]), "needs a non-empty list"),
    ],
)
def test_broken_catalogues_fail_with_the_file_and_entry_named(tmp_path, file_name, edit, message):
    directory = _broken_copy(tmp_path, file_name, edit)
    with pytest.raises(CatalogueError, match=file_name.replace(".", r"\.")) as caught:
        load_catalogues(directory)
    assert message in str(caught.value)


def test_unreadable_catalogue_is_reported_by_name(tmp_path):
    directory = tmp_path / "catalogues"
    shutil.copytree(CATALOGUES_DIR, directory)
    (directory / "approaches.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"approaches\.json: not readable JSON"):
        load_catalogues(directory)


def test_profile_answers_are_valid_answers_and_win_over_stored_ones():
    from asm_pace_plugin.core.assessment.approach_fit import PROFILE_QUESTIONS, answers_with_profile
    from asm_pace_plugin.core.assessment.profile_fields import PROFILE_FIELDS

    choices = {column: set(values) for column, _label, kind, values in PROFILE_FIELDS if kind == "choice"}
    for question_id, (column, answer_of) in PROFILE_QUESTIONS.items():
        assert set(answer_of) <= choices[column]
        assert set(answer_of.values()) <= {
            answer for answer, _label in CATALOGUES.question(question_id).choices
        }
    stored = {"geology": "hard_rock", "legal_status": "allowed", "enforcement": "weak"}
    profile = {"deposit_type": "alluvial", "legal_status": "not known", "armed_actors": None}
    assert answers_with_profile(stored, profile) == {
        "geology": "alluvial",
        "legal_status": "unknown",
        "enforcement": "weak",
    }
    assert (
        fits(answers_with_profile({}, {"armed_actors": "in control"}))["formalisation"].verdict
        == NOT_ADVISABLE
    )
