"""linking.drop_non_people: a holiday's name is no person, also where its second word stands alone
after the holiday word ("celebrating Eid al-Adha ... Eid Mubarak": "al-Adha" read as a surname and
spread). Text written for these tests after the corpus statements; negatives keep real people."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people

EID = ("On behalf of the United States, I extend my warmest wishes to all those celebrating Eid al-Adha "
       "in the United States and around the world.\n\nAs we mark Eid al-Adha this year, the pandemic "
       "continues to restrict the ways in which members of religious communities observe holy days.\n\n"
       "I wish you all a happy Eid al-Adha. Eid Mubarak and Hajj Mabrour.\n")


def test_eid_al_adha_is_no_person_with_a_later_greeting() -> None:
    assert not any("Adha" in p for p in people(EID))


@pytest.mark.parametrize(("text", "person"), [
    ("On Easter Sunday, Maria Lopez led the choir at St. Anne's.", "Maria Lopez"),
    ("Maria Lopez spent Easter at home. After Easter, Lopez returned to work.", "Lopez"),
    ("Before Thanksgiving Mayor Ann Price spoke at the shelter.", "Ann Price"),
])
def test_people_near_calendar_words_stay(text: str, person: str) -> None:
    assert person in people(text)
