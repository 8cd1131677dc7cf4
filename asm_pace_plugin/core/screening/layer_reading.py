"""Reading reference layers once: protected areas (cleaned by the WDPA rules), AZE sites,
landscapes and Global 200 ecoregions, each into its ReferenceSet.

One loader (load_layer) reads every kind of layer; a LayerReading per kind says which
fields it reads, which features it leaves out and what each kept feature becomes. The
WDPA cleaning rules on geometry are here, beside their rules on attributes (core/screening/wdpa.py).
"""

from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from typing import Callable, Optional

from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsFeedback,
    QgsGeometry,
    QgsProcessingFeatureSource,
    QgsProviderRegistry,
)

from ..shared import compat, geodesy, input_fields
from ..shared.errors import InputError
from ..shared.formatting import kilometre_figure
from ..shared.i18n import QT_TRANSLATE_NOOP, translate
from . import pace, wdpa
from .reference_sets import Ecoregion, Landscape, ProtectedArea, ReferenceSet
from .surroundings import features_near

# A polygon layer of at least this many features read for point sites (EPSG:4326): its polygons
# are first known by their bounding boxes, and read, checked and stored only when a search comes
# near them (memory and time then follow what the searches touch, not everything within reach).
READ_WHEN_NEEDED_FROM = 10_000


@dataclass(frozen=True)
class ReferenceLayers:
    """The layers a classification reads, and the user's choices about them."""

    protected_areas: list
    aze_sites: list
    landscapes: list
    ecoregions: list
    pa_fields: dict  # role: field chosen by the user ("" for the usual names)
    cleaning: wdpa.CleaningOptions
    landscape_name_field: str = ""
    ecoregions_are_g200: bool = False


@dataclass
class References:
    """The reference sets read, what was and was not tested, and a LoadReport per layer."""

    protected_areas: ReferenceSet
    landscapes: Optional[ReferenceSet]
    ecoregions: Optional[ReferenceSet]
    tested: list = field(default_factory=list)
    not_tested: list = field(default_factory=list)
    reports: list = field(default_factory=list)


class LoadReport:
    """What happened to the features of one reference layer, for the log."""

    def __init__(self, layer_name):
        self.layer_name = layer_name
        self.read = 0
        self.kept = 0
        self.repaired = 0
        self.circles = 0
        self.dropped = Counter()

    def summary(self):
        parts = [
            translate("References", "{kept} of {read} features used").format(kept=self.kept, read=self.read)
        ]
        if self.repaired:
            parts.append(
                translate("References", "{count} invalid geometries repaired").format(count=self.repaired)
            )
        if self.circles:
            parts.append(
                translate("References", "{count} points turned into circles of their reported area").format(
                    count=self.circles
                )
            )
        parts.extend(
            translate("References", "{count} dropped: {reason}").format(
                count=count, reason=translate("Reasons", reason)
            )
            for reason, count in sorted(self.dropped.items())
        )
        return translate("References", "{layer}: {parts}").format(
            layer=self.layer_name, parts=", ".join(parts)
        )


# -- The WDPA cleaning rules on geometry (its rules on attributes: core/screening/wdpa.py) ----------------


def clean_polygon(geometry, repair, report):
    """A valid polygon geometry, or None (counted) when it cannot be used: an invalid polygon is
    repaired (makeValid) when `repair`, else left out."""
    if geometry.isGeosValid():
        return geometry
    if not repair:
        report.dropped[wdpa.DROPPED_INVALID] += 1
        return None
    repaired = compat.polygon_parts(geometry.makeValid())
    if repaired is None:
        report.dropped[wdpa.DROPPED_INVALID] += 1
        return None
    report.repaired += 1
    return repaired


def points_as_circles(geometry, record, options, transform, measure, report):
    """A WDPA point record as a geodesic circle of its reported area (a multipoint shares it
    among its points), or None (counted) without area or with circles switched off."""
    if not options.points_as_circles:
        report.dropped[wdpa.DROPPED_POINT_NOT_WANTED] += 1
        return None
    radius = wdpa.reported_area_radius_m(record.get("reported_area"))
    if radius is None:
        report.dropped[wdpa.DROPPED_POINT_WITHOUT_AREA] += 1
        return None
    if radius > wdpa.reported_area_radius_m(wdpa.MAX_PLAUSIBLE_AREA_KM2):
        report.dropped[wdpa.DROPPED_IMPLAUSIBLE_AREA] += 1
        return None
    geometry = _transform(geometry, transform, report)
    if geometry is None:
        return None
    points = geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]
    radius /= len(points) ** 0.5
    circles = [geodesy.geodesic_circle(point, radius, measure) for point in points]
    report.circles += 1
    return QgsGeometry.unaryUnion(circles) if len(circles) > 1 else circles[0]


