"""asm_pace:classifysites through processing.run, on the synthetic sample GeoPackage.

Every expectation here was checked by hand against tools/make_sample_data.py, which
documents why each site lands where it does.
"""

import threading
import time

import pytest
from layers import LogFeedback, memory_layer, sample
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant
from sample_data import SAMPLE_COPY

from asm_pace_plugin.core.screening import pace
from asm_pace_plugin.core.screening.site_classification import SITE_FIELD_NAMES

ALG = "asm_pace:classifysites"


def run(provider, **parameters):
    from qgis import processing

    defaults = {
        "SITES": sample("sites"),
        "PROTECTED_AREAS": [sample("protected_areas"), sample("protected_area_points")],
        "OUTPUT": "memory:",
        "SUMMARY": "memory:",
    }
    return processing.run(ALG, {**defaults, **parameters}, feedback=LogFeedback())


def plain(value):
    """NULL attribute values as None (QGIS 3 gives a null QVariant)."""
    return None if isinstance(value, QVariant) and value.isNull() else value


def rows(layer):
    names = layer.fields().names()
    return [dict(zip(names, map(plain, feature.attributes()))) for feature in layer.getFeatures()]


def by_site(result):
    return {row["site_code"]: row for row in rows(result["OUTPUT"])}


@pytest.fixture(scope="module")
def full_run(provider):
    return run(
        provider,
        LANDSCAPES=[sample("landscapes")],
        ECOREGIONS=[sample("ecoregions")],
        DATA_VERSION="synthetic v1",
    )


def test_every_sample_site_gets_its_expected_class(full_run):
    sites = by_site(full_run)
    assert len(sites) == 12
    for code, site in sites.items():
        assert site["pace_class"] == site["expected"], code


def test_all_input_fields_are_kept_and_pace_fields_added(full_run):
    names = full_run["OUTPUT"].fields().names()
    assert names[: names.index("pace_class")] == ["fid", "site_code", "site_name", "mineral", "expected"]
    assert tuple(names[names.index("pace_class") :]) == SITE_FIELD_NAMES
    assert all(len(name) <= 10 for name in SITE_FIELD_NAMES)


def test_overlapping_designations_are_all_reported(full_run):
    site = by_site(full_run)["S01"]
    assert site["pa_count"] == 2
    assert (
        site["pa_names"]
        == "Parc National de Mbuti (synthétique); Mbuti Forest World Heritage Site (synthetic)"
    )
    assert site["pa_ids"] == "1001; 1002"
    assert site["pa_levels"] == "national; international"
    assert site["intl_desig"] == "World Heritage"
    assert site["iucn_cat"] == "II"
    assert site["g200_name"] == "Albertine Rift Montane Forests"
    assert site["g200_stat"] == 1
    assert site["near_pa_m"] == 0.0
    assert site["pace_elig"] is True
    assert site["data_ver"] == "synthetic v1"


def test_ramsar_site_is_international(full_run):
    site = by_site(full_run)["S02"]
    assert (site["intl_desig"], site["pa_levels"], site["iucn_cat"]) == ("Ramsar", "international", None)


def test_mab_and_proposed_areas_are_left_out_by_default(full_run):
    sites = by_site(full_run)
    assert sites["S03"]["pa_names"] is None  # only in the UNESCO-MAB reserve
    assert sites["S03"]["landscape"] == "Itombwe–Kivu Priority Landscape (synthetic)"
    assert sites["S04"]["pa_names"] is None  # only in the Proposed reserve


def test_point_pa_becomes_a_circle_of_its_reported_area(full_run):
    site = by_site(full_run)["S05"]
    assert site["pa_names"] == "Sanctuaire de Tshivanga (point record, synthetic)"
    assert site["iucn_cat"] == "III"


def test_invalid_pa_polygon_is_repaired_and_counted(provider):
    feedback = LogFeedback()
    from qgis import processing

    result = processing.run(
        ALG,
        {"SITES": sample("sites"), "PROTECTED_AREAS": [sample("protected_areas")], "OUTPUT": "memory:"},
        feedback=feedback,
    )
    assert by_site(result)["S06"]["iucn_cat"] == "Ia"
    assert "invalid geometries repaired: 1" in feedback.text()
    assert "reference geometries repaired: 1" in feedback.text()


