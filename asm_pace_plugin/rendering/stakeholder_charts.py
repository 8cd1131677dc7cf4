"""The influence–interest grid and the relation network, drawn with QGraphicsView.

Both show one node per stakeholder; clicking a node emits stakeholder_clicked(id). Labels are
QGraphicsSimpleTextItem: plain text, so names are never interpreted as HTML. draw_grid and
draw_network paint into any QGraphicsScene, so dossiers render the same charts to PNG, with the
same legends. Stakeholders with the same scores share their cell side by side; each name goes
where it covers no other name, node or quadrant title.
"""

import math

from qgis.PyQt.QtCore import QPointF, QRectF, Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPolygonF
from qgis.PyQt.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView

from ..core.assessment.profile_fields import direction_label
from ..core.assessment.stakeholders import (
    HIGH_THRESHOLD,
    INFLUENCE_RANGE,
    INTEREST_RANGE,
    STANCE_LABELS,
    quadrant_label,
    stance_label,
)
from ..core.shared import outputs
from ..core.shared.i18n import translate
from .text import plain_tooltip

NODE_RADIUS = 9
LABEL_LENGTH = 18
STANCE_COLOURS = {-2: "#c62828", -1: "#ef8a62", 0: "#9e9e9e", 1: "#67a9cf", 2: "#2166ac"}
STAKEHOLDER_ID = 0  # QGraphicsItem.data key
QUADRANT_PADDING = 4
TITLE_BAND = 34  # px above each row of quadrants, for their names: never under a node
LEGEND_GAP = 16
MUTED = "#607d8b"


def _short(text):
    return text if len(text) <= LABEL_LENGTH else text[: LABEL_LENGTH - 1] + "…"


def _add_node(scene, stakeholder, centre, radius=NODE_RADIUS):
    """The stakeholder's node (its colour: the stance); its label is placed later."""
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
    return node


def _box(rect):
    return (rect.left(), rect.top(), rect.right(), rect.bottom())


def _overlap(box, others):
    """The area of box (left, top, right, bottom) that others cover (counted once per other)."""
    left, top, right, bottom = box
    area = 0.0
    for other_left, other_top, other_right, other_bottom in others:
        width = min(right, other_right) - max(left, other_left)
        height = min(bottom, other_bottom) - max(top, other_top)
        if width > 0 and height > 0:
            area += width * height
    return area


def _place_labels(scene, labelled, obstacles, bounds):
    """Put each stakeholder's name beside its node where it covers no other name, node or title:
    right, left, below, above, then further down or up the side (with a thin line back to its
    node); where no place is free, the one that covers least. labelled: [(stakeholder, node)];
    obstacles and bounds: QRectF."""
    taken = [_box(rect) for rect in obstacles]
    bounds = _box(bounds)
    for stakeholder, node in labelled:
        label = QGraphicsSimpleTextItem(_short(stakeholder.name))
        label.setData(STAKEHOLDER_ID, stakeholder.id)  # a click on the name picks the stakeholder too
        label.setZValue(3)
        size = label.boundingRect()
        w, h = size.width(), size.height()
        own = _box(node.rect())
        cx, cy, r = (own[0] + own[2]) / 2, (own[1] + own[3]) / 2, (own[2] - own[0]) / 2
        candidates = [
            (cx + r + 2, cy - h / 2),
            (cx - r - 2 - w, cy - h / 2),
            (cx - w / 2, cy + r + 1),
            (cx - w / 2, cy - r - 1 - h),
        ]
        for step in range(1, 7):
            for sign in (1, -1):
                for x in (cx + r + 2, cx - r - 2 - w):
                    candidates.append((x, cy - h / 2 + sign * step * h))
        left, top, right, bottom = cx - w - r - 4, cy - 7 * h - r, cx + w + r + 4, cy + 7 * h + r
        near = [
            b for b in taken if b[0] < right and b[2] > left and b[1] < bottom and b[3] > top and b != own
        ]
        best, best_cost = candidates[0], None
        for rank, (x, y) in enumerate(candidates):
            box = (x, y, x + w, y + h)
            inside = max(0, min(box[2], bounds[2]) - max(x, bounds[0])) * max(
                0, min(box[3], bounds[3]) - max(y, bounds[1])
            )
            cost = _overlap(box, near) + w * h - inside + rank * 0.01
            if best_cost is None or cost < best_cost:
                best, best_cost = (x, y), cost
            if cost < 1:
                break
        label.setPos(*best)
        scene.addItem(label)
        placed = (best[0], best[1], best[0] + w, best[1] + h)
        taken.append(placed)
        middle = best[1] + h / 2
        if abs(middle - cy) > h:  # moved up or down the side: a line back to the node
            end_x = placed[0] if placed[0] > cx else placed[2]
            leader = scene.addLine(cx, cy, end_x, middle, QPen(QColor("#90a4ae")))
            leader.setZValue(1)


