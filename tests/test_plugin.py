"""Plugin wiring: metadata, classFactory, initProcessing without iface, initGui and unload."""

import configparser

import pytest
from qgis.core import QgsApplication

from asm_pace_plugin import classFactory
from asm_pace_plugin.core.shared.paths import PLUGIN_DIR, SAMPLE_LAYERS, icon_path
from asm_pace_plugin.provider import PROVIDER_ID, AsmPaceProvider

_RESTORED_PROVIDERS = []
REQUIRED_METADATA = (
    "name",
    "qgisMinimumVersion",
    "qgisMaximumVersion",
    "description",
    "about",
    "version",
    "author",
    "email",
    "repository",
    "tracker",
    "homepage",
    "tags",
    "category",
    "icon",
    "experimental",
    "deprecated",
    "hasProcessingProvider",
    "supportsQt6",
    "changelog",
)


@pytest.fixture()
def empty_registry(qgis_processing):
    """No asm_pace provider registered during the test; the session's one is put back after it."""
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById(PROVIDER_ID)
    if existing is not None:
        registry.removeProvider(existing)
    yield registry
    if registry.providerById(PROVIDER_ID) is None:
        # A Python reference keeps the provider's Python side alive for the rest of the session.
        _RESTORED_PROVIDERS.append(AsmPaceProvider())
        registry.addProvider(_RESTORED_PROVIDERS[-1])


# The plugin's menu: every step in the order of the work, the sample, the help, the dock.
MENU_ENTRIES = [
    "Classify sites (PACE)…",
    "Impact zones…",
    "Downstream trace (mercury and sediment)…",
    "Pressure on protected areas…",
    "Site dossiers…",
    "Export assessments (table)…",
    "Mining over time…",
    "Protected-area reports…",
    "Load synthetic sample data",
    "Getting started",
    "ASM-PACE assessment",
]


def test_metadata_is_complete():
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")
    general = metadata["general"]
    missing = [key for key in REQUIRED_METADATA if not general.get(key, "").strip()]
    assert not missing
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["qgisMaximumVersion"] == "4.99"
    assert general["hasProcessingProvider"] == "yes"
    assert general["supportsQt6"] == "True"
    assert (PLUGIN_DIR / general["icon"]).is_file()
    assert general["version"] in general["changelog"]


def test_shipped_files_exist():
    assert icon_path().is_file() and icon_path("assessment").is_file()
    from qgis.core import QgsVectorLayer
    from sample_data import SAMPLE_COPY

    for name in SAMPLE_LAYERS:
        assert QgsVectorLayer(f"{SAMPLE_COPY}|layername={name}", name, "ogr").isValid(), name


def test_init_processing_works_without_iface(empty_registry):
    plugin = classFactory(None)
    plugin.initProcessing()
    assert empty_registry.providerById(PROVIDER_ID) is plugin.provider
    assert empty_registry.algorithmById("asm_pace:classifysites") is not None
    plugin.initProcessing()  # a second call registers nothing twice
    plugin.unload()
    assert empty_registry.providerById(PROVIDER_ID) is None


def test_gui_entries_are_added_and_removed(empty_registry, desktop_iface):
    plugin = classFactory(desktop_iface)
    plugin.initGui()
    assert [action.text() for action in plugin.actions] == MENU_ENTRIES
    assert empty_registry.providerById(PROVIDER_ID) is not None
    actions = list(plugin.actions)
    plugin.unload()
    assert plugin.actions == []
    assert empty_registry.providerById(PROVIDER_ID) is None
    if desktop_iface.removed_calls:  # recorded where the stub lacks removePluginMenu
        assert [args[1] for _name, args in desktop_iface.removed_calls] == actions


def test_provider_describes_itself(provider):
    assert provider.id() == "asm_pace"
    assert provider.name() == "ASM-PACE"
    algorithm = QgsApplication.processingRegistry().algorithmById("asm_pace:classifysites")
    assert algorithm.displayName() == "Classify sites (PACE)"
    assert "protected area" in algorithm.shortHelpString()
    assert algorithm.groupId() == "screening"


def test_readme_documents_every_output_field():
    from asm_pace_plugin.core.impacts.pressure import PRESSURE_FIELDS
    from asm_pace_plugin.core.impacts.rivers import TRACE_FIELDS
    from asm_pace_plugin.core.impacts.zones import ZONE_FIELDS
    from asm_pace_plugin.core.screening.site_classification import SITE_FIELDS, SUMMARY_FIELDS

    readme = (PLUGIN_DIR.parent / "README.md").read_text(encoding="utf-8")
    documented = SITE_FIELDS + SUMMARY_FIELDS + ZONE_FIELDS + PRESSURE_FIELDS
    documented += tuple(field for field in TRACE_FIELDS if field[0] not in ("site_id", "pathway"))
    for name, _type, meaning in documented:
        assert f"| `{name}` | {meaning} |" in readme, name
    assert "make demo" in readme and "make test" in readme and "qgis_process.bin" in readme
