"""asm_pace:impactzones through Processing, with hand-checked areas."""

import math

import pytest
from layers import LogFeedback, catalogue_reads, features, memory_layer, run_algorithm, sample
from qgis.core import QgsGeometry, QgsProcessingException

from asm_pace_plugin.core.shared import geodesy

PLACES = {
    "equator": (29.0, 0.0),
    "Mongolia": (105.0, 47.0),
    "Greenland": (-40.0, 70.0),
    "Fiji": (179.95, -17.0),
}


def run(provider, **parameters):
    parameters.setdefault("OUTPUT", "memory:")
    return run_algorithm("asm_pace:impactzones", parameters)


def areas_by(layer, key="pathway"):
    return {feature[key]: feature["area_ha"] for feature in features(layer)}


def test_point_zones_have_the_area_of_geodesic_circles_everywhere(provider):
    rows = [(f"POINT({x} {y})", [name]) for name, (x, y) in PLACES.items()]
    sites = memory_layer("Point", "EPSG:4326", ["name:string"], rows)
    result = run(
        provider,
        SITES=sites,
        SITE_ID_FIELD="name",
        PATHWAYS="footprint,offsite_deforestation,landscape_deforestation",
    )
    zones = features(result["OUTPUT"])
    assert result["ZONE_COUNT"] == 12 == len(zones)
    measure = geodesy.distance_area()
    for zone in zones:
        expected_ha = math.pi * zone["dist_m"] ** 2 / 10_000
        assert zone["area_ha"] == pytest.approx(expected_ha, rel=0.005)
        assert measure.measureArea(zone.geometry()) / 10_000 == pytest.approx(expected_ha, rel=0.005)
        assert zone["zone"] == "disc" and zone["n_sites"] == 1
    fiji = next(zone for zone in zones if zone["site_id"] == "Fiji" and zone["dist_m"] == 10000)
    assert fiji.geometry().isMultipart()  # split at the antimeridian
    assert {zone["dist_src"] for zone in zones if zone["pathway"] == "landscape_deforestation"} == {
        "catalogue: Sonter et al. 2017, Nature Communications 8:1013"
    }


def test_sites_in_a_projected_crs_give_the_same_zones(provider):
    # EPSG:3857 input: zones must still be metre-true on the ellipsoid (not Mercator metres).
    sites = memory_layer("Point", "EPSG:3857", ["name:string"], [("POINT(-4452779.6 11068715.7)", ["70N"])])
    zones = features(run(provider, SITES=sites, PATHWAYS="offsite_deforestation")["OUTPUT"])
    assert zones[0]["area_ha"] == pytest.approx(math.pi * 1e8 / 1e4, rel=0.005)


def test_rings_do_not_overlap_and_add_up_to_the_largest_disc(provider):
    sites = memory_layer("Point", "EPSG:4326", ["name:string"], [("POINT(29 -1)", ["A"])])
    result = run(
        provider, SITES=sites, RINGS=True, PATHWAYS="footprint,offsite_deforestation,landscape_deforestation"
    )
    zones = {zone["pathway"]: zone for zone in features(result["OUTPUT"])}
    assert zones["offsite_deforestation"]["zone"] == "ring"
    assert zones["offsite_deforestation"]["inner_m"] == 1000
    assert zones["landscape_deforestation"]["inner_m"] == 10000
    assert zones["offsite_deforestation"]["area_ha"] == pytest.approx(math.pi * (100 - 1) * 100, rel=0.005)
    total = sum(zone["area_ha"] for zone in zones.values())
    assert total == pytest.approx(math.pi * 70**2 * 100, rel=0.005)
    assert zones["footprint"].geometry().intersection(zones["offsite_deforestation"].geometry()).area() < 1e-9


def test_polygon_sites_are_buffered_from_their_edge(provider):
    square = "POLYGON((29 0, 29.01 0, 29.01 0.01, 29 0.01, 29 0))"
    sites = memory_layer("Polygon", "EPSG:4326", ["name:string"], [(square, ["S"])])
    zone = features(run(provider, SITES=sites, PATHWAYS="footprint")["OUTPUT"])[0]
    measure = geodesy.distance_area()
    polygon = QgsGeometry.fromWkt(square)
    expected = measure.measureArea(polygon) + measure.measurePerimeter(polygon) * 1000 + math.pi * 1000**2
    assert zone["area_ha"] == pytest.approx(expected / 10_000, rel=0.005)


def sites_with_distance_and_switch_fields():
    rows = [
        ("POINT(29 -1)", ["A", 5000, "yes"]),
        ("POINT(29.5 -1)", ["B", None, "no"]),
        ("POINT(30 -1)", ["C", -3, 1]),
    ]
    return memory_layer("Point", "EPSG:4326", ["name:string", "hunt_m:double", "wood:string"], rows)


