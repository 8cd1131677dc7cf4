"""asm_pace:sitedossiers, "Site dossiers".

One PDF (a section of pages per site) and one HTML page from the assessment workspace, the
classified sites and the reference layers. Print layouts are not thread safe: the algorithm
runs on the main thread (NoThreading) and builds its layout in a QgsProject of its own.
"""

import tempfile
from pathlib import Path

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsProject,
    QgsProviderRegistry,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core import compat, geodesy, i18n, layer_roles, pace, wdpa
from ..core.catalogues import load_catalogues
from ..core.classify_stream import classified_values
from ..core.dossier import build_dossier, pathway_names, render_html
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.paths import plugin_version
from ..core.reference import InputError
from ..core.reference_layers import ReferenceLayers, load_references
from ..core.site_key import keys_meet, source_site_key
from ..rendering.dossier_layout import (
    DossierLayout,
    keep_labels_off,
    label_names,
    style_layer,
    style_zones,
    utm_crs,
)
from .base import AsmPaceAlgorithm
from .common import chosen_language, ellipsoid_of, language_parameter, warn_about_site_keys
from .workspace_inputs import (
    checked_keys,
    include_sensitive_parameter,
    keyed_rows,
    open_checked_workspace,
    site_keys_parameter,
    snapshot_geometries,
    workspace_parameter,
)

MAP_MARGIN_DEGREES = 1.0  # protected areas are read this far around the sites (the maps show less)


def site_layer(sites, name):
    """A memory layer of the sites' geometries (EPSG:4326), keyed by site_key."""
    geometries = [
        geometry for _key, _label, _attributes, geometry in sites if geometry and not geometry.isNull()
    ]
    geometry_name = QgsWkbTypes.displayString(geometries[0].wkbType()) if geometries else "Point"
    layer = QgsVectorLayer(f"{geometry_name}?crs={geodesy.WGS84.authid()}", name, "memory")
    layer.dataProvider().addAttributes([QgsField("site_key", compat.FIELD_STRING)])
    layer.updateFields()
    for key, _label, _attributes, geometry in sites:
        if geometry is not None and not geometry.isNull():
            feature = QgsFeature(layer.fields())
            feature.setAttributes([key])
            feature.setGeometry(geometry)
            layer.dataProvider().addFeature(feature)
    style_layer(layer, "sites")
    keep_labels_off(layer)  # a protected area's name never hides the site
    return layer


def own_copy(layer):
    """A copy the run's project may own: never the caller's layer object."""
    if layer.providerType() == "memory":
        return layer.materialize(QgsFeatureRequest())
    return QgsVectorLayer(layer.source(), layer.name(), layer.providerType())


def source_name(layer):
    """The layer as the map's sources line names it: its table and file."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    name = parts.get("layerName") or layer.name()
    file_name = Path(parts["path"]).name if parts.get("path") else ""
    return f"{name} ({file_name})" if file_name else name


def sites_box(sites, margin_degrees):
    """The box (EPSG:4326) around every site's geometry, grown by margin_degrees."""
    # Bounds taken in Python: an empty QgsRectangle means (0, 0, 0, 0) on 3.22 but "null" on 3.44
    # (setMinimal, the spelling both knew, is deprecated there), and a site at (0, 0) must count.
    boxes = [geometry.boundingBox() for *_, geometry in sites if geometry and not geometry.isNull()]
    if not boxes:
        return QgsRectangle(-180, -90, 180, 90)
    box = QgsRectangle(
        min(b.xMinimum() for b in boxes),
        min(b.yMinimum() for b in boxes),
        max(b.xMaximum() for b in boxes),
        max(b.yMaximum() for b in boxes),
    )
    box.grow(margin_degrees)
    return box


