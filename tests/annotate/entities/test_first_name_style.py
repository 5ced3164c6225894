"""linking.py: a lone given name in an article that calls people by first name is the person
whose given name it is, not one whose surname it is; a "BIN ZAYED:" name is the full name that
holds it. Sentences are written for the test; names are invented where they can be."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import spans


def _ids(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for t, kind, i in spans(text):
        if kind == "person":
            out.setdefault(t, set()).add(i)
    return out


@pytest.mark.parametrize("text,word,full", [
    ("We lost Colin Powell and George Shultz. Suzy George, my chief of staff, joined. "
     "Colin laughed. George spoke next.", "George", "George Shultz"),
    ("We remember Madeleine Albright and Henry Kissinger. Ann Henry, my aide, came. "
     "Madeleine smiled. Henry wept.", "Henry", "Henry Kissinger"),
])
def test_given_name_over_surname(text: str, word: str, full: str) -> None:
    ids = _ids(text)
    assert ids[word] == ids[full]


@pytest.mark.parametrize("text,word,full", [
    # no other lone given name: the article does not call people by first name
    ("We lost George Shultz. Suzy George, my chief of staff, joined. George spoke next.",
     "George", "Suzy George"),
])
def test_surname_without_first_name_style(text: str, word: str, full: str) -> None:
    ids = _ids(text)
    assert ids[word] == ids[full]


@pytest.mark.parametrize("text,label,full", [
    ("Sheikh Mohammed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi\n\nSECRETARY BLINKEN: Hello."
     "\n\nCROWN PRINCE BIN ZAYED: Thank you.", "BIN ZAYED", "Mohammed bin Zayed Al Nahyan"),
])
def test_patronymic_label_is_the_full_name(text: str, label: str, full: str) -> None:
    ids = _ids(text)
    assert ids[label] == ids[full]


def test_two_people_with_the_patronymic_stay_apart() -> None:
    ids = _ids("Khalid bin Salman met Faisal bin Salman Al Saud and Turki bin Salman Al Saud. BIN SALMAN: Hello.")
    assert len(ids.get("BIN SALMAN", {"x"}) & (ids.get("Faisal bin Salman Al Saud", set()) | ids.get("Turki bin Salman Al Saud", set()))) == 0
