"""Which layers of a project a dossier made from the dock draws, recognised by their fields."""

import pytest

from asm_pace_plugin.core import layer_roles
from asm_pace_plugin.core.impacts import ZONE_FIELDS
from asm_pace_plugin.core.pressure import PRESSURE_FIELDS, SITE_PRESSURE_FIELDS

WDPA = ("WDPAID", "NAME", "DESIG_ENG", "IUCN_CAT", "REP_AREA")


@pytest.mark.parametrize(
    ("name", "fields", "has_geometry", "role"),
    [
        ("WDPA Nov 2025", WDPA, True, layer_roles.PROTECTED_AREAS),
        ("aires protégées", ("ID_AP", "NOM_AP", "TYPE_AP", "CAT_IUCN"), True, layer_roles.PROTECTED_AREAS),
        ("AZE", ("natname", "azestatus"), True, layer_roles.PROTECTED_AREAS),
        ("Paysages prioritaires WWF", ("NAME",), True, layer_roles.LANDSCAPES),
        ("teow", ("ECO_NAME", "G200_REGIO", "G200_STAT"), True, layer_roles.ECOREGIONS),
        ("zones", [name for name, _t, _m in ZONE_FIELDS], True, layer_roles.IMPACT_ZONES),
        ("per site", [name for name, _t, _m in SITE_PRESSURE_FIELDS], False, layer_roles.SITE_PRESSURE),
        ("per PA", [name for name, _t, _m in PRESSURE_FIELDS], False, None),
        ("classified", ("site_code", "pace_class", "pa_ids", "iucn_cat", "landscape"), True, None),
        ("summary", ("summary", "pace_class", "pa_id", "iucn_cat"), False, None),
        ("sites", ("site_code", "site_name"), True, None),
        ("rivers", ("HYRIV_ID", "NEXT_DOWN"), True, None),
    ],
)
def test_layer_roles(name, fields, has_geometry, role):
    assert layer_roles.layer_role(name, fields, has_geometry) == role
