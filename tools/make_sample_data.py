"""Write resources/sample/asm_pace_sample.gpkg: small, SYNTHETIC data exercising every PACE rule.

Nothing in it is real: the places, names and numbers are invented, near the Albertine
Rift only so that the map looks familiar. Run with Debian's python3 (make sample-data).
Each site's expected class is in its `expected` field, and tests check the algorithm
against it.
"""

import argparse
import os
import sys
from pathlib import Path

# Qt orders the attributes of the styles' XML by a hash seeded at random on each run: seeded
# fixed here, before Qt loads, so that the same script writes the same bytes.
os.environ["QT_HASH_SEED"] = "0"

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsVectorFileWriter,
)

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from asm_pace_plugin.core.shared import compat  # noqa: E402

OUT = REPO / "resources" / "sample" / "asm_pace_sample.gpkg"
SYNTHETIC = "SYNTHETIC sample data for the ASM-PACE plugin: invented places, names and figures."

# A custom Mercator CRS, as some national agencies use.
NATIONAL_CRS = "+proj=merc +lon_0=25 +k=1 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"

WDPA_FIELDS = (
    ("WDPAID", "int"),
    ("WDPA_PID", "str"),
    ("PA_DEF", "str"),
    ("NAME", "str"),
    ("ORIG_NAME", "str"),
    ("DESIG", "str"),
    ("DESIG_ENG", "str"),
    ("DESIG_TYPE", "str"),
    ("IUCN_CAT", "str"),
    ("INT_CRIT", "str"),
    ("MARINE", "str"),
    ("REP_AREA", "float"),
    ("STATUS", "str"),
    ("STATUS_YR", "int"),
    ("GOV_TYPE", "str"),
    ("ISO3", "str"),
    ("PARENT_ISO3", "str"),
)


def box(west, south, east, north):
    return f"POLYGON(({west} {south}, {east} {south}, {east} {north}, {west} {north}, {west} {south}))"


def wdpa(
    wdpaid,
    name,
    desig_eng,
    desig_type,
    iucn,
    status,
    wkt,
    rep_area=0.0,
    gov="Federal or national ministry or agency",
    int_crit="Not Applicable",
):
    return {
        "WDPAID": wdpaid,
        "WDPA_PID": str(wdpaid),
        "PA_DEF": "1",
        "NAME": name,
        "ORIG_NAME": name,
        "DESIG": desig_eng,
        "DESIG_ENG": desig_eng,
        "DESIG_TYPE": desig_type,
        "IUCN_CAT": iucn,
        "INT_CRIT": int_crit,
        "MARINE": "0",
        "REP_AREA": rep_area,
        "STATUS": status,
        "STATUS_YR": 2000,
        "GOV_TYPE": gov,
        "ISO3": "XXX",
        "PARENT_ISO3": "XXX",
        "wkt": wkt,
    }


PROTECTED_AREAS = [
    wdpa(
        1001,
        "Parc National de Mbuti (synthétique)",
        "National Park",
        "National",
        "II",
        "Designated",
        box(28.0, -2.0, 28.6, -1.4),
        rep_area=4400,
    ),
    # Overlaps the national park: a site in the overlap reports both.
    wdpa(
        1002,
        "Mbuti Forest World Heritage Site (synthetic)",
        "World Heritage Site (natural or mixed)",
        "International",
        "Not Applicable",
        "Inscribed",
        box(28.1, -1.9, 28.7, -1.3),
        rep_area=4400,
        int_crit="(x)",
    ),
    wdpa(
        1003,
        "Lac Kivalu Ramsar Site (synthetic)",
        "Ramsar Site, Wetland of International Importance",
        "International",
        "Not Reported",
        "Designated",
        box(29.0, -2.0, 29.3, -1.8),
        rep_area=730,
        int_crit="(i)(iii)",
    ),
    # Left out by default: UNESCO-MAB reserves and Proposed areas.
    wdpa(
        1004,
        "Réserve de Biosphère de Luhoho (synthetic)",
        "UNESCO-MAB Biosphere Reserve",
        "International",
        "Not Applicable",
        "Designated",
        box(29.5, -2.5, 30.0, -2.0),
        rep_area=3000,
    ),
    wdpa(
        1005,
        "Proposed Itebero Forest Reserve (synthetic)",
        "Forest Reserve",
        "National",
        "IV",
        "Proposed",
        box(28.8, -2.8, 29.2, -2.4),
        rep_area=1900,
    ),
    # Self-intersecting ("bow-tie") polygon: repaired, never a crash.
    wdpa(
        1006,
        "Réserve Naturelle de Kisimba (invalid geometry, synthetic)",
        "Nature Reserve",
        "National",
        "Ia",
        "Designated",
        "POLYGON((29.6 -1.6, 30.0 -1.2, 30.0 -1.6, 29.6 -1.2, 29.6 -1.6))",
        rep_area=900,
    ),
    wdpa(
        1007,
        "Forêt Communautaire de Bakano (synthetic)",
        "Community Forest",
        "National",
        "VI",
        "Established",
        box(27.5, -1.2, 27.8, -0.9),
        rep_area=1100,
        gov="Local communities",
    ),
]

