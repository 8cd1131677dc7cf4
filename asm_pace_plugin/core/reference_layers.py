"""Reading the reference layers of a classification once: protected areas (WDPA cleaned),
AZE sites, landscapes and Global 200 ecoregions, each into its ReferenceSet."""

from dataclasses import dataclass, field
from typing import Optional

from qgis.core import QgsProcessingFeatureSource, QgsProviderRegistry

from . import wdpa
from .i18n import QT_TRANSLATE_NOOP, translate
from .reference import (
    InputError,
    ReferenceSet,
    load_aze_sites,
    load_g200_ecoregions,
    load_landscapes,
    load_protected_areas,
)


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


def layer_display_name(layer):
    """The layer's name, with the GeoPackage layer where several layers share one file name."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    inner = parts.get("layerName")
    return f"{layer.name()} ({inner})" if inner and inner != layer.name() else layer.name()


def load_references(layers, measure, context, feedback, progress, near=None):
    """References read from the ReferenceLayers, until the end or a cancel; progress(share)
    is called with the share (0-1) of the layers read. InputError when a layer is unusable.
    near: SiteSurroundings, to read only what lies within reach of the sites (None: all)."""
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
    work = [
        (layer, QT_TRANSLATE_NOOP("ReferenceLayers", "protected areas"))
        for layer in pa_layers + layers.aze_sites
    ]
    work += [(layer, QT_TRANSLATE_NOOP("ReferenceLayers", "landscapes")) for layer in layers.landscapes]
    work += [(layer, QT_TRANSLATE_NOOP("ReferenceLayers", "ecoregions")) for layer in layers.ecoregions]
    references = References(
        ReferenceSet("protected areas", near),
        ReferenceSet("landscapes", near) if layers.landscapes else None,
        ReferenceSet("ecoregions", near) if layers.ecoregions else None,
    )
    repair = layers.cleaning.repair_geometries
    transform_context = context.transformContext()
    for position, (layer, kind) in enumerate(work):
        if feedback.isCanceled():
            break
        progress(position / len(work))
        # A thread-safe reader of the layer (algorithms run in a background thread).
        source = QgsProcessingFeatureSource(layer, context)
        name = layer_display_name(layer)
        if not source.featureCount():
            raise InputError(
                translate(
                    "ReferenceLayers", "The {} layer '{}' is empty. Remove it or choose another layer."
                ).format(translate("ReferenceLayers", kind), name)
            )
        if layer in pa_layers:
            field_map = field_maps[pa_layers.index(layer)]
            schema = wdpa.detect_schema(layer.fields().names())
            feedback.pushInfo(
                translate("ReferenceLayers", "{}: {}; fields used: {}").format(name, schema, field_map.used())
            )
            report = load_protected_areas(
                references.protected_areas,
                source,
                name,
                field_map,
                layers.cleaning,
                measure,
                transform_context,
                feedback,
            )
        elif kind == "protected areas":
            report = load_aze_sites(
                references.protected_areas, source, name, transform_context, repair, feedback
            )
        elif kind == "landscapes":
            report = load_landscapes(
                references.landscapes,
                source,
                name,
                layers.landscape_name_field,
                transform_context,
                repair,
                feedback,
            )
        else:
            report = load_g200_ecoregions(
                references.ecoregions,
                source,
                name,
                layers.ecoregions_are_g200,
                transform_context,
                repair,
                feedback,
            )
        feedback.pushInfo(report.summary())
        references.reports.append(report)
    if pa_layers and not len(references.protected_areas) and not feedback.isCanceled():
        # Not a run that calls every site not eligible: nothing was tested.
        raise InputError(
            translate(
                "ReferenceLayers",
                "No protected area was left after cleaning (the log says what each rule left out): check "
                "the statuses to keep, the UNESCO-MAB and point options, and the layers.",
            )
        )
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
