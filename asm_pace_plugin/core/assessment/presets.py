"""What each step's dialog starts with: the sample's layers when the sample is in the project,
else what the officer made in this project, the newest output of the step before first.

A layer's role comes from its fields (core/assessment/layer_roles.py); a run of the plugin stamps the
outputs it loads with the time they were made (layer_roles.MADE_PROPERTY), so the latest
zones, corridors and pressure table are the ones found first. Layers without a stamp (opened
from a file) come after, in the order of the layer tree (top first).
"""

from pathlib import Path

from ..shared import compat, outputs
from ..shared import public_names as names
from ..shared.i18n import QT_TRANSLATE_NOOP, translate
from ..shared.paths import user_sample_gpkg
from . import layer_roles

CLASSIFY = names.CLASSIFY_SITES_ID
ZONES = names.IMPACT_ZONES_ID
TRACE = names.DOWNSTREAM_TRACE_ID
PRESSURE = names.PA_PRESSURE_ID
DOSSIERS = names.SITE_DOSSIERS_ID
EXPORT = names.EXPORT_ASSESSMENTS_ID
MINING = names.MINING_OVER_TIME_ID
AREA_REPORTS = names.AREA_REPORTS_ID

# What the dock keeps in the project: the assessment workspace and the site layer it shows.
PROJECT_SCOPE = "asm_pace"
PROJECT_WORKSPACE_KEY = "workspace"
PROJECT_SITE_LAYER_KEY = "site_layer"
# The officer chose to keep the outputs of this (unsaved) project temporary: not asked again.
PROJECT_KEEP_TEMPORARY_KEY = "keep_temporary_outputs"

# Inputs of each step filled from the sample data when it is in the project: parameter ->
# sample layers (a list for a multiple-layer input).
SAMPLE_INPUTS = {
    CLASSIFY: {
        names.SITES: "sites",
        names.PROTECTED_AREAS: ["protected_areas", "protected_area_points"],
        names.LANDSCAPES: ["landscapes"],
        names.ECOREGIONS: ["ecoregions"],
        names.AZE_SITES: ["aze_sites"],
    },
    TRACE: {names.RIVERS: "rivers"},
    PRESSURE: {names.PROTECTED_AREAS: ["protected_areas", "protected_area_points"]},
    DOSSIERS: {  # the maps' layers
        names.PROTECTED_AREAS: ["protected_areas", "protected_area_points"],
        names.LANDSCAPES: ["landscapes"],
        names.ECOREGIONS: ["ecoregions"],
    },
    MINING: {
        names.FOOTPRINTS: ["mining_footprints"],
        names.PROTECTED_AREAS: ["protected_areas", "protected_area_points"],
    },
    AREA_REPORTS: {names.PROTECTED_AREAS: ["protected_areas", "protected_area_points"]},
}

# How a role fills a parameter: the newest layer of the first role found, the newest layer of
# each role, or every layer of the roles.
NEWEST, NEWEST_OF_EACH, EVERY = "newest", "newest of each", "every"
# Inputs of each step filled from the project's layers: parameter -> (how, roles).
SITES_MADE = (NEWEST, (layer_roles.CLASSIFIED_SITES,))
PROJECT_INPUTS = {
    CLASSIFY: {
        names.PROTECTED_AREAS: (EVERY, (layer_roles.PROTECTED_AREAS,)),
        names.AZE_SITES: (EVERY, (layer_roles.AZE_SITES,)),
        names.LANDSCAPES: (EVERY, (layer_roles.LANDSCAPES,)),
        names.ECOREGIONS: (EVERY, (layer_roles.ECOREGIONS,)),
    },
    ZONES: {names.SITES: SITES_MADE},
    TRACE: {names.SITES: SITES_MADE, names.RIVERS: (NEWEST, (layer_roles.RIVERS,))},
    PRESSURE: {
        names.ZONES: (NEWEST_OF_EACH, (layer_roles.IMPACT_ZONES, layer_roles.CORRIDORS)),
        names.PROTECTED_AREAS: (EVERY, (layer_roles.PROTECTED_AREAS,)),
        names.SITES: SITES_MADE,
    },
    DOSSIERS: {
        names.SITES: SITES_MADE,
        names.PROTECTED_AREAS: (EVERY, (layer_roles.PROTECTED_AREAS, layer_roles.AZE_SITES)),
        names.LANDSCAPES: (EVERY, (layer_roles.LANDSCAPES,)),
        names.ECOREGIONS: (EVERY, (layer_roles.ECOREGIONS,)),
        names.IMPACT_ZONES_INPUT: (NEWEST, (layer_roles.IMPACT_ZONES,)),
        names.PRESSURE: (NEWEST, (layer_roles.SITE_PRESSURE,)),
        names.CORRIDORS_INPUT: (NEWEST, (layer_roles.CORRIDORS,)),
    },
    AREA_REPORTS: {  # the latest run of Mining over time
        names.MINING: (NEWEST, (layer_roles.MINING_PER_AREA,)),
        names.FOOTPRINT_TABLE: (NEWEST, (layer_roles.MINING_FOOTPRINTS,)),
        names.SITES: SITES_MADE,
        names.PROTECTED_AREAS: (EVERY, (layer_roles.PROTECTED_AREAS,)),
        names.PRESSURE: (NEWEST, (layer_roles.PA_PRESSURE,)),
    },
}
WORKSPACE_STEPS = (DOSSIERS, EXPORT, AREA_REPORTS)
# Steps whose sites must be classified (they read pa_ids): never preset with the sample's raw sites.
CLASSIFIED_SITES_ONLY = (AREA_REPORTS,)

