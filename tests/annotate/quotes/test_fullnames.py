"""The fullest name for an acronym speaker, and roles in apposition to a name."""

import pytest

from site_builder.annotate.quotes.fullnames import expand_acronym

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
