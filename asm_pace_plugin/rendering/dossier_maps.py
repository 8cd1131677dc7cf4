"""The map layers of a site dossier, in a project of the dossier's own: the sites, the protected
areas near them as the classification reads them, copies of the user's layers, and where a
site lies (latitude, longitude, UTM)."""

from pathlib import Path

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsProcessingFeedback,
    QgsProviderRegistry,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core.assessment import layer_roles
from ..core.assessment.dossier import pathway_names
from ..core.screening import wdpa
from ..core.screening.layer_reading import ReferenceLayers, load_references
from ..core.shared import compat, geodesy
from ..core.shared.errors import InputError
from ..core.shared.i18n import translate
from ..core.shared.public_names import SITE_ID_FIELD
from .layout_maps import utm_crs
from .map_styles import keep_labels_off, label_names, style_layer, style_zones

MAP_MARGIN_DEGREES = 1.0  # protected areas are read this far around the sites (the maps show less)


def site_layer(sites, name):
    """A memory layer of the sites' geometries (EPSG:4326), keyed by site_key."""
    geometries = [
        geometry for _key, _label, _attributes, geometry in sites if geometry and not geometry.isNull()
    ]
    geometry_name = QgsWkbTypes.displayString(geometries[0].wkbType()) if geometries else "Point"
    layer = QgsVectorLayer(f"{geometry_name}?crs={geodesy.WGS84.authid()}", name, "memory")
    layer.dataProvider().addAttributes([QgsField("site_key", compat.FIELD_STRING)])
    layer.updateFields()
    for key, _label, _attributes, geometry in sites:
        if geometry is not None and not geometry.isNull():
            feature = QgsFeature(layer.fields())
            feature.setAttributes([key])
            feature.setGeometry(geometry)
            layer.dataProvider().addFeature(feature)
    style_layer(layer, "sites")
    keep_labels_off(layer)  # a protected area's name never hides the site
    return layer


def own_copy(layer):
    """A copy the run's project may own: never the caller's layer object."""
    if layer.providerType() == "memory":
        return layer.materialize(QgsFeatureRequest())
    return QgsVectorLayer(layer.source(), layer.name(), layer.providerType())


def source_name(layer):
    """The layer as the map's sources line names it: its table and file."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    name = parts.get("layerName") or layer.name()
    file_name = Path(parts["path"]).name if parts.get("path") else ""
    return f"{name} ({file_name})" if file_name else name


def sites_box(sites, margin_degrees):
    """The box (EPSG:4326) around every site's geometry, grown by margin_degrees."""
    # Bounds taken in Python: an empty QgsRectangle means (0, 0, 0, 0) on 3.22 but "null" on 3.44
    # (setMinimal, the spelling both knew, is deprecated there), and a site at (0, 0) must count.
    boxes = [geometry.boundingBox() for *_, geometry in sites if geometry and not geometry.isNull()]
    if not boxes:
        return QgsRectangle(-180, -90, 180, 90)
    box = QgsRectangle(
        min(b.xMinimum() for b in boxes),
        min(b.yMinimum() for b in boxes),
        max(b.xMaximum() for b in boxes),
        max(b.yMaximum() for b in boxes),
    )
    box.grow(margin_degrees)
    return box


