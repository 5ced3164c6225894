"""`build`: turn the content folder into a static site in the output folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from site_builder.commands import count, missing_content_dir
from site_builder.render.theme import default_cache_dir, project_theme_dirs
from site_builder.write.options import BuildOptions
from site_builder.write.quick import check


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--content", type=Path, default=Path("content"), help="content folder (default: content)")
    parser.add_argument("--output", type=Path, default=Path("site"), help="output folder (default: site)")
    parser.add_argument("--base-url", default=None, help="absolute URL the site is served from (canonical links, feeds)")
    parser.add_argument("--cache", type=Path, default=None,
                        help="annotation cache folder (default: .cache/site_builder beside the content folder)")
    parser.add_argument("--no-cache", action="store_true", help="annotate every article again")
    parser.add_argument("--workers", type=int, default=None, help="processes for annotation (default: one per core)")
    parser.add_argument("--scheduler", default=None, metavar="ADDRESS",
                        help="annotate on the dask.distributed cluster at ADDRESS (e.g. tcp://10.0.0.5:8786; needs the dask "
                             "extra and the content folder at the same path on every worker)")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only errors")


def run(args: argparse.Namespace) -> int:
    if missing_content_dir(args.content):
        return 2
    templates, static = project_theme_dirs(args.content)
    options = BuildOptions(
        content_dir=args.content, output_dir=args.output, base_url=args.base_url,
        template_dir=templates, static_dir=static,
        cache_dir=None if args.no_cache else (args.cache or default_cache_dir(args.content, args.output)),
        workers=args.workers, scheduler=args.scheduler, keep_state=not args.no_cache,
    )
    quick = check(options) if options.cache_dir is not None else None  # stats only: most builds end here
    if quick is not None and quick.result is not None:
        result = quick.result
    else:
        from site_builder.build import Builder  # the pipeline (Jinja, markdown-it, annotators): only to build

        result = Builder(options).build(inputs=quick.inputs if quick else None)
    for warning in result.warnings:
        print(warning, file=sys.stderr)
    if not args.quiet:
        print(f"Built {count(result.articles, 'article')} into {args.output}/: {count(result.pages, 'page')}, "
              f"{count(len(result.written), 'file')} written, {len(result.deleted)} removed, "
              f"{result.annotated} annotated, in {result.seconds:.2f} s "
              f"({', '.join(f'{name} {secs:.2f}' for name, secs in result.stages)}).")
    return 0