def _transform(geometry, transform, report, polygon=False):
    """The geometry in EPSG:4326; polygons across the antimeridian or round a pole as they lie
    on the globe (geodesy.polygon_to_wgs84). None (counted) where it cannot be reprojected."""
    if transform is None:
        # Longitudes of 0-360° (some Pacific layers): folded back into -180 to 180°.
        return geodesy.split_at_antimeridian(geometry) if polygon else geometry
    try:
        if polygon:
            return geodesy.polygon_to_wgs84(geometry, transform)
        geometry.transform(transform)
    except QgsCsException:
        report.dropped[QT_TRANSLATE_NOOP("Reasons", "could not be reprojected to WGS 84")] += 1
        return None
    return geometry


# -- One loader for every kind of reference layer, driven by a LayerReading ---------------------


@dataclass(frozen=True)
class LayerReading:
    """How one kind of reference layer is read: which field plays which role, which features
    are left out by their attributes, and the record each kept feature becomes."""

    kind: str  # the layer's kind, as messages name it (translated there)
    roles: dict  # role: field name of the layer (None: the layer has none)
    exclusion: Callable  # (record: role -> value) -> why it is left out, or None
    record: Callable  # (record, feature id) -> ProtectedArea, Landscape or Ecoregion
    points: Optional[Callable] = None  # (geometry, record, transform, report) -> polygon, for point layers


def _usable_geometry_type(source, layer_name, reading):
    """The layer's geometry type; InputError when `reading` cannot use it."""
    geometry_type = compat.geometry_type_of(source.wkbType())
    if geometry_type != compat.GEOMETRY_POLYGON and not (
        reading.points and geometry_type == compat.GEOMETRY_POINT
    ):
        wanted = (
            translate("References", "polygons (or WDPA points with REP_AREA)")
            if reading.points
            else translate("References", "polygons")
        )
        raise InputError(
            translate(
                "References",
                "The {kind} layer '{layer_name}' has no {wanted}: it holds {value}. Choose a polygon layer.",
            ).format(
                kind=translate("References", reading.kind),
                layer_name=layer_name,
                wanted=wanted,
                value=translate("References", "no geometry")
                if geometry_type == compat.GEOMETRY_NULL
                else translate("References", "lines"),
            )
        )
    return geometry_type


def load_layer(reference, source, layer_name, reading, transform_context, repair, feedback=None):
    """Add the usable features of one layer, read as `reading` says, to reference; returns its
    LoadReport. InputError when the layer cannot be used."""
    geometry_type = _usable_geometry_type(source, layer_name, reading)
    names = source.fields().names()
    indices = {role: names.index(field) for role, field in reading.roles.items() if field}
    transform = _to_wgs84(source, transform_context)
    report = LoadReport(layer_name)
    reference.layers.append(layer_name)
    request = QgsFeatureRequest().setSubsetOfAttributes(sorted(set(indices.values())))
    feedback = feedback or QgsFeedback()
    if reference.near is None:
        features = compat.iterate_features(source, request)
    else:  # only the features within reach of the sites
        features = features_near(source, reference.near, request, feedback, transform_context)

    def values(feature):
        return {role: feature.attribute(index) for role, index in indices.items()}

    def usable_geometry(feature, record, report):
        """The feature's geometry cleaned and in EPSG:4326, or None (counted in report)."""
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            report.dropped[wdpa.DROPPED_NO_GEOMETRY] += 1
            return None
        if geometry.type() == compat.GEOMETRY_POINT:
            return reading.points(geometry, record, transform, report)
        geometry = clean_polygon(geometry, repair, report)
        return geometry and _transform(geometry, transform, report, polygon=True)

    def read_again(feature_id):
        """The geometry of a kept feature, read and cleaned again as it was (nothing counted)."""
        feature = next(compat.iterate_features(source, QgsFeatureRequest(request).setFilterFid(feature_id)))
        return usable_geometry(feature, values(feature), LoadReport(layer_name))

    # Polygons of a WDPA-size layer for point sites: known by their boxes, read when a search needs them.
    reader = None
    if (
        reference.points_only
        and transform is None
        and geometry_type == compat.GEOMETRY_POLYGON
        and source.featureCount() >= READ_WHEN_NEEDED_FROM
    ):
        reader = PolygonReader(source, repair, report)
    for feature in features:
        if feedback.isCanceled():
            break
        report.read += 1
        record = values(feature)
        reason = reading.exclusion(record)
        if reason:
            report.dropped[reason] += 1
            continue
        if reader is not None:
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                report.dropped[wdpa.DROPPED_NO_GEOMETRY] += 1
                continue
            reference.add_unread(
                geometry.boundingBox(), reading.record(record, feature.id()), reader, feature.id()
            )
            report.kept += 1
            continue
        geometry = usable_geometry(feature, record, report)
        if geometry is None:
            continue
        reference.add(geometry, reading.record(record, feature.id()), (read_again, feature.id()))
        report.kept += 1
    return report


