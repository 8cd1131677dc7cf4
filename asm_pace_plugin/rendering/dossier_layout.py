"""The print layout of site dossiers: one section of A4 pages per site in one QgsPrintLayout.

The pages, tables and maps it is made of: layout_pages.py, layout_tables.py, layout_maps.py
(their look: map_styles.py).
"""

import tempfile
from pathlib import Path
from urllib.parse import quote

from qgis.core import QgsExpression, QgsProcessingUtils
from qgis.PyQt.QtWidgets import QGraphicsScene

from ..core.assessment.dossier import STAKEHOLDER_TABLE, no_stakeholders_sentence, sections
from ..core.shared import outputs
from ..core.shared.i18n import QT_TRANSLATE_NOOP, date, translate
from .dossier_html import render_html
from .layout_maps import MAP_TOP, country_layer, map_image, place_map
from .layout_pages import HEADING_HEIGHT, MARGIN, TEXT_WIDTH, PagedLayout
from .layout_sections import opening_height, place_sections
from .layout_tables import WRAP_SAFETY, TextMeasure
from .map_styles import style_sites_of
from .stakeholder_charts import draw_grid, draw_network, save_scene_png

HEADING_SIZES = (15, 13, 11, 9)  # points of a site's heading, the largest that fits
CHART_HEIGHT = 80.0
# Captions (translated where shown) and keys of the charts of a dossier.
GRID_CAPTION = QT_TRANSLATE_NOOP("Dossier", "Influence–interest grid")
NETWORK_CAPTION = QT_TRANSLATE_NOOP("Dossier", "Relation network")


def heading_size(heading):
    """The point size that keeps a site's heading on its line: a long name is set smaller."""
    for points in HEADING_SIZES:
        if TextMeasure(bold=True, points=points).width(heading) <= TEXT_WIDTH * WRAP_SAFETY:
            return points
    return HEADING_SIZES[-1]  # longer still: on two lines


