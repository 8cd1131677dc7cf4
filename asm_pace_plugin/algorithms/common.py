"""Helpers shared by the algorithms: site checks, geometry repair, WGS 84 transforms."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from ..core.assessment import layer_roles
from ..core.screening import pace, wdpa
from ..core.screening.layer_reading import read_protected_areas
from ..core.shared import compat, i18n
from ..core.shared import public_names as names
from ..core.shared.i18n import QT_TRANSLATE_NOOP, translate
from ..core.shared.site_key import FEATURE_ID, key_problems, source_site_key
from ..core.shared.sites import site_features
from .layer_inputs import with_wdpa_points

LANGUAGE = "LANGUAGE"
KEEP_STATUSES = "KEEP_STATUSES"
PA_FIELD_PARAMETERS = (
    (
        "PA_NAME_FIELD",
        "name",
        QT_TRANSLATE_NOOP("AsmPaceAlgorithm", "Protected-area name field"),
        QT_TRANSLATE_NOOP(
            "AsmPaceAlgorithm",
            "Field holding the protected-area name, e.g. NOM_AP. Empty: WDPA's NAME (or a usual name field).",
        ),
    ),
    (
        "PA_ID_FIELD",
        "site_id",
        QT_TRANSLATE_NOOP("AsmPaceAlgorithm", "Protected-area id field"),
        QT_TRANSLATE_NOOP(
            "AsmPaceAlgorithm",
            "Field holding an id. Empty: WDPAID (classic WDPA) or SITE_ID (November 2025 WDPA).",
        ),
    ),
    (
        "PA_DESIGNATION_FIELD",
        "designation",
        QT_TRANSLATE_NOOP("AsmPaceAlgorithm", "Designation field"),
        QT_TRANSLATE_NOOP(
            "AsmPaceAlgorithm",
            "Field holding the designation (national park, Ramsar site...), e.g. TYPE_AP. Empty: DESIG_ENG.",
        ),
    ),
    (
        "PA_IUCN_FIELD",
        "iucn",
        QT_TRANSLATE_NOOP("AsmPaceAlgorithm", "IUCN category field"),
        QT_TRANSLATE_NOOP(
            "AsmPaceAlgorithm", "Field holding the IUCN management category (Ia ... VI). Empty: IUCN_CAT."
        ),
    ),
    (
        "PA_STATUS_FIELD",
        "status",
        QT_TRANSLATE_NOOP("AsmPaceAlgorithm", "Status field"),
        QT_TRANSLATE_NOOP(
            "AsmPaceAlgorithm",
            "Field holding the legal status (Designated, Proposed...). Empty: STATUS. Layers without a "
            "status field are not filtered by status.",
        ),
    ),
)


def check_site_source(source, what):
    """QgsProcessingException when a site layer has no geometry, no feature or no CRS."""
    if compat.geometry_type_of(source.wkbType()) == compat.GEOMETRY_NULL:
        raise QgsProcessingException(
            translate(
                "AsmPaceAlgorithm",
                "{} has no geometry (it is a table). Choose a point, line or polygon layer, or make "
                "points from its coordinates first (Create points layer from table).",
            ).format(what)
        )
    if source.featureCount() == 0:
        raise QgsProcessingException(
            translate("AsmPaceAlgorithm", "{} is empty: add sites or choose another layer.").format(what)
        )
    if not source.sourceCrs().isValid():
        raise QgsProcessingException(
            translate(
                "AsmPaceAlgorithm", "{} has no valid CRS. Set it in Layer Properties > Source and run again."
            ).format(what)
        )


# What each output of a later step is, for the sentence that refuses it as sites.
IMPACT_OUTPUT_WORDS = {
    layer_roles.IMPACT_ZONES: QT_TRANSLATE_NOOP("AsmPaceAlgorithm", "impact zones (made by Impact zones)"),
    layer_roles.TRACES: QT_TRANSLATE_NOOP("AsmPaceAlgorithm", "downstream traces (made by Downstream trace)"),
    layer_roles.CORRIDORS: QT_TRANSLATE_NOOP(
        "AsmPaceAlgorithm", "mercury and sediment corridors (made by Downstream trace)"
    ),
    layer_roles.PA_PRESSURE: QT_TRANSLATE_NOOP(
        "AsmPaceAlgorithm", "pressure on protected areas (made by Pressure on protected areas)"
    ),
    layer_roles.SITE_PRESSURE: QT_TRANSLATE_NOOP(
        "AsmPaceAlgorithm", "the protected areas reached by each site (made by Pressure on protected areas)"
    ),
}


def check_sites(source):
    """check_site_source for the site layer, which must not be an output of a later step of the
    plugin (the zones, traces, corridors or pressure, recognised by their fields)."""
    check_site_source(source, translate("AsmPaceAlgorithm", "The site layer"))
    geometry = compat.geometry_type_of(source.wkbType())
    role = layer_roles.layer_role(
        source.sourceName(), source.fields().names(), True, lines=geometry == compat.GEOMETRY_LINE
    )
    if role in IMPACT_OUTPUT_WORDS:
        raise QgsProcessingException(
            translate(
                "AsmPaceAlgorithm",
                "The site layer '{layer}' holds {what}, not mining sites. Choose the classified sites "
                "(the output of Classify sites) or your own site layer.",
            ).format(layer=source.sourceName(), what=translate("AsmPaceAlgorithm", IMPACT_OUTPUT_WORDS[role]))
        )


def add_site_parameters(algorithm, sites_key, id_field_key, sites_description=None):
    """The site layer parameter and its optional key field, shared by the site algorithms."""
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(
            sites_key,
            sites_description or translate("AsmPaceAlgorithm", "Mining sites"),
            [compat.SOURCE_ANY_GEOMETRY],
        )
    )
    algorithm.addParameter(site_key_parameter(id_field_key, sites_key))


def site_key_parameter(key, sites_key):
    """The optional field picker of a site layer's key; empty: found as the classification finds it."""
    parameter = QgsProcessingParameterField(
        key,
        translate(
            "AsmPaceAlgorithm",
            "Site key field (empty: the one the classification finds: site_code, site_id, code...)",
        ),
        parentLayerParameterName=sites_key,
        optional=True,
    )
    parameter.setHelp(
        translate(
            "AsmPaceAlgorithm",
            "The field that names each site. Leave it empty to use the key the classification found "
            "(the first of site_code, site_id, code, site_key, id whose values are all set and all "
            "different, else the feature id), so that zones, traces, pressure and dossiers match.",
        )
    )
    return parameter


