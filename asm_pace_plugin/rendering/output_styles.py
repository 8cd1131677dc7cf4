"""Styles of the plugin's outputs, built in code so they fit any geometry type.

Each output gets its look (renderer, readable field aliases, readable labels for stored
codes, map labels) from one function here. Processing applies it when it loads an output,
and the algorithm stores it in a GeoPackage output itself (QGIS's layer_styles table), so that
the output opens styled from the Browser, in another project and after a headless run.
"""

from datetime import datetime, timezone

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsEditorWidgetSetup,
    QgsGraduatedSymbolRenderer,
    QgsPalLayerSettings,
    QgsProcessingLayerPostProcessorInterface,
    QgsProviderRegistry,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSymbol,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

from ..core.assessment.layer_roles import MADE_PROPERTY
from ..core.impacts import pathways
from ..core.screening import pace
from ..core.screening.stream import pace_field_names
from ..core.shared import compat
from ..core.shared.i18n import QT_TRANSLATE_NOOP, translate
from ..core.shared.input_fields import as_text, last_form, usual_field
from ..core.shared.site_key import STORED_KEY

CLASS_COLOURS = {
    pace.PROTECTED_AREA: "#d7301f",
    pace.PRIORITY_LANDSCAPE: "#fc8d59",
    pace.CRITICAL_ECOSYSTEM: "#7b3294",
    pace.NOT_ELIGIBLE: "#969696",
}
PATHWAY_COLOURS = {
    "footprint": "#67000d",
    "offsite_deforestation": "#e6550d",
    "hunting": "#756bb1",
    "landscape_deforestation": "#fdae6b",
    "charcoal_timber": "#8c510a",
    "mercury_sediment": "#3182bd",
}
OTHER_COLOUR = "#969696"
ZONE_OPACITY = 0.45
# Share of a protected area inside impact zones: (lower, upper, colour, label).
SHARE_CLASSES = (
    (0.0, 0.1, "#fee5d9", QT_TRANSLATE_NOOP("AsmPaceOutputStyles", "under 10%")),
    (0.1, 0.25, "#fcae91", QT_TRANSLATE_NOOP("AsmPaceOutputStyles", "10% to 25%")),
    (0.25, 0.5, "#fb6a4a", QT_TRANSLATE_NOOP("AsmPaceOutputStyles", "25% to 50%")),
    (0.5, 1.0, "#cb181d", QT_TRANSLATE_NOOP("AsmPaceOutputStyles", "half or more")),
)
# Labels only from these scales in (denominators): a national layer of sites or protected areas
# is not labelled all over at country scale, a district or a protected area is.
SITE_LABEL_SCALE = 250_000
PROTECTED_AREA_LABEL_SCALE = 1_000_000
STYLE_NAME = "ASM-PACE"
STYLE_DESCRIPTION = "Style of the ASM-PACE plugin's output"
# Processing keeps only a pointer to a post-processor: the Python objects must outlive the run.
_ALIVE_STYLERS = {}


