"""Maps on the pages of a print layout: a map in a UTM zone around a geometry, with its locator
(the country, Natural Earth), north arrow, scale bar, sources and a legend of what it shows."""

import functools
import json
import math

from qgis.core import (
    QgsBasicNumericFormat,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsPathResolver,
    QgsPointXY,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsSymbolLayerUtils,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QRectF
from qgis.PyQt.QtGui import QColor

from ..core.shared import compat, geodesy, i18n, outputs
from ..core.shared.i18n import translate
from ..core.shared.paths import LOCATOR_COUNTRIES, LOCATOR_COUNTRY_NAMES
from .layout_pages import MARGIN, PAGE_WIDTH, TEXT_WIDTH
from .map_styles import COUNTRY_STYLES

MAP_TOP, MAP_HEIGHT = 36.0, 108.0
LOCATOR_SIZE = 58.0  # the locator map, right of the site map; the legend under it
MAP_WIDTH = TEXT_WIDTH - LOCATOR_SIZE - 3
BELOW_MAP = 26.0  # scale bar and sources under the site map, the legend's end beside them
MIN_LOCATOR_HALF_DEGREES = 3.0
LOCATOR_MARGIN = 0.15  # share of the country's size shown around it
MIN_MAP_HALF_HEIGHT_M = 20000.0
NORTH_ARROW = "arrows/NorthArrow_02.svg"


def country_layer(project):
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


def dossier_number_format():
    """The numbers of a scale bar as the dossier's language writes them (2,5 km in French)."""
    locale = i18n.qlocale()
    number_format = QgsBasicNumericFormat()
    number_format.setDecimalSeparator(locale.decimalPoint())
    number_format.setThousandsSeparator(locale.groupSeparator())
    number_format.setShowTrailingZeros(False)
    return number_format


def utm_crs(point):
    """The UTM zone (WGS 84) of a lon/lat point: metre-true scale bars near the site."""
    zone = min(60, max(1, math.floor((point.x() + 180) / 6) + 1))
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if point.y() >= 0 else 32700) + zone}")


def place_map(
    pages, geometry, layers, base_layers, countries, sources_text, min_half_m=MIN_MAP_HALF_HEIGHT_M
):
    """A map of `geometry` (EPSG:4326) at the top of the current page of `pages` (a PagedLayout):
    `layers` drawn top first, its locator in `countries` beside it, the legend under the locator,
    the scale bar and `sources_text` under the map. Layers not among `base_layers` (taken in
    order) are this map's own: their legend shows no layer title. The map shows at least
    min_half_m metres around the geometry's centre. Returns where the page's text goes on below."""
    page_top = MAP_TOP
    item = QgsLayoutItemMap(pages.layout)
    pages.place(item, MARGIN, page_top, MAP_WIDTH, MAP_HEIGHT)
    item.setFrameEnabled(True)
    item.setLayers(layers)
    crs = utm_crs(geometry.centroid().asPoint())
    item.setCrs(crs)
    box = QgsCoordinateTransform(geodesy.WGS84, crs, pages.project).transformBoundingBox(
        geometry.boundingBox()
    )
    half = max(box.width(), box.height(), min_half_m)
    centre = box.center()
    ratio = MAP_WIDTH / MAP_HEIGHT
    item.setExtent(
        QgsRectangle(
            centre.x() - half * ratio, centre.y() - half, centre.x() + half * ratio, centre.y() + half
        )
    )
    _locator(pages, geometry.centroid().asPoint(), page_top, layers[0], countries)
    arrow = pages.picture(
        QgsSymbolLayerUtils.svgSymbolNameToPath(NORTH_ARROW, QgsPathResolver()),
        MARGIN + MAP_WIDTH - 14,
        page_top + 2,
        12,
        12,
    )
    arrow.setLinkedMap(item)
    below = page_top + MAP_HEIGHT + 2
    scale_bar = QgsLayoutItemScaleBar(pages.layout)
    scale_bar.setStyle("Single Box")
    scale_bar.setLinkedMap(item)
    scale_bar.applyDefaultSize(compat.DISTANCE_KILOMETERS)
    scale_bar.setNumericFormat(dossier_number_format())  # 2,5 in French, whatever QGIS's locale
    pages.place(scale_bar, MARGIN, below, 60, 12)
    pages.label(sources_text, MARGIN + 62, below, MAP_WIDTH - 62, BELOW_MAP - 4, size=6, colour="#37474f")
    legend = QgsLayoutItemLegend(pages.layout)
    legend.setTitle("")
    legend.setSymbolHeight(3.5)
    legend.setWrapString("\n")
    compat.set_legend_text_size(legend, 7)
    legend.setLinkedMap(item)
    _legend_tree(legend, layers, base_layers)
    legend_top = page_top + LOCATOR_SIZE + 8
    pages.place(
        legend,
        MARGIN + MAP_WIDTH + 3,
        legend_top,
        LOCATOR_SIZE,
        MAP_TOP + MAP_HEIGHT + BELOW_MAP - legend_top,
    )
    legend.setResizeToContents(False)
    return MAP_TOP + MAP_HEIGHT + BELOW_MAP


