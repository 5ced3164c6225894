"""The fullest name for an acronym speaker, and roles in apposition to a name."""

import pytest

from site_builder.annotate.quotes.fullnames import expand_acronym, initials_close

CASES = [
    ("the Office for Democratic Institutions and Human Rights (ODIHR) said", "ODIHR", "Office for Democratic Institutions and Human Rights"),
    ("the report of the IDF, the Israel Defense Forces, found", "IDF", "Israel Defense Forces"),
    ("the World Health Organization (WHO) said", "WHO", "World Health Organization"),
    # negatives: never expanded, or not an acronym
    ("AMLO basically said", "AMLO", "AMLO"),
    ("the Acme Company (ODIHR) said", "ODIHR", "ODIHR"),
    ("Jane Roe (ODIHR) said", "Jane Roe", "Jane Roe"),
]


@pytest.mark.parametrize(("text", "name", "expected"), CASES)
def test_expand_acronym(text: str, name: str, expected: str) -> None:
    assert expand_acronym(text, name) == expected


# an acronym closed by a person's initials stands for that person ("AMLO" for "López Obrador")
INITIALS = [
    ("AMLO", "López Obrador", True),
    ("JFK", "John F. Kennedy", True),
    # negatives: two letters, a one-word name, initials not at the end, no acronym
    ("PM", "Peter Mandelson", False),
    ("AMLO", "Obrador", False),
    ("LOAM", "López Obrador", False),
    ("Amlo", "López Obrador", False),
]


@pytest.mark.parametrize(("acronym", "name", "expected"), INITIALS)
def test_initials_close(acronym: str, name: str, expected: bool) -> None:
    assert initials_close(acronym, name) is expected


def test_acronym_speaker_is_the_person_named_before() -> None:
    from site_builder.annotate.quotes import find_quotes
    from site_builder.model.registry import EMPTY_REGISTRY
    from tests.annotate.quotes.helpers import mentions_for

    text = "MR PRICE: We heard from President López Obrador today.\n\nQUESTION: Ned, AMLO basically said, quote, “There can’t be a summit.”"
    names = {"López Obrador": ("person", "lopez-obrador"), "AMLO": ("organization", "amlo")}
    quotes, _ = find_quotes(text, *mentions_for(text, names), EMPTY_REGISTRY, ())
    assert [(q.speaker, q.speaker_entity) for q in quotes] == [("López Obrador", "lopez-obrador")]
    far = "MR PRICE: We heard from President López Obrador today. " + "Nothing else. " * 300 + "\n\nQUESTION: AMLO said, “No.”"
    quotes, _ = find_quotes(far, *mentions_for(far, names), EMPTY_REGISTRY, ())
    assert [q.speaker for q in quotes] == ["AMLO"]


# "quote/unquote" marks someone's words only after a speech cue; alone it distances a term
UNQUOTE = [
    ("Smith said Moscow wanted to end its quote/unquote “unacceptable” regime.", ["“unacceptable”"]),
    ("Two reporters were charged for disseminating, quote/unquote, “fake news.” Nothing else.", []),
    ("Jones said the law prohibits quote-unquote “promotion of lies.”", ["“promotion of lies.”"]),
]


@pytest.mark.parametrize(("text", "expected"), UNQUOTE)
def test_quote_unquote(text: str, expected: list[str]) -> None:
    from tests.annotate.quotes.helpers import run

    quotes, _ = run(text)
    assert [q.text for q in quotes] == expected


# a role in apposition after the name: the speaker is the name, not the role
def test_role_in_apposition_gives_the_name() -> None:
    from tests.annotate.quotes.helpers import run

    text = "Even John Smith, the deputy chairman of the council, recently said the grain was its “quiet weapon.”"
    quotes, _ = run(text)
    assert [(q.speaker, q.speaker_entity) for q in quotes] == [("John Smith", "john-smith")]


# "it goes on to say" reports words said; "it" after "this document" is the document
def test_goes_on_to_say_and_it_is_the_document() -> None:
    from tests.annotate.quotes.helpers import run

    text = (
        "QUESTION: You talk about the allies in this document, and I want to read a part of it. "
        "It says that you have “prepared to discuss” the issue, then it goes on to say, “we must consult the allies on this issue.”"
    )
    quotes, _ = run(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("“prepared to discuss”", "this document"),
        ("“we must consult the allies on this issue.”", "this document"),
    ]


# a lone first name the text wrote in full just before (no entity mention covers it)
FIRST_NAMES = [
    ("QUESTION: Our next question comes from Vitaliy Sizov from UATV. Vitaliy asks: “Is the plan ready?”", "Vitaliy Sizov"),
    ("QUESTION: Vitaliy asks: “Is the plan ready?”", "Vitaliy"),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_NAMES)
def test_first_name_written_in_full(text: str, expected: str) -> None:
    from tests.annotate.quotes.helpers import run

    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == [expected]


def test_the_president_is_not_an_earlier_president_paragraphs_back() -> None:
    from tests.annotate.quotes.helpers import run

    text = (
        "Many detest President John Smith. My prediction is clear.\n\n"
        "QUESTION: Could Smith go further? The President was asked today what if this goes beyond the region, "
        "and he said, “We will be involved.”"
    )
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == ["the President"]


# a compound descriptor's head is its last speaker noun ("ministry spokesperson")
COMPOUNDS = [
    ("With regard to the talks, the Chinese foreign ministry spokesperson said today – to quote him, he said: “The talks have failed.”",
     "the Chinese foreign ministry spokesperson"),
    ("“We will appeal,” the company spokeswoman said.", "the company spokeswoman"),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUNDS)
def test_compound_descriptor(text: str, expected: str) -> None:
    from tests.annotate.quotes.helpers import run

    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == [expected]