PROTECTED_AREA_POINTS = [
    # 100 km² reported: a circle of radius sqrt(100e6 / pi) = 5,642 m around the point.
    {
        **wdpa(
            2001,
            "Sanctuaire de Tshivanga (point record, synthetic)",
            "Sanctuary",
            "National",
            "III",
            "Designated",
            "POINT(28.9 -1.0)",
            rep_area=100,
        )
    },
    # No reported area: dropped and counted.
    {
        **wdpa(
            2002,
            "Site sans superficie (point without area, synthetic)",
            "Sanctuary",
            "National",
            "III",
            "Designated",
            "POINT(30.5 -0.8)",
            rep_area=0,
        )
    },
]

LANDSCAPES = [
    {"NAME": "Itombwe–Kivu Priority Landscape (synthetic)", "wkt": box(29.0, -3.2, 30.2, -2.2)},
]

ECOREGIONS = [
    {
        "ECO_NAME": "Albertine Rift montane forests (synthetic)",
        "REALM": "AT",
        "BIOME": 1,
        "ECO_ID": 30101,
        "G200_REGIO": "Albertine Rift Montane Forests",
        "G200_NUM": 25,
        "G200_BIOME": 1,
        "G200_STAT": 1,
        "GBL_STAT": 1,
        "wkt": box(27.0, -3.5, 29.5, -0.5),
    },
    {
        "ECO_NAME": "Central Congolian lowland forests (synthetic)",
        "REALM": "AT",
        "BIOME": 1,
        "ECO_ID": 30110,
        "G200_REGIO": "",
        "G200_NUM": 0,
        "G200_BIOME": 0,
        "G200_STAT": 0,
        "GBL_STAT": 2,
        "wkt": box(29.5, -3.5, 31.0, -0.5),
    },
]

# A national layer with its own field names, in a custom Mercator CRS (coordinates in metres).
NATIONAL_PROTECTED_AREAS = [
    {
        "ID_AP": "AP-07",
        "NOM_AP": "Parc National de la Lowa (synthétique)",
        "TYPE_AP": "Parc national",
        "CAT_IUCN": "II",
        "wkt": box(30.3, -1.2, 30.8, -0.6),
    },
]

AZE_SITES = [
    {
        "natname": "Mont Kabobo AZE site (synthetic)",
        "azestatus": "confirmed",
        "wkt": box(27.6, -3.2, 28.0, -2.8),
    },
    {"natname": "Plain KBA, not AZE (synthetic)", "azestatus": "not AZE", "wkt": box(30.3, -3.2, 30.8, -2.8)},
]

SITES = [
    ("S01", "Camp Mbuti-Est", "gold", "POINT(28.3 -1.6)", "protected_area"),
    ("S02", "Kivalu alluvial pits", "gold", "POINT(29.1 -1.9)", "protected_area"),
    ("S03", "Luhoho cassiterite", "cassiterite", "POINT(29.8 -2.3)", "priority_landscape"),
    ("S04", "Itebero camp", "coltan", "POINT(29.1 -2.6)", "priority_landscape"),
    ("S05", "Tshivanga diggings", "gold", "POINT(28.92 -1.02)", "protected_area"),
    ("S06", "Kisimba shafts", "gold", "POINT(29.65 -1.5)", "protected_area"),
    ("S07", "Kabobo hill site", "gold", "POINT(27.8 -3.0)", "critical_ecosystem"),
    ("S08", "Lowa river dredges", "gold", "POINT(30.5 -1.0)", "not_eligible"),
    ("S09", "Site without coordinates", "gold", None, "unclassified"),
    ("S10", "Kâlehe – Mwenga ‘Ngʼombe’ (Ünïcödé) «site»", "wolfram", "POINT(28.45 -1.45)", "protected_area"),
    ("S11", "Bakano community pits", "gold", "POINT(27.6 -1.0)", "protected_area"),
    ("S12", "Ruzizi trading post", "gold", "POINT(30.9 -3.4)", "not_eligible"),
]

