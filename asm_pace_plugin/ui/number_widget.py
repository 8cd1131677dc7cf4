"""Whole numbers in the Processing dialogs as a person types them: 50 000, not 50000.

QGIS's own number widget has no thousands separator (its only option is "decimals"), so the
plugin's integer parameters name this wrapper in their metadata ('widget_wrapper', see
algorithms/common.py readable_integer), the hook Processing offers in the toolbox dialog, the
batch dialog and the Graphical Modeler alike. The spin box is QGIS's own (expressions, clear
button, "Not set" for an optional value), in the user's locale with its group separator shown.
"""

from qgis.core import NULL, QgsProcessingParameters
from qgis.gui import QgsAbstractProcessingParameterWidgetWrapper, QgsGui, QgsProcessingGui, QgsSpinBox
from qgis.PyQt.QtCore import QLocale

from ..core.shared import compat
from ..core.shared.i18n import translate

# Processing's widest range when a parameter sets none, as QGIS's own number widget.
UNBOUNDED = 999_999_999
MODELER_DIALOG = "ModelerParametersDialog"
BATCH_DIALOG = "BatchAlgorithmDialog"


def _bounded(limit):
    """A parameter's limit within what a spin box holds (an unset one is the largest float)."""
    return int(max(-UNBOUNDED, min(UNBOUNDED, limit)))


def show_thousands(spin_box):
    """Write the spin box's numbers with the group separator of the user's locale (QGIS's), even
    where QGIS's "show group separator" setting leaves it out of the locale's formats."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    spin_box.setLocale(locale)
    spin_box.setGroupSeparatorShown(True)


class IntegerWidgetWrapper(QgsAbstractProcessingParameterWidgetWrapper):
    """An integer parameter's spin box, with thousands separators, in every Processing dialog.

    Processing builds it from the parameter's metadata as IntegerWidgetWrapper(parameter,
    dialog, row, column). In the Modeler, the parameter keeps QGIS's modeler widget (a value,
    a model input or another step's output) whose value spin box shows the separators too.
    """

    def __new__(cls, parameter, dialog, row=0, column=0):
        if type(dialog).__name__ != MODELER_DIALOG:
            return super().__new__(cls)
        widget = QgsGui.processingGuiRegistry().createModelerParameterWidget(
            dialog.model, dialog.childId, parameter, dialog.context
        )
        widget.setDialog(dialog)
        for spin_box in widget.findChildren(QgsSpinBox):
            show_thousands(spin_box)
        return widget

    def __init__(self, parameter, dialog, row=0, column=0):
        kind = QgsProcessingGui.WidgetType
        super().__init__(parameter, kind.Batch if type(dialog).__name__ == BATCH_DIALOG else kind.Standard)
        self.setDialog(dialog)
        self._optional = bool(parameter.flags() & compat.FLAG_OPTIONAL)

    def createWidget(self):
        parameter = self.parameterDefinition()
        spin_box = QgsSpinBox()
        spin_box.setExpressionsEnabled(True)
        spin_box.setToolTip(parameter.toolTip())
        spin_box.setRange(_bounded(parameter.minimum()), _bounded(parameter.maximum()))
        if self._optional:
            # One below the range means "Not set", as in QGIS's own number widget.
            spin_box.setShowClearButton(True)
            spin_box.setMinimum(spin_box.minimum() - 1)
            spin_box.setSpecialValueText(translate("IntegerWidgetWrapper", "Not set"))
            spin_box.setValue(spin_box.minimum())
        elif parameter.defaultValue() is not None:
            spin_box.setClearValue(int(parameter.defaultValue()))
        else:
            spin_box.setClearValue(spin_box.minimum())
        show_thousands(spin_box)
        spin_box.valueChanged.connect(lambda _value: self.widgetValueHasChanged.emit(self))
        # No Python reference kept: SIP lets go of it once QGIS owns the widget (wrappedWidget()).
        return spin_box

    def setWidgetValue(self, value, context):
        spin_box = self.wrappedWidget()
        if self._optional and (value is None or value == NULL or value == ""):
            spin_box.setValue(spin_box.minimum())  # "Not set" (clear() would empty the text)
        else:
            definition = self.parameterDefinition()
            spin_box.setValue(QgsProcessingParameters.parameterAsInt(definition, value, context))

    def widgetValue(self):
        spin_box = self.wrappedWidget()
        if self._optional and spin_box.value() == spin_box.minimum():
            return None
        return spin_box.value()
