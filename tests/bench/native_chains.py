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

CHAIN=monitor (FOOTPRINTS, PROTECTED_AREAS, YEARS), the table of asm_pace:miningovertime:
for each year: extract the year's footprints, native:intersection with the protected areas,
native:dissolve by area id, ellipsoidal areas (native:fieldcalculator, $area); and the
cumulative mining: the intersections up to that year merged, dissolved by area id, measured.
The new mining of every year is written.
"""

from qgis import processing
from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)

CHAINS = ("classify", "pressure", "zones", "monitor")
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
        for name in ("SITES", "ZONES", "PROTECTED_AREAS", "ECOREGIONS", "FOOTPRINTS"):
            self.addParameter(QgsProcessingParameterFeatureSource(name, name.title(), optional=True))
        self.addParameter(QgsProcessingParameterString("YEARS", "Years, comma-separated", optional=True))
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
        elif chain in ("pressure", "monitor"):
            context.setEllipsoid("EPSG:7030")  # $area on the WGS 84 ellipsoid, as a project would set it
            if chain == "pressure":
                output = self._pressure(step, parameters)
            else:
                years = self.parameterAsString(parameters, "YEARS", context).split(",")
                output = self._monitor(step, parameters, years, feedback)
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
    def _measured(step, layer, fields, name, formula, output="TEMPORARY_OUTPUT"):
        """native:dissolve by fields, then the ellipsoidal area in a field."""
        dissolved = step("native:dissolve", INPUT=layer, FIELD=fields)
        return step(
            "native:fieldcalculator",
            INPUT=dissolved,
            FIELD_NAME=name,
            FIELD_TYPE=0,
            FIELD_LENGTH=20,
            FIELD_PRECISION=4,
            FORMULA=formula,
            OUTPUT=output,
        )

    def _pressure(self, step, parameters):
        pieces = step(
            "native:intersection",
            INPUT=parameters["ZONES"],
            OVERLAY=parameters["PROTECTED_AREAS"],
            INPUT_FIELDS=["pathway"],
            OVERLAY_FIELDS=["WDPAID", "NAME"],
        )
        return self._measured(
            step, pieces, ["WDPAID", "pathway"], "zone_ha", "$area / 10000", parameters["OUTPUT"]
        )

    def _monitor(self, step, parameters, years, feedback):
        pieces, new_tables = [], []
        for year in years:
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
                OVERLAY=parameters["PROTECTED_AREAS"],
                INPUT_FIELDS=["year"],
                OVERLAY_FIELDS=["WDPAID"],
            )
            pieces.append(cut)
            new_tables.append(self._measured(step, cut, ["WDPAID"], "area", "$area"))
            cumulative = step("native:mergevectorlayers", LAYERS=list(pieces))
            self._measured(step, cumulative, ["WDPAID"], "area", "$area")
        return step("native:mergevectorlayers", LAYERS=new_tables, OUTPUT=parameters["OUTPUT"])

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
