"""What the site dossiers and the protected-area reports both print: the tables joined by key
(pressure, impact zones) with their known columns in words, and the lines saying when, by which
version of the plugin and from which data a dossier or report was made."""

from ..impacts.pathways import confidence_label, source_label
from ..impacts.pathways import load_catalogue as load_pathways
from ..shared import formatting
from ..shared.i18n import QT_TRANSLATE_NOOP, date, translate


def _tr(text):
    return translate("Dossier", text)


def _as_shown(value):
    return "" if value is None else str(value)


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


def about_pairs(generated_at, plugin_version, sources=""):
    """When and by which version of the plugin a dossier or report was made, from which data."""
    pairs = [
        (
            translate("Dossier", "Generated"),
            translate("Dossier", "{date} UTC").format(date=date(generated_at, with_time=True)),
        ),
        (translate("Dossier", "ASM-PACE plugin version"), plugin_version),
    ]
    if sources:
        pairs.append((translate("Dossier", "Data sources"), sources))
    return pairs
