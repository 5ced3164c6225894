"""The span renderer: nesting, crossing, markup boundaries, escaping (table-driven)."""

from __future__ import annotations

import pytest

from site_builder.load.body import parse_markdown, parse_plain
from site_builder.model.spans import Mention, Quote
from site_builder.render.markup import open_tag, render_body


def tag_for(span, first):  # noqa: ANN001, ANN201
    if span.kind == "mention":
        return "a", {"class": "m", "href": f"{span.entity}.html"}
    return "q", {"id": span.id if first else None, "data-q": span.id}


def render(text_md: str, spans: list, plain: bool = False) -> str:
    text, pieces = parse_plain(text_md) if plain else parse_markdown(text_md)
    return str(render_body(text, pieces, spans, tag_for))


def m(text: str, needle: str, entity: str = "e", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Mention(start, start + len(needle), needle, "person", entity)


def q(text: str, needle: str, qid: str = "q1") -> Quote:
    start = text.index(needle)
    return Quote(start, start + len(needle), needle, qid)


PLAIN = 'Pete Hegseth said "Israel is strong" today.'


@pytest.mark.parametrize("spans,expected", [
    ([], "<p>Pete Hegseth said &#34;Israel is strong&#34; today.</p>\n"),
    ([m(PLAIN, "Pete Hegseth", "ph")], '<p><a class="m" href="ph.html">Pete Hegseth</a> said &#34;Israel is strong&#34; today.</p>\n'),
    # a mention inside a quote nests inside it
    ([q(PLAIN, '"Israel is strong"'), m(PLAIN, "Israel", "il")],
     '<p>Pete Hegseth said <q id="q1" data-q="q1">&#34;<a class="m" href="il.html">Israel</a> is strong&#34;</q> today.</p>\n'),
    # same start: the quote opens outside the mention
    ([m(PLAIN, '"Israel', "x"), q(PLAIN, '"Israel is strong"')],
     '<p>Pete Hegseth said <q id="q1" data-q="q1"><a class="m" href="x.html">&#34;Israel</a> is strong&#34;</q> today.</p>\n'),
    # crossing spans: the later one is split at the end of the earlier one, fragments share the id
    ([m(PLAIN, "said \"Israel", "x"), q(PLAIN, '"Israel is strong"')],
     '<p>Pete Hegseth <a class="m" href="x.html">said <q id="q1" data-q="q1">&#34;Israel</q></a><q data-q="q1"> is strong&#34;</q> today.</p>\n'),
], ids=["none", "mention", "nested", "same-start", "crossing"])
def test_plain_spans(spans: list, expected: str) -> None:
    assert render(PLAIN, spans, plain=True) == expected


def test_quote_crossing_emphasis_is_split_into_fragments_sharing_an_id() -> None:
    source = 'He said "we *will* win" then.'
    text, _ = parse_markdown(source)
    html = render(source, [q(text, '"we will win"')])
    assert html == ('<p>He said <q id="q1" data-q="q1">&#34;we </q><em><q data-q="q1">will</q></em>'
                    '<q data-q="q1"> win&#34;</q> then.</p>\n')


def test_quote_across_paragraphs_is_split_per_paragraph() -> None:
    source = '"First part.\n\n"Second part," she said.'
    text, _ = parse_markdown(source)
    span = Quote(0, text.index(",") + 2, "", "q9")
    html = render(source, [span])
    assert html.count('data-q="q9"') == 2 and html.count('id="q9"') == 1


def test_text_and_attributes_are_escaped() -> None:
    text = 'A <b> & "c"'
    mention = Mention(0, 1, "A", "person", 'x" onmouseover="alert(1)')
    html = render(text, [mention], plain=True)
    assert "<b>" not in html and "&lt;b&gt; &amp; &#34;c&#34;" in html
    assert 'onmouseover="alert' not in html


def test_open_tag_escapes_and_skips_none() -> None:
    assert str(open_tag("span", {"title": "<x>", "id": None})) == '<span title="&lt;x&gt;">'


def test_input_spans_are_not_mutated() -> None:
    spans = (m(PLAIN, "Pete Hegseth"), q(PLAIN, '"Israel is strong"'))
    copy = tuple(spans)
    render(PLAIN, list(spans), plain=True)
    assert spans == copy


PLACE = "the mayor of Springfield, Illinois spoke"


def unlinked_tag_for(span, first):  # noqa: ANN001, ANN201 - as the renderer: mentions are links with data
    if span.kind == "mention":
        return "a", {"class": "m", "href": f"{span.entity}.html", "data-name": span.entity}
    return "q", {"data-q": span.id}


@pytest.mark.parametrize("spans,expected", [
    # nested: the outer (longer) mention is the link, the inner one an unlinked span with its data
    ([m(PLACE, "Springfield, Illinois", "spi"), m(PLACE, "Illinois", "il")],
     '<a class="m" href="spi.html" data-name="spi">Springfield, <span class="m" data-name="il">Illinois</span></a>'),
    # the same, given in the other order
    ([m(PLACE, "Illinois", "il"), m(PLACE, "Springfield, Illinois", "spi")],
     '<a class="m" href="spi.html" data-name="spi">Springfield, <span class="m" data-name="il">Illinois</span></a>'),
    # same start, nested
    ([m(PLACE, "Springfield", "sp"), m(PLACE, "Springfield, Illinois", "spi")],
     '<a class="m" href="spi.html" data-name="spi"><span class="m" data-name="sp">Springfield</span>, Illinois</a>'),
    # crossing, the later one longer: it is the link; the earlier one is split around its start
    ([m(PLACE, "of Springfield", "x"), m(PLACE, "Springfield, Illinois spoke", "y")],
     '<span class="m" data-name="x">of <a class="m" href="y.html" data-name="y">Springfield</a></span>'
     '<a class="m" href="y.html" data-name="y">, Illinois spoke</a>'),
    # crossing, the earlier one longer: it is the link, the later one unlinked and split
    ([m(PLACE, "the mayor of Springfield", "x"), m(PLACE, "Springfield, Illinois", "y")],
     '<a class="m" href="x.html" data-name="x">the mayor of <span class="m" data-name="y">Springfield</span></a>'
     '<span class="m" data-name="y">, Illinois</span>'),
    # equal length, crossing: the earlier one is the link
    ([m(PLACE, "mayor of", "x"), m(PLACE, "of Sprin", "y")],
     '<a class="m" href="x.html" data-name="x">mayor <span class="m" data-name="y">of</span></a><span class="m" data-name="y"> Sprin</span>'),
    # three deep: only the outermost is a link
    ([m(PLACE, "mayor of Springfield, Illinois", "a"), m(PLACE, "Springfield, Illinois", "b"), m(PLACE, "Illinois", "c")],
     '<a class="m" href="a.html" data-name="a">mayor of <span class="m" data-name="b">Springfield, '
     '<span class="m" data-name="c">Illinois</span></span></a>'),
    # a chain: the middle one loses to the longest, the last one overlaps only the loser and stays a link
    ([m(PLACE, "the mayor of", "a"), m(PLACE, "of Springfield", "b"), m(PLACE, "Springfield, Illinois spoke", "c")],
     None),
    # negative: mentions side by side are both links; a mention inside a quote is still a link
    ([m(PLACE, "mayor", "a"), m(PLACE, "Springfield", "b")],
     '<a class="m" href="a.html" data-name="a">mayor</a> of <a class="m" href="b.html" data-name="b">Springfield</a>'),
    ([q(PLACE, "Springfield, Illinois"), m(PLACE, "Illinois", "il")],
     '<q data-q="q1">Springfield, <a class="m" href="il.html" data-name="il">Illinois</a></q>'),
], ids=["nested", "nested-reversed", "same-start", "crossing-later-longer", "crossing-earlier-longer",
        "crossing-equal", "three-deep", "chain", "side-by-side", "in-quote"])
def test_a_link_never_contains_a_link(spans: list, expected: str | None) -> None:
    html = str(render_body(PLACE, parse_plain(PLACE)[1], spans, unlinked_tag_for))
    assert_no_nested_links(html)
    if expected is not None:
        assert expected in html
    assert html.count("<a ") + html.count('<span class="m"') >= len({s.entity for s in spans if s.kind == "mention"})


def test_a_mention_inside_a_markdown_link_is_not_a_link() -> None:
    source = "Read [the mayor of Springfield](https://example.org/) today."
    text, pieces = parse_markdown(source)
    html = str(render_body(text, pieces, [m(text, "Springfield", "sp")], unlinked_tag_for))
    assert_no_nested_links(html)
    assert '<span class="m" data-name="sp">Springfield</span></a>' in html


def assert_no_nested_links(html: str) -> None:
    """No <a> opens while another <a> is open (html.parser, as a browser would tokenize)."""
    from html.parser import HTMLParser

    class Links(HTMLParser):
        depth = 0
        nested = 0

        def handle_starttag(self, tag: str, attrs: list) -> None:  # noqa: ANN401
            if tag == "a":
                self.nested += self.depth > 0
                self.depth += 1

        def handle_endtag(self, tag: str) -> None:
            if tag == "a":
                self.depth = max(0, self.depth - 1)

    parser = Links()
    parser.feed(html)
    assert parser.nested == 0, html
