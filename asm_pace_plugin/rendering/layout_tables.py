"""Tables on the pages of a print layout: text measured and wrapped the way QGIS draws it, column
widths shared by what each column holds, rows cut between lines where a row is taller than a page,
the header repeated on each page."""

from dataclasses import dataclass

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemManualTable,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsTableCell,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF

from ..core.assessment.dossier import PAIRS, TABLE
from ..core.shared.i18n import translate
from .layout_pages import BODY_BOTTOM, FONT_FAMILY, HEADING_HEIGHT, MARGIN, TEXT_WIDTH, safe_text

TABLE_TEXT_PT = 7.5
MM_PER_POINT = 25.4 / 72
CELL_MARGIN = 1.0  # mm around a cell's text
GRID_STROKE = 0.2
ROW_PADDING = 0.6  # mm added to each row measured: a row never clips its last line
FRAME_SLACK = 1.5  # mm more than the rows need: a frame never hides its last row
SPLIT_ROW_MINIMUM = 20.0  # mm of a row taller than a page kept under its section's heading
MEASURE_PIXELS = 200  # text is measured at this font size, then scaled to millimetres
WRAP_SAFETY = 0.92  # measured against a narrower cell, so QGIS never wraps into more lines
PAIR_LABEL_WIDTH = 58.0
MIN_COLUMN_WIDTH = 14.0
LABEL_BACKGROUND = "#eef2f4"
BREAK_AFTER = ("@", ".", "/", "-", "_")  # where a word too wide for its cell is broken


def _table_text_format(bold=False):
    font = QFont(FONT_FAMILY)
    font.setBold(bold)
    text_format = QgsTextFormat.fromQFont(font)
    text_format.setSize(TABLE_TEXT_PT)
    return text_format


class TextMeasure:
    """Heights in millimetres of wrapped table text, measured with the table's font."""

    def __init__(self, bold=False, points=TABLE_TEXT_PT):
        font = QFont(FONT_FAMILY)
        font.setPixelSize(MEASURE_PIXELS)
        font.setBold(bold)
        self.metrics = QFontMetricsF(font)
        self.mm_per_pixel = points * MM_PER_POINT / MEASURE_PIXELS

    def width(self, text):
        return max((self.metrics.horizontalAdvance(line) for line in str(text).split("\n")), default=0) * (
            self.mm_per_pixel
        )

    def fitting(self, text, width):
        """The text wrapped into the lines it takes in a cell `width` wide, joined by line breaks:
        QGIS then only draws them, and a row can be cut between two lines. A word wider than
        the cell (an e-mail address in a narrow column) is broken into pieces: QGIS would cut it."""
        room = max(width - 2 * CELL_MARGIN, 1) * WRAP_SAFETY
        lines = []
        for paragraph in str(text).split("\n"):
            line = ""
            for word in paragraph.split(" "):
                candidate = f"{line} {word}" if line else word
                if not line or self.width(candidate) <= room:
                    line = candidate
                else:
                    lines.append(line)
                    line = word
                while self.width(line) > room:  # a word wider than the cell: its pieces
                    cut = 1
                    while self.width(line[: cut + 1]) <= room:
                        cut += 1
                    # An e-mail or a web address breaks after its @ . / - _, not inside a word.
                    sensible = max(line.rfind(mark, 0, cut) for mark in BREAK_AFTER)
                    cut = sensible + 1 if sensible > 0 else cut
                    lines.append(line[:cut])
                    line = line[cut:]
            lines.append(line)
        return "\n".join(lines)

    def height(self, text, width):
        room = QRectF(0, 0, max(width - 2 * CELL_MARGIN, 1) * WRAP_SAFETY / self.mm_per_pixel, 1e7)
        box = self.metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, str(text) or " ")
        return box.height() * self.mm_per_pixel + 2 * CELL_MARGIN + ROW_PADDING


