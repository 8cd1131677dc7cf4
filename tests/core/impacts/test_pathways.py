"""Impact-pathway catalogue and metre-true circles and buffers (core, no Processing)."""

import math

import numpy as np
import pytest
from qgis.core import QgsFields, QgsGeometry, QgsPointXY

from asm_pace_plugin.core.impacts import pathway_choice, pathways
from asm_pace_plugin.core.shared import ellipsoid, geodesy
from asm_pace_plugin.core.shared.errors import InputError

HEADER = "name,kind,label,distance_m,source,confidence,notes\n"
PLACES = {
    "equator": (29.0, 0.0),
    "Mongolia": (105.0, 47.0),
    "Greenland": (-40.0, 70.0),
    "Fiji": (179.95, -17.0),
}


@pytest.fixture
def measure():
    return geodesy.distance_area()


def test_shipped_catalogue_has_the_pace_defaults():
    catalogue = pathways.load_catalogue()
    assert catalogue["footprint"].distance_m == 1000
    assert catalogue["offsite_deforestation"].distance_m == 10000
    assert catalogue["hunting"].distance_m == 10000
    assert catalogue["landscape_deforestation"].distance_m == 70000
    assert catalogue["charcoal_timber"].distance_m is None
    assert catalogue["mercury_sediment"].kind == pathways.KIND_DOWNSTREAM
    assert "Sonter" in catalogue["landscape_deforestation"].source


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("footprint,zone,F,-5,x,low,\n", "not a positive number"),
        ("footprint,zone,F,0,x,low,\n", "not a positive number"),
        ("footprint,zone,F,abc,x,low,\n", "not a positive number"),
        ("footprint,circle,F,10,x,low,\n", "kind must be"),
        ("footprint,zone,F,10,x,certain,\n", "confidence must be"),
        ("foot print,zone,F,10,x,low,\n", "letters, digits"),
        ("a,zone,A,10,x,low,\na,zone,A,20,x,low,\n", "appears twice"),
    ],
)
def test_catalogue_errors_say_the_line_and_what_to_fix(tmp_path, rows, message):
    path = tmp_path / "pathways.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    with pytest.raises(InputError, match=message) as raised:
        pathways.load_catalogue(path)
    assert "line 2" in str(raised.value) or "line 3" in str(raised.value)


def test_catalogue_without_columns_or_file(tmp_path):
    path = tmp_path / "pathways.csv"
    path.write_text("name,distance\nfootprint,10\n", encoding="utf-8")
    with pytest.raises(InputError, match="lacks the column"):
        pathways.load_catalogue(path)
    with pytest.raises(InputError, match="cannot be read"):
        pathways.load_catalogue(tmp_path / "missing.csv")


def test_choose_pathways_overrides_and_sorts():
    catalogue = pathways.load_catalogue()
    names = pathway_choice.parse_names("landscape_deforestation, Hunting;footprint")
    chosen = pathway_choice.choose_pathways(catalogue, names, {"hunting": "12700"}, {}, {}, QgsFields())
    assert [item.pathway.name for item in chosen] == ["footprint", "hunting", "landscape_deforestation"]
    assert chosen[1].distance_m == 12700
    assert chosen[1].source == "parameter"
    assert chosen[0].source.startswith("catalogue: ")


@pytest.mark.parametrize(
    ("names", "distances", "message"),
    [
        ("footprint,poaching", "", "Unknown impact pathway 'poaching'"),
        ("charcoal_timber", "", "no default distance"),
        ("footprint", "footprint=0", "not a positive number"),
        ("footprint", "footprint=-100", "not a positive number"),
        ("footprint", "hunting=100", "not chosen"),
        ("footprint", "footprint 100", "not of the form"),
        ("mercury_sediment", "", "Downstream trace"),
        ("", "", "No impact pathway"),
    ],
)
def test_choose_pathways_errors(names, distances, message):
    with pytest.raises(InputError, match=message):
        distances = pathway_choice.parse_assignments(distances, "Distances")
        pathway_choice.choose_pathways(
            pathways.load_catalogue(), pathway_choice.parse_names(names), distances, {}, {}, QgsFields()
        )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1, True),
        ("yes", True),
        ("Oui", True),
        (True, True),
        (0, False),
        ("no", False),
        (None, False),
        ("?", None),
    ],
)
def test_switch_values(value, expected):
    assert pathway_choice.switch_is_on(value) is expected