def chosen_site_key(algorithm, parameters, key, context, source, feedback):
    """The site key field chosen in parameter key, else the detected one (logged); FEATURE_ID
    for the feature id. QgsProcessingException when the chosen field is not in the layer."""
    chosen = algorithm.parameterAsString(parameters, key, context).strip()
    if chosen:
        names = source.fields().names()
        found = {name.lower(): name for name in names}.get(chosen.lower())
        if found is None:
            raise QgsProcessingException(
                translate(
                    "AsmPaceAlgorithm",
                    "The site layer has no field '{}'; its fields are: {}. Choose its site key field, or "
                    "leave it empty.",
                ).format(chosen, ", ".join(names))
            )
        return found
    detected = source_site_key(source)
    feedback.pushInfo(
        translate("AsmPaceAlgorithm", "Sites are named by {} (the site key).").format(describe_key(detected))
    )
    return detected


# Named, not imported: algorithms never import the GUI, and qgis_process never loads it.
INTEGER_WIDGET = f"{__name__.split('.')[0]}.ui.number_widget.IntegerWidgetWrapper"


def readable_integer(parameter):
    """An integer parameter whose dialogs write its value as a person types it (50 000, in the
    user's locale): the Processing dialogs, the batch dialog and the Modeler build its widget
    from this metadata. Returns the parameter."""
    if parameter.dataType() != compat.NUMBER_INTEGER:
        raise ValueError(f"{parameter.name()} is not an integer parameter")
    parameter.setMetadata({**parameter.metadata(), "widget_wrapper": {"class": INTEGER_WIDGET}})
    return parameter


def metres_text(metres):
    """A distance as a person writes it in their language: 10,000 or 10 000, no decimals."""
    return i18n.number(metres)  # in the plugin's language, as everything else the user reads


def describe_key(key_field):
    """A key field as a person reads it: its name, or "the feature id"."""
    return key_field or translate("AsmPaceAlgorithm", "the feature id")


def site_key_value(feature, key_field):
    """The site's key as text: the key field's value (None where it is NULL or empty: it stays
    NULL in the outputs, never the text 'NULL'), or the feature id."""
    if key_field == FEATURE_ID:
        return str(feature.id())
    return pace.as_text(feature[key_field]) or None


def keyed_sites(sites, key_field, context, feedback, counts, progress=None, keys=None):
    """(feature, geometry in EPSG:4326, key) of each usable site (core/shared/sites.site_features);
    the keys read are appended to keys (a list) when given. Once every site was read, or the run
    cancelled, sites without a key and keys that several sites share are warned about."""
    keys = [] if keys is None else keys
    for feature, geometry in site_features(sites, context, feedback, counts, progress):
        key = site_key_value(feature, key_field)
        keys.append(key)
        yield feature, geometry, key
    warn_about_site_keys(feedback, keys, key_field)


