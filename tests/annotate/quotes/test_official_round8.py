"""Official prose, round 8 (issue 9): State Department statements and briefings, speaker classes.

Classes: "the Court" / "the Commission" in official prose is the body the article named in full
with that noun ("The Permanent Court of Arbitration … The Court stressed …"), even when the entity
detector left the full name unmarked, not whichever organization was named last; a questioner's
echo of the addressee's words ("– that was your quote –") is the addressee's; a list of names that
spells out the subject right before the cue ("the Arctic Council, meaning Norway, Canada, Denmark
concluded:") is not the speaker, the phrase it spells out is; the object of "quote" is the source
("Let me quote the Secretary: “…”", "… quote a brief excerpt from the X statement. I quote: “…”");
a possessive descriptor names its owner when the possessive's pronoun resolves to a name ("Her
office said" → "Mary Jones’s office"; "my mother" in a turn → the turn speaker's mother), and stays
as written when it does not (CONVENTIONS.md, "Possessive descriptors").

Each end-to-end case: (text, the quote's first words, the speaker shown); unit cases for the name
finder: (text, head noun, the full name found or None).
"""

from __future__ import annotations

import pytest

from site_builder.annotate.quotes.short_names import full_name_before
from tests.annotate.quotes.helpers import speaker_of

CASES = [
    ('The Permanent Court of Arbitration ruled on Tuesday in the fisheries dispute. The Court noted the harm done by '
     'the Kremlin’s trawlers. The Court further stressed its awareness of “the scale of the losses in the region.”',
     'the scale', 'Permanent Court of Arbitration'),
    ('We welcome the order of the Inter-American Court of Human Rights. The Court called the detentions '
     '“arbitrary and unlawful.”', 'arbitrary', 'Inter-American Court of Human Rights'),
    # negative: a marked organization named with the noun still wins
    ('The European Commission met on Monday. The Commission called the plan “a good start.”', 'a good start',
     'European Commission'),
]


@pytest.mark.parametrize(("text", "first_words", "speaker"), CASES)
def test_official_speakers(text: str, first_words: str, speaker: str | None) -> None:
    assert speaker_of(text, first_words) == speaker


NAMES = [
    ('The International Court of Justice today issued a ruling. And the Court expressed concern.', 'court',
     'International Court of Justice'),
    ('Judges of the U.S. Court of Appeals for the Ninth Circuit heard it. The Court said', 'court',
     'U.S. Court of Appeals for the Ninth Circuit'),
    ('The Court of Justice’s order was read out. The Court said', 'court', 'Court of Justice'),
    # negatives: the noun after "the" / a sentence opener only, a lower-case court, a name inside a quote
    ('And the Court said so. Then the Court did', 'court', None),
    ('A federal court ruled. The court said', 'court', None),
    ('“Take it to the Supreme Court,” she said. The Court said', 'court', None),
]


@pytest.mark.parametrize(("text", "head", "name"), NAMES)
def test_full_name_before(text: str, head: str, name: str | None) -> None:
    quotes = [(i, text.index("”", i)) for i, c in enumerate(text) if c == "“"]
    found = full_name_before(text, head, len(text), 3000, lambda pos: any(a <= pos < b for a, b in quotes))
    assert (text[found[0] : found[1]] if found else None) == name


# A questioner hands the briefer's words back, marked as theirs ("– that was your quote –", "to use
# your words"): the words of the one addressed, the briefer answering
ECHOES = [
    ('MR PRICE: We remain committed to the talks.\n\nQUESTION: Does being “committed to the talks” – that was '
     'your quote – mean you will send the deal to Congress?\n\nMR PRICE: We will consult Congress.',
     'committed to the talks', 'Price'),
    ('MR PRICE: We will hold them to account.\n\nQUESTION: To use your words, what does “hold them to account” '
     'mean here?\n\nMR PRICE: It means sanctions.', 'hold them', 'Price'),
    # negative: outside a transcript no one is addressed, so no speaker (never "you")
    ('Does being “committed to the talks” – that was your quote – mean you will send the deal to Congress?',
     'committed to the talks', None),
]


@pytest.mark.parametrize(("text", "first_words", "speaker"), ECHOES)
def test_echo_is_the_addressee(text: str, first_words: str, speaker: str | None) -> None:
    assert speaker_of(text, first_words) == speaker


LISTS = [
    ('The previous meeting of the Arctic Council, meaning Norway, Canada, Denmark concluded: “We reiterate that '
     'cooperation is the only way forward.”', 'We reiterate', 'the Arctic Council'),
    ('The Nordic Council, including Sweden, Finland and Iceland concluded: “We reaffirm our support for the treaty.”',
     'We reaffirm', 'the Nordic Council'),
    # negatives: a list closed by a comma (an aside) as before; one name after "including" is no list
    ('The Arctic Council, including Norway, Canada and Denmark, concluded: “We reiterate that cooperation is the only '
     'way forward.”', 'We reiterate', 'Arctic Council'),
    ('Several officials, including John Smith said: “We reiterate that cooperation is the only way forward.”',
     'We reiterate', 'John Smith'),
]


@pytest.mark.parametrize(("text", "first_words", "speaker"), LISTS)
def test_list_spelling_out_the_subject(text: str, first_words: str, speaker: str | None) -> None:
    assert speaker_of(text, first_words) == speaker


QUOTING = [
    ('QUESTION: Let me quote John Smith: “We reaffirm the importance of the treaty.” What do you say?\n\n'
     'MR PRICE: Nothing to add.', 'We reaffirm', 'John Smith'),
    ('QUESTION: I would like to quote a brief excerpt from the Foreign Ministry statement on your visit. I quote: '
     '“We reaffirm the importance of the treaty.” What do you say?\n\nMR PRICE: Nothing to add.', 'We reaffirm',
     'the Foreign Ministry statement'),
    # negatives: "and I quote" marks the quote only, the cue's subject speaks; "quote you" is no source
    ('John Smith said, and I quote, “We reaffirm the importance of the treaty.”', 'We reaffirm', 'John Smith'),
    ('I quote you all the time. Mary Jones said: “We reaffirm the importance of the treaty.”', 'We reaffirm',
     'Mary Jones'),
]


@pytest.mark.parametrize(("text", "first_words", "speaker"), QUOTING)
def test_quoted_source(text: str, first_words: str, speaker: str | None) -> None:
    assert speaker_of(text, first_words) == speaker


OWNERS = [
    ('Mary Jones lost the race on Tuesday. Her office said she would “wait for every legal vote.”', 'wait',
     'Mary Jones’s office'),
    ('John Smith conceded. His campaign called the result “a setback.”', 'a setback', 'John Smith’s campaign'),
    # negatives: an owner the article does not name stays as written
    ('A defector crossed the border. His commanding officer called him “a coward.”', 'a coward',
     'His commanding officer'),
    ('The union voted on Friday. Its president called it “the unfinished business of the contract.”',
     'the unfinished', 'Its president'),
]


@pytest.mark.parametrize(("text", "first_words", "speaker"), OWNERS)
def test_possessive_owner(text: str, first_words: str, speaker: str | None) -> None:
    assert speaker_of(text, first_words) == speaker
