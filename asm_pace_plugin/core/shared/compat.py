"""QGIS API names that moved between QGIS 3.22 and QGIS 4, resolved once.

QGIS 3.30-3.38 moved many enums into `Qgis.*` and field types from QVariant to QMetaType;
QGIS 4 (Qt6) removes the old spellings. Everything else in the plugin imports from here.
"""

import functools

import qgis.core
from qgis.core import Qgis

if Qgis.QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    FIELD_STRING = QMetaType.Type.QString
    FIELD_INT = QMetaType.Type.Int
    FIELD_DOUBLE = QMetaType.Type.Double
    FIELD_DATETIME = QMetaType.Type.QDateTime
    FIELD_BOOL = QMetaType.Type.Bool
    FIELD_MAP = QMetaType.Type.QVariantMap
    FIELD_LIST = QMetaType.Type.QVariantList
else:
    from qgis.PyQt.QtCore import QVariant

    FIELD_STRING = QVariant.String
    FIELD_INT = QVariant.Int
    FIELD_DOUBLE = QVariant.Double
    FIELD_DATETIME = QVariant.DateTime
    FIELD_BOOL = QVariant.Bool
    FIELD_MAP = QVariant.Map
    FIELD_LIST = QVariant.List


def _members(new_enum, old_enum, old_form, *names):
    """Members of the enum Qgis.<new_enum> (where QGIS 3.30+ moved them), else of the older
    enum at old_enum ("QgsWkbTypes.GeometryType", looked up only there), spelled old_form.format(name)."""
    if hasattr(Qgis, new_enum):
        return tuple(getattr(getattr(Qgis, new_enum), name) for name in names)
    enum = functools.reduce(getattr, old_enum.split("."), qgis.core)
    return tuple(getattr(enum, old_form.format(name)) for name in names)


GEOMETRY_POINT, GEOMETRY_LINE, GEOMETRY_POLYGON, GEOMETRY_NULL = _members(
    "GeometryType", "QgsWkbTypes.GeometryType", "{}Geometry", "Point", "Line", "Polygon", "Null"
)
SOURCE_ANY_GEOMETRY, SOURCE_POLYGON, SOURCE_LINE, SOURCE_TABLE = _members(
    "ProcessingSourceType",
    "QgsProcessing.SourceType",
    "Type{}",
    "VectorAnyGeometry",
    "VectorPolygon",
    "VectorLine",
    "Vector",
)
FLAG_ADVANCED, FLAG_OPTIONAL, FLAG_HIDDEN = _members(
    "ProcessingParameterFlag",
    "QgsProcessingParameterDefinition.Flag",
    "Flag{}",
    "Advanced",
    "Optional",
    "Hidden",
)
(FIELD_PARAMETER_NUMERIC,) = _members(
    "ProcessingFieldParameterDataType", "QgsProcessingParameterField.DataType", "{}", "Numeric"
)
NUMBER_DOUBLE, NUMBER_INTEGER = _members(
    "ProcessingNumberParameterType", "QgsProcessingParameterNumber.Type", "{}", "Double", "Integer"
)
(SKIP_GEOMETRY_VALIDITY_CHECKS,) = _members(
    "ProcessingFeatureSourceFlag", "QgsProcessingFeatureSource.Flag", "Flag{}", "SkipGeometryValidityChecks"
)
(LAYER_FILTER_HAS_GEOMETRY,) = _members("LayerFilter", "QgsMapLayerProxyModel.Filter", "{}", "HasGeometry")
(LABEL_PLACEMENT_HORIZONTAL,) = _members(
    "LabelPlacement", "QgsPalLayerSettings.Placement", "{}", "Horizontal"
)
(ALGORITHM_NO_THREADING,) = _members(
    "ProcessingAlgorithmFlag", "QgsProcessingAlgorithm.Flag", "Flag{}", "NoThreading"
)
(DISTANCE_KILOMETERS,) = _members("DistanceUnit", "QgsUnitTypes.DistanceUnit", "Distance{}", "Kilometers")
(SPATIAL_INDEX_PRESENT,) = _members(
    "SpatialIndexPresence", "QgsFeatureSource.SpatialIndexPresence", "SpatialIndex{}", "Present"
)
(REQUEST_NO_GEOMETRY,) = _members("FeatureRequestFlag", "QgsFeatureRequest.Flag", "{}", "NoGeometry")
(
    WKB_NO_GEOMETRY,
    WKB_POINT,
    WKB_LINESTRING,
    WKB_POLYGON,
    WKB_MULTIPOLYGON,
    WKB_MULTILINESTRING,
    WKB_MULTIPOINT,
) = _members(
    "WkbType",
    "QgsWkbTypes.Type",
    "{}",
    "NoGeometry",
    "Point",
    "LineString",
    "Polygon",
    "MultiPolygon",
    "MultiLineString",
    "MultiPoint",
)


