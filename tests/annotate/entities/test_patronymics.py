"""patronymics.py: names built with "bin"/"bint" ("Abdullah bin Zayed"), and linking's prefix of a
longer such name. Sentences are written for the test; the names are public figures' or invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people, spans


@pytest.mark.parametrize("text,names", [
    ("Abdullah bin Zayed and Mohammed bin Zayed met on Monday.", ["Abdullah bin Zayed", "Mohammed bin Zayed"]),
    ("Blinken met Abdullah bin Zayed on Monday.", ["Abdullah bin Zayed"]),
    ("He met Sheikh Abdullah bin Zayed bin Sultan Al Nahyan today.", ["Abdullah bin Zayed bin Sultan Al Nahyan"]),
    ("Princess Reema bint Bandar bin Sultan bin Abdulaziz Al Saud signed.", ["Reema bint Bandar bin Sultan bin Abdulaziz Al Saud"]),
])
def test_patronymic_names_are_whole(text: str, names: list[str]) -> None:
    assert [n for n in people(text) if n in names] == names


@pytest.mark.parametrize("text,absent", [
    # an institution's name holding the patronymic name stays out of it
    ("The Mohamed bin Mubarak Al Khalifa Academy trains officers.", "Mohamed bin Mubarak Al Khalifa Academy"),
    # a lower-case word before the particle opens no name
    ("He lived in bin Zayed street.", "bin Zayed"),
    # a particle written with a capital is left to the model
    ("The Bin Zayed Foundation gave money.", "Bin Zayed"),
])
def test_refused(text: str, absent: str) -> None:
    assert absent not in people(text)


def test_prefix_of_a_longer_name_is_that_person() -> None:
    text = ("We congratulate Sheikh Mohamed bin Zayed Al Nahyan on his election. As Crown Prince, Sheikh "
            "Mohamed bin Zayed has been a partner.")
    ids = {t: i for t, kind, i in spans(text) if kind == "person"}
    assert ids["Mohamed bin Zayed"] == ids["Mohamed bin Zayed Al Nahyan"]


def test_two_brothers_stay_apart() -> None:
    ids = {t: i for t, kind, i in spans("Abdullah bin Zayed and Mohammed bin Zayed met.") if kind == "person"}
    assert ids["Abdullah bin Zayed"] != ids["Mohammed bin Zayed"]
