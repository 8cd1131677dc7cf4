"""Site dossiers: what a dossier says about one site, redacted, as sections; rendered as HTML.

Plain Python over the workspace and the catalogues. The PDF (algorithms/site_dossiers.py) and
the HTML both render `sections(dossier)`, so both say the same. Stakeholder data can endanger
people: sensitive stakeholders (marked by an officer, or of a sensitive group such as armed
actors) and every contact not marked shareable are left out unless the caller asks for them,
and every dossier says what was left out. Every value rendered as HTML
goes through html.escape.
"""

import html
import json
import textwrap
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone

from qgis.PyQt.QtCore import QDateTime, Qt

from ..impacts.pathways import confidence_label, source_label
from ..impacts.pathways import load_catalogue as load_pathways
from ..screening import pace
from ..shared import formatting, i18n
from ..shared.errors import InputError
from ..shared.i18n import QT_TRANSLATE_NOOP, date, translate
from .approach_fit import verdict_label
from .profile_fields import PROFILE_FIELDS, direction_label, profile_label, profile_value_label
from .stakeholders import KEY_PLAYERS, is_sensitive, quadrant, quadrant_label, stance_label


def _tr(text):
    return translate("Dossier", text)


def _as_shown(value):
    return "" if value is None else str(value)


# The classification stores WDPA's words and its own codes; a dossier shows them in its language.
def _designations(value):
    return pace.listed_labels(value, pace.designation_label)


def _levels(value):
    return pace.listed_labels(value, pace.level_label)


def _layer_kinds(value):
    return pace.listed_labels(value, lambda kind: translate("ReferenceLayers", kind))


# Classified-site attributes shown in a dossier, in order: (field, label, how the value is written).
CLASSIFICATION_FIELDS = (
    ("pa_names", QT_TRANSLATE_NOOP("Dossier", "Protected areas"), _as_shown),
    ("pa_desigs", QT_TRANSLATE_NOOP("Dossier", "Designations"), _designations),
    ("pa_levels", QT_TRANSLATE_NOOP("Dossier", "Levels"), _levels),
    ("intl_desig", QT_TRANSLATE_NOOP("Dossier", "International designations"), _levels),
    ("iucn_cat", QT_TRANSLATE_NOOP("Dossier", "Strictest IUCN category"), _as_shown),
    ("landscape", QT_TRANSLATE_NOOP("Dossier", "WWF priority landscape"), _as_shown),
    ("g200_name", QT_TRANSLATE_NOOP("Dossier", "Global 200 ecoregion"), _as_shown),
    ("near_pa", QT_TRANSLATE_NOOP("Dossier", "Nearest protected area"), _as_shown),
    (
        "near_pa_m",
        QT_TRANSLATE_NOOP("Dossier", "Distance to the nearest protected area"),
        formatting.distance,
    ),
    (
        "pa_share",
        QT_TRANSLATE_NOOP("Dossier", "Share of the site inside protected areas"),
        formatting.percent,
    ),
    ("not_tested", QT_TRANSLATE_NOOP("Dossier", "Layers not tested"), _layer_kinds),
    ("data_ver", QT_TRANSLATE_NOOP("Dossier", "Data version"), _as_shown),
)
STAKEHOLDER_HEADERS = (
    QT_TRANSLATE_NOOP("Dossier", "Name"),
    QT_TRANSLATE_NOOP("Dossier", "Group"),
    QT_TRANSLATE_NOOP("Dossier", "Influence (0–5)"),
    QT_TRANSLATE_NOOP("Dossier", "Interest (0–5)"),
    QT_TRANSLATE_NOOP("Dossier", "Stance"),
    QT_TRANSLATE_NOOP("Dossier", "Quadrant"),
    QT_TRANSLATE_NOOP("Dossier", "Goals"),
    QT_TRANSLATE_NOOP("Dossier", "Contact"),
)
RELATION_HEADERS = (
    QT_TRANSLATE_NOOP("Dossier", "From"),
    QT_TRANSLATE_NOOP("Dossier", "Relation"),
    QT_TRANSLATE_NOOP("Dossier", "To"),
    QT_TRANSLATE_NOOP("Dossier", "Direction"),
    QT_TRANSLATE_NOOP("Dossier", "Strength (1–3)"),
)
FIT_HEADERS = (
    QT_TRANSLATE_NOOP("Dossier", "Approach"),
    QT_TRANSLATE_NOOP("Dossier", "Fit"),
    QT_TRANSLATE_NOOP("Dossier", "Reasons"),
)
DECISION_HEADERS = (
    QT_TRANSLATE_NOOP("Dossier", "Date"),
    QT_TRANSLATE_NOOP("Dossier", "Approach"),
    QT_TRANSLATE_NOOP("Dossier", "Officer"),
    QT_TRANSLATE_NOOP("Dossier", "Rationale"),
)


