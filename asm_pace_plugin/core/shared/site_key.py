"""The site key: the one field that names a site through the whole chain.

Classification, impact zones, downstream trace, pressure, dossiers and exports must all
call a site by the same name, or their outputs stop meeting ("S02" in one, "2" in another).
Each finds the key the same way: the first usual key field whose values are all set and
all different, else the feature id.

A feature id does not survive a copy (a GeoPackage output numbers its features anew: a
Shapefile's 0, 1... become 1, 2...), so when the sites have no key field the classification
stores each site's feature id in a field of its own (STORED_KEY, or STORED_KEY_2 beside a
user's field of that name), and the later steps find that field as they find any key.
"""

import numpy as np
from qgis.core import QgsFeatureRequest

from . import compat
from .compat import iterate_features
from .i18n import QT_TRANSLATE_NOOP, translate
from .input_fields import FIELD_CANDIDATES, as_text, find_field, last_form, unique_name

FEATURE_ID = ""  # the key when no field qualifies: the feature id
# The field where the classification stores the feature id of sites that no field names.
STORED_KEY = "site_key"
STORED_KEY_MEANING = QT_TRANSLATE_NOOP(
    "OutputFields", "site key: the feature id of the site in the input layer, where no field named each site"
)


def stored_key_definition(field_names, max_length=None):
    """(name, type, meaning) of the classification's stored key among a layer's fields: named
    STORED_KEY, or STORED_KEY_2... where the layer has a field of that name (never overwritten)."""
    return unique_name(STORED_KEY, field_names, max_length), compat.FIELD_STRING, STORED_KEY_MEANING


def detect_site_key(field_names, identifies):
    """The layer's spelling of the first candidate field that identifies every site, then of
    the classification's stored key (STORED_KEY_2 beside a user's STORED_KEY), or FEATURE_ID.
    identifies(name) tells whether a field does (see values_identify).
    """
    remaining = list(field_names)
    while True:
        name = find_field(remaining, None, FIELD_CANDIDATES["sites"]["key"]) or last_form(
            remaining, STORED_KEY
        )
        if name is None:
            return FEATURE_ID
        if identifies(name):
            return name
        remaining.remove(name)


def values_identify(values, feature_count):
    """True when a field's values, one per feature (values() streams them, and may be called
    twice), name each of feature_count features once: none empty, none repeated.

    One 64-bit hash per feature is held, not the texts (a million keys would take some
    200 MB as a set); only the texts of hashes seen twice are compared, in a second pass.
    """
    if feature_count <= 0:
        return False
    hashes = np.empty(feature_count, dtype=np.int64)
    count = 0
    for value in values():
        text = as_text(value)
        if not text or count == feature_count:
            return False
        hashes[count] = hash(text)
        count += 1
    if count != feature_count:
        return False
    hashes.sort()
    shared = set(hashes[1:][hashes[1:] == hashes[:-1]].tolist())
    if not shared:
        return True
    texts = [text for text in map(as_text, values()) if hash(text) in shared]
    return len(set(texts)) == len(texts)


def keys_meet(site_keys, keyed_keys):
    """(sites with at least one keyed row, number of sites) for two collections of keys."""
    sites = {as_text(key) for key in site_keys if as_text(key)}
    keyed = {as_text(key) for key in keyed_keys if as_text(key)}
    return len(sites & keyed), len(sites)


def source_site_key(source):
    """The key field of a site layer or feature source, or FEATURE_ID: what classification,
    the later algorithms and the dock use. Reads each candidate field feature by feature."""
    fields = source.fields()
    count = source.featureCount()

    def identifies(name):
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes([fields.indexOf(name)])

        def values():
            return (feature[name] for feature in iterate_features(source, request))

        return values_identify(values, count)

    return detect_site_key(fields.names(), identifies)


def key_problems(keys):
    """(number of empty keys, sorted keys used by more than one site) of the sites' keys."""
    texts = [as_text(key) for key in keys]
    seen, repeated = set(), set()
    for text in filter(None, texts):
        (repeated if text in seen else seen).add(text)
    return texts.count(""), sorted(repeated)


def site_key_warning(keys, key_field):
    """A sentence about keys that cannot match sites to assessments one to one, else ""."""
    empty, repeated = key_problems(keys)
    problems = []
    if empty:
        problems.append(
            translate("Workspace", "%n site(s) have no {key_field} and are not listed", None, empty).format(
                key_field=key_field
            )
        )
    if repeated:
        shown = ", ".join(repeated[:5])
        problems.append(
            translate(
                "Workspace",
                "%n {key_field} value(s) are used by several sites, which share one assessment: {shown}",
                None,
                len(repeated),
            ).format(key_field=key_field, shown=shown)
        )
    return "; ".join(problems) + "." if problems else ""
