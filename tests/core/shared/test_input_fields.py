"""The usual field names of each role, in one table (core/shared/input_fields.FIELD_CANDIDATES), and the
places that find a layer's field by them."""

import pytest
from qgis.core import QgsVectorLayer

from asm_pace_plugin.core.assessment import layer_roles
from asm_pace_plugin.core.shared.input_fields import usual_field
from asm_pace_plugin.rendering.output_styles import apply_pace_class_style


@pytest.mark.parametrize(
    ("names", "label"),
    [
        (("fid", "site_code", "name", "site_name"), "site_name"),  # site_name comes first
        (("fid", "site_code", "NAME"), "NAME"),
        (("fid", "Site_Name"), "Site_Name"),  # matched case-insensitively, the layer's spelling kept
        (("fid", "site_code"), None),
    ],
)
def test_a_site_label_is_found_by_its_usual_names(names, label):
    assert usual_field(names, "sites", "label") == label


def test_an_aze_layer_is_told_by_its_national_name_and_aze_status():
    assert {"NATNAME", "AZESTATUS"} == layer_roles.AZE_FIELDS
    assert layer_roles.layer_role("kba", ("NatName", "AzeStatus"), True) == layer_roles.AZE_SITES
    assert layer_roles.layer_role("kba", ("NatName",), True) is None


@pytest.mark.parametrize(
    ("fields", "label"),
    [("site_code:string&field=site_name:string", "site_name"), ("site_code:string", "site_code")],
)
def test_classified_sites_are_labelled_by_name_else_by_key(fields, label):
    layer = QgsVectorLayer(f"Point?crs=EPSG:4326&field={fields}&field=pace_class:string", "sites", "memory")
    apply_pace_class_style(layer)
    assert layer.labelsEnabled() and layer.labeling().settings().fieldName == label
