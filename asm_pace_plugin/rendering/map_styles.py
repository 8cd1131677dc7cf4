"""The look of the maps in reports: the symbol of each layer's role, a site standing out from the
others, impact zones coloured by pathway, names as labels, the locator's countries."""

import textwrap

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsExpression,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..core.shared import compat
from ..core.shared.i18n import translate
from .layout_pages import FONT_FAMILY

LAYER_STYLES = {  # role: properties of the fill drawn on the map
    "ecoregions": {"color": "200,230,201,110", "outline_color": "102,187,106", "outline_width": "0.2"},
    "landscapes": {"color": "255,224,178,90", "outline_color": "239,108,0", "outline_width": "0.5"},
    "protected_areas": {"color": "46,125,50,90", "outline_color": "27,94,32", "outline_width": "0.4"},
    "impact_zones": {"color": "123,31,162,50", "outline_color": "123,31,162", "outline_width": "0.4"},
    "corridors": {"color": "2,136,209,70", "outline_color": "1,87,155", "outline_width": "0.3"},
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
