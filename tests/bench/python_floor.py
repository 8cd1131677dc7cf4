"""The floor of any Python algorithm that writes what asm_pace:classifysites writes.

A Processing script for `qgis_process run script:pythonfloor` (the bench installs it in the
profile's scripts folder): it copies the sites and stores in each the PACE values of a
typical site outside every protected area, through classifysites' own value store (its
own feature widened, only the values that are set stored, batches added at once), but
classifies nothing and reads no reference layer. What classifysites takes beyond this is
the classification itself.
"""

from qgis.core import (
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessingAlgorithm,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from asm_pace_plugin.core.screening import pace
from asm_pace_plugin.core.screening.reference_sets import Ecoregion, ProtectedArea
from asm_pace_plugin.core.screening.site_classification import Matches, SiteResult
from asm_pace_plugin.core.screening.stream import POINT_BATCH_SIZE, PaceValueStore, output_fields
from asm_pace_plugin.core.shared import compat

# A site in a Global 200 ecoregion, 12 km from a forest reserve.
TYPICAL_RESULT = SiteResult(
    Matches(pace.CRITICAL_ECOSYSTEM, ecoregions=[Ecoregion("Albertine Rift montane forests", 1)]),
    nearest=ProtectedArea(
        "protected_areas", "1234", "Forest Reserve 1234", "Forest Reserve", "national", "", "VI"
    ),
    nearest_m=12345.6,
)
RUN_VALUES = ("protected areas; Global 200 ecoregions", "landscapes; AZE sites", None)


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
        out_fields = output_fields(sites.fields())
        sink, dest_id = self.parameterAsSink(
            parameters, "OUTPUT", context, out_fields.fields, sites.wkbType(), sites.sourceCrs()
        )
        store = PaceValueStore(None, None, False, sites.fields(), out_fields, RUN_VALUES)
        batch = []
        for feature in compat.iterate_features(sites, QgsFeatureRequest()):
            if feedback.isCanceled():
                break
            batch.append(feature)
            if len(batch) == POINT_BATCH_SIZE:
                store.store(batch, [TYPICAL_RESULT] * len(batch))
                sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
                batch = []
        store.store(batch, [TYPICAL_RESULT] * len(batch))
        sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
        return {"OUTPUT": dest_id}