def geometry_type_of(wkb_type):
    """The geometry type (point / line / polygon / null) of a WKB type."""
    from qgis.core import QgsWkbTypes

    return QgsWkbTypes.geometryType(wkb_type)


def iterate_features(source, request):
    """Features of a layer or Processing source, without Processing's invalid-geometry filter.

    The plugin repairs and counts invalid geometries itself; the user's "invalid features
    filtering" setting would otherwise drop them silently or abort the run.
    """
    from qgis.core import QgsProcessingFeatureSource

    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, SKIP_GEOMETRY_VALIDITY_CHECKS)
    return source.getFeatures(request)


def parameter_as_fields(algorithm, parameters, name, context):
    """The field names chosen in a field parameter: parameterAsStrings where QGIS has it (3.40
    does, 3.22 not), as parameterAsFields is deprecated there and warns at every call."""
    if hasattr(algorithm, "parameterAsStrings"):
        return algorithm.parameterAsStrings(parameters, name, context)
    return algorithm.parameterAsFields(parameters, name, context)


def save_default_style(layer, name, description):
    """Store the layer's style in its own database as its default: "" or the problem as text.
    saveStyleToDatabaseV2 where QGIS has it (3.44 does, 3.40 not): the older call is deprecated there."""
    if hasattr(layer, "saveStyleToDatabaseV2"):
        return layer.saveStyleToDatabaseV2(name, description, True, "")[1] or ""
    return layer.saveStyleToDatabase(name, description, True, "") or ""


def set_label_font(label, font, colour=None):
    """Font (and colour) of a layout label: a text format from QGIS 3.24, setFont before."""
    if hasattr(label, "setTextFormat"):
        from qgis.core import QgsTextFormat

        text_format = QgsTextFormat.fromQFont(font)
        if colour is not None:
            text_format.setColor(colour)
        label.setTextFormat(text_format)
    else:
        label.setFont(font)
        if colour is not None:
            label.setFontColor(colour)


# PDF text as text (searchable), not outlines; Qgis.TextRenderFormat exists from QGIS 3.22.
TEXT_ALWAYS_TEXT = Qgis.TextRenderFormat.AlwaysText


def set_legend_text_size(legend, points):
    """Text size of a layout legend's entries: a text format from QGIS 3.30, a QFont before."""
    from qgis.core import QgsLegendStyle

    style = legend.rstyle(QgsLegendStyle.Style.SymbolLabel)
    if hasattr(style, "setTextFormat"):
        text_format = style.textFormat()
        text_format.setSize(points)
        style.setTextFormat(text_format)
    else:
        font = style.font()
        font.setPointSizeF(points)
        style.setFont(font)


def polygon_parts(geometry):
    """The polygons of a geometry as one (multi)polygon, or None where it holds none. GEOS's
    repairs and intersections give collections that mix a multipolygon with lines; QGIS 3.22's
    convertGeometryCollectionToSubclass drops such a multipolygon whole, so parts are taken one
    by one here."""
    if geometry is None or geometry.isEmpty():
        return None
    if geometry_type_of(geometry.wkbType()) == GEOMETRY_POLYGON:
        return geometry
    polygons = []
    collection = geometry.constGet()
    if not hasattr(collection, "numGeometries"):
        return None  # a single line or point
    for index in range(collection.numGeometries()):
        part = collection.geometryN(index)
        if geometry_type_of(part.wkbType()) != GEOMETRY_POLYGON:
            continue
        if hasattr(part, "numGeometries"):
            polygons.extend(part.geometryN(inner).clone() for inner in range(part.numGeometries()))
        else:
            polygons.append(part.clone())
    if not polygons:
        return None
    return qgis.core.QgsGeometry.collectGeometry([qgis.core.QgsGeometry(polygon) for polygon in polygons])
