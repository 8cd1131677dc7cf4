"""Programme reporting from dossiers: one row per site, and one row per stakeholder (contacts as
the dossier's redaction left them), for the export (algorithms/export_assessments.py): with codes
for scripts, or as a report table for people."""

from qgis.PyQt.QtCore import QDateTime, Qt

from ..shared import i18n
from ..shared.i18n import QT_TRANSLATE_NOOP, translate
from .profile_fields import PROFILE_FIELDS, profile_label, profile_value_label
from .stakeholders import KEY_PLAYERS, quadrant, quadrant_label, stance_label

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
