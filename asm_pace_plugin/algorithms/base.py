"""The base of the plugin's algorithms, as QgisAlgorithm.py is for QGIS's own.

A subclass gives name(), displayName(), initAlgorithm() and process(): the base translates,
makes new instances, turns the plugin's own errors into a QgsProcessingException, checks
sources and sinks, and behaves the same way on cancel everywhere: the run stops at the next
feature, the outputs keep what was written and the log says so.

A sink written to a file of its own (CSV, XLSX, Shapefile, a whole GeoPackage...) is written
beside it (core/outputs.written aside) and renamed over it when the run has written, closed and
counted it: a full disk or a kill mid-write leaves the earlier file as it was. A new layer in an
existing GeoPackage is written in place, inside SQLite's transactions.
"""

import contextlib
import importlib

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureSink,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterNumber,
    QgsProperty,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QUrl

from ..core.shared import compat, outputs
from ..core.shared import public_names as names
from ..core.shared.errors import PluginError
from ..core.shared.paths import help_page
from ..core.shared.sites import READ_BEFORE_CANCEL
from ..rendering.output_styles import StyleOnLoad, store_style
from . import checks
from .common import as_option_number, language_problem, readable_integer
from .layer_inputs import undecodable_text_warnings, unread_layers_warnings

PROVIDER_ID = names.PROVIDER_ID  # the provider's, before each algorithm's name


