"""The PACE classification rules (README: what the classification does): plain Python, no QGIS needed."""

import pytest

from asm_pace_plugin.core.screening import pace


@pytest.mark.parametrize(
    ("in_pa", "in_landscape", "in_g200", "expected"),
    [
        (True, True, True, pace.PROTECTED_AREA),
        (True, False, False, pace.PROTECTED_AREA),
        (True, False, True, pace.PROTECTED_AREA),
        (False, True, True, pace.PRIORITY_LANDSCAPE),
        (False, True, False, pace.PRIORITY_LANDSCAPE),
        (False, False, True, pace.CRITICAL_ECOSYSTEM),
        (False, False, False, pace.NOT_ELIGIBLE),
    ],
)
def test_precedence_first_match_wins(in_pa, in_landscape, in_g200, expected):
    assert pace.pace_class(in_pa, in_landscape, in_g200) == expected


def test_eligibility():
    assert pace.is_eligible(pace.PROTECTED_AREA) is True
    assert pace.is_eligible(pace.CRITICAL_ECOSYSTEM) is True
    assert pace.is_eligible(pace.NOT_ELIGIBLE) is False
    assert pace.is_eligible(pace.UNCLASSIFIED) is None
