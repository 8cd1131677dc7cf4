"""Files that hold several layers (a KML with folders, a KMZ, a GPX, a WDPA GeoPackage with its
polygons and its points): QGIS reads the first layer of a file given whole, silently. The runs
say which layer was read and which others the file holds; a WDPA file given whole as protected
areas is read with its points too, as the WDPA ships polygons and points side by side."""

import re

from qgis.core import QgsDataProvider, QgsFeatureRequest, QgsProviderRegistry, QgsVectorLayer

from ..core.shared import compat
from ..core.shared.i18n import translate

_POLY = re.compile(r"poly(gons?)?", re.IGNORECASE)


def file_layers(layer):
    """(path, name read, [(name, feature count)] of the file's other layers) for a layer read from
    a file given whole (no layer named), else None. Layers without a feature are left out."""
    if layer is None or layer.providerType() != "ogr" or layer.dataProvider() is None:
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    if parts.get("layerName") or parts.get("layerId") is not None or not parts.get("path"):
        return None
    sublayers = [
        entry.split(QgsDataProvider.sublayerSeparator()) for entry in layer.dataProvider().subLayers()
    ]
    if len(sublayers) < 2:
        return None
    others = [(fields[1], int(fields[2])) for fields in sublayers[1:] if len(fields) > 2 and fields[2] != "0"]
    return parts["path"], sublayers[0][1], others


def wdpa_points_layer(layer):
    """The name of the points layer beside a WDPA polygons layer read from a file given whole
    (WDPA_poly_Nov2025 -> WDPA_point_Nov2025), or None."""
    found = file_layers(layer)
    if found is None:
        return None
    _path, read, others = found
    if not _POLY.search(read):
        return None
    wanted = _POLY.sub("point", read, count=1).lower()
    return next((name for name, _count in others if name.lower() in (wanted, wanted + "s")), None)


def with_wdpa_points(layers, context, feedback):
    """The layers, each WDPA polygons layer read from a file given whole followed by the file's
    points layer (read as circles of their reported area, as any WDPA point layer); said in the log."""
    result = []
    for layer in layers:
        result.append(layer)
        points_name = wdpa_points_layer(layer)
        if points_name is None:
            continue
        path, read, _others = file_layers(layer)
        points = QgsVectorLayer(f"{path}|layername={points_name}", points_name, "ogr")
        if not points.isValid():
            continue
        context.temporaryLayerStore().addMapLayer(points)
        result.append(points)
        feedback.pushInfo(
            translate(
                "AsmPaceAlgorithm",
                "{path} is a WDPA file with polygons and points: {points} is read too, beside {polygons} "
                "(points as circles of their reported area). To read the polygons alone, give "
                "{path}|layername={polygons}.",
            ).format(path=path, points=points_name, polygons=read)
        )
    return result


def input_layers(algorithm, parameters, context):
    """(parameter definition, [vector layers]) of every vector input given to a run."""
    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        if definition.isDestination() or parameters.get(name) in (None, "", []):
            continue
        if definition.type() == "multilayer":
            yield definition, algorithm.parameterAsLayerList(parameters, name, context)
        elif definition.type() in ("source", "vector"):
            yield definition, [algorithm.parameterAsVectorLayer(parameters, name, context)]


def unread_layers_warnings(algorithm, parameters, context):
    """A warning for every input read from a file that holds other layers: which was read, which
    were not, and how to choose (the WDPA points that with_wdpa_points reads are not listed)."""
    # An algorithm lists in WDPA_POINTS_READ the parameters where with_wdpa_points reads them.
    read_points = getattr(algorithm, "WDPA_POINTS_READ", ())
    warnings = []
    for definition, layers in input_layers(algorithm, parameters, context):
        name = definition.name()
        for layer in layers:
            found = file_layers(layer)
            if found is None:
                continue
            path, read, others = found
            points = wdpa_points_layer(layer) if name in read_points else None
            others = [(other, count) for other, count in others if other != points]
            if not others:
                continue
            listed = ", ".join(f"{other} ({count})" if count >= 0 else other for other, count in others)
            warnings.append(
                translate(
                    "AsmPaceAlgorithm",
                    "{what}: {path} holds several layers and only its first, {read}, was read. Not read: "
                    "{others}. To read another, give {path}|layername=NAME (or add that layer from the "
                    "Browser).",
                ).format(what=definition.description(), path=path, read=read, others=listed)
            )
    return warnings


# Features read to find text that the layer's encoding could not decode.
ENCODING_SAMPLE = 1000
REPLACEMENT = "\ufffd"


def undecodable_texts(layer):
    """(texts holding U+FFFD, example) among the first ENCODING_SAMPLE features of a file layer:
    text written in another encoding than the one QGIS reads it in (a Shapefile in windows-1252
    without a .cpg file); (0, None) for others."""
    if layer is None or layer.providerType() != "ogr" or layer.dataProvider() is None:
        return 0, None
    texts = [index for index, field in enumerate(layer.fields()) if field.type() == compat.FIELD_STRING]
    if not texts:
        return 0, None
    request = QgsFeatureRequest().setSubsetOfAttributes(texts).setLimit(ENCODING_SAMPLE)
    request.setFlags(compat.REQUEST_NO_GEOMETRY)
    count, example = 0, None
    for feature in layer.getFeatures(request):
        for index in texts:
            value = feature.attribute(index)
            if isinstance(value, str) and REPLACEMENT in value:
                count += 1
                example = example or value
    return count, example


def undecodable_text_warnings(algorithm, parameters, context):
    """A warning for every input whose text could not be decoded, saying how to set its encoding."""
    warnings = []
    for definition, layers in input_layers(algorithm, parameters, context):
        for layer in layers:
            count, example = undecodable_texts(layer)
            if count:
                warnings.append(
                    translate(
                        "AsmPaceAlgorithm",
                        "{what}: {count} text(s) of the layer '{layer}' hold characters that could not be "
                        "read (e.g. '{example}'): the file is written in another encoding than {encoding}, "
                        "the one QGIS reads it in. Set the layer's encoding in QGIS (Layer Properties > "
                        "Source > Data source encoding, e.g. windows-1252 for a Shapefile from ArcGIS or "
                        "Excel), or put a .cpg file holding that encoding beside the .shp, and run again.",
                    ).format(
                        what=definition.description(),
                        count=count,
                        layer=layer.name(),
                        example=example,
                        encoding=layer.dataProvider().encoding() or "UTF-8",
                    )
                )
    return warnings