def _cell_offsets(count, cell):
    """Offsets from a cell's centre for `count` nodes with the same scores, side by side in rows
    inside the cell, and the node radius that keeps them apart."""
    per_row = math.ceil(math.sqrt(count))
    rows = math.ceil(count / per_row)
    step = min(2.4 * NODE_RADIUS, (cell - 6) / per_row)
    offsets = []
    for index in range(count):
        row, column = divmod(index, per_row)
        in_row = min(per_row, count - row * per_row)
        offsets.append(((column - (in_row - 1) / 2) * step, (row - (rows - 1) / 2) * step))
    return offsets, min(NODE_RADIUS, step / 2.2)


def _quadrant_title(text, x, y, width):
    """The quadrant's name, its advice on a line of its own, shrunk to fit the quadrant's title band."""
    name, bracket, advice = text.partition(" (")
    title = QGraphicsSimpleTextItem(f"{name}\n({advice}" if bracket else text)
    title.setBrush(QBrush(QColor(MUTED)))
    size = title.boundingRect()
    room_width, room_height = width - 2 * QUADRANT_PADDING, TITLE_BAND - 4
    scale = min(1.0, room_width / max(size.width(), 1), room_height / max(size.height(), 1))
    title.setScale(scale)
    title.setPos(x + QUADRANT_PADDING, y + 2)
    return title


def _text(scene, text, x, y, colour=None):
    item = QGraphicsSimpleTextItem(text)
    if colour:
        item.setBrush(QBrush(QColor(colour)))
    item.setPos(x, y)
    scene.addItem(item)
    return item


def _legend_rows(scene, entries, left, top, width):
    """Legend entries [(draw_symbol(x, y_centre), text)] laid out in rows no wider than width;
    returns the bottom of the last row."""
    x, y, row_height = left, top, 0
    for draw_symbol, text in entries:
        label = QGraphicsSimpleTextItem(text)
        entry_width = 24 + label.boundingRect().width() + 12
        if x > left and x + entry_width > left + width:
            x, y = left, y + row_height + 4
        height = label.boundingRect().height()
        draw_symbol(x + 8, y + height / 2)
        label.setPos(x + 20, y)
        scene.addItem(label)
        x, row_height = x + entry_width, max(row_height, height)
    return y + row_height


def _stance_legend(scene, left, top, width):
    """What the node colours say: the stance, from strongly against to strongly in favour."""
    heading = _text(scene, translate("StakeholderCharts", "Colour: stance"), left, top, MUTED)
    radius = NODE_RADIUS * 0.7

    def dot(colour):
        return lambda x, y: scene.addEllipse(
            x - radius, y - radius, 2 * radius, 2 * radius, QPen(QColor("#263238")), QBrush(QColor(colour))
        )

    entries = [(dot(STANCE_COLOURS[stance]), stance_label(stance)) for stance in sorted(STANCE_LABELS)]
    return _legend_rows(scene, entries, left, top + heading.boundingRect().height() + 2, width)