def protected_area_layer(layers, box, context, name, feedback, reading=None):
    """The protected areas of `layers` within `box`, as the classification reads them (WDPA
    cleaned, points as circles of their reported area), in one polygon layer with their names.
    When none is left to draw, the log says why and the layer is empty. reading: (the fields
    chosen, wdpa.CleaningOptions) as the classification was given them; None: the defaults."""
    near = []
    for layer in layers:
        to_layer = QgsCoordinateTransform(geodesy.WGS84, layer.crs(), context.transformContext())
        subset = layer.materialize(QgsFeatureRequest().setFilterRect(to_layer.transformBoundingBox(box)))
        if subset.featureCount():
            near.append(subset)
    result = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=name:string", name, "memory")
    if not near:
        return result
    aze = [layer for layer in near if {n.upper() for n in layer.fields().names()} >= layer_roles.AZE_FIELDS]
    chosen = ReferenceLayers(
        protected_areas=[layer for layer in near if layer not in aze],
        aze_sites=aze,
        landscapes=[],
        ecoregions=[],
        pa_fields=reading[0] if reading else {},
        cleaning=reading[1] if reading else wdpa.CleaningOptions(),
    )
    measure = geodesy.context_measure(context)
    quiet = QgsProcessingFeedback()  # what the classification logs would only repeat here
    try:
        areas = load_references(chosen, measure, context, quiet, lambda _share: None).protected_areas
    except InputError as error:
        feedback.pushWarning(
            translate("DossierMaps", "The maps show no protected area: {reason}").format(reason=error)
        )
        return result
    features = []
    for item in range(len(areas)):
        feature = QgsFeature(result.fields())
        geometry = QgsGeometry(areas.geometry(item))
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        feature.setAttributes([areas.record(item).name])
        features.append(feature)
    result.dataProvider().addFeatures(features)
    return result


def site_location(geometry, transform_context):
    """(latitude, longitude, UTM zone, northern, easting, northing) of the site's centre, or None."""
    if geometry is None or geometry.isNull():
        return None
    point = geometry.centroid().asPoint()
    crs = utm_crs(point)
    projected = QgsCoordinateTransform(geodesy.WGS84, crs, transform_context).transform(point)
    zone = int(crs.authid().split(":")[1]) % 100
    return point.y(), point.x(), zone, point.y() >= 0, projected.x(), projected.y()


def map_layers(project, sites, zones, given, context, feedback, box=None, reading=None):
    """The map layers (top first) added to the run's own project, the sources text's layer names
    and [(role, copy)] of the layers each map cuts down to its own site (impact zones, corridors).
    given: {"protected_areas" | "landscapes" | "ecoregions" | "corridors": [layer, ...]}. Layers
    are named in words for the legend, in the dossier's language; the protected areas are read as
    the classification reads them, near the sites only
    (or in `box`, EPSG:4326, when given), with `reading` (see protected_area_layer)."""
    layers, sources, keyed = [site_layer(sites, translate("DossierMaps", "Mining sites"))], [], []
    if zones is not None:
        zone_copy = own_copy(zones)
        style_zones(zone_copy, pathway_names())
        zone_copy.setName(translate("DossierMaps", "Impact zones"))
        layers.append(zone_copy)
        keyed.append((layer_roles.IMPACT_ZONES, zone_copy))
        sources.append(source_name(zones))
    for layer in given.get("corridors", []):
        copied = own_copy(layer)
        copied.setName(translate("DossierMaps", "Mercury and sediment corridors"))
        style_layer(copied, "corridors")
        layers.append(copied)
        if copied.fields().indexOf(SITE_ID_FIELD) >= 0:
            keyed.append((layer_roles.CORRIDORS, copied))
        sources.append(source_name(layer))
    if given["protected_areas"]:
        box = box or sites_box(sites, MAP_MARGIN_DEGREES)
        areas = protected_area_layer(
            given["protected_areas"],
            box,
            context,
            translate("DossierMaps", "Protected areas"),
            feedback,
            reading,
        )
        style_layer(areas, "protected_areas")
        label_names(areas)
        layers.append(areas)
        sources += [source_name(layer) for layer in given["protected_areas"]]
    for role, title in (
        ("landscapes", translate("DossierMaps", "WWF priority landscapes")),
        ("ecoregions", translate("DossierMaps", "Ecoregions")),
    ):
        for layer in given[role]:
            copied = own_copy(layer)
            copied.setName(title)
            style_layer(copied, role)
            layers.append(copied)
            sources.append(source_name(layer))
    for layer in layers:  # each map's legend is built from the layers it shows
        project.addMapLayer(layer, False)
    return layers, sources, keyed