def test_community_governed_area_is_local(full_run):
    assert by_site(full_run)["S11"]["pa_levels"] == "local"


def test_sites_without_geometry_are_kept_flagged_and_counted(full_run):
    site = by_site(full_run)["S09"]
    assert site["pace_class"] == pace.UNCLASSIFIED
    assert site["pace_elig"] is None
    assert site["site_note"] == "no geometry"
    assert full_run["SITES_WITHOUT_GEOMETRY"] == 1


def test_non_ascii_names_survive(full_run):
    assert "S10" in by_site(full_run)
    names = {site["site_name"] for site in by_site(full_run).values()}
    assert "Kâlehe – Mwenga ‘Ngʼombe’ (Ünïcödé) «site»" in names


def test_count_outputs(full_run):
    counts = [
        full_run[key]
        for key in (
            "SITES_IN_PROTECTED_AREAS",
            "SITES_IN_PRIORITY_LANDSCAPES",
            "SITES_IN_CRITICAL_ECOSYSTEMS",
            "SITES_NOT_ELIGIBLE",
        )
    ]
    assert counts == [6, 2, 1, 2]


def test_summary_counts_sites_per_class_and_per_protected_area(full_run):
    summary = rows(full_run["SUMMARY"])
    per_class = {row["pace_class"]: row["site_count"] for row in summary if row["summary"] == "class"}
    assert per_class == {
        "protected_area": 6,
        "priority_landscape": 2,
        "critical_ecosystem": 1,
        "not_eligible": 2,
        "unclassified": 1,
    }
    per_area = {row["pa_name"]: row["site_count"] for row in summary if row["summary"] == "protected_area"}
    assert per_area["Parc National de Mbuti (synthétique)"] == 2
    assert per_area["Lac Kivalu Ramsar Site (synthetic)"] == 1
    assert sum(per_area.values()) == 8


def test_untested_layers_are_reported_not_assumed(provider):
    result = run(provider)
    sites = by_site(result)
    assert sites["S07"]["pace_class"] == pace.NOT_ELIGIBLE  # no ecoregion layer: not assumed G200
    assert sites["S07"]["not_tested"] == "landscapes; Global 200 ecoregions; AZE sites"
    assert sites["S07"]["tested"] == "protected areas"


def test_nearest_protected_area_on_the_ellipsoid(provider):
    # 0.1° east of the Ramsar site's east edge (29.3°E) at 1.9°S: 11,126 m on WGS 84.
    sites = memory_layer("Point", "EPSG:4326", ["site_code:string"], [("POINT(29.4 -1.9)", ["NEAR"])])
    site = by_site(run(provider, SITES=sites))["NEAR"]
    assert site["near_pa"] == "Lac Kivalu Ramsar Site (synthetic)"
    assert site["near_pa_m"] == pytest.approx(11_126, abs=5)
    far = by_site(run(provider, SITES=sites, SEARCH_RADIUS=10_000))["NEAR"]
    assert far["near_pa"] is None and far["near_pa_m"] is None


def test_polygon_site_share_inside_protected_areas(provider):
    result = by_site(run(provider, SITES=sample("site_footprints")))
    assert result["F01"]["pa_share"] == pytest.approx(0.5, abs=0.01)
    assert result["F02"]["pa_share"] == 0.0


@pytest.mark.parametrize(
    ("parameter", "value", "site", "expected"),
    [
        ("EXCLUDE_MAB", False, "S03", pace.PROTECTED_AREA),
        ("KEEP_STATUSES", "Designated,Inscribed,Established,Proposed", "S04", pace.PROTECTED_AREA),
        ("KEEP_STATUSES", "", "S04", pace.PROTECTED_AREA),
        ("POINT_PAS_AS_CIRCLES", False, "S05", pace.NOT_ELIGIBLE),
        ("REPAIR_GEOMETRIES", False, "S06", pace.NOT_ELIGIBLE),
    ],
)
def test_every_cleaning_rule_is_an_option(provider, parameter, value, site, expected):
    assert by_site(run(provider, **{parameter: value}))[site]["pace_class"] == expected


