"""Site features as the classifier and the zone builders read them: in EPSG:4326, repaired."""

from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsVectorLayer,
)

from . import compat, geodesy
from .i18n import QT_TRANSLATE_NOOP
from .paths import LOCATOR_COUNTRIES

# What a site's note says of its geometry: stored in site_note (stable values), translated in the log.
NOTE_NO_GEOMETRY = QT_TRANSLATE_NOOP("Reasons", "no geometry")
NOTE_REPAIRED = QT_TRANSLATE_NOOP("Reasons", "geometry repaired")
NOTE_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Reasons", "coordinates out of range")

# A feedback property the readers set when they stop for a cancel: [features read, features],
# for the run's closing line.
READ_BEFORE_CANCEL = "asm_pace_read_before_cancel"


def note_cancel(feedback, read, total):
    """Record on the feedback how far a reader had got when the run was cancelled."""
    feedback.setProperty(READ_BEFORE_CANCEL, [read, total])


def site_geometry(geometry, to_wgs84):
    """(geometry in EPSG:4326 or None, problem or None): repaired when invalid, None when unusable."""
    if geometry.isNull() or geometry.isEmpty():
        return None, NOTE_NO_GEOMETRY
    work = geometry
    problem = None
    if work.type() != compat.GEOMETRY_POINT and not work.isGeosValid():
        work = work.makeValid()
        problem = NOTE_REPAIRED
        if work.isEmpty():
            return None, QT_TRANSLATE_NOOP("Reasons", "invalid geometry that could not be repaired")
    if to_wgs84 is not None:
        work = QgsGeometry(work)  # the caller's geometry keeps its own CRS
        try:
            work.transform(to_wgs84)
        except QgsCsException:
            return None, QT_TRANSLATE_NOOP("Reasons", "could not be reprojected to WGS 84")
    if geodesy.outside_valid_range(work):
        return None, NOTE_OUT_OF_RANGE
    return work, problem


def wgs84_transform(source, context):
    """A transform from a source's CRS to EPSG:4326, or None when it is already in it."""
    if source.sourceCrs() == geodesy.WGS84:
        return None
    return QgsCoordinateTransform(source.sourceCrs(), geodesy.WGS84, context.transformContext())


def site_features(source, context, feedback, counts, progress=None):
    """(feature, geometry in EPSG:4326) for each usable feature of a source, until cancelled.

    Invalid geometries are repaired; repairs and unusable features are counted in counts
    (a Counter) by reason. progress, if given, is called with the share (0-1) read so far.
    """
    to_wgs84 = wgs84_transform(source, context)
    total = source.featureCount() or 1
    for current, feature in enumerate(compat.iterate_features(source, QgsFeatureRequest())):
        if feedback.isCanceled():
            note_cancel(feedback, current, source.featureCount())
            return
        if progress is not None:
            progress(current / total)
        geometry, problem = site_geometry(feature.geometry(), to_wgs84)
        if problem:
            counts[problem] += 1
        if geometry is not None:
            yield feature, geometry


# Sites read to judge whether coordinates look swapped (a sample is enough).
SWAP_SAMPLE = 500


def looks_swapped(source, to_wgs84):
    """Whether the point sites' coordinates look exchanged (latitude typed as longitude): none
    of the sites (a sample of SWAP_SAMPLE) lies on land, while most would with x and y swapped.
    Land is the countries of the dossier's locator map (Natural Earth)."""
    if compat.geometry_type_of(source.wkbType()) != compat.GEOMETRY_POINT:
        return False
    points = []
    request = QgsFeatureRequest().setNoAttributes().setLimit(SWAP_SAMPLE)
    for feature in compat.iterate_features(source, request):
        geometry, _problem = site_geometry(feature.geometry(), to_wgs84)
        if geometry is not None:
            point = geometry.centroid().asPoint()
            points.append((point.x(), point.y()))
    if len(points) < 3:
        return False
    countries = QgsVectorLayer(str(LOCATOR_COUNTRIES), "countries", "ogr")
    land = [feature.geometry() for feature in countries.getFeatures()]

    def on_land(x, y):
        point = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        return any(
            country.boundingBox().contains(point.boundingBox()) and country.contains(point)
            for country in land
        )

    if any(on_land(x, y) for x, y in points):
        return False
    swapped = sum(1 for x, y in points if abs(x) <= 90 and on_land(y, x))
    return swapped * 2 > len(points)