@pytest.mark.parametrize("place", sorted(PLACES))
@pytest.mark.parametrize("radius", [1000, 10000, 70000])
def test_circle_area_is_pi_r_squared_everywhere(measure, place, radius):
    longitude, latitude = PLACES[place]
    circle = geodesy.geodesic_circle(QgsPointXY(longitude, latitude), radius, measure)
    assert circle.isGeosValid()
    assert measure.measureArea(circle) == pytest.approx(math.pi * radius**2, rel=1e-4)
    # The buffer of lines and polygons (local projection) agrees for a point too.
    buffered = geodesy.LocalBuffer(measure).buffers(
        QgsGeometry.fromPointXY(QgsPointXY(longitude, latitude)), [radius]
    )
    assert measure.measureArea(buffered[0]) == pytest.approx(math.pi * radius**2, rel=1e-3)


def test_circle_across_the_antimeridian_is_split_on_both_sides(measure):
    circle = geodesy.geodesic_circle(QgsPointXY(179.95, -17.0), 10000, measure)
    assert circle.isMultipart()
    box = circle.boundingBox()
    assert box.xMinimum() == pytest.approx(-180) and box.xMaximum() == pytest.approx(180)


def test_circle_at_70n_is_about_three_times_wider_in_degrees_than_at_the_equator(measure):
    equator = geodesy.geodesic_circle(QgsPointXY(0, 0), 10000, measure).boundingBox()
    north = geodesy.geodesic_circle(QgsPointXY(0, 70), 10000, measure).boundingBox()
    assert north.width() / equator.width() == pytest.approx(1 / math.cos(math.radians(70)), rel=0.01)
    assert north.height() == pytest.approx(equator.height(), rel=0.01)


def test_ring_areas_match_measure_area(measure):
    longitudes, latitudes = geodesy.circle_vertices([29.0, -40.0], [0.0, 70.0], [[1000, 70000]] * 2, measure)
    areas = ellipsoid.ring_areas(longitudes, latitudes, measure)
    for row in range(2):
        for column in range(2):
            polygon = geodesy.polygon_from_rings([(longitudes[row, column], latitudes[row, column])])
            assert areas[row, column] == pytest.approx(measure.measureArea(polygon), rel=1e-5)


def test_polygon_buffer_is_measured_from_the_edge(measure):
    # A square of ~1.11 km side at the equator; 1 km buffer: A + P*d + pi*d^2.
    square = QgsGeometry.fromWkt("POLYGON((29 0, 29.01 0, 29.01 0.01, 29 0.01, 29 0))")
    side_area = measure.measureArea(square)
    perimeter = measure.measurePerimeter(square)
    buffered = geodesy.LocalBuffer(measure).buffers(square, [1000])[0]
    expected = side_area + perimeter * 1000 + math.pi * 1000**2
    assert measure.measureArea(buffered) == pytest.approx(expected, rel=2e-3)


@pytest.mark.parametrize("latitude", [0, 47, 70, 85, -60])
@pytest.mark.parametrize("distance", [1000, 70000, 500000])
def test_vectorised_geodesic_direct_agrees_with_qgis(measure, latitude, distance):
    azimuths = np.linspace(0, 2 * np.pi, 13)
    semi_major, flattening = ellipsoid.ellipsoid_axes(measure)
    longitudes, latitudes = ellipsoid.geodesic_direct(
        np.full(13, 10.0),
        np.full(13, float(latitude)),
        azimuths,
        np.full(13, float(distance)),
        semi_major,
        flattening,
    )
    for azimuth, longitude, end_latitude in zip(azimuths, longitudes, latitudes):
        expected = measure.computeSpheroidProject(QgsPointXY(10, latitude), distance, azimuth)
        assert measure.measureLine(QgsPointXY(longitude, end_latitude), expected) < 0.001  # metres