class PolygonReader:
    """Reads polygons of a layer in EPSG:4326 again by feature id, cleaned as load_layer cleans
    them (ReferenceSet.add_unread): called for one, many() for several. Where a report is given,
    the polygon is read for the first time: a repair or a drop is counted in it (a drop also
    takes it out of the features used)."""

    def __init__(self, source, repair, report):
        self.source = source
        self.repair = repair
        self.report = report
        self._request = QgsFeatureRequest().setNoAttributes()

    def __call__(self, feature_id, report=None):
        request = QgsFeatureRequest(self._request).setFilterFid(feature_id)
        return self._clean(next(compat.iterate_features(self.source, request)), report)

    def many(self, feature_ids, report=None):
        request = QgsFeatureRequest(self._request).setFilterFids(list(feature_ids))
        for feature in compat.iterate_features(self.source, request):
            yield feature.id(), self._clean(feature, report)

    def _clean(self, feature, report):
        cleaned = clean_polygon(feature.geometry(), self.repair, report or LoadReport(""))
        if cleaned is None and report is not None:
            report.kept -= 1
        return cleaned


def _to_wgs84(source, transform_context):
    if source.sourceCrs() == geodesy.WGS84:
        return None
    if not source.sourceCrs().isValid():
        raise InputError(
            translate(
                "References",
                "A layer has no valid CRS: set its CRS (Layer Properties > Source) and run again.",
            )
        )
    return QgsCoordinateTransform(source.sourceCrs(), geodesy.WGS84, transform_context)


def _keep_all(_record):
    return None


def protected_area_reading(layer_name, source, field_map, options, measure):
    """Protected areas (WDPA or national): the attribute rules of core/screening/wdpa.py, WDPA points as
    circles of their reported area."""
    is_point_layer = compat.geometry_type_of(source.wkbType()) == compat.GEOMETRY_POINT
    if is_point_layer and options.points_as_circles and not field_map.reported_area:
        raise InputError(
            translate(
                "References",
                "The protected-area layer '{layer_name}' holds points but no "
                "reported-area field (WDPA's REP_AREA, km²), so no circle can be drawn. "
                "Use the WDPA polygon layer, or a point layer with REP_AREA.",
            ).format(layer_name=layer_name)
        )

    # (designation, its type, governance, IUCN) as read: (designation, level, international, IUCN).
    # A layer has a few hundred of them: worked out once and their texts shared by the records.
    known = {}

    def record(values, feature_id):
        read = tuple(
            pace.as_text(values.get(role))
            for role in ("designation", "designation_type", "governance", "iucn")
        )
        facts = known.get(read)
        if facts is None:
            designation, designation_type, governance, iucn = read
            facts = known[read] = (
                designation,
                pace.designation_level(designation, designation_type, governance),
                pace.international_designation(designation) or "",
                pace.normalise_iucn(iucn) or "",
            )
        wdpa_id = pace.as_text(values.get("site_id"))
        if wdpa_id.endswith(".0"):  # WDPAID often arrives as a real number
            wdpa_id = wdpa_id[:-2]
        designation, level, international, iucn = facts
        return ProtectedArea(
            layer=layer_name,
            wdpa_id=wdpa_id or f"{layer_name}#{feature_id}",
            name=pace.as_text(values.get("name")) or f"{layer_name} #{feature_id}",
            designation=designation,
            level=level,
            international=international,
            iucn=iucn,
        )

    return LayerReading(
        QT_TRANSLATE_NOOP("References", "protected-area"),
        field_map.used(),
        lambda values: wdpa.attribute_exclusion(values, field_map, options),
        record,
        lambda geometry, values, transform, report: points_as_circles(
            geometry, values, options, transform, measure, report
        ),
    )


