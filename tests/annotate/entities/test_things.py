"""things.py: person shapes that name a product, a religion or a web site, or that belong to a
programme's or a company's name. Sentences are written for the test; names are invented."""

from __future__ import annotations

import pytest

from tests.annotate.entities.helpers import people, spans


@pytest.mark.parametrize("text,thing", [
    ("Users of Chrome were hit by the flaw, the firm said.", "Chrome"),
    ("Mozilla Firefox gained users last month.", "Mozilla Firefox"),
    ("The rituals reflect Islam’s commitment to equality.", "Islam"),
    ("The mixer Blender was sanctioned. Blender.io is blocked.", "Blender"),
    ("She is a fellow of the Charles B. Rangel International Affairs Program.", "Charles B. Rangel"),
    ("The Andy Warhol Photographic Legacy Program gave prints away.", "Andy Warhol"),
    # a list of names that a programme's word follows: each names a programme, not a town or a person
    ("He ran the Pickering, Rangel, and Payne fellowship programs.", "Rangel"),
    ("He ran the Pickering, Rangel, and Payne fellowship programs.", "Pickering"),
    ("We expanded the Pickering and Rangel fellowships.", "Pickering"),
    ("She is proud of the Pickering, Rangel, and Payne Fellows here.", "Rangel"),
])
def test_thing_is_no_person(text: str, thing: str) -> None:
    assert thing not in people(text)


@pytest.mark.parametrize("text,organization", [
    ("Aspen Pharma said prices rose in May.", "Aspen Pharma"),
    ("It was built by B.L. Harbert International of Birmingham.", "B.L. Harbert International"),
    ("It was designed by Davis Brody Bond Architects last year.", "Davis Brody Bond Architects"),
    # the firm without its company word (data/organizations.txt)
    ("The embassy was designed by Davis Brody Bond with a contractor.", "Davis Brody Bond"),
    ("The Andy Warhol Foundation funded the show.", "Andy Warhol Foundation"),
])
def test_company_named_after_someone_is_an_organization(text: str, organization: str) -> None:
    assert (organization, "organization") in [(t, kind) for t, kind, _ in spans(text)]


@pytest.mark.parametrize("text,person", [
    # a surname that is a religion's name, of a person named in full
    ("Sheikh Mohammed Tariqul Islam spoke. Islam said the work goes on.", "Mohammed Tariqul Islam"),
    ("The press met Tariqul Islam on Monday, said Tariqul Islam.", "Tariqul Islam"),
    # a surname the article also writes as the person's own web address (an interview's plug)
    ("We spoke to the author Jane Kettering. Kettering said readers find her at Kettering.com.", "Kettering"),
    ("Wikinews: Where can fans reach you? Tom Varga: Varga.io has it all. Varga laughed.", "Varga"),
    # a person, then a capitalised word that is no programme's or company's
    ("Andy Warhol took photos of friends on Monday.", "Andy Warhol"),
    ("Jane Roe met Tom Lee in Boston on Monday.", "Tom Lee"),
    # a list of names that no programme's word follows
    ("She met Pickering, Rangel and Payne on Monday.", "Pickering"),
])
def test_people_stay(text: str, person: str) -> None:
    assert person in people(text)
