"""The parameters of the dock's Dossier… button: the chosen site's dossier, drawn with the
project's map layers and the impact outputs that hold the site (the newest first)."""

from qgis.core import QgsExpression, QgsFeatureRequest

from ..core.assessment import layer_roles
from ..core.assessment.presets import dossier_file_stem, layers_by_role
from ..core.shared import public_names as names
from ..core.shared.i18n import translate

# The impact outputs a dossier takes when they hold the site: role -> (parameter, key parameter).
KEYED_INPUTS = (
    (layer_roles.IMPACT_ZONES, names.IMPACT_ZONES_INPUT, names.ZONE_KEY_FIELD),
    (layer_roles.SITE_PRESSURE, names.PRESSURE, names.PRESSURE_KEY_FIELD),
    (layer_roles.CORRIDORS, names.CORRIDORS_INPUT, None),
)


def holds_key(layer, key_field, key):
    """Whether a feature of `layer` has `key` in `key_field` (read no further than the first)."""
    if layer.fields().indexOf(key_field) < 0:
        return False
    expression = f"{QgsExpression.quotedColumnRef(key_field)} = {QgsExpression.quotedValue(key)}"
    request = QgsFeatureRequest().setFilterExpression(expression).setLimit(1)
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry).setNoAttributes()
    return any(True for _feature in layer.getFeatures(request))


def dossier_parameters(project, workspace_path, site_key, site_layer, site_key_field):
    """(Site dossiers parameters for one site, a sentence when no zones of the project hold it)."""
    found = layers_by_role(project)  # the newest outputs first
    key_field = names.SITE_ID_FIELD
    beside = dossier_file_stem(workspace_path, site_key)
    parameters = {
        names.WORKSPACE: str(workspace_path),
        names.SITES: site_layer.id(),
        names.KEY_FIELD: site_key_field,
        names.SITE_KEYS: site_key,
        names.PROTECTED_AREAS: [
            layer.id()
            for role in (layer_roles.PROTECTED_AREAS, layer_roles.AZE_SITES)
            for layer in found.get(role, [])
        ],
        names.LANDSCAPES: [layer.id() for layer in found.get(layer_roles.LANDSCAPES, [])],
        names.ECOREGIONS: [layer.id() for layer in found.get(layer_roles.ECOREGIONS, [])],
        names.INCLUDE_SENSITIVE: False,
        names.OUTPUT_PDF: f"{beside}.pdf",
        names.OUTPUT_HTML: f"{beside}.html",
    }
    problem = ""
    for role, layer_parameter, key_parameter in KEYED_INPUTS:
        candidates = found.get(role, [])
        holding = [layer for layer in candidates if holds_key(layer, key_field, site_key)]
        if holding:
            parameters[layer_parameter] = holding[0].id()
            if key_parameter:
                parameters[key_parameter] = key_field
        elif candidates and role == layer_roles.IMPACT_ZONES:
            problem = translate(
                "AssessmentDock",
                "No impact-zones layer of this project holds site {key} under {field}: run "
                "“Impact zones” on these sites with the site key {site_field}, or choose the zones "
                "in the dialog.",
            ).format(key=site_key, field=key_field, site_field=site_key_field)
    return parameters, problem