def column_widths(headers, rows, measure, header_measure, total=TEXT_WIDTH):
    """Widths (mm) sharing `total` by what each column holds: short columns keep their text on
    one line, long ones share the rest (a very long one counts as three short ones); no column
    is narrower than its longest word (header words in bold)."""

    def needed(text, text_measure):  # the cell width that holds the text on one line
        return text_measure.width(text) / WRAP_SAFETY + 2 * CELL_MARGIN + 0.5

    columns = [
        [(header, header_measure), *((row[index], measure) for row in rows)]
        for index, header in enumerate(headers)
    ]
    natural = [max(needed(text, m) for text, m in column) for column in columns]
    if sum(natural) <= total:
        return [width * total / sum(natural) for width in natural]
    fair = total / len(natural)
    words = [
        min(max((needed(word, m) for text, m in column for word in str(text).split()), default=0), fair)
        for column in columns
    ]
    kept = [
        max(width, MIN_COLUMN_WIDTH, word) if width <= fair else None for width, word in zip(natural, words)
    ]
    room = total - sum(width for width in kept if width is not None)
    weights = [min(width, 3 * fair) for width in natural]
    wide = sum(weight for weight, width in zip(weights, kept) if width is None)
    shared = [width if width is not None else room * weight / wide for weight, width in zip(weights, kept)]
    # A shared column narrower than its longest word takes the room from the widest one.
    for index, word in enumerate(words):
        if shared[index] < word:
            widest = max(range(len(shared)), key=shared.__getitem__)
            shared[widest] -= word - shared[index]
            shared[index] = word
    return shared


@dataclass
class MeasuredTable:
    """A section's table ready to place: cells wrapped into lines, widths and heights in mm."""

    headers: tuple  # None: a table of pairs, without header
    rows: list
    widths: list
    heights: list
    header_height: float
    measures: tuple  # the TextMeasure of each column
    names: list = None  # the first cell of each row as given: what its continuation is called

    @property
    def whole_page(self):
        """The height of the tallest row kept whole: a page holds it under a heading and the header."""
        return BODY_BOTTOM - MARGIN - HEADING_HEIGHT - self.header_height - 3 * GRID_STROKE - FRAME_SLACK

    @property
    def first_part(self):
        """Height of the header and first row (of its first lines, for a row taller than a page):
        what must stay on the page of the heading."""
        first = self.heights[0] if self.heights[0] <= self.whole_page else SPLIT_ROW_MINIMUM
        return self.header_height + first + 2 * GRID_STROKE + FRAME_SLACK

    def row_height(self, row):
        return max(m.height(cell, width) for cell, width, m in zip(row, self.widths, self.measures))

    def split_row(self, index, room):
        """Cut row `index` after the lines that fit in `room` mm; the rest becomes the next row,
        its first cell saying "Notes (continued)" when it has nothing left. False if no line fits."""
        cells = [cell.split("\n") for cell in self.rows[index]]
        fitting = 0
        for count in range(1, max(len(lines) for lines in cells)):
            if self.row_height(["\n".join(lines[:count]) for lines in cells]) > room:
                break
            fitting = count
        if not fitting:
            return False
        head = ["\n".join(lines[:fitting]) for lines in cells]
        tail = ["\n".join(lines[fitting:]) for lines in cells]
        if not tail[0]:
            continued = translate("DossierLayout", "{name} (continued)").format(name=self.names[index])
            tail[0] = self.measures[0].fitting(continued, self.widths[0])
        self.rows[index : index + 1] = [head, tail]
        self.names[index : index + 1] = [self.names[index]] * 2
        self.heights[index : index + 1] = [self.row_height(head), self.row_height(tail)]
        return True


