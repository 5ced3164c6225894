"""`check`: validate content and registry without writing anything.

Reports every error and warning of a build, plus registry entries never mentioned, aliases that
collide, and paragraphs whose quote marks the quote finder could not balance.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from site_builder.annotate.entities.report import registry_report
from site_builder.build import Builder, BuildOptions
from site_builder.commands import count, missing_content_dir
from site_builder.errors import Problem


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--content", type=Path, default=Path("content"), help="content folder (default: content)")
    parser.add_argument("--strict", action="store_true", help="exit non-zero on warnings too")


def run(args: argparse.Namespace) -> int:
    if missing_content_dir(args.content):
        return 2
    with tempfile.TemporaryDirectory() as unused_output:
        builder = Builder(BuildOptions(content_dir=args.content, output_dir=Path(unused_output)))
        _, registry, articles, _, warnings = builder.load()  # raises BuildError on errors
    mentions = {a.source.path: a.annotations.mentions for a in articles}
    problems: list[Problem] = warnings + registry_report(registry, mentions)
    for problem in problems:
        print(problem)
    quotes = sum(len(a.annotations.quotes) for a in articles)
    print(f"Checked {count(len(articles), 'article')}, {count(len(registry), 'registry entry', 'registry entries')}, "
          f"{count(quotes, 'quote')}: {count(len(problems), 'warning')}, no errors.")
    return 1 if (args.strict and problems) else 0
