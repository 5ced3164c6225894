"""Round 10 classes: a son or father named by a shorter form of the other's full name keeps his own
id when the text marks him as another person (a generational suffix after the name, a kinship
noun before it). Sentences are written for the test; names are invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people, spans


def _ids(text: str) -> dict[str, str]:
    return {t: i for t, kind, i in spans(text) if kind == "person"}


@pytest.mark.parametrize("text,longer,shorter", [
    ("Ahmad Shah Darvan led the front until 2001. Today his son Ahmad Darvan leads it.",
     "Ahmad Shah Darvan", "Ahmad Darvan"),
    ("Patrick Vincent Harrigan founded the gang. Patrick Harrigan, Jr. now runs it, police said.",
     "Patrick Vincent Harrigan", "Patrick Harrigan"),
    ("Patrick Vincent Harrigan founded the gang. Patrick Harrigan Jr. now runs it, police said.",
     "Patrick Vincent Harrigan", "Patrick Harrigan Jr."),
    ("Omar Said Belkadi is a lawyer. His father, Omar Belkadi, was a judge.",
     "Omar Said Belkadi", "Omar Belkadi"),
])
def test_relative_keeps_own_id(text: str, longer: str, shorter: str) -> None:
    ids = _ids(text)
    assert ids[longer] != ids[shorter]


@pytest.mark.parametrize("text,longer,shorter", [
    # no mark of another person: the shorter form is the same man
    ("Ahmad Shah Darvan led the front until 2001. Ahmad Darvan was killed that year.",
     "Ahmad Shah Darvan", "Ahmad Darvan"),
    ("Patrick Vincent Harrigan founded the gang. Patrick Harrigan, police said, runs it.",
     "Patrick Vincent Harrigan", "Patrick Harrigan"),
    # a kinship noun before someone else: "his son" names Lena, not the later Ahmad Darvan
    ("Ahmad Shah Darvan met his daughter Lena Darvan. Ahmad Darvan smiled.",
     "Ahmad Shah Darvan", "Ahmad Darvan"),
])
def test_same_person_shares_id(text: str, longer: str, shorter: str) -> None:
    ids = _ids(text)
    assert ids[longer] == ids[shorter]


def test_suffixed_names_with_one_first_name_stay_apart() -> None:
    ids = _ids("Martin Luther Dane Jr. marched. Martin Orlo Jr. wrote about it.")
    assert ids["Martin Luther Dane Jr."] != ids["Martin Orlo Jr."]


def test_father_and_suffixed_son_stay_apart() -> None:
    ids = _ids("Her husband, Franklin Merle, fixed buses. Their son, Franklin Merle Jr., drives one.")
    assert ids["Franklin Merle"] != ids["Franklin Merle Jr."]


@pytest.mark.parametrize("text,person", [
    ("Also designated is her spouse Gleb Sergeevich Frank, a board member.", "Gleb Sergeevich Frank"),
    ("Anna Ivanovna Frank is being designated today.", "Anna Ivanovna Frank"),
])
def test_patronymic_is_followed_by_the_family_name(text: str, person: str) -> None:
    assert person in people(text)


@pytest.mark.parametrize("text,word,kind", [
    ("Officials in Washington said so. George Washington was the first president.", "Washington", "place"),
    ("George Washington was the first president. Washington crossed the river.", "Washington", "person"),
])
def test_preposition_keeps_the_place(text: str, word: str, kind: str) -> None:
    assert [k for t, k, _ in spans(text) if t == word] == [kind]


@pytest.mark.parametrize("text,word", [
    ("Designations under the Immigration and Nationality Act (INA) were revoked. As required by the INA, "
     "the Department reviews them.", "INA"),
    ("The Nuclear Test Authority (NTA) met. NTA said no.", "NTA"),
])
def test_bracketed_acronym_is_no_person(text: str, word: str) -> None:
    assert word not in people(text)


def test_acronym_the_words_do_not_spell_may_stay() -> None:
    # "(KAL)" after "Ina Garten" spells nothing: the rule says nothing about it
    assert "Ina Garten" in people("Ina Garten (KAL) cooks for guests.")


@pytest.mark.parametrize("text,not_person", [
    ("VESSEL NAME: Lapo  VESSEL TYPE: Hopper Barge  VESSEL FLAG: Russia", "Hopper Barge"),
    ("MR PRICE: Our next question will come from El Pais.  QUESTION: Thank you.", "El Pais"),
    ("I have been reading El País very attentively in recent days.", "El País"),
])
def test_vessels_and_newspapers_are_no_people(text: str, not_person: str) -> None:
    assert not_person not in people(text)


@pytest.mark.parametrize("text,person", [
    ("Dr. Hal Brands  Hal Brands is the Henry A. Kissinger Professor of Global Affairs. Hal has served.",
     "Hal Brands"),
])
def test_repeated_given_name_pair_is_one_name(text: str, person: str) -> None:
    assert person in people(text)


@pytest.mark.parametrize("text", [
    "Many Hong Kongers left. Hong Kongers say so. Hong Kongers agree.",  # a plural, no honorific
])
def test_repeated_plural_pair_is_no_name(text: str) -> None:
    assert not any("Kongers" in p for p in people(text))


def test_pair_written_in_lower_case_stays_cut() -> None:
    # the article writes "brands" in lower case: the rule says nothing about "Hal Brands"
    text = "Dr. Hal Brands  Hal Brands is a professor. Hal likes brands of tea."
    assert "Hal Brands" not in people(text)


@pytest.mark.parametrize("text,not_person", [
    ("She plays for the national wheelchair basketball team, known as the Gliders. We went as the Gliders "
     "team to Canada. The Gliders have never won.", "Gliders"),
])
def test_a_name_the_article_calls_a_team(text: str, not_person: str) -> None:
    assert not_person not in people(text)


def test_plural_name_never_called_a_team_is_untouched() -> None:
    # no "the Merles team" and no game story: the rule says nothing
    found = spans("The Merles came to dinner. Anna Merle cooked.")
    assert ("Merles", "organization") not in [(t, k) for t, k, _ in found]


_TRANSCRIPT = ("Thomas Jefferson Room\n\n{label}: Well, good morning, everyone.\n\nPRIME MINISTER HOLNESS: Thank you."
               "\n\nSECRETARY BLINKEN: Thank you very much.\n\nPRIME MINISTER HOLNESS: Yes.")


@pytest.mark.parametrize("label,person,not_person", [
    ("ECRETARY BLINKEN", "BLINKEN", "ECRETARY BLINKEN"),  # "SECRETARY" with its first letter cut
    ("PEAKER BLINKEN", "BLINKEN", "PEAKER BLINKEN"),  # "SPEAKER"
])
def test_label_title_cut_by_a_letter(label: str, person: str, not_person: str) -> None:
    found = people(_TRANSCRIPT.format(label=label))
    assert person in found and not_person not in found


def test_label_name_that_is_no_cut_title_stays() -> None:
    assert "ANNA BLINKEN" in people(_TRANSCRIPT.format(label="ANNA BLINKEN"))
