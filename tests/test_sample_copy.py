"""The shipped sample is only read: "Load sample data" works on the officer's own copy."""

import os

from qgis.core import QgsApplication, QgsProject
from sample_data import shipped_sample_digest

from asm_pace_plugin.core.shared.paths import copy_sample, user_sample_gpkg
from asm_pace_plugin.ui.actions import _load_sample_data, sample_presets


def test_the_copy_is_made_once_kept_when_edited_and_replaced_by_a_newer_shipped_sample(tmp_path):
    shipped = tmp_path / "plugin" / "asm_pace_sample.gpkg"
    shipped.parent.mkdir()
    shipped.write_bytes(b"version 1")
    profile = tmp_path / "profile"
    copy = copy_sample(profile, shipped)
    assert copy == user_sample_gpkg(profile) == profile / "asm_pace" / "sample" / "asm_pace_sample.gpkg"
    assert copy.read_bytes() == b"version 1"
    copy.write_bytes(b"the officer's edits")
    assert copy_sample(profile, shipped).read_bytes() == b"the officer's edits"
    shipped.write_bytes(b"version 2")  # a plugin upgrade
    os.utime(shipped, (copy.stat().st_mtime + 60,) * 2)
    assert copy_sample(profile, shipped).read_bytes() == b"version 2"
    assert (copy.parent / "asm_pace_sample.previous.gpkg").read_bytes() == b"the officer's edits"


def test_load_sample_data_loads_a_copy_and_leaves_the_shipped_file_as_it_was(qgis_iface):
    before = shipped_sample_digest()
    project = QgsProject.instance()
    known = set(project.mapLayers())
    _load_sample_data(qgis_iface)
    loaded = [layer for layer_id, layer in project.mapLayers().items() if layer_id not in known]
    try:
        copy = str(user_sample_gpkg(QgsApplication.qgisSettingsDirPath()))
        assert {layer.name() for layer in loaded} >= {"sites", "protected_areas", "rivers"}
        assert all(layer.source().startswith(f"{copy}|layername=") for layer in loaded)
        sites = sample_presets("asm_pace:classifysites", project)["SITES"]
        assert sites.name() == "sites" and sites.source().startswith(copy)
        # the footprints of 2019-2023 come coloured by year, and Mining over time's dialog takes them
        footprints = next(layer for layer in loaded if layer.name() == "mining_footprints")
        renderer = footprints.renderer()
        assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "year"
        assert [category.label() for category in renderer.categories()] == [
            "2019",
            "2020",
            "2021",
            "2022",
            "2023",
        ]
        assert sample_presets("asm_pace:miningovertime", project)["FOOTPRINTS"] == [footprints]
    finally:
        project.removeMapLayers([layer.id() for layer in loaded])
        root = project.layerTreeRoot()
        for group in root.findGroups():
            if not group.children():
                root.removeChildNode(group)
    assert shipped_sample_digest() == before
