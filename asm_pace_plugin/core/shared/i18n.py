"""The plugin's languages: QGIS's locale setting, the Qt translator, and texts in a chosen language.

Every text a person reads goes through Qt Linguist: `.ts` sources in asm_pace_plugin/i18n/
(`make ts` updates them from the code with pylupdate5), compiled to `.qm` by `make` (lrelease).
pylupdate5 files a text under the context it reads at the call, so a call names its context as
pylupdate5 reads it: `self.tr("...")` inside a class (the class is the context), and elsewhere
`translate("Context", "...")` with a literal class name; tables of labels mark their texts
with QT_TRANSLATE_NOOP("Context", "...") and translate them where they are shown.

A dossier or an export may be written in another language than QGIS's (an officer working in
English prepares a French dossier for a meeting in Bukavu): `with writing_in("fr"):` makes every
`translate()` of this thread answer in French, and `number()` / `date()` write as French does.
"""

import contextlib
import threading
from datetime import datetime
from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTime, QTranslator

__all__ = ["QT_TRANSLATE_NOOP", "translate", "writing_in"]  # QT_TRANSLATE_NOOP marks texts of tables

I18N_DIR = Path(__file__).resolve().parents[2] / "i18n"
SOURCE_LANGUAGE = "en"
# The languages the plugin speaks, each in its own words (for a language parameter's choices).
LANGUAGES = {"en": "English", "fr": "Français", "es": "Español", "pt": "Português"}
QM_PATTERN = "asm_pace_{}.qm"

_installed = None  # the QTranslator installed in the application, while the plugin is loaded
_installed_language = SOURCE_LANGUAGE
_translators = {}  # language -> QTranslator, loaded once, for texts in a chosen language
_scope = threading.local()


def language_of(locale_name):
    """The plugin language of a locale name: fr_CD -> fr, pt-BR -> pt; unknown or empty -> en."""
    code = str(locale_name or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def qgis_locale_name():
    """QGIS's locale as QGIS chooses it: the user's override if set, else the system's."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        chosen = settings.value("locale/userLocale", "", type=str)
        if chosen:
            return chosen
    return QLocale.system().name()


def qgis_language():
    """The plugin language that follows QGIS's locale setting (English when we do not speak it)."""
    return language_of(qgis_locale_name())


def qm_path(language):
    return I18N_DIR / QM_PATTERN.format(language)


def _load(language):
    """A QTranslator holding `language`, or None for English or a missing .qm file."""
    if language == SOURCE_LANGUAGE:
        return None
    translator = QTranslator()
    if not translator.load(str(qm_path(language))):
        return None
    return translator


def install_translator(language=None):
    """Install the translator of `language` (default: QGIS's) in the application; the language used.

    English needs none; a language whose .qm is missing (a checkout before `make`) stays English.
    """
    remove_translator()
    global _installed, _installed_language
    language = language_of(language or qgis_language())
    translator = _load(language)
    if translator is None:
        return SOURCE_LANGUAGE
    QCoreApplication.installTranslator(translator)
    _installed, _installed_language = translator, language
    return language


def remove_translator():
    """Remove the translator install_translator() put in the application (on unload)."""
    global _installed, _installed_language
    if _installed is not None:
        QCoreApplication.removeTranslator(_installed)
        _installed, _installed_language = None, SOURCE_LANGUAGE


def _translator(language):
    if language not in _translators:
        _translators[language] = _load(language)
    return _translators[language]


def current_language():
    """The language of the texts this thread writes: writing_in()'s, else the installed one's."""
    return getattr(_scope, "language", None) or _installed_language


@contextlib.contextmanager
def writing_in(language):
    """Within the block, translate() answers in `language` (None: QGIS's) in this thread."""
    previous = getattr(_scope, "language", None)
    _scope.language = language_of(language or qgis_language())
    try:
        yield _scope.language
    finally:
        _scope.language = previous


@contextlib.contextmanager
def in_qgis_language():
    """Within the block, translate() answers in QGIS's language (a run's log), even inside a
    writing_in() block that chose another one for what the run writes."""
    previous = getattr(_scope, "language", None)
    _scope.language = None
    try:
        yield
    finally:
        _scope.language = previous


def translate(context, text, disambiguation=None, n=-1):
    """QCoreApplication.translate, in writing_in()'s language where a block chose one.

    Same arguments as Qt's, so that pylupdate5 reads the context and the plural (n) alike.
    """
    language = getattr(_scope, "language", None)
    if language is None:
        return QCoreApplication.translate(context, text, disambiguation, n)
    translator = _translator(language)
    # QTranslator takes C strings: given as UTF-8 bytes, as QCoreApplication.translate passes them.
    encoded = (
        context.encode("utf-8"),
        text.encode("utf-8"),
        disambiguation and disambiguation.encode("utf-8"),
    )
    result = (translator.translate(*encoded, n) if translator else "") or text
    return result.replace("%n", qlocale().toString(n)) if n >= 0 else result


def counted(text, count):
    """A %n text as translate() gave it, in English too: the source's "(s)" (which translations
    replace by their own plural forms) written for the count: 1 contact, 2 contacts."""
    return text.replace("(s)", "" if count == 1 else "s")


def qlocale(language=None):
    """The QLocale that writes numbers and dates as `language` (default: current_language()) does."""
    return QLocale(language or current_language())


def number(value, decimals=0):
    """A number as the current language writes it: 12 345,6 in French, 12,345.6 in English."""
    if value is None or value == "":
        return ""
    if decimals == 0:
        return qlocale().toString(round(float(value)))
    return qlocale().toString(float(value), "f", decimals)


def _long_date_format(locale):
    """The locale's long date without the weekday: 7 mars 2026, 7 de marzo de 2026, March 7, 2026."""
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    return pattern.replace("dddd, ", "").replace("dddd ", "").replace("dddd", "").strip()


def date(value, with_time=False):
    """A date or date-time (datetime, or ISO text as the workspace stores it) as the language writes it."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip().replace(" UTC", "").replace("Z", "+00:00"))
        except ValueError:
            return value  # not a date we wrote: shown as it is, never lost
    if value is None:
        return ""
    locale = qlocale()
    text = locale.toString(QDate(value.year, value.month, value.day), _long_date_format(locale))
    if with_time and isinstance(value, datetime):
        time = locale.toString(
            QTime(value.hour, value.minute), locale.timeFormat(QLocale.FormatType.ShortFormat)
        )
        text = f"{text} {time}"
    return text
