"""Which language the interface speaks, switched live without a restart.

Installing a new QTranslator makes Qt send a LanguageChange event to every widget; each widget
answers it by calling its own `retranslate()`. Qt's own translations (qtbase) are loaded as
well, so standard dialogs (file pickers, message box buttons) speak the same language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
    Signal,
)

from app.paths import resources_dir

log = logging.getLogger("jalon.ui")

# Names shown in the Language menu, each in its own language so anyone can find theirs.
UI_LANGUAGES = {"en": "English", "fr": "Français", "es": "Español"}
SOURCE_LANGUAGE = "en"
SETTINGS_KEY = "ui/language"


def language_name(code: str) -> str:
    """A language named in itself ("Français"), so it is recognisable in any interface."""
    name = QLocale(code).nativeLanguageName()
    return (name[:1].upper() + name[1:]) if name else code


class LanguageManager(QObject):
    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication, settings: QSettings):
        super().__init__(app)
        self._app = app
        self._settings = settings
        self._translators: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def initial(self) -> str:
        """The saved choice, or on first start the system's language when Jalon speaks it."""
        saved = str(self._settings.value(SETTINGS_KEY, "") or "")
        if saved in UI_LANGUAGES:
            return saved
        for name in QLocale.system().uiLanguages():
            code = name.replace("_", "-").split("-")[0].lower()
            if code in UI_LANGUAGES:
                return code
        return SOURCE_LANGUAGE

    def apply(self, language: str) -> None:
        if language not in UI_LANGUAGES:
            language = SOURCE_LANGUAGE
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        if language != SOURCE_LANGUAGE:
            self._install(resources_dir() / "translations", f"jalon_{language}")
            self._install(
                QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}"
            )
        # Numbers and dates follow the interface language.
        QLocale.setDefault(QLocale(language))
        self.language = language
        self._settings.setValue(SETTINGS_KEY, language)
        self.language_changed.emit(language)

    def _install(self, folder, name: str) -> None:
        translator = QTranslator(self)
        if translator.load(name, str(folder)):
            self._app.installTranslator(translator)
            self._translators.append(translator)
        else:
            # An English interface is still usable; say why in the log for support.
            log.warning("translation %s not found in %s", name, folder)
