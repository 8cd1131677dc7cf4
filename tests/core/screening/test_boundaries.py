"""The boundaries of reference polygons as numpy arrays (the point search's own tests, through
ReferenceSet, are in test_point_search.py)."""

import pytest
from qgis.core import QgsGeometry, QgsRectangle

from asm_pace_plugin.core.screening.boundaries import Boundaries
from asm_pace_plugin.core.shared.errors import RunCancelled


def test_building_the_point_search_stops_when_cancelled_between_blocks(qgis_app):
    squares = [
        QgsGeometry.fromRect(QgsRectangle(x * 0.01, y * 0.01, x * 0.01 + 0.005, y * 0.01 + 0.005))
        for x in range(30)
        for y in range(30)
    ]
    boundaries = Boundaries()
    for square in squares:
        boundaries.add(square)
    asked = []

    def cancelled():
        asked.append(True)
        return len(asked) == 3  # before the build, after the first block, then cancelled

    with pytest.raises(RunCancelled):
        boundaries.finish(cancelled)
    assert len(asked) == 3 and not boundaries.finished
