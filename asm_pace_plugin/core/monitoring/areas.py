"""Area layers other than protected areas (indigenous territories, buffer zones, districts): read
by the loader of every reference layer (core/screening/layer_loader.load_layer), each polygon under
its name and id. Protected areas are read as the classification reads them."""

from functools import partial

from ..screening.layer_loader import LayerReading, layer_display_name
from ..screening.layer_reading import ProtectedArea, read_reference_layer
from ..shared.errors import InputError, MissingFieldError
from ..shared.i18n import QT_TRANSLATE_NOOP, translate
from ..shared.input_fields import FIELD_CANDIDATES, as_text, find_field

# The kind of the other area layers, as the log names them (translated there).
OTHER_AREAS_KIND = QT_TRANSLATE_NOOP("ReferenceLayers", "areas")


def area_reading(layer_name, source, name_field="", id_field=""):
    """The LayerReading of an area layer: its name and id from the fields given, else from the
    usual names (FIELD_CANDIDATES['areas']); parcels sharing an id are one area. InputError when
    a field given is missing or the layer has no name field at all."""
    names = source.fields().names()
    candidates = FIELD_CANDIDATES["areas"]
    try:
        roles = {
            "name": find_field(names, name_field, candidates["name"]),
            "id": find_field(names, id_field, candidates["id"]),
            "type": find_field(names, None, candidates["type"]),
        }
    except MissingFieldError as error:
        raise InputError(
            translate("Monitoring", "The area layer '{layer}': {error}.").format(
                layer=layer_name, error=error
            )
        ) from None
    if not roles["name"]:
        raise InputError(
            translate(
                "Monitoring",
                "The area layer '{layer}' has no name field (name, NOM, NOMBRE, NOME...); its fields are: "
                "{fields}. Give its name field.",
            ).format(layer=layer_name, fields=", ".join(names))
        )

    def record(values, feature_id):
        name = as_text(values.get("name"))
        return ProtectedArea(
            layer=layer_name,
            wdpa_id=as_text(values.get("id")) or name or f"{layer_name}#{feature_id}",
            name=name or f"{layer_name} #{feature_id}",
            designation=as_text(values.get("type")),
            level="",
            international="",
            iucn="",
        )

    return LayerReading(QT_TRANSLATE_NOOP("References", "area"), roles, lambda _values: None, record)


def load_other_areas(areas, layers, context, feedback, name_field="", id_field="", taken=()):
    """Read the other area layers (QgsMapLayer) into areas (a ReferenceSet) through layer_reading's
    steps, each polygon under its name and id; returns their names. InputError for an empty layer
    or a name already among `taken` (the protected areas' layers) or the others."""
    names = []
    reading_for = partial(area_reading, name_field=name_field, id_field=id_field)
    for layer in layers:
        if feedback.isCanceled():
            break
        name = layer_display_name(layer)
        if name in taken or name in names:
            raise InputError(
                translate("Monitoring", "Two area layers are both named '{}': rename one.").format(name)
            )
        read_reference_layer(areas, layer, OTHER_AREAS_KIND, reading_for, context, True, feedback)
        names.append(name)
    return names
