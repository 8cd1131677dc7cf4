"""Classification of one site against the reference sets, and the output schema.

Field names stay within 10 characters so that a Shapefile output keeps them whole.
"""

from collections import Counter
from operator import attrgetter

import numpy as np
from qgis.core import QgsGeometry

from ..shared import compat, geodesy, output_schema
from ..shared.i18n import QT_TRANSLATE_NOOP
from ..shared.sites import NOTE_NO_GEOMETRY, NOTE_OUT_OF_RANGE
from . import pace
from .reference_sets import NO_ITEM

# Site output fields, in order: (name, type, meaning). The README's field table follows this.
SITE_FIELDS = (
    (
        "pace_class",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP(
            "OutputFields",
            "PACE class: protected_area, priority_landscape, critical_ecosystem, "
            "not_eligible, or unclassified (no geometry)",
        ),
    ),
    (
        "pace_elig",
        compat.FIELD_BOOL,
        QT_TRANSLATE_NOOP("OutputFields", "true when the site is PACE (one of the three classes)"),
    ),
    (
        "pa_count",
        compat.FIELD_INT,
        QT_TRANSLATE_NOOP("OutputFields", "number of protected areas (incl. AZE sites) the site touches"),
    ),
    (
        "pa_names",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "names of those protected areas, '; '-separated"),
    ),
    (
        "pa_ids",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "their ids (WDPAID / SITE_ID or the chosen id field)"),
    ),
    (
        "pa_desigs",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "their designations (DESIG_ENG or the chosen field)"),
    ),
    (
        "pa_levels",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "their levels: international, regional, national, local"),
    ),
    (
        "intl_desig",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "international designations found: World Heritage, Ramsar, AZE"),
    ),
    (
        "iucn_cat",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "strictest IUCN category among them (Ia strictest)"),
    ),
    (
        "landscape",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "WWF priority landscape(s) the site touches"),
    ),
    (
        "g200_name",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "Global 200 ecoregion(s) the site touches"),
    ),
    (
        "g200_stat",
        compat.FIELD_INT,
        QT_TRANSLATE_NOOP(
            "OutputFields",
            "Global 200 status: 1 critical/endangered, 2 vulnerable, 3 stable/intact "
            "(most threatened when several)",
        ),
    ),
    (
        "near_pa",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP(
            "OutputFields",
            "for a site outside every protected area: the nearest one within the search radius",
        ),
    ),
    (
        "near_pa_m",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP(
            "OutputFields", "distance to it in metres on the ellipsoid (0 inside a protected area)"
        ),
    ),
    (
        "pa_share",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP(
            "OutputFields",
            "share (0-1) of a polygon site's area, or a line site's length, inside "
            "protected areas; empty for points",
        ),
    ),
    ("tested", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "which kinds of layers were tested")),
    (
        "not_tested",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "kinds of layers not supplied, so not tested"),
    ),
    (
        "site_note",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "'no geometry' or 'geometry repaired' where that applied"),
    ),
    (
        "data_ver",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "data version given by the user (e.g. WDPA Nov 2025)"),
    ),
)
SITE_FIELD_NAMES = tuple(name for name, _type, _meaning in SITE_FIELDS)
# Who gives the values of SITE_FIELDS: Matches.values (shared by the sites with the same
# matches), SiteResult.own_values (each site's own), and the run (the same for every site).
MATCH_FIELDS = SITE_FIELD_NAMES[: SITE_FIELD_NAMES.index("g200_stat") + 1]
OWN_FIELDS = ("near_pa", "near_pa_m", "pa_share", "site_note")
RUN_FIELDS = ("tested", "not_tested", "data_ver")

SUMMARY_FIELDS = (
    (
        "summary",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP(
            "OutputFields", "'class' rows count sites per PACE class; 'protected_area' rows per PA"
        ),
    ),
    ("pace_class", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "the PACE class (class rows)")),
    (
        "pa_layer",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "layer of the protected area (protected_area rows)"),
    ),
    ("pa_id", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "id of the protected area")),
    output_schema.PA_NAME,
    output_schema.PA_DESIGNATION,
    (
        "pa_level",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "level: international, regional, national, local"),
    ),
    output_schema.IUCN_CATEGORY,
    ("site_count", compat.FIELD_INT, QT_TRANSLATE_NOOP("OutputFields", "number of sites")),
)