# Where the outputs go once the project is saved, so that they outlive QGIS: the layers in a
# GeoPackage beside the project file (<project>_asm_pace.gpkg), a table per output (stored names,
# the same in every language), never over an earlier run's; the files beside the project too.
PROJECT_GEOPACKAGE_SUFFIX = "_asm_pace.gpkg"
LAYER_OUTPUTS = {  # parameter -> (table, has geometry)
    CLASSIFY: {names.OUTPUT: ("classified_sites", True), names.SUMMARY: ("pace_summary", False)},
    ZONES: {names.OUTPUT: ("impact_zones", True)},
    TRACE: {names.OUTPUT: ("downstream_traces", True), names.CORRIDOR: ("corridors", True)},
    PRESSURE: {names.OUTPUT: ("pa_pressure", True), names.SITE_TABLE: ("site_pressure", False)},
}
DOSSIER_WORD = QT_TRANSLATE_NOOP("FileNames", "dossier")
FILE_OUTPUTS = {  # parameter -> (the name's word, in the officer's language; suffix)
    DOSSIERS: {
        names.OUTPUT_PDF: (QT_TRANSLATE_NOOP("FileNames", "dossiers"), ".pdf"),
        names.OUTPUT_HTML: (QT_TRANSLATE_NOOP("FileNames", "dossiers"), ".html"),
    },
    EXPORT: {names.OUTPUT: (QT_TRANSLATE_NOOP("FileNames", "assessments"), ".xlsx")},
    AREA_REPORTS: {names.OUTPUT_FOLDER: (QT_TRANSLATE_NOOP("FileNames", "area_reports"), "")},
}


def settings_dir():
    from qgis.core import QgsApplication

    return QgsApplication.qgisSettingsDirPath()


def sample_layers(project):
    """{sample layer name: the project's layer} for the layers of the officer's sample copy in the project."""
    sample = str(user_sample_gpkg(settings_dir()))
    found = {}
    for layer in project.mapLayers().values():
        path, _bar, rest = layer.source().partition("|")
        if path and path == sample and rest.startswith("layername="):
            found.setdefault(rest[len("layername=") :].split("|")[0], layer)
    return found


def sample_presets(algorithm_id, project):
    """The inputs of a step preset to the sample data in the project (empty without the sample)."""
    layers = sample_layers(project)
    presets = {}
    for key, wanted in SAMPLE_INPUTS.get(algorithm_id, {}).items():
        if isinstance(wanted, list):
            chosen = [layers[name] for name in wanted if name in layers]
            if chosen:
                presets[key] = chosen
        elif wanted in layers:
            presets[key] = layers[wanted]
    return presets


def role_of(layer):
    """The layer_roles role of a project's layer (None for rasters and unknown layers)."""
    if not hasattr(layer, "fields"):
        return None
    geometry = compat.geometry_type_of(layer.wkbType())
    return layer_roles.layer_role(
        layer.name(),
        layer.fields().names(),
        geometry != compat.GEOMETRY_NULL,
        lines=geometry == compat.GEOMETRY_LINE,
    )


def layers_by_role(project):
    """{role: [layer, ...]} of the project's layers, newest output first (see the module)."""
    order = [node.layer() for node in project.layerTreeRoot().findLayers()]
    known = set(order)
    order += [layer for layer in project.mapLayers().values() if layer not in known]
    ranked = sorted(
        enumerate(order),
        key=lambda item: (-_made(item[1]), item[0]),
    )
    found = {}
    for _index, layer in ranked:
        if layer is None:
            continue
        role = role_of(layer)
        if role is not None:
            found.setdefault(role, []).append(layer)
    return found


def _made(layer):
    """When a run of the plugin made the layer, as a number that sorts (0: not stamped)."""
    from datetime import datetime

    stamp = layer.customProperty(layer_roles.MADE_PROPERTY, "") if layer is not None else ""
    try:
        return datetime.fromisoformat(str(stamp)).timestamp() if stamp else 0.0
    except ValueError:
        return 0.0


def _fill(how, roles, found):
    if how == NEWEST:
        return next((found[role][0] for role in roles if found.get(role)), None)
    if how == NEWEST_OF_EACH:
        return [found[role][0] for role in roles if found.get(role)] or None
    return [layer for role in roles for layer in found.get(role, [])] or None


