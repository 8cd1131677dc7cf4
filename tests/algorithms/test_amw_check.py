"""Mining over time against Amazon Mining Watch's real data (Earth Genome, CC BY 4.0,
earthrise-media/mining-detector), read from ../shared/data/amw beside the repository, never
copied into it: each area-year's hectares against an independent computation (GEOS intersection
of the year's footprints with the area, dissolved, measured on the WGS 84 ellipsoid by
QgsDistanceArea), and the mined-area figures against AMW's published hectares.

AMW_CHECK_REPORT=path writes the comparison as Markdown (docs/benchmarks.md takes it)."""

import csv
import os
from collections import defaultdict
from pathlib import Path

import pytest
from layers import features, run_algorithm
from qgis.core import QgsGeometry, QgsVectorLayer

from asm_pace_plugin.core.shared import compat, geodesy

AMW = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "amw"
REGIONS = ("madre_de_dios", "tapajos")
LAYERS = {"protected_areas": "protected_areas_amw", "indigenous_territories": "indigenous_territories_amw"}
INDEPENDENT_TOLERANCE = 5e-4  # 0.05 %
PUBLISHED_TOLERANCE_HA = 0.01

pytestmark = pytest.mark.skipif(
    not (AMW / "published.csv").exists(),
    reason=f"Amazon Mining Watch data not found at {AMW} (it is never copied into the repository)",
)


def run_region(region, tmp_path):
    result = run_algorithm(
        "asm_pace:miningovertime",
        {
            "FOOTPRINTS": [str(AMW / f"footprints_{region}.geojson")],
            "PROTECTED_AREAS": [str(AMW / "protected_areas_amw.geojson")],
            "PA_NAME_FIELD": "name_field",
            "PA_DESIGNATION_FIELD": "type_field",
            "OTHER_AREAS": [str(AMW / "indigenous_territories_amw.geojson")],
            "AREA_NAME_FIELD": "name_field",
            "OUTPUT": str(tmp_path / f"{region}.gpkg"),
        },
    )
    return {
        (row["area_layer"], row["area_id"], int(row["period"])): row
        for row in features(QgsVectorLayer(result["OUTPUT"], region, "ogr"))
    }


def valid_polygons(geometry):
    return geometry if geometry.isGeosValid() else compat.polygon_parts(geometry.makeValid())


def independent_hectares(region):
    """{(layer, area id, year): ha}: per area (its parcels dissolved) and year, the footprints
    intersected with it by GEOS, dissolved, measured by QgsDistanceArea on WGS 84."""
    measure = geodesy.distance_area()
    by_year = defaultdict(list)
    for feature in QgsVectorLayer(str(AMW / f"footprints_{region}.geojson"), "f", "ogr").getFeatures():
        by_year[int(feature["year"])].append(valid_polygons(feature.geometry()))
    result = {}
    for layer_name in LAYERS.values():
        parcels = defaultdict(list)
        for feature in QgsVectorLayer(str(AMW / f"{layer_name}.geojson"), "a", "ogr").getFeatures():
            parcels[str(feature["id"])].append(valid_polygons(feature.geometry()))
        for area_id, geometries in parcels.items():
            area = QgsGeometry.unaryUnion(geometries)
            engine = QgsGeometry.createGeometryEngine(area.constGet())
            engine.prepareGeometry()
            for year, footprints in by_year.items():
                pieces = [
                    compat.polygon_parts(footprint.intersection(area))
                    for footprint in footprints
                    if engine.intersects(footprint.constGet())
                ]
                pieces = [piece for piece in pieces if piece is not None]
                if pieces:
                    result[(layer_name, area_id, year)] = (
                        measure.measureArea(QgsGeometry.unaryUnion(pieces)) / 10_000
                    )
    return result


@pytest.fixture(scope="module")
def comparison(provider, tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("amw")
    ours, independent = {}, {}
    for region in REGIONS:
        ours.update({(region, *key): row for key, row in run_region(region, tmp_path).items()})
        independent.update({(region, *key): ha for key, ha in independent_hectares(region).items()})
    with (AMW / "published.csv").open(encoding="utf-8") as file:
        published = list(csv.DictReader(file))
    return ours, independent, published


@pytest.mark.slow
def test_each_area_year_equals_an_independent_geos_computation(comparison):
    ours, independent, _published = comparison
    assert len(independent) >= 120  # area-years with mining in both regions
    worst = 0.0
    for key, hectares in independent.items():
        row = ours[key]
        assert row["new_ha"] == pytest.approx(hectares, rel=INDEPENDENT_TOLERANCE), key
        worst = max(worst, abs(row["new_ha"] - hectares) / hectares)
    # area-years our table lists beyond the independent one hold no mining
    for key, row in ours.items():
        if key not in independent:
            assert row["new_ha"] == 0, key
    report("independent", len(independent), worst)


@pytest.mark.slow
def test_amw_published_hectares_are_reproduced_where_its_clipping_agrees(comparison):
    ours, _independent, published = comparison
    matches, differences = 0, []
    for row in published:
        key = (row["region"], LAYERS[row["layer"]], row["pa_id"], int(row["year"]))
        mined = ours[key]["mined_new"] if key in ours else 0.0
        # replicated_ha: AMW's own method run again on the data as shipped here
        same_data = abs(float(row["replicated_ha"]) - float(row["published_ha"])) <= PUBLISHED_TOLERANCE_HA
        assert mined == pytest.approx(float(row["replicated_ha"]), abs=PUBLISHED_TOLERANCE_HA), key
        if same_data:
            assert mined == pytest.approx(float(row["published_ha"]), abs=PUBLISHED_TOLERANCE_HA), key
            matches += 1
        else:
            differences.append((row["pa_name"], row["year"], float(row["published_ha"]), mined))
    assert matches >= 165
    report("published", matches, differences, len(published))


def report(kind, *figures):
    """Appends the comparison to AMW_CHECK_REPORT, when set."""
    path = os.environ.get("AMW_CHECK_REPORT")
    if not path:
        return
    with open(path, "a", encoding="utf-8") as file:
        if kind == "independent":
            count, worst = figures
            file.write(
                f"- {count} area-years: new hectares equal the independent GEOS computation, "
                f"worst relative difference {worst:.2e}.\n"
            )
        else:
            matches, differences, total = figures
            file.write(f"- {matches} of {total} published area-years reproduced to 0.01 ha; the others:\n")
            for name, year, published_ha, mined in sorted(
                differences, key=lambda item: -abs(item[2] - item[3])
            ):
                file.write(
                    f"  - {name} {year}: AMW published {published_ha:.4f} ha, ours {mined:.4f} ha "
                    f"({mined - published_ha:+.4f})\n"
                )