# Matches.values of a site in no protected area (names ... IUCN) and no ecoregion.
NO_PROTECTED_AREA = (None,) * 6
NO_ECOREGION = (None, None)


class Matches:
    """What a site lies in: its PACE class and the protected areas, landscapes and
    ecoregions it touches. One object serves every site with the same matches, so its
    output values are worked out once."""

    __slots__ = ("_values", "ecoregions", "landscapes", "protected_areas", "site_class")

    def __init__(self, site_class, protected_areas=(), landscapes=(), ecoregions=()):
        self.site_class = site_class
        self.protected_areas = list(protected_areas)
        self.landscapes = list(landscapes)
        self.ecoregions = list(ecoregions)
        self._values = None

    def values(self):
        """Values of SITE_FIELDS pace_class .. g200_stat; nothing found is NULL, not an empty text."""
        if self._values is None:
            areas = self.protected_areas
            eligible = pace.is_eligible(self.site_class)
            values = [self.site_class, eligible, len(areas) if eligible is not None else None]
            if areas:
                values += [
                    pace.join_unique(pa.name for pa in areas),
                    pace.join_unique(pa.wdpa_id for pa in areas),
                    pace.join_unique(pa.designation for pa in areas),
                    pace.join_unique(pa.level for pa in areas),
                    pace.join_unique(pa.international for pa in areas),
                    pace.strictest_iucn(pa.iucn for pa in areas),
                ]
            else:
                values += NO_PROTECTED_AREA
            values.append(
                pace.join_unique(landscape.name for landscape in self.landscapes) if self.landscapes else None
            )
            if self.ecoregions:
                statuses = [eco.g200_status for eco in self.ecoregions if eco.g200_status]
                values += [
                    pace.join_unique(eco.g200_name for eco in self.ecoregions),
                    min(statuses) if statuses else None,
                ]
            else:
                values += NO_ECOREGION
            self._values = [None if value == "" else value for value in values]
        return self._values


UNCLASSIFIED_MATCHES = Matches(pace.UNCLASSIFIED)


class SiteResult:
    """The classification of one site: its Matches (possibly shared) and its own nearest
    protected area, share inside protected areas and note."""

    __slots__ = ("matches", "nearest", "nearest_m", "note", "pa_share")

    def __init__(self, matches, nearest=None, nearest_m=None, pa_share=None, note=""):
        self.matches = matches
        self.nearest = nearest  # ProtectedArea
        self.nearest_m = nearest_m
        self.pa_share = pa_share
        self.note = note

    # What the site lies in, from its Matches.
    site_class = property(attrgetter("matches.site_class"))
    protected_areas = property(attrgetter("matches.protected_areas"))
    landscapes = property(attrgetter("matches.landscapes"))
    ecoregions = property(attrgetter("matches.ecoregions"))

    def own_values(self):
        """Values of OWN_FIELDS: the nearest protected area and its distance, the share inside
        protected areas and the note; nothing found is NULL, not an empty text."""
        nearest_m, pa_share = self.nearest_m, self.pa_share
        return [
            (self.nearest.name or None) if self.nearest else None,
            None if nearest_m is None else round(nearest_m, 1),
            None if pa_share is None else round(pa_share, 4),
            self.note or None,
        ]

    def attributes(self, tested, not_tested, data_version):
        """Values of SITE_FIELDS, in order; nothing found is NULL, not an empty text."""
        near_pa, near_pa_m, pa_share, note = self.own_values()
        return [
            *self.matches.values(),
            *(near_pa, near_pa_m, pa_share),
            *(tested or None, not_tested or None, note, data_version or None),
        ]


