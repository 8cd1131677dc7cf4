"""asm_pace:areareports, "Protected-area reports".

Thin layer over core/assessment/area_report.py and rendering/area_report_*.py: reads Mining over
time's table per area and period (and its footprints), the classified sites, the workspace's
decisions and a pressure table, then writes one PDF and/or HTML per area and one for all of them
ranked by growth, each file written aside and renamed when complete. Print layouts are not
thread safe: the algorithm runs on the main thread, in a QgsProject of its own.
"""

import textwrap
import unicodedata
from pathlib import Path

from qgis.core import (
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProject,
    QgsRectangle,
)

from ..core.assessment import area_report
from ..core.assessment.catalogues import load_catalogues
from ..core.assessment.dossier import approach_name
from ..core.assessment.presets import file_word
from ..core.screening.layer_loader import layer_display_name
from ..core.shared import compat, ellipsoid, geodesy, i18n, outputs
from ..core.shared import public_names as names
from ..core.shared.i18n import QT_TRANSLATE_NOOP, translate
from ..core.shared.input_fields import as_text
from ..core.shared.paths import plugin_version
from ..rendering.area_report_html import CHART_CAPTION, MAP_CAPTION, render_all_areas_page, render_area_page
from ..rendering.area_report_layout import AreaReportLayout
from ..rendering.dossier_maps import map_layers, own_copy, source_name
from ..rendering.map_styles import keep_labels_off
from ..rendering.mining_charts import draw_growth_chart
from ..rendering.output_styles import apply_period_style
from .base import AsmPaceAlgorithm
from .common import add_pa_field_parameters, chosen_language, language_parameter, pa_field_choices
from .workspace_inputs import (
    chosen_key_field,
    classified_sites,
    classified_sites_parameters,
    include_sensitive_parameter,
    keyed_rows,
    open_checked_workspace,
)

ALL_AREAS_WORD = QT_TRANSLATE_NOOP("FileNames", "all_areas")
PICTURES_FOLDER = "pictures"
LEGEND_TITLE_CHARACTERS = 22  # the footprints' title wraps to the legend's width
MAP_MARGIN_DEGREES = 0.05  # the mining's box grown by this much to read the protected areas around it