# Mining footprints as polygons: one half inside the national park, one outside every PA.
FOOTPRINTS = [
    ("F01", "Mbuti-Ouest footprint", box(27.95, -1.75, 28.05, -1.65), "protected_area"),
    ("F02", "Lowa footprint", box(30.9, -1.0, 31.0, -0.9), "not_eligible"),
]

# New mining footprints of each year 2019-2023, as Amazon Mining Watch publishes them (site_id, year,
# mined_ha: the mined pixels inside, about a tenth of the polygon). Beside S01 in the Mbuti park
# (which the World Heritage site overlaps) mining grows faster every year, with two footprints
# that overlap in 2022 and one in 2023 over ground mined in 2022; one footprint straddles the
# park's western edge; in the Kivalu Ramsar site mining slows; one footprint lies outside every
# protected area.
MINING_FOOTPRINTS = [
    ("2019-001", 2019, 12.0, box(28.30, -1.60, 28.31, -1.59)),
    ("2019-002", 2019, 30.0, box(29.10, -1.92, 29.13, -1.89)),
    ("2020-001", 2020, 12.0, box(28.31, -1.60, 28.32, -1.59)),
    ("2020-002", 2020, 8.0, box(27.99, -1.70, 28.01, -1.69)),
    ("2020-003", 2020, 20.0, box(29.13, -1.92, 29.15, -1.89)),
    ("2021-001", 2021, 12.0, box(28.32, -1.60, 28.33, -1.59)),
    ("2021-002", 2021, 12.0, box(28.30, -1.61, 28.31, -1.60)),
    ("2021-003", 2021, 10.0, box(29.15, -1.92, 29.16, -1.90)),
    ("2022-001", 2022, 24.0, box(28.31, -1.62, 28.33, -1.60)),
    ("2022-002", 2022, 24.0, box(28.32, -1.62, 28.34, -1.60)),
    ("2022-003", 2022, 12.0, box(28.33, -1.60, 28.34, -1.59)),
    ("2022-004", 2022, 5.0, box(29.16, -1.92, 29.17, -1.91)),
    ("2023-001", 2023, 36.0, box(28.33, -1.63, 28.36, -1.60)),
    ("2023-002", 2023, 24.0, box(28.34, -1.60, 28.36, -1.58)),
    ("2023-003", 2023, 2.0, box(29.17, -1.92, 29.175, -1.915)),
    ("2023-004", 2023, 6.0, box(30.90, -1.10, 30.92, -1.08)),
]

# A HydroRIVERS-style network (HYRIV_ID, NEXT_DOWN: 0 at the outlet) of the synthetic Lowa
# river, flowing west past S08, S06 and S10 into the Mbuti park. Reach 103 is drawn against
# the flow on purpose: NEXT_DOWN, not the drawing direction, tells which way it flows.
RIVERS = [
    {
        "HYRIV_ID": 101,
        "NEXT_DOWN": 102,
        "name": "Lowa (synthetic)",
        "wkt": "LINESTRING(30.9 -1.2, 30.5 -1.0)",
    },
    {
        "HYRIV_ID": 102,
        "NEXT_DOWN": 104,
        "name": "Lowa (synthetic)",
        "wkt": "LINESTRING(30.5 -1.0, 30.0 -1.2, 29.65 -1.45, 29.3 -1.6)",
    },
    {
        "HYRIV_ID": 103,
        "NEXT_DOWN": 104,
        "name": "Luhoho (synthetic)",
        "wkt": "LINESTRING(29.3 -1.6, 29.5 -1.9, 29.8 -2.3)",
    },
    {
        "HYRIV_ID": 104,
        "NEXT_DOWN": 105,
        "name": "Lowa (synthetic)",
        "wkt": "LINESTRING(29.3 -1.6, 28.9 -1.7, 28.45 -1.5, 27.9 -1.3)",
    },
    {"HYRIV_ID": 105, "NEXT_DOWN": 0, "name": "Lowa (synthetic)", "wkt": "LINESTRING(27.9 -1.3, 27.0 -1.0)"},
]


