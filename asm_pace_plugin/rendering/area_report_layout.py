"""The print layout of protected-area reports: A4 pages made of the site dossiers' pieces
(layout_pages, layout_tables, layout_maps): per area a map of the mining footprints coloured by
period, the chart of new and cumulative mining, then the sections of
core/assessment/area_report.py; the report on all areas opens with their ranking.

Layouts are not thread safe: the algorithm runs on the main thread, in a project of its own.
"""

from qgis.core import QgsExpression, QgsGeometry

from ..core.assessment.area_report import overall_redaction
from ..core.assessment.area_report_sections import area_sections, ranking_sections
from ..core.screening import pace
from ..core.shared.i18n import date, translate
from .area_report_html import ALL_AREAS_TITLE
from .dossier_layout import heading_size
from .layout_maps import MAP_TOP, country_layer, map_image, place_map
from .layout_pages import MARGIN, TEXT_WIDTH, PagedLayout
from .layout_sections import place_sections

MIN_HALF_M = 2500.0  # the map shows at least this around an area's mining (a site dossier: 20 km)
CHART_HEIGHT = TEXT_WIDTH * 420 / 900  # the chart's PNG (mining_charts) keeps its proportions


class AreaReportLayout(PagedLayout):
    """One print layout: the ranking of all areas (optional), then areas one after the other.

    map_layers: the layers every map draws (top first); area_layer: the one drawn per area cut
    down to that area (Mining over time's table, when no footprints were given), or None."""

    def __init__(self, project, map_layers, sources_text, area_layer=None):
        super().__init__(project, translate("AreaReport", ALL_AREAS_TITLE))
        self.map_layers = map_layers
        self.area_layer = area_layer
        self.sources_text = sources_text
        self.countries = country_layer(project)
        self.first_page = {}  # area key -> its first page (1-based)
        self.mapped = set()

    def _footer(self, what, report):
        redaction = (
            translate("DossierLayout", "redacted")
            if report.redaction.applied
            else translate("DossierLayout", "NOT REDACTED")
        )
        return translate(
            "AreaReport",
            "ASM-PACE · {what} · {date} UTC · plugin {version} · {redaction}",
        ).format(
            what=what,
            date=date(report.generated_at, with_time=True),
            version=report.plugin_version,
            redaction=redaction,
        )

    def _heading(self, heading, subtitle, redaction):
        self.label(heading, MARGIN, MARGIN, TEXT_WIDTH, 10, size=heading_size(heading), bold=True)
        self.label(subtitle, MARGIN, MARGIN + 10, TEXT_WIDTH, 5, size=10)
        colour = "#b71c1c" if redaction.alarming else "#37474f"
        self.label(redaction.sentence(), MARGIN, MARGIN + 15, TEXT_WIDTH, 5, size=8, colour=colour)

    def add_ranking(self, reports):
        """The first pages of the report on all areas: their ranking by growth."""
        title = translate("AreaReport", ALL_AREAS_TITLE)
        footer = self._footer(title, reports[0])
        self.new_page(footer)
        self._heading(title, "", overall_redaction(reports))
        self.y = MARGIN + 22
        place_sections(self, ranking_sections(reports), footer)

    def add_area(self, report, extent, chart):
        """The pages of one area: extent, a QgsRectangle in EPSG:4326 of its mining (None: no map);
        chart, the PNG of its new and cumulative mining."""
        footer = self._footer(report.area.name, report)
        self.new_page(footer)
        self.first_page[report.area.key] = self.pages
        area_type = pace.designation_label(report.area.area_type) if report.area.area_type else ""
        subtitle = " · ".join(part for part in (area_type, report.area.area_id) if part)
        self._heading(report.title, subtitle, report.redaction)
        if extent is None:
            no_map = translate("AreaReport", "No mining geometry to map in this area.")
            self.label(no_map, MARGIN, MAP_TOP, TEXT_WIDTH, 6, size=9)
            self.y = MAP_TOP + 8
        else:
            self.mapped.add(report.area.key)
            layers = self._layers_for(report.area.area_id)
            geometry = QgsGeometry.fromRect(extent)
            self.y = place_map(
                self, geometry, layers, self.map_layers, self.countries, self.sources_text, MIN_HALF_M
            )
        self.room(CHART_HEIGHT, footer)
        self.picture(chart, MARGIN, self.y, TEXT_WIDTH, CHART_HEIGHT)
        self.y += CHART_HEIGHT + 2
        place_sections(self, area_sections(report), footer)

    def _layers_for(self, area_id):
        """The map's layers, the table of Mining over time cut down to this area's rows."""
        if self.area_layer is None:
            return self.map_layers
        own = self.area_layer.clone()
        own.setSubsetString(
            f"{QgsExpression.quotedColumnRef('area_id')} = {QgsExpression.quotedValue(area_id)}"
        )
        self.project.addMapLayer(own, False)
        return [own if layer is self.area_layer else layer for layer in self.map_layers]

    def map_image(self, key, path):
        """The map, scale bar and legend of an area's first page as a PNG (for the HTML); None
        for an area without a map."""
        if key not in self.mapped:
            return None
        return map_image(self, self.first_page[key], path)
