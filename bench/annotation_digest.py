"""Digest every article's annotations, to prove a speed change left the output alone.

Usage: python bench/annotation_digest.py [SHARED_DIR] [--dump FILE] [--compare FILE] [--limit N]
Annotates SHARED/corpus/*.md (front matter stripped, as bench/annotate_speed.py reads it) with an
empty registry and prints one digest per article (blake2b of the repr of its mentions, quotes,
entities, warnings and turns) and a total digest. `--dump` writes {article: digest} plus the spans
themselves as JSON (keep it outside the repo); `--compare` reads such a file and lists the articles
whose digest changed, exiting 1 when any did.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.annotate_speed import load_named_bodies  # noqa: E402
from site_builder.annotate import annotate_text  # noqa: E402
from site_builder.model.registry import EMPTY_REGISTRY  # noqa: E402
from site_builder.model.spans import Annotations  # noqa: E402


def spans_of(a: Annotations) -> dict[str, list[str]]:
    """Every field of the annotations as reprs: dataclass reprs name each field and its value."""
    return {
        "mentions": [repr(m) for m in a.mentions],
        "quotes": [repr(q) for q in a.quotes],
        "entities": [repr(e) for e in a.entities],
        "warnings": list(a.warnings),
        "turns": [repr(t) for t in a.turns],
    }


def digest_of(spans: dict[str, list[str]]) -> str:
    return hashlib.blake2b(json.dumps(spans, sort_keys=True).encode(), digest_size=12).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", default=str(ROOT.parent / "shared"))
    parser.add_argument("--dump", type=Path, help="write digests and spans as JSON here")
    parser.add_argument("--compare", type=Path, help="a --dump file to compare against")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles (0: all)")
    parser.add_argument("--quiet", action="store_true", help="print only the total")
    args = parser.parse_args(argv)
    named = load_named_bodies(Path(args.shared) / "corpus")
    if args.limit:
        named = named[: args.limit]
    digests: dict[str, str] = {}
    spans: dict[str, dict[str, list[str]]] = {}
    total = hashlib.blake2b(digest_size=12)
    for name, body in named:
        spans[name] = spans_of(annotate_text(body, EMPTY_REGISTRY))
        digests[name] = digest_of(spans[name])
        total.update(f"{name}:{digests[name]}\n".encode())
        if not args.quiet:
            print(f"{digests[name]}  {name}")
    print(f"total {total.hexdigest()}  ({len(named)} articles)")
    if args.dump:
        args.dump.write_text(json.dumps({"total": total.hexdigest(), "digests": digests, "spans": spans},
                                        ensure_ascii=False, indent=0), encoding="utf-8")
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        changed = [n for n in digests if before["digests"].get(n) != digests[n]]
        for name in changed[:20]:
            print(f"CHANGED {name}")
            for kind, now in spans[name].items():
                was = before["spans"].get(name, {}).get(kind, [])
                for line in sorted(set(was) - set(now))[:5]:
                    print(f"  - {line}")
                for line in sorted(set(now) - set(was))[:5]:
                    print(f"  + {line}")
        print(f"{len(changed)} of {len(digests)} articles changed")
        return 1 if changed else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