def test_national_layer_in_a_custom_crs_with_chosen_fields(provider):
    national = sample("national_protected_areas")
    assert "merc" in QgsVectorLayer(national, "national", "ogr").crs().toProj()
    result = by_site(
        run(
            provider,
            PROTECTED_AREAS=[sample("protected_areas"), national],
            PA_NAME_FIELD="NOM_AP",
            PA_DESIGNATION_FIELD="TYPE_AP",
            PA_ID_FIELD="ID_AP",
            PA_IUCN_FIELD="CAT_IUCN",
        )
    )
    site = result["S08"]
    assert site["pace_class"] == pace.PROTECTED_AREA
    assert (site["pa_names"], site["pa_desigs"], site["pa_ids"]) == (
        "Parc National de la Lowa (synthétique)",
        "Parc national",
        "AP-07",
    )
    assert (site["pa_levels"], site["iucn_cat"]) == ("national", "II")
    assert result["S01"]["pa_count"] == 2  # the WDPA layer beside it still detects its own fields


def test_aze_sites_count_as_protected_areas(provider):
    result = by_site(run(provider, AZE_SITES=[sample("aze_sites")], ECOREGIONS=[sample("ecoregions")]))
    assert result["S07"]["pace_class"] == pace.PROTECTED_AREA
    assert result["S07"]["intl_desig"] == "AZE"
    assert result["S07"]["pa_names"] == "Mont Kabobo AZE site (synthetic)"
    assert result["S12"]["pace_class"] == pace.NOT_ELIGIBLE  # in a KBA that is not an AZE site


def test_multipoint_sites_are_classified_one_by_one(provider):
    sites = memory_layer(
        "MultiPoint",
        "EPSG:4326",
        ["site_code:string"],
        [
            ("MULTIPOINT((28.3 -1.6))", ["IN"]),
            ("MULTIPOINT((29.4 -1.9), (29.41 -1.9))", ["OUT"]),
            (None, ["NONE"]),
        ],
    )
    result = by_site(run(provider, SITES=sites))
    assert result["IN"]["pace_class"] == pace.PROTECTED_AREA
    assert result["OUT"]["pace_class"] == pace.NOT_ELIGIBLE and result["OUT"]["near_pa"] is not None
    assert result["NONE"]["pace_class"] == pace.UNCLASSIFIED and result["NONE"]["site_note"] == "no geometry"


def test_sites_in_a_projected_crs_get_the_same_classes(provider):
    from qgis import processing

    projected = processing.run(
        "native:reprojectlayer",
        {
            "INPUT": sample("sites"),
            "TARGET_CRS": QgsCoordinateReferenceSystem("EPSG:32735"),
            "OUTPUT": "memory:",
        },
    )
    result = by_site(
        run(
            provider,
            SITES=projected["OUTPUT"],
            LANDSCAPES=[sample("landscapes")],
            ECOREGIONS=[sample("ecoregions")],
        )
    )
    assert {code: site["pace_class"] for code, site in result.items()} == {
        code: site["expected"] for code, site in result.items()
    }
    assert result["S01"]["pa_count"] == 2


def test_november_2025_schema_is_recognised(provider):
    from qgis import processing

    renamed = processing.run(
        "native:renametablefield",
        {"INPUT": sample("protected_areas"), "FIELD": "WDPAID", "NEW_NAME": "SITE_ID", "OUTPUT": "memory:"},
    )
    renamed = processing.run(
        "native:renametablefield",
        {"INPUT": renamed["OUTPUT"], "FIELD": "MARINE", "NEW_NAME": "REALM", "OUTPUT": "memory:"},
    )
    feedback = LogFeedback()
    result = processing.run(
        ALG,
        {"SITES": sample("sites"), "PROTECTED_AREAS": [renamed["OUTPUT"]], "OUTPUT": "memory:"},
        feedback=feedback,
    )
    assert "WDPA (November 2025 schema)" in feedback.text()
    assert by_site(result)["S01"]["pa_ids"] == "1001; 1002"


def test_reclassifying_a_classified_layer_replaces_its_pace_fields(provider, full_run):
    # Without the landscapes and ecoregions this time: none of the earlier values may remain.
    again = run(provider, SITES=full_run["OUTPUT"])
    names = again["OUTPUT"].fields().names()
    assert names.count("pace_class") == 1
    assert len(names) == len(full_run["OUTPUT"].fields().names())
    sites = by_site(again)
    assert all(site["g200_name"] is None and site["landscape"] is None for site in sites.values())
    assert sites["S07"]["pace_class"] == pace.NOT_ELIGIBLE  # a critical ecosystem the first time


