"""Stable ids and editor fixes (QuoteFix)."""

from __future__ import annotations

from site_builder.annotate.quotes.ids import normalise, quote_ids
from site_builder.model.registry import Entity, Registry
from site_builder.model.spans import QuoteFix
from tests.annotate.quotes.helpers import run

TEXT = (
    "“We will win this race,” Smith said.\n\n"
    "“Nobody can stop us now,” an aide said.\n\n"
    "“We will win this race,” Mary Jones said."
)


def test_ids_come_from_the_quote_text_with_duplicate_suffix() -> None:
    quotes, _ = run(TEXT)
    ids = [q.id for q in quotes]
    assert ids[0].startswith("q-") and len(ids[0]) == 10
    assert ids[2] == ids[0] + "-2"
    assert len(set(ids)) == 3
    assert quote_ids(["“A b c,”"]) == quote_ids(['"a  B c,"'])
    assert normalise("“It’s  Fine”") == "its fine"


def test_fix_by_number_with_free_text() -> None:
    quotes, warnings = run(TEXT, fixes=(QuoteFix(2, "a campaign aide"),))
    q = quotes[1]
    assert (q.speaker, q.speaker_entity, q.speaker_start, q.speaker_end) == ("a campaign aide", None, None, None)
    assert warnings == ()


def test_fix_by_first_words_with_article_entity() -> None:
    quotes, _ = run(TEXT, fixes=(QuoteFix("nobody can STOP", "mary-jones"),))
    assert (quotes[1].speaker, quotes[1].speaker_entity) == ("Mary Jones", "mary-jones")


def test_fix_with_registry_entity_and_quote_marks_in_match() -> None:
    reg = Registry({"rob-roe": Entity("rob-roe", "Rob Roe", "person")})
    quotes, _ = run(TEXT, fixes=(QuoteFix("“We will win", "rob-roe"),), registry=reg)
    assert (quotes[0].speaker, quotes[0].speaker_entity, quotes[0].speaker_start) == ("Rob Roe", "rob-roe", None)
    assert quotes[2].speaker_entity == "mary-jones"  # only the first match is fixed


def test_fix_matching_nothing_warns() -> None:
    quotes, warnings = run(TEXT, fixes=(QuoteFix(9, "x"), QuoteFix("not in the text", "y")))
    assert len(warnings) == 2 and all("matches no quote" in w for w in warnings)
    assert [q.speaker for q in quotes] == ["John Smith", "an aide", "Mary Jones"]
