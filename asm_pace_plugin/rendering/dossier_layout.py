"""The print layout of site dossiers: one section of A4 pages per site in one QgsPrintLayout.

Layouts are not thread safe: everything here runs on the main thread (the algorithm declares
NoThreading) in a QgsProject owned by the run, never QgsProject.instance(). Text goes into plain
(non-HTML) labels, so names are printed as typed; "[%" is broken up so that QGIS does not
evaluate it as an expression.
"""

import functools
import json
import math
import tempfile
import textwrap
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsBasicNumericFormat,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPathResolver,
    QgsPointXY,
    QgsPrintLayout,
    QgsProcessingUtils,
    QgsRectangle,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsSymbolLayerUtils,
    QgsTableCell,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF
from qgis.PyQt.QtWidgets import QGraphicsScene

from ..core.assessment.dossier import (
    PAIRS,
    STAKEHOLDER_TABLE,
    TABLE,
    TEXT,
    no_stakeholders_sentence,
    sections,
)
from ..core.shared import compat, geodesy, i18n
from ..core.shared.i18n import QT_TRANSLATE_NOOP, date, translate
from ..core.shared.paths import LOCATOR_COUNTRIES, LOCATOR_COUNTRY_NAMES
from .dossier_html import plain_lines, render_html
from .stakeholder_charts import draw_grid, draw_network, save_scene_png

PAGE_WIDTH, PAGE_HEIGHT = 210.0, 297.0
MARGIN = 15.0
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
BODY_BOTTOM = PAGE_HEIGHT - 18.0
LINE_HEIGHT = 3.9  # mm per line of 8 pt text, with room to spare
FONT_FAMILY = "DejaVu Sans"
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
WRAP_CHARACTERS = 120
HEADING_HEIGHT = 7.0
HEADING_SIZES = (15, 13, 11, 9)  # points of a site's heading, the largest that fits
CHART_HEIGHT = 80.0
MAP_TOP, MAP_HEIGHT = 36.0, 108.0
LOCATOR_SIZE = 58.0  # the locator map, right of the site map; the legend under it
MAP_WIDTH = TEXT_WIDTH - LOCATOR_SIZE - 3
BELOW_MAP = 26.0  # scale bar and sources under the site map, the legend's end beside them
MIN_LOCATOR_HALF_DEGREES = 3.0
LOCATOR_MARGIN = 0.15  # share of the country's size shown around it
MIN_MAP_HALF_HEIGHT_M = 20000.0
NORTH_ARROW = "arrows/NorthArrow_02.svg"
# Captions (translated where shown) and keys of the charts of a dossier.
GRID_CAPTION = QT_TRANSLATE_NOOP("Dossier", "Influence–interest grid")
NETWORK_CAPTION = QT_TRANSLATE_NOOP("Dossier", "Relation network")
LAYER_STYLES = {  # role: properties of the fill drawn on the map
    "ecoregions": {"color": "200,230,201,110", "outline_color": "102,187,106", "outline_width": "0.2"},
    "landscapes": {"color": "255,224,178,90", "outline_color": "239,108,0", "outline_width": "0.5"},
    "protected_areas": {"color": "46,125,50,90", "outline_color": "27,94,32", "outline_width": "0.4"},
    "impact_zones": {"color": "123,31,162,50", "outline_color": "123,31,162", "outline_width": "0.4"},
    "sites": {"color": "198,40,40,160", "outline_color": "0,0,0", "outline_width": "0.5"},
    "other_sites": {"color": "120,144,156,120", "outline_color": "69,90,100", "outline_width": "0.3"},
}
SITE_MARKERS = {  # the dossier's own site stands out from the others
    "sites": {"name": "circle", "color": "198,40,40", "outline_color": "0,0,0", "size": "3"},
    "other_sites": {"name": "circle", "color": "144,164,174", "outline_color": "69,90,100", "size": "2"},
}
COUNTRY_STYLES = {
    "all": {"color": "236,239,241", "outline_color": "144,164,174", "outline_width": "0.15"},
    "site": {"color": "207,216,220", "outline_color": "84,110,122", "outline_width": "0.3"},
}
ZONE_COLOURS = ("123,31,162", "230,81,0", "0,105,92", "40,53,147", "173,20,87", "85,139,47", "93,64,55")
ZONE_FILL_ALPHA = 45
LEGEND_LINE_CHARACTERS = 34  # legend entries wrap to the width of the locator above them
NAME_FIELD = "name"  # of the protected-area layer the algorithm builds


