"""The print layout of site dossiers: one section of A4 pages per site in one QgsPrintLayout.

Layouts are not thread safe: everything here runs on the main thread (the algorithm declares
NoThreading) in a QgsProject owned by the run, never QgsProject.instance(). Text goes into plain
(non-HTML) labels, so names are printed as typed; "[%" is broken up so that QGIS does not
evaluate it as an expression.
"""

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPathResolver,
    QgsPrintLayout,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsSymbolLayerUtils,
)
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtWidgets import QGraphicsScene

from ..core import compat
from ..core.dossier import STAKEHOLDER_TABLE, plain_lines, sections
from .stakeholder_charts import draw_grid, draw_network, save_scene_png

PAGE_WIDTH, PAGE_HEIGHT = 210.0, 297.0
MARGIN = 15.0
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
BODY_BOTTOM = PAGE_HEIGHT - 18.0
LINE_HEIGHT = 3.9  # mm per line of 8 pt text, with room to spare
WRAP_CHARACTERS = 120
HEADING_HEIGHT = 7.0
CHART_HEIGHT = 80.0
MAP_TOP, MAP_HEIGHT = 36.0, 108.0
BELOW_MAP = 44.0  # scale bar, legend and sources under the map
MIN_MAP_HALF_HEIGHT_M = 20000.0
NORTH_ARROW = "arrows/NorthArrow_02.svg"
GRID_CAPTION = "Influence–interest grid"
NETWORK_CAPTION = "Relation network"
LAYER_STYLES = {  # role: properties of the fill drawn on the map
    "ecoregions": {"color": "200,230,201,110", "outline_color": "102,187,106", "outline_width": "0.2"},
    "landscapes": {"color": "255,224,178,90", "outline_color": "239,108,0", "outline_width": "0.5"},
    "protected_areas": {"color": "46,125,50,90", "outline_color": "27,94,32", "outline_width": "0.4"},
    "impact_zones": {"color": "123,31,162,50", "outline_color": "123,31,162", "outline_width": "0.4"},
    "sites": {"color": "198,40,40,160", "outline_color": "0,0,0", "outline_width": "0.5"},
}
SITE_MARKER = {"name": "circle", "color": "198,40,40", "outline_color": "0,0,0", "size": "3"}


def style_layer(layer, role):
    """Give a map layer of the dossier the symbol of its role (points and lines get their own)."""
    geometry_type = compat.geometry_type_of(layer.wkbType())
    properties = LAYER_STYLES[role]
    if geometry_type == compat.GEOMETRY_POINT:
        symbol = QgsMarkerSymbol.createSimple(
            SITE_MARKER if role == "sites" else {"color": properties["outline_color"]}
        )
    elif geometry_type == compat.GEOMETRY_LINE:
        symbol = QgsLineSymbol.createSimple({"color": properties["outline_color"], "width": "0.6"})
    else:
        symbol = QgsFillSymbol.createSimple(properties)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def _safe_text(text):
    return str(text).replace("[%", "[\u200b%")


def utm_crs(point):
    """The UTM zone (WGS 84) of a lon/lat point: metre-true scale bars near the site."""
    zone = min(60, max(1, math.floor((point.x() + 180) / 6) + 1))
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if point.y() >= 0 else 32700) + zone}")


