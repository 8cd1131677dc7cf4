"""Shared fixtures: the real QGIS (pytest-qgis), the plugin's provider, qgis_process runs."""

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
for path in (REPO, REPO / "tests", REPO / "tools", REPO / "tests" / "bench"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))


def pytest_sessionstart(session):
    from sample_data import shipped_sample_digest

    session.config.shipped_sample_digest = shipped_sample_digest()


def pytest_sessionfinish(session, exitstatus):
    """Fails the run if anything wrote to the tracked sample GeoPackage (tests use sample_data's copy)."""
    from sample_data import shipped_sample_digest

    if shipped_sample_digest() != session.config.shipped_sample_digest:
        session.config.get_terminal_writer().line(
            "FAILED: the test session changed the shipped resources/sample/asm_pace_sample.gpkg", red=True
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


_REGISTERED_PROVIDERS = []


@pytest.fixture(scope="module")
def provider(qgis_processing):
    """The ASM-PACE provider in the test session's Processing registry, looked up for each test module:
    registered again when a module that loads and unloads the plugin (tests/test_plugin.py) removed it."""
    from qgis.core import QgsApplication

    from asm_pace_plugin.provider import PROVIDER_ID, AsmPaceProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById(PROVIDER_ID)
    if existing is not None:
        return existing
    instance = AsmPaceProvider()
    assert registry.addProvider(instance)
    # Held for the whole session: a provider whose Python object is collected loses its algorithms.
    _REGISTERED_PROVIDERS.append(instance)
    return instance


@pytest.fixture(scope="session")
def compiled_translations():
    """The plugin's .qm files, compiled from the .ts sources by `make translations`."""
    subprocess.run(["make", "--no-print-directory", "-s", "translations"], cwd=REPO, check=True)
    return REPO / "asm_pace_plugin" / "i18n"


@pytest.fixture(scope="session")
def qgis_process_home(tmp_path_factory):
    """A throw-away HOME where qgis_process has the plugin (from this checkout) enabled."""
    import qgis_process_runner

    home = tmp_path_factory.mktemp("qgis-home")
    qgis_process_runner.enable_plugin(home)
    return home


@pytest.fixture()
def desktop_iface(qgis_iface):
    """pytest-qgis's iface, completed with the removal calls its stub lacks (recorded for asserts)."""
    removed = []
    for method in ("removePluginMenu", "removeDockWidget"):
        if not hasattr(qgis_iface, method):
            setattr(qgis_iface, method, lambda *args, _method=method: removed.append((_method, args)))
    qgis_iface.removed_calls = removed
    return qgis_iface


@pytest.fixture()
def layer_tree_iface(qgis_iface):
    """pytest-qgis's iface with a real layer tree view of the project, for
    processing.runAndLoadResults: from QGIS 3.44 on it hands iface.layerTreeView() to C++, which
    refuses the MagicMock that the stand-in answers for what it lacks."""
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    view = QgsLayerTreeView()
    view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
    qgis_iface.layerTreeView = lambda: view
    yield qgis_iface
    del qgis_iface.layerTreeView


@pytest.fixture(scope="session")
def postgis():
    """A throw-away PostgreSQL + PostGIS server (tests/postgis_server.py), for this session only."""
    import postgis_server

    bin_dir = postgis_server.find_binaries()
    if bin_dir is None:
        pytest.skip("PostgreSQL with the PostGIS extension is not installed (`make test` installs both)")
    with postgis_server.running_server(bin_dir) as server:
        yield server