def role_symbol(layer, role):
    """The symbol of a map layer's role in the dossier (points and lines get their own)."""
    geometry_type = compat.geometry_type_of(layer.wkbType())
    properties = LAYER_STYLES[role]
    if geometry_type == compat.GEOMETRY_POINT:
        return QgsMarkerSymbol.createSimple(SITE_MARKERS.get(role, {"color": properties["outline_color"]}))
    if geometry_type == compat.GEOMETRY_LINE:
        return QgsLineSymbol.createSimple({"color": properties["outline_color"], "width": "0.6"})
    return QgsFillSymbol.createSimple(properties)


def style_layer(layer, role):
    """Give a map layer of the dossier the symbol of its role."""
    layer.setRenderer(QgsSingleSymbolRenderer(role_symbol(layer, role)))


def style_sites_of(layer, site_key):
    """The sites layer of one dossier: its own site in red over the other sites in grey, named
    so in the legend ("This site", "Other mining sites")."""
    own_symbol = role_symbol(layer, "sites")
    for index in range(own_symbol.symbolLayerCount()):
        own_symbol.symbolLayer(index).setRenderingPass(1)  # drawn after (over) the others
    own = f"{QgsExpression.quotedColumnRef('site_key')} = {QgsExpression.quotedValue(site_key)}"
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(
        QgsRuleBasedRenderer.Rule(own_symbol, 0, 0, own, translate("DossierLayout", "This site"))
    )
    others = translate("DossierLayout", "Other mining sites")
    root.appendChild(QgsRuleBasedRenderer.Rule(role_symbol(layer, "other_sites"), 0, 0, "", others, "", True))
    renderer = QgsRuleBasedRenderer(root)
    renderer.setUsingSymbolLevels(True)
    layer.setRenderer(renderer)


def style_zones(layer, pathway_names):
    """Impact zones coloured by pathway, translucent, each named in words in the legend:
    "Impact zones: Hunting pressure"."""
    categories = []
    values = layer.uniqueValues(layer.fields().indexOf("pathway"))
    pathways = sorted(str(value) for value in values if value is not None)
    for index, pathway in enumerate(pathways):
        colour = ZONE_COLOURS[index % len(ZONE_COLOURS)]
        symbol = QgsFillSymbol.createSimple(
            {"color": f"{colour},{ZONE_FILL_ALPHA}", "outline_color": colour, "outline_width": "0.4"}
        )
        name = pathway_names.get(pathway, pathway).split(" (")[0]
        label = translate("DossierLayout", "Impact zones: {pathway}").format(pathway=name)
        categories.append(QgsRendererCategory(pathway, symbol, textwrap.fill(label, LEGEND_LINE_CHARACTERS)))
    layer.setRenderer(QgsCategorizedSymbolRenderer("pathway", categories))


def label_names(layer):
    """Each feature labelled with its name (protected areas named on the map)."""
    settings = QgsPalLayerSettings()
    settings.fieldName = NAME_FIELD
    settings.placement = compat.LABEL_PLACEMENT_HORIZONTAL
    text_format = QgsTextFormat.fromQFont(QFont(FONT_FAMILY))
    text_format.setSize(7)
    text_format.setColor(QColor("#1b5e20"))
    buffer = text_format.buffer()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    text_format.setBuffer(buffer)
    settings.setFormat(text_format)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def keep_labels_off(layer):
    """Labels of other layers (protected-area names) are placed clear of this layer's features."""
    settings = QgsPalLayerSettings()
    settings.drawLabels = False
    settings.obstacleSettings().setIsObstacle(True)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _country_layer(project):
    """The locator's countries (Natural Earth), in the run's project but not in its legend."""
    layer = QgsVectorLayer(str(LOCATOR_COUNTRIES), "countries", "ogr")
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(COUNTRY_STYLES["all"])))
    project.addMapLayer(layer, False)
    return layer


