"""``python -m core``: the engine from a terminal, one module per subcommand.

Each subcommand module has ``NAME``, ``HELP``, ``add_arguments(parser)`` and
``run(args, parser) -> int``; a new subcommand is a new module listed in
``COMMANDS``. Bad arguments print one line and exit with status 2, like
argparse itself.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from types import ModuleType

from core.cli import compare, datasets, insight, inspect_session, train

COMMANDS: tuple[ModuleType, ...] = (train, datasets, insight, compare, inspect_session)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m core", description="LayerLab's engine from a terminal."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        sub = commands.add_parser(command.NAME, help=command.HELP)
        sub.set_defaults(handler=command.run)
        command.add_arguments(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    return int(args.handler(args, parser))
