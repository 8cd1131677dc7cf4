"""Pressure of impact zones on protected areas: areas per protected area and pathway.

Zones and protected areas are in EPSG:4326; areas are measured on the ellipsoid. The
zones of several sites that overlap inside a protected area are unioned before they are
measured, so no hectare is counted twice. The parcels of one protected area (same id)
count as one area.
"""

from collections import defaultdict

from qgis.core import QgsGeometry

from . import compat, pace
from .classify import make_fields
from .i18n import QT_TRANSLATE_NOOP

PRESSURE_FIELDS = (
    (
        "pa_id",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "id of the protected area (WDPAID / SITE_ID or the chosen field)"),
    ),
    ("pa_name", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "name of the protected area")),
    ("pa_desig", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "designation")),
    ("iucn_cat", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "IUCN category")),
    ("pathway", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "impact pathway")),
    (
        "zone_ha",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "hectares of the protected area inside zones of this pathway"),
    ),
    (
        "pa_ha",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "hectares of the protected area (ellipsoidal)"),
    ),
    (
        "pa_share",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "share (0-1) of the protected area inside these zones"),
    ),
    (
        "n_sites",
        compat.FIELD_INT,
        QT_TRANSLATE_NOOP("OutputFields", "number of sites whose zones reach the protected area"),
    ),
    ("site_ids", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "those sites, '; '-separated")),
    (
        "n_inside",
        compat.FIELD_INT,
        QT_TRANSLATE_NOOP("OutputFields", "number of sites inside the protected area (when sites are given)"),
    ),
    ("inside_ids", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "those sites, '; '-separated")),
)

SITE_PRESSURE_FIELDS = (
    ("site_id", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "site")),
    ("pathway", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "impact pathway")),
    (
        "pa_id",
        compat.FIELD_STRING,
        QT_TRANSLATE_NOOP("OutputFields", "protected area reached by the site's zone"),
    ),
    ("pa_name", compat.FIELD_STRING, QT_TRANSLATE_NOOP("OutputFields", "its name")),
    (
        "zone_ha",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "hectares of the protected area inside the site's zone"),
    ),
    (
        "pa_share",
        compat.FIELD_DOUBLE,
        QT_TRANSLATE_NOOP("OutputFields", "share (0-1) of the protected area inside the site's zone"),
    ),
)


def pressure_fields():
    return make_fields(PRESSURE_FIELDS)


def site_pressure_fields():
    return make_fields(SITE_PRESSURE_FIELDS)


class PressureAccumulator:
    """Collects the parts of zones inside protected areas, then measures them once."""

    def __init__(self, protected_areas, measure):
        self.protected_areas = protected_areas
        self.measure = measure
        self._pieces = defaultdict(list)  # (pa key, pathway) -> geometries
        # Two sites sharing a key are two sites: each zone (one per site and pathway) and each
        # site counts, whatever its key (None where it has none).
        self._sites = defaultdict(list)  # (pa key, pathway) -> site id of each zone reaching it
        self._inside = defaultdict(list)  # pa key -> site id of each site inside
        self._facts = {}  # pa key -> ProtectedArea
        self._pa_area = {}  # pa key -> m²
        self._parcels = defaultdict(list)  # pa key -> geometries

    def add_zone(self, geometry, pathway, site_id):
        """Adds a zone (EPSG:4326); returns [(ProtectedArea, m² inside, share)] for the site table."""
        per_area = defaultdict(list)
        for item in self.protected_areas.intersecting(geometry):
            piece = geometry.intersection(self.protected_areas.geometry(item))
            if piece.isEmpty():
                continue
            piece.convertGeometryCollectionToSubclass(compat.GEOMETRY_POLYGON)
            if piece.isEmpty() or piece.type() != compat.GEOMETRY_POLYGON:
                continue
            facts = self.protected_areas.facts(item)
            self._facts[facts.key] = facts
            per_area[facts.key].append(piece)
        rows = []
        for key, pieces in per_area.items():
            union = QgsGeometry.unaryUnion(pieces) if len(pieces) > 1 else pieces[0]
            self._pieces[(key, pathway)].append(union)
            self._sites[(key, pathway)].append(site_id)
            area = self.measure.measureArea(union)
            rows.append((self._facts[key], area, self._share(key, area)))
        return rows

    def add_site(self, geometry, site_id):
        """Records the protected areas a site (EPSG:4326) lies in (once each, whatever its parcels)."""
        keys = set()
        for item in self.protected_areas.intersecting(geometry):
            facts = self.protected_areas.facts(item)
            self._facts.setdefault(facts.key, facts)
            keys.add(facts.key)
        for key in keys:
            self._inside[key].append(site_id)

    def pa_area(self, key):
        """Ellipsoidal area (m²) of a protected area, all its parcels together."""
        if not self._parcels:
            for item in range(len(self.protected_areas)):
                self._parcels[self.protected_areas.facts(item).key].append(
                    self.protected_areas.geometry(item)
                )
        if key not in self._pa_area:
            parcels = self._parcels[key]
            union = QgsGeometry.unaryUnion(parcels) if len(parcels) > 1 else parcels[0]
            self._pa_area[key] = self.measure.measureArea(union)
        return self._pa_area[key]

    def _share(self, key, area):
        total = self.pa_area(key)
        return min(1.0, area / total) if total else None

    def results(self, sites_given):
        """(geometry, attributes of PRESSURE_FIELDS) per protected area and pathway."""
        for (key, pathway), pieces in sorted(self._pieces.items(), key=lambda pair: (pair[0][0], pair[0][1])):
            union = QgsGeometry.unaryUnion(pieces)
            area = self.measure.measureArea(union)
            facts = self._facts[key]
            sites = self._sites[(key, pathway)]
            inside = self._inside[key]
            share = self._share(key, area)
            yield (
                union,
                [
                    facts.site_id,
                    facts.name,
                    facts.designation or None,
                    facts.iucn or None,
                    pathway,
                    round(area / 10_000, 4),
                    round(self.pa_area(key) / 10_000, 4),
                    None if share is None else round(share, 6),
                    len(sites) if sites else None,
                    pace.join_unique(sorted(filter(None, sites))) or None,
                    len(inside) if sites_given else None,
                    (pace.join_unique(sorted(filter(None, inside))) or None) if sites_given else None,
                ],
            )
