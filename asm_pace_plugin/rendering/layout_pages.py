"""A4 pages of a print layout: the page's measures, text that flows over pages, pictures, the PDF.

Layouts are not thread safe: everything here runs on the main thread (the algorithms declare
NoThreading) in a QgsProject owned by the run, never QgsProject.instance(). Text goes into plain
(non-HTML) labels, so names are printed as typed; "[%" is broken up so that QGIS does not
evaluate it as an expression. Tables: layout_tables.py; maps: layout_maps.py.
"""

from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..core.shared import compat, outputs
from ..core.shared.i18n import translate

PAGE_WIDTH, PAGE_HEIGHT = 210.0, 297.0
MARGIN = 15.0
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
BODY_BOTTOM = PAGE_HEIGHT - 18.0
LINE_HEIGHT = 3.9  # mm per line of 8 pt text, with room to spare
FONT_FAMILY = "DejaVu Sans"
HEADING_HEIGHT = 7.0


def safe_text(text):
    return str(text).replace("[%", "[\u200b%")


class PagedLayout:
    """One print layout in `project` filled page by page, top to bottom: `y` is where the next
    item goes on the last page."""

    def __init__(self, project, name):
        self.project = project
        self.layout = QgsPrintLayout(project)
        self.layout.setName(name)
        self.pages = 0
        self.y = 0.0

    def new_page(self, footer):
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
        self.layout.pageCollection().addPage(page)
        self.pages += 1
        self.y = MARGIN
        self.label(footer, MARGIN, PAGE_HEIGHT - 12.0, TEXT_WIDTH, 6.0, size=7, colour="#607d8b")

    def place(self, item, x, y, width, height):
        self.layout.addLayoutItem(item)
        item.attemptResize(QgsLayoutSize(width, height))
        item.attemptMove(QgsLayoutPoint(x, y), True, False, self.pages - 1)

    def label(self, text, x, y, width, height, size=8, bold=False, colour=None):
        label = QgsLayoutItemLabel(self.layout)
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(size)
        font.setBold(bold)
        compat.set_label_font(label, font, QColor(colour) if colour else None)
        label.setText(safe_text(text))
        label.setHAlign(Qt.AlignmentFlag.AlignLeft)
        self.place(label, x, y, width, height)
        return label

    def room(self, height, footer):
        if self.y + height > BODY_BOTTOM:
            self.new_page(footer)

    def text_block(self, lines, footer):
        """Lines of text flowing over as many pages as they need."""
        while lines:
            self.room(LINE_HEIGHT * 2, footer)
            fitting = max(1, int((BODY_BOTTOM - self.y) // LINE_HEIGHT))
            chunk, lines = lines[:fitting], lines[fitting:]
            height = LINE_HEIGHT * len(chunk) + 1
            self.label("\n".join(chunk), MARGIN, self.y, TEXT_WIDTH, height)
            self.y += height

    def picture(self, path, x, y, width, height):
        picture = QgsLayoutItemPicture(self.layout)
        picture.setPicturePath(str(path))
        self.place(picture, x, y, width, height)
        return picture

    def export_pdf(self, path):
        """Write the PDF aside and rename it over `path` once whole; returns an error message, or
        "" on success (a full disk says so, and the earlier PDF stays as it was)."""
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.textRenderFormat = compat.TEXT_ALWAYS_TEXT  # text stays text: searchable, copyable
        settings.dpi = 200
        try:
            with outputs.written_aside(path) as aside:
                result = QgsLayoutExporter(self.layout).exportToPdf(str(aside), settings)
                if result != QgsLayoutExporter.ExportResult.Success or not outputs.whole_pdf(aside):
                    if outputs.disk_full(path):
                        raise outputs.DISK_FULL
                    raise outputs.OutputWriteError(
                        translate(
                            "Dossier",
                            "QGIS could not write the PDF {path} (error {result}): is it open in another "
                            "program?",
                        ).format(path=path, result=result)
                    )
        except outputs.OutputWriteError as error:
            return str(error)
        return ""