# Columns of the per-site pressure table and of the impact zones a dossier shows:
# (field, header with its unit, how a cell is written; None: the pathway's readable name).
PRESSURE_COLUMNS = (
    ("pathway", QT_TRANSLATE_NOOP("Dossier", "Impact pathway"), None),
    ("pa_name", QT_TRANSLATE_NOOP("Dossier", "Protected area"), _as_shown),
    ("zone_ha", QT_TRANSLATE_NOOP("Dossier", "Area reached (ha)"), formatting.hectare_figure),
    ("pa_share", QT_TRANSLATE_NOOP("Dossier", "Share of the protected area"), formatting.percent),
)
ZONE_COLUMNS = (
    ("pathway", QT_TRANSLATE_NOOP("Dossier", "Impact pathway"), None),
    ("inner_m", QT_TRANSLATE_NOOP("Dossier", "From (km)"), formatting.kilometre_figure),
    ("dist_m", QT_TRANSLATE_NOOP("Dossier", "To (km)"), formatting.kilometre_figure),
    ("area_ha", QT_TRANSLATE_NOOP("Dossier", "Area (ha)"), formatting.hectare_figure),
    ("confidence", QT_TRANSLATE_NOOP("Dossier", "Confidence"), confidence_label),
    ("dist_src", QT_TRANSLATE_NOOP("Dossier", "Source of the distance"), source_label),
)

STAKEHOLDER_TABLE = QT_TRANSLATE_NOOP("Dossier", "Stakeholder table")  # the PDF puts the charts before it
PAIRS = "pairs"  # content: ((label, value), ...)
TABLE = "table"  # content: (headers, rows)
TEXT = "text"  # content: (paragraph, ...)


@dataclass
class Redaction:
    applied: bool
    contacts: int = 0
    sensitive_stakeholders: int = 0

    @property
    def alarming(self):
        """Whether the sentence warns (shown in red): no redaction, or something left out."""
        return not self.applied or bool(self.contacts or self.sensitive_stakeholders)

    def sentence(self):
        if not self.applied:
            return translate(
                "Dossier",
                "Redaction NOT applied: this dossier holds personal contacts and sensitive "
                "stakeholders. Share it only with people entitled to them.",
            )
        if not self.alarming:
            return translate(
                "Dossier", "Safe to share: no contact or sensitive stakeholder had to be left out."
            )
        left_out = []
        if self.contacts:
            count = self.contacts
            left_out.append(i18n.counted(translate("Dossier", "%n contact(s)", None, count), count))
        if self.sensitive_stakeholders:
            count = self.sensitive_stakeholders
            left_out.append(
                i18n.counted(translate("Dossier", "%n sensitive stakeholder(s)", None, count), count)
            )
        listed = (
            translate("Dossier", "{first} and {second}").format(first=left_out[0], second=left_out[1])
            if len(left_out) == 2
            else left_out[0]
        )
        return translate("Dossier", "Redaction applied, left out: {left_out}.").format(left_out=listed)


