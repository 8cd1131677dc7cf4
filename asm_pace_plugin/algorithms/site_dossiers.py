"""asm_pace:sitedossiers, "Site dossiers".

One PDF (a section of pages per site) and one HTML page from the assessment workspace, the
classified sites and the reference layers. Print layouts are not thread safe: the algorithm
runs on the main thread (NoThreading) and builds its layout in a QgsProject of its own.
"""

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProject,
)

from ..core.assessment import area_report, layer_roles
from ..core.assessment.area_report_sections import site_mining
from ..core.assessment.catalogues import load_catalogues
from ..core.assessment.dossier import build_dossier, chosen_keys, redaction_log, site_attributes
from ..core.screening import pace
from ..core.shared import compat, ellipsoid, i18n
from ..core.shared import public_names as names
from ..core.shared.errors import PluginError
from ..core.shared.i18n import QT_TRANSLATE_NOOP, translate
from ..core.shared.paths import plugin_version
from ..rendering.dossier_layout import DossierLayout, pictures_folder, write_html_page
from ..rendering.dossier_maps import map_layers, site_location
from .base import AsmPaceAlgorithm
from .common import chosen_language, language_parameter, warn_about_site_keys
from .workspace_inputs import (
    chosen_key_field,
    classified_sites,
    classified_sites_parameters,
    include_sensitive_parameter,
    keyed_rows,
    open_checked_workspace,
    site_keys_parameter,
    snapshot_geometries,
    warn_about_zone_keys,
    workspace_parameter,
)


