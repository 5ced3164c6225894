"""Rules for the news noun-phrase convention and the article-level pruning (table-driven).

Names here are invented; each rule has positive and negative cases.
"""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans

# extents.py: a person widened over "of"/"from" + organisation; a town over ", State" (a person's
# town after "of" is a place of its own: test_hometowns.py)
WIDENED = [
    ("Lena Markovic of the Civic Party won a seat.",
     [("Lena Markovic of the Civic Party", "person", "lena-markovic"), ("Civic Party", "organization", "civic-party")]),
    ("Voters backed Tomas Ferreira from the Labour Party again.",
     [("Tomas Ferreira from the Labour Party", "person", "tomas-ferreira")]),
    ("Ruth Okafor of Demosphere was elected.", [("Ruth Okafor of Demosphere", "person", "ruth-okafor")]),
    ("She was held in Tampa, Florida until May.", [("Tampa, Florida", "place", "tampa"), ("Florida", "place", "florida")]),
    ("The gallery opened in Dayton, Ohio last year.", [("Dayton, Ohio", "place", "dayton")]),
    ("They met in Manchester, England last year.", [("Manchester, England", "place", "manchester")]),
]

NOT_WIDENED = [
    # "from" before a place is where someone came from, not an affiliation
    ("Tomas Ferreira from Texas arrived.", ["Tomas Ferreira from Texas"], ("Tomas Ferreira", "person")),
    # the complement is cut short by a possessive or a number
    ("Carla Benetti of Italy's largest daily wrote.", ["Carla Benetti of Italy", "Carla Benetti of Italy's"],
     ("Carla Benetti", "person")),
    ("Steve Ravel of Studio 54 danced.", ["Steve Ravel of Studio"], ("Steve Ravel", "person")),
    # a lone surname is not widened; nor is a title phrase's role
    ("Later Ferreira of the Labour Party spoke.", ["Ferreira of the Labour Party"], None),
    # states and countries in a list stay separate
    ("Storms hit Texas, Florida and Ohio.", ["Texas, Florida"], ("Texas", "place")),
    ("Sweden, Belgium and Panama advanced.", ["Sweden, Belgium"], None),
]


@pytest.mark.parametrize(("text", "expected"), WIDENED)
def test_widened(text, expected):
    found = spans(text)
    for item in expected:
        assert item in found, (item, found)


@pytest.mark.parametrize(("text", "refused", "kept"), NOT_WIDENED)
def test_not_widened(text, refused, kept):
    found = spans(text)
    surfaces = [s for s, _, _ in found]
    for r in refused:
        assert r not in surfaces, (r, found)
    if kept:
        assert kept in [(s, t) for s, t, _ in found], (kept, found)


# pipeline.py: "and" after an organisation word coordinates two names
COORDINATION = [
    ("Ada Lin of the Civic Party and Bo Tran of the Labour Party won.",
     ["Civic Party and Bo Tran"], [("Civic Party", "organization"), ("Labour Party", "organization")]),
    ("Readers of Harbour Magazine and Ellen Voss agreed.", ["Harbour Magazine and Ellen Voss"],
     [("Harbour Magazine", "organization")]),
]


@pytest.mark.parametrize(("text", "refused", "kept"), COORDINATION)
def test_coordination_splits_names(text, refused, kept):
    found = spans(text)
    for r in refused:
        assert r not in [s for s, _, _ in found], (r, found)
    for k in kept:
        assert k in [(s, t) for s, t, _ in found], (k, found)


def test_and_inside_a_name_without_organisation_word_before_it():
    found = spans("The Food and Drug Administration approved it.")
    assert ("Food and Drug Administration", "organization") in [(s, t) for s, t, _ in found]


# teams.py: score lines and "faced" make a country a team; "to" alone does not
SPORTS = ("The match was tense; the coach praised the striker and the goalkeeper after the final whistle. ")
TEAMS = [
    (SPORTS + "Group A — Chile 2 – 1 Wales.", "Wales", "organization"),
    (SPORTS + "Later Chile lost 1 – 2 to Wales in the tournament.", "Wales", "organization"),
    (SPORTS + "Chile faced Wales at the stadium.", "Wales", "organization"),
    # negative: a competition that is not a match of countries
    ("The robotics tournament ended; each team scored points and the coach of the league smiled. "
     "The silver medal went to Poland and the girls came to Canada.", "Poland", "place"),
    ("The robotics tournament ended; each team scored points and the coach of the league smiled. "
     "The silver medal went to Poland and the girls came to Canada.", "Canada", "place"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), TEAMS)
def test_teams(text, surface, kind):
    found = [(s, t) for s, t, _ in spans(text)]
    assert (surface, kind) in found, found


# linking.prune: name shapes the article shows are not people
def test_name_followed_by_a_number_is_not_a_person():
    text = "Users of Darrow Navigator 7 complained, and later Darrow Navigator crashed again."
    assert not [m for m in spans(text) if m[1] == "person"]


def test_surname_used_as_modifier_links_to_the_person():
    text = "The painter Anna Korvik liked cameras. The show had Korvik Polaroids on the walls."
    found = spans(text)
    assert ("Korvik", "person", "anna-korvik") in found
    assert not [s for s, _, _ in found if "Polaroids" in s]


PRUNE_NEGATIVE = [
    # a family name written first is still a person, even beside someone with that surname
    ("Raymond Leung won, and Leung Kwok-hin lost narrowly.", ("Leung Kwok-hin", "person")),
    # a second word that is a given name: two people sharing a surname-like first word
    ("Anna Korvik spoke, and later Korvik Daniel arrived.", ("Korvik Daniel", "person")),
    # no number after the name: a person
    ("Users asked Darrow Navin about it.", ("Darrow Navin", "person")),
]


@pytest.mark.parametrize(("text", "kept"), PRUNE_NEGATIVE)
def test_prune_keeps_people(text, kept):
    assert kept in [(s, t) for s, t, _ in spans(text)]


# linking.py: single words that are people by their context
SINGLES = [
    ("The rules, said Okonjo, are strict.", ("Okonjo", "person", "okonjo")),
    ("He painted a blue Delphine and a pink Delphine for the show.", ("Delphine", "person", "delphine")),
    ("They moved to Coral Springs last year.", ("Coral Springs", "place", "coral-springs")),
]

NOT_SINGLES = [
    ("The reports, according to Xinhua, are false.", "Xinhua"),  # "according to" is a source, not a speaker
    ("The Grace period ended, and grace was shown to all.", "Grace"),  # the article uses it in lower case
    ("Overall, the rules are strict.", "Overall"),  # sentence-initial: a capital that means nothing
    ("The rules, said Tuesday, are strict.", "Tuesday"),
]


@pytest.mark.parametrize(("text", "expected"), SINGLES)
def test_singles(text, expected):
    assert expected in spans(text)


@pytest.mark.parametrize(("text", "refused"), NOT_SINGLES)
def test_not_singles(text, refused):
    assert refused not in [s for s, t, _ in spans(text) if t == "person"]