@dataclass
class Dossier:
    key: str
    label: str
    pace_class: str
    attributes: dict
    profile: dict
    stakeholders: list  # Stakeholder objects kept after redaction (unshareable contacts blanked)
    relations: list  # dicts: from_name, type, to_name, direction, strength
    fits: list  # dicts: approach, verdict, reasons
    decisions: list  # dicts, oldest first
    redaction: Redaction
    pressure: tuple = ((), ())  # (headers, rows) from a per-site pressure table, if any
    zones: tuple = ((), ())  # (headers, rows) of the impact zones matched to the site, if any
    sources: str = ""
    plugin_version: str = ""
    location: tuple = None  # (latitude, longitude, UTM zone, northern, easting, northing) of its centre
    generated_at: str = field(
        default_factory=lambda: datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    )

    @property
    def title(self):
        return f"{self.key} {self.label}".strip()

    @property
    def class_label(self):
        return pace.class_label(self.pace_class or pace.UNCLASSIFIED)

    @property
    def decision(self):
        return self.decisions[-1] if self.decisions else None


def _approach_name(catalogues, approach_id):
    try:
        return catalogues.approach(approach_id).name
    except KeyError:
        return approach_id


def _approach_gender(catalogues, approach_id):
    try:
        return catalogues.approach(approach_id).gender
    except KeyError:
        return None


def no_stakeholders_sentence(dossier):
    """What a dossier says instead of its (empty) stakeholder charts; "" when it has stakeholders."""
    if dossier.stakeholders:
        return ""
    if dossier.redaction.sensitive_stakeholders:
        return translate("Dossier", "No stakeholders shown: all of this site's are sensitive and left out.")
    return translate("Dossier", "No stakeholders recorded for this site.")


def redact_stakeholders(stakeholders, catalogues, include_sensitive):
    """(kept stakeholders, Redaction): without include_sensitive, sensitive stakeholders (and so
    their relations) are left out and contacts not marked shareable are blanked in copies."""
    if include_sensitive:
        return list(stakeholders), Redaction(applied=False)
    kept, left_out, contacts = [], 0, 0
    for stakeholder in stakeholders:
        if is_sensitive(stakeholder, catalogues):
            left_out += 1
            continue
        if stakeholder.contact and stakeholder.contact_sensitive:
            contacts += 1
            stakeholder = replace(stakeholder, contact="")
        kept.append(stakeholder)
    return kept, Redaction(applied=True, contacts=contacts, sensitive_stakeholders=left_out)


def site_attributes(workspace, site_key, attributes=None):
    """Attributes of a site: those given (a classified layer), else the workspace snapshot's."""
    if attributes is None:
        snapshot = workspace.site_snapshot(site_key) or {}
        attributes = json.loads(snapshot.get("facts_json") or "{}")
        attributes.setdefault("site_label", snapshot.get("site_label"))
    return {name: pace.as_text(value) for name, value in attributes.items()}


def build_dossier(
    workspace,
    catalogues,
    site_key,
    attributes=None,
    label=None,
    include_sensitive=False,
    pressure=((), ()),
    zones=((), ()),
    sources="",
    plugin_version="",
    location=None,
):
    """The Dossier of one site from the workspace (and, when given, the classified attributes and
    its location: latitude, longitude, UTM zone, northern, easting, northing)."""
    site_key = str(site_key)
    attributes = site_attributes(workspace, site_key, attributes)
    stakeholders, redaction = redact_stakeholders(
        workspace.stakeholders(site_key), catalogues, include_sensitive
    )
    names = {stakeholder.id: stakeholder.name for stakeholder in stakeholders}
    relations = []
    for relation in workspace.relations(site_key):
        if relation["from_id"] in names and relation["to_id"] in names:
            relation_type = catalogues.relation_type(relation["relation_type"])
            relations.append(
                {
                    "from_id": relation["from_id"],
                    "to_id": relation["to_id"],
                    "from_name": names[relation["from_id"]],
                    "to_name": names[relation["to_id"]],
                    "relation_type": relation["relation_type"],
                    "type": relation_type.name if relation_type else relation["relation_type"],
                    "direction": relation["direction"],
                    "strength": relation["strength"],
                }
            )
    fits = [
        {
            "approach": _approach_name(catalogues, fit["approach_id"]),
            "verdict": verdict_label(fit["verdict"], _approach_gender(catalogues, fit["approach_id"])),
            "reasons": fit["reasons"] or "",
        }
        for fit in workspace.fits(site_key)
    ]
    decisions = [
        {
            "date": decision["decided_at"],
            "approach": _approach_name(catalogues, decision["approach_id"]),
            "officer": decision["officer"],
            "rationale": decision["rationale"],
        }
        for decision in workspace.decisions(site_key)
    ]
    return Dossier(
        key=site_key,
        label=pace.as_text(label) or attributes.get("site_name") or attributes.get("site_label") or "",
        pace_class=attributes.get("pace_class") or pace.UNCLASSIFIED,
        attributes=attributes,
        profile=workspace.profile(site_key),
        stakeholders=stakeholders,
        relations=relations,
        fits=fits,
        decisions=decisions,
        redaction=redaction,
        pressure=pressure,
        zones=zones,
        sources=sources,
        plugin_version=plugin_version,
        location=location,
    )


