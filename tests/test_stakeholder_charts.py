"""The influence–interest grid and the relation network as a person clicks them."""

import pytest


def _people():
    from asm_pace_plugin.core.stakeholders import Stakeholder

    people = [
        Stakeholder("Chef Mwami", "customary_authorities", 4, 4, 1),
        Stakeholder("Coopérative", "miner_organisations", 3, 5, 0),
        Stakeholder("Traders", "traders", 2, 1, -1),
    ]
    for number, person in enumerate(people, start=1):
        person.id = number
    return people


@pytest.mark.parametrize("kind", ["grid", "network"])
def test_only_a_click_on_a_node_asks_for_a_stakeholder_and_a_redraw_asks_nothing(qtbot, qgis_app, kind):
    from qgis.PyQt.QtCore import Qt

    from asm_pace_plugin.rendering.stakeholder_charts import InfluenceInterestGrid, RelationNetwork

    view = InfluenceInterestGrid() if kind == "grid" else RelationNetwork()
    qtbot.addWidget(view)
    view.resize(400, 400)
    view.show()
    people = _people()

    def draw():
        if kind == "grid":
            view.show_stakeholders(people)
        else:
            view.show_network(people, [], {})

    asked = []
    view.stakeholder_clicked.connect(asked.append)
    draw()
    view.select(2)
    assert asked == []  # select() is the page answering, not a person asking
    for person in (1, 3):  # Ctrl-clicks: two nodes at once, as Qt's own selection allowed
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ControlModifier,
            view.node_centre(person),
        )
    assert asked == [1, 3]
    draw()  # the scene's clear() deleted selected nodes: nothing may be asked meanwhile
    draw()
    assert asked == [1, 3]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.node_centre(3))  # looked up afresh
    assert asked == [1, 3, 3]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.rect().topLeft())  # not a node
    assert asked == [1, 3, 3]