@pytest.mark.parametrize(
    "wkt",
    [
        "POLYGON((29 0, 29.3 0, 29.3 0.2, 29 0.2, 29 0))",
        "POLYGON((29 60, 29.3 60, 29.3 60.2, 29 60.2, 29 60),"
        "(29.1 60.05, 29.2 60.05, 29.2 60.1, 29.1 60.05))",
        "MULTIPOLYGON(((179.9 -17, 180 -17, 180 -16.9, 179.9 -17)),"
        "((-180 -17, -179.9 -17, -180 -16.9, -180 -17)))",
    ],
)
def test_polygon_area_from_wkb_matches_measure_area(measure, wkt):
    geometry = QgsGeometry.fromWkt(wkt)
    # Edges straight in longitude / latitude: QgsDistanceArea agrees once they are densified
    # (its series approximation drifts on long sloping edges).
    expected = measure.measureArea(geometry.densifyByCount(100))
    assert ellipsoid.polygon_area(geometry, measure) == pytest.approx(expected, rel=1e-6)


def test_polygon_area_of_other_geometries_falls_back_to_measure_area(measure):
    geometry = QgsGeometry.fromWkt("POLYGON Z((29 0 1, 29.3 0 1, 29.3 0.2 1, 29 0 1))")
    assert ellipsoid.polygon_area(geometry, measure) == measure.measureArea(geometry)


def test_polygon_area_of_a_graticule_box_is_exact(measure):
    # Area of a longitude/latitude box on the ellipsoid: a² (λ2 - λ1) (q(φ2) - q(φ1)) / 2.
    semi_major, flattening = ellipsoid.ellipsoid_axes(measure)
    e = math.sqrt(flattening * (2 - flattening))

    def q(latitude):
        sine = math.sin(math.radians(latitude))
        return (1 - e**2) * (
            sine / (1 - (e * sine) ** 2) - math.log((1 - e * sine) / (1 + e * sine)) / (2 * e)
        )

    expected = semi_major**2 * math.radians(0.3) * (q(0.2) - q(0.0)) / 2
    box = QgsGeometry.fromWkt("POLYGON((29 0, 29.3 0, 29.3 0.2, 29 0.2, 29 0))")
    assert ellipsoid.polygon_area(box, measure) == pytest.approx(expected, rel=1e-9)


def test_line_split_at_the_antimeridian_is_buffered_whole(measure):
    line = QgsGeometry.fromWkt("MULTILINESTRING((179.9 -17, 180 -17.05),(-180 -17.05, -179.9 -17.1))")
    length = measure.measureLength(line)
    buffered = geodesy.LocalBuffer(measure).buffers(line, [10000])[0]
    assert buffered.isGeosValid() and buffered.isMultipart()
    assert measure.measureArea(buffered) == pytest.approx(math.pi * 10000**2 + 2 * 10000 * length, rel=2e-3)
    vertices = [QgsPointXY(vertex.x(), vertex.y()) for vertex in buffered.vertices()]
    assert all(-180 <= vertex.x() <= 180 for vertex in vertices)


def test_buffer_areas_come_with_the_buffers(measure):
    # A square of ~22 km with a ~11 km hole: a 1 km buffer keeps a hole; areas agree with the geometry.
    frame = QgsGeometry.fromWkt(
        "POLYGON((29 0, 29.2 0, 29.2 0.2, 29 0.2, 29 0),"
        "(29.05 0.05, 29.15 0.05, 29.15 0.15, 29.05 0.15, 29.05 0.05))"
    )
    line = QgsGeometry.fromWkt("LINESTRING(179.95 -17, 180 -17)")
    [[(buffered, area)], [(line_buffer, line_area)]] = geodesy.LocalBuffer(measure).buffers_many(
        [(frame, [1000]), (line, [5000])]
    )
    assert len(buffered.asPolygon()) == 2  # outer ring and hole
    assert area == pytest.approx(ellipsoid.polygon_area(buffered, measure), rel=1e-9)
    assert area == pytest.approx(measure.measureArea(buffered), rel=1e-5)
    assert line_buffer.isMultipart()  # split at the antimeridian, area of both parts
    assert line_area == pytest.approx(measure.measureArea(line_buffer), rel=1e-5)
