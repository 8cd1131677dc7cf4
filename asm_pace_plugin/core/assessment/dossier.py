"""Site dossiers: what a dossier says about one site, redacted, as sections.

Plain Python over the workspace and the catalogues. The PDF (rendering/dossier_layout.py) and
the HTML (rendering/dossier_html.py) both render `sections(dossier)`, so both say the same.
Stakeholder data can endanger people: sensitive stakeholders (marked by an officer, or of a
sensitive group such as armed actors) and every contact not marked shareable are left out unless
the caller asks for them, and every dossier says what was left out. The export's rows are in
export_rows.py.
"""

import csv
import json
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone

from ..screening import pace
from ..shared import formatting, i18n
from ..shared.errors import InputError
from ..shared.i18n import QT_TRANSLATE_NOOP, date, translate
from .approach_fit import verdict_label
from .printed_tables import PRESSURE_COLUMNS, ZONE_COLUMNS, about_pairs, pathway_names, readable_table
from .profile_fields import PROFILE_FIELDS, direction_label, profile_label, profile_value_label
from .stakeholders import is_sensitive, quadrant, quadrant_label, stance_label


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


def redaction_log(dossiers):
    """What the redaction left out of all the dossiers of a run, counted in words, for the run's log
    (in QGIS's language, whatever the language of the dossiers)."""
    total = Redaction(
        True,
        sum(dossier.redaction.contacts for dossier in dossiers),
        sum(dossier.redaction.sensitive_stakeholders for dossier in dossiers),
    )
    with i18n.in_qgis_language():
        return total.sentence()


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
    mining: tuple = None  # (headers, rows) of mining over time in the site's areas; None: not given
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


def approach_name(catalogues, approach_id):
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
    mining=None,
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
            "approach": approach_name(catalogues, fit["approach_id"]),
            "verdict": verdict_label(fit["verdict"], _approach_gender(catalogues, fit["approach_id"])),
            "reasons": fit["reasons"] or "",
        }
        for fit in workspace.fits(site_key)
    ]
    decisions = [
        {
            "date": decision["decided_at"],
            "approach": approach_name(catalogues, decision["approach_id"]),
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
        mining=mining,
        sources=sources,
        plugin_version=plugin_version,
        location=location,
    )


def chosen_keys(available, requested=""):
    """The keys to write, in the order of `available`: all, or the comma-separated `requested` ones.
    A key holding a comma is given in double quotes, as in a CSV: "Kamituga, upper", S02 (a key
    that is itself available whole is taken whole).

    Raises InputError naming keys that are not available.
    """
    requested = (requested or "").strip()
    if requested in available:
        return [requested]
    row = next(csv.reader([requested], skipinitialspace=True), []) if requested else []
    wanted = [key.strip() for key in row if key.strip()]
    if not wanted:
        return list(available)
    missing = [key for key in wanted if key not in available]
    if missing:
        raise InputError(
            translate(
                "Dossier",
                "Site key(s) not found: {keys}. Give keys of assessed sites (the dock lists them), "
                'separated by commas; a key that holds a comma goes in double quotes ("Kamituga, upper").',
            ).format(keys=", ".join(missing))
        )
    return [key for key in available if key in wanted]


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
    if dossier.mining is not None:
        title = translate("Dossier", "Mining over time in the site's areas")
        if dossier.mining[1]:
            result.append((title, TABLE, dossier.mining))
        else:
            sentence = translate("Dossier", "Mining over time measured no mining in the areas of this site.")
            result.append((title, TEXT, (sentence,)))
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
    about = about_pairs(dossier.generated_at, dossier.plugin_version, dossier.sources)
    result.append((translate("Dossier", "About this dossier"), PAIRS, about))
    return result