def draw_grid(scene, stakeholders, threshold=HIGH_THRESHOLD, cell=60):
    """Draw the influence–interest grid (interest across, influence up) with its legend; returns
    the nodes by id. Each row of quadrants has a band above it for the quadrants' names."""
    top = INFLUENCE_RANGE[1]
    width = (INTEREST_RANGE[1] + 1) * cell
    split_x = threshold * cell
    high_rows, low_rows = top + 1 - threshold, threshold
    split_y = TITLE_BAND + high_rows * cell
    height = split_y + TITLE_BAND + low_rows * cell

    def row_top(influence):
        band = TITLE_BAND if influence >= threshold else 2 * TITLE_BAND
        return band + (top - influence) * cell

    quadrants = (
        ("context_setters", 0, 0, split_x, split_y),
        ("key_players", split_x, 0, width - split_x, split_y),
        ("crowd", 0, split_y, split_x, height - split_y),
        ("subjects", split_x, split_y, width - split_x, height - split_y),
    )
    titles = []
    for key, x, y, w, h in quadrants:
        scene.addRect(x, y, w, h, QPen(QColor("#b0bec5")), QBrush(QColor("#f5f7f8")))
        title = _quadrant_title(quadrant_label(key), x, y, w)
        scene.addItem(title)
        titles.append(title.sceneBoundingRect())
    for value in range(INTEREST_RANGE[1] + 1):  # the scores along the axes
        _text(scene, str(value), (value + 0.5) * cell - 4, height + 2, MUTED)
    for value in range(top + 1):
        _text(scene, str(value), -14, row_top(value) + cell / 2 - 8, MUTED)
    axis_x = _text(scene, translate("StakeholderCharts", "interest →"), 0, height + 18)
    axis_x.setPos(width - axis_x.boundingRect().width(), height + 18)
    _text(scene, translate("StakeholderCharts", "influence ↑"), -14, -20)
    by_cell = {}
    for stakeholder in stakeholders:
        by_cell.setdefault((stakeholder.interest, stakeholder.influence), []).append(stakeholder)
    nodes, labelled = {}, []
    for (interest, influence), sharing in by_cell.items():
        offsets, radius = _cell_offsets(len(sharing), cell)
        centre_x, centre_y = (interest + 0.5) * cell, row_top(influence) + cell / 2
        for stakeholder, (dx, dy) in zip(sharing, offsets):
            node = _add_node(scene, stakeholder, QPointF(centre_x + dx, centre_y + dy), radius)
            nodes[stakeholder.id] = node
            labelled.append((stakeholder, node))
    node_rects = [node.rect() for node in nodes.values()]
    _place_labels(scene, labelled, titles + node_rects, QRectF(0, 0, width, height))
    _stance_legend(scene, 0, height + 40, width)
    return nodes


def draw_network(scene, stakeholders, relations, relation_colours, radius=140, relation_names=None):
    """Draw stakeholders on a circle and their relations into scene, with a legend of the colours
    (stance of the nodes, type of the links: relation_names {type: name}, else each relation's
    "type"); returns the nodes by id."""
    count = max(len(stakeholders), 1)
    centres, nodes = {}, {}
    for index, stakeholder in enumerate(stakeholders):
        angle = 2 * math.pi * index / count - math.pi / 2
        centres[stakeholder.id] = QPointF(radius * math.cos(angle), radius * math.sin(angle))
        nodes[stakeholder.id] = _add_node(scene, stakeholder, centres[stakeholder.id])
    names, used = dict(relation_names or {}), []
    for relation in relations:
        start, end = centres.get(relation["from_id"]), centres.get(relation["to_id"])
        if start is None or end is None:
            continue
        kind = relation["relation_type"]
        name = names.setdefault(kind, relation.get("type") or kind)
        if kind not in used:
            used.append(kind)
        pen = QPen(QColor(relation_colours.get(kind, "#000000")))
        pen.setWidthF(1.0 + relation["strength"])
        line = scene.addLine(start.x(), start.y(), end.x(), end.y(), pen)
        line.setToolTip(plain_tooltip(f"{name} ({direction_label(relation['direction'])})"))
        if relation["direction"] == "one way":
            _arrow_head(scene, start, end, pen.color())
    bounds = QRectF(-radius - 130, -radius - 30, 2 * radius + 260, 2 * radius + 60)
    _place_labels(scene, [(s, nodes[s.id]) for s in stakeholders], [n.rect() for n in nodes.values()], bounds)
    left, width = -radius - 40, 2 * radius + 80
    bottom = _stance_legend(scene, left, scene.itemsBoundingRect().bottom() + LEGEND_GAP, width)
    if used:
        heading = _text(scene, translate("StakeholderCharts", "Line: relation"), left, bottom + 8, MUTED)

        def sample(colour):
            pen = QPen(QColor(colour))
            pen.setWidthF(3)
            return lambda x, y: scene.addLine(x - 8, y, x + 8, y, pen)

        entries = [(sample(relation_colours.get(kind, "#000000")), names[kind]) for kind in used]
        bottom = _legend_rows(scene, entries, left, bottom + 8 + heading.boundingRect().height() + 2, width)
        _text(
            scene,
            translate("StakeholderCharts", "thicker: stronger · arrow: one way"),
            left,
            bottom + 4,
            MUTED,
        )
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
    outputs.write_image(image, path)
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
        self.setMinimumHeight(320)
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

    def show_network(self, stakeholders, relations, relation_colours, relation_names=None):
        self._redraw(
            lambda scene: draw_network(
                scene, stakeholders, relations, relation_colours, self.RADIUS, relation_names
            )
        )
