"""The chain an officer would build with QGIS's own tools for the pressure of impact zones on
protected areas, as one Processing script (`qgis_process run script:pressurechain`, installed
by the bench in the profile's scripts folder), so that it runs in one process as a model does:

1. native:intersection of the zones with the protected areas (the pathway and the area's id kept);
2. native:dissolve by protected area and pathway (overlapping zones counted once);
3. native:fieldcalculator: the hectares of each, on the ellipsoid (WGS 84).
Intermediate layers stay in memory; only the last is written.
"""

from qgis import processing
from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)


class PressureChainAlgorithm(QgsProcessingAlgorithm):
    def name(self):
        return "pressurechain"

    def displayName(self):
        return "Pressure on protected areas with QGIS's own tools, chained by hand (benchmark)"

    def createInstance(self):
        return PressureChainAlgorithm()

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource("ZONES", "Impact zones"))
        self.addParameter(QgsProcessingParameterFeatureSource("PROTECTED_AREAS", "Protected areas"))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "Output"))

    def processAlgorithm(self, parameters, context, feedback):
        context.setEllipsoid("EPSG:7030")  # $area on the WGS 84 ellipsoid, as a project would set it

        def step(algorithm, **arguments):
            output = arguments.pop("OUTPUT", "TEMPORARY_OUTPUT")
            return processing.run(
                algorithm,
                {**arguments, "OUTPUT": output},
                context=context,
                feedback=feedback,
                is_child_algorithm=True,
            )["OUTPUT"]

        pieces = step(
            "native:intersection",
            INPUT=parameters["ZONES"],
            OVERLAY=parameters["PROTECTED_AREAS"],
            INPUT_FIELDS=["pathway"],
            OVERLAY_FIELDS=["WDPAID", "NAME"],
        )
        dissolved = step("native:dissolve", INPUT=pieces, FIELD=["WDPAID", "pathway"])
        output = step(
            "native:fieldcalculator",
            INPUT=dissolved,
            FIELD_NAME="zone_ha",
            FIELD_TYPE=0,
            FIELD_LENGTH=20,
            FIELD_PRECISION=4,
            FORMULA="$area / 10000",
            OUTPUT=parameters["OUTPUT"],
        )
        return {"OUTPUT": output}