def field_aliases():
    """Readable names of the output fields, by field name (the stored names stay as models use them)."""
    return {
        # classified sites
        "pace_class": translate("AsmPaceOutputStyles", "PACE class"),
        "pace_elig": translate("AsmPaceOutputStyles", "PACE site"),
        "pa_count": translate("AsmPaceOutputStyles", "Protected areas touched"),
        "pa_names": translate("AsmPaceOutputStyles", "Protected areas"),
        "pa_ids": translate("AsmPaceOutputStyles", "Protected-area ids"),
        "pa_desigs": translate("AsmPaceOutputStyles", "Designations"),
        "pa_levels": translate("AsmPaceOutputStyles", "Designation levels"),
        "intl_desig": translate("AsmPaceOutputStyles", "International designations"),
        "iucn_cat": translate("AsmPaceOutputStyles", "IUCN category"),
        "landscape": translate("AsmPaceOutputStyles", "WWF priority landscape"),
        "g200_name": translate("AsmPaceOutputStyles", "Global 200 ecoregion"),
        "g200_stat": translate("AsmPaceOutputStyles", "Global 200 status"),
        "near_pa": translate("AsmPaceOutputStyles", "Nearest protected area"),
        "near_pa_m": translate("AsmPaceOutputStyles", "Distance to the nearest protected area (m)"),
        "tested": translate("AsmPaceOutputStyles", "Layers tested"),
        "not_tested": translate("AsmPaceOutputStyles", "Layers not tested"),
        "site_note": translate("AsmPaceOutputStyles", "Note"),
        "data_ver": translate("AsmPaceOutputStyles", "Data version"),
        STORED_KEY: translate("AsmPaceOutputStyles", "Site key"),
        # impact zones, traces, corridors
        "site_id": translate("AsmPaceOutputStyles", "Site"),
        "pathway": translate("AsmPaceOutputStyles", "Impact pathway"),
        "path_label": translate("AsmPaceOutputStyles", "Impact pathway (name)"),
        "dist_m": translate("AsmPaceOutputStyles", "Distance (m)"),
        "inner_m": translate("AsmPaceOutputStyles", "Inner distance (m)"),
        "dist_src": translate("AsmPaceOutputStyles", "Source of the distance"),
        "confidence": translate("AsmPaceOutputStyles", "Confidence"),
        "zone": translate("AsmPaceOutputStyles", "Zone shape"),
        "n_sites": translate("AsmPaceOutputStyles", "Sites"),
        "area_ha": translate("AsmPaceOutputStyles", "Area (ha)"),
        "snap_m": translate("AsmPaceOutputStyles", "Distance to the river (m)"),
        "asked_m": translate("AsmPaceOutputStyles", "Length asked (m)"),
        "traced_m": translate("AsmPaceOutputStyles", "Length traced (m)"),
        "trace_end": translate("AsmPaceOutputStyles", "Trace ended"),
        "direction": translate("AsmPaceOutputStyles", "Flow direction from"),
        "width_m": translate("AsmPaceOutputStyles", "Corridor width (m)"),
        # pressure and summary
        "pa_id": translate("AsmPaceOutputStyles", "Protected-area id"),
        "pa_name": translate("AsmPaceOutputStyles", "Protected area"),
        "pa_desig": translate("AsmPaceOutputStyles", "Designation"),
        "zone_ha": translate("AsmPaceOutputStyles", "Inside impact zones (ha)"),
        "pa_ha": translate("AsmPaceOutputStyles", "Protected-area size (ha)"),
        "site_ids": translate("AsmPaceOutputStyles", "Sites whose zones reach it"),
        "n_inside": translate("AsmPaceOutputStyles", "Sites inside"),
        "inside_ids": translate("AsmPaceOutputStyles", "Sites inside (keys)"),
        "summary": translate("AsmPaceOutputStyles", "Row"),
        "pa_layer": translate("AsmPaceOutputStyles", "Protected-area layer"),
        "pa_level": translate("AsmPaceOutputStyles", "Designation level"),
        "site_count": translate("AsmPaceOutputStyles", "Sites"),
    }


def share_alias(layer):
    """pa_share means a site's share inside protected areas, or a protected area's share inside zones."""
    if layer.fields().indexOf("pace_class") >= 0:
        return translate("AsmPaceOutputStyles", "Share inside protected areas (0-1)")
    return translate("AsmPaceOutputStyles", "Share of the protected area (0-1)")


def _set_aliases_and_value_maps(layer, renamed=None, catalogue=None):
    """catalogue: the run's pathway catalogue (pathways.load_catalogue), read here only where the
    layer has a pathway or dist_src field and none was given. renamed: {output field: its name in
    this layer} where a user's own field kept the name; the user's field then gets neither our
    alias nor our value map."""
    renamed = renamed or {}
    aliases = field_aliases()
    aliases["pa_share"] = share_alias(layer)
    aliases = {renamed.get(name, name): alias for name, alias in aliases.items()}
    fields = layer.fields()
    for index, field in enumerate(fields):
        if field.name() in aliases:
            layer.setFieldAlias(index, aliases[field.name()])
    value_maps = {
        "pace_class": {pace.class_label(code): code for code in pace.CLASS_LABELS},
        "g200_stat": {pace.g200_status_label(status): status for status in pace.G200_STATUS_LABELS},
    }
    if fields.indexOf(renamed.get("pathway", "pathway")) >= 0:
        catalogue = pathways.load_catalogue() if catalogue is None else catalogue
        value_maps["pathway"] = {pathway.label: name for name, pathway in catalogue.items()}
    source_index = fields.indexOf(renamed.get("dist_src", "dist_src"))
    if source_index >= 0:
        catalogue = pathways.load_catalogue() if catalogue is None else catalogue
        value_maps.update(_zone_value_maps(layer, source_index, catalogue))
    for name, mapping in value_maps.items():
        index = fields.indexOf(renamed.get(name, name))
        if index >= 0:
            # A value map shows the readable label; the stored value stays the stable code.
            entries = [{label: code} for label, code in mapping.items()]
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": entries}))


