"""asm_pace:exportassessments, "Export assessments (table)".

One row per assessed site for programme reporting (CSV, XLSX, GeoPackage: whatever the output
format chosen), and optionally one row per stakeholder; redacted as the dossiers are.
"""

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
)

from ..core.assessment.catalogues import load_catalogues
from ..core.assessment.dossier import build_dossier, chosen_keys, redaction_log
from ..core.assessment.export_rows import (
    DATE_COLUMNS,
    EXPORT_COLUMNS,
    STAKEHOLDER_EXPORT_COLUMNS,
    export_header,
    export_row,
    readable_export_row,
    readable_stakeholder_rows,
    stakeholder_rows,
)
from ..core.assessment.profile_fields import PROFILE_FIELDS
from ..core.assessment.stakeholders import NUL_SHOWN, escape_cell, show_nul
from ..core.shared import compat, i18n
from ..core.shared import public_names as names
from ..core.shared.i18n import translate
from ..core.shared.paths import plugin_version
from .base import AsmPaceAlgorithm
from .checks import output_destination
from .common import chosen_language, language_parameter
from .workspace_inputs import (
    include_sensitive_parameter,
    open_checked_workspace,
    site_keys_parameter,
    workspace_parameter,
)

INTEGER_COLUMNS = {
    "stakeholders",
    "key_players",
    "relations",
    "decisions",
    "influence",
    "interest",
    "stance",
    *(column for column, _label, kind, _choices in PROFILE_FIELDS if kind == "integer"),
}


SPREADSHEET_SUFFIXES = (".csv", ".xlsx", ".ods", ".xls")
WORDED_COLUMNS = {"stance"}  # a number for scripts, words in a report table ("in favour")


def _fields(columns, readable=False):
    """The table's fields: the columns' names for scripts, or their headers in the language of the
    export for people (readable), with the decision's date a date."""
    fields = QgsFields()
    for column in columns:
        kind = compat.FIELD_INT if column in INTEGER_COLUMNS else compat.FIELD_STRING
        if readable and column in DATE_COLUMNS:
            kind = compat.FIELD_DATETIME
        elif readable and column in WORDED_COLUMNS:
            kind = compat.FIELD_STRING
        fields.append(QgsField(export_header(column) if readable else column, kind))
    return fields


def _features(fields, rows, spreadsheet, columns):
    """(features, number of texts that held a NUL) of the rows (dicts over `columns`, in the order
    of the fields); for a spreadsheet, text that looks like a formula is quoted ('=...); NUL
    characters are written as ␀."""
    with_nul, features = 0, []
    for row in rows:
        feature = QgsFeature(fields)
        values = [row.get(name) for name in columns]
        with_nul += sum(1 for value in values if isinstance(value, str) and "\x00" in value)
        values = [show_nul(value) if isinstance(value, str) else value for value in values]
        if spreadsheet:
            values = [escape_cell(value) if isinstance(value, str) else value for value in values]
        feature.setAttributes(values)
        features.append(feature)
    return features, with_nul


