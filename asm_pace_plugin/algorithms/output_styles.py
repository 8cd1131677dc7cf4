"""Styles of the plugin's outputs, built in code so they fit any geometry type."""

from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory, QgsSymbol
from qgis.PyQt.QtGui import QColor

from ..core import pace

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
