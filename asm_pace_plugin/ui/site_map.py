"""The dock's hands on the map: zoom to the chosen site, and pick a site with a click."""

from qgis.core import QgsCoordinateTransform
from qgis.gui import QgsMapToolIdentifyFeature
from qgis.PyQt import sip


def zoom_to_feature(canvas, project, layer, fid):
    """Show the feature (with some surroundings for a point), selected and flashed."""
    box = layer.getFeature(fid).geometry().boundingBox()
    transform = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), project)
    box = transform.transformBoundingBox(box)
    box.scale(1.5)
    if box.width() == 0:  # a point: show some surroundings
        box.grow(0.01 if canvas.mapSettings().destinationCrs().isGeographic() else 1000)
    canvas.setExtent(box)
    layer.selectByIds([fid])
    canvas.refresh()
    canvas.flashFeatureIds(layer, [fid])


class SitePicker:
    """QGIS's identify tool on the site layer: a click on a site calls picked(feature id); ended
    (another tool chosen) calls ended(). The tool before it comes back when picking stops."""

    def __init__(self, canvas, picked, ended):
        self.canvas, self.picked, self.ended = canvas, picked, ended
        self.tool = None
        self.previous = None

    def start(self, layer):
        if self.tool is None:
            self.tool = QgsMapToolIdentifyFeature(self.canvas, layer)
            self.tool.featureIdentified.connect(lambda feature: self.picked(feature.id()))
            self.tool.deactivated.connect(self.ended)
        self.tool.setLayer(layer)
        self.previous = self.canvas.mapTool()
        self.canvas.setMapTool(self.tool)

    def stop(self):
        if self.tool is not None and self.canvas.mapTool() is self.tool:
            self.canvas.unsetMapTool(self.tool)
            if self.previous is not None and not sip.isdeleted(self.previous):
                self.canvas.setMapTool(self.previous)

    def release(self):
        """Unset and delete the tool (the canvas owns it; its slots are the dock's)."""
        if self.tool is not None:
            self.canvas.unsetMapTool(self.tool)
            self.tool.deleteLater()
            self.tool = None
