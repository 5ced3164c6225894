"""romanised_names.py: family-name-first names with a hyphenated romanised given name ("Leung
Che-cheung", "Noh Kyu-duk"). Sentences are written for the test after the archive's Hong Kong and
Korean articles; the names are public figures'."""

from __future__ import annotations

import pytest

from site_builder.annotate.entities.romanised_names import romanised_given
from tests.annotate.entities.helpers import people

_LIST = ("The pro-Beijing camp candidates elected were New People Party's Michael Tien, DAB's Ben Chan and "
         "Leung Che-cheung, FTU's Alice Mak and pro-establishment nonpartisan Junius Ho. Other candidates "
         "were also elected in the district.")


@pytest.mark.parametrize("text,names", [
    # the second name joined by "and" inside one run of capitals (issue 8)
    (_LIST, ["Michael Tien", "Ben Chan", "Leung Che-cheung", "Alice Mak", "Junius Ho"]),
    ("Alice Mak and Leung Che-cheung won seats in the council on Sunday.", ["Alice Mak", "Leung Che-cheung"]),
    # the family name repeated elsewhere ("Leung") is no reason to stop at it
    (_LIST + " Baggio Leung and Leung Kwok-hung were also elected.",
     ["Michael Tien", "Ben Chan", "Leung Che-cheung", "Alice Mak", "Junius Ho", "Baggio Leung", "Leung Kwok-hung"]),
    # after a title: neither the family name alone nor the given name alone
    ("The Secretary met Foreign Minister Chung Eui-yong and Vice Minister Choi Young-joon in Seoul.",
     ["Chung Eui-yong", "Choi Young-joon"]),
    ("The Special Representative met Noh Kyu-duk in Washington on Monday.", ["Noh Kyu-duk"]),
    # (the party after the name is part of the mention: extents.py)
    ("Pan-democrat Lam Cheuk-ting from the Democratic Party was elected.", ["Lam Cheuk-ting from the Democratic Party"]),
])
def test_romanised_names_are_whole(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize("text,absent", [
    # a part that is no syllable: an English compound after a capitalised word
    ("They will foster Inclusive and Sustainable Agriculture-led Economic Growth.", "Sustainable Agriculture-led"),
    ("The work goes through the White House-led Atrocity Prevention Board.", "House-led"),
    ("Consular staff in Embassy Port-au-Prince were added.", "Embassy Port-au"),
    ("He welcomed the United States-developed COVID-19 plan.", "States-developed"),
    # a stop word before the given name opens no name
    ("In Ho-ping the floods rose.", "In Ho-ping"),
])
def test_refused(text: str, absent: str) -> None:
    assert not any(absent in p for p in people(text))


@pytest.mark.parametrize("word,given", [
    ("Che-cheung", True), ("Kyu-duk", True), ("Ing-wen", True), ("Jong-un", True),
    ("Agriculture-led", False), ("Port-au", False), ("Chan-o", False), ("Che-Cheung", False), ("che-cheung", False),
    ("Co-operation", False), ("Ho-hum", False),
])
def test_romanised_given(word: str, given: bool) -> None:
    assert romanised_given(word) is given

