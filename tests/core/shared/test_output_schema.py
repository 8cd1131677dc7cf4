"""Figures as the outputs write them (core/shared/output_schema.py)."""

from asm_pace_plugin.core.shared import output_schema


def test_hectares_are_written_to_the_square_metre_and_null_stays_null():
    assert output_schema.hectares(12_345.678) == 1.2346
    assert output_schema.hectares(0.4) == 0.0
    assert output_schema.hectares(None) is None
    assert output_schema.rounded(0.1234567, 6) == 0.123457
    assert output_schema.rounded(None, 6) is None
