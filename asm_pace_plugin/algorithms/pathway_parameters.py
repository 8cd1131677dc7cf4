"""The impact pathways' parameters of "Impact zones", and reading them back.

Each pathway of the shipped catalogue has its own distance (HUNTING_M), per-site distance field
(HUNTING_DISTANCE_FIELD) and on/off field (HUNTING_SWITCH_FIELD); PATHWAYS is the list to tick.
Saved models and command lines of earlier versions give names (PATHWAYS=footprint,hunting) and
pathway=field texts (DISTANCE_FIELDS, SWITCH_FIELDS, hidden): both are still taken.
Texts keep the context of the algorithm, ImpactZonesAlgorithm, where they are shown.
"""

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.impacts import pathway_choice, pathways
from ..core.shared import compat
from ..core.shared.errors import InputError
from ..core.shared.i18n import translate
from .common import metres_text

PATHWAYS = "PATHWAYS"
DISTANCES = "DISTANCES"
DISTANCE_FIELDS = "DISTANCE_FIELDS"
SWITCH_FIELDS = "SWITCH_FIELDS"
DEFAULT_PATHWAYS = "footprint,offsite_deforestation,hunting,landscape_deforestation"


def shipped_pathways():
    """The zone pathways of the shipped catalogue, offered in the dialog; none when the file is
    broken: the provider loads all the same, and a run says what is wrong with the catalogue."""
    try:
        return pathways.zone_pathways(pathways.load_catalogue())
    except InputError:
        return []


def pathway_option(pathway):
    """A pathway as the list shows it: its name and default distance."""
    if pathway.distance_m is None:
        return translate("ImpactZonesAlgorithm", "{} (no default distance: give one)").format(pathway.label)
    return translate("ImpactZonesAlgorithm", "{} ({} km)").format(
        pathway.label, f"{pathway.distance_m / 1000:g}"
    )


def _advanced(parameter):
    parameter.setFlags(parameter.flags() | compat.FLAG_ADVANCED)
    return parameter


def _distance_parameter(pathway):
    """A pathway's distance in metres, its default and where that comes from in its help."""
    distance = QgsProcessingParameterNumber(
        pathway_choice.distance_parameter_name(pathway.name),
        translate("ImpactZonesAlgorithm", "{}: distance (metres)").format(pathway.label),
        compat.NUMBER_INTEGER,
        defaultValue=None if pathway.distance_m is None else int(pathway.distance_m),
        optional=True,
        minValue=1,
    )
    default = (
        translate("ImpactZonesAlgorithm", "none")
        if pathway.distance_m is None
        else metres_text(pathway.distance_m)
    )
    distance.setHelp(
        translate("ImpactZonesAlgorithm", "Metres on the ellipsoid. Default: {} ({}).").format(
            default, pathways.cited_source(pathway.source)
        )
    )
    return distance


def add_pathway_parameters(algorithm, sites_key):
    """The list of pathways, each pathway's distance, the other distances, each pathway's
    per-site fields of the sites (parameter sites_key) under Advanced, and the hidden texts."""
    shipped = shipped_pathways()
    algorithm.addParameter(
        QgsProcessingParameterEnum(
            PATHWAYS,
            translate("ImpactZonesAlgorithm", "Impact pathways"),
            options=[pathway_option(pathway) for pathway in shipped],
            allowMultiple=True,
            # Without shipped pathways (a broken catalogue file), the run says what is wrong.
            optional=not shipped,
            defaultValue=[
                index for index, pathway in enumerate(shipped) if pathway.name in DEFAULT_PATHWAYS.split(",")
            ],
        )
    )
    for pathway in shipped:
        algorithm.addParameter(_distance_parameter(pathway))
    algorithm.addParameter(
        _advanced(
            QgsProcessingParameterString(
                DISTANCES,
                translate(
                    "ImpactZonesAlgorithm",
                    "Other distances in metres (pathway=metres, e.g. charcoal_timber=5000)",
                ),
                optional=True,
            )
        )
    )
    site_fields = (
        (
            pathway_choice.distance_field_parameter_name,
            translate("ImpactZonesAlgorithm", "{}: distance per site (metres)"),
            translate("ImpactZonesAlgorithm", "A numeric field of the sites with each site's distance in "
                      "metres; where it is empty, the distance above is used."),
            compat.FIELD_PARAMETER_NUMERIC,
        ),
        (
            pathway_choice.switch_field_parameter_name,
            translate("ImpactZonesAlgorithm", "{}: drawn only where this field says yes"),
            translate("ImpactZonesAlgorithm", "A field of the sites that turns the pathway on (1, true, "
                      "yes, oui) or off (0, false, no, non) site by site."),
            None,
        ),
    )  # fmt: skip
    for parameter_name, label, help_text, data_type in site_fields:
        for pathway in shipped:
            field = QgsProcessingParameterField(
                parameter_name(pathway.name),
                label.format(pathway.label),
                parentLayerParameterName=sites_key,
                optional=True,
            )
            if data_type is not None:
                field.setDataType(data_type)
            field.setHelp(help_text)
            algorithm.addParameter(_advanced(field))
    for key in (DISTANCE_FIELDS, SWITCH_FIELDS):
        legacy = QgsProcessingParameterString(key, key, optional=True)
        legacy.setFlags(legacy.flags() | compat.FLAG_HIDDEN)
        algorithm.addParameter(legacy)


def names_given(parameters):
    """True when PATHWAYS holds names (footprint,hunting), not positions in the list."""
    value = parameters.get(PATHWAYS)
    return isinstance(value, str) and any(character.isalpha() for character in value)


def pathway_names(algorithm, parameters, context, shipped):
    """The chosen pathways' names: ticked in the list of the shipped pathways, or as typed
    (footprint,hunting: saved models and command lines of earlier versions, and pathways of an
    edited catalogue)."""
    if names_given(parameters):
        return pathway_choice.parse_names(parameters[PATHWAYS])
    indices = algorithm.parameterAsEnums(parameters, PATHWAYS, context)
    return [shipped[index].name for index in indices if 0 <= index < len(shipped)]


def distances(algorithm, parameters, context, shipped):
    """{pathway: metres}: the other distances as typed (DISTANCES), and each shipped pathway's
    distance where it was changed from its default (a number)."""
    named = pathway_choice.parse_assignments(
        algorithm.parameterAsString(parameters, DISTANCES, context),
        translate("ImpactZonesAlgorithm", "Other distances"),
    )
    for pathway in shipped:
        key = pathway_choice.distance_parameter_name(pathway.name)
        if parameters.get(key) in (None, ""):
            continue
        metres = algorithm.parameterAsDouble(parameters, key, context)
        if pathway.name not in named and metres != pathway.distance_m:
            named[pathway.name] = metres
    return named


def site_fields(algorithm, parameters, context, shipped):
    """({pathway: per-site distance field}, {pathway: on/off field}): the fields picked for
    each shipped pathway, over the pathway=field texts of models and command lines of earlier versions."""
    distance_fields, switch_fields = pathway_choice.parse_field_assignments(
        algorithm.parameterAsString(parameters, DISTANCE_FIELDS, context),
        algorithm.parameterAsString(parameters, SWITCH_FIELDS, context),
    )
    for pathway in shipped:
        for assigned, key in (
            (distance_fields, pathway_choice.distance_field_parameter_name(pathway.name)),
            (switch_fields, pathway_choice.switch_field_parameter_name(pathway.name)),
        ):
            picked = algorithm.parameterAsString(parameters, key, context).strip()
            if picked:
                assigned[pathway.name] = picked
    return distance_fields, switch_fields
