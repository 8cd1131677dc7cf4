"""A field setting of the protected-area layers as a list of their fields, in the dialogs.

Processing's field picker takes its fields from one layer; the protected areas are several
layers (WDPA polygons and points, a national layer). Their field settings stay texts (models and
command lines give a name: PA_NAME_FIELD=NOM_AP), and the dialogs show this editable list of
the fields of the layers given (metadata 'widget_wrapper': {'class': …, 'layers': parameter}),
filled again whenever those layers change. Empty: the field is found by itself (WDPA's NAME…).
"""

from qgis.core import NULL, QgsProcessingContext, QgsProcessingParameters, QgsProject
from qgis.gui import QgsAbstractProcessingParameterWidgetWrapper, QgsGui, QgsProcessingGui
from qgis.PyQt.QtWidgets import QComboBox

from ..core.shared.i18n import translate
from .number_widget import BATCH_DIALOG, MODELER_DIALOG


def layer_field_names(layers):
    """The field names of `layers`, each once (the first spelling met), sorted as people read."""
    names = {}
    for layer in layers:
        for field in layer.fields() if hasattr(layer, "fields") else ():
            names.setdefault(field.name().lower(), field.name())
    return sorted(names.values(), key=str.lower)


class LayerFieldsWidgetWrapper(QgsAbstractProcessingParameterWidgetWrapper):
    """An editable list of the fields of the layers of another (multiple-layer) parameter.

    In the Modeler the parameter keeps QGIS's own widget (a value, a model input or another
    step's output); in the batch dialog the list is empty and takes a typed name.
    """

    def __new__(cls, parameter, dialog, row=0, column=0, layers=None):
        if type(dialog).__name__ != MODELER_DIALOG:
            return super().__new__(cls)
        widget = QgsGui.processingGuiRegistry().createModelerParameterWidget(
            dialog.model, dialog.childId, parameter, dialog.context
        )
        widget.setDialog(dialog)
        return widget

    def __init__(self, parameter, dialog, row=0, column=0, layers=None):
        """layers: the name of the multiple-layer parameter whose fields are listed (Processing
        passes the metadata's 'widget_wrapper' entries as keywords)."""
        kind = QgsProcessingGui.WidgetType
        super().__init__(parameter, kind.Batch if type(dialog).__name__ == BATCH_DIALOG else kind.Standard)
        self.setDialog(dialog)
        self._layers_key = layers
        self._layers_wrapper = None

    def createWidget(self):
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setToolTip(self.parameterDefinition().toolTip())
        combo.lineEdit().setPlaceholderText(translate("LayerFieldsWidget", "Found by itself"))
        combo.currentTextChanged.connect(lambda _text: self.widgetValueHasChanged.emit(self))
        # No Python reference kept: SIP lets go of it once QGIS owns the widget (wrappedWidget()).
        return combo

    def postInitialize(self, wrappers):
        for wrapper in wrappers:
            if wrapper.parameterDefinition().name() == self._layers_key:
                self._layers_wrapper = wrapper
                wrapper.widgetValueHasChanged.connect(self._fill)
                self._fill(wrapper)
                break

    def layers(self):
        """The layers given in the other parameter now (none when it is empty or unreadable)."""
        if self._layers_wrapper is None:
            return []
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        value = self._layers_wrapper.parameterValue()
        definition = self._layers_wrapper.parameterDefinition()
        return QgsProcessingParameters.parameterAsLayerList(definition, value, context) or []

    def _fill(self, _wrapper=None):
        combo = self.wrappedWidget()
        if combo is None:
            return
        text = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("")
        combo.addItems(layer_field_names(self.layers()))
        combo.setEditText(text)
        combo.blockSignals(False)

    def setWidgetValue(self, value, context):
        combo = self.wrappedWidget()
        combo.setEditText("" if value is None or value == NULL else str(value))

    def widgetValue(self):
        text = self.wrappedWidget().currentText().strip()
        return text or None
