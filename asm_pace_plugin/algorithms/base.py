"""The base of the plugin's algorithms, as QgisAlgorithm.py is for QGIS's own.

A subclass gives name(), displayName(), initAlgorithm() and process(): the base translates,
makes new instances, turns the plugin's own errors into a QgsProcessingException, checks
sources and sinks, and behaves the same way on cancel everywhere: the run stops at the next
feature, the outputs keep what was written and the log says so.
"""

import importlib

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureSink,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QCoreApplication, QUrl

from ..core.shared import compat
from ..core.shared import public_names as names
from ..core.shared.errors import PluginError
from ..core.shared.paths import help_page
from ..core.shared.sites import READ_BEFORE_CANCEL
from ..rendering.output_styles import StyleOnLoad, store_style
from . import checks
from .common import readable_integer

PROVIDER_ID = names.PROVIDER_ID  # the provider's, before each algorithm's name
# Named, not imported: algorithms never import the GUI, and qgis_process never asks for a dialog.
PRESET_DIALOG = f"{__name__.split('.')[0]}.ui.algorithm_dialog.preset_dialog"
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
        problem = checks.not_finite(self, parameters, context)
        if problem:
            return False, problem
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
        try:
            results = self.process(parameters, context, feedback)
        except PluginError as error:
            raise QgsProcessingException(str(error)) from error
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
        QgsProcessingException when a required one cannot be made."""
        sink, dest_id = self.parameterAsSink(
            parameters, key, context, fields, wkb_type, crs or QgsCoordinateReferenceSystem()
        )
        if sink is None and not self.parameterDefinition(key).flags() & compat.FLAG_OPTIONAL:
            raise QgsProcessingException(self.invalidSinkError(parameters, key))
        return sink, dest_id

    def write(self, sink, features, parameters, key):
        """Add features to a sink; QgsProcessingException when the output refuses them."""
        if not sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(self.writeFeatureError(sink, parameters, key))


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
