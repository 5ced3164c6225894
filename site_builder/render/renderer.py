"""Render one page to bytes: gather its context, bind link helpers to its location, run its template."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any, cast

import jinja2
from markupsafe import Markup

from site_builder.index.records import EntityInfo
from site_builder.index.site_index import SiteIndex
from site_builder.load.settings import Settings
from site_builder.model.article import Article
from site_builder.model.spans import Mention, Quote
from site_builder.render import structured
from site_builder.render.feeds import feed_uid
from site_builder.render.index_data import PLACEHOLDER, put_index_json
from site_builder.render.markup import TagFor, render_body
from site_builder.render.pages import TEMPLATES, TYPE_LABELS, context
from site_builder.render.urls import PageId, absolute_url, folder_link, page_path

ASSET_FOLDER = "assets"


def page_of(target: Any) -> PageId:
    """The page that shows a thing: an article, an entity, or a PageId itself."""
    if isinstance(target, PageId):
        return target
    if isinstance(target, Article):
        return PageId("article", target.slug)
    if isinstance(target, EntityInfo):
        return PageId(target.type, target.id)
    raise TypeError(f"no page for {type(target).__name__}")


def path_of(target: Any) -> str:
    """The site path of the page that shows `target` (page_path(page_of(target))), cached by what names it:
    a page links to hundreds of articles and entities, and each link asks."""
    kind = type(target)
    if kind is Article:
        return _page_path("article", target.source.slug)
    if kind is EntityInfo:
        return _page_path(target.type, target.id)
    return page_path(page_of(target))


@lru_cache(maxsize=1 << 14)  # the much-linked pages; every article and entity of 40,000 articles would be ~15 MB a worker
def _page_path(kind: str, key: str) -> str:
    return page_path(PageId(kind, key))


class Renderer:
    def __init__(self, env: jinja2.Environment, index: SiteIndex, settings: Settings) -> None:
        self.env = env
        self.index = index
        self.settings = settings

    def render(self, page: PageId) -> bytes:
        path = page_path(page)
        # The 404 page is served at any depth, so it links from the site root path instead.
        base = None if page.kind != "not_found" else self.settings.base_path
        folder = path.rpartition("/")[0]  # a link depends on the page's folder alone (urls.folder_link)

        def rel(to: str) -> str:
            return base + to if base is not None else folder_link(folder, to)

        def url(target: Any, fragment: str = "") -> str:
            # rel(path_of(target)) with rel inlined: ~430,000 calls at 4,000 articles
            to = path_of(target)
            to = base + to if base is not None else folder_link(folder, to)
            return f"{to}#{fragment}" if fragment else to

        def asset(name: str) -> str:
            return rel(f"{ASSET_FOLDER}/{name}")

        def absolute_link(target: Any, fragment: str = "") -> str:  # only with a base_url: never ""
            to = absolute_url(self.settings.base_url, path_of(target))
            return f"{to}#{fragment}" if fragment else to

        # For feeds, structured data and the sitemap: absolute with a base_url, else relative (without
        # one, absolute_url answers "" for every path: `url` itself, ~150,000 calls at 4,000 articles).
        link = absolute_link if self.settings.base_url else url

        def body(article: Article) -> Markup:
            return render_body(article.text, article.source.pieces, self._spans(article), self._tag_maker(url))

        spliced: list[tuple[str, Any]] = []  # index_json's arguments: its JSON goes into the bytes after rendering

        def index_json(kind: str, rows: Any) -> Markup:
            spliced.append((kind, rows))
            return Markup(PLACEHOLDER)  # noqa: S704 - a marker, replaced by escaped JSON in _splice

        variables = {
            "page": page,
            "PageId": PageId,
            "path": path,
            "site": self.settings,
            "url": url,
            "asset": asset,
            "root": rel,
            "canonical": absolute_url(self.settings.base_url, path),
            "absolute": lambda target: absolute_url(self.settings.base_url, page_path(page_of(target))),
            "body": body,
            "entity": None,
            "type_labels": TYPE_LABELS,
            "speaker_of": self._speaker_of,
            "index_json": index_json,
            "link": link,
            "uid": lambda key: feed_uid(self.settings.base_url or self.settings.title, key),
            "page_uid": lambda target: feed_uid(self.settings.base_url or self.settings.title, "page:" + page_path(page_of(target))),
            "feeds": [],
            "jsonld": None,
        }
        variables.update(context(page, self.index, self.settings))
        variables["jsonld"] = self._structured(page, variables, link)
        template = self.env.get_template(TEMPLATES[page.kind])
        text = template.render(variables)
        if not spliced:
            return text.encode("utf-8")
        return self._splice(text, spliced, url)

    def _splice(self, text: str, spliced: list[tuple[str, Any]], url: Callable[..., str]) -> bytes:
        """The page with each index_json placeholder replaced by its JSON, made straight into the page's
        bytes (index_data.put_index_json): the quotes index of 40,000 articles is ~50 MB."""
        pieces = text.split(PLACEHOLDER)
        out = bytearray(pieces[0].encode("utf-8"))
        for (kind, rows), piece in zip(spliced, pieces[1:], strict=True):
            put_index_json(kind, rows, url, self._speaker_of, out)
            out += piece.encode("utf-8")
        # Not bytes(out), a second copy of ~50 MB: a bytearray writes, compares and hashes (hashlib) as bytes
        # do, and nothing changes it after this.
        return cast(bytes, out)

    def _structured(self, page: PageId, ctx: dict[str, Any], link: Any) -> Markup | None:
        """The page's JSON-LD, serialised for its <script> block; None for pages without any."""
        if page.kind == "article":
            article = ctx["article"]
            members = [(m.info, m.mentions) for kind in TYPE_LABELS for m in ctx["cast"].by_type[kind]]
            data = structured.article_graph(article, members, lambda ref: self._speaker_of(ref.quote), ctx["article_quotes"],
                                            link, self.settings)
        elif page.kind in TYPE_LABELS and page.page == 1 and ctx.get("entity") is not None:
            # the entity's first quotations, whatever the page size (later pages have none: page 1 is the entity's)
            quotes = self.index.quotes_of_range(ctx["entity"].id, 0, structured.MAX_QUOTATIONS)
            data = structured.entity_graph(ctx["entity"], quotes, link)
        else:
            return None
        return structured.script_json(data)

    def _spans(self, article: Article) -> list[Mention | Quote]:
        return [*article.annotations.mentions, *article.annotations.quotes]

    def _speaker_of(self, quote: Quote) -> EntityInfo | None:
        return self.index.entity(quote.speaker_entity) if quote.speaker_entity else None

    def _tag_maker(self, url: Callable[..., str]) -> TagFor:  # url is the page-bound link function
        index = self.index
        # A mention's tag depends on its entity (and type) alone: made once per entity on the page. The
        # first mention of an entity still reads it from the index, so the page's recorded reads are the same.
        mentions: dict[tuple[str, str], tuple[str, Mapping[str, str | None]]] = {}

        def mention_tag(span: Mention) -> tuple[str, Mapping[str, str | None]]:
            info = index.entity(span.entity)
            if info is None:
                return "span", {"class": f"mention mention-{span.type}"}
            label = TYPE_LABELS[info.type][0]
            return "a", {
                "class": f"mention mention-{info.type}",
                "href": url(info),
                "data-name": info.name,
                "data-type": label,
                "data-role": info.role or None,
            }

        def tag_for(span: Mention | Quote, first: bool) -> tuple[str, Mapping[str, str | None]]:
            if isinstance(span, Mention):
                key = (span.entity, span.type)
                tag = mentions.get(key)
                if tag is None:
                    tag = mentions[key] = mention_tag(span)
                return tag
            speaker = index.entity(span.speaker_entity) if span.speaker_entity else None
            return "span", {
                "class": "quote" + ("" if span.speaker else " quote-unattributed"),
                "id": span.id if first else None,
                "data-quote": span.id,
                "tabindex": "0" if first else None,
                "data-speaker": span.speaker or (speaker.name if speaker else "Unknown speaker"),
                "data-speaker-href": url(speaker) if speaker else None,
                "data-cue": span.cue,
                "data-permalink": f"#{span.id}",
            }

        return tag_for
