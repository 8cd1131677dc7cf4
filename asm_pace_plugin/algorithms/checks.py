"""Checks every algorithm makes on its parameters before anything is read or written:
no output may destroy an input or another output, every output folder must be writable,
and every field parameter must name a field of its layer.

The base class (base.py) runs them in checkParameterValues, which Processing calls before a
run from the dialog, the modeler, processing.run and qgis_process alike.
"""

import math
import os

from qgis.core import (
    QgsDataProvider,
    QgsDataSourceUri,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProviderRegistry,
)

from ..core.shared import compat, outputs
from ..core.shared.errors import MissingFieldError
from ..core.shared.i18n import translate
from ..core.shared.input_fields import find_field


def parameter_problem(algorithm, parameters, context):
    """A sentence saying what to fix in the parameters, or None when the checks pass."""
    written = _destinations(algorithm, parameters, context)
    for conflict in outputs.conflicts(_inputs(algorithm, parameters, context), written):
        if conflict.kind == outputs.OVERWRITES_INPUT:
            return translate(
                "AsmPaceAlgorithm",
                "The output '{}' would overwrite the input '{}' ({}), which would be lost. Choose another "
                "file for the output, or a new layer of that GeoPackage (a layer name it does not have).",
            ).format(conflict.output, conflict.other, conflict.path)
        return same_output_sentence(conflict.output, conflict.other, conflict.path)
    # A folder output (charts, reports) is written into: the files in it must be creatable.
    folders = [
        (what, outputs.dataset(os.path.join(folder, "file")))
        for what, folder in _folders(algorithm, parameters, context)
    ]
    for what, where in written + folders:
        if where is None:
            continue
        refused = outputs.unwritable(where.path)
        if refused is None:
            continue
        reason, folder = refused
        if reason == outputs.NOT_A_FOLDER:
            return translate(
                "AsmPaceAlgorithm",
                "The output '{}' cannot be written: {} is a file, not a folder. Choose a folder.",
            ).format(what, folder)
        if reason == outputs.IS_A_FOLDER:
            return translate(
                "AsmPaceAlgorithm",
                "The output '{}' cannot be written: {} is a folder. Give a file name in it, e.g. {}.",
            ).format(what, folder, os.path.join(folder, "output.gpkg"))
        return translate(
            "AsmPaceAlgorithm",
            "The output '{}' cannot be written: the folder {} does not accept new files. Choose a folder "
            "of your own (for example in your Documents).",
        ).format(what, folder)
    return _missing_field(algorithm, parameters, context)


def same_output_sentence(output, other, path):
    return translate(
        "AsmPaceAlgorithm",
        "The outputs '{}' and '{}' would both be written to {}: one would replace the other. "
        "Choose a different file (or layer) for each.",
    ).format(output, other, path)


# Files written by the steps of one run (a model's steps share its context): a property of the
# context's temporary layer store, one "path\tdescription" line per file. Plain text: a Python
# object held by Qt could outlive the interpreter (a crash at exit).
WRITTEN_BY_THE_RUN = "asm_pace_written_by_the_run"


def written_before(context, target, description):
    """A sentence when an earlier step of the same run (a model) wrote `target` already, which
    this output would replace; else None, and `target` is recorded as written by `description`."""
    store = context.temporaryLayerStore()
    written = str(store.property(WRITTEN_BY_THE_RUN) or "")
    path = outputs.dataset(target).path
    for line in filter(None, written.split("\n")):
        earlier, _tab, earlier_description = line.partition("\t")
        if earlier == path:
            return same_output_sentence(earlier_description, description, target)
    store.setProperty(WRITTEN_BY_THE_RUN, f"{written}{path}\t{description}\n")
    return None


def not_finite(algorithm, parameters, context):
    """A sentence for the first number parameter that is NaN or infinite, else None."""
    for definition in algorithm.parameterDefinitions():
        if (
            isinstance(definition, QgsProcessingParameterNumber)
            and parameters.get(definition.name()) is not None
        ):
            value = algorithm.parameterAsDouble(parameters, definition.name(), context)
            if not math.isfinite(value):
                return translate(
                    "AsmPaceAlgorithm", "{} must be a number, not {}. Give a finite value."
                ).format(definition.description(), value)
    return None


