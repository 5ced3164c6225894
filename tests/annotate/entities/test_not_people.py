"""Person shapes that are no one (linking.drop_non_people) and titled one-word names that must
not link to a namesake of another office (linking._People.fitting), and which namesake a surname alone is."""

from __future__ import annotations

import pytest

from site_builder.annotate.entities import find_entities
from site_builder.model.registry import EMPTY_REGISTRY


def people(text: str) -> dict[str, str]:
    return {m.text: m.entity for m in find_entities(text, EMPTY_REGISTRY)[0] if m.type == "person"}


@pytest.mark.parametrize("text,dropped", [
    ("The United States is designating one Turkey-based al-Qa’ida financial facilitator.", "Turkey-based al-Qa"),
    ("I extend my warmest wishes to all those celebrating Eid al-Adha around the world.", "Eid al-Adha"),
    ("They should be treated as prisoners of war under the Geneva Conventions today.", "Geneva Conventions"),
    # a law or a program named after someone, after "the"
    ("But I would say that the Robert Levinson Act, section 302 of that act, spells it out.", "Robert Levinson"),
    ("It builds on the Robert Levinson Hostage Recovery and Hostage-Taking Accountability Act, to provide more.",
     "Robert Levinson Hostage Recovery"),
])
def test_no_one(text: str, dropped: str) -> None:
    assert dropped not in people(text)


@pytest.mark.parametrize("text,kept", [
    ("Minister Mohamed Eid spoke to reporters on Tuesday.", "Mohamed Eid"),
    ("The talks were led by Sean O’Brien and his team.", "Sean O’Brien"),
    ("Secretary Blinken met Jamal Abbas’s family in the capital.", "Jamal Abbas"),
    # a name may open with a month or a weekday; only a holiday word makes the shape a holiday
    ("Wednesday Martin wrote the book, and critics praised it.", "Wednesday Martin"),
    # a name before a document head, but not without "the" (a heading), nor across a comma
    ("Iran must account for Robert Levinson. Robert Levinson Act Now was their slogan.", "Robert Levinson"),
    ("Antony Blinken Announces New Strategy", "Antony Blinken"),
    ("They met the Maria Lopez, Act Now's founder, on Monday.", "Maria Lopez"),
])
def test_people_kept(text: str, kept: str) -> None:
    assert kept in people(text)


BRIEFING = ("Secretary Blinken met Prime Minister Sheikh Sabah Al-Khaled Al-Sabah and Mishal Al-Sabah.\n\n"
            "FOREIGN MINISTER AL-SABAH: Thank you.\n\nMR PRICE: We'll turn to Park Hyunyoung with JoongAng Ilbo.\n\n")


@pytest.mark.parametrize("text,word,linked", [
    # a foreign minister is neither the Prime Minister nor another namesake named once
    (BRIEFING, "AL-SABAH", False),
    # a reporter named only later is not "FOREIGN MINISTER PARK"
    ("FOREIGN MINISTER PARK: Thank you.\n\nMR PRICE: We'll turn to Park Hyunyoung with JoongAng Ilbo.\n\n",
     "PARK", False),
    # a label names one person in every turn: namesakes named after its first turn are no one's label
    ("FOREIGN MINISTER PARK: Welcome.\n\nMR PRICE: We'll turn to Park Hyunyoung with JoongAng Ilbo.\n\n"
     "FOREIGN MINISTER PARK: Thank you.\n\n", "PARK", False),
    ("FOREIGN MINISTER AL-SABAH: Welcome.\n\nWe met Sheikh Sabah Al-Khaled Al-Sabah and Mishal Al-Sabah today.\n\n"
     "FOREIGN MINISTER AL-SABAH: Thank you.\n\n", "AL-SABAH", False),
    # the one person of that name named before, untitled, is still "Secretary Hegseth"
    ("Pete Hegseth arrived in Tokyo on Monday. Later, Secretary Hegseth met the minister.", "Hegseth", True),
])
def test_a_titled_surname_links_only_to_a_fitting_namesake(text: str, word: str, linked: bool) -> None:
    found = people(text)
    assert word in found
    assert (found[word] != word.lower()) is linked


