"""The floor of any Python algorithm that writes what asm_pace:classifysites writes.

A Processing script for `qgis_process run python_floor.py`: it copies the sites and gives
each the 19 PACE fields, with the values of a typical site outside every protected area,
the way classifysites stores them (its own feature widened, only the values that are set
stored, batches of features added at once), but classifies nothing and reads no reference
layer. What classifysites takes beyond this is the classification itself.
"""

from qgis.core import (
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessingAlgorithm,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from asm_pace_plugin.algorithms.classify_sites import POINT_BATCH_SIZE, _output_fields
from asm_pace_plugin.core import compat

# SITE_FIELDS values of a site outside every protected area, in a Global 200 ecoregion.
TYPICAL_VALUES = [
    "critical_ecosystem",
    True,
    0,
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    "Albertine Rift montane forests",
    1,
    "Forest Reserve 1234",
    12345.6,
    None,
    "protected areas; Global 200 ecoregions",
    "landscapes; AZE sites",
    None,
    None,
]


class PythonFloorAlgorithm(QgsProcessingAlgorithm):
    def name(self):
        return "pythonfloor"

    def displayName(self):
        return "Python floor of the site classification (benchmark)"

    def createInstance(self):
        return PythonFloorAlgorithm()

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource("SITES", "Sites"))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "Output"))

    def processAlgorithm(self, parameters, context, feedback):
        sites = self.parameterAsSource(parameters, "SITES", context)
        out_fields, kept_indices, _replaced = _output_fields(sites.fields())
        sink, dest_id = self.parameterAsSink(
            parameters, "OUTPUT", context, out_fields, sites.wkbType(), sites.sourceCrs()
        )
        field_count = out_fields.count()
        first_pace_field = len(kept_indices)
        stored = [
            (index, value)
            for index, value in enumerate(TYPICAL_VALUES, first_pace_field)
            if value is not None
        ]
        batch = []
        for feature in compat.iterate_features(sites, QgsFeatureRequest()):
            if feedback.isCanceled():
                break
            feature.setFields(out_fields, False)
            feature.resizeAttributes(field_count)
            for index, value in stored:
                feature.setAttribute(index, value)
            batch.append(feature)
            if len(batch) == POINT_BATCH_SIZE:
                sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
                batch = []
        sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
        return {"OUTPUT": dest_id}