@functools.lru_cache(maxsize=1)
def _country_names():
    return json.loads(LOCATOR_COUNTRY_NAMES.read_text("utf-8"))


def country_name(country):
    """A locator country's name in the language being written, its English (Natural Earth) name
    where CLDR has none (N. Cyprus, Somaliland)."""
    names = _country_names().get(country["iso_a3"], {})
    return names.get(i18n.current_language()) or country["name"]


def _safe_text(text):
    return str(text).replace("[%", "[\u200b%")


def _table_text_format(bold=False):
    font = QFont(FONT_FAMILY)
    font.setBold(bold)
    text_format = QgsTextFormat.fromQFont(font)
    text_format.setSize(TABLE_TEXT_PT)
    return text_format


class _TextMeasure:
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


def dossier_number_format():
    """The numbers of a scale bar as the dossier's language writes them (2,5 km in French)."""
    locale = i18n.qlocale()
    number_format = QgsBasicNumericFormat()
    number_format.setDecimalSeparator(locale.decimalPoint())
    number_format.setThousandsSeparator(locale.groupSeparator())
    number_format.setShowTrailingZeros(False)
    return number_format


def heading_size(heading):
    """The point size that keeps a site's heading on its line: a long name is set smaller."""
    for points in HEADING_SIZES:
        if _TextMeasure(bold=True, points=points).width(heading) <= TEXT_WIDTH * WRAP_SAFETY:
            return points
    return HEADING_SIZES[-1]  # longer still: on two lines


def utm_crs(point):
    """The UTM zone (WGS 84) of a lon/lat point: metre-true scale bars near the site."""
    zone = min(60, max(1, math.floor((point.x() + 180) / 6) + 1))
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if point.y() >= 0 else 32700) + zone}")


@dataclass
class MeasuredTable:
    """A section's table ready to place: cells wrapped into lines, widths and heights in mm."""

    headers: tuple  # None: a table of pairs, without header
    rows: list
    widths: list
    heights: list
    header_height: float
    measures: tuple  # the _TextMeasure of each column
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
    measure, bold = _TextMeasure(), _TextMeasure(bold=True)
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