class SiteDossiersAlgorithm(AsmPaceAlgorithm):
    WORKSPACE = names.WORKSPACE
    SITES = names.SITES
    KEY_FIELD = names.KEY_FIELD
    SITE_KEYS = names.SITE_KEYS
    PROTECTED_AREAS = names.PROTECTED_AREAS
    LANDSCAPES = names.LANDSCAPES
    ECOREGIONS = names.ECOREGIONS
    IMPACT_ZONES = names.IMPACT_ZONES_INPUT
    ZONE_KEY_FIELD = names.ZONE_KEY_FIELD
    PRESSURE = names.PRESSURE
    PRESSURE_KEY_FIELD = names.PRESSURE_KEY_FIELD
    CORRIDORS = names.CORRIDORS_INPUT
    MINING = names.MINING
    DATA_SOURCES = "DATA_SOURCES"
    INCLUDE_SENSITIVE = names.INCLUDE_SENSITIVE
    OUTPUT_PDF = names.OUTPUT_PDF
    OUTPUT_HTML = names.OUTPUT_HTML
    SITE_COUNT = "SITE_COUNT"
    PAGE_COUNT = "PAGE_COUNT"
    MAP_LAYERS = (PROTECTED_AREAS, LANDSCAPES, ECOREGIONS, IMPACT_ZONES, CORRIDORS)

    def name(self):
        return names.SITE_DOSSIERS

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
            "site with the protected areas, landscapes, ecoregions, impact zones and mercury corridors "
            "you give (scale bar, north arrow, legend, data sources); its PACE classification and "
            "designations; pressure "
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
        for parameter in classified_sites_parameters():
            self.addParameter(parameter)
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
                self.ZONE_KEY_FIELD, self.tr("Site key field of the impact zones"),
                defaultValue=names.SITE_ID_FIELD,
                parentLayerParameterName=self.IMPACT_ZONES, optional=True,
            )
        )  # fmt: skip
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CORRIDORS, self.tr("Mercury and sediment corridors (the output of Downstream trace)"),
                [compat.SOURCE_POLYGON], optional=True,
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
                defaultValue=names.SITE_ID_FIELD, parentLayerParameterName=self.PRESSURE, optional=True,
            )
        )  # fmt: skip
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.MINING, self.tr("Mining per area and period (the table of Mining over time)"),
                [compat.SOURCE_ANY_GEOMETRY], optional=True,
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

    def warning_before_run(self, parameters):
        if any(parameters.get(key) for key in self.MAP_LAYERS):
            return ""
        return self.tr(
            "No map layer is given (protected areas, landscapes, ecoregions, impact zones or corridors): the "
            "maps will show the sites alone. Choose the layers above to draw them."
        )

    # -- inputs -----------------------------------------------------------------------------
    def _sites(self, parameters, context, workspace, feedback):
        """[(key, label, attributes or None, geometry in EPSG:4326 or None)] of the chosen sites."""
        source = self.parameterAsSource(parameters, self.SITES, context)
        requested = self.parameterAsString(parameters, self.SITE_KEYS, context)
        if source is None:
            snapshots = snapshot_geometries(workspace.path)
            keys = chosen_keys(snapshots, requested)
            return [(key, None, None, snapshots[key]) for key in keys]
        key_field = chosen_key_field(
            self.parameterAsString(parameters, self.KEY_FIELD, context), workspace, source
        )
        sites, keys = classified_sites(source, key_field, context.transformContext(), feedback)
        if feedback.isCanceled():
            return []
        warn_about_site_keys(feedback, keys, key_field, one_per_key=True)
        return [sites[key] for key in chosen_keys(sites, requested)]

    def _map_layers(self, parameters, context, project, sites, feedback):
        """The map layers of the dossiers in the run's own project (see dossier_maps.map_layers)."""
        keys = {
            "protected_areas": self.PROTECTED_AREAS,
            "landscapes": self.LANDSCAPES,
            "ecoregions": self.ECOREGIONS,
        }
        given = {role: self.parameterAsLayerList(parameters, key, context) for role, key in keys.items()}
        given["corridors"] = [
            layer for layer in (self.parameterAsVectorLayer(parameters, self.CORRIDORS, context),) if layer
        ]
        zones = self.parameterAsVectorLayer(parameters, self.IMPACT_ZONES, context)
        return map_layers(project, sites, zones, given, context, feedback)

    # -- run --------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        workspace = open_checked_workspace(self.parameterAsFile(parameters, self.WORKSPACE, context))
        try:
            # The log stays in QGIS's language; what the dossier says is in the one chosen.
            with i18n.writing_in(chosen_language(self, parameters, context)):
                return self._write(parameters, context, feedback, workspace)
        finally:
            workspace.close()

    def _keyed_tables(self, parameters, context, sites, feedback):
        """((headers, {key: rows}) of the pressure table, the same of the impact zones, the zones'
        key field); a warning when no zone has the key of a chosen site."""
        pressure = keyed_rows(
            self.parameterAsSource(parameters, self.PRESSURE, context),
            self.parameterAsString(parameters, self.PRESSURE_KEY_FIELD, context) or names.SITE_ID_FIELD,
            feedback,
        )
        zone_key_field = (
            self.parameterAsString(parameters, self.ZONE_KEY_FIELD, context) or names.SITE_ID_FIELD
        )
        zones = keyed_rows(
            self.parameterAsSource(parameters, self.IMPACT_ZONES, context), zone_key_field, feedback
        )
        warn_about_zone_keys(feedback, sites, zones[1], zone_key_field)
        return pressure, zones, zone_key_field

    def _mining_areas(self, parameters, context):
        """{area id: AreaHistory} of Mining over time's table, or None when it is not given."""
        source = self.parameterAsSource(parameters, self.MINING, context)
        if source is None:
            return None
        layer = self.parameterAsVectorLayer(parameters, self.MINING, context)
        name = layer.name() if layer is not None else self.tr("Mining per area and period")
        fields = source.fields().names()
        area_report.check_area_table(name, fields)
        rows = [dict(zip(fields, feature.attributes())) for feature in source.getFeatures()]
        return area_report.areas_by_id(area_report.read_area_table(name, rows))

    @staticmethod
    def _site_mining(areas, workspace, key, attributes):
        """The dossier's mining section of a site: (headers, rows), or None without the table."""
        if areas is None:
            return None
        decisions = workspace.decisions(key)
        decided_at = decisions[-1]["decided_at"] if decisions else None
        return site_mining(areas, site_attributes(workspace, key, attributes), decided_at)

    def _log_counts(self, include_sensitive, dossiers, pages, feedback):
        """How many dossiers and pages, and what the redaction left out, in QGIS's language."""
        with i18n.in_qgis_language():
            written = translate("SiteDossiersAlgorithm", "%n dossier(s)", None, len(dossiers))
            printed = translate("SiteDossiersAlgorithm", "%n PDF page(s)", None, pages)
            feedback.pushInfo(
                translate("SiteDossiersAlgorithm", "{dossiers} on {pages}.").format(
                    dossiers=i18n.counted(written, len(dossiers)), pages=i18n.counted(printed, pages)
                )
            )
        if include_sensitive:
            feedback.pushWarning(
                self.tr("Contacts and sensitive stakeholders are INCLUDED: do not share widely.")
            )
        else:
            feedback.pushInfo(redaction_log(dossiers))

    def _write(self, parameters, context, feedback, workspace):
        warning = self.warning_before_run(parameters)
        if warning:
            feedback.pushWarning(warning)
        include_sensitive = self.parameterAsBoolean(parameters, self.INCLUDE_SENSITIVE, context)
        sites = self._sites(parameters, context, workspace, feedback)
        if not sites:
            raise QgsProcessingException(
                self.tr("No site to write a dossier for: give site keys the workspace holds.")
            )
        (pressure_headers, pressure), (zone_headers, zones), zone_key_field = self._keyed_tables(
            parameters, context, sites, feedback
        )
        pdf_path = Path(self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context))
        html_output = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        html_path = Path(html_output) if html_output else None
        work_dir = pictures_folder(html_path)
        pdf_path.parent.mkdir(parents=True, exist_ok=True)

        mining = self._mining_areas(parameters, context)
        catalogues = load_catalogues()
        version = plugin_version()
        project = QgsProject()  # the run's own project: QgsProject.instance() is the GUI's
        project.setEllipsoid(ellipsoid.DEFAULT_ELLIPSOID)
        layers, sources, keyed = self._map_layers(parameters, context, project, sites, feedback)
        user_sources = self.parameterAsString(parameters, self.DATA_SOURCES, context)
        sources = "; ".join([*sources, *([user_sources] if user_sources else [])])
        sources_text = translate("SiteDossiersAlgorithm", "Map data: {sources}").format(
            sources=sources or translate("SiteDossiersAlgorithm", "none given (the sites alone)")
        )
        layout = DossierLayout(
            project, catalogues, layers, sources_text, work_dir,
            keyed=[(layer, zone_key_field if role == layer_roles.IMPACT_ZONES else names.SITE_ID_FIELD)
                   for role, layer in keyed],
        )  # fmt: skip
        dossiers, images = [], {}
        for index, (key, label, attributes, geometry) in enumerate(sites, start=1):
            if feedback.isCanceled():
                return {}
            dossier = build_dossier(
                workspace, catalogues, key, attributes, label, include_sensitive,
                pressure=(pressure_headers, pressure.get(key, [])),
                zones=(zone_headers, zones.get(key, [])),
                mining=self._site_mining(mining, workspace, key, attributes),
                sources=user_sources or pace.as_text((attributes or {}).get("data_ver")),
                plugin_version=version,
                location=site_location(geometry, context.transformContext()),
            )  # fmt: skip
            charts = layout.add_site(dossier, geometry, index)
            dossiers.append(dossier)
            map_image = layout.map_image(key, work_dir / f"site{index:03d}_map.png")  # None: no map
            images[key] = {QT_TRANSLATE_NOOP("Dossier", "Map"): map_image, **charts} if map_image else charts
            feedback.setProgress(80.0 * index / len(sites))
        self._log_counts(include_sensitive, dossiers, layout.pages, feedback)
        problem = layout.export_pdf(pdf_path)
        results = {
            self.OUTPUT_PDF: str(pdf_path),
            self.SITE_COUNT: len(dossiers),
            self.PAGE_COUNT: layout.pages,
        }
        if not problem and html_path is not None:
            try:
                write_html_page(html_path, work_dir, dossiers, catalogues, images)
                results[self.OUTPUT_HTML] = str(html_path)
            except PluginError as error:
                problem = str(error)
        if problem:  # a full disk: the layout and the run's project go before the error is raised
            layout, layers, keyed = None, None, None  # (a traceback would keep them past QGIS)
            project.clear()
            project = None
            raise QgsProcessingException(problem)
        feedback.setProgress(95.0)
        layout = None  # the layout goes before the layers it draws
        project.clear()
        return results