def measured_table(kind, content):
    """The MeasuredTable of a TABLE or PAIRS section, or None (text, or a table without rows)."""
    measure, bold = TextMeasure(), TextMeasure(bold=True)
    if kind == PAIRS:
        headers, rows = None, [[str(label), str(value)] for label, value in content]
        widths = [PAIR_LABEL_WIDTH, TEXT_WIDTH - PAIR_LABEL_WIDTH]
        measures = (bold, measure)  # the label column is bold
    elif kind == TABLE and content[1]:
        headers, rows = content[0], [[str(cell) for cell in row] for row in content[1]]
        widths = column_widths(headers, rows, measure, bold)
        measures = (measure,) * len(headers)
    else:
        return None
    names = [row[0] for row in rows]
    rows = [[m.fitting(cell, width) for cell, width, m in zip(row, widths, measures)] for row in rows]
    header_height = 0
    if headers is not None:
        headers = tuple(bold.fitting(text, width) for text, width in zip(headers, widths))
        header_height = max(bold.height(text, width) for text, width in zip(headers, widths)) + ROW_PADDING
    table = MeasuredTable(headers, rows, widths, [], header_height, measures, names)
    table.heights = [table.row_height(row) for row in rows]
    return table


def place_table(pages, table, footer):
    """A measured table placed at `pages.y` (a PagedLayout), with grid lines, flowing over as many
    pages as it needs, its header repeated; each part is one frame exactly as tall as the rows it holds."""
    start, rows, heights = 0, table.rows, table.heights  # split_row changes them in place
    while start < len(rows):
        used, end = table.header_height + 2 * GRID_STROKE, start
        while end < len(rows) and pages.y + used + heights[end] + GRID_STROKE + FRAME_SLACK <= BODY_BOTTOM:
            used += heights[end] + GRID_STROKE
            end += 1
        room = BODY_BOTTOM - pages.y - used - GRID_STROKE - FRAME_SLACK
        if end < len(rows) and heights[end] > table.whole_page and table.split_row(end, room):
            continue  # a row taller than a page: the lines that fit here, the rest after
        if end == start:  # not even one row fits here: go on on a new page
            pages.new_page(footer)
            continue
        _table_frame(
            pages,
            table.headers,
            rows[start:end],
            heights[start:end],
            table.widths,
            used + FRAME_SLACK,
            table.header_height,
        )
        pages.y += used + FRAME_SLACK
        start = end
        if start < len(rows):
            pages.new_page(footer)


def _table_frame(pages, headers, rows, heights, widths, height, header_height=0.0):
    table = QgsLayoutItemManualTable.create(pages.layout)
    pages.layout.addMultiFrame(table)
    # The header is a row of the table's own, bold on a tint: QGIS gives its header row the
    # height of one line, and a header wrapped over two lines ("Influence / (0–5)") spilled
    # over the row above.
    table.setIncludeTableHeader(False)
    contents = []
    if headers is not None:
        header_cells = [QgsTableCell(safe_text(text)) for text in headers]
        for cell in header_cells:
            cell.setBackgroundColor(QColor(LABEL_BACKGROUND))
            cell.setTextFormat(_table_text_format(bold=True))
            cell.setVerticalAlignment(Qt.AlignmentFlag.AlignTop)
        contents.append(header_cells)
        heights = [header_height, *heights]
    for row in rows:
        cells = [QgsTableCell(safe_text(text)) for text in row]
        if headers is None:  # pairs: the label column stands out
            cells[0].setBackgroundColor(QColor(LABEL_BACKGROUND))
            cells[0].setTextFormat(_table_text_format(bold=True))
        contents.append(cells)
    table.setTableContents(contents)
    table.setRowHeights([height - 2 * CELL_MARGIN for height in heights])  # QGIS adds the margins
    table.setColumnWidths([width - 2 * CELL_MARGIN - GRID_STROKE for width in widths])
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    table.setCellMargin(CELL_MARGIN)
    table.setGridStrokeWidth(GRID_STROKE)
    table.setGridColor(QColor("#90a4ae"))
    table.setContentTextFormat(_table_text_format())
    table.setResizeMode(QgsLayoutTable.ResizeMode.UseExistingFrames)
    frame = QgsLayoutFrame(pages.layout, table)
    table.addFrame(frame)
    frame.attemptResize(QgsLayoutSize(TEXT_WIDTH, height))
    frame.attemptMove(QgsLayoutPoint(MARGIN, pages.y), True, False, pages.pages - 1)
    table.refresh()
