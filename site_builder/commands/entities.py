"""`entities suggest`: names found in the articles that the registry does not have yet.

Ids are folded across articles as in the built site (index/identity.py); the folds made and the
ambiguous names left apart are listed first, so an editor can settle them in the registry."""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

from site_builder.annotate.entities.lexicon import lexicon
from site_builder.index.identity import FoldMap


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    suggest = sub.add_parser("suggest", help="list discovered names not in the registry, with a YAML block to paste")
    suggest.add_argument("--content", type=Path, default=Path("content"), help="content folder (default: content)")
    suggest.add_argument("--min-count", type=int, default=1, help="only names found at least this many times")


def _articles(content_dir: Path) -> list[tuple[str, str]]:
    from site_builder.load.articles import find_article_files, read_article

    return [(str(a.path), a.text) for a in (read_article(p, content_dir)[0] for p in find_article_files(content_dir))]


def run(args: argparse.Namespace) -> int:
    from site_builder.annotate.entities import find_entities
    from site_builder.index.identity import fold_summaries, summarize
    from site_builder.load.registry import load_registry
    from site_builder.model.spans import Annotations

    registry, warnings = load_registry(args.content)
    for problem in warnings:
        print(problem)
    found = []
    for path, text in _articles(args.content):
        mentions, refs = find_entities(text, registry)
        found.append((path, mentions, refs, summarize(text, Annotations(mentions=mentions, entities=refs))))
    # The same fold as the built site: one entry per person or organization of the archive.
    fold = fold_summaries(summary for *_, summary in found)
    counts: dict[str, int] = defaultdict(int)
    where: dict[str, list[str]] = defaultdict(list)
    info: dict[str, tuple[str, str, set[str]]] = {}
    for path, mentions, refs, _ in found:
        names = {r.id: r for r in refs if not r.registered}
        for m in mentions:
            if m.entity not in names:
                continue
            ident = fold.target(m.entity)
            if ident in registry.entities:
                continue
            counts[ident] += 1
            if path not in where[ident]:
                where[ident].append(path)
            ref = names[m.entity]
            name = fold.canonical[ident].name if ident in fold.canonical else ref.name
            old = info.get(ident)
            surfaces = old[2] if old else set()
            surfaces.add(m.text)
            info[ident] = (name if not old or len(name) > len(old[0]) else old[0], ref.type, surfaces)
    _print_folds(fold, counts)
    chosen = sorted((i for i in counts if counts[i] >= args.min_count), key=lambda i: (-counts[i], i))
    if not chosen:
        print("No unregistered names found.")
        return 0
    print(f"{len(chosen)} name(s) found that are not in the registry:\n")
    for ident in chosen:
        name, typ, _ = info[ident]
        articles = ", ".join(where[ident][:5]) + (f" (+{len(where[ident]) - 5} more)" if len(where[ident]) > 5 else "")
        print(f"  {counts[ident]:4d}  {name}  [{typ}]  in {articles}")
    print("\n# Paste into content/entities.yaml and check each entry:")
    for ident in chosen:
        name, typ, surfaces = info[ident]
        aliases = sorted(s for s in surfaces if s != name and not _only_title_words(s))
        print(f"\n- id: {ident}\n  name: {_yaml(name)}\n  type: {typ}")
        print(f"  aliases: [{', '.join(_yaml(a) for a in aliases)}]")
    return 0


def _print_folds(fold: FoldMap, counts: dict[str, int]) -> None:
    """The ids the archive folded into one (and why), and the ones it left apart as ambiguous."""
    if fold.folds:
        print(f"Folded across articles ({len(fold.folds)}): id -> canonical id (reason)")
        for source, f in fold.folds.items():
            print(f"  {source} -> {f.target}  ({f.reason})")
        print()
    if fold.ambiguous:
        print(f"Left apart, ambiguous ({len(fold.ambiguous)}): add an alias to the registry to decide")
        for a in fold.ambiguous:
            print(f"  {a.id} ({a.name}): {', '.join(a.candidates)}  ({a.reason})")
        print()
    if fold.by_title:
        print(f"Chosen per article by the title it gives the name ({len(fold.by_title)}):")
        for source, words in fold.by_title.items():
            print(f"  {source}: " + ", ".join(f"{w} -> {t}" for w, t in sorted(words.items())))
        print()
    if fold.abstain:
        print(f"Bare given names tied to no one person ({len(fold.abstain)}): unlinked where a transcript"
              " names them untitled; add an alias to the registry to decide")
        print("  " + ", ".join(sorted(fold.abstain)) + "\n")


def _only_title_words(surface: str) -> bool:
    """"President", "the Secretary": as an alias it would claim every such mention."""
    lex = lexicon()
    words = [w.strip(".,").lower() for w in surface.split()]
    return all(w in lex.titles or w in lex.title_modifiers or w in lex.stopwords or w == "the" for w in words)


def _yaml(value: str) -> str:
    if re.fullmatch(r"[A-Za-z][\w .'’-]*", value) and not value.endswith(" "):
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