def remembered_workspace(project):
    """The assessment workspace the dock keeps in the project, when its file exists; else None."""
    remembered = project.readEntry(PROJECT_SCOPE, PROJECT_WORKSPACE_KEY, "")[0]
    path = project.readPath(remembered) if remembered else ""
    return path if path and Path(path).exists() else None


def remembered_site_layer(project):
    """The classified-sites layer the dock shows, when the project still holds it."""
    remembered = project.readEntry(PROJECT_SCOPE, PROJECT_SITE_LAYER_KEY, "")[0]
    layer = project.mapLayer(remembered) if remembered else None
    return layer if layer is not None and role_of(layer) == layer_roles.CLASSIFIED_SITES else None


def step_presets(algorithm_id, project):
    """The inputs of a step's dialog: the sample's layers for what the sample gives, else the
    project's (the newest output of the step before), the dock's workspace and site layer."""
    presets = sample_presets(algorithm_id, project)
    found = layers_by_role(project)
    site_layer = remembered_site_layer(project)
    for key, (how, roles) in PROJECT_INPUTS.get(algorithm_id, {}).items():
        if key in presets:
            continue
        if (how, roles) == SITES_MADE and site_layer is not None:
            presets[key] = site_layer
            continue
        chosen = _fill(how, roles, found)
        if chosen is not None:
            presets[key] = chosen
    takes_raw_sites = algorithm_id not in CLASSIFIED_SITES_ONLY
    if names.SITES in PROJECT_INPUTS.get(algorithm_id, {}) and names.SITES not in presets and takes_raw_sites:
        # No classification yet: the sample's sites, never an output of a later step.
        sample_sites = sample_layers(project).get("sites")
        if sample_sites is not None:
            presets[names.SITES] = sample_sites
    if algorithm_id in WORKSPACE_STEPS:
        workspace = remembered_workspace(project)
        if workspace:
            presets[names.WORKSPACE] = workspace
    presets.update(output_presets(algorithm_id, project))
    return presets


def file_word(word):
    """A word of a file name in the officer's language, without characters a file name refuses."""
    text = translate("FileNames", word).strip()
    return "".join("_" if character in ' /\\:*?"<>|' else character for character in text)


def dossier_file_stem(workspace_path, site_key):
    """Where the dock writes one site's dossier: beside the workspace, named by the workspace, the
    word dossier in the officer's language and the site key (evaluacion_expediente_S05)."""
    key = "".join(character if character.isalnum() or character in "-_" else "_" for character in site_key)
    path = Path(workspace_path)
    return path.parent / f"{path.stem}_{file_word(DOSSIER_WORD)}_{key}"


def temporary_layer_outputs(algorithm_id, parameters, project):
    """The step's layer outputs that would be temporary layers, lost when QGIS closes, because the
    project was never saved (none once it is, or once the officer chose to keep them temporary).
    parameters: a dialog's (output definitions) or plain values."""
    from qgis.core import QgsProcessing

    if project.fileName() or project.readBoolEntry(PROJECT_SCOPE, PROJECT_KEEP_TEMPORARY_KEY, False)[0]:
        return []
    temporary = []
    for key in LAYER_OUTPUTS.get(algorithm_id, {}):
        value = parameters.get(key)
        sink = getattr(value, "sink", None)
        destination = str(sink.staticValue() if sink is not None else value or "")
        if destination == QgsProcessing.TEMPORARY_OUTPUT or destination.startswith("memory:"):
            temporary.append(key)
    return temporary


def output_presets(algorithm_id, project):
    """The step's outputs beside the saved project (see LAYER_OUTPUTS); empty for a project never
    saved, whose outputs stay temporary layers as Processing makes them."""
    from qgis.core import QgsDataSourceUri

    if not project.fileName():
        return {}
    project_file = Path(project.fileName())
    folder = project_file.parent
    presets = {}
    geopackage = folder / f"{project_file.stem}{PROJECT_GEOPACKAGE_SUFFIX}"
    taken = outputs.geopackage_tables(geopackage)
    for key, (table, has_geometry) in LAYER_OUTPUTS.get(algorithm_id, {}).items():
        name = outputs.free_name(table, taken)
        taken.add(name)
        uri = QgsDataSourceUri()
        uri.setDatabase(str(geopackage))
        uri.setDataSource("", name, "geom" if has_geometry else "")
        presets[key] = f"ogr:{uri.uri()}"
    files = FILE_OUTPUTS.get(algorithm_id, {})
    if files:
        stems = {f"{project_file.stem}_{file_word(word)}" for word, _suffix in files.values()}
        taken = {path.stem for path in folder.iterdir()} if folder.is_dir() else set()
        free = {stem: outputs.free_name(stem, taken) for stem in stems}  # .pdf and .html share theirs
        for key, (word, suffix) in files.items():
            presets[key] = str(folder / f"{free[f'{project_file.stem}_{file_word(word)}']}{suffix}")
    return presets