def field_type(kind):
    return {"int": compat.FIELD_INT, "float": compat.FIELD_DOUBLE, "str": compat.FIELD_STRING}[kind]


def write_layer(name, geometry_type, crs, field_specs, records, first):
    fields = QgsFields()
    for field_name, kind in field_specs:
        fields.append(QgsField(field_name, field_type(kind)))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.layerOptions = [f"DESCRIPTION={SYNTHETIC}"]
    options.actionOnExistingFile = (
        QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
        if first
        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    )
    writer = QgsVectorFileWriter.create(
        str(OUT),
        fields,
        geometry_type,
        QgsCoordinateReferenceSystem.fromProj(crs)
        if crs.startswith("+")
        else QgsCoordinateReferenceSystem(crs),
        QgsCoordinateTransformContext(),
        options,
    )
    if writer.hasError():
        raise RuntimeError(writer.errorMessage())
    for record in records:
        feature = QgsFeature(fields)
        feature.setAttributes([record.get(field_name) for field_name, _kind in field_specs])
        if record.get("wkt"):
            feature.setGeometry(QgsGeometry.fromWkt(record["wkt"]))
        writer.addFeature(feature)
    del writer


def to_national_crs(records):
    from qgis.core import QgsCoordinateTransform

    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsCoordinateReferenceSystem.fromProj(NATIONAL_CRS),
        QgsCoordinateTransformContext(),
    )
    result = []
    for record in records:
        geometry = QgsGeometry.fromWkt(record["wkt"])
        geometry.densifyByCount(8)  # keep the edges true after projection
        geometry.transform(transform)
        result.append({**record, "wkt": geometry.asWkt(3)})
    return result


# Default styles stored in the GeoPackage, so the layers look right wherever they are opened.
STYLES = {
    "sites": ("marker", {"name": "circle", "color": "#000000", "outline_color": "#ffffff", "size": "2.4"}),
    "site_footprints": ("fill", {"color": "0,0,0,0", "outline_color": "#000000", "outline_width": "0.5"}),
    "protected_areas": (
        "fill",
        {"color": "27,158,119,90", "outline_color": "#0b5e45", "outline_width": "0.5"},
    ),
    "protected_area_points": ("marker", {"name": "star", "color": "#0b5e45", "size": "3.5"}),
    "national_protected_areas": (
        "fill",
        {"color": "102,166,30,80", "outline_color": "#3b6e0f", "outline_width": "0.5"},
    ),
    "aze_sites": ("fill", {"color": "117,112,179,70", "outline_color": "#4b4497", "outline_style": "dash"}),
    "landscapes": (
        "fill",
        {"color": "0,0,0,0", "outline_color": "#8c510a", "outline_width": "0.9", "outline_style": "dash"},
    ),
    "ecoregions": ("fill", {"color": "230,171,2,45", "outline_color": "#b8860b", "outline_width": "0.3"}),
    "rivers": ("line", {"line_color": "#2b8cbe", "line_width": "0.6"}),
    "mining_footprints": (
        "fill",
        {"color": "189,0,38,120", "outline_color": "#67000d", "outline_width": "0.3"},
    ),
}


def save_default_styles():
    from qgis.core import (
        QgsFillSymbol,
        QgsLineSymbol,
        QgsMarkerSymbol,
        QgsSingleSymbolRenderer,
        QgsVectorLayer,
    )

    makers = {
        "marker": QgsMarkerSymbol.createSimple,
        "fill": QgsFillSymbol.createSimple,
        "line": QgsLineSymbol.createSimple,
    }
    for name, (kind, properties) in STYLES.items():
        layer = QgsVectorLayer(f"{OUT}|layername={name}", name, "ogr")
        layer.setRenderer(QgsSingleSymbolRenderer(makers[kind](properties)))
        error = layer.saveStyleToDatabase(name, "ASM-PACE sample style", True, "")
        if error:
            raise RuntimeError(f"{name}: {error}")


