"""Thin command line: `python -m site_builder build|serve|check|annotate|entities`.

Each command lives in site_builder/commands/<name>.py and exposes
`add_arguments(parser)` and `run(args) -> int` (the exit status).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from site_builder import __version__
from site_builder.errors import BuildError

COMMANDS: dict[str, str] = {
    "build": "Build the site from the content folder into the output folder.",
    "serve": "Build, serve on localhost, and rebuild + reload the browser on every change.",
    "check": "Validate content and registry; report unused entries, colliding aliases, stray quote marks.",
    "annotate": "Read JSON lines {id, text} on stdin; write mentions and quotes as JSON lines.",
    "entities": "Work with the entity registry (`entities suggest`).",
}


def make_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser. With `argv`, only the command it names is imported and given its arguments (a no-op
    `build` should not pay for importing the server); the others keep their name and help line."""
    parser = argparse.ArgumentParser(prog="python -m site_builder", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"site_builder {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    wanted = _command_named(argv)
    for name, help_text in COMMANDS.items():
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        if wanted is None or name == wanted:
            module = importlib.import_module(f"site_builder.commands.{name}")
            module.add_arguments(command_parser)
            command_parser.set_defaults(run=module.run)
    return parser


def _command_named(argv: list[str] | None) -> str | None:
    """The command `argv` runs (its first word that is not an option), if it is one we know."""
    if argv is None:
        return None
    first = next((word for word in argv if not word.startswith("-")), None)
    return first if first in COMMANDS else None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = make_parser(argv).parse_args(argv)
    try:
        return int(args.run(args))
    except BuildError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        count = sum(1 for p in exc.problems if p.severity == "error")
        print(f"Build failed: {count} error(s). Nothing in the output folder was changed.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