@pytest.mark.parametrize("text,word,kind", [
    ("A settlement with Keysight Technologies, Inc. (Keysight) was reached. Keysight will pay a penalty.",
     "Keysight", "organization"),
    ("Later, Smith said the deal was done.", "Smith", "person"),
])
def test_a_company_short_name_is_no_person(text: str, word: str, kind: str) -> None:
    kinds = {m.type for m in find_entities(text, EMPTY_REGISTRY)[0] if m.text == word}
    assert kinds == {kind}


@pytest.mark.parametrize("text,linked", [
    ("President Jane Okafor arrived on Monday. The President met the press.", True),
    # a role inside another office names no one of the article
    ("President Jane Okafor arrived. She met the Special Assistant to the President and Senior Director.", False),
])
def test_a_bare_role_inside_another_office_is_no_one(text: str, linked: bool) -> None:
    found = find_entities(text, EMPTY_REGISTRY)[0]
    roles = [m for m in found if m.text == "President" and m.type == "person"]
    assert bool(roles) is linked
    assert all(m.entity == "jane-okafor" for m in roles)


@pytest.mark.parametrize("text,word,linked", [
    # one office in two spellings: an abbreviated title first, the word spelt out later
    ("Sen. Mark Ellison, a Democrat, spoke Tuesday. Later, Senator Ellison left.", "Ellison", True),
    ("Capt. Dana Reyes led the crew. Captain Reyes turned back.", "Reyes", True),
    ("Detective Sgt. Maria Cruz said the case was open. Sergeant Cruz said more.", "Cruz", True),
    ("Secretary of State Antony Blinken traveled.\n\nSECRETARY BLINKEN: Thank you.", "BLINKEN", True),
    # a misread title ("Affairs Ms.") holds no office; untitled namesakes are chosen among as usual
    ("Joining us is Assistant Secretary for Cultural Affairs Ms. Lee Sutton.\n\n"
     "ASSISTANT SECRETARY SUTTON: Thank you.", "SUTTON", True),
    ("Speakers: Daniel J. Kortland and Dan Kortland of the bureau.\n\n"
     "ASSISTANT SECRETARY KORTLAND: Thank you.", "KORTLAND", True),
    # another office is another person
    ("Prime Minister Sabah Al-Khaled Al-Sabah met them.\n\nFOREIGN MINISTER AL-SABAH: Thank you.", "AL-SABAH", False),
])
def test_a_title_in_another_spelling_is_the_same_office(text: str, word: str, linked: bool) -> None:
    found = people(text)
    assert word in found
    assert (found[word] != word.lower()) is linked


@pytest.mark.parametrize("text,linked", [
    # a bare title before anyone holding it is named: the publisher's own office holder as often as not
    ("This is one part of the President’s approach. Separately, President Félix Tshisekedi met the envoy.", False),
    # after the holder is named, the title is that person
    ("President Félix Tshisekedi met the envoy. Later the President spoke to reporters.", True),
])
def test_a_bare_title_links_only_back_to_a_named_holder(text: str, linked: bool) -> None:
    mentions = find_entities(text, EMPTY_REGISTRY)[0]
    bare = [m for m in mentions if m.text == "President"]
    assert [m.entity for m in bare] == (["felix-tshisekedi"] if linked else [])


def test_a_program_named_after_someone_is_not_them() -> None:
    # issue 8 (round 2): the people list reads a programme's name as no mention of the person it
    # honours (things.py); the person named on their own stays
    assert "Andy Warhol" not in people("The Polaroids were all donated by the Andy Warhol Photographic Legacy Program.")
    assert "Andy Warhol" in people("Andy Warhol took the Polaroids himself.")


@pytest.mark.parametrize("text,expected", [
    # a namesake named as a relative ("his father …") is not who the surname alone means
    ("Ahmed Mohamed, 14, was arrested at school. His father Mohamed El-Hassan Mohamed said he was proud. "
     "Supporters tweeted to Mohamed on Monday.", "ahmed-mohamed"),
    # with no kinship word, the nearest full name before it, as before
    ("Ahmed Mohamed, 14, was arrested at school. The lawyer Mohamed El-Hassan Mohamed said he was proud. "
     "Supporters tweeted to Mohamed on Monday.", "mohamed-el-hassan-mohamed"),
])
def test_a_shared_surname_is_not_a_relatives(text: str, expected: str) -> None:
    mentions = find_entities(text, EMPTY_REGISTRY)[0]
    last = max((m for m in mentions if m.text == "Mohamed"), key=lambda m: m.start)
    assert last.entity == expected
