"""The influence–interest grid and the relation network as a person clicks them."""

import pytest


def _people():
    from asm_pace_plugin.core.assessment.stakeholders import Stakeholder

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


def _texts(scene):
    from qgis.PyQt.QtWidgets import QGraphicsSimpleTextItem

    return [item for item in scene.items() if isinstance(item, QGraphicsSimpleTextItem)]


def _area(first, second):
    common = first.intersected(second)
    return common.width() * common.height()


def test_equal_scores_are_spread_and_names_kept_apart_from_each_other_and_the_quadrant_names(qgis_app):
    from qgis.PyQt.QtWidgets import QGraphicsScene

    from asm_pace_plugin.core.assessment.stakeholders import Stakeholder
    from asm_pace_plugin.rendering.stakeholder_charts import STAKEHOLDER_ID, draw_grid

    scores = [(4, 4)] * 4 + [(5, 5)] * 2 + [(2, 1)] * 3 + [(3, 4), (0, 0)]
    people = [
        Stakeholder(f"Coopérative minière numéro {number}", "miners", influence, interest, id=number)
        for number, (influence, interest) in enumerate(scores, start=1)
    ]
    scene = QGraphicsScene()
    nodes = draw_grid(scene, people)
    rects = [node.sceneBoundingRect() for node in nodes.values()]
    for index, rect in enumerate(rects):  # no node covers another: each can be clicked and read
        assert all(_area(rect, other) < 4 for other in rects[index + 1 :]), index
    labels = [item.sceneBoundingRect() for item in _texts(scene) if item.data(STAKEHOLDER_ID) is not None]
    titles = [item.sceneBoundingRect() for item in _texts(scene) if item.text().count("\n") == 1]
    assert len(labels) == len(people) and len(titles) == 4
    for index, label in enumerate(labels):
        assert all(_area(label, other) < 1 for other in labels[index + 1 :]), index
    for title in titles:  # the quadrants' names and advice: never under a node or a name
        assert all(_area(title, rect) < 1 for rect in rects + labels)


def test_the_network_and_the_grid_say_what_their_colours_mean(qgis_app):
    from qgis.PyQt.QtWidgets import QGraphicsScene

    from asm_pace_plugin.core.assessment.catalogues import load_catalogues
    from asm_pace_plugin.core.assessment.stakeholders import stance_label
    from asm_pace_plugin.rendering.stakeholder_charts import draw_grid, draw_network

    kinds = load_catalogues().relation_types
    colours = {kind.id: kind.colour for kind in kinds}
    people = _people()
    relations = [
        {"from_id": 1, "to_id": 2, "relation_type": kinds[0].id, "direction": "one way", "strength": 3},
        {"from_id": 3, "to_id": 1, "relation_type": kinds[1].id, "direction": "both ways", "strength": 1},
    ]
    stances = {stance_label(stance) for stance in (-2, -1, 0, 1, 2)}
    dock = QGraphicsScene()  # the dock names the relation types from the catalogue
    draw_network(dock, people, relations, colours, relation_names={kind.id: kind.name for kind in kinds})
    shown = {item.text() for item in _texts(dock)}
    assert {kinds[0].name, kinds[1].name} | stances <= shown
    assert kinds[2].name not in shown  # only the types drawn
    assert "thicker: stronger · arrow: one way" in shown
    dossier = QGraphicsScene()  # a dossier's relations carry their type's name
    named = [dict(relation, type=f"named {relation['relation_type']}") for relation in relations]
    draw_network(dossier, people, named, colours)
    assert {f"named {kinds[0].id}", f"named {kinds[1].id}"} <= {item.text() for item in _texts(dossier)}
    grid = QGraphicsScene()
    draw_grid(grid, people)
    assert stances <= {item.text() for item in _texts(grid)}