class AreaReportsAlgorithm(AsmPaceAlgorithm):
    MINING = names.MINING
    FOOTPRINT_TABLE = names.FOOTPRINT_TABLE
    SITES = names.SITES
    KEY_FIELD = names.KEY_FIELD
    WORKSPACE = names.WORKSPACE
    PROTECTED_AREAS = names.PROTECTED_AREAS
    PRESSURE = names.PRESSURE
    PRESSURE_KEY_FIELD = names.PRESSURE_KEY_FIELD
    AREA_IDS = "AREA_IDS"
    DATA_SOURCES = "DATA_SOURCES"
    INCLUDE_SENSITIVE = names.INCLUDE_SENSITIVE
    FORMAT = "FORMAT"
    OUTPUT_FOLDER = names.OUTPUT_FOLDER
    OUTPUT_PDF = names.OUTPUT_PDF
    OUTPUT_HTML = names.OUTPUT_HTML
    AREA_COUNT = "AREA_COUNT"
    FORMATS = (("pdf", "html"), ("pdf",), ("html",))

    def name(self):
        return names.AREA_REPORTS

    def displayName(self):
        return self.tr("Protected-area reports")

    def groupId(self):
        return "monitoring"

    def tags(self):
        return self.tr("asm,mining,monitoring,report,pdf,html,protected,area,growth,ranking,decision").split(
            ","
        )

    def flags(self):
        return super().flags() | compat.ALGORITHM_NO_THREADING  # print layouts: main thread only

    def shortHelpString(self):
        return self.tr(
            "<p>Writes a <b>report for each protected area</b> from the outputs of <i>Mining over time</i>, "
            "for the park authority: a map of the mining footprints coloured by period, a chart of the "
            "new mining of each period (bars) and of all mining so far (line), the table of each period, "
            "the sites inside the area with their PACE class, the decisions taken and how mining grew "
            "before and after each of them, and the pressure figures of impact zones when you give "
            "them. One more report holds <b>all the areas ranked by growth</b>: by the new mining of the "
            "last period, then by all mining up to it.</p>"
            "<p><b>Inputs</b>: the table <i>Mining per area and period</i> of Mining over time, and "
            "its <i>Footprints with their areas and periods</i> for the maps (empty: the maps show the "
            "new mining inside each area). Optional: the classified sites (a site is in an area when "
            "its classification lists the area), the assessment workspace (its decisions, and its "
            "sites when no classified sites are given), the protected areas to outline on the maps, "
            "and the table per protected area of <i>Pressure on protected areas</i>.</p>"
            "<p><b>Safe to share by default</b>: the reports name nobody. Who took each decision and "
            "its rationale are shown only when you tick <i>Include personal details</i>.</p>"
            "<p><b>Files</b>: in the folder you choose, one PDF and/or HTML page per area, named by its "
            "id and name, and one for all areas; the HTML pages' pictures in a folder beside them. "
            "Each file is written under another name and renamed when complete.</p>"
            "<p><b>Next step</b>: send the reports to the park authority; record what is decided in the "
            "dock, and run Mining over time again when the next period's footprints come out.</p>"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.MINING,
                self.tr("Mining per area and period (the table of Mining over time)"),
                [compat.SOURCE_ANY_GEOMETRY],
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.FOOTPRINT_TABLE,
                self.tr("Footprints with their areas and periods (of Mining over time), for the maps"),
                [compat.SOURCE_ANY_GEOMETRY],
                optional=True,
            )
        )
        for parameter in classified_sites_parameters():
            self.addParameter(parameter)
        self.addParameter(
            QgsProcessingParameterFile(
                self.WORKSPACE,
                self.tr("Assessment workspace (.gpkg), for the decisions"),
                extension="gpkg",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.PROTECTED_AREAS,
                self.tr("Protected areas for the maps"),
                compat.SOURCE_ANY_GEOMETRY,
                optional=True,
            )
        )
        add_pa_field_parameters(self, advanced=True)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PRESSURE,
                self.tr("Pressure per protected area (table of Pressure on protected areas)"),
                [compat.SOURCE_ANY_GEOMETRY],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.PRESSURE_KEY_FIELD, self.tr("Protected-area id field of the pressure table"),
                defaultValue="pa_id", parentLayerParameterName=self.PRESSURE, optional=True,
            )
        )  # fmt: skip
        self.addParameter(
            QgsProcessingParameterString(
                self.AREA_IDS,
                self.tr("Area ids (comma-separated; empty: every area with mining)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.DATA_SOURCES,
                self.tr("Data sources and versions to print (e.g. Earth Genome, Amazon Mining Watch 2024)"),
                optional=True,
            )
        )
        sensitive = include_sensitive_parameter()
        sensitive.setDescription(self.tr("Include personal details: who decided, and why (unsafe to share)"))
        self.addParameter(sensitive)
        self.addParameter(language_parameter(self.tr("Language of the reports")))
        self._add_outputs()

    def _add_outputs(self):
        self.addParameter(
            QgsProcessingParameterEnum(
                self.FORMAT,
                self.tr("Files"),
                options=[self.tr("PDF and HTML"), self.tr("PDF"), self.tr("HTML")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, self.tr("Folder of the reports"))
        )
        self.addOutput(QgsProcessingOutputFile(self.OUTPUT_PDF, self.tr("Report on all areas (PDF)")))
        self.addOutput(QgsProcessingOutputFile(self.OUTPUT_HTML, self.tr("Report on all areas (HTML)")))
        self.addOutput(QgsProcessingOutputNumber(self.AREA_COUNT, self.tr("Number of areas reported")))

    # -- inputs -----------------------------------------------------------------------------
    def _areas(self, parameters, context, feedback):
        """([AreaHistory] chosen, {area key: QgsRectangle of its mining in EPSG:4326}, the layer)."""
        source = self.source(parameters, self.MINING, context)
        layer = self.parameterAsVectorLayer(parameters, self.MINING, context)
        name = layer_display_name(layer) if layer is not None else self.tr("Mining per area and period")
        fields = source.fields().names()
        area_report.check_area_table(name, fields)
        transform = QgsCoordinateTransform(source.sourceCrs(), geodesy.WGS84, context.transformContext())
        rows, boxes = [], {}
        for feature in source.getFeatures():
            if feedback.isCanceled():
                return [], {}, layer
            row = dict(zip(fields, feature.attributes()))
            rows.append(row)
            geometry = feature.geometry()
            if geometry is not None and not geometry.isNull() and not geometry.isEmpty():
                geometry.transform(transform)
                key = (as_text(row.get("area_layer")), as_text(row["area_id"]))
                box = boxes.setdefault(key, QgsRectangle(geometry.boundingBox()))
                box.combineExtentWith(geometry.boundingBox())
        if not rows:
            raise QgsProcessingException(
                self.tr("The table '{}' is empty: Mining over time found no mining in any area.").format(name)
            )
        areas = area_report.read_area_table(name, rows)
        wanted = [
            part.strip() for part in self.parameterAsString(parameters, self.AREA_IDS, context).split(",")
        ]
        wanted = [part for part in wanted if part]
        if wanted:
            missing = sorted(set(wanted) - {area.area_id for area in areas})
            if missing:
                raise QgsProcessingException(
                    self.tr("Area id(s) not in the table: {}. Its areas are: {}.").format(
                        ", ".join(missing), ", ".join(sorted({area.area_id for area in areas}))
                    )
                )
            areas = [area for area in areas if area.area_id in wanted]
        return areas, boxes, layer

    def _sites(self, parameters, context, workspace, feedback):
        """[ReportSite] of the classified sites (or the workspace's), with their decisions; None
        when neither is given."""
        source = self.parameterAsSource(parameters, self.SITES, context)
        if source is None and workspace is None:
            return None, []
        catalogues = load_catalogues()
        decisions = {}
        if workspace is not None:
            for key in workspace.site_keys():
                decisions[key] = [
                    {**row, "approach": approach_name(catalogues, row.get("approach_id"))}
                    for row in workspace.decisions(key)
                ]
        if source is None:
            import json

            found = []
            for key in workspace.site_keys():
                snapshot = workspace.site_snapshot(key) or {}
                facts = json.loads(snapshot.get("facts_json") or "{}")
                found.append(
                    area_report.report_site(key, snapshot.get("site_label"), facts, decisions.get(key, []))
                )
            return found, []
        key_field = chosen_key_field(
            self.parameterAsString(parameters, self.KEY_FIELD, context), workspace, source
        )
        if area_report.SITE_AREAS_FIELD not in source.fields().names():
            raise QgsProcessingException(
                self.tr(
                    "The sites have no field pa_ids: give the output of Classify sites (it lists the "
                    "protected areas each site lies in)."
                )
            )
        sites, _keys = classified_sites(source, key_field, context.transformContext(), feedback)
        found = [
            area_report.report_site(key, label, attributes, decisions.get(key, []))
            for key, label, attributes, _geometry in sites.values()
        ]
        points = [
            site
            for site in sites.values()
            if site[3] is not None and compat.geometry_type_of(site[3].wkbType()) == compat.GEOMETRY_POINT
        ]
        return found, points

    # -- run --------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.WORKSPACE, context)
        workspace = open_checked_workspace(path) if path else None
        try:
            with i18n.writing_in(chosen_language(self, parameters, context)):
                return self._write(parameters, context, feedback, workspace)
        finally:
            if workspace is not None:
                workspace.close()

    def _write(self, parameters, context, feedback, workspace):
        areas, boxes, mining_layer = self._areas(parameters, context, feedback)
        sites, point_sites = self._sites(parameters, context, workspace, feedback)
        if feedback.isCanceled():
            return {}
        pressure_source = self.parameterAsSource(parameters, self.PRESSURE, context)
        pressure = None
        if pressure_source is not None:
            key_field = self.parameterAsString(parameters, self.PRESSURE_KEY_FIELD, context) or "pa_id"
            pressure = keyed_rows(pressure_source, key_field, feedback)
        sources = self.parameterAsString(parameters, self.DATA_SOURCES, context)
        reports = area_report.build_reports(
            areas, sites, pressure,
            include_sensitive=self.parameterAsBoolean(parameters, self.INCLUDE_SENSITIVE, context),
            sources=sources, plugin_version=plugin_version(),
        )  # fmt: skip
        folder = Path(self.parameterAsString(parameters, self.OUTPUT_FOLDER, context))
        formats = self.FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        try:
            folder.mkdir(parents=True, exist_ok=True)
            pictures = folder / PICTURES_FOLDER
            pictures.mkdir(exist_ok=True)
        except OSError as error:
            raise QgsProcessingException(
                self.tr("The folder {} could not be made: {}").format(folder, error)
            ) from None
        project = QgsProject()  # the run's own: QgsProject.instance() is the GUI's
        project.setEllipsoid(ellipsoid.DEFAULT_ELLIPSOID)
        layers, area_layer, sources_text = self._map_layers(
            parameters, context, project, mining_layer, boxes, point_sites, sources, feedback
        )
        results = self._files(
            reports, boxes, folder, formats, project, layers, area_layer, sources_text, feedback
        )
        project.clear()
        return results

    def _map_layers(self, parameters, context, project, mining_layer, boxes, point_sites, sources, feedback):
        """(the maps' layers top first, the layer drawn per area or None, the sources line)."""
        footprints = self.parameterAsVectorLayer(parameters, self.FOOTPRINT_TABLE, context)
        if footprints is not None:
            area_report.check_footprint_layer(layer_display_name(footprints), footprints.fields().names())
            mining, area_layer = own_copy(footprints), None
        else:
            mining = own_copy(mining_layer)
            area_layer = mining
        apply_period_style(mining)
        keep_labels_off(mining)  # the protected areas' names are placed clear of the mining
        mining.setName(textwrap.fill(translate("AreaReport", MAP_CAPTION), LEGEND_TITLE_CHARACTERS))
        project.addMapLayer(mining, False)
        box = QgsRectangle(next(iter(boxes.values()))) if boxes else None
        for other in boxes.values():
            box.combineExtentWith(other)
        given = {
            "protected_areas": self.parameterAsLayerList(parameters, self.PROTECTED_AREAS, context)
            if box is not None
            else [],
            "landscapes": [],
            "ecoregions": [],
        }
        if box is not None:
            box.grow(MAP_MARGIN_DEGREES)
        sites = point_sites or []
        reading = pa_field_choices(self, parameters, context)
        layers, names_of_sources, _zones = map_layers(
            project, sites, None, given, context, feedback, box, reading
        )
        if not sites:
            layers = layers[1:]  # no point sites to mark
        names_of_sources = [source_name(footprints or mining_layer), *names_of_sources]
        if sources:
            names_of_sources.append(sources)
        sources_text = translate("SiteDossiersAlgorithm", "Map data: {sources}").format(
            sources="; ".join(names_of_sources)
        )
        return [mining, *layers], area_layer, sources_text

    def _files(self, reports, boxes, folder, formats, project, layers, area_layer, sources_text, feedback):
        taken = set()
        images = {}
        results = {self.AREA_COUNT: len(reports)}
        for index, report in enumerate(reports, start=1):
            if feedback.isCanceled():
                return {}
            layout = AreaReportLayout(project, layers, sources_text, area_layer)
            chart = folder / PICTURES_FOLDER / f"area{index:03d}_chart.png"
            periods, new, cumulative = report.chart_values()
            draw_growth_chart(report.area.name, periods, new, cumulative, chart, report.area.unit)
            layout.add_area(report, boxes.get(report.area.key), chart)
            stem = outputs.free_name(file_stem(report.area), taken)
            taken.add(stem)
            images[report.area.key] = {CHART_CAPTION: f"{PICTURES_FOLDER}/{chart.name}"}
            map_png = layout.map_image(report.area.key, folder / PICTURES_FOLDER / f"area{index:03d}_map.png")
            if map_png is not None:
                images[report.area.key] = {
                    MAP_CAPTION: f"{PICTURES_FOLDER}/{map_png.name}",
                    **images[report.area.key],
                }
            self._write_files(
                folder / stem, formats, layout, render_area_page(report, images[report.area.key])
            )
            feedback.setProgress(90.0 * index / (len(reports) + 1))
        if feedback.isCanceled():
            return {}
        layout = AreaReportLayout(project, layers, sources_text, area_layer)
        layout.add_ranking(reports)
        for report in reports:
            layout.add_area(
                report, boxes.get(report.area.key), folder / images[report.area.key][CHART_CAPTION]
            )
        written = self._write_files(
            folder / outputs.free_name(file_word(ALL_AREAS_WORD), taken),
            formats,
            layout,
            render_all_areas_page(reports, images),
        )
        feedback.pushInfo(
            self.tr("{} area report(s) and the report on all areas written in {}.").format(
                len(reports), folder
            )
        )
        results.update({self.OUTPUT_FOLDER: str(folder), **written})
        return results

    def _write_files(self, stem, formats, layout, html):
        """The PDF and/or HTML of one report, each written aside and renamed when complete."""
        written = {}
        if "pdf" in formats:
            problem = layout.export_pdf(stem.with_suffix(".pdf"))
            if problem:
                raise QgsProcessingException(problem)
            written[self.OUTPUT_PDF] = str(stem.with_suffix(".pdf"))
        if "html" in formats:
            outputs.write_text(stem.with_suffix(".html"), html)
            written[self.OUTPUT_HTML] = str(stem.with_suffix(".html"))
        return written


def file_stem(area):
    """A file name of an area: its id and name in plain letters (accents dropped)."""
    text = unicodedata.normalize("NFKD", f"{area.area_id}_{area.name}")
    text = "".join(character for character in text if not unicodedata.combining(character))
    cleaned = "".join(character if character.isalnum() or character in "-_" else "_" for character in text)
    return "_".join(part for part in cleaned.split("_") if part)[:80] or "area"
