"""Collect every translatable sentence of the app into resources/i18n/*.ts.

``pyside6-lupdate`` finds ``self.tr("...")`` calls but not the sentences the
app translates through its helpers (``_tr``, ``tr`` in the action table), its
tables (``ActionSpec`` rows, ``MenuSpec`` titles) or the core's sentences,
which the core builds from English templates through
``core.data.wording.say`` (and marks in its tables with ``template``). So
this script reads the code (``ast``) for literal calls and table rows, in
desktop/ and core/, and then builds the main window offscreen with a
recording translator to catch the sentences that exist only at run time (the
features' table rows). Every
message goes into the one context the app looks up
(``desktop.shell.language.CATALOGUE_CONTEXT``); existing translations in the
``.ts`` files are kept, new messages are marked unfinished for a translator.

Usage: ``python scripts/extract_messages.py`` (see update_translations.sh).
"""

from __future__ import annotations

import ast
import os
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
I18N = ROOT / "resources" / "i18n"
LANGUAGES = {"de": "de_DE", "es": "es_ES"}
# module helpers that translate their text (say, template and core.validation's
# Phrase: the core's templates)
HELPERS = {"tr", "_tr", "_core_text", "say", "template", "Phrase"}
# pyqtgraph's and Qt's own contexts: their menus are not part of our catalogue
OTHER_CONTEXTS = {"Form", "ViewBox", "PlotItem", "GraphicsScene", "ViewBoxMenu"}
# (index of the positional text, keywords with text); File → Export's rows
# (``files_menu._export``) are read for their file filter: the row's text is
# an ActionSpec's and the window asks for it
TABLE_TEXT = {
    "ActionSpec": (2, ("text", "tip")),
    "MenuSpec": (1, ("title",)),
    "_export": (3, ()),
}


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _call_texts(call: ast.Call) -> list[str | None]:
    """The literal sentences a call translates (or lists in a table row)."""
    func = call.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    if name in HELPERS and call.args:
        return [_literal(call.args[0])]
    if name == "translate" and len(call.args) >= 2:
        return [_literal(call.args[1])]
    if name in TABLE_TEXT:
        index, keywords = TABLE_TEXT[name]
        texts = [_literal(call.args[index])] if len(call.args) > index else []
        return texts + [_literal(k.value) for k in call.keywords if k.arg in keywords]
    return []


def static_messages(folder: Path) -> list[str]:
    """Literal sentences in calls and table rows under ``folder``, in file order."""
    found: list[str] = []
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                found += [t for t in _call_texts(node) if t]
    return found


def table_messages() -> list[str]:
    """The core's fixed sentences and the trace's marks, translated at display."""
    from core.engine import observations
    from core.engine.training import TrainerState
    from core.lesson.insight import KEY_INSIGHT
    from desktop.run.pace import PACES
    from desktop.views import trace_table

    texts = [
        v
        for k, v in vars(observations).items()
        if k.isupper() and isinstance(v, str) and " " in v
    ]
    # a number run's rows say "R²" for "accuracy" (observations.number_words)
    texts += [observations.number_words(text) for text in texts]
    texts += [*observations.EVENT_EXPLANATIONS.values(), KEY_INSIGHT]
    texts += [state.value for state in TrainerState]  # the status bar's state word
    texts += [*list(trace_table.EVENT_MARKS.values()), trace_table.PHASE_NOTE]
    texts += [trace_table.NUMBER_PHASE_NOTE]
    texts += [c[1] for c in (*trace_table.COLUMNS, *trace_table.NUMBER_COLUMNS)]
    return texts + [pace.label for pace in PACES] + dialog_table_messages()


def dialog_table_messages() -> list[str]:
    """Tables the window translates only when a dialog opens or a run ends
    (the recording window below never shows them): why a run stopped, the
    import dialog's target kinds, the file dialogs' filters."""
    from core.engine import stopping
    from desktop.classroom import (
        classroom,
        data_import_dialog,
        export_actions,
        files_menu,
    )

    texts = [*stopping.TEMPLATES.values(), stopping.SECONDS_TEMPLATE]
    texts += [text for entry in export_actions.EXPORTS for text in entry[1:4:2]]
    texts += [words for _code, words in data_import_dialog.KIND_CHOICES]
    texts += [*data_import_dialog.KIND_TIPS.values()]
    texts += [*data_import_dialog.KIND_ASKS.values()]
    return [*texts, classroom.FILTER, files_menu.SESSION_FILTER]


def core_messages() -> list[str]:
    """The core's templates: the literal first argument of every ``say`` and
    ``template`` call under core/ (tests check that each is translated)."""
    return static_messages(ROOT / "core")


def runtime_messages() -> list[str]:
    """Every sentence the main window asks Qt to translate while it is built."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    asked: list[str] = []

    class Recorder(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            qt_class = context[:1] == "Q" and context[1:2].isupper()
            if context not in OTHER_CONTEXTS and not qt_class:
                asked.append(source)
            # returns None, a null string to Qt: Qt keeps its own text

    app = QApplication.instance() or QApplication([])
    recorder = Recorder(app)
    app.installTranslator(recorder)
    failed: list[BaseException] = []
    hook = sys.excepthook  # Qt reports a slot's exception here and goes on

    def note_failure(kind, error, trace) -> None:
        failed.append(error)
        hook(kind, error, trace)

    sys.excepthook = note_failure
    try:
        _walk_main_window(app)
    finally:
        sys.excepthook = hook
        app.removeTranslator(recorder)
    if failed:  # a half-built window asks for fewer sentences: keep the catalogues
        raise SystemExit(
            "The main window failed while it was built (above), so the sentences "
            "it asks for at run time are incomplete; the catalogues are unchanged."
        )
    return asked


def _walk_main_window(app) -> None:
    """Build the main window, open every menu and tab, and close it."""
    from desktop.window.main_window import MainWindow

    window = MainWindow()
    window.show()
    deadline = time.monotonic() + 60
    while not window.features_installed and time.monotonic() < deadline:
        app.processEvents()  # the features (tabs, menus) arrive after the first paint
        time.sleep(0.01)
    for menu in window.menus.values():
        for action in menu.actions():
            action.text()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        app.processEvents()
        window.grab()  # paint: some texts are translated only when drawn
    window.controller.shutdown()
    window.close()


def collect() -> list[str]:
    texts = static_messages(ROOT / "desktop") + core_messages() + table_messages()
    texts += runtime_messages()
    unique = dict.fromkeys(t for t in texts if t and any(c.isalpha() for c in t))
    return list(unique)


def read_translations(path: Path) -> dict[str, str]:
    """Finished translations of an existing ``.ts`` file, by source text."""
    if not path.exists():
        return {}
    done = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is not None and node.get("type") != "unfinished" and node.text:
            done[source] = node.text
    return done


def write_ts(
    path: Path, language: str, sources: list[str], done: dict[str, str]
) -> int:
    """Write the catalogue; returns how many messages are still unfinished."""
    from desktop.shell.language import CATALOGUE_CONTEXT

    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CATALOGUE_CONTEXT
    missing = 0
    for source in sources:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if source in done:
            translation.text = done[source]
        else:
            translation.set("type", "unfinished")
            missing += 1
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
        encoding="utf-8",
    )
    return missing


def main() -> int:
    sources = collect()
    I18N.mkdir(exist_ok=True)
    for code, language in LANGUAGES.items():
        path = I18N / f"layerlab_{code}.ts"
        missing = write_ts(path, language, sources, read_translations(path))
        print(f"{path.name}: {len(sources)} messages, {missing} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
