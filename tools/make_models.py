"""Write the example Processing models shipped in resources/models/ (run with Debian's python3).

Models are built through the QGIS API rather than by hand, so the XML is always what the
Graphical Modeler itself would save.
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
)
from qgis.PyQt.QtCore import QPointF

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from asm_pace_plugin.core import compat  # noqa: E402
from asm_pace_plugin.core.paths import MODELS_DIR  # noqa: E402


def add_input(model, parameter, position):
    model.addModelParameter(parameter, QgsProcessingModelParameter(parameter.name()))
    model.parameterComponent(parameter.name()).setPosition(QPointF(*position))


def from_input(name):
    return [QgsProcessingModelChildParameterSource.fromModelParameter(name)]


def add_outputs(child, outputs, position):
    """outputs: model output name -> child output key."""
    model_outputs = {}
    for index, (name, child_output) in enumerate(outputs.items()):
        output = QgsProcessingModelOutput(name)
        output.setChildId(child.childId())
        output.setChildOutputName(child_output)
        output.setPosition(QPointF(position[0] + 220, position[1] + 60 * index))
        model_outputs[name] = output
    child.setModelOutputs(model_outputs)


def classify_sites_model():
    model = QgsProcessingModelAlgorithm("Classify mining sites (PACE)", "ASM-PACE examples")
    model.setHelpContent(
        {
            "ALG_DESC": "Classifies mining sites against protected areas, WWF priority landscapes and "
            "Global 200 ecoregions with asm_pace:classifysites (WDPA defaults: Designated, Inscribed "
            "and Established only; no UNESCO-MAB reserves; point PAs as circles of their reported "
            "area; 50 km search radius).",
        }
    )
    add_input(
        model,
        QgsProcessingParameterFeatureSource("sites", "Mining sites", [compat.SOURCE_ANY_GEOMETRY]),
        (120, 80),
    )
    add_input(
        model,
        QgsProcessingParameterMultipleLayers(
            "protected_areas", "Protected areas (WDPA)", compat.SOURCE_ANY_GEOMETRY
        ),
        (120, 160),
    )
    add_input(
        model,
        QgsProcessingParameterMultipleLayers(
            "landscapes", "WWF priority landscapes", compat.SOURCE_POLYGON, optional=True
        ),
        (120, 240),
    )
    add_input(
        model,
        QgsProcessingParameterMultipleLayers(
            "ecoregions", "Ecoregions (TEOW with G200 fields)", compat.SOURCE_POLYGON, optional=True
        ),
        (120, 320),
    )
    child = QgsProcessingModelChildAlgorithm("asm_pace:classifysites")
    child.setChildId("classify")
    child.setDescription("Classify sites (PACE)")
    child.setPosition(QPointF(420, 200))
    for key, name in (
        ("SITES", "sites"),
        ("PROTECTED_AREAS", "protected_areas"),
        ("LANDSCAPES", "landscapes"),
        ("ECOREGIONS", "ecoregions"),
    ):
        child.addParameterSources(key, from_input(name))
    add_outputs(child, {"classified_sites": "OUTPUT", "pace_summary": "SUMMARY"}, (420, 200))
    model.addChildAlgorithm(child)
    return model


MODELS = {"classify_sites.model3": classify_sites_model}


def main():
    MODELS_DIR.mkdir(parents=True, exist_ok=True)
    for file_name, build in MODELS.items():
        target = MODELS_DIR / file_name
        if not build().toFile(str(target)):
            raise SystemExit(f"Could not write {target}")
        print(f"Wrote {target}")


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    main()
    app.exitQgis()
