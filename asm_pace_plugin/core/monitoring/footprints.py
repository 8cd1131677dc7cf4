"""Reading mining footprints (polygons) or sites (points) over time: each feature's period (from a
date or year field, or from its layer's name), id and mined area, its geometry in EPSG:4326,
repaired where invalid; what cannot be used is counted by reason, never dropped silently."""

from dataclasses import dataclass
from typing import Optional

from qgis.core import QgsFeatureRequest

from ..screening.layer_loader import filled_source
from ..shared import compat
from ..shared.errors import InputError, MissingFieldError, PluginError
from ..shared.i18n import QT_TRANSLATE_NOOP, translate
from ..shared.input_fields import FIELD_CANDIDATES, as_text, find_field
from ..shared.sites import note_cancel, site_geometry, wgs84_transform
from .growth import polygonal
from .periods import PeriodError, parse_period, period_in_name

NOTE_NO_POLYGON = QT_TRANSLATE_NOOP("Reasons", "no polygon left after repair")


class FootprintError(PluginError, ValueError):
    """Footprint layers that cannot be read as given; the message says what to fix."""


@dataclass
class FootprintLayer:
    """One footprint layer and how it is read."""

    source: object  # a QgsFeatureSource
    name: str
    points: bool
    period_field: Optional[str]  # None: the layer's period comes from its name
    layer_period: object  # Period of the whole layer, or None
    id_field: Optional[str]  # None: each feature is a footprint of its own
    mined_field: Optional[str]

    def describe(self):
        """How the layer is read, for the log."""
        period = (
            translate("Monitoring", "period from the field {field}").format(field=self.period_field)
            if self.period_field
            else translate("Monitoring", "period {period} from the layer's name").format(
                period=self.layer_period
            )
        )
        identity = (
            translate("Monitoring", "ids from {field}").format(field=self.id_field)
            if self.id_field
            else translate("Monitoring", "each feature a footprint of its own")
        )
        mined = (
            translate("Monitoring", "mined area from {field}").format(field=self.mined_field)
            if self.mined_field
            else translate("Monitoring", "no mined-area field")
        )
        return translate("Monitoring", "{layer}: {period}; {identity}; {mined}.").format(
            layer=self.name, period=period, identity=identity, mined=mined
        )


def _field(names, given, role, layer_name):
    try:
        return find_field(names, given, FIELD_CANDIDATES["footprints"][role])
    except MissingFieldError as error:
        raise FootprintError(
            translate("Monitoring", "The footprint layer '{layer}': {error}.").format(
                layer=layer_name, error=error
            )
        ) from None


def footprint_layer(source, name, length, period_field="", id_field="", mined_field=""):
    """A FootprintLayer: the fields given (each must be there, except a period field in a layer
    whose name gives its period), else the usual ones. FootprintError when the layer is no point
    or polygon layer, is empty, has no CRS, or gives no period at all."""
    kind = compat.geometry_type_of(source.wkbType())
    if kind not in (compat.GEOMETRY_POINT, compat.GEOMETRY_POLYGON):
        raise FootprintError(
            translate(
                "Monitoring",
                "The footprint layer '{layer}' holds neither polygons nor points: give mining footprints "
                "(polygons) or sites (points).",
            ).format(layer=name)
        )
    if not source.sourceCrs().isValid():
        raise FootprintError(
            translate(
                "Monitoring",
                "The footprint layer '{layer}' has no valid CRS: set it in Layer Properties > Source.",
            ).format(layer=name)
        )
    names = source.fields().names()
    layer_period = None
    try:
        field = _field(names, period_field, "period", name)
    except FootprintError as missing:
        field = None  # the field given is missing: the layer's name must say its period
        try:
            layer_period = period_in_name(name, length)
        except PeriodError:
            raise missing from None
    if field is None and layer_period is None:
        try:
            layer_period = period_in_name(name, length)
        except PeriodError:
            raise FootprintError(
                translate(
                    "Monitoring",
                    "The footprint layer '{layer}' has no date or year field (year, date, period...) and "
                    "its name gives no date: give its period field, or name the layer with its date "
                    "(footprints_2019).",
                ).format(layer=name)
            ) from None
    return FootprintLayer(
        source,
        name,
        kind == compat.GEOMETRY_POINT,
        field,
        layer_period,
        _field(names, id_field, "id", name),
        _field(names, mined_field, "mined_area", name),
    )