def _inputs(algorithm, parameters, context):
    """(description, Dataset) of every layer and file the run reads."""
    found = []
    for definition in algorithm.parameterDefinitions():
        name, what = definition.name(), definition.description()
        if definition.isDestination() or parameters.get(name) in (None, ""):
            continue
        if isinstance(definition, QgsProcessingParameterFile):
            found.append((what, outputs.dataset(algorithm.parameterAsFile(parameters, name, context))))
        elif isinstance(definition, QgsProcessingParameterMultipleLayers):
            layers = algorithm.parameterAsLayerList(parameters, name, context)
            found += [(what, layer_dataset(layer)) for layer in layers]
        elif definition.type() in ("source", "vector", "layer", "raster"):
            layer = algorithm.parameterAsLayer(parameters, name, context)
            if layer is not None:
                found.append((what, layer_dataset(layer)))
    return found


def _destinations(algorithm, parameters, context):
    """(description, Dataset) of every output the run writes (None where not a file)."""
    found = []
    for definition in algorithm.destinationParameterDefinitions():
        name = definition.name()
        if isinstance(definition, QgsProcessingParameterFolderDestination):
            continue  # written into, never over: _folders
        if isinstance(definition, QgsProcessingParameterFileDestination):
            where = outputs.dataset(algorithm.parameterAsFileOutput(parameters, name, context))
        else:
            where = destination_dataset(output_destination(algorithm, parameters, name, context))
        found.append((definition.description(), where))
    return found


def _folders(algorithm, parameters, context):
    """(description, path) of every folder output the run writes files into."""
    return [
        (definition.description(), algorithm.parameterAsString(parameters, definition.name(), context))
        for definition in algorithm.destinationParameterDefinitions()
        if isinstance(definition, QgsProcessingParameterFolderDestination)
        and algorithm.parameterAsString(parameters, definition.name(), context)
    ]


def output_destination(algorithm, parameters, name, context):
    """Where a layer output goes ('memory:…' for a temporary one), as parameterAsOutputLayer says,
    without its side effect: given an output bound for the project, parameterAsOutputLayer also
    tells Processing to load that destination when the run ends, and a feature sink's own
    temporary layer then makes a second entry that loads nothing, reported in red as "not
    correctly generated" although the output loaded fine."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink  # without its destination project: nothing is added to load
    return algorithm.parameterAsOutputLayer({name: value}, name, context) or ""


def destination_dataset(uri):
    """The Dataset a sink destination writes: 'file', 'file|layername=name' or
    "ogr:dbname='file' table=\"name\"" (a new layer in a GeoPackage); None for memory and
    database outputs."""
    if not uri or uri.startswith(("memory:", "postgis:", "postgres:", "mssql:", "oracle:")):
        return None
    if uri.startswith("ogr:"):
        parts = QgsDataSourceUri(uri[len("ogr:") :])
        return outputs.dataset(parts.database(), parts.table() or None)
    path, *options = uri.split("|")
    layer = next((option.split("=", 1)[1] for option in options if option.startswith("layername=")), None)
    return outputs.dataset(path, layer)


def layer_dataset(layer):
    """The Dataset a layer reads: its file and its layer in it (the first where none is named,
    as OGR opens it); None for layers not in a file."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = parts.get("path")
    if not path:
        return None
    name = parts.get("layerName") or None
    if name is None:
        sublayers = layer.dataProvider().subLayers() if layer.dataProvider() else []
        index = int(parts.get("layerId") or 0)
        if len(sublayers) > 1 and index < len(sublayers):
            name = sublayers[index].split(QgsDataProvider.sublayerSeparator())[1]
    return outputs.dataset(path, name)


def _missing_field(algorithm, parameters, context):
    """A sentence for the first field parameter naming a field its layer lacks, else None."""
    for definition in algorithm.parameterDefinitions():
        if not isinstance(definition, QgsProcessingParameterField):
            continue
        parent = definition.parentLayerParameterName()
        wanted = compat.parameter_as_fields(algorithm, parameters, definition.name(), context)
        if not parent or not wanted:
            continue
        layer = algorithm.parameterAsVectorLayer(parameters, parent, context)
        if layer is None:
            continue
        for name in wanted:
            try:
                find_field(layer.fields().names(), name)
            except MissingFieldError:
                return missing_field_sentence(definition.description(), name, layer)
    return None


def missing_field_sentence(what, name, layer):
    return translate(
        "AsmPaceAlgorithm", "{}: the field '{}' is not in the layer '{}'. Its fields are: {}."
    ).format(what, name, layer.name(), ", ".join(layer.fields().names()))