def _zone_value_maps(layer, source_index, catalogue):
    """The value maps of the impact zones' fields for people: the confidence, and where the distance
    comes from (the catalogue's sources, the dialog, dissolved zones and the per-site fields this
    layer holds) in words; the stored texts stay the same in every language, for scripts."""
    sources = {f"{pathways.SOURCE_CATALOGUE}{item.source}" for item in catalogue.values()}
    sources |= {pathways.SOURCE_PARAMETER, pathways.SOURCE_DISSOLVED}
    sources |= {as_text(value) for value in layer.uniqueValues(source_index)} - {""}
    return {
        "confidence": {pathways.confidence_label(code): code for code in pathways.CONFIDENCES},
        "dist_src": {pathways.source_label(stored): stored for stored in sorted(sources)},
    }


def _label_by(layer, field_name, scale):
    """Labels of field_name, shown at `scale` (1:scale) and closer only."""
    settings = QgsPalLayerSettings()
    settings.fieldName = field_name
    settings.scaleVisibility = True
    settings.minimumScale = scale  # the most zoomed-out scale that shows them
    settings.maximumScale = 0  # no limit zooming in
    text_format = QgsTextFormat()
    text_format.setSize(9)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    text_format.setBuffer(buffer)
    settings.setFormat(text_format)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _draw(layer, renderer):
    """Give the layer renderer() where it has geometry to draw: an output written as a CSV or a
    spreadsheet is a table (QGIS has no symbol for it), and gets only its readable fields."""
    if layer.isSpatial():
        layer.setRenderer(renderer())


def _symbol(layer, colour, translucent=False):
    symbol = QgsSymbol.defaultSymbol(layer.geometryType())
    symbol.setColor(QColor(colour))
    if translucent and layer.geometryType() == compat.GEOMETRY_POLYGON:
        symbol.setOpacity(ZONE_OPACITY)
    return symbol


def pace_class_renderer(layer, class_field="pace_class"):
    """A categorised renderer on the PACE class with one colour and readable label per class."""
    categories = [
        QgsRendererCategory(
            site_class,
            _symbol(layer, colour),
            pace.class_label(site_class),
        )
        for site_class, colour in CLASS_COLOURS.items()
    ]
    return QgsCategorizedSymbolRenderer(class_field, categories)


def apply_pace_class_style(layer):
    """Classified sites: coloured by PACE class, labelled by name (or key). Where a user's own
    field had a PACE field's name, the suffixed PACE field (pace_class_2) is the one styled."""
    names = layer.fields().names()
    renamed = pace_field_names(names)
    if "pace_class" not in renamed:
        return
    if last_form(names, STORED_KEY):
        renamed[STORED_KEY] = last_form(names, STORED_KEY)  # the classification's, beside a user's
    _draw(layer, lambda: pace_class_renderer(layer, renamed["pace_class"]))
    _set_aliases_and_value_maps(layer, renamed)
    label_field = usual_field(layer.fields().names(), "sites", "label") or usual_field(
        layer.fields().names(), "sites", "key"
    )
    if label_field:
        _label_by(layer, label_field, SITE_LABEL_SCALE)
    layer.triggerRepaint()


def apply_pathway_style(layer, catalogue=None):
    """Zones, traces and corridors: coloured by impact pathway with its readable name (from the
    run's catalogue, given with functools.partial; None: the shipped one); polygons translucent so
    that the map beneath shows."""
    index = layer.fields().indexOf("pathway")
    if index < 0:
        return
    catalogue = pathways.load_catalogue() if catalogue is None else catalogue

    def renderer():
        categories = []
        for value in sorted(str(value) for value in layer.uniqueValues(index) if value is not None):
            label = catalogue[value].label if value in catalogue else value.replace("_", " ")
            symbol = _symbol(layer, PATHWAY_COLOURS.get(value, OTHER_COLOUR), translucent=True)
            categories.append(QgsRendererCategory(value, symbol, label))
        return QgsCategorizedSymbolRenderer("pathway", categories)

    _draw(layer, renderer)
    _set_aliases_and_value_maps(layer, catalogue=catalogue)
    layer.triggerRepaint()