def warn_about_site_keys(feedback, keys, key_field, one_per_key=False):
    """Warn, with counts, about sites without a key and keys that several sites share.
    one_per_key: the algorithm makes one output per key (dossiers), not one per site."""
    empty, repeated = key_problems(keys)
    if empty:
        sentence = (
            translate("AsmPaceAlgorithm", "{} site(s) have no {}: they are left out.")
            if one_per_key
            else translate("AsmPaceAlgorithm", "{} site(s) have no {}: their rows have an empty site id.")
        )
        feedback.pushWarning(sentence.format(empty, describe_key(key_field)))
    if repeated:
        sentence = (
            translate(
                "AsmPaceAlgorithm",
                "{} {} value(s) are used by several sites, of which only the first is written: {}.",
            )
            if one_per_key
            else translate(
                "AsmPaceAlgorithm",
                "{} {} value(s) are used by several sites, which are still counted apart: {}.",
            )
        )
        feedback.pushWarning(
            sentence.format(len(repeated), describe_key(key_field), ", ".join(repeated[:10]))
            + " "
            + translate("AsmPaceAlgorithm", "Give each site its own key: later steps match sites by it.")
        )


# The WDPA cleaning rules (besides the statuses kept): (key, description), all on by default.
CLEANING_PARAMETERS = (
    ("EXCLUDE_MAB", QT_TRANSLATE_NOOP("AsmPaceAlgorithm", "Leave out UNESCO-MAB Biosphere Reserves")),
    (
        "POINT_PAS_AS_CIRCLES",
        QT_TRANSLATE_NOOP(
            "AsmPaceAlgorithm", "Use protected-area points as circles of their reported area (REP_AREA)"
        ),
    ),
    (
        "REPAIR_GEOMETRIES",
        QT_TRANSLATE_NOOP("AsmPaceAlgorithm", "Repair invalid geometries (otherwise leave them out)"),
    ),
)


# Named, not imported: the protected-area field settings pick from the fields of the layers given.
PA_FIELD_WIDGET = f"{__name__.split('.')[0]}.ui.layer_fields_widget.LayerFieldsWidgetWrapper"
KEEP_STATUS_LIST = "KEEP_STATUS_LIST"


def add_pa_field_parameters(algorithm, advanced=False, layers_key=names.PROTECTED_AREAS):
    """The protected-area field parameters, the statuses to keep and the cleaning rules: the
    same, with the same defaults, in classification and pressure, so both see the same areas.

    The field settings are texts (models and command lines give names), shown in the dialogs as
    lists of the fields of the layers given in `layers_key`; the statuses are ticked in a list
    (KEEP_STATUS_LIST), the comma-separated KEEP_STATUSES of earlier versions is still taken
    (hidden: when given, it wins)."""
    for key, _role, description, help_text in PA_FIELD_PARAMETERS:
        parameter = QgsProcessingParameterString(
            key, translate("AsmPaceAlgorithm", description), optional=True
        )
        parameter.setHelp(translate("AsmPaceAlgorithm", help_text))
        parameter.setMetadata({"widget_wrapper": {"class": PA_FIELD_WIDGET, "layers": layers_key}})
        if advanced:
            parameter.setFlags(parameter.flags() | compat.FLAG_ADVANCED)
        algorithm.addParameter(parameter)
    values = [value for value, _label in wdpa.STATUSES]
    statuses = QgsProcessingParameterEnum(
        KEEP_STATUS_LIST,
        translate("AsmPaceAlgorithm", "WDPA statuses to keep (none ticked: keep every status)"),
        options=[translate("Wdpa", label) for _value, label in wdpa.STATUSES],
        allowMultiple=True,
        defaultValue=[values.index(value) for value in wdpa.DEFAULT_KEPT_STATUSES],
        optional=True,
    )
    statuses.setHelp(
        translate(
            "AsmPaceAlgorithm",
            "Areas whose status (the STATUS field) is not ticked are left out, as Protected Planet does. "
            "Layers without a status field are not filtered by status.",
        )
    )
    algorithm.addParameter(statuses)
    legacy = QgsProcessingParameterString(
        KEEP_STATUSES,
        translate("AsmPaceAlgorithm", "Statuses to keep (comma-separated; empty keeps all)"),
        optional=True,
    )
    legacy.setFlags(legacy.flags() | compat.FLAG_HIDDEN)
    algorithm.addParameter(legacy)
    for key, description in CLEANING_PARAMETERS:
        parameter = QgsProcessingParameterBoolean(
            key, translate("AsmPaceAlgorithm", description), defaultValue=True
        )
        if advanced:
            parameter.setFlags(parameter.flags() | compat.FLAG_ADVANCED)
        algorithm.addParameter(parameter)