@pytest.mark.parametrize(
    "site_fields",
    [
        {"HUNTING_DISTANCE_FIELD": "hunt_m", "CHARCOAL_TIMBER_SWITCH_FIELD": "wood"},  # the dialog's pickers
        {"DISTANCE_FIELDS": "hunting=hunt_m", "SWITCH_FIELDS": "charcoal_timber=wood"},  # earlier versions
    ],
)
def test_per_site_distance_and_switch_fields(provider, site_fields):
    result = run(
        provider,
        SITES=sites_with_distance_and_switch_fields(),
        SITE_ID_FIELD="name",
        PATHWAYS="hunting,charcoal_timber",
        DISTANCES="charcoal_timber=3000",
        **site_fields,
    )
    zones = {(zone["site_id"], zone["pathway"]): zone for zone in features(result["OUTPUT"])}
    assert zones[("A", "hunting")]["dist_m"] == 5000
    assert zones[("A", "hunting")]["dist_src"] == "field hunt_m"
    assert zones[("B", "hunting")]["dist_m"] == 10000  # empty field: the default
    assert ("C", "hunting") not in zones  # negative: no zone, counted in the log
    assert zones[("A", "charcoal_timber")]["dist_src"] == "parameter"
    assert ("B", "charcoal_timber") not in zones  # switched off
    assert ("C", "charcoal_timber") in zones
    assert result["SITES_WITHOUT_ZONE"] == 0


def test_dissolve_counts_overlaps_once(provider):
    rows = [("POINT(29 -1)", ["A"]), ("POINT(29.05 -1)", ["B"])]  # 5.6 km apart: 10 km discs overlap
    sites = memory_layer("Point", "EPSG:4326", ["name:string"], rows)
    separate = features(run(provider, SITES=sites, PATHWAYS="offsite_deforestation")["OUTPUT"])
    dissolved = features(
        run(provider, SITES=sites, PATHWAYS="footprint,offsite_deforestation", DISSOLVE=1)["OUTPUT"]
    )
    merged = {zone["pathway"]: zone for zone in dissolved}
    assert merged["offsite_deforestation"]["n_sites"] == 2
    assert merged["footprint"]["area_ha"] == pytest.approx(2 * math.pi * 100, rel=0.005)
    one_disc = separate[0]["area_ha"]
    assert one_disc < merged["offsite_deforestation"]["area_ha"] < 2 * one_disc - 1000
    everything = features(
        run(provider, SITES=sites, PATHWAYS="footprint,offsite_deforestation", DISSOLVE=2)["OUTPUT"]
    )
    assert len(everything) == 1
    assert everything[0]["area_ha"] == pytest.approx(merged["offsite_deforestation"]["area_ha"], rel=1e-6)


def test_sample_sites_and_invalid_geometry_is_repaired(provider):
    result = run(provider, SITES=sample("sites"), SITE_ID_FIELD="site_code")
    assert result["ZONE_COUNT"] == 4 * 11  # 12 sites, one without geometry
    assert result["SITES_WITHOUT_ZONE"] == 1
    bow_tie = "POLYGON((29 0, 29.01 0.01, 29.01 0, 29 0.01, 29 0))"
    rows = [(bow_tie, ["X"]), (None, ["no geometry"])]
    sites = memory_layer("Polygon", "EPSG:4326", ["name:string"], rows)
    log = LogFeedback()
    result = run_algorithm(
        "asm_pace:impactzones", {"SITES": sites, "PATHWAYS": "footprint", "OUTPUT": "memory:"}, log
    )
    zones = features(result["OUTPUT"])
    assert len(zones) == 1 and zones[0].geometry().isGeosValid()
    assert "site geometries repaired: 1" in log.text()
    assert "no geometry: 1" in log.text() and result["SITES_WITHOUT_ZONE"] == 1


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        ({"PATHWAYS": "footprint,poaching"}, "Unknown impact pathway 'poaching'"),
        ({"DISTANCES": "footprint=0"}, "not a positive number"),
        ({"DISTANCES": "hunting=-10"}, "not a positive number"),
        ({"PATHWAYS": "charcoal_timber"}, "no default distance"),
        ({"DISTANCE_FIELDS": "hunting=nothere"}, "not in the layer; its fields are: fid, site_code"),
        ({"HUNTING_SWITCH_FIELD": "nothere"}, "the field 'nothere' is not in the layer"),
        ({"PATHWAYS": "footprint", "HUNTING_DISTANCE_FIELD": "site_code"}, "not chosen: hunting"),
    ],
)
def test_bad_parameters_say_what_to_fix(provider, parameters, message):
    with pytest.raises(QgsProcessingException, match=message):
        run(provider, SITES=sample("sites"), **parameters)


