"""SiteIndex.evolve reuses the old index's aggregates: they must equal a fresh index's."""

from __future__ import annotations

from pathlib import Path

from site_builder.index.aggregates import AGGREGATES, POSITIONS, QUOTE_LIST, QUOTES_BY_SPEAKER, TAGS, TURNS_BY_SPEAKER
from site_builder.index.site_index import SiteIndex
from tests.index.test_incremental import make_builder


def _aggregates(index: SiteIndex) -> dict[str, object]:
    entities = sorted(index._entity_articles)
    return {
        "order": [a.slug for a in index.articles],
        "by_slug_identity": {s: id(a) for s, a in index._by_slug.items()},
        "months": {m: [id(a) for a in items] for m, items in index._by_month.items()},
        "entity_articles": {e: [(id(m.article), m.count) for m in index._entity_articles[e]] for e in entities},
        "entities": list(index._entities.items()),
        "co": {e: dict(index._co_mentions(e)) for e in entities},
        "rows": index._entity_rows,
        "positions": index.get(POSITIONS),
        "tags": {t: (name, [id(a) for a in items]) for t, (name, items) in index.get(TAGS).items()},
        "quotes": [(id(r.article), r.quote, r.number) for r in index.get(QUOTE_LIST)],
        "speakers": {e: [id(r.article) for r in refs] for e, refs in index.get(QUOTES_BY_SPEAKER).items()},
        "turns": {e: [(id(r.article), r.turns) for r in refs] for e, refs in index.get(TURNS_BY_SPEAKER).items()},
    }


def _fill(index: SiteIndex) -> None:
    """Build every aggregate, so evolve has each one to patch."""
    for aggregate in AGGREGATES:
        index.get(aggregate)
    for e in index._entity_articles:
        index._co_mentions(e)


def test_evolved_index_equals_a_fresh_one(tmp_path: Path) -> None:
    builder, content = make_builder(tmp_path)
    builder.build()
    articles = content / "articles"
    nato = articles / "2024-nato-summit.md"
    registry = content / "entities.yaml"
    edits = [
        lambda: nato.write_text(nato.read_text() + "\nPete Hegseth and Mark Rutte met Jane Roe in Brussels.\n"),
        lambda: nato.write_text(nato.read_text().replace("Jane Roe", "John Doe")),
        lambda: (articles / "x.md").write_text("---\ntitle: X\ndate: 2024-07-11\n---\n\nMark Rutte met John Doe of NATO.\n"),
        lambda: (articles / "x.md").write_text("---\ntitle: X\ndate: 2024-07-11\n---\n\nMark Rutte spoke.\n"),
        lambda: (articles / "x.md").unlink(),
        # folds appear and disappear (index/identity.py): "Smith" alone, then one full name, then two
        lambda: (articles / "y.md").write_text("---\ntitle: Y\ndate: 2024-07-12\n---\n\nMs. Smith spoke.\n"),
        lambda: (articles / "x.md").write_text("---\ntitle: X\ndate: 2024-07-11\n---\n\nGeneral Jane Smith spoke.\n"),
        lambda: nato.write_text(nato.read_text() + "\nSenator John Smith met Mark Rutte.\n"),
        lambda: nato.write_text(nato.read_text().replace("Senator John Smith met", "He met")),
        # re-dated within its month, then to another year (the order changes), then a tag and a quote
        lambda: (articles / "y.md").write_text("---\ntitle: Y\ndate: 2024-07-02\n---\n\nMs. Smith spoke.\n"),
        lambda: (articles / "y.md").write_text("---\ntitle: Y\ndate: 2023-01-02\n---\n\nMs. Smith spoke.\n"),
        lambda: (articles / "y.md").write_text("---\ntitle: Y\ndate: 2023-01-02\ntags: Briefs\n---\n\n"
                                               '"We will go," Mark Rutte said.\n'),
        # the registry changes: a new alias of a registered entity
        lambda: registry.write_text(registry.read_text().replace("aliases: [Rutte]", "aliases: [Rutte, M. Rutte]", 1)),
        lambda: (articles / "y.md").unlink(),
    ]
    for n, edit in enumerate(edits):
        index = builder._state.index
        assert index is not None
        _fill(index)
        edit()
        builder.build(changed=[nato, articles / "x.md", articles / "y.md"])
        evolved = builder._state.index
        fresh = SiteIndex(list(evolved.articles), evolved.registry)
        assert _aggregates(evolved) == _aggregates(fresh), f"evolve differs after edit {n}"
        assert [a.name for a in AGGREGATES if evolved.has(a)], "evolve patched nothing"
