"""QGIS API names that moved between QGIS 3.22 and QGIS 4, resolved once.

QGIS 3.30-3.38 moved many enums into `Qgis.*` and field types from QVariant to QMetaType;
QGIS 4 (Qt6) removes the old spellings. Everything else in the plugin imports from here.
"""

from qgis.core import Qgis, QgsProcessing, QgsProcessingParameterDefinition, QgsProcessingParameterNumber

if Qgis.QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    FIELD_STRING = QMetaType.Type.QString
    FIELD_INT = QMetaType.Type.Int
    FIELD_DOUBLE = QMetaType.Type.Double
    FIELD_BOOL = QMetaType.Type.Bool
    FIELD_MAP = QMetaType.Type.QVariantMap
    FIELD_LIST = QMetaType.Type.QVariantList
else:
    from qgis.PyQt.QtCore import QVariant

    FIELD_STRING = QVariant.String
    FIELD_INT = QVariant.Int
    FIELD_DOUBLE = QVariant.Double
    FIELD_BOOL = QVariant.Bool
    FIELD_MAP = QVariant.Map
    FIELD_LIST = QVariant.List

if hasattr(Qgis, "GeometryType"):
    GEOMETRY_POINT = Qgis.GeometryType.Point
    GEOMETRY_LINE = Qgis.GeometryType.Line
    GEOMETRY_POLYGON = Qgis.GeometryType.Polygon
    GEOMETRY_NULL = Qgis.GeometryType.Null
else:
    from qgis.core import QgsWkbTypes

    GEOMETRY_POINT = QgsWkbTypes.GeometryType.PointGeometry
    GEOMETRY_LINE = QgsWkbTypes.GeometryType.LineGeometry
    GEOMETRY_POLYGON = QgsWkbTypes.GeometryType.PolygonGeometry
    GEOMETRY_NULL = QgsWkbTypes.GeometryType.NullGeometry

if hasattr(Qgis, "ProcessingSourceType"):
    SOURCE_ANY_GEOMETRY = Qgis.ProcessingSourceType.VectorAnyGeometry
    SOURCE_POLYGON = Qgis.ProcessingSourceType.VectorPolygon
    SOURCE_LINE = Qgis.ProcessingSourceType.VectorLine
    SOURCE_TABLE = Qgis.ProcessingSourceType.Vector
else:
    SOURCE_ANY_GEOMETRY = QgsProcessing.SourceType.TypeVectorAnyGeometry
    SOURCE_POLYGON = QgsProcessing.SourceType.TypeVectorPolygon
    SOURCE_LINE = QgsProcessing.SourceType.TypeVectorLine
    SOURCE_TABLE = QgsProcessing.SourceType.TypeVector

if hasattr(Qgis, "ProcessingParameterFlag"):
    FLAG_ADVANCED = Qgis.ProcessingParameterFlag.Advanced
    FLAG_OPTIONAL = Qgis.ProcessingParameterFlag.Optional
else:
    FLAG_ADVANCED = QgsProcessingParameterDefinition.Flag.FlagAdvanced
    FLAG_OPTIONAL = QgsProcessingParameterDefinition.Flag.FlagOptional

if hasattr(Qgis, "ProcessingNumberParameterType"):
    NUMBER_DOUBLE = Qgis.ProcessingNumberParameterType.Double
    NUMBER_INTEGER = Qgis.ProcessingNumberParameterType.Integer
else:
    NUMBER_DOUBLE = QgsProcessingParameterNumber.Type.Double
    NUMBER_INTEGER = QgsProcessingParameterNumber.Type.Integer


def geometry_type_of(wkb_type):
    """The geometry type (point / line / polygon / null) of a WKB type."""
    from qgis.core import QgsWkbTypes

    return QgsWkbTypes.geometryType(wkb_type)


if hasattr(Qgis, "ProcessingFeatureSourceFlag"):
    SKIP_GEOMETRY_VALIDITY_CHECKS = Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks
else:
    from qgis.core import QgsProcessingFeatureSource

    SKIP_GEOMETRY_VALIDITY_CHECKS = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks

if hasattr(Qgis, "WkbType"):
    _WKB = Qgis.WkbType
else:
    from qgis.core import QgsWkbTypes

    _WKB = QgsWkbTypes.Type
WKB_NO_GEOMETRY = _WKB.NoGeometry
WKB_POINT = _WKB.Point
WKB_LINESTRING = _WKB.LineString
WKB_POLYGON = _WKB.Polygon
WKB_MULTIPOLYGON = _WKB.MultiPolygon
WKB_MULTILINESTRING = _WKB.MultiLineString


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


if hasattr(Qgis, "LayerFilter"):
    LAYER_FILTER_HAS_GEOMETRY = Qgis.LayerFilter.HasGeometry
else:
    from qgis.core import QgsMapLayerProxyModel

    LAYER_FILTER_HAS_GEOMETRY = QgsMapLayerProxyModel.Filter.HasGeometry

if hasattr(Qgis, "LabelPlacement"):
    LABEL_PLACEMENT_HORIZONTAL = Qgis.LabelPlacement.Horizontal
else:
    from qgis.core import QgsPalLayerSettings

    LABEL_PLACEMENT_HORIZONTAL = QgsPalLayerSettings.Placement.Horizontal

if hasattr(Qgis, "ProcessingAlgorithmFlag"):
    ALGORITHM_NO_THREADING = Qgis.ProcessingAlgorithmFlag.NoThreading
else:
    from qgis.core import QgsProcessingAlgorithm

    ALGORITHM_NO_THREADING = QgsProcessingAlgorithm.Flag.FlagNoThreading

if hasattr(Qgis, "DistanceUnit"):
    DISTANCE_KILOMETERS = Qgis.DistanceUnit.Kilometers
else:
    from qgis.core import QgsUnitTypes

    DISTANCE_KILOMETERS = QgsUnitTypes.DistanceUnit.DistanceKilometers


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


if hasattr(Qgis, "SpatialIndexPresence"):
    SPATIAL_INDEX_PRESENT = Qgis.SpatialIndexPresence.Present
else:
    from qgis.core import QgsFeatureSource

    SPATIAL_INDEX_PRESENT = QgsFeatureSource.SpatialIndexPresence.SpatialIndexPresent

if hasattr(Qgis, "FeatureRequestFlag"):
    REQUEST_NO_GEOMETRY = Qgis.FeatureRequestFlag.NoGeometry
else:
    from qgis.core import QgsFeatureRequest

    REQUEST_NO_GEOMETRY = QgsFeatureRequest.Flag.NoGeometry