def test_empty_site_layer_is_refused(provider):
    sites = memory_layer("Point", "EPSG:4326", ["name:string"], [])
    with pytest.raises(QgsProcessingException, match="empty"):
        run(provider, SITES=sites)


def test_zones_loaded_in_a_project_are_styled_by_pathway(provider, layer_tree_iface):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsProject
    from qgis.processing import runAndLoadResults

    sites = memory_layer("Point", "EPSG:4326", ["name:string"], [("POINT(29 -1)", ["A"])])
    result = runAndLoadResults(
        "asm_pace:impactzones",
        {"SITES": sites, "PATHWAYS": "footprint,hunting", "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    layer = QgsProject.instance().mapLayer(result["OUTPUT"])
    try:
        assert QgsProject.instance().layerTreeRoot().findLayer(layer.id()) is not None
        assert isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)
        assert [category.value() for category in layer.renderer().categories()] == ["footprint", "hunting"]
    finally:
        QgsProject.instance().removeMapLayer(layer)


def test_a_run_reads_the_pathway_catalogue_once(provider, monkeypatch, tmp_path):
    """Choosing the pathways and styling the output (its style stored in the GeoPackage) share one
    reading of the catalogue."""
    reads = catalogue_reads(monkeypatch)
    sites = memory_layer("Point", "EPSG:4326", ["name:string"], [("POINT(29 -1)", ["A"])])
    run(provider, SITES=sites, PATHWAYS="footprint,hunting", OUTPUT=str(tmp_path / "zones.gpkg"))
    assert reads == [None]


def test_line_sites_in_a_projected_crs(provider):
    # A 10 km line (UTM 35S) along a river bank: the 1 km zone is a stadium, 2 r L + pi r^2.
    line = "LINESTRING(500000 9800000, 510000 9800000)"
    sites = memory_layer("LineString", "EPSG:32735", ["name:string"], [(line, ["L"])])
    zone = features(run(provider, SITES=sites, PATHWAYS="footprint")["OUTPUT"])[0]
    length = geodesy.distance_area().measureLength(_in_wgs84(line, "EPSG:32735"))
    assert zone["area_ha"] == pytest.approx((2 * 1000 * length + math.pi * 1000**2) / 10_000, rel=0.005)


def _in_wgs84(wkt, crs):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    geometry = QgsGeometry.fromWkt(wkt)
    geometry.transform(
        QgsCoordinateTransform(QgsCoordinateReferenceSystem(crs), geodesy.WGS84, QgsProject.instance())
    )
    return geometry


def test_each_pathway_has_its_per_site_fields_as_field_pickers_under_advanced(provider):
    from qgis.core import QgsApplication

    from asm_pace_plugin.core.shared import compat

    algorithm = QgsApplication.processingRegistry().algorithmById("asm_pace:impactzones")
    distance = algorithm.parameterDefinition("HUNTING_DISTANCE_FIELD")
    switch = algorithm.parameterDefinition("HUNTING_SWITCH_FIELD")
    assert distance.description() == "Hunting pressure: distance per site (metres)"
    assert switch.description() == "Hunting pressure: drawn only where this field says yes"
    for parameter in (distance, switch):
        assert parameter.type() == "field" and parameter.parentLayerParameterName() == "SITES"
        assert parameter.flags() & compat.FLAG_ADVANCED and parameter.flags() & compat.FLAG_OPTIONAL
    assert distance.dataType() == compat.FIELD_PARAMETER_NUMERIC
    for legacy in ("DISTANCE_FIELDS", "SWITCH_FIELDS"):  # taken from models, not shown in the dialog
        assert algorithm.parameterDefinition(legacy).flags() & compat.FLAG_HIDDEN


def test_a_model_saved_with_the_earlier_pathway_field_texts_still_runs(provider):
    from qgis import processing
    from qgis.core import (
        QgsProcessingFeedback,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
    )

    model = QgsProcessingModelAlgorithm("zones of an earlier version", "tests")
    child = QgsProcessingModelChildAlgorithm("asm_pace:impactzones")
    child.setChildId("zones")
    for name, value in {
        "SITES": sample("sites"),
        "PATHWAYS": "hunting",
        "DISTANCE_FIELDS": "hunting=fid",
    }.items():
        child.addParameterSources(name, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    output = QgsProcessingModelOutput("zones", "zones")
    output.setChildOutputName("OUTPUT")
    child.setModelOutputs({"zones": output})
    model.addChildAlgorithm(child)
    destination = model.destinationParameterDefinitions()[0].name()  # "zones:zones", "zones" from 3.40
    result = processing.run(model, {destination: "memory:"}, feedback=QgsProcessingFeedback())
    zones = result[destination]
    assert {zone["dist_src"] for zone in zones.getFeatures()} == {
        "field fid"
    }  # each site's distance from fid
