"""One loader for every kind of reference layer (load_layer), driven by a LayerReading that says
which fields it reads, which features it leaves out and what each kept feature becomes; the WDPA
cleaning rules on geometry, beside their rules on attributes (core/screening/wdpa.py); what each
layer's reading left out (LoadReport). The readings of each kind: layer_reading.py."""

from collections import Counter
from dataclasses import dataclass
from typing import Callable, Optional

from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsFeedback,
    QgsGeometry,
    QgsProcessingFeatureSource,
    QgsProviderRegistry,
)

from ..shared import compat, geodesy
from ..shared.errors import InputError
from ..shared.i18n import QT_TRANSLATE_NOOP, translate
from . import wdpa
from .surroundings import features_near

# A polygon layer of at least this many features read for point sites (EPSG:4326): its polygons
# are first known by their bounding boxes, and read, checked and stored only when a search comes
# near them (memory and time then follow what the searches touch, not everything within reach).
READ_WHEN_NEEDED_FROM = 10_000


class LoadReport:
    """What happened to the features of one reference layer, for the log."""

    def __init__(self, layer_name):
        self.layer_name = layer_name
        self.read = 0
        self.kept = 0
        self.repaired = 0
        self.circles = 0
        self.dropped = Counter()

    def summary(self):
        """The reading in one line, each count after its words (no plural to agree with a number):
        "protected_areas: features used: 5 of 7; invalid geometries repaired: 1; left out (status not
        kept): 1"."""
        parts = [
            translate("References", "features used: {kept} of {read}").format(kept=self.kept, read=self.read)
        ]
        if self.repaired:
            parts.append(
                translate("References", "invalid geometries repaired: {count}").format(count=self.repaired)
            )
        if self.circles:
            parts.append(
                translate("References", "points turned into circles of their reported area: {count}").format(
                    count=self.circles
                )
            )
        parts.extend(
            translate("References", "left out ({reason}): {count}").format(
                count=count, reason=translate("Reasons", reason)
            )
            for reason, count in sorted(self.dropped.items())
        )
        return translate("References", "{layer}: {parts}").format(
            layer=self.layer_name, parts=translate("References", "; ").join(parts)
        )


# -- The WDPA cleaning rules on geometry (its rules on attributes: core/screening/wdpa.py) ----------------


def clean_polygon(geometry, repair, report):
    """A valid polygon geometry, or None (counted) when it cannot be used: an invalid polygon is
    repaired (makeValid) when `repair`, else left out."""
    if geometry.isGeosValid():
        return geometry
    if not repair:
        report.dropped[wdpa.DROPPED_INVALID] += 1
        return None
    repaired = compat.polygon_parts(geometry.makeValid())
    if repaired is None:
        report.dropped[wdpa.DROPPED_INVALID] += 1
        return None
    report.repaired += 1
    return repaired


def points_as_circles(geometry, record, options, transform, measure, report):
    """A WDPA point record as a geodesic circle of its reported area (a multipoint shares it
    among its points), or None (counted) without area or with circles switched off."""
    if not options.points_as_circles:
        report.dropped[wdpa.DROPPED_POINT_NOT_WANTED] += 1
        return None
    radius = wdpa.reported_area_radius_m(record.get("reported_area"))
    if radius is None:
        report.dropped[wdpa.DROPPED_POINT_WITHOUT_AREA] += 1
        return None
    if radius > wdpa.reported_area_radius_m(wdpa.MAX_PLAUSIBLE_AREA_KM2):
        report.dropped[wdpa.DROPPED_IMPLAUSIBLE_AREA] += 1
        return None
    geometry = _transform(geometry, transform, report)
    if geometry is None:
        return None
    points = geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]
    radius /= len(points) ** 0.5
    circles = [geodesy.geodesic_circle(point, radius, measure) for point in points]
    report.circles += 1
    return QgsGeometry.unaryUnion(circles) if len(circles) > 1 else circles[0]


def _transform(geometry, transform, report, polygon=False):
    """The geometry in EPSG:4326; polygons across the antimeridian or round a pole as they lie
    on the globe (geodesy.polygon_to_wgs84). None (counted) where it cannot be reprojected."""
    if transform is None:
        # Longitudes of 0-360° (some Pacific layers): folded back into -180 to 180°.
        return geodesy.split_at_antimeridian(geometry) if polygon else geometry
    try:
        if polygon:
            return geodesy.polygon_to_wgs84(geometry, transform)
        geometry.transform(transform)
    except QgsCsException:
        report.dropped[QT_TRANSLATE_NOOP("Reasons", "could not be reprojected to WGS 84")] += 1
        return None
    return geometry


# -- One loader for every kind of reference layer, driven by a LayerReading ---------------------


@dataclass(frozen=True)
class LayerReading:
    """How one kind of reference layer is read: which field plays which role, which features
    are left out by their attributes, and the record each kept feature becomes."""

    kind: str  # the layer's kind, as messages name it (translated there)
    roles: dict  # role: field name of the layer (None: the layer has none)
    exclusion: Callable  # (record: role -> value) -> why it is left out, or None
    record: Callable  # (record, feature id) -> ProtectedArea, Landscape or Ecoregion
    points: Optional[Callable] = None  # (geometry, record, transform, report) -> polygon, for point layers