def protected_area_layer(layers, box, context, name, feedback):
    """The protected areas of `layers` within `box`, as the classification reads them (WDPA
    cleaned, points as circles of their reported area), in one polygon layer with their names.
    When none is left to draw, the log says why and the layer is empty."""
    near = []
    for layer in layers:
        to_layer = QgsCoordinateTransform(geodesy.WGS84, layer.crs(), context.transformContext())
        subset = layer.materialize(QgsFeatureRequest().setFilterRect(to_layer.transformBoundingBox(box)))
        if subset.featureCount():
            near.append(subset)
    result = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=name:string", name, "memory")
    if not near:
        return result
    aze = [layer for layer in near if {n.upper() for n in layer.fields().names()} >= layer_roles.AZE_FIELDS]
    chosen = ReferenceLayers(
        protected_areas=[layer for layer in near if layer not in aze],
        aze_sites=aze,
        landscapes=[],
        ecoregions=[],
        pa_fields={},
        cleaning=wdpa.CleaningOptions(),
    )
    measure = geodesy.distance_area(ellipsoid_of(context), context.transformContext())
    quiet = QgsProcessingFeedback()  # what the classification logs would only repeat here
    try:
        areas = load_references(chosen, measure, context, quiet, lambda _share: None).protected_areas
    except InputError as error:
        feedback.pushWarning(
            translate("SiteDossiersAlgorithm", "The maps show no protected area: {reason}").format(
                reason=error
            )
        )
        return result
    features = []
    for item in range(len(areas)):
        feature = QgsFeature(result.fields())
        geometry = QgsGeometry(areas.geometry(item))
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        feature.setAttributes([areas.record(item).name])
        features.append(feature)
    result.dataProvider().addFeatures(features)
    return result


def site_location(geometry, transform_context):
    """(latitude, longitude, UTM zone, northern, easting, northing) of the site's centre, or None."""
    if geometry is None or geometry.isNull():
        return None
    point = geometry.centroid().asPoint()
    crs = utm_crs(point)
    projected = QgsCoordinateTransform(geodesy.WGS84, crs, transform_context).transform(point)
    zone = int(crs.authid().split(":")[1]) % 100
    return point.y(), point.x(), zone, point.y() >= 0, projected.x(), projected.y()