class SiteClassifier:
    """Classifies site geometries (EPSG:4326) against the three reference sets.

    landscapes or ecoregions may be None: those layers were not supplied and are not tested.
    """

    def __init__(self, protected_areas, landscapes, ecoregions, measure, search_radius_m):
        self.protected_areas = protected_areas
        self.landscapes = landscapes
        self.ecoregions = ecoregions
        self.measure = measure
        self.search_radius_m = search_radius_m
        self._known_matches = {}  # (PA items, landscape items, ecoregion items): Matches

    def classify(self, geometry):
        result = self._result_without_nearest(geometry)
        if self._searches(result):
            found = self.protected_areas.nearest(geometry, self.search_radius_m, self.measure)
            if found:
                result.nearest = self.protected_areas.record(found[0])
                result.nearest_m = found[1]
        return result

    def classify_many(self, geometries):
        """classify for each geometry. Single points are tested a batch at a time
        (vectorised); other sites, and points the batch test leaves open, one by one."""
        located, longitudes, latitudes = _single_points(geometries)
        results = [None] * len(geometries)
        in_range = (np.abs(longitudes) <= 180) & (np.abs(latitudes) <= 90)
        if not in_range.all():
            for index in np.asarray(located)[~in_range].tolist():
                results[index] = SiteResult(UNCLASSIFIED_MATCHES, note=NOTE_OUT_OF_RANGE)
            located = np.asarray(located)[in_range].tolist()
            longitudes, latitudes = longitudes[in_range], latitudes[in_range]
        held = [self._point_items(reference, longitudes, latitudes) for reference in self._references()]
        # Each distinct combination of matches is worked out once.
        combinations, combination_of_point = np.unique(
            np.stack(held, axis=1).reshape(-1, 3), axis=0, return_inverse=True
        )
        hits_of_combination = [self._known_hits(codes) for codes in combinations.tolist()]
        point_matches = [None if None in hits else self._matches(*hits) for hits in hits_of_combination]
        for index, combination in zip(located, combination_of_point.reshape(-1).tolist()):
            matches = point_matches[combination]
            if matches is None:
                hits = hits_of_combination[combination]
                results[index] = self._result_without_nearest(geometries[index], hits)
            else:
                results[index] = SiteResult(matches, None, 0.0 if matches.protected_areas else None)
        for index, result in enumerate(results):
            if result is None:
                results[index] = self.classify(geometries[index])
        if self.search_radius_m > 0 and len(self.protected_areas):
            outside = np.array([results[index].nearest_m is None for index in located], dtype=bool)
            self._add_nearest_of_points(
                [results[index] for index in np.asarray(located)[outside].tolist()],
                longitudes[outside],
                latitudes[outside],
            )
        return results

    def _add_nearest_of_points(self, results, longitudes, latitudes):
        """Set the nearest protected area of point sites (in none), searched together."""
        if not results:
            return
        items, metres = self.protected_areas.nearest_points(
            longitudes, latitudes, self.search_radius_m, self.measure
        )
        for result, item, distance in zip(results, items.tolist(), metres.tolist()):
            if item >= 0:
                result.nearest = self.protected_areas.record(item)
                result.nearest_m = distance

    def _references(self):
        return self.protected_areas, self.landscapes, self.ecoregions

    @staticmethod
    def _point_items(reference, longitudes, latitudes):
        """ReferenceSet.point_items codes of each point: NO_ITEM where the reference is not given."""
        if reference is None or not len(reference):
            return np.full(len(longitudes), NO_ITEM, dtype=np.int64)
        return reference.point_items(longitudes, latitudes)

    def _known_hits(self, codes):
        """Hits of each reference set from its point_items code (None: UNSURE, tested one by one)."""
        return [
            [] if code == NO_ITEM else reference.hits(code)
            for reference, code in zip(self._references(), codes)
        ]

    def _searches(self, result):
        """Whether the nearest protected area is looked for (a site in none)."""
        return (
            result.site_class != pace.UNCLASSIFIED
            and result.nearest_m is None
            and self.search_radius_m > 0
            and len(self.protected_areas) > 0
        )

    def _result_without_nearest(self, geometry, hits=(None, None, None)):
        """SiteResult but the nearest protected area; hits: items of each reference set
        holding the site where known (None: tested here)."""
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return SiteResult(UNCLASSIFIED_MATCHES, note=NOTE_NO_GEOMETRY)
        if geodesy.outside_valid_range(geometry):
            return SiteResult(UNCLASSIFIED_MATCHES, note=NOTE_OUT_OF_RANGE)
        pa_hits, landscape_hits, ecoregion_hits = (
            self._intersecting(reference, geometry) if known is None else known
            for reference, known in zip(self._references(), hits)
        )
        matches = self._matches(pa_hits, landscape_hits, ecoregion_hits)
        result = SiteResult(matches, nearest_m=0.0 if matches.protected_areas else None)
        if geometry.type() != compat.GEOMETRY_POINT:
            result.pa_share = self._share_inside(geometry, pa_hits)
        return result

    def _matches(self, pa_hits, landscape_hits, ecoregion_hits):
        """Matches of a site in these items of each reference set, made once per combination."""
        key = (tuple(pa_hits), tuple(landscape_hits), tuple(ecoregion_hits))
        matches = self._known_matches.get(key)
        if matches is None:
            pa_items = self._unique(self.protected_areas, pa_hits)
            landscape_items = self._unique(self.landscapes, landscape_hits)
            ecoregion_items = self._unique(self.ecoregions, ecoregion_hits)
            matches = Matches(
                pace.pace_class(bool(pa_items), bool(landscape_items), bool(ecoregion_items)),
                [self.protected_areas.record(item) for item in pa_items],
                [self.landscapes.record(item) for item in landscape_items],
                [self.ecoregions.record(item) for item in ecoregion_items],
            )
            self._known_matches[key] = matches
        return matches

    @staticmethod
    def _intersecting(reference, geometry):
        """Items of reference intersecting geometry ([] when the reference is not given)."""
        if reference is None or not len(reference):
            return []
        return reference.intersecting(geometry)

    @staticmethod
    def _unique(reference, items):
        """One item per distinct fact (the parcels of one WDPA site count once)."""
        if len(items) < 2:
            return items
        seen, unique = set(), []
        for item in items:
            record = reference.record(item)
            key = getattr(record, "key", record)
            if key not in seen:
                seen.add(key)
                unique.append(item)
        return unique

    def _share_inside(self, geometry, pa_hits):
        polygon = geometry.type() == compat.GEOMETRY_POLYGON
        measure = self.measure.measureArea if polygon else self.measure.measureLength
        total = measure(geometry)
        if not total:
            return None
        if not pa_hits:
            return 0.0
        # Most footprints lie wholly in a park: then nothing needs cutting or measuring again.
        if any(self.protected_areas.contains(item, geometry) for item in pa_hits):
            return 1.0
        # Every parcel touching the site, unioned first so overlapping designations count once.
        pieces = [self.protected_areas.intersection(item, geometry) for item in pa_hits]
        inside = measure(pieces[0] if len(pieces) == 1 else QgsGeometry.unaryUnion(pieces))
        return min(1.0, inside / total)


