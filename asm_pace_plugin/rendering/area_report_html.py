"""Protected-area reports as HTML pages: the sections of core/assessment/area_report.py rendered
with the site dossiers' pieces (dossier_html.py), so the HTML and the PDF say the same. Every
value rendered goes through html.escape."""

from ..core.assessment.area_report import overall_redaction
from ..core.assessment.area_report_sections import area_sections, ranking_sections
from ..core.shared.i18n import QT_TRANSLATE_NOOP, translate
from .dossier_html import escape, figure, html_section, page_start

MAP_CAPTION = QT_TRANSLATE_NOOP("AreaReport", "Mining footprints by period")
CHART_CAPTION = QT_TRANSLATE_NOOP("AreaReport", "New and cumulative mining per period")
ALL_AREAS_TITLE = QT_TRANSLATE_NOOP("AreaReport", "Mining in the protected areas, ranked by growth")


def _redaction(redaction):
    kind = "redaction" if redaction.alarming else "safe"
    return f"<p class='{kind}'>{escape(redaction.sentence())}</p>"


def area_block(report, images):
    """The <section> of one area; images: {caption: relative url} (the map and the chart)."""
    parts = [f"<section class='site' id='area-{escape(report.area.area_id)}'>"]
    parts.append(f"<h2>{escape(report.title)}</h2>")
    parts.append(_redaction(report.redaction))
    for caption, url in images.items():
        parts.append(figure(url, translate("AreaReport", caption)))
    parts += [html_section(*section) for section in area_sections(report)]
    parts.append("</section>")
    return parts


def render_area_page(report, images):
    """The HTML page of one area."""
    parts = page_start(report.title)
    parts += area_block(report, images)
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def render_all_areas_page(reports, images):
    """The HTML page of all areas: the ranking, then each area in its rank. images: {area key:
    {caption: url}}."""
    parts = page_start(translate("AreaReport", ALL_AREAS_TITLE))
    parts.append(_redaction(overall_redaction(reports)))
    parts += [html_section(*section) for section in ranking_sections(reports)]
    for report in reports:
        parts += area_block(report, images.get(report.area.key, {}))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
