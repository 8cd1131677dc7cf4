"""The bad-input corpus, part seven: files that hold several layers, as field teams and
publishers send them (a Google Earth KML with folders, a KMZ, a GPS's GPX, a WDPA GeoPackage with
WDPA_poly and WDPA_point). QGIS reads the first layer of a file given whole: the run says which
layer was read and which others the file holds; a WDPA file's points are read with its polygons."""

import zipfile

from layers import LogFeedback, features, memory_layer, run_algorithm
from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

from asm_pace_plugin.core.screening import pace

PARK = "POLYGON((28 -2, 29 -2, 29 -1, 28 -1, 28 -2))"
KML = """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Sites from the field</name>
<Folder><name>Kamituga</name>
<Placemark><name>A</name><Point><coordinates>28.5,-1.5,0</coordinates></Point></Placemark>
<Placemark><name>B</name><Point><coordinates>28.6,-1.5,0</coordinates></Point></Placemark>
</Folder>
<Folder><name>Shabunda</name>
<Placemark><name>C</name><Point><coordinates>28.7,-1.5,0</coordinates></Point></Placemark>
<Placemark><name>D</name><Point><coordinates>28.8,-1.5,0</coordinates></Point></Placemark>
</Folder></Document></kml>
"""
GPX = """<?xml version="1.0"?>
<gpx version="1.1" creator="GPSMAP 64s" xmlns="http://www.topografix.com/GPX/1/1">
<wpt lat="-1.5" lon="28.5"><name>A</name></wpt><wpt lat="-1.5" lon="28.6"><name>B</name></wpt>
<trk><name>walk to the pits</name><trkseg><trkpt lat="-1.5" lon="28.5"/><trkpt lat="-1.6" lon="28.6"/>
</trkseg></trk></gpx>
"""


def park():
    return memory_layer("Polygon", "EPSG:4326", ["NAME:string"], [(PARK, ["Park"])])


def classify(sites, protected_areas):
    log = LogFeedback()
    result = run_algorithm(
        "asm_pace:classifysites",
        {"SITES": sites, "PROTECTED_AREAS": protected_areas, "OUTPUT": "memory:"},
        log,
    )
    return features(result["OUTPUT"]), log.text()


def test_a_kml_with_folders_says_which_folder_was_read_and_which_were_not(provider, tmp_path):
    path = tmp_path / "sites.kml"
    path.write_text(KML, encoding="utf-8")
    rows, log = classify(str(path), [park()])
    assert len(rows) == 2
    assert (
        f"{path} holds several layers and only its first, Kamituga, was read. Not read: Shabunda (2)" in log
    )
    rows, log = classify(f"{path}|layername=Shabunda", [park()])  # the way the sentence gives
    assert len(rows) == 2 and "holds several layers" not in log


def test_a_kmz_says_so_too(provider, tmp_path):
    path = tmp_path / "sites.kmz"
    with zipfile.ZipFile(path, "w") as kmz:
        kmz.writestr("doc.kml", KML)
    _rows, log = classify(str(path), [park()])
    assert "only its first, Kamituga, was read. Not read: Shabunda (2)" in log


def test_a_gpx_names_its_tracks_as_not_read(provider, tmp_path):
    path = tmp_path / "walk.gpx"
    path.write_text(GPX, encoding="utf-8")
    _rows, log = classify(str(path), [park()])
    assert "only its first, waypoints, was read. Not read: tracks (1), track_points (2)" in log


def wdpa_geopackage(path):
    """A WDPA release as a GeoPackage: WDPA_poly_Nov2025 and WDPA_point_Nov2025."""
    fields = ["WDPAID:integer", "NAME:string", "DESIG_ENG:string", "STATUS:string", "REP_AREA:double"]
    polygons = [(PARK, [1, "Park", "National Park", "Designated", 0])]
    points = [("POINT(30.5 -3.5)", [2, "Point reserve", "Forest Reserve", "Designated", 50.0])]
    layers = (
        ("WDPA_poly_Nov2025", memory_layer("Polygon", "EPSG:4326", fields, polygons)),
        ("WDPA_point_Nov2025", memory_layer("Point", "EPSG:4326", fields, points)),
    )
    for index, (name, layer) in enumerate(layers):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName, options.layerName = "GPKG", name
        if index:
            options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        error = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, str(path), QgsCoordinateTransformContext(), options
        )
        assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    return str(path)


def test_a_wdpa_geopackage_given_whole_is_read_with_its_points(provider, tmp_path):
    wdpa = wdpa_geopackage(tmp_path / "WDPA_Nov2025_Public.gpkg")
    rows = [("POINT(28.5 -1.5)", ["in the park"]), ("POINT(30.5 -3.5)", ["in the point reserve"])]
    sites = memory_layer("Point", "EPSG:4326", ["code:string"], rows)
    rows, log = classify(sites, [wdpa])
    assert [row["pace_class"] for row in rows] == [pace.PROTECTED_AREA, pace.PROTECTED_AREA]
    assert rows[1]["pa_names"] == "Point reserve"
    assert "WDPA_point_Nov2025 is read too, beside WDPA_poly_Nov2025" in log
    assert "holds several layers" not in log
    pressure = LogFeedback()
    zone = "POLYGON((30.4 -3.6, 30.6 -3.6, 30.6 -3.4, 30.4 -3.4, 30.4 -3.6))"
    zones = memory_layer(
        "Polygon", "EPSG:4326", ["site_id:string", "pathway:string"], [(zone, ["B", "footprint"])]
    )
    result = run_algorithm(
        "asm_pace:papressure", {"ZONES": [zones], "PROTECTED_AREAS": [wdpa], "OUTPUT": "memory:"}, pressure
    )
    assert result["PA_COUNT"] == 1


def test_a_wdpa_layer_given_by_name_is_read_alone(provider, tmp_path):
    wdpa = wdpa_geopackage(tmp_path / "WDPA_Nov2025_Public.gpkg")
    sites = memory_layer(
        "Point", "EPSG:4326", ["code:string"], [("POINT(30.5 -3.5)", ["in the point reserve"])]
    )
    rows, log = classify(sites, [f"{wdpa}|layername=WDPA_poly_Nov2025"])
    assert rows[0]["pace_class"] == pace.NOT_ELIGIBLE and "is read too" not in log


def test_mining_over_time_reads_a_wdpa_files_points_too(provider, tmp_path):
    """Mining over time reads protected areas as the classification does: a WDPA file given whole
    with its points, so mining inside a point reserve is counted there."""
    wdpa = wdpa_geopackage(tmp_path / "WDPA_Nov2025_Public.gpkg")
    box = "POLYGON((30.50 -3.50, 30.51 -3.50, 30.51 -3.49, 30.50 -3.49, 30.50 -3.50))"
    mined = memory_layer("Polygon", "EPSG:4326", ["year:string"], [(box, ["2020"])], name="footprints")
    log = LogFeedback()
    result = run_algorithm(
        "asm_pace:miningovertime",
        {"FOOTPRINTS": [mined], "PROTECTED_AREAS": [wdpa], "OUTPUT": "memory:"},
        log,
    )
    names = {row["area_name"] for row in features(result["OUTPUT"]) if row["new_ha"]}
    assert names == {"Point reserve"}, names
    assert "WDPA_point_Nov2025 is read too, beside WDPA_poly_Nov2025" in log.text()
    assert "holds several layers" not in log.text()
