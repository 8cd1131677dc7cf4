"""The chain an officer would build by hand in the Graphical Modeler to classify sites with
QGIS's own tools, as one Processing script (`qgis_process run script:handchain`, installed
by the bench in the profile's scripts folder), so that it runs in one process as a model does:

1. join by location to the protected areas (intersects, one feature per match);
2. join by location to the ecoregions (first match);
3. join by nearest to the protected areas (within about 50 km: 0.45° in EPSG:4326);
4. field calculator for the class.
Intermediate layers stay in memory; only the last is written.
"""

from qgis import processing
from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

CLASS_EXPRESSION = (
    "CASE WHEN \"pa_NAME\" IS NOT NULL THEN 'protected_area' "
    "WHEN \"eco_G200_REGIO\" IS NOT NULL THEN 'critical_ecosystem' ELSE 'not_eligible' END"
)


class HandChainAlgorithm(QgsProcessingAlgorithm):
    def name(self):
        return "handchain"

    def displayName(self):
        return "PACE classification with QGIS's own tools, chained by hand (benchmark)"

    def createInstance(self):
        return HandChainAlgorithm()

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource("SITES", "Sites"))
        self.addParameter(QgsProcessingParameterFeatureSource("PROTECTED_AREAS", "Protected areas"))
        self.addParameter(QgsProcessingParameterFeatureSource("ECOREGIONS", "Ecoregions"))
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

        def join_by_location(layer, join, fields, method, prefix):
            return step(
                "native:joinattributesbylocation",
                INPUT=layer,
                JOIN=join,
                PREDICATE=[0],
                JOIN_FIELDS=fields,
                METHOD=method,
                DISCARD_NONMATCHING=False,
                PREFIX=prefix,
            )

        in_areas = join_by_location(
            parameters["SITES"],
            parameters["PROTECTED_AREAS"],
            ["WDPAID", "NAME", "DESIG_ENG", "IUCN_CAT"],
            0,
            "pa_",
        )
        in_ecoregions = join_by_location(
            in_areas, parameters["ECOREGIONS"], ["G200_REGIO", "G200_STAT"], 1, "eco_"
        )
        nearest = step(
            "native:joinbynearest",
            INPUT=in_ecoregions,
            INPUT_2=parameters["PROTECTED_AREAS"],
            FIELDS_TO_COPY=["NAME"],
            DISCARD_NONMATCHING=False,
            PREFIX="near_",
            NEIGHBORS=1,
            MAX_DISTANCE=0.45,
        )
        output = step(
            "native:fieldcalculator",
            INPUT=nearest,
            FIELD_NAME="pace_class",
            FIELD_TYPE=2,
            FIELD_LENGTH=20,
            FORMULA=CLASS_EXPRESSION,
            OUTPUT=parameters["OUTPUT"],
        )
        return {"OUTPUT": output}
