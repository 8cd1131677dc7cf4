"""Styles of the plugin's outputs, built in code so they fit any geometry type."""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsRendererCategory,
    QgsSymbol,
)
from qgis.PyQt.QtGui import QColor

from ..core import compat, pace

CLASS_COLOURS = {
    pace.PROTECTED_AREA: "#d7301f",
    pace.PRIORITY_LANDSCAPE: "#fc8d59",
    pace.CRITICAL_ECOSYSTEM: "#7b3294",
    pace.NOT_ELIGIBLE: "#969696",
}


def pace_class_renderer(geometry_type):
    """A categorised renderer on pace_class with one colour and label per PACE class."""
    categories = []
    for site_class, colour in CLASS_COLOURS.items():
        symbol = QgsSymbol.defaultSymbol(geometry_type)
        symbol.setColor(QColor(colour))
        categories.append(QgsRendererCategory(site_class, symbol, pace.CLASS_LABELS[site_class]))
    return QgsCategorizedSymbolRenderer("pace_class", categories)


def apply_pace_class_style(layer):
    layer.setRenderer(pace_class_renderer(layer.geometryType()))
    layer.triggerRepaint()


PATHWAY_COLOURS = {
    "footprint": "#67000d",
    "offsite_deforestation": "#e6550d",
    "hunting": "#756bb1",
    "landscape_deforestation": "#fdae6b",
    "charcoal_timber": "#8c510a",
    "mercury_sediment": "#3182bd",
}
OTHER_COLOUR = "#969696"
# Processing keeps only a pointer to a post-processor: the Python objects must outlive the run.
_ALIVE_STYLERS = {}
ZONE_OPACITY = 0.45


def apply_pathway_style(layer):
    """Colours a layer with a 'pathway' field by impact pathway; polygons half transparent."""
    index = layer.fields().indexOf("pathway")
    if index < 0:
        return
    categories = []
    for value in sorted(str(value) for value in layer.uniqueValues(index) if value is not None):
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(QColor(PATHWAY_COLOURS.get(value, OTHER_COLOUR)))
        if layer.geometryType() == compat.GEOMETRY_POLYGON:
            symbol.setOpacity(ZONE_OPACITY)
        categories.append(QgsRendererCategory(value, symbol, value.replace("_", " ")))
    layer.setRenderer(QgsCategorizedSymbolRenderer("pathway", categories))
    layer.triggerRepaint()


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Applies a style function to an output once Processing has loaded it into the project."""

    def __init__(self, apply):
        super().__init__()
        self.apply = apply

    def postProcessLayer(self, layer, context, feedback):
        if layer is not None:
            self.apply(layer)

    @classmethod
    def attach(cls, context, dest_id, apply):
        if dest_id and context.willLoadLayerOnCompletion(dest_id):
            styler = _ALIVE_STYLERS[dest_id] = cls(apply)
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(styler)