def test_both_ways_of_storing_pace_values_give_the_same_rows(provider, full_run):
    """A fresh layer's features are widened in place; a classified layer's earlier PACE
    fields are dropped and every value set anew. The same run must give the same values."""
    again = run(
        provider,
        SITES=full_run["OUTPUT"],
        LANDSCAPES=[sample("landscapes")],
        ECOREGIONS=[sample("ecoregions")],
        DATA_VERSION="synthetic v1",
    )
    first, second = by_site(full_run), by_site(again)
    assert first.keys() == second.keys()
    for code in first:
        assert [first[code][name] for name in SITE_FIELD_NAMES] == [
            second[code][name] for name in SITE_FIELD_NAMES
        ], code


def test_output_to_geopackage_and_shapefile_keeps_fields_and_names(provider, tmp_path):
    for target in (tmp_path / "classified.gpkg", tmp_path / "classified.shp"):
        result = run(provider, OUTPUT=str(target))
        layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
        assert layer.isValid()
        assert "pace_class" in layer.fields().names() and "near_pa_m" in layer.fields().names()
        names = {feature["site_name"] for feature in layer.getFeatures()}
        assert "Kâlehe – Mwenga ‘Ngʼombe’ (Ünïcödé) «site»" in names


def test_sites_keep_their_own_results_across_many_batches(provider, monkeypatch):
    """Batches are classified in a second thread while the next is read: with batches of 7,
    every output row must still carry its own site's class (inside / outside alternating)."""
    from asm_pace_plugin.core.screening import stream

    monkeypatch.setattr(stream, "POINT_BATCH_SIZE", 7)
    inside, outside, empty = "POINT(28.3 -1.6)", "POINT(30.5 -1)", "POINT EMPTY"
    points = [((inside, outside, empty)[i % 3], [f"M{i:03d}"]) for i in range(103)]
    many = memory_layer("Point", "EPSG:4326", ["site_code:string"], points)
    result = run(provider, SITES=many)
    classes = {row["site_code"]: row["pace_class"] for row in rows(result["OUTPUT"])}
    expected = (pace.PROTECTED_AREA, pace.NOT_ELIGIBLE, pace.UNCLASSIFIED)
    assert classes == {f"M{i:03d}": expected[i % 3] for i in range(103)}


def test_runs_as_a_background_task_as_from_the_toolbox(provider, tmp_path):
    """The toolbox runs algorithms in a QgsTask thread; the classifying thread starts from there."""
    from qgis.core import (
        QgsApplication,
        QgsProcessingAlgRunnerTask,
        QgsProcessingContext,
        QgsProcessingFeedback,
    )
    from qgis.PyQt.QtCore import QCoreApplication

    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALG)
    parameters = {
        "SITES": sample("sites"),
        "PROTECTED_AREAS": [sample("protected_areas"), sample("protected_area_points")],
        "ECOREGIONS": [sample("ecoregions")],
        "LANDSCAPES": [sample("landscapes")],
        "OUTPUT": str(tmp_path / "classified.gpkg"),
    }
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
    finished = {}
    task.executed.connect(lambda ok, results: finished.update(ok=ok, results=results))
    QgsApplication.taskManager().addTask(task)
    deadline = time.monotonic() + 60
    while not finished and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert finished.get("ok"), "the background task failed or did not finish within 60 s"
    output = QgsVectorLayer(finished["results"]["OUTPUT"], "classified", "ogr")
    assert all(feature["pace_class"] == feature["expected"] for feature in output.getFeatures())
    assert output.featureCount() == 12


def test_progress_is_reported_and_cancel_stops_the_run(provider):
    from qgis import processing

    points = [(f"POINT({28 + (i % 200) / 100} {-3 + i / 10_000})", [f"M{i}"]) for i in range(20_000)]
    many = memory_layer("Point", "EPSG:4326", ["site_code:string"], points)
    feedback = LogFeedback(cancel_after=5)
    started = time.monotonic()
    result = processing.run(
        ALG,
        {"SITES": many, "PROTECTED_AREAS": [sample("protected_areas")], "OUTPUT": "memory:"},
        feedback=feedback,
    )
    assert time.monotonic() - started < 10
    assert feedback.progress_calls >= 5
    assert result["OUTPUT"].featureCount() < 20_000