class ExportAssessmentsAlgorithm(AsmPaceAlgorithm):
    WORKSPACE = names.WORKSPACE
    SITE_KEYS = names.SITE_KEYS
    INCLUDE_SENSITIVE = names.INCLUDE_SENSITIVE
    OUTPUT = names.OUTPUT
    STAKEHOLDERS = "STAKEHOLDERS"
    CODES = "CODES"

    def name(self):
        return names.EXPORT_ASSESSMENTS

    def displayName(self):
        return self.tr("Export assessments (table)")

    def groupId(self):
        return "assessment"

    def tags(self):
        return self.tr("asm,pace,export,csv,xlsx,report,programme,stakeholders,decision").split(",")

    def shortHelpString(self):
        return self.tr(
            "<p>Writes one row per assessed site of the workspace for programme reporting: PACE class, "
            "profile, number of stakeholders and key players, the fit of each approach, the decision, "
            "its rationale and date. Save it as CSV, XLSX or GeoPackage. The optional second table has "
            "one row per stakeholder.</p>"
            "<p><b>Safe to share by default</b>: sensitive stakeholders (marked so in the dock, or of a "
            "sensitive group) are left out and only contacts marked shareable are kept, unless you tick "
            "<i>Include contacts and sensitive stakeholders</i>.</p>"
            "<p><b>Next step</b>: send the table to the programme; when a site changes, update its "
            "assessment in the dock and export again.</p>"
        )

    def initAlgorithm(self, config=None):
        for parameter in (workspace_parameter(), site_keys_parameter(), include_sensitive_parameter()):
            self.addParameter(parameter)
        self.addParameter(language_parameter(self.tr("Language of the texts in the table")))
        codes = QgsProcessingParameterBoolean(
            self.CODES,
            self.tr("Field names and codes in a spreadsheet too (for scripts)"),
            defaultValue=False,
        )
        codes.setHelp(
            self.tr(
                "A spreadsheet (XLSX, ODS) is a report table: headers, classes and answers in the "
                "language chosen, the decision's date a date. Tick this to write the field names and "
                "codes instead, as a CSV or GeoPackage always holds them."
            )
        )
        codes.setFlags(codes.flags() | compat.FLAG_ADVANCED)
        self.addParameter(codes)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Assessments"), compat.SOURCE_TABLE)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.STAKEHOLDERS,
                self.tr("Stakeholders"),
                compat.SOURCE_TABLE,
                optional=True,
                createByDefault=False,
            )
        )

    def _spreadsheet(self, parameters, context, name=OUTPUT):
        destination = output_destination(self, parameters, name, context)
        return destination.lower().split("|")[0].endswith(SPREADSHEET_SUFFIXES)

    def _report(self, parameters, context, name=OUTPUT):
        """Whether an output is a report table for people: a spreadsheet other than CSV (which
        stays machine-readable), unless codes are asked for."""
        destination = output_destination(self, parameters, name, context).lower().split("|")[0]
        return (
            destination.endswith(SPREADSHEET_SUFFIXES)
            and not destination.endswith(".csv")
            and not self.parameterAsBoolean(parameters, self.CODES, context)
        )

    def process(self, parameters, context, feedback):
        # The texts in the rows are in the language chosen; the field names stay as scripts use
        # them, except in a report table for people (a spreadsheet), whose headers are words too.
        with i18n.writing_in(chosen_language(self, parameters, context)):
            return self._export(parameters, context, feedback)

    def _export(self, parameters, context, feedback):
        include_sensitive = self.parameterAsBoolean(parameters, self.INCLUDE_SENSITIVE, context)
        workspace = open_checked_workspace(self.parameterAsFile(parameters, self.WORKSPACE, context))
        try:
            keys = chosen_keys(
                workspace.site_keys(), self.parameterAsString(parameters, self.SITE_KEYS, context)
            )
            catalogues, version = load_catalogues(), plugin_version()
            dossiers = []
            for index, key in enumerate(keys, start=1):
                if feedback.isCanceled():
                    return {}
                dossiers.append(
                    build_dossier(workspace, catalogues, key, include_sensitive=include_sensitive,
                                  plugin_version=version)
                )  # fmt: skip
                feedback.setProgress(90.0 * index / max(len(keys), 1))
        finally:
            workspace.close()
        readable = self._report(parameters, context)
        fields = _fields(EXPORT_COLUMNS, readable)
        sink, output_id = self.sink(parameters, self.OUTPUT, context, fields, compat.WKB_NO_GEOMETRY)
        features, with_nul = _features(
            fields,
            ((readable_export_row if readable else export_row)(dossier) for dossier in dossiers),
            self._spreadsheet(parameters, context),
            EXPORT_COLUMNS,
        )
        self.write(sink, features, parameters, self.OUTPUT)  # a row refused stops the run with a sentence
        results = {self.OUTPUT: output_id}
        people_readable = self._report(parameters, context, self.STAKEHOLDERS)
        stakeholder_fields = _fields(STAKEHOLDER_EXPORT_COLUMNS, people_readable)
        people, people_id = self.sink(
            parameters, self.STAKEHOLDERS, context, stakeholder_fields, compat.WKB_NO_GEOMETRY
        )
        if people is not None:
            rows = (
                row
                for dossier in dossiers
                for row in (
                    readable_stakeholder_rows(dossier, catalogues)
                    if people_readable
                    else stakeholder_rows(dossier)
                )
            )
            features, people_with_nul = _features(
                stakeholder_fields,
                rows,
                self._spreadsheet(parameters, context, self.STAKEHOLDERS),
                STAKEHOLDER_EXPORT_COLUMNS,
            )
            self.write(people, features, parameters, self.STAKEHOLDERS)
            with_nul += people_with_nul
            results[self.STAKEHOLDERS] = people_id
        if with_nul:
            feedback.pushWarning(
                self.tr(
                    "{} text(s) held a NUL character, written as {} so that nothing after it is lost."
                ).format(with_nul, NUL_SHOWN)
            )
        with i18n.in_qgis_language():  # the log, in QGIS's language
            exported = translate("ExportAssessmentsAlgorithm", "%n site(s) exported.", None, len(dossiers))
            feedback.pushInfo(i18n.counted(exported, len(dossiers)))
        if include_sensitive:
            feedback.pushWarning(
                self.tr("Contacts and sensitive stakeholders are INCLUDED: do not share widely.")
            )
        else:
            feedback.pushInfo(redaction_log(dossiers))
        return results
