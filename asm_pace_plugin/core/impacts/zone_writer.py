"""Writing impact zones: one per site and pathway, or the dissolved union of many sites.

Sites come in one at a time and are drawn BATCH_SIZE at a time (ZoneBuilder draws a batch of
points together); a dissolved run keeps each pathway's discs until the end."""

from qgis.core import QgsFeatureSink, QgsGeometry

from ..shared import ellipsoid
from ..shared.output_schema import hectares, make_feature, make_row
from .pathways import SOURCE_DISSOLVED
from .zones import BATCH_SIZE, DISSOLVE_ALL, DISSOLVE_NONE, ZONE_DISC, ZONE_FIELDS, ZONE_RING, rings


class ZoneWriter:
    """Writes zone features: per site, or the dissolved union of many sites."""

    def __init__(self, sink, fields, builder, chosen, use_rings, dissolve=DISSOLVE_NONE):
        self.sink = sink
        self.fields = fields
        self.builder = builder  # impacts.ZoneBuilder
        self.measure = builder.measure
        self.chosen = chosen
        self.use_rings = use_rings
        self.dissolve = dissolve
        self.written = 0
        self.sites = 0
        self.failed = False
        self._batch = []
        self._dissolved = [[] for _ in chosen]  # per pathway, the discs of every site

    def add(self, site):
        """Take one impacts.Site; its zones are drawn with those of its batch."""
        self._batch.append(site)
        if len(self._batch) >= BATCH_SIZE:
            self.flush()

    def flush(self):
        """Draw the sites taken since the last batch."""
        self.sites += len(self._batch)
        for site, discs in zip(self._batch, self.builder.discs(self._batch)):
            if self.dissolve == DISSOLVE_NONE:
                self.write_site(site, discs)
            else:
                for index, (disc, _area) in enumerate(discs):
                    if disc is not None:
                        self._dissolved[index].append(disc)
        self._batch.clear()

    def write_site(self, site, discs):
        entries = [(distance, disc, area) for (distance, _source), (disc, area) in zip(site.distances, discs)]
        shapes = rings(entries) if self.use_rings else [(disc, 0.0, area) for _d, disc, area in entries]
        for item, (distance, source), (geometry, inner, area) in zip(self.chosen, site.distances, shapes):
            if geometry is not None:
                self._add(geometry, site.site_id, item, distance, inner, source, 1, area)

    def write_dissolved(self):
        """Write the union of the discs kept, per pathway or all together (DISSOLVE_ALL)."""
        dissolved = self._dissolved
        unions = [QgsGeometry.unaryUnion(discs) if discs else None for discs in dissolved]
        if self.dissolve == DISSOLVE_ALL:
            geometry = QgsGeometry.unaryUnion([union for union in unions if union is not None])
            names = "+".join(item.pathway.name for item in self.chosen)
            record = {
                "site_id": None,
                "pathway": names,
                "path_label": names,
                "dist_m": None,
                "inner_m": 0.0,
                "dist_src": SOURCE_DISSOLVED,
                "confidence": None,
                "zone": ZONE_DISC,
                "n_sites": self.sites,
            }
            self._emit(geometry, record)
            return
        distances = [item.distance_m if item.distance_m is not None else 0.0 for item in self.chosen]
        entries = [(distance, union, None) for distance, union in zip(distances, unions)]
        shapes = rings(entries) if self.use_rings else [(union, 0.0, None) for union in unions]
        for item, discs, (geometry, inner, _area) in zip(self.chosen, dissolved, shapes):
            if geometry is not None:
                self._add(geometry, None, item, item.distance_m, inner, item.source, len(discs))

    def _add(self, geometry, site_id, item, distance, inner, source, n_sites, area=None):
        zone = ZONE_RING if inner else ZONE_DISC
        record = {
            "site_id": site_id,
            "pathway": item.pathway.name,
            "path_label": item.pathway.label,
            "dist_m": distance,
            "inner_m": inner,
            "dist_src": source,
            "confidence": item.pathway.confidence,
            "zone": zone,
            "n_sites": n_sites,
        }
        self._emit(geometry, record, area)

    def _emit(self, geometry, record, area=None):
        if geometry.isEmpty():
            return
        if area is None:
            area = ellipsoid.polygon_area(geometry, self.measure)
        attributes = make_row(ZONE_FIELDS, **record, area_ha=hectares(area))
        feature = make_feature(self.fields, geometry, attributes)
        if not self.sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            self.failed = True
        self.written += 1