class CancelledWhileThePointSearchIsBuilt(LogFeedback):
    """The user cancels just as the classifying thread starts building the point search (seconds
    for the areas near a WDPA-size layer's sites): the first time that thread asks."""

    def isCanceled(self):
        if threading.current_thread().name.startswith("asm_pace_classify"):
            self.cancel()
        return super().isCanceled()


def test_a_cancel_while_the_point_search_is_built_stops_the_run(provider):
    from qgis import processing

    points = [(f"POINT({28 + (i % 200) / 100} {-3 + i / 10_000})", [f"M{i}"]) for i in range(20_000)]
    many = memory_layer("Point", "EPSG:4326", ["site_code:string"], points)
    feedback = CancelledWhileThePointSearchIsBuilt()
    result = processing.run(
        ALG,
        {"SITES": many, "PROTECTED_AREAS": [sample("protected_areas")], "OUTPUT": "memory:"},
        feedback=feedback,
    )
    assert result["OUTPUT"].featureCount() < 20_000
    assert "Cancelled after" in feedback.text()


def test_empty_site_layer_is_refused_with_the_reason(provider):
    empty = memory_layer("Point", "EPSG:4326", [], [])
    with pytest.raises(QgsProcessingException, match="site layer is empty"):
        run(provider, SITES=empty)


def test_table_without_geometry_is_refused(provider):
    table = memory_layer("None", "EPSG:4326", ["name:string"], [(None, ["x"])])
    with pytest.raises(QgsProcessingException, match="has no geometry"):
        run(provider, SITES=table)


def test_line_layer_as_protected_areas_is_refused(provider):
    lines = memory_layer("LineString", "EPSG:4326", [], [("LINESTRING(28 -2, 29 -1)", [])], name="rivers")
    with pytest.raises(QgsProcessingException, match=r"'rivers' has no polygons.*holds lines"):
        run(provider, PROTECTED_AREAS=[lines])


def test_empty_protected_area_layer_is_refused(provider):
    empty = memory_layer("Polygon", "EPSG:4326", ["NAME:string"], [], name="empty_pas")
    with pytest.raises(QgsProcessingException, match="'empty_pas' is empty"):
        run(provider, PROTECTED_AREAS=[empty])


def test_missing_chosen_field_is_refused_with_the_fields_to_pick_from(provider):
    with pytest.raises(QgsProcessingException, match="No protected-area layer has the field 'NOM_AP'"):
        run(provider, PA_NAME_FIELD="NOM_AP")


def test_points_without_reported_area_field_are_refused(provider):
    points = memory_layer("Point", "EPSG:4326", ["NAME:string"], [("POINT(28 -2)", ["x"])])
    with pytest.raises(QgsProcessingException, match="no reported-area field"):
        run(provider, PROTECTED_AREAS=[points])


def test_ecoregion_layer_without_g200_fields_is_refused_unless_declared_g200(provider):
    from qgis import processing

    no_g200 = processing.run(
        "native:deletecolumn",
        {"INPUT": sample("ecoregions"), "COLUMN": ["G200_REGIO", "G200_NUM"], "OUTPUT": "memory:"},
    )["OUTPUT"]
    with pytest.raises(QgsProcessingException, match="no Global 200 field"):
        run(provider, ECOREGIONS=[no_g200])
    sites = by_site(run(provider, ECOREGIONS=[no_g200], ECOREGIONS_ARE_G200=True))
    assert sites["S12"]["pace_class"] == pace.CRITICAL_ECOSYSTEM  # every polygon is now G200


