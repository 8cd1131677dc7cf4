"""The boundaries of reference polygons as numpy arrays, for the point search (point_search.py).

- boundaries are cut into chunks of CHUNK_SEGMENTS segments with their own bounding boxes,
  so that only the chunks that matter are looked at segment by segment;
- a point is in a polygon by the crossing number of its boundary (only the segments listed
  in the point's latitude band of the polygon), except near a boundary or where its ray
  passes a vertex at which chunks meet, where GEOS decides (the caller's per-site test);
- the closest point of a boundary is found in planar longitude / latitude, as GEOS does.
"""

import numpy as np
from qgis.core import QgsGeometry

from ..shared import rings
from ..shared.errors import RunCancelled

# Segments per chunk of a boundary.
CHUNK_SEGMENTS = 16
# Segments of a polygon per latitude band of its own (the point-in-polygon index).
BAND_SEGMENTS = 4
# Polygons whose chunks are stored in one vectorised pass (bounds the memory it takes).
FILL_POLYGONS = 256
# Points nearer than this (degrees, beyond the float32 rounding of the vertices) to a
# boundary are left to GEOS: farther ones are surely inside or outside.
UNSURE_DEGREES = 1e-9


class Boundaries:
    """The boundaries (every ring) of polygons in EPSG:4326, as numpy arrays in chunks.

    A chunk is a run of up to CHUNK_SEGMENTS segments of one ring. Its vertices are kept as
    float32 offsets from its first vertex (float64): within a millimetre, at half the memory.
    The polygons are added one by one (add) and stored FILL_POLYGONS at a time, so that their
    geometries need not be held; finish() indexes those stored since the last finish, so
    polygons can go on being added after a search began (a search reading areas only when
    it needs them).

    For point-in-polygon tests, each polygon's latitude range is cut into bands, each listing
    the segments that come near it: a point looks only at the segments of its band.
    """

    def __init__(self, geometries=None):
        self._pending = []  # rings of each polygon added and not yet stored
        self._stored = {name: _GrowingArray(dtype, width) for name, dtype, width in _STORED_ARRAYS}
        for name in ("polygon_chunks", "polygon_bands", "band_start"):  # running totals from 0
            self._stored[name].extend(np.zeros(1, np.int64))
        self._vertices = 0  # vertices stored
        self._banded = 0  # polygons whose bands are indexed
        self.finished = False
        self._publish()
        if geometries is not None:
            for geometry in geometries:
                self.add(geometry)
            self.finish()

    @property
    def polygon_count(self):
        """Polygons stored (added and not pending)."""
        return len(self.polygon_chunks) - 1

    def add(self, geometry):
        """Add the boundary of the next polygon (None: a polygon without boundary, in and near
        nothing)."""
        self._pending.append([] if geometry is None else _rings(geometry))
        if len(self._pending) == FILL_POLYGONS:
            self._store()

    def _publish(self):
        """The searches' arrays: what is stored so far."""
        for name, stored in self._stored.items():
            setattr(self, name, stored.array())

    def _store(self):
        """Store the chunks of the pending polygons' rings, all at once."""
        polygon_rings = [len(rings) for rings in self._pending]
        rings = [ring for rings in self._pending for ring in rings]
        self._pending = []
        chunks_before = self._stored["polygon_chunks"].last()
        if not rings:
            self._stored["polygon_chunks"].extend(np.full(len(polygon_rings), chunks_before, np.int64))
            self._stored["polygon_tolerance"].extend(np.zeros(len(polygon_rings)))
            self._publish()
            return
        segments = np.array([len(ring) - 1 for ring in rings])
        points = np.concatenate(rings)
        ring_starts = np.cumsum(segments + 1) - (segments + 1)
        ring_of_chunk, order = expand(np.zeros(len(rings), np.int64), -(-segments // CHUNK_SEGMENTS))
        starts = ring_starts[ring_of_chunk] + order * CHUNK_SEGMENTS
        counts = np.minimum(CHUNK_SEGMENTS, segments[ring_of_chunk] - order * CHUNK_SEGMENTS)
        owner, vertices = expand(starts, starts + counts + 1)
        # np.take gathers rows of an (n, 2) array many times faster than indexing does.
        origins = np.take(points, starts, axis=0)
        owner_origins = np.take(origins, owner, axis=0)
        offsets = (np.take(points, vertices, axis=0) - owner_origins).astype(np.float32)
        stored = owner_origins + offsets
        firsts = np.cumsum(counts + 1) - (counts + 1)
        boxes = np.empty((len(starts), 4))  # west, south, east, north
        for side, reduce in enumerate((np.minimum, np.minimum, np.maximum, np.maximum)):
            boxes[:, side] = reduce.reduceat(stored[:, side % 2], firsts)
        # float32 rounding of the offsets moves a vertex by at most this (doubled).
        largest = np.maximum(np.abs(offsets[:, 0]), np.abs(offsets[:, 1]))
        tolerances = np.maximum.reduceat(largest, firsts) * np.float32(2.0**-22)
        polygon_of_ring = np.repeat(np.arange(len(polygon_rings)), polygon_rings)
        polygon_of_chunk = polygon_of_ring[ring_of_chunk]
        chunk_counts = np.bincount(polygon_of_chunk, minlength=len(polygon_rings))
        polygon_tolerance = np.zeros(len(polygon_rings))
        present = chunk_counts > 0
        polygon_tolerance[present] = np.maximum.reduceat(
            tolerances, (np.cumsum(chunk_counts) - chunk_counts)[present]
        )
        parts = {
            "polygon_chunks": chunks_before + np.cumsum(chunk_counts),
            "polygon_tolerance": polygon_tolerance,
            "chunk_origin": origins,
            "offset_x": offsets[:, 0],
            "offset_y": offsets[:, 1],
            "chunk_segments": counts,
            "chunk_start": self._vertices + firsts,
            "chunk_box": boxes,
        }
        self._vertices += len(offsets)
        for name, values in parts.items():
            self._stored[name].extend(values)
        self._publish()

    def finish(self, cancelled=None):
        """Store the polygons still pending and index the bands of those not yet indexed: the
        searches can then use every polygon added. Called again after more are added.

        cancelled() is asked between blocks of polygons (indexing the areas near a WDPA-size
        layer's sites takes seconds); when it says so, RunCancelled is raised."""
        cancelled = cancelled or _never
        if cancelled():
            raise RunCancelled()
        if self._pending:
            self._store()
        self._index_bands(cancelled)
        self.finished = True

    def _index_bands(self, cancelled):
        """Cut the latitude range of each polygon not yet indexed into bands of about BAND_SEGMENTS
        segments, and list in each band every segment of the polygon that comes near it."""
        for block, first in enumerate(range(self._banded, self.polygon_count, FILL_POLYGONS)):
            if block and cancelled():
                raise RunCancelled()
            last = min(first + FILL_POLYGONS, self.polygon_count)
            polygon_chunks = self.polygon_chunks[first : last + 1]
            present = np.diff(polygon_chunks) > 0
            firsts = polygon_chunks[:-1][present] - polygon_chunks[0]
            chunks = slice(polygon_chunks[0], polygon_chunks[-1])
            south, north, segment_counts = np.zeros((3, last - first))
            if present.any():
                south[present] = np.minimum.reduceat(self.chunk_box[chunks, 1], firsts)
                north[present] = np.maximum.reduceat(self.chunk_box[chunks, 3], firsts)
                segment_counts[present] = np.add.reduceat(self.chunk_segments[chunks], firsts)
            band_count = np.maximum(1, np.ceil(segment_counts / BAND_SEGMENTS)).astype(np.int64)
            height = north - south
            first_band = self._stored["polygon_bands"].last()
            self._stored["band_south"].extend(south)
            self._stored["band_scale"].extend(
                np.where(height > 0, band_count / np.where(height > 0, height, 1.0), 0.0)
            )
            self._stored["band_count"].extend(band_count)
            self._stored["polygon_bands"].extend(first_band + np.cumsum(band_count))
            self._publish()
            bands_here = int(band_count.sum())
            segments, bands = self._band_listing(first, last)
            listed_before = self._stored["band_start"].last()
            self._stored["band_segments"].extend(segments[_stable_order(bands - first_band, bands_here)])
            self._stored["band_start"].extend(
                listed_before + np.cumsum(np.bincount(bands - first_band, minlength=bands_here))
            )
            self._banded = last
        self._publish()

    def _band_listing(self, first, last):
        """(segment id, band) of the segments of polygons first .. last-1 in every band they come
        within twice the polygon's unsure margin of (rounding in the closest point cannot then
        drop a segment that the point-in-polygon test needs)."""
        chunks = slice(self.polygon_chunks[first], self.polygon_chunks[last])
        vertex_counts = self.chunk_segments[chunks] + 1
        vertex_ends = np.cumsum(vertex_counts)
        if not len(vertex_ends):
            return np.empty(0, np.int64), np.empty(0, np.int64)
        first_vertex = self.chunk_start[chunks.start]
        chunk_of_vertex = np.repeat(np.arange(chunks.start, chunks.stop), vertex_counts)
        latitudes = (
            self.chunk_origin[chunk_of_vertex, 1]
            + self.offset_y[first_vertex : first_vertex + len(chunk_of_vertex)]
        )
        polygon_vertices = np.diff(
            np.concatenate(([0], vertex_ends))[self.polygon_chunks[first : last + 1] - chunks.start]
        )
        south, scale, top, offset, tolerance = (
            np.repeat(values[first:last], polygon_vertices)
            for values in (
                self.band_south,
                self.band_scale,
                self.band_count - 1.0,
                self.polygon_bands,
                self.polygon_tolerance,
            )
        )
        reach = 2 * (2 * tolerance + UNSURE_DEGREES)
        # floor and clamping keep the order of latitudes: a segment's lowest band is its lower end's.
        low = np.minimum(np.maximum(np.floor((latitudes - reach - south) * scale), 0), top) + offset
        high = np.minimum(np.maximum(np.floor((latitudes + reach - south) * scale), 0), top) + offset
        # A segment starts at every vertex but the last of its chunk.
        starts = np.ones(len(latitudes) - 1, dtype=bool)
        starts[vertex_ends[:-1] - 1] = False
        starts = np.flatnonzero(starts)
        low = np.minimum(low[:-1], low[1:])[starts].astype(np.int64)
        high = np.maximum(high[:-1], high[1:])[starts].astype(np.int64)
        segment_chunks = chunk_of_vertex[starts]
        segments = segment_chunks * CHUNK_SEGMENTS + (
            first_vertex + starts - self.chunk_start[segment_chunks]
        )
        spread = np.flatnonzero(high > low)
        spread_segment, spread_band = expand(low[spread] + 1, high[spread] + 1)
        listed = np.concatenate((segments, segments[spread[spread_segment]]))
        return listed, np.concatenate((low, spread_band))

    def _band(self, latitude, polygons):
        """Index of the band of each polygon that holds the latitude (clamped to the polygon's)."""
        local = np.floor((latitude - self.band_south[polygons]) * self.band_scale[polygons])
        top = self.band_count[polygons] - 1
        return self.polygon_bands[polygons] + np.minimum(np.maximum(local, 0), top).astype(np.int64)

    def closest_points(self, px, py, polygons):
        """For each (px, py, polygon): the closest point of the polygon's boundary in planar
        longitude / latitude, as GEOS finds it. Returns (x, y) arrays."""
        pair_of_chunk, chunks = expand(self.polygon_chunks[polygons], self.polygon_chunks[polygons + 1])
        cx, cy = px[pair_of_chunk], py[pair_of_chunk]
        west, south, east, north = np.take(self.chunk_box, chunks, axis=0).T
        gap_x = np.maximum(np.maximum(west - cx, cx - east), 0.0)
        gap_y = np.maximum(np.maximum(south - cy, cy - north), 0.0)
        lower = gap_x**2 + gap_y**2
        origin_x, origin_y = np.take(self.chunk_origin, chunks, axis=0).T
        upper = (origin_x - cx) ** 2 + (origin_y - cy) ** 2
        best_upper = np.minimum.reduceat(upper, _starts(len(polygons), pair_of_chunk))
        kept = lower <= best_upper[pair_of_chunk]
        pairs, chunks = pair_of_chunk[kept], chunks[kept]
        # One row of vertices per chunk, the last one repeated up to CHUNK_SEGMENTS + 1 columns.
        steps = np.arange(CHUNK_SEGMENTS + 1)
        segment_counts = self.chunk_segments[chunks][:, None]
        vertices = self.chunk_start[chunks][:, None] + np.minimum(steps, segment_counts)
        origin_x, origin_y = origin_x[kept][:, None], origin_y[kept][:, None]
        x, y = origin_x + self.offset_x[vertices], origin_y + self.offset_y[vertices]
        sx, sy = px[pairs][:, None], py[pairs][:, None]
        qx, qy = _closest_on_segments(sx, sy, x[:, :-1], y[:, :-1], x[:, 1:], y[:, 1:])
        distances = np.where(steps[:-1] < segment_counts, (qx - sx) ** 2 + (qy - sy) ** 2, np.inf)
        rows = np.arange(len(chunks))
        step = distances.argmin(axis=1)
        closest = group_argmin(distances[rows, step], pairs)
        return qx[rows, step][closest], qy[rows, step][closest]

    def containing(self, px, py, polygons):
        """For each (px, py, polygon): whether the point is inside the polygon or on its
        boundary (the crossing number of a ray towards +x), and whether it lies too close to
        the boundary for this test to be sure (then GEOS is asked). Two bool arrays."""
        band = self._band(py, polygons)
        pairs, listed = expand(self.band_start[band], self.band_start[band + 1])
        segments = self.band_segments[listed]
        chunks, step = np.divmod(segments, CHUNK_SEGMENTS)
        vertices = self.chunk_start[chunks] + step
        ox, oy = np.take(self.chunk_origin, chunks, axis=0).T
        ax, ay = ox + self.offset_x[vertices], oy + self.offset_y[vertices]
        bx, by = ox + self.offset_x[vertices + 1], oy + self.offset_y[vertices + 1]
        sx, sy = px[pairs], py[pairs]
        # Each polygon's own margin: the rounding of its vertices, and beyond.
        margin = (2 * self.polygon_tolerance[polygons] + UNSURE_DEGREES)[pairs]
        straddles = (ay > sy) != (by > sy)
        orientation = (bx - ax) * (sy - ay) - (sx - ax) * (by - ay)
        crossings = np.bincount(pairs, weights=straddles & (orientation * (by - ay) > 0), minlength=len(px))
        # Where chunks meet, a vertex is stored twice, rounded differently: a ray passing between
        # the two copies would cross the boundary there twice or not at all.
        seams = ((step == 0) & (np.abs(ay - sy) <= margin)) | (
            (step == self.chunk_segments[chunks] - 1) & (np.abs(by - sy) <= margin)
        )
        # Only segments whose box is near the point can be close (twice the margin: rounding).
        near = np.flatnonzero(
            (np.minimum(ax, bx) - 2 * margin <= sx)
            & (sx <= np.maximum(ax, bx) + 2 * margin)
            & (np.minimum(ay, by) - 2 * margin <= sy)
            & (sy <= np.maximum(ay, by) + 2 * margin)
        )
        qx, qy = _closest_on_segments(sx[near], sy[near], ax[near], ay[near], bx[near], by[near])
        close = (qx - sx[near]) ** 2 + (qy - sy[near]) ** 2 <= margin[near] ** 2
        unsure = np.zeros(len(px), dtype=bool)
        unsure[pairs[seams]] = True
        unsure[pairs[near[close]]] = True
        return crossings % 2 == 1, unsure


def _never():
    return False


def _rings(geometry):
    """The (n, 2) rings of a polygon geometry, curves segmentised and Z / M dropped."""
    polygons = rings.polygon_rings(geometry)
    if polygons is None:
        flat = geometry.constGet().segmentize()
        flat.dropZValue()
        flat.dropMValue()
        polygons = rings.polygon_rings(QgsGeometry(flat)) or []
    return [ring for rings in polygons for ring in rings if len(ring) > 1]


# The arrays Boundaries fills polygon by polygon: name, type, columns (None: one).
_STORED_ARRAYS = (
    # Per polygon: its first chunk (a running total from 0, one more than the polygons), the
    # rounding of its vertices, and its bands: south edge, bands per degree, count, first band.
    ("polygon_chunks", np.int64, None),
    ("polygon_tolerance", np.float64, None),
    ("band_south", np.float64, None),
    ("band_scale", np.float64, None),
    ("band_count", np.int64, None),
    ("polygon_bands", np.int64, None),
    # Per chunk: its offsets' origin, first vertex, segments, box.
    ("chunk_origin", np.float64, 2),
    ("chunk_start", np.int64, None),
    ("chunk_segments", np.int32, None),
    ("chunk_box", np.float64, 4),  # west, south, east, north
    # Per vertex.
    ("offset_x", np.float32, None),
    ("offset_y", np.float32, None),
    # Per band: its first listed segment (a running total from 0), and the listed segments
    # (segment k of chunk c as c * CHUNK_SEGMENTS + k; a WDPA-size listing is tens of millions
    # of ids, narrowed while they fit).
    ("band_start", np.int32, None),
    ("band_segments", np.int32, None),
)


class _GrowingArray:
    """A numpy array appended to in place, its room grown by half when full. Room not yet used
    is never touched, so takes no memory: the arrays are not held twice, as joining parts would."""

    def __init__(self, dtype, width=None):
        self._tail = () if width is None else (width,)
        self._data = np.empty((1024, *self._tail), dtype)
        self.length = 0

    def extend(self, values):
        values = np.asarray(values)
        if (
            self._data.dtype == np.int32
            and len(values)
            and values.dtype != np.int32
            and values.max() >= 2**31
        ):
            self._data = self._data.astype(np.int64)  # widened when it no longer fits
        end = self.length + len(values)
        if end > len(self._data):
            grown = np.empty((max(end, len(self._data) * 3 // 2), *self._tail), self._data.dtype)
            grown[: self.length] = self._data[: self.length]
            self._data = grown
        self._data[self.length : end] = values
        self.length = end

    def array(self):
        return self._data[: self.length]

    def last(self):
        return self._data[self.length - 1]


def expand(starts, ends):
    """(owner, value) for every value in range(starts[i], ends[i]), owner i, in order."""
    counts = ends - starts
    owner = np.repeat(np.arange(len(starts)), counts)
    firsts = np.cumsum(counts) - counts
    return owner, starts[owner] + np.arange(len(owner)) - firsts[owner]


def _stable_order(keys, key_count):
    """np.argsort(keys, kind="stable") of keys in 0 .. key_count-1: as uint16 (a radix sort, many
    times faster) where they fit."""
    return np.argsort(keys.astype(np.uint16) if key_count <= 2**16 else keys, kind="stable")


def _starts(count, owner):
    """Index of the first element of each owner 0 .. count-1 in a sorted owner array
    (every owner present)."""
    return np.searchsorted(owner, np.arange(count))


def group_argmin(values, groups):
    """Index of the first least value of each run of equal groups (groups sorted)."""
    if not len(values):
        return np.empty(0, dtype=np.int64)
    new_group = np.concatenate(([True], groups[1:] != groups[:-1]))
    rank = np.cumsum(new_group) - 1
    least = np.minimum.reduceat(values, np.flatnonzero(new_group))
    candidates = np.flatnonzero(values == least[rank])
    owners = rank[candidates]
    return candidates[np.concatenate(([True], owners[1:] != owners[:-1]))]


def _closest_on_segments(px, py, ax, ay, bx, by):
    """The closest point to (px, py) on each segment a-b, planar."""
    dx, dy = bx - ax, by - ay
    length2 = dx**2 + dy**2
    with np.errstate(invalid="ignore", divide="ignore"):
        t = ((px - ax) * dx + (py - ay) * dy) / length2
    t = np.where(length2 > 0, np.clip(t, 0.0, 1.0), 0.0)
    return ax + t * dx, ay + t * dy