class DossierLayout(PagedLayout):
    """Adds site sections to one print layout in `project`, then exports them to a PDF."""

    def __init__(self, project, catalogues, map_layers, sources_text, work_dir, keyed=()):
        super().__init__(project, translate("Dossier", "ASM-PACE site dossiers"))
        self.catalogues = catalogues
        self.map_layers = map_layers  # drawn in this order, top first: the sites first
        self.countries = country_layer(project)
        self.keyed = list(keyed)  # [(a layer among map_layers, its site key field)]: cut to each site
        self.sources_text = sources_text
        self.work_dir = work_dir
        self.page_of_site = {}
        self.mapped = set()  # the keys of the sites drawn on a map

    # -- a site -----------------------------------------------------------------------------
    def add_site(self, dossier, geometry, index):
        """Add the section of one dossier; `geometry` is the site in EPSG:4326 (or None)."""
        redaction = (
            translate("DossierLayout", "redacted")
            if dossier.redaction.applied
            else translate("DossierLayout", "NOT REDACTED")
        )
        footer = translate(
            "DossierLayout", "ASM-PACE site dossier · {site} · {date} UTC · plugin {version} · {redaction}"
        ).format(
            site=dossier.title,
            date=date(dossier.generated_at, with_time=True),
            version=dossier.plugin_version,
            redaction=redaction,
        )
        self.new_page(footer)
        self.page_of_site[dossier.key] = self.pages
        heading = translate("Dossier", "Site dossier: {title}").format(title=dossier.title)
        self.label(heading, MARGIN, MARGIN, TEXT_WIDTH, 10, size=heading_size(heading), bold=True)
        self.label(dossier.class_label, MARGIN, MARGIN + 10, TEXT_WIDTH, 5, size=10)
        colour = "#b71c1c" if dossier.redaction.alarming else "#37474f"  # calm when nothing left out
        self.label(dossier.redaction.sentence(), MARGIN, MARGIN + 15, TEXT_WIDTH, 5, size=8, colour=colour)
        self.y = self._map(geometry, dossier.key)
        charts = self.charts(dossier, index)
        self._sections(sections(dossier, self.catalogues), dossier, charts, footer)
        return charts

    def _sections(self, listed, dossier, charts, footer):
        """The sections of a dossier, below the map, flowing over the pages; the stakeholder
        charts (or the sentence saying there are none) above the stakeholder table."""
        stakeholder_table = translate("Dossier", STAKEHOLDER_TABLE)

        def before(section):
            if section[0] == stakeholder_table and not charts:
                self.text_block([no_stakeholders_sentence(dossier)], footer)
            elif section[0] == stakeholder_table:
                self.room(CHART_HEIGHT + HEADING_HEIGHT, footer)
                self.picture(charts[GRID_CAPTION], MARGIN, self.y, TEXT_WIDTH / 2 - 2, CHART_HEIGHT)
                self.picture(
                    charts[NETWORK_CAPTION],
                    MARGIN + TEXT_WIDTH / 2 + 2,
                    self.y,
                    TEXT_WIDTH / 2 - 2,
                    CHART_HEIGHT,
                )
                self.y += CHART_HEIGHT + 2

        def opening(section):  # the charts open the stakeholder table
            if section[0] == stakeholder_table and charts:
                return CHART_HEIGHT + 2
            return opening_height(section)

        place_sections(self, listed, footer, before, opening)

    def charts(self, dossier, index):
        """The grid and network of a dossier as PNG files in work_dir: {caption: path}; none
        for a site without stakeholders (empty quadrants say nothing)."""
        if not dossier.stakeholders:
            return {}
        colours = {relation_type.id: relation_type.colour for relation_type in self.catalogues.relation_types}
        paths = {}
        for caption, name, draw in (
            (GRID_CAPTION, "grid", lambda scene: draw_grid(scene, dossier.stakeholders)),
            (
                NETWORK_CAPTION,
                "network",
                lambda scene: draw_network(scene, dossier.stakeholders, dossier.relations, colours),
            ),
        ):
            scene = QGraphicsScene()
            draw(scene)
            paths[caption] = save_scene_png(scene, self.work_dir / f"site{index:03d}_{name}.png")
        return paths

    def _layers_for(self, site_key):
        """The map layers of one site: the sites with this one standing out, the impact zones and
        corridors cut down to its own."""
        sites = self.map_layers[0].clone()
        style_sites_of(sites, site_key)
        layers = [sites, *self.map_layers[1:]]
        for keyed, key_field in self.keyed:
            own = keyed.clone()
            own.setSubsetString(
                f"{QgsExpression.quotedColumnRef(key_field)} = {QgsExpression.quotedValue(site_key)}"
            )
            layers = [own if layer is keyed else layer for layer in layers]
        for layer in layers:
            if layer not in self.map_layers:
                self.project.addMapLayer(layer, False)
        return layers

    def _map(self, geometry, site_key):
        """The site map, its locator and legend; returns where the page's text goes on below."""
        if geometry is None or geometry.isNull():
            no_map = translate("DossierLayout", "This site has no geometry: no map.")
            self.label(no_map, MARGIN, MAP_TOP, TEXT_WIDTH, 6, size=9)
            return MAP_TOP + 8
        self.mapped.add(site_key)
        layers = self._layers_for(site_key)
        return place_map(self, geometry, layers, self.map_layers, self.countries, self.sources_text)

    # -- output -----------------------------------------------------------------------------
    def map_image(self, site_key, path):
        """The map, scale bar and legend of a site's first page as a PNG (for the HTML dossier);
        None for a site without a map."""
        if site_key not in self.mapped:
            return None
        return map_image(self, self.page_of_site[site_key], path)


def pictures_folder(html_path):
    """Where a run's maps and charts go: beside the HTML page (its _files folder), or a
    temporary folder of the run when there is only the PDF."""
    if html_path is None:
        return Path(tempfile.mkdtemp(prefix="dossier_", dir=QgsProcessingUtils.tempFolder()))
    folder = html_path.parent / f"{html_path.stem}_files"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def write_html_page(html_path, folder, dossiers, catalogues, images):
    """The dossiers' HTML page, its pictures ({key: {caption: path}}) linked from its folder."""
    # URLs, not paths: a '#' or '?' in the page's name would cut every picture's address short.
    relative = {
        key: {caption: quote(f"{folder.name}/{Path(path).name}") for caption, path in pictures.items()}
        for key, pictures in images.items()
    }
    outputs.write_text(html_path, render_html(dossiers, catalogues, relative))
