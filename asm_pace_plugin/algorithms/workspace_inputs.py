"""Inputs shared by the algorithms that read the assessment workspace (site dossiers, export):
the workspace, site keys and sensitive-data parameters, and the tables joined to sites by key."""

from pathlib import Path

from qgis.core import (
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsVectorLayer,
)

from ..core.assessment.workspace import open_workspace
from ..core.screening import pace
from ..core.screening.stream import classified_values
from ..core.shared import compat, geodesy
from ..core.shared import public_names as names
from ..core.shared.i18n import QT_TRANSLATE_NOOP, translate
from ..core.shared.input_fields import usual_field
from ..core.shared.site_key import keys_meet, source_site_key

SENSITIVE_HELP = QT_TRANSLATE_NOOP(
    "AsmPaceAlgorithm",
    "Off by default: sensitive stakeholders (marked so in the dock, or of a sensitive group such as "
    "armed actors) and their relations are left out, and only contacts marked shareable are kept. "
    "When ticked, every stakeholder and every contact is included. That can put people in danger: "
    "tick it only for a dossier that stays with people entitled to see them.",
)


def workspace_parameter():
    return QgsProcessingParameterFile(
        names.WORKSPACE, translate("AsmPaceAlgorithm", "Assessment workspace (.gpkg)"), extension="gpkg"
    )


def site_keys_parameter():
    return QgsProcessingParameterString(
        names.SITE_KEYS,
        translate("AsmPaceAlgorithm", "Site keys (comma-separated; empty: all sites)"),
        optional=True,
    )


def include_sensitive_parameter():
    """INCLUDE_SENSITIVE, off by default, with a help text that warns."""
    sensitive = QgsProcessingParameterBoolean(
        names.INCLUDE_SENSITIVE,
        translate("AsmPaceAlgorithm", "Include contacts and sensitive stakeholders (unsafe to share)"),
        defaultValue=False,
    )
    sensitive.setHelp(translate("AsmPaceAlgorithm", SENSITIVE_HELP))
    return sensitive


def classified_sites_parameters():
    """SITES (the classified sites, optional: the workspace's without them) and their KEY_FIELD."""
    sites = QgsProcessingParameterFeatureSource(
        names.SITES,
        translate("AsmPaceAlgorithm", "Classified sites (empty: the sites of the workspace)"),
        [compat.SOURCE_ANY_GEOMETRY],
        optional=True,
    )
    key_field = QgsProcessingParameterField(
        names.KEY_FIELD,
        translate("AsmPaceAlgorithm", "Site key field of the classified sites (empty: the workspace's)"),
        parentLayerParameterName=names.SITES,
        optional=True,
    )
    return sites, key_field


def chosen_key_field(given, workspace, source):
    """The key field of classified sites: the one given, else the workspace's, else the layer's
    usual one; QgsProcessingException with the layer's fields when the layer lacks it."""
    key_field = (
        given or (workspace.setting("key_field") if workspace is not None else "") or source_site_key(source)
    )
    if not key_field or source.fields().indexOf(key_field) < 0:
        raise QgsProcessingException(
            translate(
                "AsmPaceAlgorithm",
                "Choose the key field of the classified sites ({} not found); its fields are: {}.",
            ).format(
                key_field or translate("AsmPaceAlgorithm", "none given"), ", ".join(source.fields().names())
            )
        )
    return key_field


def keyed_rows(source, key_field, feedback=None):
    """(headers, {key: [row, ...]}) of a table or layer, grouped by its key field."""
    if source is None:
        return (), {}
    names = source.fields().names()
    if key_field not in names:
        raise QgsProcessingException(
            translate("AsmPaceAlgorithm", "The table has no field {} to match sites by (fields: {}).").format(
                repr(key_field), ", ".join(names)
            )
        )
    headers = tuple(name for name in names if name != key_field and name != "fid")
    grouped = {}
    for feature in source.getFeatures():
        if feedback is not None and feedback.isCanceled():
            break
        key = pace.as_text(feature[key_field])
        grouped.setdefault(key, []).append([pace.as_text(feature[name]) for name in headers])
    return headers, grouped


def snapshot_geometries(workspace_path):
    """{site key: geometry in EPSG:4326} of the workspace's site snapshots.

    A function of its own: no layer object may outlive it in the frame of a failed run.
    """
    layer = QgsVectorLayer(f"{workspace_path}|layername=site", "site", "ogr")
    return {pace.as_text(feature["site_key"]): feature.geometry() for feature in layer.getFeatures()}


def classified_sites(source, key_field, transform_context, feedback):
    """({key: (key, label, attributes, geometry in EPSG:4326 or None)}, every key as read) of a
    classified site layer: the first feature of each key, its classification's own values."""
    transform = QgsCoordinateTransform(source.sourceCrs(), geodesy.WGS84, transform_context)
    sites, keys = {}, []
    for feature in source.getFeatures():
        if feedback.isCanceled():
            break
        key = pace.as_text(feature[key_field])
        keys.append(key)
        if not key:
            continue
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            geometry = None  # a site without coordinates (a GeoPackage keeps it as empty)
        else:
            geometry.transform(transform)
        attributes = classified_values(source.fields().names(), feature.attributes())
        label_field = usual_field(list(attributes), "sites", "label")
        label = attributes[label_field] if label_field else None
        sites.setdefault(key, (key, label, attributes, geometry))
    return sites, keys


def warn_about_zone_keys(feedback, sites, zones, key_field):
    """A warning when impact zones were given but none has the key of a chosen site."""
    if not zones:
        return
    matched, total = keys_meet([key for key, _label, _attributes, _geometry in sites], zones)
    if not matched:
        feedback.pushWarning(
            translate(
                "SiteDossiersAlgorithm",
                "0 of {} sites have impact zones under the key {}: the maps will show no zone. "
                "Choose the site key field of the impact zones, or make the zones again from "
                "the classified sites.",
            ).format(total, key_field)
        )


def open_checked_workspace(path):
    if not path or not Path(path).exists():
        raise QgsProcessingException(
            translate(
                "AsmPaceAlgorithm",
                "The assessment workspace {} does not exist: choose the .gpkg the dock writes.",
            ).format(repr(path))
        )
    # Read only: an export or a dossier never creates, migrates or changes a workspace; a
    # WorkspaceError reaches the user through AsmPaceAlgorithm.
    return open_workspace(path, read_only=True)
