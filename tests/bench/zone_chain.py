"""The chain an officer would build with QGIS's own tools for impact zones of 1, 10 and 70 km,
as one Processing script (`qgis_process run script:zonechain`, installed by the bench in the
profile's scripts folder), so that it runs in one process as a model does:

1. native:reprojectlayer of the sites to a local metric CRS (UTM);
2. native:buffer of them at 1, 10 and 70 km (SEGMENTS=32: 128 vertices a circle, as ours);
3. with DISSOLVE, native:dissolve of each (one zone per distance, as ours dissolves by pathway);
4. native:mergevectorlayers of the three into one layer.
Intermediate layers stay in memory; only the last is written.
"""

from qgis import processing
from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

DISTANCES = (1000, 10000, 70000)


class ZoneChainAlgorithm(QgsProcessingAlgorithm):
    def name(self):
        return "zonechain"

    def displayName(self):
        return "Impact zones with QGIS's own tools, chained by hand (benchmark)"

    def createInstance(self):
        return ZoneChainAlgorithm()

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource("SITES", "Sites"))
        self.addParameter(QgsProcessingParameterCrs("CRS", "Local metric CRS"))
        self.addParameter(QgsProcessingParameterBoolean("DISSOLVE", "Dissolve", defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "Output"))

    def processAlgorithm(self, parameters, context, feedback):
        def step(algorithm, **arguments):
            output = arguments.pop("OUTPUT", "TEMPORARY_OUTPUT")
            return processing.run(
                algorithm,
                {**arguments, "OUTPUT": output},
                context=context,
                feedback=feedback,
                is_child_algorithm=True,
            )["OUTPUT"]

        local = step(
            "native:reprojectlayer",
            INPUT=parameters["SITES"],
            TARGET_CRS=self.parameterAsCrs(parameters, "CRS", context),
        )
        zones = []
        for distance in DISTANCES:
            zone = step("native:buffer", INPUT=local, DISTANCE=distance, SEGMENTS=32, DISSOLVE=False)
            if self.parameterAsBoolean(parameters, "DISSOLVE", context):
                zone = step("native:dissolve", INPUT=zone)
            zones.append(zone)
        output = step("native:mergevectorlayers", LAYERS=zones, OUTPUT=parameters["OUTPUT"])
        return {"OUTPUT": output}
