"""The dock's site list: which layers hold classified sites, their rows read off the main thread,
and how a row reads (key, progress, name, PACE class)."""

from qgis.core import QgsFeatureRequest, QgsTask, QgsVectorLayerFeatureSource
from qgis.PyQt.QtCore import Qt, pyqtSignal

from ..core.assessment.profile_fields import NOT_STARTED, status_label
from ..core.screening import pace
from ..core.screening.stream import pace_field_names
from ..core.shared import compat
from ..core.shared.i18n import translate

SITE_ROLE = Qt.ItemDataRole.UserRole  # (feature id, key, label, PACE class) of a row
CLASS_FIELD = "pace_class"


def is_classified_sites(layer):
    """The classification's site output: geometry and its fields (its summary table has none)."""
    return (
        hasattr(layer, "fields")
        and layer.fields().indexOf(CLASS_FIELD) >= 0
        and compat.geometry_type_of(layer.wkbType()) != compat.GEOMETRY_NULL
    )


def site_text(row, progress):
    """How a site reads in the list: its key, [where its assessment is], its name · its class."""
    _fid, key, label, site_class = row
    shown_class = pace.class_label(site_class)  # the stored code stays the stable one
    words = [
        key,
        f"[{status_label(progress.get(key, NOT_STARTED))}]",
        label,
        f"· {shown_class}" if site_class else "",
    ]
    return " ".join(word for word in words if word)


class SiteListTask(QgsTask):
    """Reads key, label and PACE class of every site off the main thread."""

    sites_read = pyqtSignal(list)

    def __init__(self, layer, key_field, label_field):
        super().__init__(translate("SiteListTask", "ASM-PACE: reading the sites"), QgsTask.Flag.CanCancel)
        self.source = QgsVectorLayerFeatureSource(layer)  # a thread-safe copy of the provider
        # pace_class_2 where a user's own field kept the name pace_class
        self.class_field = pace_field_names(layer.fields().names()).get("pace_class")
        names = [
            name
            for name in (key_field, label_field, self.class_field)
            if name and layer.fields().indexOf(name) >= 0
        ]
        self.request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        self.request.setSubsetOfAttributes(names, layer.fields())
        self.key_field, self.label_field = key_field, label_field
        self.rows = []

    def run(self):
        for feature in self.source.getFeatures(self.request):
            if self.isCanceled():
                return False
            key = pace.as_text(feature[self.key_field])
            label = pace.as_text(feature[self.label_field]) if self.label_field else ""
            site_class = pace.as_text(feature[self.class_field]) if self.class_field else ""
            self.rows.append((feature.id(), key, label, site_class))
        return True

    def finished(self, result):  # runs on the main thread
        if result:
            self.sites_read.emit(self.rows)
