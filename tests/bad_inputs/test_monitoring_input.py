"""Bad input to asm_pace:miningovertime: each mistake ends in a sentence that says what to fix
(never a traceback), and nothing is dropped without the log counting it."""

import pytest
from layers import LogFeedback, features, memory_layer, run_algorithm, sample
from qgis.core import QgsProcessingException

BOX = "POLYGON((28.30 -1.60, 28.31 -1.60, 28.31 -1.59, 28.30 -1.59, 28.30 -1.60))"


def run(footprints, feedback=None, **parameters):
    return run_algorithm(
        "asm_pace:miningovertime",
        {
            "FOOTPRINTS": footprints,
            "PROTECTED_AREAS": [sample("protected_areas")],
            "OUTPUT": "memory:",
            **parameters,
        },
        feedback,
    )


def footprints(rows, fields=("year:string",), geometry="Polygon", name="footprints"):
    return memory_layer(geometry, "EPSG:4326", list(fields), rows, name=name)


@pytest.mark.parametrize("value", ["next year", "2019/2020", "19", "2019-14"])
def test_a_period_that_is_not_a_date_names_the_feature(provider, value):
    layer = footprints([(BOX, ["2019"]), (BOX, [value])])
    with pytest.raises(
        QgsProcessingException, match=r"Feature 2 of 'footprints' \(year\): '.*' is not a date"
    ):
        run([layer])


def test_an_empty_period_is_a_sentence(provider):
    with pytest.raises(QgsProcessingException, match="has no period"):
        run([footprints([(BOX, ["2019"]), (BOX, [None])])])


def test_a_layer_without_period_field_or_dated_name(provider):
    with pytest.raises(
        QgsProcessingException, match=r"has no date or year field .* and its name gives no date"
    ):
        run([footprints([(BOX, ["x"])], fields=("label:string",))])


def test_a_period_field_that_is_not_there(provider):
    with pytest.raises(QgsProcessingException, match="field 'annee' is not in the layer"):
        run([footprints([(BOX, ["2019"])])], PERIOD_FIELD="annee")


def test_points_and_polygons_together(provider):
    points = footprints([("POINT(28.3 -1.6)", ["2020"])], geometry="Point", name="patrols")
    with pytest.raises(QgsProcessingException, match="Some footprint layers hold points and others polygons"):
        run([footprints([(BOX, ["2019"])]), points])


def test_lines_are_refused(provider):
    lines = footprints([("LINESTRING(28.3 -1.6, 28.4 -1.6)", ["2019"])], geometry="LineString")
    with pytest.raises(QgsProcessingException, match="holds neither polygons nor points"):
        run([lines])


def test_no_area_layer(provider):
    with pytest.raises(QgsProcessingException, match="No area layer was given"):
        run([footprints([(BOX, ["2019"])])], PROTECTED_AREAS=[])


def test_a_mined_area_that_is_not_a_number(provider):
    layer = footprints([(BOX, ["2019", "twelve"])], fields=("year:string", "mined_ha:string"))
    with pytest.raises(QgsProcessingException, match="the mined area 'twelve' is not a number of hectares"):
        run([layer])


def test_an_empty_footprint_layer(provider):
    with pytest.raises(QgsProcessingException, match="The footprint layer 'footprints' is empty"):
        run([footprints([])])


def test_footprints_without_geometry_are_counted_not_dropped_silently(provider):
    layer = footprints([(BOX, ["2019"]), (None, ["2020"]), (BOX, ["2021"])])
    feedback = LogFeedback()
    result = run([layer], feedback=feedback, FOOTPRINT_TABLE="memory:")
    assert "features without usable geometry left out: 1" in feedback.text()
    assert "1 features left out: no geometry." in feedback.text()
    assert len(features(result["FOOTPRINT_TABLE"])) == 2


def test_only_footprints_without_geometry(provider):
    with pytest.raises(QgsProcessingException, match="No footprint or site with a usable geometry"):
        run([footprints([(None, ["2019"])])])


def test_an_invalid_footprint_is_repaired_and_counted(provider):
    bowtie = "POLYGON((28.30 -1.60, 28.31 -1.59, 28.31 -1.60, 28.30 -1.59, 28.30 -1.60))"
    feedback = LogFeedback()
    result = run([footprints([(bowtie, ["2019"])])], feedback=feedback)
    assert "geometries repaired: 1" in feedback.text()
    rows = features(result["OUTPUT"])
    assert rows and all(row["new_ha"] > 0 for row in rows)


def test_protected_areas_are_read_as_pressure_reads_them(provider):
    """Through layer_reading's steps: the same sentence as pressure for an empty layer, and the
    layer's schema and fields in the log."""
    empty = memory_layer("Polygon", "EPSG:4326", ["NAME:string"], [], name="empty areas")
    with pytest.raises(QgsProcessingException) as mining:
        run([footprints([(BOX, ["2019"])])], PROTECTED_AREAS=[empty])
    zones = memory_layer(
        "Polygon", "EPSG:4326", ["pathway:string", "site_id:string"], [(BOX, ["footprint", "S1"])]
    )
    with pytest.raises(QgsProcessingException) as pressure:
        run_algorithm(
            "asm_pace:papressure", {"ZONES": zones, "PROTECTED_AREAS": [empty], "OUTPUT": "memory:"}
        )
    assert str(mining.value) == str(pressure.value) and "'empty areas' is empty" in str(mining.value)
    log = LogFeedback()
    run([footprints([(BOX, ["2019"])])], log)
    assert "(protected_areas): WDPA (classic schema)" in log.text(), log.text()