class DossierLayout:
    """Adds site sections to one print layout in `project`, then exports them to a PDF."""

    def __init__(self, project, catalogues, map_layers, sources_text, work_dir, zones=None):
        self.project = project
        self.catalogues = catalogues
        self.map_layers = map_layers  # drawn in this order, top first
        self.zones = zones  # (impact-zones layer among map_layers, its site key field), or None
        self.sources_text = sources_text
        self.work_dir = work_dir
        self.layout = QgsPrintLayout(project)
        self.layout.setName("ASM-PACE site dossiers")
        self.pages = 0
        self.page_of_site = {}
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

    def _picture(self, path, x, y, width, height):
        picture = QgsLayoutItemPicture(self.layout)
        picture.setPicturePath(str(path))
        self._place(picture, x, y, width, height)
        return picture

    # -- a site -----------------------------------------------------------------------------
    def add_site(self, dossier, geometry, index):
        """Add the section of one dossier; `geometry` is the site in EPSG:4326 (or None)."""
        footer = (
            f"ASM-PACE site dossier · {dossier.title} · {dossier.generated_at} · plugin "
            f"{dossier.plugin_version} · {'redacted' if dossier.redaction.applied else 'NOT REDACTED'}"
        )
        self._new_page(footer)
        self.page_of_site[dossier.key] = self.pages
        self._label(f"Site dossier: {dossier.title}", MARGIN, MARGIN, TEXT_WIDTH, 10, size=15, bold=True)
        self._label(dossier.class_label, MARGIN, MARGIN + 10, TEXT_WIDTH, 5, size=10)
        self._label(
            dossier.redaction.sentence(), MARGIN, MARGIN + 15, TEXT_WIDTH, 5, size=8, colour="#b71c1c"
        )
        self._map(geometry, dossier.key)
        self._y = MAP_TOP + MAP_HEIGHT + BELOW_MAP
        charts = self.charts(dossier, index)
        for title, kind, content in sections(dossier, self.catalogues):
            if title == STAKEHOLDER_TABLE:
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
            self._room(HEADING_HEIGHT + LINE_HEIGHT * 2, footer)
            self._label(title, MARGIN, self._y, TEXT_WIDTH, HEADING_HEIGHT - 1, size=10, bold=True)
            self._y += HEADING_HEIGHT
            self._text_block(plain_lines(kind, content, WRAP_CHARACTERS), footer)
            self._y += 2
        return charts

    def charts(self, dossier, index):
        """The grid and network of a dossier as PNG files in work_dir: {caption: path}."""
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
        """The map layers, with the impact zones cut down to this site's own."""
        if self.zones is None:
            return self.map_layers
        layer, key_field = self.zones
        own = layer.clone()
        own.setSubsetString(
            f"{QgsExpression.quotedColumnRef(key_field)} = {QgsExpression.quotedValue(site_key)}"
        )
        self.project.addMapLayer(own, False)
        return [own if candidate is layer else candidate for candidate in self.map_layers]

    def _map(self, geometry, site_key):
        page_top = MAP_TOP
        item = QgsLayoutItemMap(self.layout)
        self._place(item, MARGIN, page_top, TEXT_WIDTH, MAP_HEIGHT)
        item.setFrameEnabled(True)
        item.setLayers(self._layers_for(site_key))
        if geometry is not None and not geometry.isNull():
            crs = utm_crs(geometry.centroid().asPoint())
            item.setCrs(crs)
            box = QgsCoordinateTransform(
                QgsCoordinateReferenceSystem("EPSG:4326"), crs, self.project
            ).transformBoundingBox(geometry.boundingBox())
            half = max(box.width(), box.height(), MIN_MAP_HALF_HEIGHT_M)
            centre = box.center()
            ratio = TEXT_WIDTH / MAP_HEIGHT
            item.setExtent(
                QgsRectangle(
                    centre.x() - half * ratio, centre.y() - half, centre.x() + half * ratio, centre.y() + half
                )
            )
        else:
            self._label("This site has no geometry: no map.", MARGIN + 5, page_top + 5, 100, 6, size=9)
        arrow = self._picture(
            QgsSymbolLayerUtils.svgSymbolNameToPath(NORTH_ARROW, QgsPathResolver()),
            MARGIN + TEXT_WIDTH - 14,
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
        self._place(scale_bar, MARGIN, below, 70, 12)
        legend = QgsLayoutItemLegend(self.layout)
        legend.setTitle("")
        legend.setSymbolHeight(3.5)
        compat.set_legend_text_size(legend, 7)
        legend.setLinkedMap(item)
        self._place(legend, MARGIN + 80, below, TEXT_WIDTH - 80, BELOW_MAP - 4)
        legend.setResizeToContents(False)
        self._label(self.sources_text, MARGIN, below + 14, 76, 18, size=6, colour="#37474f")

    # -- output -----------------------------------------------------------------------------
    def map_image(self, site_key, path):
        """The map, scale bar and legend of a site's first page as a PNG (for the HTML dossier)."""
        page = self.page_of_site[site_key] - 1
        top = self.layout.pageCollection().page(page).pos().y()
        region = QRectF(0, top + MAP_TOP - 2, PAGE_WIDTH, MAP_HEIGHT + BELOW_MAP)
        image = QgsLayoutExporter(self.layout).renderRegionToImage(region, dpi=110)
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        return path

    def export_pdf(self, path):
        """Write the PDF; returns an error message, or "" on success."""
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.textRenderFormat = compat.TEXT_ALWAYS_TEXT  # text stays text: searchable, copyable
        settings.dpi = 200
        result = QgsLayoutExporter(self.layout).exportToPdf(str(path), settings)
        if result != QgsLayoutExporter.ExportResult.Success:
            return f"QGIS could not write the PDF {path} (error {result}): is it open in another program?"
        return ""