def chosen_keys(available, requested=""):
    """The keys to write, in the order of `available`: all, or the comma-separated `requested` ones.

    Raises InputError naming keys that are not available.
    """
    wanted = [key.strip() for key in (requested or "").split(",") if key.strip()]
    if not wanted:
        return list(available)
    missing = [key for key in wanted if key not in available]
    if missing:
        raise InputError(
            translate(
                "Dossier",
                "Site key(s) not found: {keys}. Give keys of assessed sites (the dock lists them), "
                "separated by commas.",
            ).format(keys=", ".join(missing))
        )
    return [key for key in available if key in wanted]


def _text(value):
    return "" if value is None else str(value)


def pathway_names():
    """{pathway id: readable name} of the impact-pathway catalogue, in the current language."""
    return {name: pathway.label for name, pathway in load_pathways().items()}


def readable_table(content, columns, pathways):
    """A keyed table (field names, rows of texts) with the known columns only, under their
    headers and written as people read them; a table without any known column stays as it is."""
    fields, rows = content
    shown = [(fields.index(name), header, write) for name, header, write in columns if name in fields]
    if not shown:
        return content
    headers = tuple(_tr(header) for _index, header, _write in shown)
    return headers, [
        [
            pathways.get(row[index], row[index]) if write is None else write(row[index])
            for index, _h, write in shown
        ]
        for row in rows
    ]


def _location_pairs(location):
    if location is None:
        return []
    latitude, longitude, zone, northern, easting, northing = location
    return [
        (translate("Dossier", "Coordinates (WGS 84)"), formatting.degrees(latitude, longitude)),
        (translate("Dossier", "UTM (WGS 84)"), formatting.utm(zone, northern, easting, northing)),
    ]


