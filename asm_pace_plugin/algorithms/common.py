"""Helpers shared by the algorithms: site checks, geometry repair, WGS 84 transforms."""

from qgis.core import QgsCoordinateTransform, QgsCsException, QgsGeometry, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..core import compat, geodesy

GEOMETRY_REPAIRED = "geometry repaired"


def tr(text):
    return QCoreApplication.translate("AsmPaceAlgorithm", text)


def ellipsoid_of(context):
    ellipsoid = context.ellipsoid()
    # Planimetric ("NONE") would give planar degrees: distances must stay on an ellipsoid.
    return ellipsoid if ellipsoid and ellipsoid.upper() != "NONE" else geodesy.DEFAULT_ELLIPSOID


def check_site_source(source, what):
    """QgsProcessingException when a site layer has no geometry, no feature or no CRS."""
    if compat.geometry_type_of(source.wkbType()) == compat.GEOMETRY_NULL:
        raise QgsProcessingException(
            tr("{} has no geometry (it is a table). Choose a point, line or polygon layer.").format(what)
        )
    if source.featureCount() == 0:
        raise QgsProcessingException(tr("{} is empty: add sites or choose another layer.").format(what))
    if not source.sourceCrs().isValid():
        raise QgsProcessingException(
            tr("{} has no valid CRS. Set it in Layer Properties > Source and run again.").format(what)
        )


def site_geometry(geometry, to_wgs84):
    """(geometry in EPSG:4326 or None, problem or None): repaired when invalid, None when unusable."""
    if geometry.isNull() or geometry.isEmpty():
        return None, "no geometry"
    work = QgsGeometry(geometry)
    problem = None
    if work.type() != compat.GEOMETRY_POINT and not work.isGeosValid():
        work = work.makeValid()
        problem = GEOMETRY_REPAIRED
        if work.isEmpty():
            return None, "invalid geometry that could not be repaired"
    if to_wgs84 is not None:
        try:
            work.transform(to_wgs84)
        except QgsCsException:
            return None, "could not be reprojected to WGS 84"
    return work, problem


def wgs84_transform(source, context):
    """A transform from a source's CRS to EPSG:4326, or None when it is already in it."""
    if source.sourceCrs() == geodesy.WGS84:
        return None
    return QgsCoordinateTransform(source.sourceCrs(), geodesy.WGS84, context.transformContext())