def apply_pressure_style(layer):
    """Pressure on protected areas: graduated by the share of the area inside impact zones,
    labelled by the protected area's name."""
    if layer.fields().indexOf("pa_share") < 0:
        return
    _draw(
        layer,
        lambda: QgsGraduatedSymbolRenderer(
            "pa_share",
            [
                QgsRendererRange(
                    lower,
                    upper,
                    _symbol(layer, colour, translucent=True),
                    translate("AsmPaceOutputStyles", label),
                )
                for lower, upper, colour, label in SHARE_CLASSES
            ],
        ),
    )
    _set_aliases_and_value_maps(layer)
    if layer.fields().indexOf("pa_name") >= 0:
        _label_by(layer, "pa_name", PROTECTED_AREA_LABEL_SCALE)
    layer.triggerRepaint()


# New mining by period: pale yellow (oldest) to dark red (newest), along this ramp.
PERIOD_RAMP = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")


def period_colour(position, count):
    """The colour of the position-th of count periods (oldest first) on PERIOD_RAMP, interpolated."""
    if count <= 1:
        return QColor(PERIOD_RAMP[-1])
    place = position / (count - 1) * (len(PERIOD_RAMP) - 1)
    low = min(int(place), len(PERIOD_RAMP) - 2)
    first, second = QColor(PERIOD_RAMP[low]), QColor(PERIOD_RAMP[low + 1])
    weight = place - low
    return QColor(*(round(a + (b - a) * weight) for a, b in zip(first.getRgb()[:3], second.getRgb()[:3])))


def apply_period_style(layer, field="period"):
    """Mining over time: footprints and new mining coloured by period, oldest pale, newest dark
    (field: the period's, or the year of footprints not yet measured, as the sample's)."""
    index = layer.fields().indexOf(field)
    if index < 0:
        return
    values = sorted(
        (value for value in layer.uniqueValues(index) if value not in (None, "") and str(value) != "NULL"),
        key=str,
    )
    _draw(
        layer,
        lambda: QgsCategorizedSymbolRenderer(
            field,
            [
                QgsRendererCategory(
                    value, _symbol(layer, period_colour(position, len(values)).name()), str(value)
                )
                for position, value in enumerate(values)
            ],
        ),
    )
    _set_aliases_and_value_maps(layer)
    layer.triggerRepaint()


def apply_table_style(layer):
    """Tables (summary, per-site pressure): readable aliases only."""
    _set_aliases_and_value_maps(layer)


def geopackage_layer(destination):
    """The output layer when destination is a GeoPackage file (else None)."""
    parts = QgsProviderRegistry.instance().decodeUri("ogr", destination or "")
    if not str(parts.get("path", "")).lower().endswith(".gpkg"):
        return None
    layer = QgsVectorLayer(destination, "output", "ogr")
    return layer if layer.isValid() else None


def store_style(destination, apply):
    """Style a GeoPackage output and store the style in its file as the default (layer_styles).
    Returns a problem as text, "" when stored or when the output is no GeoPackage."""
    layer = geopackage_layer(destination)
    if layer is None:
        return ""
    apply(layer)
    return compat.save_default_style(layer, STYLE_NAME, STYLE_DESCRIPTION)


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Applies a style function to an output once Processing has loaded it into the project, and
    stamps the layer with the time it was made (layer_roles.MADE_PROPERTY, kept in the project):
    the next step's dialog starts from the newest output of the step before."""

    def __init__(self, apply):
        super().__init__()
        self.apply = apply

    def postProcessLayer(self, layer, context, feedback):
        if layer is not None:
            self.apply(layer)
            layer.setCustomProperty(MADE_PROPERTY, datetime.now(timezone.utc).isoformat())

    @classmethod
    def attach(cls, context, dest_id, apply):
        if dest_id and context.willLoadLayerOnCompletion(dest_id):
            styler = _ALIVE_STYLERS[dest_id] = cls(apply)
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(styler)
