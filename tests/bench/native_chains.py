"""The chains an officer would build by hand in the Graphical Modeler with QGIS's own tools, as
one Processing script (`qgis_process run script:nativechain CHAIN=...`, installed by the bench
in the profile's scripts folder), so that each runs in one process as a model does.
Intermediate layers stay in memory; only the last is written.

CHAIN=classify (SITES, PROTECTED_AREAS, ECOREGIONS), the PACE classification:
1. join by location to the protected areas (intersects, one feature per match);
2. join by location to the ecoregions (first match);
3. join by nearest to the protected areas (within about 50 km: 0.45° in EPSG:4326);
4. field calculator for the class.

CHAIN=pressure (ZONES, PROTECTED_AREAS), the pressure of impact zones on protected areas:
1. native:intersection of the zones with the areas (the pathway and the area's id kept);
2. native:dissolve by protected area and pathway (overlapping zones counted once);
3. native:fieldcalculator: the hectares of each, $area on the WGS 84 ellipsoid.

CHAIN=zones (SITES, CRS, DISSOLVE), impact zones of 1, 10 and 70 km:
1. native:reprojectlayer of the sites to a local metric CRS (UTM);
2. native:buffer at each distance (SEGMENTS=32: 128 vertices a circle, as ours);
3. with DISSOLVE, native:dissolve of each (one zone per distance, as ours dissolves by pathway);
4. native:mergevectorlayers of the three.
"""

from qgis import processing
from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

CHAINS = ("classify", "pressure", "zones")
CLASS_EXPRESSION = (
    "CASE WHEN \"pa_NAME\" IS NOT NULL THEN 'protected_area' "
    "WHEN \"eco_G200_REGIO\" IS NOT NULL THEN 'critical_ecosystem' ELSE 'not_eligible' END"
)
DISTANCES = (1000, 10000, 70000)


class NativeChainAlgorithm(QgsProcessingAlgorithm):
    def name(self):
        return "nativechain"

    def displayName(self):
        return "PACE steps with QGIS's own tools, chained by hand (benchmark)"

    def createInstance(self):
        return NativeChainAlgorithm()

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterEnum("CHAIN", "Chain", options=list(CHAINS)))
        for name in ("SITES", "ZONES", "PROTECTED_AREAS", "ECOREGIONS"):
            self.addParameter(QgsProcessingParameterFeatureSource(name, name.title(), optional=True))
        self.addParameter(QgsProcessingParameterCrs("CRS", "Local metric CRS", optional=True))
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

        chain = CHAINS[self.parameterAsEnum(parameters, "CHAIN", context)]
        if chain == "classify":
            output = self._classify(step, parameters)
        elif chain == "pressure":
            context.setEllipsoid("EPSG:7030")  # $area on the WGS 84 ellipsoid, as a project would set it
            output = self._pressure(step, parameters)
        else:
            output = self._zones(step, parameters, context)
        return {"OUTPUT": output}

    @staticmethod
    def _classify(step, parameters):
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
        return step(
            "native:fieldcalculator",
            INPUT=nearest,
            FIELD_NAME="pace_class",
            FIELD_TYPE=2,
            FIELD_LENGTH=20,
            FORMULA=CLASS_EXPRESSION,
            OUTPUT=parameters["OUTPUT"],
        )

    @staticmethod
    def _pressure(step, parameters):
        pieces = step(
            "native:intersection",
            INPUT=parameters["ZONES"],
            OVERLAY=parameters["PROTECTED_AREAS"],
            INPUT_FIELDS=["pathway"],
            OVERLAY_FIELDS=["WDPAID", "NAME"],
        )
        dissolved = step("native:dissolve", INPUT=pieces, FIELD=["WDPAID", "pathway"])
        return step(
            "native:fieldcalculator",
            INPUT=dissolved,
            FIELD_NAME="zone_ha",
            FIELD_TYPE=0,
            FIELD_LENGTH=20,
            FIELD_PRECISION=4,
            FORMULA="$area / 10000",
            OUTPUT=parameters["OUTPUT"],
        )

    def _zones(self, step, parameters, context):
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
        return step("native:mergevectorlayers", LAYERS=zones, OUTPUT=parameters["OUTPUT"])