def let_go_of_frames(error):
    """Clear the variables of the finished frames an error (and the errors it was raised from)
    went through, innermost first: Processing keeps the error, and a print layout, the run's own
    QgsProject or a layer its frames held would outlive QGIS (a segfault at exit). A layout goes
    before the project it draws."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        frames, step = [], error.__traceback__
        while step is not None:
            frames.append(step.tb_frame)
            step = step.tb_next
        for frame in reversed(frames):
            with contextlib.suppress(RuntimeError):  # a frame still running (the caller's)
                frame.clear()
        error = error.__cause__ or error.__context__


# Named, not imported: algorithms never import the GUI, and qgis_process never asks for a dialog.
PRESET_DIALOG = f"{__name__.split('.')[0]}.ui.algorithm_dialog.preset_dialog"
# The longest text a Shapefile's field holds, in bytes (GDAL cuts longer ones).
SHAPEFILE_TEXT_LIMIT = 254
# Share of the progress bar spent reading the inputs before the sites are processed.
LOADING_SHARE = 20.0


class AsmPaceAlgorithm(QgsProcessingAlgorithm):
    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):
        return type(self)()

    def addParameter(self, parameter, create_output=True):
        """Every whole number of the plugin (metres, mostly) shows in the dialogs as typed: 50 000."""
        if (
            isinstance(parameter, QgsProcessingParameterNumber)
            and parameter.dataType() == compat.NUMBER_INTEGER
        ):
            readable_integer(parameter)
        return super().addParameter(parameter, create_output)

    def createCustomParametersWidget(self, parent=None):
        """The dialog QGIS desktop opens from the toolbox (and the locator, and the menus): QGIS's
        own, started from the project's presets (core/assessment/presets.py: the newest output of the step
        before, the dock's workspace, outputs beside the saved project). The defaults themselves
        stay as they are: models, scripts and qgis_process never change with the project open."""
        module, _dot, function = PRESET_DIALOG.rpartition(".")
        return getattr(importlib.import_module(module), function)(self, parent)

    def warning_before_run(self, parameters):
        """A sentence the dialog asks about before a run (go on or not), "" when there is none;
        the run itself logs it too."""
        return ""

    def checkParameterValues(self, parameters, context):
        """QGIS's checks, and the plugin's (checks.py): no output destroys an input or another
        output, every output can be written, every field and number is usable."""
        # Before QGIS's own checks, whose "Incorrect parameter value" says nothing of infinity.
        problem = checks.not_finite(self, parameters, context) or language_problem(parameters)
        if problem:
            return False, problem
        parameters = as_option_number(parameters)  # LANGUAGE=fr as typed on a command line
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        problem = checks.parameter_problem(self, parameters, context)
        return (False, problem) if problem else (True, "")

    def group(self):
        # Numbered: the toolbox sorts groups by name, and they must come in the order of the work.
        # Within a group it sorts algorithms by their names in the user's language: pressure,
        # which needs the zones and the traces, has a group of its own after them.
        return {
            "screening": QCoreApplication.translate("AsmPaceAlgorithm", "1. Site screening"),
            "impacts": QCoreApplication.translate("AsmPaceAlgorithm", "2. Impacts"),
            "pressure": QCoreApplication.translate("AsmPaceAlgorithm", "3. Pressure"),
            "assessment": QCoreApplication.translate("AsmPaceAlgorithm", "4. Assessment"),
            "monitoring": QCoreApplication.translate("AsmPaceAlgorithm", "5. Monitoring"),
        }[self.groupId()]

    def helpUrl(self):
        """The algorithm's help page, shipped in the plugin (resources/help/)."""
        return QUrl.fromLocalFile(str(help_page(self.name()))).toString()

    def processAlgorithm(self, parameters, context, feedback):
        self._aside_sinks = []
        for warning in unread_layers_warnings(self, parameters, context) + undecodable_text_warnings(
            self, parameters, context
        ):
            feedback.pushWarning(warning)
        try:
            try:
                results = self.process(parameters, context, feedback)
            except PluginError as error:
                raise QgsProcessingException(str(error)) from error
            for aside in self._aside_sinks:
                aside.finish()
                if aside.cut_texts:
                    feedback.pushWarning(
                        QCoreApplication.translate(
                            "AsmPaceAlgorithm",
                            "{}: {} text(s) longer than a Shapefile holds (254 bytes) were cut short in {}. "
                            "Choose a GeoPackage (.gpkg) to keep them whole.",
                        ).format(aside.description, aside.cut_texts, aside.target)
                    )
        except BaseException as error:
            for aside in self._aside_sinks:
                aside.abandon()
            let_go_of_frames(error)
            raise
        finally:
            self._aside_sinks = []
        if feedback.isCanceled():
            read = feedback.property(READ_BEFORE_CANCEL)
            if read:
                message = QCoreApplication.translate(
                    "AsmPaceAlgorithm",
                    "Cancelled after {} of {} features: the outputs hold only what was written by then.",
                ).format(*read)
            else:
                message = QCoreApplication.translate(
                    "AsmPaceAlgorithm",
                    "Cancelled while reading the inputs, before any feature was processed.",
                )
            feedback.pushWarning(message)
        return results

    def style_output(self, context, dest_id, apply):
        """Give an output its look: when Processing loads it, and (postProcessAlgorithm, once the
        run has closed its files) stored in a GeoPackage output, so that it opens styled anywhere."""
        if not dest_id:
            return
        StyleOnLoad.attach(context, dest_id, apply)
        if not hasattr(self, "_styled_outputs"):
            self._styled_outputs = []
        self._styled_outputs.append((dest_id, apply))

    def postProcessAlgorithm(self, context, feedback):
        for dest_id, apply in getattr(self, "_styled_outputs", []):
            problem = store_style(dest_id, apply)
            if problem:
                feedback.pushWarning(
                    QCoreApplication.translate(
                        "AsmPaceAlgorithm", "The style could not be stored in {}: {}"
                    ).format(dest_id, problem)
                )
        self._styled_outputs = []
        return {}

    def process(self, parameters, context, feedback):
        """The algorithm's work; may raise PluginError. Returns the results."""
        raise NotImplementedError

    def source(self, parameters, key, context):
        """The feature source of a parameter; QgsProcessingException when it cannot be read."""
        source = self.parameterAsSource(parameters, key, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, key))
        return source

    def sink(self, parameters, key, context, fields, wkb_type, crs=None):
        """(sink, destination id) of a parameter; (None, None) for an optional output not asked for,
        QgsProcessingException when a required one cannot be made.

        An output that is a file of its own is written aside and renamed over its target when the
        run ends well (AsideSink); the destination id is the target's."""
        crs = crs or QgsCoordinateReferenceSystem()
        # Polygons and lines are declared multi: a layer of Polygon may hold a MultiPolygon (a
        # repaired site, a zone split at 180°), which a GeoPackage declared Polygon must not.
        if compat.geometry_type_of(wkb_type) in (compat.GEOMETRY_POLYGON, compat.GEOMETRY_LINE):
            wkb_type = QgsWkbTypes.multiType(wkb_type)
        target = outputs.whole_file(checks.output_destination(self, parameters, key, context))
        if target is None or not hasattr(self, "_aside_sinks"):
            sink, dest_id = self.parameterAsSink(parameters, key, context, fields, wkb_type, crs)
        else:
            problem = checks.written_before(context, target, self._described(key))
            if problem:
                raise QgsProcessingException(problem)
            try:
                aside = outputs.aside_path(target)
            except OSError as error:
                raise QgsProcessingException(str(outputs.write_error(target, error))) from error
            sink, aside_id = self.parameterAsSink(
                {**parameters, key: _redirected(parameters.get(key), aside, target)},
                key, context, fields, wkb_type, crs,
            )  # fmt: skip
            dest_id = _move_load_details(context, aside_id, aside, target)
            if sink is not None:
                sink = AsideSink(sink, aside, target, _layer_name(aside_id), self._described(key))
                self._aside_sinks.append(sink)
        if sink is None and not self.parameterDefinition(key).flags() & compat.FLAG_OPTIONAL:
            raise QgsProcessingException(self.invalidSinkError(parameters, key))
        return sink, dest_id

    def _described(self, key):
        return self.parameterDefinition(key).description()

    def write(self, sink, features, parameters, key):
        """Add features to a sink; QgsProcessingException when the output refuses them."""
        if not sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(self.writeFeatureError(sink, parameters, key))

    def writeFeatureError(self, sink, parameters, name):
        """Why an output refused a feature, in a sentence: a full disk says so (from the error
        GDAL gives, else from the free space left on the output's disk), whatever the format."""
        detail = sink.lastError() if hasattr(sink, "lastError") else ""
        target = getattr(sink, "target", None)
        if outputs.disk_full(target, detail or None) if target else outputs.says_disk_full(detail):
            return str(outputs.write_error(target or self._described(name), outputs.DISK_FULL))
        return QCoreApplication.translate("AsmPaceAlgorithm", "The output '{}' refused a feature: {}").format(
            self._described(name), detail or QCoreApplication.translate("AsmPaceAlgorithm", "no reason given")
        )