def kept_statuses(algorithm, parameters, context):
    """The WDPA statuses to keep: the comma-separated KEEP_STATUSES where given (earlier models
    and command lines; empty keeps all), else those ticked in KEEP_STATUS_LIST (none: all)."""
    if parameters.get(KEEP_STATUSES) is not None:
        return wdpa.parse_status_list(algorithm.parameterAsString(parameters, KEEP_STATUSES, context))
    ticked = algorithm.parameterAsEnums(parameters, KEEP_STATUS_LIST, context)
    return tuple(wdpa.STATUSES[index][0] for index in ticked if 0 <= index < len(wdpa.STATUSES))


def pa_field_choices(algorithm, parameters, context):
    """({role: field chosen}, wdpa.CleaningOptions) from the parameters add_pa_field_parameters made."""
    chosen = {
        role: algorithm.parameterAsString(parameters, key, context).strip()
        for key, role, _description, _help in PA_FIELD_PARAMETERS
    }
    exclude_mab, points_as_circles, repair = (
        algorithm.parameterAsBoolean(parameters, key, context) for key, _description in CLEANING_PARAMETERS
    )
    cleaning = wdpa.CleaningOptions(
        kept_statuses=kept_statuses(algorithm, parameters, context),
        exclude_mab=exclude_mab,
        points_as_circles=points_as_circles,
        repair_geometries=repair,
    )
    return chosen, cleaning


def load_protected_areas(algorithm, parameters, context, feedback, measure, progress, reference):
    """Read the layers of the PROTECTED_AREAS parameter into reference (a ReferenceSet), cleaned
    as the classification cleans them (add_pa_field_parameters' choices), through layer_reading's
    steps; progress(share) as they are read. Returns their names. InputError when a layer is empty
    or nothing is left."""
    # A WDPA file given whole is read with its points, as the classification reads it.
    layers = with_wdpa_points(
        algorithm.parameterAsLayerList(parameters, names.PROTECTED_AREAS, context), context, feedback
    )
    chosen, options = pa_field_choices(algorithm, parameters, context)
    reports = read_protected_areas(reference, layers, chosen, options, measure, context, feedback, progress)
    return [report.layer_name for report in reports]


def language_parameter(description):
    """The language a run writes for people in (dossier, export): QGIS's (the default) or one the
    plugin speaks, so that an officer working in English can prepare a French dossier. Takes the
    option's number (0 QGIS's, 1 en, 2 fr, 3 es, 4 pt: earlier models) or the code typed (fr)."""
    options = [
        translate("AsmPaceAlgorithm", "QGIS's language"),
        *(f"{name} ({code})" for code, name in i18n.LANGUAGES.items()),
    ]
    parameter = QgsProcessingParameterEnum(LANGUAGE, description, options=options, defaultValue=0)
    parameter.setHelp(
        translate(
            "AsmPaceAlgorithm",
            "A language code ({codes}), or empty for QGIS's language; or the option's number.",
        ).format(codes=", ".join(i18n.LANGUAGES))
    )
    return parameter


def language_code(value):
    """(known, code) of a LANGUAGE value typed as a code: (True, 'fr') for 'fr' or 'FR', (True,
    None) for '' (QGIS's language), (False, text) for another text; None for a number (an option)."""
    if not isinstance(value, str) or value.strip().lstrip("-").isdigit():
        return None
    code = value.strip().lower()
    if not code:
        return True, None
    return (True, code) if code in i18n.LANGUAGES else (False, value)


def language_problem(parameters):
    """A sentence for a LANGUAGE typed as a code the plugin does not speak, else None."""
    typed = language_code(parameters.get(LANGUAGE))
    if typed is None or typed[0]:
        return None
    return translate(
        "AsmPaceAlgorithm",
        "LANGUAGE: '{value}' is not a language of the plugin. Give one of {codes} (empty: QGIS's language), "
        "or the option's number (0: QGIS's language, 1 to {last}).",
    ).format(value=typed[1], codes=", ".join(i18n.LANGUAGES), last=len(i18n.LANGUAGES))


def as_option_number(parameters):
    """The parameters with a LANGUAGE typed as a code given as its option's number, for QGIS's checks."""
    typed = language_code(parameters.get(LANGUAGE))
    if typed is None or not typed[0]:
        return parameters
    return {**parameters, LANGUAGE: 0 if typed[1] is None else list(i18n.LANGUAGES).index(typed[1]) + 1}


def chosen_language(algorithm, parameters, context):
    """The language code chosen by language_parameter(); None for QGIS's."""
    typed = language_code(parameters.get(LANGUAGE))
    if typed is not None:
        return typed[1] if typed[0] else None
    index = algorithm.parameterAsEnum(parameters, LANGUAGE, context)
    return list(i18n.LANGUAGES)[index - 1] if 0 < index <= len(i18n.LANGUAGES) else None