def _usable_geometry_type(source, layer_name, reading):
    """The layer's geometry type; InputError when `reading` cannot use it."""
    geometry_type = compat.geometry_type_of(source.wkbType())
    if geometry_type != compat.GEOMETRY_POLYGON and not (
        reading.points and geometry_type == compat.GEOMETRY_POINT
    ):
        wanted = (
            translate("References", "polygons (or WDPA points with REP_AREA)")
            if reading.points
            else translate("References", "polygons")
        )
        raise InputError(
            translate(
                "References",
                "The {kind} layer '{layer_name}' has no {wanted}: it holds {value}. Choose a polygon layer.",
            ).format(
                kind=translate("References", reading.kind),
                layer_name=layer_name,
                wanted=wanted,
                value=translate("References", "no geometry")
                if geometry_type == compat.GEOMETRY_NULL
                else translate("References", "lines"),
            )
        )
    return geometry_type


def load_layer(reference, source, layer_name, reading, transform_context, repair, feedback=None):
    """Add the usable features of one layer, read as `reading` says, to reference; returns its
    LoadReport. InputError when the layer cannot be used."""
    geometry_type = _usable_geometry_type(source, layer_name, reading)
    names = source.fields().names()
    indices = {role: names.index(field) for role, field in reading.roles.items() if field}
    transform = _to_wgs84(source, transform_context)
    report = LoadReport(layer_name)
    reference.layers.append(layer_name)
    request = QgsFeatureRequest().setSubsetOfAttributes(sorted(set(indices.values())))
    feedback = feedback or QgsFeedback()
    if reference.near is None:
        features = compat.iterate_features(source, request)
    else:  # only the features within reach of the sites
        features = features_near(source, reference.near, request, feedback, transform_context)

    def values(feature):
        return {role: feature.attribute(index) for role, index in indices.items()}

    def usable_geometry(feature, record, report):
        """The feature's geometry cleaned and in EPSG:4326, or None (counted in report)."""
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            report.dropped[wdpa.DROPPED_NO_GEOMETRY] += 1
            return None
        if geometry.type() == compat.GEOMETRY_POINT:
            return reading.points(geometry, record, transform, report)
        geometry = clean_polygon(geometry, repair, report)
        return geometry and _transform(geometry, transform, report, polygon=True)

    def read_again(feature_id):
        """The geometry of a kept feature, read and cleaned again as it was (nothing counted)."""
        feature = next(compat.iterate_features(source, QgsFeatureRequest(request).setFilterFid(feature_id)))
        return usable_geometry(feature, values(feature), LoadReport(layer_name))

    # Polygons of a WDPA-size layer for point sites: known by their boxes, read when a search needs them.
    reader = None
    if (
        reference.points_only
        and transform is None
        and geometry_type == compat.GEOMETRY_POLYGON
        and source.featureCount() >= READ_WHEN_NEEDED_FROM
    ):
        reader = PolygonReader(source, repair, report)
    for feature in features:
        if feedback.isCanceled():
            break
        report.read += 1
        record = values(feature)
        reason = reading.exclusion(record)
        if reason:
            report.dropped[reason] += 1
            continue
        if reader is not None:
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                report.dropped[wdpa.DROPPED_NO_GEOMETRY] += 1
                continue
            reference.add_unread(
                geometry.boundingBox(), reading.record(record, feature.id()), reader, feature.id()
            )
            report.kept += 1
            continue
        geometry = usable_geometry(feature, record, report)
        if geometry is None:
            continue
        reference.add(geometry, reading.record(record, feature.id()), (read_again, feature.id()))
        report.kept += 1
    return report


class PolygonReader:
    """Reads polygons of a layer in EPSG:4326 again by feature id, cleaned as load_layer cleans
    them (ReferenceSet.add_unread): called for one, many() for several. Where a report is given,
    the polygon is read for the first time: a repair or a drop is counted in it (a drop also
    takes it out of the features used)."""

    def __init__(self, source, repair, report):
        self.source = source
        self.repair = repair
        self.report = report
        self._request = QgsFeatureRequest().setNoAttributes()

    def __call__(self, feature_id, report=None):
        request = QgsFeatureRequest(self._request).setFilterFid(feature_id)
        return self._clean(next(compat.iterate_features(self.source, request)), report)

    def many(self, feature_ids, report=None):
        request = QgsFeatureRequest(self._request).setFilterFids(list(feature_ids))
        for feature in compat.iterate_features(self.source, request):
            yield feature.id(), self._clean(feature, report)

    def _clean(self, feature, report):
        cleaned = clean_polygon(feature.geometry(), self.repair, report or LoadReport(""))
        if cleaned is None and report is not None:
            report.kept -= 1
        return cleaned


def _to_wgs84(source, transform_context):
    if source.sourceCrs() == geodesy.WGS84:
        return None
    if not source.sourceCrs().isValid():
        raise InputError(
            translate(
                "References",
                "A layer has no valid CRS: set its CRS (Layer Properties > Source) and run again.",
            )
        )
    return QgsCoordinateTransform(source.sourceCrs(), geodesy.WGS84, transform_context)


def layer_display_name(layer):
    """The layer's name, with the GeoPackage layer where several layers share one file name."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    inner = parts.get("layerName")
    return f"{layer.name()} ({inner})" if inner and inner != layer.name() else layer.name()


def filled_source(layer, context, empty_sentence):
    """(a thread-safe source of the layer, its display name); InputError with empty_sentence (a
    translated sentence with {} for the name) when the layer has no feature."""
    source = QgsProcessingFeatureSource(layer, context)
    name = layer_display_name(layer)
    if not source.featureCount():
        raise InputError(empty_sentence.format(name))
    return source, name