def aze_reading(layer_name, source):
    """AZE sites, as protected areas: a dedicated AZE layer, or the AZE sites of a KBA layer."""
    names = source.fields().names()
    aze_status = input_fields.usual_field(names, "AZE sites", "aze_status")

    def exclusion(values):
        if aze_status and not pace.is_aze_status(values.get("aze_status")):
            return QT_TRANSLATE_NOOP("Reasons", "KBA that is not an AZE site")
        return None

    def record(values, feature_id):
        return ProtectedArea(
            layer=layer_name,
            wdpa_id=pace.as_text(values.get("id")) or f"{layer_name}#{feature_id}",
            name=pace.as_text(values.get("name")) or f"AZE site #{feature_id}",
            designation="Alliance for Zero Extinction site",
            level=pace.INTERNATIONAL,
            international=pace.AZE,
            iucn="",
        )

    roles = {
        "name": input_fields.usual_field(names, "protected areas", "name"),
        "id": input_fields.usual_field(names, "AZE sites", "id"),
        "aze_status": aze_status,
    }
    return LayerReading(QT_TRANSLATE_NOOP("References", "AZE / KBA"), roles, exclusion, record)


def landscape_reading(layer_name, source, name_field):
    """WWF priority landscapes: the name from the field the user gave, or a usual name field."""
    try:
        name = input_fields.find_field(
            source.fields().names(), name_field, input_fields.FIELD_CANDIDATES["landscapes"]["name"]
        )
    except input_fields.MissingFieldError as error:
        raise InputError(
            translate("References", "The landscape layer '{layer_name}': {error}.").format(
                layer_name=layer_name, error=error
            )
        ) from error
    return LayerReading(
        QT_TRANSLATE_NOOP("References", "landscape"),
        {"name": name},
        _keep_all,
        lambda values, feature_id: Landscape(
            pace.as_text(values.get("name")) or f"{layer_name} #{feature_id}"
        ),
    )


def g200_reading(layer_name, source, all_g200):
    """Global 200 ecoregions: those of a TEOW layer (by its G200 fields), or every polygon of a
    Global 200 layer (all_g200)."""
    names = source.fields().names()
    roles = {
        role: input_fields.usual_field(names, "ecoregions", role)
        for role in input_fields.FIELD_CANDIDATES["ecoregions"]
    }
    tells_g200 = roles["g200_region"] or roles["g200_number"]
    if not (tells_g200 or all_g200):
        raise InputError(
            translate(
                "References",
                "The ecoregion layer '{layer_name}' has no Global 200 field (G200_REGIO "
                "or G200_NUM), so its Global 200 ecoregions cannot be told apart. Use "
                "WWF's TEOW layer (wwf_terr_ecos), or tick 'Ecoregion layers hold only "
                "Global 200 ecoregions' if every polygon of this layer is a Global 200 "
                "ecoregion.",
            ).format(layer_name=layer_name)
        )

    def exclusion(values):
        if tells_g200 and not pace.is_g200(values.get("g200_region"), values.get("g200_number")):
            return QT_TRANSLATE_NOOP("Reasons", "not a Global 200 ecoregion")
        return None

    def record(values, _feature_id):
        name = pace.as_text(values.get("g200_region")) or pace.as_text(values.get("name"))
        status = pace.g200_status(values.get("g200_status")) if roles["g200_status"] else None
        return Ecoregion(name or f"Global 200 #{pace.as_text(values.get('g200_number'))}", status)

    return LayerReading(QT_TRANSLATE_NOOP("References", "ecoregion"), roles, exclusion, record)