def _mined(value, layer, feature_id):
    text = as_text(value)
    if not text:
        return None
    try:
        mined = float(text)
    except ValueError:
        mined = float("nan")
    if not mined == mined or mined < 0 or mined == float("inf"):
        raise FootprintError(
            translate(
                "Monitoring",
                "Feature {feature} of '{layer}': the mined area '{value}' is not a number of hectares (0 or "
                "more).",
            ).format(feature=feature_id, layer=layer.name, value=text)
        )
    return mined


def read_footprints(layer, length, context, feedback, counts, progress=None):
    """(feature, geometry in EPSG:4326, Period, footprint id, mined ha or None) of each usable
    feature of a FootprintLayer, until cancelled. Unusable geometries are counted in counts (a
    Counter) by reason; a period or mined area that cannot be read stops the run (FootprintError)."""
    to_wgs84 = wgs84_transform(layer.source, context)
    total = layer.source.featureCount() or 1
    for current, feature in enumerate(compat.iterate_features(layer.source, QgsFeatureRequest())):
        if feedback.isCanceled():
            note_cancel(feedback, current, layer.source.featureCount())
            return
        if progress is not None and not current % 500:
            progress(current / total)
        if layer.period_field:
            try:
                period = parse_period(feature[layer.period_field], length)
            except PeriodError as error:
                raise FootprintError(
                    translate("Monitoring", "Feature {feature} of '{layer}' ({field}): {error}").format(
                        feature=feature.id(), layer=layer.name, field=layer.period_field, error=error
                    )
                ) from None
        else:
            period = layer.layer_period
        geometry, problem = site_geometry(feature.geometry(), to_wgs84)
        if problem:
            counts[problem] += 1
        if geometry is None:
            continue
        if not layer.points:
            geometry = polygonal(geometry)  # a repair may leave lines beside the polygons
            if geometry is None:
                counts[NOTE_NO_POLYGON] += 1
                continue
        footprint_id = as_text(feature[layer.id_field]) if layer.id_field else ""
        footprint_id = footprint_id or f"{layer.name}#{feature.id()}"
        mined = _mined(feature[layer.mined_field], layer, feature.id()) if layer.mined_field else None
        yield feature, geometry, period, footprint_id, mined


def footprint_layers(given, context, length, period_field="", id_field="", mined_field="", feedback=None):
    """The FootprintLayer of each layer given (QgsMapLayer), each described in the log. InputError
    when none is given, one is empty, or points and polygons are mixed."""
    if not given:
        raise InputError(translate("Monitoring", "No footprint layer was given: give at least one."))
    layers = []
    for layer in given:
        empty = translate("Monitoring", "The footprint layer '{}' is empty: remove it or choose another.")
        source, name = filled_source(layer, context, empty)
        read = footprint_layer(source, name, length, period_field, id_field, mined_field)
        if feedback is not None:
            feedback.pushInfo(read.describe())
        layers.append(read)
    if len({read.points for read in layers}) > 1:
        raise InputError(
            translate(
                "Monitoring",
                "Some footprint layers hold points and others polygons: give sites (points) or "
                "footprints (polygons), not both in one run.",
            )
        )
    return layers


def add_footprints(monitor, layers, length, context, feedback, counts, progress=None):
    """Add every usable footprint of the layers to monitor (a MiningOverTime); progress(share) of
    the reading. Returns how many were read."""
    read = 0
    for position, layer in enumerate(layers):

        def layer_progress(share, position=position):
            if progress is not None:
                progress((position + share) / len(layers))

        for _feature, geometry, period, footprint_id, mined in read_footprints(
            layer, length, context, feedback, counts, layer_progress
        ):
            monitor.add(geometry, period, footprint_id, mined)
            read += 1
    return read


def snapshot_order_warnings(layers):
    """Sentences for the log: snapshots given as layers are taken in date order, whatever the
    order they came in, and those of the same period together."""
    warnings = []
    named = [layer.layer_period for layer in layers if layer.layer_period is not None]
    if named != sorted(named):
        warnings.append(
            translate(
                "Monitoring",
                "The snapshot layers were not given in date order; they are taken in date order: {}.",
            ).format(", ".join(period.key for period in sorted(named)))
        )
    repeated = sorted({period.key for period in named if named.count(period) > 1})
    if repeated:
        warnings.append(
            translate(
                "Monitoring",
                "Several snapshot layers are of the same period ({}): their footprints are taken together.",
            ).format(", ".join(repeated))
        )
    return warnings
