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
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
)
from qgis.PyQt.QtCore import QPointF

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from asm_pace_plugin.core.shared import compat  # noqa: E402
from asm_pace_plugin.core.shared.paths import MODELS_DIR  # noqa: E402


def add_input(model, parameter, position):
    model.addModelParameter(parameter, QgsProcessingModelParameter(parameter.name()))
    model.parameterComponent(parameter.name()).setPosition(QPointF(*position))


def pathways_input():
    """The model's "pathways" input: the impact-zones list of readable names, ticked as there."""
    from asm_pace_plugin.algorithms.impact_zones import ImpactZonesAlgorithm

    zones = ImpactZonesAlgorithm()
    zones.initAlgorithm()
    definition = zones.parameterDefinition("PATHWAYS")
    return QgsProcessingParameterEnum(
        "pathways",
        definition.description(),
        definition.options(),
        allowMultiple=True,
        defaultValue=definition.defaultValue(),
    )


def add_site_and_protected_area_inputs(model):
    """The two inputs every example model starts from: "sites" and "protected_areas"."""
    add_input(
        model,
        QgsProcessingParameterFeatureSource("sites", "Mining sites", [compat.SOURCE_ANY_GEOMETRY]),
        (120, 80),
    )
    add_input(
        model,
        QgsProcessingParameterMultipleLayers(
            "protected_areas", "Protected areas (WDPA or national)", compat.SOURCE_ANY_GEOMETRY
        ),
        (120, 160),
    )


def from_input(name):
    return [QgsProcessingModelChildParameterSource.fromModelParameter(name)]


def from_child(child_id, output):
    return [QgsProcessingModelChildParameterSource.fromChildOutput(child_id, output)]


def add_child(model, child_id, algorithm_id, description, sources, outputs, position):
    """A child algorithm; sources: parameter -> list of sources; outputs: model output -> child output."""
    child = QgsProcessingModelChildAlgorithm(algorithm_id)
    child.setChildId(child_id)
    child.setDescription(description)
    child.setPosition(QPointF(*position))
    for key, source in sources.items():
        child.addParameterSources(key, source)
    add_outputs(child, outputs, position)
    model.addChildAlgorithm(child)


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
    add_site_and_protected_area_inputs(model)
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
    add_child(
        model,
        "classify",
        "asm_pace:classifysites",
        "Classify sites (PACE)",
        {key: from_input(name) for key, name in (
            ("SITES", "sites"), ("PROTECTED_AREAS", "protected_areas"),
            ("LANDSCAPES", "landscapes"), ("ECOREGIONS", "ecoregions"))},
        {"classified_sites": "OUTPUT", "pace_summary": "SUMMARY"},
        (420, 200),
    )  # fmt: skip
    return model


def classify_impacts_pressure_model():
    model = QgsProcessingModelAlgorithm("Classify sites, impact zones and pressure", "ASM-PACE examples")
    model.setHelpContent(
        {
            "ALG_DESC": "Classifies mining sites (PACE), draws their impact zones in metres on the "
            "ellipsoid and measures the pressure of those zones on each protected area."
        }
    )
    add_site_and_protected_area_inputs(model)
    add_input(model, pathways_input(), (120, 280))
    add_child(
        model,
        "classify",
        "asm_pace:classifysites",
        "Classify sites (PACE)",
        {"SITES": from_input("sites"), "PROTECTED_AREAS": from_input("protected_areas")},
        {"classified_sites": "OUTPUT"},
        (420, 80),
    )
    add_child(
        model,
        "zones",
        "asm_pace:impactzones",
        "Impact zones",
        {"SITES": from_child("classify", "OUTPUT"), "PATHWAYS": from_input("pathways")},
        {"impact_zones": "OUTPUT"},
        (420, 180),
    )
    add_child(
        model, "pressure", "asm_pace:papressure", "Pressure on protected areas",
        {"ZONES": from_child("zones", "OUTPUT"), "PROTECTED_AREAS": from_input("protected_areas"),
         "SITES": from_child("classify", "OUTPUT")},
        {"pa_pressure": "OUTPUT", "site_pressure": "SITE_TABLE"}, (420, 280),
    )  # fmt: skip
    return model


def classify_mining_over_time_model():
    model = QgsProcessingModelAlgorithm(
        "Classify footprints, mining over time and protected-area reports", "ASM-PACE examples"
    )
    model.setHelpContent(
        {
            "ALG_DESC": "Classifies mining footprints of several years (PACE), measures per protected area "
            "and year the new and cumulative hectares of mining, its trend and (with the assessment "
            "workspace) the growth before and after each decision, then writes a report per protected "
            "area and one for all of them ranked by growth (PDF and HTML, in the folder given)."
        }
    )
    add_input(
        model,
        QgsProcessingParameterFeatureSource(
            "footprints", "Mining footprints with a date or year field", [compat.SOURCE_ANY_GEOMETRY]
        ),
        (120, 80),
    )
    add_input(
        model,
        QgsProcessingParameterMultipleLayers(
            "protected_areas", "Protected areas (WDPA or national)", compat.SOURCE_ANY_GEOMETRY
        ),
        (120, 160),
    )
    add_input(
        model,
        QgsProcessingParameterFile(
            "workspace", "Assessment workspace (.gpkg)", extension="gpkg", optional=True
        ),
        (120, 240),
    )
    add_input(model, language_input(), (120, 320))
    add_child(
        model,
        "classify",
        "asm_pace:classifysites",
        "Classify footprints (PACE)",
        {"SITES": from_input("footprints"), "PROTECTED_AREAS": from_input("protected_areas")},
        {"classified_footprints": "OUTPUT"},
        (420, 80),
    )
    add_child(
        model, "mining", "asm_pace:miningovertime", "Mining over time",
        {"FOOTPRINTS": from_child("classify", "OUTPUT"), "PROTECTED_AREAS": from_input("protected_areas"),
         "WORKSPACE": from_input("workspace")},
        {"mining_over_time": "OUTPUT", "mining_trends": "SUMMARY", "decisions": "DECISIONS"}, (420, 200),
    )  # fmt: skip
    add_child(
        model, "report", "asm_pace:areareports", "Protected-area reports",
        {"MINING": from_child("mining", "OUTPUT"), "FOOTPRINT_TABLE": from_child("mining", "FOOTPRINT_TABLE"),
         "SITES": from_child("classify", "OUTPUT"), "WORKSPACE": from_input("workspace"),
         "PROTECTED_AREAS": from_input("protected_areas"), "LANGUAGE": from_input("language")},
        {"reports": "OUTPUT_FOLDER"}, (420, 320),
    )  # fmt: skip
    return model


def language_input():
    """The model's "language" input: the reports' language list, as the report's dialog has it."""
    from asm_pace_plugin.algorithms.area_reports import AreaReportsAlgorithm

    reports = AreaReportsAlgorithm()
    reports.initAlgorithm()
    definition = reports.parameterDefinition("LANGUAGE")
    return QgsProcessingParameterEnum(
        "language", definition.description(), definition.options(), defaultValue=definition.defaultValue()
    )


MODELS = {
    "classify_sites.model3": classify_sites_model,
    "classify_impacts_pressure.model3": classify_impacts_pressure_model,
    "classify_mining_over_time.model3": classify_mining_over_time_model,
}


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