def _single_points(geometries):
    """(indices, longitudes, latitudes) of the geometries that are single, non-empty points."""
    located, longitudes, latitudes = [], [], []
    for index, geometry in enumerate(geometries):
        try:
            point = geometry.asPoint()
        except (TypeError, ValueError):  # not a single point, or no geometry
            continue
        longitude = point.x()
        if longitude == longitude:  # an empty point is NaN
            located.append(index)
            longitudes.append(longitude)
            latitudes.append(point.y())
    return located, np.array(longitudes, dtype=float), np.array(latitudes, dtype=float)


class Summary:
    """Counts of sites per class and per protected area, for the summary output."""

    def __init__(self):
        self._sites = Counter()  # Matches: sites (shared Matches are counted together)

    def add(self, result):
        self._sites[result.matches] += 1

    @property
    def per_class(self):
        counts = Counter()
        for matches, sites in self._sites.items():
            counts[matches.site_class] += sites
        return counts

    @property
    def per_area(self):
        counts = Counter()
        for matches, sites in self._sites.items():
            for area in matches.protected_areas:
                counts[area] += sites
        return counts

    def rows(self):
        for site_class in pace.ALL_CLASSES:
            yield ["class", site_class, None, None, None, None, None, None, self.per_class[site_class]]
        for area, count in sorted(self.per_area.items(), key=lambda pair: (-pair[1], pair[0].name)):
            yield [
                "protected_area",
                pace.PROTECTED_AREA,
                area.layer,
                area.wdpa_id,
                area.name,
                area.designation,
                area.level,
                area.iucn or None,
                count,
            ]
