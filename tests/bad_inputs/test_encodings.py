"""The bad-input corpus, part eight: text in another encoding than QGIS reads it in (a Shapefile
in windows-1252 without a .cpg file, as older ArcGIS and Excel tools write them). Names come out
with U+FFFD; the run says so and how to set the layer's encoding."""

import os

from layers import LogFeedback, features, memory_layer, run_algorithm
from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

PARK = "POLYGON((28 -2, 29 -2, 29 -1, 28 -1, 28 -2))"


def cp1252_shapefile(path, geometry_type, rows):
    """A Shapefile whose text is in windows-1252, with neither a .cpg file nor a code page in its
    .dbf header: GDAL cannot know its encoding."""
    layer = memory_layer(geometry_type, "EPSG:4326", ["name:string(80)"], rows)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.fileEncoding = "ESRI Shapefile", "windows-1252"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    os.remove(path.with_suffix(".cpg"))
    with open(path.with_suffix(".dbf"), "r+b") as dbf:
        dbf.seek(29)
        dbf.write(b"\x00")  # no language driver id
    return str(path)


def test_a_cp1252_shapefile_without_cpg_gets_a_warning_saying_how_to_set_its_encoding(provider, tmp_path):
    sites = cp1252_shapefile(
        tmp_path / "sites.shp",
        "Point",
        [("POINT(28.5 -1.5)", ["Kamituga élevé"]), ("POINT(28.6 -1.5)", ["Mwenga"])],
    )
    parks = cp1252_shapefile(tmp_path / "parks.shp", "Polygon", [(PARK, ["Réserve de la Lékéré"])])
    log = LogFeedback()
    result = run_algorithm(
        "asm_pace:classifysites", {"SITES": sites, "PROTECTED_AREAS": [parks], "OUTPUT": "memory:"}, log
    )
    names = [feature["name"] for feature in features(result["OUTPUT"])]
    assert names[0] == "Kamituga \ufffdlev\ufffd"  # as QGIS reads it: the run cannot know better
    text = log.text()
    assert "1 text(s) of the layer 'sites' hold characters that could not be read" in text
    assert "1 text(s) of the layer 'parks' hold characters that could not be read" in text
    assert "Data source encoding, e.g. windows-1252" in text


def test_a_layer_read_right_gets_no_encoding_warning(provider):
    sites = memory_layer("Point", "EPSG:4326", ["name:string"], [("POINT(28.5 -1.5)", ["Kamituga élevé"])])
    parks = memory_layer("Polygon", "EPSG:4326", ["NAME:string"], [(PARK, ["Réserve"])])
    log = LogFeedback()
    run_algorithm(
        "asm_pace:classifysites", {"SITES": sites, "PROTECTED_AREAS": [parks], "OUTPUT": "memory:"}, log
    )
    assert "could not be read" not in log.text()
