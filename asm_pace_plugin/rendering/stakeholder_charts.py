"""The influence–interest grid and the relation network, drawn with QGraphicsView.

Both show one node per stakeholder; clicking a node emits stakeholder_clicked(id). Labels are
QGraphicsSimpleTextItem: plain text, so names are never interpreted as HTML. draw_grid and
draw_network paint into any QGraphicsScene, so dossiers render the same charts to PNG.
"""

import math

from qgis.PyQt.QtCore import QPointF, QRectF, Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPolygonF
from qgis.PyQt.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView

from ..core.assessment.stakeholders import HIGH_THRESHOLD, INFLUENCE_RANGE, INTEREST_RANGE, quadrant_label
from ..core.shared.i18n import translate
from .text import plain_tooltip

NODE_RADIUS = 9
LABEL_LENGTH = 18
STANCE_COLOURS = {-2: "#c62828", -1: "#ef8a62", 0: "#9e9e9e", 1: "#67a9cf", 2: "#2166ac"}
STAKEHOLDER_ID = 0  # QGraphicsItem.data key
QUADRANT_PADDING = 4


def _short(text):
    return text if len(text) <= LABEL_LENGTH else text[: LABEL_LENGTH - 1] + "…"


def _add_node(scene, stakeholder, centre):
    radius = NODE_RADIUS
    node = scene.addEllipse(
        centre.x() - radius,
        centre.y() - radius,
        2 * radius,
        2 * radius,
        QPen(QColor("#263238")),
        QBrush(QColor(STANCE_COLOURS.get(stakeholder.stance, "#9e9e9e"))),
    )
    node.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
    node.setData(STAKEHOLDER_ID, stakeholder.id)
    node.setToolTip(plain_tooltip(stakeholder.name))
    node.setZValue(2)
    label = QGraphicsSimpleTextItem(_short(stakeholder.name))
    label.setPos(centre.x() + radius + 2, centre.y() - radius)
    label.setData(STAKEHOLDER_ID, stakeholder.id)  # a click on the name picks the stakeholder too
    label.setZValue(3)
    scene.addItem(label)
    return node


def _quadrant_title(text, x, y, width):
    """The quadrant's name, its advice on a line of its own, shrunk to fit inside the quadrant."""
    name, bracket, advice = text.partition(" (")
    title = QGraphicsSimpleTextItem(f"{name}\n({advice}" if bracket else text)
    title.setBrush(QBrush(QColor("#607d8b")))
    room = width - 2 * QUADRANT_PADDING
    if title.boundingRect().width() > room:
        title.setScale(room / title.boundingRect().width())
    title.setPos(x + QUADRANT_PADDING, y + 2)
    return title


def draw_grid(scene, stakeholders, threshold=HIGH_THRESHOLD, cell=60):
    """Draw the influence–interest grid (interest across, influence up); returns the nodes by id."""
    top = INFLUENCE_RANGE[1]
    # One cell per value 0..5 on each axis; the quadrant lines sit where "high" starts.
    width, height = (INTEREST_RANGE[1] + 1) * cell, (top + 1) * cell
    split_x, split_y = threshold * cell, (top + 1 - threshold) * cell
    quadrants = (
        ("context_setters", 0, 0, split_x, split_y),
        ("key_players", split_x, 0, width - split_x, split_y),
        ("crowd", 0, split_y, split_x, height - split_y),
        ("subjects", split_x, split_y, width - split_x, height - split_y),
    )
    for key, x, y, w, h in quadrants:
        scene.addRect(x, y, w, h, QPen(QColor("#b0bec5")), QBrush(QColor("#f5f7f8")))
        scene.addItem(_quadrant_title(quadrant_label(key), x, y, w))
    axis_x = QGraphicsSimpleTextItem(translate("StakeholderCharts", "interest →"))
    axis_x.setPos(width - 70, height + 4)
    axis_y = QGraphicsSimpleTextItem(translate("StakeholderCharts", "influence ↑"))
    axis_y.setPos(-10, -20)
    for axis in (axis_x, axis_y):
        scene.addItem(axis)
    placed, nodes = {}, {}
    for stakeholder in stakeholders:
        spot = (stakeholder.interest, stakeholder.influence)
        nudge = placed.get(spot, 0)  # stack stakeholders sharing a cell instead of hiding them
        placed[spot] = nudge + 1
        offset = nudge * 0.8 * NODE_RADIUS
        centre = QPointF(
            (stakeholder.interest + 0.5) * cell + offset,
            (top - stakeholder.influence + 0.5) * cell + offset,
        )
        nodes[stakeholder.id] = _add_node(scene, stakeholder, centre)
    return nodes