def _legend_tree(legend, layers, base_layers):
    """The legend of this map alone: its own layers (the site's impact zones, not the whole
    layer's), and of them only what the map shows (QGIS's filter by map content)."""
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for shown, layer in zip(layers, base_layers):
        node = root.addLayer(shown)
        if shown is not layer:  # a layer of this site alone: "This site", "Impact zones: ..."
            node.setCustomProperty("legend/title-style", "hidden")
    legend.setLegendFilterByMapEnabled(True)


def _locator(pages, point, top, sites, countries):
    """The country around the site (Natural Earth), the site marked, beside the site map."""
    country, box = None, None
    near = QgsFeatureRequest().setFilterRect(QgsRectangle(point.x(), point.y(), point.x(), point.y()))
    for feature in countries.getFeatures(near):
        if feature.geometry().contains(QgsGeometry.fromPointXY(QgsPointXY(point))):
            country, box = feature, feature.geometry().boundingBox()
            break
    half = MIN_LOCATOR_HALF_DEGREES
    centre = point
    if box is not None:
        half = max(half, box.width() / 2, box.height() / 2) * (1 + LOCATOR_MARGIN)
        centre = box.center()
    item = QgsLayoutItemMap(pages.layout)
    pages.place(item, MARGIN + MAP_WIDTH + 3, top, LOCATOR_SIZE, LOCATOR_SIZE)
    item.setFrameEnabled(True)
    item.setCrs(geodesy.WGS84)
    item.setBackgroundColor(QColor("#e3f2fd"))  # the sea
    layers = [sites]
    if country is not None:
        own = countries.clone()
        own.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(COUNTRY_STYLES["site"])))
        own.setSubsetString(
            f"{QgsExpression.quotedColumnRef('name')} = {QgsExpression.quotedValue(country['name'])}"
        )
        pages.project.addMapLayer(own, False)
        layers.append(own)
    item.setLayers([*layers, countries])
    item.setExtent(QgsRectangle(centre.x() - half, centre.y() - half, centre.x() + half, centre.y() + half))
    caption = (
        translate("DossierLayout", "Location: {country}").format(country=country_name(country))
        if country is not None
        else translate("DossierLayout", "Location")
    )
    pages.label(caption, MARGIN + MAP_WIDTH + 3, top + LOCATOR_SIZE + 1, LOCATOR_SIZE, 6, size=7)


def map_image(pages, page, path):
    """The map, scale bar and legend placed by place_map on a page (1-based) of `pages` as a PNG,
    for an HTML page, written aside; OutputWriteError when it cannot be written."""
    top = pages.layout.pageCollection().page(page - 1).pos().y()
    region = QRectF(0, top + MAP_TOP - 2, PAGE_WIDTH, MAP_HEIGHT + BELOW_MAP + 2)
    image = QgsLayoutExporter(pages.layout).renderRegionToImage(region, dpi=110)
    outputs.write_image(image, path)
    return path
