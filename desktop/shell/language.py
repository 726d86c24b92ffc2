"""The language of the window: View → Language, the catalogue, and start-up.

The catalogue (``resources/i18n/layerlab_<code>.qm``, compiled from the
``.ts`` files by ``scripts/update_translations.sh``) holds every message in
one context, ``CATALOGUE_CONTEXT``. The app reaches the same sentence through
``self.tr`` (whose Qt context is the runtime class name, so a subclass
changes it), through module helpers with their own context names, and through
tables (actions, the core's sentences); one context keeps every path
translated, and the English sentences are unique enough not to need more.
The core builds its sentences from numbers through ``core.data.wording.say``;
installing a language hands it ``core_translation``, so the core's English
templates are looked up in the same catalogue before the numbers go in.

The window's texts are set once when it is built, so a new choice applies at
the next start (the user is told so); ``main.py --language de`` chooses for one
run without remembering it.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator
from PySide6.QtWidgets import QMessageBox, QWidget

from core.data.wording import use_translation
from desktop.shell.actions import ActionSpec, tr

CATALOGUE_CONTEXT = "LayerLab"
LANGUAGE_KEY = "display/language"
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español"}
NEXT_START = {  # said in the chosen language: the reader may not read the old one
    "en": "LayerLab will use English from the next start.",
    "de": "LayerLab verwendet Deutsch ab dem nächsten Start.",
    "es": "LayerLab usará el español a partir del próximo inicio.",
}


class CatalogueTranslator(QTranslator):
    """A QTranslator that looks every message up in the one catalogue context.

    A message not in the catalogue returns None, which reaches Qt as a null
    string, so Qt and pyqtgraph fall back to their own text: an empty Python
    string would be taken as the translation ("Ctrl+R" shown as "R").
    """

    qt_words: QTranslator | None = None  # Qt's own catalogue, installed with it

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        found = super().translate(CATALOGUE_CONTEXT, source, disambiguation, n)
        return found or None


def core_translation(text: str) -> str:
    """A core template in the installed language (the template itself if none).

    Thread-safe (``QCoreApplication.translate`` is), so the training worker's
    thread may describe the pipeline while the window reads the catalogue.
    """
    return QCoreApplication.translate(CATALOGUE_CONTEXT, text)


def catalogue_path(code: str) -> str:
    """The compiled catalogue of ``code`` (read as package data)."""
    return str(resources.files("resources") / "i18n" / f"layerlab_{code}.qm")


def install_language(code: str) -> QTranslator | None:
    """Install the catalogue of ``code`` on the application; None for English.

    Qt's own words (a message box's Cancel, Discard) come from Qt's catalogue
    when the Qt build ships one; ours is installed last, so it is asked first.
    """
    app = QCoreApplication.instance()
    if code == "en" or code not in LANGUAGES or app is None:
        return None
    qt_words = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = CatalogueTranslator(app)
    if not translator.load(catalogue_path(code)):
        raise FileNotFoundError(f"no translation catalogue for {code!r}")
    if qt_words.load(f"qtbase_{code}", folder):
        app.installTranslator(qt_words)
        translator.qt_words = qt_words  # removed with it (see remove_language)
    app.installTranslator(translator)
    use_translation(core_translation)
    return translator


def remove_language(translator: QTranslator | None) -> None:
    """Undo ``install_language`` (tests switch back to English)."""
    if translator is None:
        return
    use_translation(None)
    QCoreApplication.removeTranslator(translator)
    qt_words = getattr(translator, "qt_words", None)
    if qt_words is not None:
        QCoreApplication.removeTranslator(qt_words)


def saved_language(settings: QSettings) -> str:
    """The remembered language code ("en" when none or an unknown one is stored)."""
    code = str(settings.value(LANGUAGE_KEY, "en"))
    return code if code in LANGUAGES else "en"


def current_language() -> str:
    """The language this run uses (set at start-up)."""
    return _current[0]


def start_language(settings: QSettings, override: str | None = None) -> str:
    """Apply ``override`` (from ``--language``) or the remembered language."""
    code = override if override in LANGUAGES else saved_language(settings)
    install_language(code)
    _current[0] = code
    return code


_current = ["en"]


class LanguageChoice:
    """The owner of the View → Language rows: remembers a choice for next start."""

    def __init__(
        self, settings: QSettings, parent: QWidget, refresh: Callable[[], None]
    ) -> None:
        self.settings = settings
        self.parent = parent
        self.refresh = refresh  # the action table's check marks
        self.chosen = current_language()

    def choose(self, code: str) -> None:
        """Remember ``code``; say that it applies at the next start."""
        if code == self.chosen:
            self.refresh()  # a click on the checked entry keeps it checked
            return
        self.chosen = code
        self.refresh()
        self.settings.setValue(LANGUAGE_KEY, code)
        if code != current_language():
            QMessageBox.information(self.parent, tr("Language"), NEXT_START[code])


def _row(code: str, group: int) -> ActionSpec[LanguageChoice]:
    return ActionSpec(
        "view/language",
        f"language_{code}_action",
        LANGUAGES[code],
        None,
        lambda o, c=code: o.choose(c),
        group=group,
        checked=lambda o, c=code: o.chosen == c,
    )


ACTIONS: tuple[ActionSpec[LanguageChoice], ...] = tuple(
    _row(code, 2) for code in LANGUAGES
)
