"""Output tables described once: (name, type, meaning) per field, and rows built by name.

A row is made from keyword values by field name, so adding or moving a field cannot shift
the others: a name the table does not have, or a field left without a value, is an error.
"""

from qgis.core import QgsFeature, QgsField, QgsFields

from . import compat
from .i18n import QT_TRANSLATE_NOOP, translate

# Fields that several outputs have, defined once so that each keeps one meaning everywhere.
SITE_ID = (
    "site_id",
    compat.FIELD_STRING,
    QT_TRANSLATE_NOOP("OutputFields", "site: value of the site id field, or its feature id"),
)
# Two layers may use the same ids (a WDPA and a national layer): the layer tells their rows apart.
PA_LAYER = (
    "pa_layer",
    compat.FIELD_STRING,
    QT_TRANSLATE_NOOP("OutputFields", "layer the protected area was read from"),
)
PA_NAME = ("pa_name", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "name of the protected area"))
PA_DESIGNATION = ("pa_desig", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "designation"))
IUCN_CATEGORY = ("iucn_cat", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "IUCN category"))
PATHWAY = ("pathway", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "impact pathway"))


# Hectares are written to 4 decimals (1 m²).
HECTARE_DECIMALS = 4


def rounded(value, digits=HECTARE_DECIMALS):
    """A figure rounded as the outputs write it; None (NULL) stays None."""
    return None if value is None else round(value, digits)


def hectares(square_metres):
    """Square metres as the hectares the outputs write (rounded to HECTARE_DECIMALS); None stays None."""
    return None if square_metres is None else rounded(square_metres / 10_000)


def make_fields(definitions):
    """QgsFields of (name, type, meaning) definitions; the meaning, translated, becomes the field comment."""
    result = QgsFields()
    for name, field_type, meaning in definitions:
        qgs_field = QgsField(name, field_type)
        qgs_field.setComment(translate("OutputFields", meaning))
        result.append(qgs_field)
    return result


def make_row(definitions, **values):
    """The attribute list of one row, in the definitions' order, from values by field name.
    ValueError for a name the definitions lack or a field without a value (give None for NULL)."""
    names = [name for name, _type, _meaning in definitions]
    unknown = sorted(set(values) - set(names))
    missing = [name for name in names if name not in values]
    if unknown or missing:
        raise ValueError(f"row of ({', '.join(names)}): unknown {unknown}, missing {missing}")
    return [values[name] for name in names]


def make_feature(fields, geometry, attributes):
    """A feature of these fields with the geometry (made multi-part, as the outputs declare)."""
    feature = QgsFeature(fields)
    geometry.convertToMultiType()
    feature.setGeometry(geometry)
    feature.setAttributes(attributes)
    return feature
