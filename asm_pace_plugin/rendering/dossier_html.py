"""Site dossiers as one HTML page (and the PDF's plain text lines): the sections of
core/assessment/dossier.py rendered, so that the HTML and the PDF say the same. Every value rendered
goes through html.escape."""

import html
import textwrap

from ..core.assessment.dossier import PAIRS, TABLE, no_stakeholders_sentence, sections
from ..core.shared import i18n
from ..core.shared.i18n import translate


def _text(value):
    return "" if value is None else str(value)


def escape(value):
    return html.escape(_text(value), quote=True)


def _html_text(value):
    """Escaped text with its line breaks kept."""
    return escape(value).replace("\n", "<br/>")


def html_section(title, kind, content):
    parts = [f"<h3>{escape(title)}</h3>"]
    if kind == PAIRS:
        parts.append("<table class='pairs'>")
        parts += [
            f"<tr><th>{escape(label)}</th><td>{_html_text(value)}</td></tr>" for label, value in content
        ]
        parts.append("</table>")
    elif kind == TABLE:
        headers, rows = content
        if not rows:
            parts.append("<p class='none'>" + escape(translate("Dossier", "None recorded.")) + "</p>")
        else:
            parts.append("<table><tr>" + "".join(f"<th>{escape(h)}</th>" for h in headers) + "</tr>")
            for row in rows:
                parts.append("<tr>" + "".join(f"<td>{_html_text(cell)}</td>" for cell in row) + "</tr>")
            parts.append("</table>")
    else:
        parts += [f"<p>{_html_text(paragraph)}</p>" for paragraph in content]
    return "\n".join(parts)


STYLE = (
    "body{font-family:sans-serif;font-size:10pt;max-width:60em;margin:auto}"
    "table{border-collapse:collapse;margin-bottom:1em}"
    "th,td{border:1px solid #b0bec5;padding:2px 6px;text-align:left;vertical-align:top}"
    ".pairs th{width:16em;background:#f5f7f8}.redaction{color:#b71c1c;font-weight:bold}.safe{color:#37474f}"
    "section.site{page-break-before:always}img{max-width:100%}"
)


def page_start(title):
    """The opening lines of an XHTML page in the language being written, its title as its heading."""
    return [
        "<!DOCTYPE html>",
        f"<html xmlns='http://www.w3.org/1999/xhtml' lang='{i18n.current_language()}'>",
        f"<head><meta charset='utf-8'/><title>{escape(title)}</title><style>{STYLE}</style></head>",
        f"<body><h1>{escape(title)}</h1>",
    ]


def figure(url, caption):
    """A picture with its caption (both escaped)."""
    shown = escape(caption)
    return f"<figure><img src='{escape(url)}' alt='{shown}'/><figcaption>{shown}</figcaption></figure>"


def render_html(dossiers, catalogues, images=None, title=None):
    """One XHTML page with a section per dossier; `images` maps site key to {caption: relative url}."""
    images = images or {}
    title = title or translate("Dossier", "ASM-PACE site dossiers")
    parts = page_start(title)
    for dossier in dossiers:
        parts.append(f"<section class='site' id='site-{escape(dossier.key)}'>")
        heading = translate("Dossier", "Site dossier: {title}").format(title=dossier.title)
        parts.append(f"<h2>{escape(heading)}</h2>")
        kind = "redaction" if dossier.redaction.alarming else "safe"
        parts.append(f"<p class='{kind}'>{escape(dossier.redaction.sentence())}</p>")
        for caption, url in images.get(dossier.key, {}).items():
            parts.append(figure(url, translate("Dossier", caption)))  # captions: the layout's marked texts
        if no_stakeholders_sentence(dossier):
            parts.append(f"<p>{escape(no_stakeholders_sentence(dossier))}</p>")
        parts += [html_section(*section) for section in sections(dossier, catalogues)]
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def plain_lines(paragraphs, width=110):
    """Paragraphs of a TEXT section as plain text lines for the PDF, wrapped at `width`."""
    lines = []
    for paragraph in paragraphs:
        for line in _text(paragraph).split("\n"):
            lines.extend(textwrap.wrap(line, width) or [""])
    return lines
