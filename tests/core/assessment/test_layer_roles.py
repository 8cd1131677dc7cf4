"""Which layers of a project a dossier made from the dock draws, recognised by their fields."""

import pytest

from asm_pace_plugin.core.assessment import layer_roles
from asm_pace_plugin.core.impacts.pressure import PRESSURE_FIELDS, SITE_PRESSURE_FIELDS
from asm_pace_plugin.core.impacts.rivers import TRACE_FIELDS
from asm_pace_plugin.core.impacts.zones import ZONE_FIELDS

WDPA = ("WDPAID", "NAME", "DESIG_ENG", "IUCN_CAT", "REP_AREA")


# (name, fields, has geometry, role[, lines])
CASES = [
    ("WDPA Nov 2025", WDPA, True, layer_roles.PROTECTED_AREAS),
    ("aires protégées", ("ID_AP", "NOM_AP", "TYPE_AP", "CAT_IUCN"), True, layer_roles.PROTECTED_AREAS),
    ("AZE", ("natname", "azestatus"), True, layer_roles.AZE_SITES),
    ("Paysages prioritaires WWF", ("NAME",), True, layer_roles.LANDSCAPES),
    ("teow", ("ECO_NAME", "G200_REGIO", "G200_STAT"), True, layer_roles.ECOREGIONS),
    ("zones", [name for name, _t, _m in ZONE_FIELDS], True, layer_roles.IMPACT_ZONES),
    ("per site", [name for name, _t, _m in SITE_PRESSURE_FIELDS], False, layer_roles.SITE_PRESSURE),
    ("per PA", [name for name, _t, _m in PRESSURE_FIELDS], True, layer_roles.PA_PRESSURE),
    ("traces", [name for name, _t, _m in TRACE_FIELDS], True, layer_roles.TRACES, True),
    ("corridors", [name for name, _t, _m in TRACE_FIELDS], True, layer_roles.CORRIDORS),
    (
        "classified",
        ("site_code", "pace_class", "pa_ids", "iucn_cat", "landscape"),
        True,
        layer_roles.CLASSIFIED_SITES,
    ),
    ("summary", ("summary", "pace_class", "pa_id", "iucn_cat"), False, layer_roles.CLASSIFICATION_SUMMARY),
    ("sites", ("site_code", "site_name"), True, None),
    ("sites as lines", ("site_code", "site_name"), True, None, True),
    ("rivers", ("HYRIV_ID", "NEXT_DOWN"), True, layer_roles.RIVERS, True),
    ("rivers as polygons", ("HYRIV_ID", "NEXT_DOWN"), True, None),
]


@pytest.mark.parametrize(
    ("name", "fields", "has_geometry", "role", "lines"),
    [case if len(case) == 5 else (*case, False) for case in CASES],
)
def test_layer_roles(name, fields, has_geometry, role, lines):
    assert layer_roles.layer_role(name, fields, has_geometry, lines=lines) == role
