"""Language choice and Qt translators, shared by the GUI and the command line.

Source strings are English (``tr()`` / ``QCoreApplication.translate`` with literals, so that
lupdate sees them); French comes from ``translations/exitplanner_fr.qm`` plus Qt's own
``qtbase_fr.qm`` for standard buttons and dialogs. The product is French by default: English is
used only when chosen (Language menu, ``--lang en`` or ``EXITPLANNER_LANG=en``), and the choice is
remembered in the settings.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from exitplanner import paths

SUPPORTED = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
_SETTINGS_KEY = "ui/language"

# Translators must outlive the call that installs them: Qt keeps only a pointer.
_installed: list[QTranslator] = []


def settings() -> QSettings:
    """The app's settings, always an ini file in the user config folder (testable, portable)."""
    return QSettings(str(paths.user_config_dir() / "settings.ini"), QSettings.Format.IniFormat)


def saved_language() -> str | None:
    value = settings().value(_SETTINGS_KEY)
    return value if value in SUPPORTED else None


def save_language(language: str) -> None:
    if language not in SUPPORTED:
        raise ValueError(language)
    store = settings()
    store.setValue(_SETTINGS_KEY, language)
    store.sync()


def choose_language(requested: str | None = None) -> str:
    """Explicit request, then environment, then the remembered choice, then French."""
    for candidate in (requested, os.environ.get("EXITPLANNER_LANG"), saved_language()):
        if candidate in SUPPORTED:
            return candidate
    return DEFAULT_LANGUAGE


def install_translators(language: str) -> bool:
    """Replace the installed translators by those for ``language``; True when French loaded.

    Needs a ``QCoreApplication`` (or ``QApplication``) instance.
    """
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English,
                               QLocale.Country.France if language == "fr" else QLocale.Country.UnitedKingdom))
    if language == "en":
        return False
    ours = QTranslator()
    if not ours.load(str(paths.translations_dir() / f"exitplanner_{language}.qm")):
        return False
    qt_own = QTranslator()
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt_own)
        _installed.append(qt_own)
    QCoreApplication.installTranslator(ours)
    _installed.append(ours)
    return True


def ensure_core_app(language: str | None = None) -> QCoreApplication:
    """A QCoreApplication for the command line, with the chosen language's translators."""
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication([])
    install_translators(choose_language(language))
    return app


_direct: dict[str, QTranslator | None] = {}


def direct_translate(context: str, text: str, language: str | None = None) -> str:
    """Translate without installing anything or needing an application instance.

    The command line parses its arguments before it knows whether it will open a window, and a
    QApplication cannot follow a QCoreApplication: so argument errors and help are translated with
    a QTranslator used directly.
    """
    language = choose_language(language)
    if language == "en":
        return text
    if language not in _direct:
        translator = QTranslator()
        loaded = translator.load(str(paths.translations_dir() / f"exitplanner_{language}.qm"))
        _direct[language] = translator if loaded else None
    translator = _direct[language]
    return (translator.translate(context, text) if translator else "") or text