def sections(dossier, catalogues):
    """The dossier as (title, kind, content) sections; kinds are PAIRS, TABLE and TEXT."""
    classification = [
        (translate("Dossier", "PACE class"), dossier.class_label),
        *_location_pairs(dossier.location),
    ]
    classification += [
        (_tr(label), write(dossier.attributes[name]))
        for name, label, write in CLASSIFICATION_FIELDS
        if dossier.attributes.get(name)
    ]
    result = [(translate("Dossier", "Classification (PACE)"), PAIRS, classification)]
    pathways = pathway_names() if dossier.pressure[1] or dossier.zones[1] else {}
    if dossier.pressure[1]:
        result.append(
            (
                translate("Dossier", "Pressure from impact zones"),
                TABLE,
                readable_table(dossier.pressure, PRESSURE_COLUMNS, pathways),
            )
        )
    if dossier.zones[1]:
        result.append(
            (
                translate("Dossier", "Impact zones"),
                TABLE,
                readable_table(dossier.zones, ZONE_COLUMNS, pathways),
            )
        )
    profile = []
    for column, label, _kind, _choices in PROFILE_FIELDS:
        value = dossier.profile.get(column)
        shown = (
            profile_value_label(column, value)
            if value not in (None, "")
            else translate("Dossier", "not recorded")
        )
        profile.append((profile_label(label), shown))
    result.append((translate("Dossier", "Site profile"), PAIRS, profile))
    rows = []
    for stakeholder in dossier.stakeholders:
        group = catalogues.group(stakeholder.group_id)
        rows.append(
            [
                stakeholder.name,
                group.name if group else stakeholder.group_id,
                str(stakeholder.influence),
                str(stakeholder.interest),
                stance_label(stakeholder.stance),
                quadrant_label(quadrant(stakeholder.influence, stakeholder.interest)),
                stakeholder.goals,
                stakeholder.contact,
            ]
        )
    if not any(row[-1] for row in rows):  # no contact to show: no empty column
        rows = [row[:-1] for row in rows]
    headers = tuple(_tr(header) for header in STAKEHOLDER_HEADERS[: len(rows[0]) if rows else None])
    result.append((translate("Dossier", "Stakeholders"), TEXT, (dossier.redaction.sentence(),)))
    result.append((_tr(STAKEHOLDER_TABLE), TABLE, (headers, rows)))
    relation_rows = [
        [
            relation["from_name"],
            relation["type"],
            relation["to_name"],
            direction_label(relation["direction"]),
            str(relation["strength"]),
        ]
        for relation in dossier.relations
    ]
    result.append(
        (translate("Dossier", "Relations"), TABLE, (tuple(_tr(h) for h in RELATION_HEADERS), relation_rows))
    )
    fit_rows = [[fit["approach"], fit["verdict"], fit["reasons"]] for fit in dossier.fits]
    result.append(
        (
            translate("Dossier", "Fit of the management approaches"),
            TABLE,
            (tuple(_tr(h) for h in FIT_HEADERS), fit_rows),
        )
    )
    decision = dossier.decision
    if decision is None:
        result.append(
            (translate("Dossier", "Decision"), TEXT, (translate("Dossier", "No decision recorded yet."),))
        )
    else:
        result.append(
            (
                translate("Dossier", "Decision"),
                PAIRS,
                (
                    (translate("Dossier", "Approach chosen"), decision["approach"]),
                    (translate("Dossier", "Rationale"), decision["rationale"]),
                    (translate("Dossier", "Decided by"), decision["officer"]),
                    (translate("Dossier", "Date"), date(decision["date"])),
                ),
            )
        )
        history = [
            [date(d["date"]), d["approach"], d["officer"], d["rationale"]]
            for d in reversed(dossier.decisions)
        ]
        result.append(
            (
                translate("Dossier", "Decision history (newest first)"),
                TABLE,
                (tuple(_tr(h) for h in DECISION_HEADERS), history),
            )
        )
    about = [
        (
            translate("Dossier", "Generated"),
            translate("Dossier", "{date} UTC").format(date=date(dossier.generated_at, with_time=True)),
        ),
        (translate("Dossier", "ASM-PACE plugin version"), dossier.plugin_version),
    ]
    if dossier.sources:
        about.append((translate("Dossier", "Data sources"), dossier.sources))
    result.append((translate("Dossier", "About this dossier"), PAIRS, about))
    return result


def _headers(headers):
    return tuple(translate("Dossier", header) for header in headers)


def _escape(value):
    return html.escape(_text(value), quote=True)


def _html_text(value):
    """Escaped text with its line breaks kept."""
    return _escape(value).replace("\n", "<br/>")


def _html_section(title, kind, content):
    parts = [f"<h3>{_escape(title)}</h3>"]
    if kind == PAIRS:
        parts.append("<table class='pairs'>")
        parts += [
            f"<tr><th>{_escape(label)}</th><td>{_html_text(value)}</td></tr>" for label, value in content
        ]
        parts.append("</table>")
    elif kind == TABLE:
        headers, rows = content
        if not rows:
            parts.append("<p class='none'>" + _escape(translate("Dossier", "None recorded.")) + "</p>")
        else:
            parts.append("<table><tr>" + "".join(f"<th>{_escape(h)}</th>" for h in headers) + "</tr>")
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


