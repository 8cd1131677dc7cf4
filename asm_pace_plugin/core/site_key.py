"""The site key: the one field that names a site through the whole chain.

Classification, impact zones, downstream trace, pressure, dossiers and exports must all
call a site by the same name, or their outputs stop meeting ("S02" in one, "2" in another).
Each finds the key the same way: the first usual key field whose values are all set and
all different, else the feature id.
"""

from .fields import find_field
from .pace import as_text

# Usual names of a site key, in the order they are preferred (matched case-insensitively).
SITE_KEY_CANDIDATES = ("site_code", "site_id", "code", "site_key", "id")
FEATURE_ID = ""  # the key when no field qualifies: the feature id


def detect_site_key(field_names, identifies):
    """The layer's spelling of the first candidate field that identifies every site, or
    FEATURE_ID. identifies(name) tells whether a field does (see distinct_values_identify).
    """
    remaining = list(field_names)
    while True:
        name = find_field(remaining, None, SITE_KEY_CANDIDATES)
        if name is None:
            return FEATURE_ID
        if identifies(name):
            return name
        remaining.remove(name)


def distinct_values_identify(distinct_values, feature_count):
    """True when a field's distinct values (as a layer gives them) name each of feature_count
    features once: none empty, and as many as the features."""
    texts = {as_text(value) for value in distinct_values}
    return feature_count > 0 and "" not in texts and len(texts) == len(distinct_values) == feature_count


def keys_meet(site_keys, keyed_keys):
    """(sites with at least one keyed row, number of sites) for two collections of keys."""
    sites = {as_text(key) for key in site_keys if as_text(key)}
    keyed = {as_text(key) for key in keyed_keys if as_text(key)}
    return len(sites & keyed), len(sites)


def source_site_key(source):
    """The key field of a site layer or feature source (anything with fields, featureCount and
    uniqueValues), or FEATURE_ID: what classification, the later algorithms and the dock use."""
    fields = source.fields()
    count = source.featureCount()
    return detect_site_key(
        fields.names(),
        lambda name: distinct_values_identify(source.uniqueValues(fields.indexOf(name)), count),
    )


def key_problems(keys):
    """(number of empty keys, sorted keys used by more than one site) of the sites' keys."""
    texts = [as_text(key) for key in keys]
    seen, repeated = set(), set()
    for text in filter(None, texts):
        (repeated if text in seen else seen).add(text)
    return texts.count(""), sorted(repeated)
