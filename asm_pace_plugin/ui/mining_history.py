"""The site's mining history in the assessment dock: "since the decision of 1 March 2024: +12 ha a
year; before: +40 ha a year", per area holding the site, as Mining over time wrote it in its
table of growth before and after decisions (a layer of the project). A label of its own: the
dock only tells it which site is shown."""

from qgis.core import QgsExpression, QgsFeatureRequest, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel

from ..core.monitoring.tables import DECISION_FIELDS
from ..core.shared.i18n import translate
from ..core.shared.input_fields import as_text

# The fields that tell Mining over time's table of decisions among the project's layers.
TELLING_FIELDS = {name for name, _type, _meaning in DECISION_FIELDS}


class MiningHistoryLabel(QLabel):
    def __init__(self, project=None, parent=None):
        super().__init__(parent)
        self.project = project or QgsProject.instance()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.hide()

    def decision_tables(self):
        """The project's layers that are Mining over time's tables of decisions."""
        return [
            layer
            for layer in self.project.mapLayers().values()
            if hasattr(layer, "fields") and set(layer.fields().names()) >= TELLING_FIELDS
        ]

    def show_site(self, key):
        """Show the history of the site with this key (hidden when there is none, or no key)."""
        lines = []
        if key:
            expression = f"{QgsExpression.quotedColumnRef('site_id')} = {QgsExpression.quotedValue(str(key))}"
            request = QgsFeatureRequest().setFilterExpression(expression)
            for layer in self.decision_tables():
                for feature in layer.getFeatures(request):
                    lines.append(
                        translate("MiningHistory", "Mining in {area}: {history}").format(
                            area=as_text(feature["area_name"]), history=as_text(feature["history"])
                        )
                    )
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))