def render_html(dossiers, catalogues, images=None, title=None):
    """One XHTML page with a section per dossier; `images` maps site key to {caption: relative url}."""
    images = images or {}
    title = title or translate("Dossier", "ASM-PACE site dossiers")
    parts = [
        "<!DOCTYPE html>",
        f"<html xmlns='http://www.w3.org/1999/xhtml' lang='{i18n.current_language()}'>",
        f"<head><meta charset='utf-8'/><title>{_escape(title)}</title><style>{STYLE}</style></head>",
        f"<body><h1>{_escape(title)}</h1>",
    ]
    for dossier in dossiers:
        parts.append(f"<section class='site' id='site-{_escape(dossier.key)}'>")
        heading = translate("Dossier", "Site dossier: {title}").format(title=dossier.title)
        parts.append(f"<h2>{_escape(heading)}</h2>")
        kind = "redaction" if dossier.redaction.alarming else "safe"
        parts.append(f"<p class='{kind}'>{_escape(dossier.redaction.sentence())}</p>")
        for caption, url in images.get(dossier.key, {}).items():
            shown = _escape(translate("Dossier", caption))  # captions are the layout's marked texts
            parts.append(
                f"<figure><img src='{_escape(url)}' alt='{shown}'/><figcaption>{shown}</figcaption></figure>"
            )
        if no_stakeholders_sentence(dossier):
            parts.append(f"<p>{_escape(no_stakeholders_sentence(dossier))}</p>")
        parts += [_html_section(*section) for section in sections(dossier, catalogues)]
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


# Programme reporting: one row per site.
EXPORT_COLUMNS = (
    "site_key",
    "site_label",
    "pace_class",
    "pa_names",
    "iucn_cat",
    *(column for column, _label, _kind, _choices in PROFILE_FIELDS),
    "stakeholders",
    "key_players",
    "relations",
    "fits",
    "decision",
    "rationale",
    "decided_by",
    "decided_at",
    "decisions",
    "redaction",
)
STAKEHOLDER_EXPORT_COLUMNS = (
    "site_key",
    "name",
    "group_id",
    "influence",
    "interest",
    "stance",
    "quadrant",
    "goals",
    "contact",
)


def export_row(dossier):
    """The programme-reporting row of a dossier (a dict over EXPORT_COLUMNS)."""
    decision = dossier.decision or {}
    row = {
        "site_key": dossier.key,
        "site_label": dossier.label,
        "pace_class": dossier.pace_class,
        "pa_names": dossier.attributes.get("pa_names", ""),
        "iucn_cat": dossier.attributes.get("iucn_cat", ""),
        "stakeholders": len(dossier.stakeholders),
        "key_players": sum(
            1 for s in dossier.stakeholders if quadrant(s.influence, s.interest) == KEY_PLAYERS
        ),
        "relations": len(dossier.relations),
        "fits": "; ".join(
            translate("Dossier", "{label}: {value}").format(label=fit["approach"], value=fit["verdict"])
            for fit in dossier.fits
        ),
        "decision": decision.get("approach", ""),
        "rationale": decision.get("rationale", ""),
        "decided_by": decision.get("officer", ""),
        "decided_at": i18n.date(decision["date"], with_time=True) if decision else "",
        "decisions": len(dossier.decisions),
        "redaction": dossier.redaction.sentence(),
    }
    row.update({column: dossier.profile.get(column) for column, _l, _k, _c in PROFILE_FIELDS})
    return row


