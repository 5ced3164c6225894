"""The top people of the shared corpus built with no registry, against judgments made by reading.

Usage: python bench/top_people.py [--site DIR] [--content DIR] [--top 200] [--from 1] [--judged FILE] [--list]

Without --site, builds --content (default ../shared/corpus, which has no registry) into a
temporary folder first (about a minute). Reads the built site's people list with mention counts
(assets/search/n*.js, the same list the people index shows), takes the top N by mentions, and
looks each id up in bench/people_judged.tsv (id, name, judgment, note; judgments:
one-real-person, not-a-person, several-people, duplicate-of:<id>). Prints the counts and shares
(targets: >= 95% one real person each, <= 2% a second id of someone above) and every unjudged
id, with a TSV line to fill in. --list prints the whole top N with the judgments. --from K counts
only ranks K..N (ranks 201-260 were judged after the identity rules were written: a held-out
slice, `--top 260 --from 201`); "above" still means any rank above.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "bench" / "people_judged.tsv"
KINDS = ("one-real-person", "not-a-person", "several-people", "duplicate-of")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a site already built from the corpus with no registry")
    parser.add_argument("--content", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--top", type=int, default=200)
    parser.add_argument("--judged", type=Path, nargs="+", action="extend",
                        help="judgment files, read in order (a later one wins); default bench/people_judged.tsv")
    parser.add_argument("--list", action="store_true", help="print the whole top list with its judgments")
    parser.add_argument("--from", dest="first", type=int, default=1, help="count only ranks from this one on")
    args = parser.parse_args(argv)
    if args.site:
        people = top_people(args.site, args.top)
    else:
        if any((args.content / name).exists() for name in ("entities.yaml", "entities")):
            print(f"warning: {args.content} has a registry; the figures are meant without one", file=sys.stderr)
        with tempfile.TemporaryDirectory() as tmp:
            site = Path(tmp) / "site"
            subprocess.run([sys.executable, "-m", "site_builder", "build", "--content", str(args.content),
                            "--output", str(site), "-q"], check=True, cwd=ROOT)
            people = top_people(site, args.top)
    judged: dict[str, tuple[str, str]] = {}
    for path in args.judged or [JUDGED]:
        judged.update(load_judgments(path))
    report(people, judged, args.list, args.first)
    return 0


def top_people(site: Path, top: int) -> list[tuple[str, str, int]]:
    """(id, name, mentions) of the most mentioned people, most first (then by id)."""
    single = site / "assets" / "search-data.js"
    if single.exists():  # the older one-file search data
        script = single.read_text(encoding="utf-8")
        data = json.loads(script[script.index("{"):script.rindex("}") + 1])
        found = {(e["u"].rsplit("/", 1)[1].removesuffix(".html"), e["t"], e["m"]) for e in data["entities"] if e["k"] == "person"}
    else:  # name shards assets/search/n<i>.js: {word prefix: [[name, type, link, mentions], ...]}
        found = set()
        for shard in sorted((site / "assets" / "search").glob("n*.js")):
            script = shard.read_text(encoding="utf-8")
            data = json.loads(script[script.index("{"):script.rindex("}") + 1])
            found.update((link.rsplit("/", 1)[1].removesuffix(".html"), name, mentions)
                         for rows in data.values() for name, kind, link, mentions in rows if kind == "person")
    return sorted(found, key=lambda p: (-p[2], p[0]))[:top]


def load_judgments(path: Path) -> dict[str, tuple[str, str]]:
    """id -> (judgment, note)."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.reader(f, delimiter="\t") if r and not r[0].startswith("#")]
    judged = {}
    for row in rows[1:] if rows and rows[0][0] == "id" else rows:
        ident, _, judgment, *note = row + [""] * (3 - len(row))
        if not judgment.startswith(KINDS):
            raise SystemExit(f"{path}: unknown judgment {judgment!r} for {ident}")
        judged[ident] = (judgment, note[0] if note else "")
    return judged


def report(people: list[tuple[str, str, int]], judged: dict[str, tuple[str, str]], full: bool, first: int = 1) -> None:
    counts: Counter[str] = Counter()
    above: set[str] = set()
    unjudged = []
    for rank, (ident, name, mentions) in enumerate(people, 1):
        if rank < first:
            above.add(ident)
            continue
        judgment = judged.get(ident, ("", ""))[0]
        if not judgment:
            unjudged.append((rank, ident, name, mentions))
            kind = "unjudged"
        elif judgment.startswith("duplicate-of:"):
            # a second id of someone above in this list, or of someone below it or outside it
            kind = "duplicate (above)" if judgment.split(":", 1)[1] in above else "duplicate (not above)"
        else:
            kind = judgment
        counts[kind] += 1
        above.add(ident)
        if full:
            print(f"{rank:4d} {mentions:6d}  {ident:40s} {name:32s} {judgment or '?'}")
    n = len(people) - first + 1
    print(f"{'top' if first == 1 else f'ranks {first}-{len(people)} of the top'} {len(people)} people by mentions: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    one = counts["one-real-person"] + counts["duplicate (above)"] + counts["duplicate (not above)"]  # a duplicate is one person
    print(f"  one real person each:         {one:4d}  {100 * one / n:5.1f}%  (target >= 95%; duplicates included)")
    print(f"  a second id of someone above: {counts['duplicate (above)']:4d}  {100 * counts['duplicate (above)'] / n:5.1f}%  (target <= 2%)")
    if unjudged:
        print(f"\nUNJUDGED: {len(unjudged)} of these {n} have no judgment in bench/people_judged.tsv; the shares above"
              " count them as not one real person. Read their contexts (grep the corpus) and add a line each:")
        for rank, ident, name, mentions in unjudged:
            print(f"  UNJUDGED #{rank:<4d} {mentions:5d} mentions   {ident}\t{name}\t?")


if __name__ == "__main__":
    raise SystemExit(main())