def draw_network(scene, stakeholders, relations, relation_colours, radius=140):
    """Draw stakeholders on a circle and their relations into scene; returns the nodes by id."""
    count = max(len(stakeholders), 1)
    centres, nodes = {}, {}
    for index, stakeholder in enumerate(stakeholders):
        angle = 2 * math.pi * index / count - math.pi / 2
        centres[stakeholder.id] = QPointF(radius * math.cos(angle), radius * math.sin(angle))
        nodes[stakeholder.id] = _add_node(scene, stakeholder, centres[stakeholder.id])
    for relation in relations:
        start, end = centres.get(relation["from_id"]), centres.get(relation["to_id"])
        if start is None or end is None:
            continue
        pen = QPen(QColor(relation_colours.get(relation["relation_type"], "#000000")))
        pen.setWidthF(1.0 + relation["strength"])
        line = scene.addLine(start.x(), start.y(), end.x(), end.y(), pen)
        line.setToolTip(plain_tooltip(relation["relation_type"]))
        if relation["direction"] == "one way":
            _arrow_head(scene, start, end, pen.color())
    return nodes


def _arrow_head(scene, start, end, colour):
    angle = math.atan2(end.y() - start.y(), end.x() - start.x())
    tip = QPointF(end.x() - NODE_RADIUS * math.cos(angle), end.y() - NODE_RADIUS * math.sin(angle))
    size = 10
    corners = [
        QPointF(tip.x() - size * math.cos(angle - 0.4), tip.y() - size * math.sin(angle - 0.4)),
        QPointF(tip.x() - size * math.cos(angle + 0.4), tip.y() - size * math.sin(angle + 0.4)),
    ]
    scene.addPolygon(QPolygonF([tip, *corners]), QPen(colour), QBrush(colour))


def save_scene_png(scene, path, width=900):
    """Paint a scene (no widget needed) onto a white image `width` pixels wide and save it as PNG."""
    source = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
    height = max(1, round(width * source.height() / max(source.width(), 1)))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, width, height), source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(translate("StakeholderCharts", "could not write {path}").format(path=path))
    return path


class _StakeholderView(QGraphicsView):
    """A chart a person clicks: a click on a node emits stakeholder_clicked(id), nothing else does.

    The view keeps no Python reference to the scene's items: a redraw deletes them all (C++ owns
    them), so nodes are looked up afresh by stakeholder id. Neither a redraw nor select() emits
    anything; only a mouse press on a node does, once Qt is done with the press.
    """

    stakeholder_clicked = pyqtSignal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        # The whole chart is always fitted in: no scroll bars, whose coming and going would resize
        # the view, which fits the chart again... (a resize loop that overflowed the stack).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _node(self, stakeholder_id):
        """The node of a stakeholder in the scene as it is now (None when not drawn)."""
        return next(
            (node for node in self._node_items() if node.data(STAKEHOLDER_ID) == stakeholder_id), None
        )

    def _node_items(self):
        return [
            item
            for item in self.scene().items()
            if item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        ]

    def node_centre(self, stakeholder_id):
        """Centre of a stakeholder's node in view coordinates (for tests and tooltips)."""
        return self.mapFromScene(self._node(stakeholder_id).sceneBoundingRect().center())

    def select(self, stakeholder_id):
        """Show stakeholder_id's node selected (None: none), without emitting anything."""
        blocked = self.scene().blockSignals(True)
        try:
            for node in self._node_items():
                node.setSelected(node.data(STAKEHOLDER_ID) == stakeholder_id)
        finally:
            self.scene().blockSignals(blocked)

    def mousePressEvent(self, event):
        """A press on a node asks for that stakeholder; elsewhere it changes nothing. Qt's own
        selection is not involved: the page answers with select(), as for a pick in the list."""
        item = self.itemAt(event.pos())
        stakeholder_id = item.data(STAKEHOLDER_ID) if item is not None else None
        event.accept()
        if stakeholder_id is not None:
            self.stakeholder_clicked.emit(int(stakeholder_id))

    def mouseReleaseEvent(self, event):
        event.accept()

    def mouseDoubleClickEvent(self, event):
        self.mousePressEvent(event)

    def _redraw(self, draw):
        """Clear the scene and draw it again with signals blocked (a clear emits selectionChanged
        while it deletes the nodes)."""
        scene = self.scene()
        blocked = scene.blockSignals(True)
        try:
            scene.clear()
            draw(scene)
            scene.setSceneRect(scene.itemsBoundingRect())  # else it only ever grows
        finally:
            scene.blockSignals(blocked)
        self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


class InfluenceInterestGrid(_StakeholderView):
    """Interest across, influence up; the four quadrants of Reed et al. (2009)."""

    CELL = 60

    def show_stakeholders(self, stakeholders, threshold=HIGH_THRESHOLD):
        self._redraw(lambda scene: draw_grid(scene, stakeholders, threshold, self.CELL))


class RelationNetwork(_StakeholderView):
    """Stakeholders on a circle; links coloured by relation type, thicker when stronger."""

    RADIUS = 140

    def show_network(self, stakeholders, relations, relation_colours):
        self._redraw(
            lambda scene: draw_network(scene, stakeholders, relations, relation_colours, self.RADIUS)
        )
