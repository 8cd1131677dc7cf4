"""The plugin's public names (core/shared/public_names.py) are defined there only, and they are what
Processing knows: a model or a script that calls the plugin by them keeps working."""

import ast
from pathlib import Path

import pytest
from qgis.core import QgsApplication

from asm_pace_plugin.core.shared import public_names

PACKAGE = Path(__file__).resolve().parent.parent / "asm_pace_plugin"
HOME = PACKAGE / "core" / "shared" / "public_names.py"
# The public API: these never change.
ALGORITHM_IDS = {
    "asm_pace:classifysites",
    "asm_pace:impactzones",
    "asm_pace:downstreamtrace",
    "asm_pace:papressure",
    "asm_pace:sitedossiers",
    "asm_pace:exportassessments",
    "asm_pace:miningovertime",
    "asm_pace:areareports",
}


def docstrings(tree):
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def literals(source, wanted):
    """(line, text) of each string in the source (docstrings aside) for which wanted(text) holds."""
    tree = ast.parse(source)
    skipped = docstrings(tree)
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skipped
        if wanted(node.value)
    ]


def algorithm_literals(source):
    """The strings of the source that name an algorithm of the plugin."""
    names = ALGORITHM_IDS | {name.partition(":")[2] for name in ALGORITHM_IDS}
    return literals(source, lambda text: text in names or any(name in text for name in ALGORITHM_IDS))


def key_literals(source):
    """The strings of the source that are a public parameter or output key."""
    return literals(source, PUBLIC_KEYS.__contains__)


# Every parameter and output key the plugin's rooms pass one another.
PUBLIC_KEYS = {
    value
    for name, value in vars(public_names).items()
    if name.isupper() and isinstance(value, str) and value.isupper() and value.replace("_", "").isalpha()
}


@pytest.mark.parametrize(
    "path", sorted(path for path in PACKAGE.rglob("*.py") if path != HOME), ids=lambda path: path.name
)
def test_no_public_name_written_out_of_its_place(path):
    source = path.read_text(encoding="utf-8")
    found = algorithm_literals(source) + key_literals(source)
    assert found == [], f"{path.relative_to(PACKAGE)} writes algorithm ids or keys {found}: use public_names"


def test_the_scan_sees_a_literal_id():
    assert algorithm_literals(
        '"""asm_pace:sitedossiers in a docstring."""\nA = "asm_pace:sitedossiers"\n'
    ) == [(2, "asm_pace:sitedossiers")]
    assert algorithm_literals('def name(self):\n    return "papressure"\n') == [(2, "papressure")]
    assert algorithm_literals('open(f"asm_pace:papressure")') != []
    assert algorithm_literals('A = names.PA_PRESSURE_ID\nB = "asm_pace"\n') == []


def test_the_scan_sees_a_literal_key():
    assert {"PROTECTED_AREAS", "OUTPUT", "SITES"} <= PUBLIC_KEYS
    assert key_literals('X = "PROTECTED_AREAS"\nY = names.PROTECTED_AREAS\n') == [(1, "PROTECTED_AREAS")]


def test_the_public_ids_are_what_processing_knows(provider):
    ids = {public_names.algorithm_id(name) for name in public_names.ALGORITHM_NAMES}
    assert ids == ALGORITHM_IDS
    registered = QgsApplication.processingRegistry().providerById(public_names.PROVIDER_ID)
    assert {algorithm.id() for algorithm in registered.algorithms()} == ALGORITHM_IDS


def test_the_public_parameter_keys_are_the_algorithms_parameters(provider):
    """Each key another room passes names a parameter or an output of the algorithm it is passed to."""
    from asm_pace_plugin.core.assessment import presets

    registry = QgsApplication.processingRegistry()
    uses = {algorithm_id: set() for algorithm_id in ALGORITHM_IDS}
    for table in (presets.SAMPLE_INPUTS, presets.PROJECT_INPUTS, presets.LAYER_OUTPUTS, presets.FILE_OUTPUTS):
        for algorithm_id, keys in table.items():
            uses[algorithm_id] |= set(keys)
    uses[public_names.SITE_DOSSIERS_ID] |= {
        public_names.WORKSPACE,
        public_names.KEY_FIELD,
        public_names.SITE_KEYS,
        public_names.ZONE_KEY_FIELD,
        public_names.PRESSURE_KEY_FIELD,
        public_names.INCLUDE_SENSITIVE,
    }
    for algorithm_id, keys in uses.items():
        algorithm = registry.algorithmById(algorithm_id)
        known = {p.name() for p in algorithm.parameterDefinitions()} | {
            o.name() for o in algorithm.outputDefinitions()
        }
        assert keys <= known, f"{algorithm_id} has no {sorted(keys - known)}"
