"""Write resources/models/classify_impacts_pressure.model3: classify -> impact zones -> pressure.

Run with Debian's python3 (or .venv/bin/python) after changing an algorithm's parameters:
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_model.py
"""

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QPointF

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from asm_pace_plugin.core import compat  # noqa: E402
from asm_pace_plugin.core.paths import MODELS_DIR  # noqa: E402

MODEL_PATH = MODELS_DIR / "classify_impacts_pressure.model3"
DEFAULT_PATHWAYS = "footprint,offsite_deforestation,hunting,landscape_deforestation"


def _input(model, parameter, x, y):
    model.addModelParameter(parameter, QgsProcessingModelParameter(parameter.name()))
    component = model.parameterComponent(parameter.name())
    component.setPosition(QPointF(x, y))


def _child(model, child_id, algorithm_id, description, sources, outputs, y):
    child = QgsProcessingModelChildAlgorithm(algorithm_id)
    child.setChildId(child_id)
    child.setDescription(description)
    for name, source in sources.items():
        child.addParameterSources(name, [source])
    model_outputs = {}
    for output_name, label in outputs.items():
        output = QgsProcessingModelOutput(label)
        output.setChildId(child_id)
        output.setChildOutputName(output_name)
        model_outputs[label] = output
    child.setModelOutputs(model_outputs)
    child.setPosition(QPointF(300, y))
    model.addChildAlgorithm(child)


def build_model():
    model = QgsProcessingModelAlgorithm("Classify sites, impact zones and pressure", "ASM-PACE")
    model.setHelpContent(
        {
            "ALG_DESC": "Classifies mining sites (PACE), draws their impact zones in metres on the ellipsoid "
            "and measures the pressure of those zones on each protected area."
        }
    )
    _input(
        model,
        QgsProcessingParameterFeatureSource("SITES", "Mining sites", [compat.SOURCE_ANY_GEOMETRY]),
        0,
        50,
    )
    _input(
        model,
        QgsProcessingParameterMultipleLayers(
            "PROTECTED_AREAS", "Protected areas", compat.SOURCE_ANY_GEOMETRY
        ),
        0,
        150,
    )
    _input(model, QgsProcessingParameterString("PATHWAYS", "Impact pathways", DEFAULT_PATHWAYS), 0, 250)
    param = QgsProcessingModelChildParameterSource.fromModelParameter
    child = QgsProcessingModelChildParameterSource.fromChildOutput
    _child(
        model,
        "classify",
        "asm_pace:classifysites",
        "Classify sites (PACE)",
        {"SITES": param("SITES"), "PROTECTED_AREAS": param("PROTECTED_AREAS")},
        {"OUTPUT": "Classified sites"},
        50,
    )
    _child(
        model,
        "zones",
        "asm_pace:impactzones",
        "Impact zones",
        {"SITES": child("classify", "OUTPUT"), "PATHWAYS": param("PATHWAYS")},
        {"OUTPUT": "Impact zones"},
        150,
    )
    _child(
        model,
        "pressure",
        "asm_pace:papressure",
        "Pressure on protected areas",
        {
            "ZONES": child("zones", "OUTPUT"),
            "PROTECTED_AREAS": param("PROTECTED_AREAS"),
            "SITES": child("classify", "OUTPUT"),
        },
        {"OUTPUT": "Pressure on protected areas", "SITE_TABLE": "Protected areas reached by each site"},
        250,
    )
    model.updateDestinationParameters()
    return model


def main():
    application = QgsApplication([], False)
    application.initQgis()
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    if not build_model().toFile(str(MODEL_PATH)):
        raise SystemExit(f"Could not write {MODEL_PATH}")
    print(f"Wrote {MODEL_PATH}")


if __name__ == "__main__":
    main()
