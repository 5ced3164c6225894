"""Organisations the article describes (described.py, data/described_org_nouns.txt,
data/company_use_words.txt): "Corvane, the business software maker", "the advocacy group FlyFair",
"Corvane shares". Sentences written for these tests; each table has negatives."""

from __future__ import annotations

import pytest

from site_builder.annotate.entities.described import _SAYS_IT, _SAYS_IT_GATE, _noun_spots, _patterns, _use_words
from tests.annotate.entities.helpers import spans

HEAD = "Local news\n\n"


def typed(text: str) -> set[tuple[str, str]]:
    return {(t, kind) for t, kind, _ in spans(HEAD + text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Brastow, the business software maker that has grown fast, cut jobs. Brastow said it would hire again.",
     ("Brastow", "organization")),
    ("The mailer was paid for by Quarry Ridge Voters Alliance, a political action committee that backs him.",
     ("Quarry Ridge Voters Alliance", "organization")),
    ("Asha Raman, director of the advocacy group FlyRight, said travelers would pay more.",
     ("FlyRight", "organization")),
    ("The state's largest insurer, Northgate Health Plan, said in an email that it covers visits.",
     ("Northgate Health Plan", "organization")),
    ("He joined the band Chocolate River Express in the late 1970s.", ("Chocolate River Express", "organization")),
    ("A fund that holds Tellavar shares said the quarter looked weak. Tellavar cut 2,100 jobs.",
     ("Tellavar", "organization")),
    ("He was sick. Lakeshire's parent company, Arrow Health, says the clinic will stay open.",
     ("Lakeshire", "organization")),
    ("The project was proposed last year. Ridgecrest says it will pay the county $640,000 a year.",
     ("Ridgecrest", "organization")),
    ("Nurses say staffing is thin. In a statement, Mercy Hollow says it has hired 160 nurses.",
     ("Mercy Hollow", "organization")),
])
def test_a_described_name_is_an_organization(text: str, expected: tuple[str, str]) -> None:
    assert expected in typed(text)


@pytest.mark.parametrize(("text", "absent"), [
    # a place before a plant or a centre stays the place
    ("The company said the Carrick plant was running at half its capacity.", ("Carrick", "organization")),
    # a modifier with "for" ends the description: a lineman is no cooperative
    ("Her brother, Nils, a lineman for an electric cooperative, milks the cows.", ("Nils", "organization")),
    # a speech verb after the noun: the name is the speaker
    ("We are a strong group, Haskett said after the vote.", ("Haskett", "organization")),
    # a gazetteer place in front of "the company" stays the place
    ("In Houston, the company said it would add jobs.", ("Houston", "organization")),
    # a demonym before "stock" is no company
    ("Sanctions hit hard, and the Russian stock market has declined.", ("Russian", "organization")),
    # "the group of" is a quantity
    ("ants die sooner when ingesting ROS [Reactive Oxygen Species, the group of chemicals that includes "
     "hydrogen peroxide].", ("Reactive Oxygen Species", "organization")),
    # what someone said of a thing: "said it was"
    ("The council met Tuesday. Haskett said it was a mistake to wait.", ("Haskett", "organization")),
    # a person named in full who says what "it" will do stays the person
    ("Dana Whitcombe runs the fund. Whitcombe said it would take years.", ("Whitcombe", "organization")),
    ("The company John Brandt founded said it would close the plant.", ("John Brandt", "organization")),
    # the whole capitalised run is the name, never its last words
    ("West Valley Medical Center says it has set up a separate entrance.", ("Medical Center", "organization")),
    # a day before "the company" is no company
    ("On Monday, the company, which employs 300 people, said the cuts were needed.", ("Monday", "organization")),
    # a word of a person's full name stays the person's
    ("Anders Brastow runs the firm. Brastow shares fell 4% on Tuesday.", ("Brastow", "organization")),
])
def test_no_organization_without_a_description(text: str, absent: tuple[str, str]) -> None:
    assert absent not in typed(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("the advocacy group FlyFair said", (True, False)),
    ("the union, SEIU-USWW, has", (True, True)),  # a comma closes an apposition too
    ("Corvane, the software maker, said", (False, True)),
    ("Corvane, a maker that sells", (False, True)),
    ("the software maker Corvane. Its union.", (True, True)),
    # negatives: a noun before a lower-case word, no noun at all
    ("the company said the group would", (False, False)),
    ("Mayor Ann Lee said so, Tuesday.", (False, False)),
    ("", (False, False)),
])
def test_the_quick_test_before_the_apposition_patterns(text: str, expected: tuple[bool, bool]) -> None:
    assert _noun_spots(text) == expected
    before, after, _ = _patterns()
    # never refuses a text one of the patterns matches
    assert before.search(text) is None or expected[0]
    assert after.search(text) is None or expected[1]


@pytest.mark.parametrize(("text", "says_it", "used"), [
    ("Ridgeline says it will pay.", True, False),
    ("Mercy Ridge said in a statement that it has hired", True, False),
    ("Corvane shares fell.", False, True),
    ("Lakeview's parent company sued.", False, True),
    # negatives: "it was" (what someone said of a thing), no use word, a use word inside a word
    ("Okafor said it was a mistake.", False, False),
    ("Okafor said the plan works.", False, False),
    ("Meet Sharon", False, False),
    # the quick test passes and the pattern still refuses: a use word inside a longer word
    ("The app sharesies grew", False, True),
])
def test_the_quick_tests_before_the_says_it_and_used_patterns(text: str, says_it: bool, used: bool) -> None:
    assert (_SAYS_IT_GATE.search(text) is not None) is says_it
    assert any(w in text for w in _use_words()) is used
    # never refuses a text a pattern matches
    assert _SAYS_IT.search(text) is None or says_it
    assert _patterns()[2].search(text) is None or any(w in text for w in _use_words())


@pytest.mark.parametrize("text,name,kind", [
    # an armed group described before its name: the organisation, and again later
    ("Fighting between the army and the paramilitary Rapid Support Forces began in April.",
     "Rapid Support Forces", "organization"),
    ("The militia Hamza Brigade attacked the town on Monday.", "Hamza Brigade", "organization"),
    # negative: a person named after the word keeps being a person
    ("A paramilitary John Smith led was disbanded.", "John Smith", "person"),
])
def test_armed_groups_described(text: str, name: str, kind: str) -> None:
    assert (name, kind) in [(t, k) for t, k, _ in spans(text)]