# Dates GDAL and QGIS would write as "now": fixed, so that the same script writes the same bytes.
FIXED_TIMESTAMP = "2026-01-01T00:00:00.000Z"


def make_deterministic():
    """The same bytes on every run: the GeoPackage's change dates and the styles' save dates fixed."""
    import sqlite3

    connection = sqlite3.connect(OUT)
    try:
        connection.execute("UPDATE gpkg_contents SET last_change = ?", (FIXED_TIMESTAMP,))
        connection.execute("UPDATE layer_styles SET update_time = ?", (FIXED_TIMESTAMP,))
        connection.commit()
        connection.execute("VACUUM")
    finally:
        connection.close()


def main():
    global OUT
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT, help="where to write (default: the shipped sample)")
    OUT = parser.parse_args().out
    OUT.parent.mkdir(parents=True, exist_ok=True)
    if OUT.exists():
        OUT.unlink()
    site_fields = (("site_code", "str"), ("site_name", "str"), ("mineral", "str"), ("expected", "str"))
    sites = [dict(zip(("site_code", "site_name", "mineral", "wkt", "expected"), row)) for row in SITES]
    footprints = [dict(zip(("site_code", "site_name", "wkt", "expected"), row)) for row in FOOTPRINTS]
    write_layer("sites", compat.WKB_POINT, "EPSG:4326", site_fields, sites, first=True)
    write_layer(
        "site_footprints",
        compat.WKB_POLYGON,
        "EPSG:4326",
        (("site_code", "str"), ("site_name", "str"), ("expected", "str")),
        footprints,
        first=False,
    )
    write_layer("protected_areas", compat.WKB_MULTIPOLYGON, "EPSG:4326", WDPA_FIELDS, PROTECTED_AREAS, False)
    write_layer(
        "protected_area_points", compat.WKB_POINT, "EPSG:4326", WDPA_FIELDS, PROTECTED_AREA_POINTS, False
    )
    write_layer("landscapes", compat.WKB_POLYGON, "EPSG:4326", (("NAME", "str"),), LANDSCAPES, False)
    write_layer(
        "ecoregions",
        compat.WKB_POLYGON,
        "EPSG:4326",
        (
            ("ECO_NAME", "str"),
            ("REALM", "str"),
            ("BIOME", "int"),
            ("ECO_ID", "int"),
            ("G200_REGIO", "str"),
            ("G200_NUM", "int"),
            ("G200_BIOME", "int"),
            ("G200_STAT", "int"),
            ("GBL_STAT", "int"),
        ),
        ECOREGIONS,
        False,
    )
    write_layer(
        "national_protected_areas",
        compat.WKB_POLYGON,
        NATIONAL_CRS,
        (("ID_AP", "str"), ("NOM_AP", "str"), ("TYPE_AP", "str"), ("CAT_IUCN", "str")),
        to_national_crs(NATIONAL_PROTECTED_AREAS),
        False,
    )
    write_layer(
        "aze_sites",
        compat.WKB_POLYGON,
        "EPSG:4326",
        (("natname", "str"), ("azestatus", "str")),
        AZE_SITES,
        False,
    )
    write_layer(
        "rivers",
        compat.WKB_LINESTRING,
        "EPSG:4326",
        (("HYRIV_ID", "int"), ("NEXT_DOWN", "int"), ("name", "str")),
        RIVERS,
        False,
    )
    write_layer(
        "mining_footprints",
        compat.WKB_POLYGON,
        "EPSG:4326",
        (("site_id", "str"), ("year", "int"), ("mined_ha", "float")),
        [dict(zip(("site_id", "year", "mined_ha", "wkt"), row)) for row in MINING_FOOTPRINTS],
        False,
    )
    save_default_styles()
    make_deterministic()
    leave_in_rollback_journal_mode(OUT)
    print(f"Wrote {OUT}")


def leave_in_rollback_journal_mode(path):
    """Ship the GeoPackage in the journal mode GDAL leaves it in once it has read it (rollback,
    not WAL): reading the sample, as the README's examples do, then changes none of its bytes."""
    import sqlite3

    connection = sqlite3.connect(str(path))
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()


if __name__ == "__main__":
    from osgeo import gdal

    gdal.SetConfigOption("OGR_CURRENT_DATE", FIXED_TIMESTAMP)
    app = QgsApplication([], False)
    app.initQgis()
    main()
    app.exitQgis()