# The report table a spreadsheet export holds for people: each column's header, in the language
# of the export, its values written as the dossier writes them and its date a date. The codes
# (pace_class, protected_area, key_players…) stay in the CSV and wherever codes are asked for.
EXPORT_HEADERS = {
    "site_key": QT_TRANSLATE_NOOP("Export", "Site key"),
    "site_label": QT_TRANSLATE_NOOP("Export", "Site name"),
    "pace_class": QT_TRANSLATE_NOOP("Export", "PACE class"),
    "pa_names": QT_TRANSLATE_NOOP("Export", "Protected areas"),
    "iucn_cat": QT_TRANSLATE_NOOP("Export", "Strictest IUCN category"),
    "stakeholders": QT_TRANSLATE_NOOP("Export", "Stakeholders"),
    "key_players": QT_TRANSLATE_NOOP("Export", "Key players"),
    "relations": QT_TRANSLATE_NOOP("Export", "Relations"),
    "fits": QT_TRANSLATE_NOOP("Export", "Fit of the approaches"),
    "decision": QT_TRANSLATE_NOOP("Export", "Decision"),
    "rationale": QT_TRANSLATE_NOOP("Export", "Rationale"),
    "decided_by": QT_TRANSLATE_NOOP("Export", "Decided by"),
    "decided_at": QT_TRANSLATE_NOOP("Export", "Decided on (UTC)"),
    "decisions": QT_TRANSLATE_NOOP("Export", "Decisions recorded"),
    "redaction": QT_TRANSLATE_NOOP("Export", "Redaction"),
}
STAKEHOLDER_EXPORT_HEADERS = {
    "site_key": QT_TRANSLATE_NOOP("Export", "Site key"),
    "name": QT_TRANSLATE_NOOP("Export", "Name"),
    "group_id": QT_TRANSLATE_NOOP("Export", "Group"),
    "influence": QT_TRANSLATE_NOOP("Export", "Influence (0–5)"),
    "interest": QT_TRANSLATE_NOOP("Export", "Interest (0–5)"),
    "stance": QT_TRANSLATE_NOOP("Export", "Stance"),
    "quadrant": QT_TRANSLATE_NOOP("Export", "Quadrant"),
    "goals": QT_TRANSLATE_NOOP("Export", "Goals"),
    "contact": QT_TRANSLATE_NOOP("Export", "Contact"),
}
DATE_COLUMNS = ("decided_at",)


def export_header(column):
    """A column's header in the report table, in the language being written."""
    label = EXPORT_HEADERS.get(column) or STAKEHOLDER_EXPORT_HEADERS.get(column)
    if label:
        return translate("Export", label)
    return next((profile_label(label) for name, label, _k, _c in PROFILE_FIELDS if name == column), column)


def _stored_moment(text):
    """A stored ISO 8601 moment as a QDateTime in UTC (a spreadsheet's date), or None."""
    moment = QDateTime.fromString(str(text), Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(str(text), Qt.DateFormat.ISODate)
    return moment.toUTC() if moment.isValid() else None


def readable_export_row(dossier):
    """export_row as people read it: the class and profile answers in words, the date a date."""
    row = export_row(dossier)
    row["pace_class"] = dossier.class_label
    for column, _label, kind, _choices in PROFILE_FIELDS:
        if kind == "choice":
            row[column] = profile_value_label(column, row.get(column))
    decision = dossier.decision
    row["decided_at"] = _stored_moment(decision["date"]) if decision else None
    return row


def readable_stakeholder_rows(dossier, catalogues):
    """stakeholder_rows as people read them: group names, stances and quadrants in words."""
    for row in stakeholder_rows(dossier):
        group = catalogues.group(row["group_id"])
        yield {
            **row,
            "group_id": group.name if group else row["group_id"],
            "stance": stance_label(row["stance"]) if row["stance"] is not None else None,
            "quadrant": quadrant_label(row["quadrant"]),
        }


def stakeholder_rows(dossier):
    """Rows over STAKEHOLDER_EXPORT_COLUMNS (contacts as left by the redaction)."""
    for stakeholder in dossier.stakeholders:
        row = {
            "site_key": dossier.key,
            "name": stakeholder.name,
            "group_id": stakeholder.group_id,
            "influence": stakeholder.influence,
            "interest": stakeholder.interest,
            "stance": stakeholder.stance,
            "quadrant": quadrant(stakeholder.influence, stakeholder.interest),
            "goals": stakeholder.goals,
            "contact": stakeholder.contact,
        }
        yield row