class DossierLayout:
    """Adds site sections to one print layout in `project`, then exports them to a PDF."""

    def __init__(self, project, catalogues, map_layers, sources_text, work_dir, zones=None):
        self.project = project
        self.catalogues = catalogues
        self.map_layers = map_layers  # drawn in this order, top first: the sites first
        self.countries = _country_layer(project)
        self.zones = zones  # (impact-zones layer among map_layers, its site key field), or None
        self.sources_text = sources_text
        self.work_dir = work_dir
        self.layout = QgsPrintLayout(project)
        self.layout.setName(translate("Dossier", "ASM-PACE site dossiers"))
        self.pages = 0
        self.page_of_site = {}
        self.mapped = set()  # the keys of the sites drawn on a map
        self._y = 0.0

    # -- pages and text ---------------------------------------------------------------------
    def _new_page(self, footer):
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
        self.layout.pageCollection().addPage(page)
        self.pages += 1
        self._y = MARGIN
        self._label(footer, MARGIN, PAGE_HEIGHT - 12.0, TEXT_WIDTH, 6.0, size=7, colour="#607d8b")

    def _place(self, item, x, y, width, height):
        self.layout.addLayoutItem(item)
        item.attemptResize(QgsLayoutSize(width, height))
        item.attemptMove(QgsLayoutPoint(x, y), True, False, self.pages - 1)

    def _label(self, text, x, y, width, height, size=8, bold=False, colour=None):
        label = QgsLayoutItemLabel(self.layout)
        font = QFont("DejaVu Sans")
        font.setPointSizeF(size)
        font.setBold(bold)
        compat.set_label_font(label, font, QColor(colour) if colour else None)
        label.setText(_safe_text(text))
        label.setHAlign(Qt.AlignmentFlag.AlignLeft)
        self._place(label, x, y, width, height)
        return label

    def _room(self, height, footer):
        if self._y + height > BODY_BOTTOM:
            self._new_page(footer)

    def _text_block(self, lines, footer):
        """Lines of text flowing over as many pages as they need."""
        while lines:
            self._room(LINE_HEIGHT * 2, footer)
            fitting = max(1, int((BODY_BOTTOM - self._y) // LINE_HEIGHT))
            chunk, lines = lines[:fitting], lines[fitting:]
            height = LINE_HEIGHT * len(chunk) + 1
            self._label("\n".join(chunk), MARGIN, self._y, TEXT_WIDTH, height)
            self._y += height

    def _table(self, table, footer):
        """A measured table with grid lines flowing over as many pages as it needs, its header
        repeated; each part is one frame exactly as tall as the rows it holds."""
        start, rows, heights = 0, table.rows, table.heights  # split_row changes them in place
        while start < len(rows):
            used, end = table.header_height + 2 * GRID_STROKE, start
            while (
                end < len(rows) and self._y + used + heights[end] + GRID_STROKE + FRAME_SLACK <= BODY_BOTTOM
            ):
                used += heights[end] + GRID_STROKE
                end += 1
            room = BODY_BOTTOM - self._y - used - GRID_STROKE - FRAME_SLACK
            if end < len(rows) and heights[end] > table.whole_page and table.split_row(end, room):
                continue  # a row taller than a page: the lines that fit here, the rest after
            if end == start:  # not even one row fits here: go on on a new page
                self._new_page(footer)
                continue
            self._table_frame(
                table.headers,
                rows[start:end],
                heights[start:end],
                table.widths,
                used + FRAME_SLACK,
                table.header_height,
            )
            self._y += used + FRAME_SLACK
            start = end
            if start < len(rows):
                self._new_page(footer)

    def _table_frame(self, headers, rows, heights, widths, height, header_height=0.0):
        table = QgsLayoutItemManualTable.create(self.layout)
        self.layout.addMultiFrame(table)
        # The header is a row of the table's own, bold on a tint: QGIS gives its header row the
        # height of one line, and a header wrapped over two lines ("Influence / (0–5)") spilled
        # over the row above.
        table.setIncludeTableHeader(False)
        contents = []
        if headers is not None:
            header_cells = [QgsTableCell(_safe_text(text)) for text in headers]
            for cell in header_cells:
                cell.setBackgroundColor(QColor(LABEL_BACKGROUND))
                cell.setTextFormat(_table_text_format(bold=True))
                cell.setVerticalAlignment(Qt.AlignmentFlag.AlignTop)
            contents.append(header_cells)
            heights = [header_height, *heights]
        for row in rows:
            cells = [QgsTableCell(_safe_text(text)) for text in row]
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
        frame = QgsLayoutFrame(self.layout, table)
        table.addFrame(frame)
        frame.attemptResize(QgsLayoutSize(TEXT_WIDTH, height))
        frame.attemptMove(QgsLayoutPoint(MARGIN, self._y), True, False, self.pages - 1)
        table.refresh()

    def _picture(self, path, x, y, width, height):
        picture = QgsLayoutItemPicture(self.layout)
        picture.setPicturePath(str(path))
        self._place(picture, x, y, width, height)
        return picture

    # -- a site -----------------------------------------------------------------------------
    def add_site(self, dossier, geometry, index):
        """Add the section of one dossier; `geometry` is the site in EPSG:4326 (or None)."""
        redaction = (
            translate("DossierLayout", "redacted")
            if dossier.redaction.applied
            else translate("DossierLayout", "NOT REDACTED")
        )
        footer = translate(
            "DossierLayout", "ASM-PACE site dossier · {site} · {date} UTC · plugin {version} · {redaction}"
        ).format(
            site=dossier.title,
            date=date(dossier.generated_at, with_time=True),
            version=dossier.plugin_version,
            redaction=redaction,
        )
        self._new_page(footer)
        self.page_of_site[dossier.key] = self.pages
        heading = translate("Dossier", "Site dossier: {title}").format(title=dossier.title)
        self._label(heading, MARGIN, MARGIN, TEXT_WIDTH, 10, size=heading_size(heading), bold=True)
        self._label(dossier.class_label, MARGIN, MARGIN + 10, TEXT_WIDTH, 5, size=10)
        colour = "#b71c1c" if dossier.redaction.alarming else "#37474f"  # calm when nothing left out
        self._label(dossier.redaction.sentence(), MARGIN, MARGIN + 15, TEXT_WIDTH, 5, size=8, colour=colour)
        self._y = self._map(geometry, dossier.key)
        charts = self.charts(dossier, index)
        self._sections(sections(dossier, self.catalogues), dossier, charts, footer)
        return charts

    def _sections(self, listed, dossier, charts, footer):
        """The sections of a dossier, below the map, flowing over the pages."""
        for position, (title, kind, content) in enumerate(listed):
            if title == translate("Dossier", STAKEHOLDER_TABLE) and not charts:
                self._text_block([no_stakeholders_sentence(dossier)], footer)
            elif title == translate("Dossier", STAKEHOLDER_TABLE):
                self._room(CHART_HEIGHT + HEADING_HEIGHT, footer)
                self._picture(charts[GRID_CAPTION], MARGIN, self._y, TEXT_WIDTH / 2 - 2, CHART_HEIGHT)
                self._picture(
                    charts[NETWORK_CAPTION],
                    MARGIN + TEXT_WIDTH / 2 + 2,
                    self._y,
                    TEXT_WIDTH / 2 - 2,
                    CHART_HEIGHT,
                )
                self._y += CHART_HEIGHT + 2
            table = measured_table(kind, content)
            keep = table.first_part if table else LINE_HEIGHT * 2
            if (
                kind == TEXT
                and position + 1 < len(listed)
                and len(plain_lines(content, WRAP_CHARACTERS)) <= 2
            ):
                # A heading and a line or two stay with what follows (the stakeholder charts):
                # never a heading alone at the foot of a page.
                keep = LINE_HEIGHT * 2 + 2 + self._opening(listed[position + 1], charts)
            self._room(HEADING_HEIGHT + keep, footer)
            self._label(title, MARGIN, self._y, TEXT_WIDTH, HEADING_HEIGHT - 1, size=10, bold=True)
            self._y += HEADING_HEIGHT
            if table is not None:
                self._table(table, footer)
            elif kind == TABLE:
                self._text_block([translate("DossierLayout", "None recorded.")], footer)
            else:
                self._text_block(plain_lines(content, WRAP_CHARACTERS), footer)
            self._y += 2

    def _opening(self, section, charts):
        """The height the start of a section needs on a page: its charts (the stakeholder table's),
        or its heading with its first lines or the first row of its table."""
        title, kind, content = section
        if title == translate("Dossier", STAKEHOLDER_TABLE) and charts:
            return CHART_HEIGHT + 2
        table = measured_table(kind, content)
        return HEADING_HEIGHT + (table.first_part if table else LINE_HEIGHT * 2)

    def charts(self, dossier, index):
        """The grid and network of a dossier as PNG files in work_dir: {caption: path}; none
        for a site without stakeholders (empty quadrants say nothing)."""
        if not dossier.stakeholders:
            return {}
        colours = {relation_type.id: relation_type.colour for relation_type in self.catalogues.relation_types}
        paths = {}
        for caption, name, draw in (
            (GRID_CAPTION, "grid", lambda scene: draw_grid(scene, dossier.stakeholders)),
            (
                NETWORK_CAPTION,
                "network",
                lambda scene: draw_network(scene, dossier.stakeholders, dossier.relations, colours),
            ),
        ):
            scene = QGraphicsScene()
            draw(scene)
            paths[caption] = save_scene_png(scene, self.work_dir / f"site{index:03d}_{name}.png")
        return paths

    def _layers_for(self, site_key):
        """The map layers of one site: the sites with this one standing out, the impact zones cut
        down to its own."""
        sites = self.map_layers[0].clone()
        style_sites_of(sites, site_key)
        layers = [sites, *self.map_layers[1:]]
        if self.zones is not None:
            zones, key_field = self.zones
            own = zones.clone()
            own.setSubsetString(
                f"{QgsExpression.quotedColumnRef(key_field)} = {QgsExpression.quotedValue(site_key)}"
            )
            layers = [own if layer is zones else layer for layer in layers]
        for layer in layers:
            if layer not in self.map_layers:
                self.project.addMapLayer(layer, False)
        return layers

    def _map(self, geometry, site_key):
        """The site map, its locator and legend; returns where the page's text goes on below."""
        if geometry is None or geometry.isNull():
            no_map = translate("DossierLayout", "This site has no geometry: no map.")
            self._label(no_map, MARGIN, MAP_TOP, TEXT_WIDTH, 6, size=9)
            return MAP_TOP + 8
        self.mapped.add(site_key)
        page_top = MAP_TOP
        item = QgsLayoutItemMap(self.layout)
        self._place(item, MARGIN, page_top, MAP_WIDTH, MAP_HEIGHT)
        item.setFrameEnabled(True)
        layers = self._layers_for(site_key)
        item.setLayers(layers)
        crs = utm_crs(geometry.centroid().asPoint())
        item.setCrs(crs)
        box = QgsCoordinateTransform(geodesy.WGS84, crs, self.project).transformBoundingBox(
            geometry.boundingBox()
        )
        half = max(box.width(), box.height(), MIN_MAP_HALF_HEIGHT_M)
        centre = box.center()
        ratio = MAP_WIDTH / MAP_HEIGHT
        item.setExtent(
            QgsRectangle(
                centre.x() - half * ratio, centre.y() - half, centre.x() + half * ratio, centre.y() + half
            )
        )
        self._locator(geometry.centroid().asPoint(), page_top, layers[0])
        arrow = self._picture(
            QgsSymbolLayerUtils.svgSymbolNameToPath(NORTH_ARROW, QgsPathResolver()),
            MARGIN + MAP_WIDTH - 14,
            page_top + 2,
            12,
            12,
        )
        arrow.setLinkedMap(item)
        below = page_top + MAP_HEIGHT + 2
        scale_bar = QgsLayoutItemScaleBar(self.layout)
        scale_bar.setStyle("Single Box")
        scale_bar.setLinkedMap(item)
        scale_bar.applyDefaultSize(compat.DISTANCE_KILOMETERS)
        scale_bar.setNumericFormat(dossier_number_format())  # 2,5 in French, whatever QGIS's locale
        self._place(scale_bar, MARGIN, below, 60, 12)
        self._label(
            self.sources_text, MARGIN + 62, below, MAP_WIDTH - 62, BELOW_MAP - 4, size=6, colour="#37474f"
        )
        legend = QgsLayoutItemLegend(self.layout)
        legend.setTitle("")
        legend.setSymbolHeight(3.5)
        legend.setWrapString("\n")
        compat.set_legend_text_size(legend, 7)
        legend.setLinkedMap(item)
        self._legend_tree(legend, layers)
        legend_top = page_top + LOCATOR_SIZE + 8
        self._place(
            legend,
            MARGIN + MAP_WIDTH + 3,
            legend_top,
            LOCATOR_SIZE,
            MAP_TOP + MAP_HEIGHT + BELOW_MAP - legend_top,
        )
        legend.setResizeToContents(False)
        return MAP_TOP + MAP_HEIGHT + BELOW_MAP

    def _legend_tree(self, legend, layers):
        """The legend of this map alone: its own layers (the site's impact zones, not the whole
        layer's), and of them only what the map shows (QGIS's filter by map content)."""
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        for shown, layer in zip(layers, self.map_layers):
            node = root.addLayer(shown)
            if shown is not layer:  # a layer of this site alone: "This site", "Impact zones: ..."
                node.setCustomProperty("legend/title-style", "hidden")
        legend.setLegendFilterByMapEnabled(True)

    def _locator(self, point, top, sites):
        """The country around the site (Natural Earth), the site marked, beside the site map."""
        country, box = None, None
        near = QgsFeatureRequest().setFilterRect(QgsRectangle(point.x(), point.y(), point.x(), point.y()))
        for feature in self.countries.getFeatures(near):
            if feature.geometry().contains(QgsGeometry.fromPointXY(QgsPointXY(point))):
                country, box = feature, feature.geometry().boundingBox()
                break
        half = MIN_LOCATOR_HALF_DEGREES
        centre = point
        if box is not None:
            half = max(half, box.width() / 2, box.height() / 2) * (1 + LOCATOR_MARGIN)
            centre = box.center()
        item = QgsLayoutItemMap(self.layout)
        self._place(item, MARGIN + MAP_WIDTH + 3, top, LOCATOR_SIZE, LOCATOR_SIZE)
        item.setFrameEnabled(True)
        item.setCrs(geodesy.WGS84)
        item.setBackgroundColor(QColor("#e3f2fd"))  # the sea
        layers = [sites]
        if country is not None:
            own = self.countries.clone()
            own.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(COUNTRY_STYLES["site"])))
            own.setSubsetString(
                f"{QgsExpression.quotedColumnRef('name')} = {QgsExpression.quotedValue(country['name'])}"
            )
            self.project.addMapLayer(own, False)
            layers.append(own)
        item.setLayers([*layers, self.countries])
        item.setExtent(
            QgsRectangle(centre.x() - half, centre.y() - half, centre.x() + half, centre.y() + half)
        )
        caption = (
            translate("DossierLayout", "Location: {country}").format(country=country_name(country))
            if country is not None
            else translate("DossierLayout", "Location")
        )
        self._label(caption, MARGIN + MAP_WIDTH + 3, top + LOCATOR_SIZE + 1, LOCATOR_SIZE, 6, size=7)

    # -- output -----------------------------------------------------------------------------
    def map_image(self, site_key, path):
        """The map, scale bar and legend of a site's first page as a PNG (for the HTML dossier);
        None for a site without a map."""
        if site_key not in self.mapped:
            return None
        page = self.page_of_site[site_key] - 1
        top = self.layout.pageCollection().page(page).pos().y()
        region = QRectF(0, top + MAP_TOP - 2, PAGE_WIDTH, MAP_HEIGHT + BELOW_MAP + 2)
        image = QgsLayoutExporter(self.layout).renderRegionToImage(region, dpi=110)
        if not image.save(str(path), "PNG"):
            raise OSError(translate("Dossier", "could not write {path}").format(path=path))
        return path

    def export_pdf(self, path):
        """Write the PDF; returns an error message, or "" on success."""
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.textRenderFormat = compat.TEXT_ALWAYS_TEXT  # text stays text: searchable, copyable
        settings.dpi = 200
        result = QgsLayoutExporter(self.layout).exportToPdf(str(path), settings)
        if result != QgsLayoutExporter.ExportResult.Success:
            return translate(
                "Dossier",
                "QGIS could not write the PDF {path} (error {result}): is it open in another program?",
            ).format(path=path, result=result)
        return ""


def pictures_folder(html_path):
    """Where a run's maps and charts go: beside the HTML page (its _files folder), or a
    temporary folder of the run when there is only the PDF."""
    if html_path is None:
        return Path(tempfile.mkdtemp(prefix="dossier_", dir=QgsProcessingUtils.tempFolder()))
    folder = html_path.parent / f"{html_path.stem}_files"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def write_html_page(html_path, folder, dossiers, catalogues, images):
    """The dossiers' HTML page, its pictures ({key: {caption: path}}) linked from its folder."""
    relative = {
        key: {caption: f"{folder.name}/{Path(path).name}" for caption, path in pictures.items()}
        for key, pictures in images.items()
    }
    html_path.write_text(render_html(dossiers, catalogues, relative), encoding="utf-8")