def layer_display_name(layer):
    """The layer's name, with the GeoPackage layer where several layers share one file name."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    inner = parts.get("layerName")
    return f"{layer.name()} ({inner})" if inner and inner != layer.name() else layer.name()


# The kind of a protected-area or AZE layer, as the log names it (translated there).
PROTECTED_AREAS_KIND = QT_TRANSLATE_NOOP("ReferenceLayers", "protected areas")


def read_reference_layer(reference, layer, kind, reading_for, context, repair, feedback):
    """Read one layer of the given kind (a QT_TRANSLATE_NOOP'd word) into reference, logging its
    report, which it returns. reading_for(name, source) says how its features become records.
    InputError when the layer is empty."""
    # A thread-safe reader of the layer (algorithms run in a background thread).
    source = QgsProcessingFeatureSource(layer, context)
    name = layer_display_name(layer)
    if not source.featureCount():
        raise InputError(
            translate(
                "ReferenceLayers", "The {} layer '{}' is empty. Remove it or choose another layer."
            ).format(translate("ReferenceLayers", kind), name)
        )
    reading = reading_for(name, source)
    report = load_layer(reference, source, name, reading, context.transformContext(), repair, feedback)
    feedback.pushInfo(report.summary())
    return report


def protected_area_reader(layer, field_map, options, measure, feedback):
    """reading_for of a protected-area layer read through field_map; logs its schema and the fields used."""

    def reading_for(name, source):
        schema = wdpa.schema_label(wdpa.detect_schema(layer.fields().names()))
        feedback.pushInfo(
            translate("ReferenceLayers", "{layer}: {schema}; fields read: {fields}").format(
                layer=name, schema=schema, fields=field_map.described()
            )
        )
        return protected_area_reading(name, source, field_map, options, measure)

    return reading_for


def no_area_left():
    """The InputError of a run whose protected-area layers held areas, of which cleaning left none."""
    return InputError(
        translate(
            "ReferenceLayers",
            "No protected area was left after cleaning (the log says what each rule left out): check "
            "the statuses to keep, the UNESCO-MAB and point options, and the layers.",
        )
    )


def load_references(layers, measure, context, feedback, progress, near=None, points_only=False):
    """References read from the ReferenceLayers, until the end or a cancel; progress(share)
    is called with the share (0-1) of the layers read. InputError when a layer is unusable.
    near: SiteSurroundings, to read only what lies within reach of the sites (None: all);
    points_only: the sets serve point sites only (ReferenceSet)."""
    if not layers.protected_areas and not layers.aze_sites:
        raise InputError(
            translate(
                "ReferenceLayers",
                "No protected-area layer was given. Add at least one (the WDPA for your country, or a "
                "national layer): without it no site can be screened.",
            )
        )
    pa_layers = layers.protected_areas
    field_maps = wdpa.apply_chosen_fields([layer.fields().names() for layer in pa_layers], layers.pa_fields)
    # The kinds name the layers in the log (translated there); tested / not_tested store them as they are.
    work = [(layer, PROTECTED_AREAS_KIND) for layer in pa_layers + layers.aze_sites]
    work += [(layer, QT_TRANSLATE_NOOP("ReferenceLayers", "landscapes")) for layer in layers.landscapes]
    work += [(layer, QT_TRANSLATE_NOOP("ReferenceLayers", "ecoregions")) for layer in layers.ecoregions]
    cancelled = feedback.isCanceled
    references = References(
        ReferenceSet("protected areas", near, points_only, cancelled),
        ReferenceSet("landscapes", near, points_only, cancelled) if layers.landscapes else None,
        ReferenceSet("ecoregions", near, points_only, cancelled) if layers.ecoregions else None,
    )
    repair = layers.cleaning.repair_geometries
    for position, (layer, kind) in enumerate(work):
        if feedback.isCanceled():
            break
        progress(position / len(work))
        if layer in pa_layers:
            field_map = field_maps[pa_layers.index(layer)]
            reading = protected_area_reader(layer, field_map, layers.cleaning, measure, feedback)
        elif kind == "protected areas":
            reading = aze_reading
        elif kind == "landscapes":
            reading = partial(landscape_reading, name_field=layers.landscape_name_field)
        else:
            reading = partial(g200_reading, all_g200=layers.ecoregions_are_g200)
        reference = references.protected_areas if kind == "protected areas" else getattr(references, kind)
        references.reports.append(
            read_reference_layer(reference, layer, kind, reading, context, repair, feedback)
        )
    pa_read = sum(report.read for report in references.reports[: len(pa_layers)])
    if pa_layers and near is not None and not pa_read and not feedback.isCanceled():
        # Nothing was cleaned: no protected area lies within reach, and every site is not eligible.
        feedback.pushWarning(
            translate(
                "ReferenceLayers",
                "No protected area within {} km of any site: every site is not eligible (nothing was read "
                "from {}).",
            ).format(
                kilometre_figure(near.reach_m), ", ".join(layer_display_name(layer) for layer in pa_layers)
            )
        )
        # Stored as the output's other run values are, in English.
        references.tested.append(f"protected areas (none within {near.reach_m / 1000:g} km of any site)")
    elif pa_layers and not len(references.protected_areas) and not feedback.isCanceled():
        # Not a run that calls every site not eligible: nothing was tested.
        raise no_area_left()
    else:
        references.tested.append("protected areas")
    for reference, kind in (
        (references.landscapes, "landscapes"),
        (references.ecoregions, QT_TRANSLATE_NOOP("ReferenceLayers", "Global 200 ecoregions")),
    ):
        (references.tested if reference is not None else references.not_tested).append(kind)
    if not layers.aze_sites:
        references.not_tested.append(QT_TRANSLATE_NOOP("ReferenceLayers", "AZE sites"))
    if references.not_tested:
        feedback.pushWarning(
            translate("ReferenceLayers", "Not tested, as no layer was given: {}").format(
                ", ".join(translate("ReferenceLayers", kind) for kind in references.not_tested)
            )
        )
    return references
