"""The window's one action table: every command with its menu, key and handler.

Each feature module lists its commands as data, a tuple of ``ActionSpec``
(``window_menus.WINDOW_ACTIONS``, ``files_menu.ACTIONS``,
``inside_epoch.ACTIONS``, …). A spec's handler is a plain function of the
object that carries out the command (``FilesMenu.open_data``), so the table
can be read, and checked, without a window. The main window pairs each tuple
with its owner and ``ActionTable.build`` makes every menu entry from the
combined table in one pass; nothing adds, moves or rewires an entry later.

Order inside a menu is the table's order, grouped by ``group`` with a
separator between groups. A ``menu`` of the form ``"file/export"`` is a
submenu (see ``MENUS``), placed where its first entry falls. ``control`` names
the classroom profile's control that locks or hides the command with its
field (``ActionTable.set_control_state``); ``checked`` makes a check-mark
entry whose mark follows the owner (``ActionTable.refresh_checks``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

Owner = TypeVar("Owner")
CONTEXT = "Actions"  # the translation context of every menu text


@dataclass(frozen=True)
class MenuSpec:
    key: str  # "file", or "file/export" for a submenu of File
    title: str
    name: str = ""  # object name of a submenu (for tests and accessibility)


MENUS: tuple[MenuSpec, ...] = (
    MenuSpec("file", "&File"),
    MenuSpec("training", "&Training"),
    MenuSpec("view", "&View"),
    MenuSpec("learn", "&Learn"),
    MenuSpec("help", "&Help"),
    MenuSpec("file/export", "Export", "export_menu"),
    MenuSpec("view/projector", "Projector mode", "projector_menu"),
    MenuSpec("view/language", "Language", "language_menu"),
)


@dataclass(frozen=True)
class ActionSpec(Generic[Owner]):
    """One command: where it sits, what it says, its key and what it does."""

    menu: str
    name: str  # the QAction's object name, unique in the table
    text: str  # English; translated in the "Actions" context when built
    shortcut: str | None
    run: Callable[[Owner], object]
    group: int = 0
    control: str = ""  # the profile control that locks or hides it
    checked: Callable[[Owner], bool] | None = None
    tip: str = ""  # a tooltip, when the text alone does not say enough


Contribution = tuple[Any, Sequence[ActionSpec[Any]]]


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def build_menu_bar(bar: QMenuBar) -> dict[str, QMenu]:
    """The top-level menus, empty: on screen from the first paint."""
    return {m.key: bar.addMenu(tr(m.title)) for m in MENUS if "/" not in m.key}


def ordered(specs: Iterable[ActionSpec[Any]]) -> list[ActionSpec[Any]]:
    """Table order, grouped per top-level menu (a stable sort on the group)."""
    tops = [m.key for m in MENUS if "/" not in m.key]
    specs = list(specs)
    return sorted(specs, key=lambda s: (tops.index(s.menu.split("/")[0]), s.group))


class ActionTable(QObject):
    """The built table: one ``QAction`` per spec, made once."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.specs: tuple[ActionSpec[Any], ...] = ()
        self.actions: dict[str, QAction] = {}
        self._owners: dict[str, Any] = {}
        self._menu_titles: dict[str, str] = {}

    def build(
        self, menus: dict[str, QMenu], contributions: Sequence[Contribution]
    ) -> dict[str, QAction]:
        """Make every entry of ``contributions`` in ``menus``; only once."""
        if self.specs:
            raise RuntimeError("the window's menus are built once")
        for owner, specs in contributions:
            for spec in specs:
                if spec.name in self._owners:
                    raise ValueError(f"two commands are named {spec.name!r}")
                self._owners[spec.name] = owner
        self.specs = tuple(ordered(s for _, specs in contributions for s in specs))
        self._menu_titles = {k: m.title().replace("&", "") for k, m in menus.items()}
        submenus: dict[str, QMenu] = {}
        last_group: dict[str, int] = {}
        for spec in self.specs:
            top = spec.menu.split("/")[0]
            if top in last_group and last_group[top] != spec.group:
                menus[top].addSeparator()
            last_group[top] = spec.group
            target = menus[top]
            if spec.menu != top:
                if spec.menu not in submenus:
                    submenus[spec.menu] = self._submenu(menus[top], spec.menu)
                target = submenus[spec.menu]
            target.addAction(self._action(spec))
        self.refresh_checks()
        return self.actions

    def _submenu(self, parent: QMenu, key: str) -> QMenu:
        menu_spec = next(m for m in MENUS if m.key == key)
        submenu = parent.addMenu(tr(menu_spec.title))
        submenu.setObjectName(menu_spec.name)
        return submenu

    def _action(self, spec: ActionSpec[Any]) -> QAction:
        action = QAction(tr(spec.text), self.parent())
        action.setObjectName(spec.name)
        if spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(spec.checked is not None)
        if spec.tip:
            action.setToolTip(tr(spec.tip))
        owner = self._owners[spec.name]
        action.triggered.connect(lambda _=False, s=spec, o=owner: s.run(o))
        self.actions[spec.name] = action
        return action

    # -- using the built table -------------------------------------------------

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def get(self, name: str) -> QAction | None:
        return self.actions.get(name)

    def enabled(self, name: str) -> bool:
        """Whether the command can be used now (True before the menus exist)."""
        action = self.actions.get(name)
        return action is None or action.isEnabled()

    def trigger(self, name: str) -> None:
        self.actions[name].trigger()

    def set_control_state(self, control: str, state: str) -> None:
        """A profile's "free", "locked" or "hidden" for every command of ``control``."""
        for spec in self.specs:
            if spec.control == control:
                self.actions[spec.name].setEnabled(state == "free")
                self.actions[spec.name].setVisible(state != "hidden")

    def refresh_checks(self) -> None:
        """Set every check mark from its owner's state."""
        for spec in self.specs:
            if spec.checked is not None:
                owner = self._owners[spec.name]
                self.actions[spec.name].setChecked(bool(spec.checked(owner)))

    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        """(menu, keys, entry) for every visible command with a key, in menu order.

        An entry that cannot be used now says so ("(not available now)").
        """
        rows = []
        for spec in self.specs:
            action = self.actions[spec.name]
            if not spec.shortcut or not action.isVisible():
                continue
            text = action.text().replace("&", "")
            if not action.isEnabled():
                text += " " + tr("(not available now)")
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            rows.append((self._menu_titles[spec.menu.split("/")[0]], keys, text))
        return rows
