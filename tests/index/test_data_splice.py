"""annotations.json is spliced from the last one when few articles changed: it must equal a full join."""

from __future__ import annotations

import random
from types import SimpleNamespace

from site_builder.render.data import DataFiles


def _part(kind: str, article: SimpleNamespace) -> bytes:
    return f'{{"{article.slug}":"{article.key}"}}'.encode()


def _full(articles: list[SimpleNamespace]) -> bytes:
    body = b",\n".join(_part("a", a) for a in sorted(articles, key=lambda a: a.slug))
    return DataFiles._HEAD + body + b"\n]}\n"


def test_spliced_annotations_equal_a_full_join() -> None:
    rng = random.Random(7)
    files = DataFiles()
    files._part = _part  # type: ignore[method-assign]
    articles = [SimpleNamespace(slug=f"s{i:03}", key="k" * rng.randint(1, 5)) for i in range(60)]
    for round_ in range(300):
        assert files.annotations_json(SimpleNamespace(articles=list(articles))) == _full(articles), round_
        assert files._joined("s", articles, b"", b"") == b",\n".join(_part("s", a) for a in articles), round_
        for _ in range(rng.choice([0, 1, 1, 2, 5, 20])):  # 20: more than the splice takes on
            i = rng.randrange(len(articles))
            articles[i] = SimpleNamespace(slug=articles[i].slug, key="x" * rng.randint(0, 9) + str(round_))
        if round_ % 41 == 0:
            articles.append(SimpleNamespace(slug=f"t{round_:03}", key="new"))
        if round_ % 53 == 0:
            articles.pop(rng.randrange(len(articles)))