class SiteDossiersAlgorithm(AsmPaceAlgorithm):
    WORKSPACE = "WORKSPACE"
    SITES = "SITES"
    KEY_FIELD = "KEY_FIELD"
    SITE_KEYS = "SITE_KEYS"
    PROTECTED_AREAS = "PROTECTED_AREAS"
    LANDSCAPES = "LANDSCAPES"
    ECOREGIONS = "ECOREGIONS"
    IMPACT_ZONES = "IMPACT_ZONES"
    ZONE_KEY_FIELD = "ZONE_KEY_FIELD"
    PRESSURE = "PRESSURE"
    PRESSURE_KEY_FIELD = "PRESSURE_KEY_FIELD"
    DATA_SOURCES = "DATA_SOURCES"
    INCLUDE_SENSITIVE = "INCLUDE_SENSITIVE"
    OUTPUT_PDF = "OUTPUT_PDF"
    OUTPUT_HTML = "OUTPUT_HTML"
    SITE_COUNT = "SITE_COUNT"
    PAGE_COUNT = "PAGE_COUNT"

    def name(self):
        return "sitedossiers"

    def displayName(self):
        return self.tr("Site dossiers")

    def groupId(self):
        return "assessment"

    def tags(self):
        return self.tr("asm,pace,dossier,report,pdf,html,atlas,stakeholders,decision").split(",")

    def flags(self):
        # Print layouts are not thread safe: run on the main thread.
        return super().flags() | compat.ALGORITHM_NO_THREADING

    def shortHelpString(self):
        return self.tr(
            "<p>Writes a <b>dossier</b> for each site, to print or send before a meeting: a map of the "
            "site with the protected areas, landscapes, ecoregions and impact zones you give (scale bar, "
            "north arrow, legend, data sources); its PACE classification and designations; pressure "
            "figures; the site profile; the stakeholders with their influence–interest grid and relation "
            "network; the fit of each management approach with its reasons; the decision, its rationale "
            "and its history; the date and the plugin version.</p>"
            "<p>One <b>PDF</b> holds a section of pages per site; the <b>HTML</b> page holds the same, "
            "with its pictures in a folder beside it.</p>"
            "<p><b>Sites</b>: all sites of the workspace, or the classified-sites layer (tick "
            "<i>Selected features only</i> for a selection). <b>Site keys</b> narrows to some sites "
            "(comma-separated).</p>"
            "<p><b>Safe to share by default</b>: sensitive stakeholders (marked so in the dock, or of a "
            "sensitive group) and contacts not marked shareable are left out, and each dossier says how "
            "many. Tick <i>Include contacts and sensitive "
            "stakeholders</i> only for a dossier that stays with people entitled to them.</p>"
            "<p><b>Next step</b>: take the dossiers to the meeting; record the decision in the dock, then "
            "<i>Export assessments (table)</i> for programme reporting.</p>"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(workspace_parameter())
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.SITES, self.tr("Classified sites (empty: the sites of the workspace)"),
                [compat.SOURCE_ANY_GEOMETRY], optional=True,
            )
        )  # fmt: skip
        self.addParameter(
            QgsProcessingParameterField(
                self.KEY_FIELD,
                self.tr("Site key field of the classified sites (empty: the workspace's)"),
                parentLayerParameterName=self.SITES,
                optional=True,
            )
        )
        self.addParameter(site_keys_parameter())
        for key, description, source_type in (
            (self.PROTECTED_AREAS, self.tr("Protected areas for the map"), compat.SOURCE_ANY_GEOMETRY),
            (self.LANDSCAPES, self.tr("WWF priority landscapes for the map"), compat.SOURCE_POLYGON),
            (self.ECOREGIONS, self.tr("Ecoregions for the map"), compat.SOURCE_POLYGON),
        ):
            self.addParameter(
                QgsProcessingParameterMultipleLayers(key, description, source_type, optional=True)
            )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.IMPACT_ZONES, self.tr("Impact zones (the output of Impact zones)"),
                [compat.SOURCE_POLYGON], optional=True,
            )
        )  # fmt: skip
        self.addParameter(
            QgsProcessingParameterField(
                self.ZONE_KEY_FIELD, self.tr("Site key field of the impact zones"), defaultValue="site_id",
                parentLayerParameterName=self.IMPACT_ZONES, optional=True,
            )
        )  # fmt: skip
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PRESSURE, self.tr("Pressure per site (table of Pressure on protected areas)"),
                [compat.SOURCE_TABLE], optional=True,
            )
        )  # fmt: skip
        self.addParameter(
            QgsProcessingParameterField(
                self.PRESSURE_KEY_FIELD, self.tr("Site key field of the pressure table"),
                defaultValue="site_id", parentLayerParameterName=self.PRESSURE, optional=True,
            )
        )  # fmt: skip
        self.addParameter(
            QgsProcessingParameterString(
                self.DATA_SOURCES,
                self.tr("Data sources and versions to print (e.g. WDPA November 2025; WWF TEOW 2001)"),
                optional=True,
            )
        )
        self.addParameter(include_sensitive_parameter())
        self.addParameter(language_parameter(self.tr("Language of the dossiers")))
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_PDF, self.tr("Dossiers (PDF)"), self.tr("PDF files (*.pdf)")
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_HTML, self.tr("Dossiers (HTML)"), self.tr("HTML files (*.html)"), optional=True,
                createByDefault=True,
            )
        )  # fmt: skip
        self.addOutput(QgsProcessingOutputNumber(self.SITE_COUNT, self.tr("Number of dossiers")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGE_COUNT, self.tr("Number of PDF pages")))

    # -- inputs -----------------------------------------------------------------------------
    def _sites(self, parameters, context, workspace, feedback):
        """[(key, label, attributes or None, geometry in EPSG:4326 or None)] of the chosen sites."""
        source = self.parameterAsSource(parameters, self.SITES, context)
        requested = self.parameterAsString(parameters, self.SITE_KEYS, context)
        if source is None:
            snapshots = snapshot_geometries(workspace.path)
            keys = checked_keys(snapshots, requested)
            return [(key, None, None, snapshots[key]) for key in keys]
        key_field = (
            self.parameterAsString(parameters, self.KEY_FIELD, context)
            or workspace.setting("key_field")
            or source_site_key(source)
        )
        if not key_field or source.fields().indexOf(key_field) < 0:
            raise QgsProcessingException(
                self.tr(
                    "Choose the key field of the classified sites ({} not found); its fields are: {}."
                ).format(key_field or self.tr("none given"), ", ".join(source.fields().names()))
            )
        transform = QgsCoordinateTransform(source.sourceCrs(), geodesy.WGS84, context.transformContext())
        sites, keys = {}, []
        for feature in source.getFeatures():
            if feedback.isCanceled():
                return []
            key = pace.as_text(feature[key_field])
            keys.append(key)
            if not key:
                continue
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                geometry = None  # a site without coordinates (a GeoPackage keeps it as empty)
            else:
                geometry.transform(transform)
            attributes = classified_values(source.fields().names(), feature.attributes())
            label = next(
                (attributes[name] for name in ("site_name", "name", "NAME") if name in attributes), None
            )
            sites.setdefault(key, (key, label, attributes, geometry))
        warn_about_site_keys(feedback, keys, key_field, one_per_key=True)
        return [sites[key] for key in checked_keys(sites, requested)]

    def _map_layers(self, parameters, context, project, sites, feedback):
        """The map layers in the run's own project (top first), the sources text and the copy of
        the impact-zones layer (or None). Layers are named in words for the legend; the
        protected areas are read as the classification reads them, near the sites only."""
        # The layers' names are the dossier's legend: in the dossier's language.
        layers, sources, zone_copy = (
            [site_layer(sites, translate("SiteDossiersAlgorithm", "Mining sites"))],
            [],
            None,
        )
        zones = self.parameterAsVectorLayer(parameters, self.IMPACT_ZONES, context)
        if zones is not None:
            zone_copy = own_copy(zones)
            style_zones(zone_copy, pathway_names())
            zone_copy.setName(translate("SiteDossiersAlgorithm", "Impact zones"))
            layers.append(zone_copy)
            sources.append(source_name(zones))
        given_areas = self.parameterAsLayerList(parameters, self.PROTECTED_AREAS, context)
        if given_areas:
            box = sites_box(sites, MAP_MARGIN_DEGREES)
            areas = protected_area_layer(
                given_areas, box, context, translate("SiteDossiersAlgorithm", "Protected areas"), feedback
            )
            style_layer(areas, "protected_areas")
            label_names(areas)
            layers.append(areas)
            sources += [source_name(layer) for layer in given_areas]
        for key, title, role in (
            (self.LANDSCAPES, translate("SiteDossiersAlgorithm", "WWF priority landscapes"), "landscapes"),
            (self.ECOREGIONS, translate("SiteDossiersAlgorithm", "Ecoregions"), "ecoregions"),
        ):
            for layer in self.parameterAsLayerList(parameters, key, context):
                copied = own_copy(layer)
                copied.setName(title)
                style_layer(copied, role)
                layers.append(copied)
                sources.append(source_name(layer))
        for layer in reversed(layers):  # each goes on top of the legend: the sites last
            project.addMapLayer(layer)
        if zone_copy is not None:  # its categories say "Impact zones: hunting": no title above them
            project.layerTreeRoot().findLayer(zone_copy.id()).setCustomProperty(
                "legend/title-style", "hidden"
            )
        return layers, sources, zone_copy

    # -- run --------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        workspace = open_checked_workspace(self.parameterAsFile(parameters, self.WORKSPACE, context))
        try:
            # The log stays in QGIS's language; what the dossier says is in the one chosen.
            with i18n.writing_in(chosen_language(self, parameters, context)):
                return self._write(parameters, context, feedback, workspace)
        finally:
            workspace.close()

    def _write(self, parameters, context, feedback, workspace):
        include_sensitive = self.parameterAsBoolean(parameters, self.INCLUDE_SENSITIVE, context)
        sites = self._sites(parameters, context, workspace, feedback)
        if not sites:
            raise QgsProcessingException(
                self.tr("No site to write a dossier for: give site keys the workspace holds.")
            )
        pressure_headers, pressure = keyed_rows(
            self.parameterAsSource(parameters, self.PRESSURE, context),
            self.parameterAsString(parameters, self.PRESSURE_KEY_FIELD, context) or "site_id",
            feedback,
        )
        zone_key_field = self.parameterAsString(parameters, self.ZONE_KEY_FIELD, context) or "site_id"
        zone_headers, zones = keyed_rows(
            self.parameterAsSource(parameters, self.IMPACT_ZONES, context), zone_key_field, feedback
        )
        if zones:
            matched, total = keys_meet([key for key, _label, _attributes, _geometry in sites], zones)
            if not matched:
                feedback.pushWarning(
                    translate(
                        "SiteDossiersAlgorithm",
                        "0 of {} sites have impact zones under the key {}: the maps will show no zone. "
                        "Choose the site key field of the impact zones, or make the zones again from "
                        "the classified sites.",
                    ).format(total, zone_key_field)
                )
        pdf_path = Path(self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context))
        html_output = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        html_path = Path(html_output) if html_output else None
        if html_path is not None:
            work_dir = html_path.parent / f"{html_path.stem}_files"
            work_dir.mkdir(parents=True, exist_ok=True)
        else:
            work_dir = Path(tempfile.mkdtemp(prefix="dossier_", dir=QgsProcessingUtils.tempFolder()))
        pdf_path.parent.mkdir(parents=True, exist_ok=True)

        catalogues = load_catalogues()
        version = plugin_version()
        project = QgsProject()  # the run's own project: QgsProject.instance() is the GUI's
        project.setEllipsoid(geodesy.DEFAULT_ELLIPSOID)
        layers, sources, zone_layer = self._map_layers(parameters, context, project, sites, feedback)
        user_sources = self.parameterAsString(parameters, self.DATA_SOURCES, context)
        sources_text = translate("SiteDossiersAlgorithm", "Map data: {sources}").format(
            sources="; ".join([*sources, *([user_sources] if user_sources else [])])
        )
        layout = DossierLayout(
            project, catalogues, layers, sources_text, work_dir,
            zones=(zone_layer, zone_key_field) if zone_layer is not None else None,
        )  # fmt: skip
        dossiers, images = [], {}
        redacted = 0
        for index, (key, label, attributes, geometry) in enumerate(sites, start=1):
            if feedback.isCanceled():
                return {}
            dossier = build_dossier(
                workspace, catalogues, key, attributes, label, include_sensitive,
                pressure=(pressure_headers, pressure.get(key, [])),
                zones=(zone_headers, zones.get(key, [])),
                sources=user_sources or pace.as_text((attributes or {}).get("data_ver")),
                plugin_version=version,
                location=site_location(geometry, context.transformContext()),
            )  # fmt: skip
            charts = layout.add_site(dossier, geometry, index)
            redacted += dossier.redaction.contacts + dossier.redaction.sensitive_stakeholders
            dossiers.append(dossier)
            map_image = layout.map_image(key, work_dir / f"site{index:03d}_map.png")
            images[key] = {QT_TRANSLATE_NOOP("Dossier", "Map"): map_image, **charts}
            feedback.setProgress(80.0 * index / len(sites))
        feedback.pushInfo(self.tr("{} dossier(s) on {} page(s).").format(len(dossiers), layout.pages))
        if include_sensitive:
            feedback.pushWarning(
                self.tr("Contacts and sensitive stakeholders are INCLUDED: do not share widely.")
            )
        else:
            feedback.pushInfo(
                self.tr("Redaction applied: {} contact(s) or sensitive stakeholder(s) left out.").format(
                    redacted
                )
            )
        problem = layout.export_pdf(pdf_path)
        if problem:
            raise QgsProcessingException(problem)
        feedback.setProgress(95.0)
        results = {
            self.OUTPUT_PDF: str(pdf_path),
            self.SITE_COUNT: len(dossiers),
            self.PAGE_COUNT: layout.pages,
        }
        if html_path is not None:
            relative = {
                key: {caption: f"{work_dir.name}/{Path(path).name}" for caption, path in pictures.items()}
                for key, pictures in images.items()
            }
            html_path.write_text(render_html(dossiers, catalogues, relative), encoding="utf-8")
            results[self.OUTPUT_HTML] = str(html_path)
        layout = None  # the layout goes before the layers it draws
        project.clear()
        return results
