"""Sections (title, kind, content) of a report flowing over the pages of a print layout: a
heading, then its table (layout_tables) or its lines of text; never a heading alone at the foot
of a page. The site dossiers and the protected-area reports both place theirs here."""

from ..core.assessment.dossier import TABLE, TEXT
from ..core.shared.i18n import translate
from .dossier_html import plain_lines
from .layout_pages import HEADING_HEIGHT, LINE_HEIGHT, MARGIN, TEXT_WIDTH
from .layout_tables import measured_table, place_table

WRAP_CHARACTERS = 120


def opening_height(section):
    """The height the start of a section needs on a page: its heading with its first lines or
    the header and first row of its table."""
    _title, kind, content = section
    table = measured_table(kind, content)
    return HEADING_HEIGHT + (table.first_part if table else LINE_HEIGHT * 2)


def place_sections(pages, listed, footer, before=None, opening=opening_height):
    """Place the sections at pages.y (a PagedLayout), over as many pages as they need.
    before(section): draws what goes above a section (the dossier's stakeholder charts);
    opening(section): the height a section's start needs (what a short text keeps with it)."""
    for position, section in enumerate(listed):
        title, kind, content = section
        if before is not None:
            before(section)
        table = measured_table(kind, content)
        keep = table.first_part if table else LINE_HEIGHT * 2
        if kind == TEXT and position + 1 < len(listed) and len(plain_lines(content, WRAP_CHARACTERS)) <= 2:
            # A heading and a line or two stay with what follows: never a heading alone at the
            # foot of a page.
            keep = LINE_HEIGHT * 2 + 2 + opening(listed[position + 1])
        pages.room(HEADING_HEIGHT + keep, footer)
        pages.label(title, MARGIN, pages.y, TEXT_WIDTH, HEADING_HEIGHT - 1, size=10, bold=True)
        pages.y += HEADING_HEIGHT
        if table is not None:
            place_table(pages, table, footer)
        elif kind == TABLE:
            pages.text_block([translate("DossierLayout", "None recorded.")], footer)
        else:
            pages.text_block(plain_lines(content, WRAP_CHARACTERS), footer)
        pages.y += 2
