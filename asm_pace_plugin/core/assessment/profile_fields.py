"""What officers record of a site, as fields: the site profile's fields (column, label, kind,
choices), the assessment statuses and the relation directions, and their labels in the language
being written. The stored values stay the English words; the workspace (workspace.py) stores them."""

from ..shared.i18n import QT_TRANSLATE_NOOP, translate

NOT_STARTED = QT_TRANSLATE_NOOP("Workspace", "not started")
IN_PROGRESS = QT_TRANSLATE_NOOP("Workspace", "in progress")
DECIDED = QT_TRANSLATE_NOOP("Workspace", "decided")

# (column, label, kind, choices); the profile table has one column per entry. Labels and choices are
# shown translated (profile_label, profile_value_label); the stored choices stay these English words.
PROFILE_FIELDS = (
    ("minerals", QT_TRANSLATE_NOOP("SiteProfile", "Minerals"), "text", ()),
    (
        "deposit_type",
        QT_TRANSLATE_NOOP("SiteProfile", "Deposit type"),
        "choice",
        (
            "",
            QT_TRANSLATE_NOOP("SiteProfile", "alluvial"),
            QT_TRANSLATE_NOOP("SiteProfile", "hard rock"),
            QT_TRANSLATE_NOOP("SiteProfile", "alluvial and hard rock"),
            QT_TRANSLATE_NOOP("SiteProfile", "other"),
        ),
    ),
    ("extraction_methods", QT_TRANSLATE_NOOP("SiteProfile", "Extraction methods"), "text", ()),
    ("processing_methods", QT_TRANSLATE_NOOP("SiteProfile", "Processing methods"), "text", ()),
    ("miners_count", QT_TRANSLATE_NOOP("SiteProfile", "Number of miners"), "integer", ()),
    (
        "mercury_use",
        QT_TRANSLATE_NOOP("SiteProfile", "Mercury use"),
        "choice",
        (
            "",
            QT_TRANSLATE_NOOP("SiteProfile", "yes"),
            QT_TRANSLATE_NOOP("SiteProfile", "no"),
            QT_TRANSLATE_NOOP("SiteProfile", "not known"),
        ),
    ),
    (
        "legal_status",
        QT_TRANSLATE_NOOP("SiteProfile", "Legal status of mining here"),
        "choice",
        (
            "",
            QT_TRANSLATE_NOOP("SiteProfile", "legal"),
            QT_TRANSLATE_NOOP("SiteProfile", "legal in zones only"),
            QT_TRANSLATE_NOOP("SiteProfile", "illegal"),
            QT_TRANSLATE_NOOP("SiteProfile", "not known"),
        ),
    ),
    (
        "armed_actors",
        QT_TRANSLATE_NOOP("SiteProfile", "Armed actors present"),
        "choice",
        (
            "",
            QT_TRANSLATE_NOOP("SiteProfile", "none"),
            QT_TRANSLATE_NOOP("SiteProfile", "present"),
            QT_TRANSLATE_NOOP("SiteProfile", "in control"),
            QT_TRANSLATE_NOOP("SiteProfile", "not known"),
        ),
    ),
    ("years_active", QT_TRANSLATE_NOOP("SiteProfile", "Years active"), "integer", ()),
    ("notes", QT_TRANSLATE_NOOP("SiteProfile", "Notes"), "text", ()),
)
PROFILE_COLUMNS = tuple(column for column, _label, _kind, _choices in PROFILE_FIELDS)
RELATION_DIRECTIONS = (QT_TRANSLATE_NOOP("Workspace", "one way"), QT_TRANSLATE_NOOP("Workspace", "both ways"))


def profile_label(label):
    """A profile field's label (from PROFILE_FIELDS) in the language being written."""
    return translate("SiteProfile", label)


def profile_value_label(column, value):
    """A stored profile value as shown: a choice in the language being written, typed text as typed."""
    choices = next((choices for name, _label, _kind, choices in PROFILE_FIELDS if name == column), ())
    return (
        translate("SiteProfile", value)
        if value and value in choices
        else ("" if value is None else str(value))
    )


def status_label(status):
    """A site's assessment status (NOT_STARTED, IN_PROGRESS, DECIDED) in the language being written."""
    return translate("Workspace", status)


def direction_label(direction):
    """A relation direction (RELATION_DIRECTIONS) in the language being written."""
    return translate("Workspace", direction) if direction in RELATION_DIRECTIONS else str(direction)