def test_loaded_output_is_styled_by_class(provider, layer_tree_iface):
    from qgis import processing
    from qgis.core import QgsProject

    result = processing.runAndLoadResults(
        ALG, {"SITES": sample("sites"), "PROTECTED_AREAS": [sample("protected_areas")], "OUTPUT": "memory:"}
    )
    layer = QgsProject.instance().mapLayer(result["OUTPUT"])
    try:
        assert QgsProject.instance().layerTreeRoot().findLayer(layer.id()) is not None
        renderer = layer.renderer()
        assert renderer.type() == "categorizedSymbol"
        assert renderer.classAttribute() == "pace_class"
        assert [category.value() for category in renderer.categories()] == [
            pace.PROTECTED_AREA,
            pace.PRIORITY_LANDSCAPE,
            pace.CRITICAL_ECOSYSTEM,
            pace.NOT_ELIGIBLE,
        ]
        assert renderer.categories()[0].label() == "In a protected area"
    finally:
        QgsProject.instance().removeMapLayer(layer)


@pytest.mark.parametrize("extension", ["shp", "geojson"])
def test_sites_from_other_providers(provider, tmp_path, extension):
    from qgis import processing

    converted = processing.run(
        "native:savefeatures", {"INPUT": sample("sites"), "OUTPUT": str(tmp_path / f"sites.{extension}")}
    )["OUTPUT"]
    result = by_site(run(provider, SITES=converted, LANDSCAPES=[sample("landscapes")],
                         ECOREGIONS=[sample("ecoregions")]))  # fmt: skip
    classes = {code: site["pace_class"] for code, site in result.items()}
    assert classes == {code: site["expected"] for code, site in result.items()}


@pytest.mark.slow
def test_sites_and_protected_areas_from_postgis(provider, postgis):
    tables = ("sites", "protected_areas", "protected_area_points", "landscapes", "ecoregions")
    postgis.import_layers(SAMPLE_COPY, tables)
    result = by_site(
        run(
            provider,
            SITES=postgis.source("sites"),
            PROTECTED_AREAS=[postgis.source("protected_areas"), postgis.source("protected_area_points")],
            LANDSCAPES=[postgis.source("landscapes")],
            ECOREGIONS=[postgis.source("ecoregions")],
        )
    )
    assert len(result) == 12
    assert {code: site["pace_class"] for code, site in result.items()} == {
        code: site["expected"] for code, site in result.items()
    }
    assert result["S10"]["site_name"] == "Kâlehe – Mwenga ‘Ngʼombe’ (Ünïcödé) «site»"
    # The WDPA fields, lower-cased by the import, are still recognised.
    assert result["S01"]["pa_names"] == (
        "Parc National de Mbuti (synthétique); Mbuti Forest World Heritage Site (synthetic)"
    )
    assert result["S01"]["iucn_cat"] == "II"


def test_invalid_site_polygon_is_repaired_and_noted(provider):
    # Self-intersecting footprint whose left lobe lies in the national park (28.0-28.6°E).
    footprints = memory_layer(
        "Polygon", "EPSG:4326", ["site_code:string"],
        [("POLYGON((28.3 -1.6, 28.9 -1.5, 28.9 -1.6, 28.3 -1.5, 28.3 -1.6))", ["BOWTIE"])],
    )  # fmt: skip
    feedback = LogFeedback()
    from qgis import processing

    result = processing.run(
        ALG, {"SITES": footprints, "PROTECTED_AREAS": [sample("protected_areas")], "OUTPUT": "memory:"},
        feedback=feedback,
    )  # fmt: skip
    site = by_site(result)["BOWTIE"]
    assert site["site_note"] == "geometry repaired"
    assert site["pace_class"] == pace.PROTECTED_AREA
    assert 0.0 < site["pa_share"] < 1.0
    assert "site geometries repaired: 1" in feedback.text()


def test_line_site_share_is_a_length_share(provider):
    tracks = memory_layer(  # half in the park
        "LineString", "EPSG:4326", ["site_code:string"], [("LINESTRING(27.8 -1.7, 28.2 -1.7)", ["TRACK"])]
    )
    site = by_site(run(provider, SITES=tracks))["TRACK"]
    assert site["pace_class"] == pace.PROTECTED_AREA
    assert site["pa_share"] == pytest.approx(0.5, abs=0.01)


def test_missing_landscape_name_field_is_refused(provider):
    with pytest.raises(
        QgsProcessingException, match=r"landscape layer .* field 'PAYSAGE' is not in the layer"
    ):
        run(provider, LANDSCAPES=[sample("landscapes")], LANDSCAPE_NAME_FIELD="PAYSAGE")