class Progress:
    """One progress weighting for every algorithm: reading the inputs fills the first
    LOADING_SHARE percent of the bar, processing the rest up to `end`."""

    def __init__(self, feedback, end=100.0):
        self.feedback = feedback
        self.end = end

    def loading(self, share):
        self.feedback.setProgress(LOADING_SHARE * share)

    def processing(self, share):
        self.feedback.setProgress(LOADING_SHARE + (self.end - LOADING_SHARE) * share)


class AsideSink:
    """A sink written beside its target: counts what it is given, and at the end of the run is
    closed, read back (all features there?) and renamed over the target, or removed."""

    def __init__(self, sink, aside, target, layer_name, description):
        self.sink, self.aside, self.target = sink, aside, target
        self.layer_name, self.description = layer_name, description
        self.count = 0
        # A Shapefile holds at most 254 characters of text per field: what is cut is counted.
        self.cut_texts = 0
        self._text_limit = SHAPEFILE_TEXT_LIMIT if str(target).lower().endswith(".shp") else None

    def _count_cuts(self, features):
        if self._text_limit is not None:
            self.cut_texts += sum(
                1
                for feature in features
                for value in feature.attributes()
                if isinstance(value, str) and len(value.encode("utf-8")) > self._text_limit
            )

    def addFeature(self, feature, flags=QgsFeatureSink.Flag.FastInsert):
        added = self.sink.addFeature(feature, flags)
        self.count += 1 if added else 0
        self._count_cuts([feature])
        return added

    def addFeatures(self, features, flags=QgsFeatureSink.Flag.FastInsert):
        features = list(features)
        added = self.sink.addFeatures(features, flags)
        self.count += len(features) if added else 0
        self._count_cuts(features)
        return added

    def lastError(self):
        return self.sink.lastError()

    def flushBuffer(self):
        return self.sink.flushBuffer()

    def _close(self):
        """Closes the file (GDAL writes the last of it, an XLSX its whole workbook, then)."""
        if self.sink is not None and not sip.isdeleted(self.sink):
            sip.delete(self.sink)
        self.sink = None

    def finish(self):
        self._close()
        found = _count_features(self.aside, self.layer_name)
        if found != self.count:
            outputs.discard(self.aside)
            detail = QCoreApplication.translate(
                "AsmPaceAlgorithm", "{} of the {} features written could be read back"
            ).format(found if found is not None else 0, self.count)
            raise QgsProcessingException(str(outputs.write_error(self.target, detail)))
        try:
            outputs.commit(self.aside, self.target)
        except outputs.OutputWriteError as error:
            raise QgsProcessingException(str(error)) from error

    def abandon(self):
        self._close()
        outputs.discard(self.aside)


def _count_features(path, layer_name):
    """How many features the file at path holds (in layer_name), None when it cannot be read."""
    uri = f"{path}|layername={layer_name}" if layer_name else str(path)
    layer = QgsVectorLayer(uri, "written", "ogr", QgsVectorLayer.LayerOptions(False))
    if not layer.isValid():
        return None
    count = sum(1 for _feature in layer.getFeatures())
    layer = None
    return count


def _layer_name(destination_id):
    return destination_id.split("|layername=")[1] if "|layername=" in (destination_id or "") else None


def _redirected(value, aside, target):
    """The sink parameter's value pointing at `aside`, its options kept."""
    uri = str(aside)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        definition = QgsProcessingOutputLayerDefinition(value)
        definition.sink = QgsProperty.fromValue(uri)
        return definition
    return uri


def _move_load_details(context, aside_id, aside, target):
    """The destination id of the target, and Processing's 'load this layer when done' moved to it."""
    dest_id = (aside_id or "").replace(str(aside), str(target))
    if aside_id and context.willLoadLayerOnCompletion(aside_id):
        layers = context.layersToLoadOnCompletion()
        layers[dest_id] = layers.pop(aside_id)
        context.setLayersToLoadOnCompletion(layers)
    return dest_id
