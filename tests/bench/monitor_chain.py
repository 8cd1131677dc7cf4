"""The chain an officer would build by hand in the Graphical Modeler for the table of
asm_pace:miningovertime with QGIS's own tools, as one Processing script (`qgis_process run
script:monitorchain`, installed by bench_monitoring in the profile's scripts folder):

for each year: extract the year's footprints, native:intersection with the protected areas,
native:dissolve by area id, ellipsoidal areas (native:fieldcalculator, $area); and the
cumulative mining: the intersections up to that year merged, dissolved by area id, measured.
Intermediate layers stay in memory; the new mining of every year is written.
"""

from qgis import processing
from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)


class MonitorChainAlgorithm(QgsProcessingAlgorithm):
    def name(self):
        return "monitorchain"

    def displayName(self):
        return "Mining per protected area and year with QGIS's own tools, chained by hand (benchmark)"

    def createInstance(self):
        return MonitorChainAlgorithm()

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource("FOOTPRINTS", "Footprints"))
        self.addParameter(QgsProcessingParameterFeatureSource("AREAS", "Protected areas"))
        self.addParameter(QgsProcessingParameterString("YEARS", "Years, comma-separated"))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "Output"))

    def processAlgorithm(self, parameters, context, feedback):
        context.setEllipsoid("EPSG:7030")  # areas on the WGS 84 ellipsoid, as a project would set it

        def step(algorithm, **arguments):
            output = arguments.pop("OUTPUT", "TEMPORARY_OUTPUT")
            return processing.run(
                algorithm,
                {**arguments, "OUTPUT": output},
                context=context,
                feedback=feedback,
                is_child_algorithm=True,
            )["OUTPUT"]

        def measured(layer):
            dissolved = step("native:dissolve", INPUT=layer, FIELD=["WDPAID"])
            return step(
                "native:fieldcalculator",
                INPUT=dissolved,
                FIELD_NAME="area",
                FIELD_TYPE=0,
                FIELD_LENGTH=20,
                FIELD_PRECISION=4,
                FORMULA="$area",
            )

        pieces, new_tables = [], []
        for year in self.parameterAsString(parameters, "YEARS", context).split(","):
            if feedback.isCanceled():
                break
            footprints = step(
                "native:extractbyattribute",
                INPUT=parameters["FOOTPRINTS"],
                FIELD="year",
                OPERATOR=0,
                VALUE=year,
            )
            cut = step(
                "native:intersection",
                INPUT=footprints,
                OVERLAY=parameters["AREAS"],
                INPUT_FIELDS=["year"],
                OVERLAY_FIELDS=["WDPAID"],
            )
            pieces.append(cut)
            new_tables.append(measured(cut))
            measured(step("native:mergevectorlayers", LAYERS=list(pieces)))  # cumulative
        output = step("native:mergevectorlayers", LAYERS=new_tables, OUTPUT=parameters["OUTPUT"])
        return {"OUTPUT": output}
