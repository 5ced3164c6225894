"""Cited documents speak (quotes/cited_documents.py): the wording of a cited law, charter,
declaration, communique or formula is the text's own, through the whole pipeline (real entities).

Each case: (text, the quote's first words, the speaker shown)."""

from __future__ import annotations

import pytest

from site_builder.annotate.quotes.cited_documents import cited_document, named_document
from tests.annotate.quotes.helpers import speaker_of

CASES = [
    # a part of a named document, after the name or before it
    ('The Convention is inspired by Article 5 of the Universal Declaration of Human Rights and its core tenet: '
     '“No one shall be subjected to torture.”', 'No one', 'Universal Declaration of Human Rights'),
    ('He always mentioned that that great inscription in the Declaration of Independence, to “hold these truths to be '
     'self-evident, that all men are created equal,” became a mantra.', 'hold these', 'Declaration of Independence'),
    ('The preamble of the Charter: “We the peoples of the United Nations.”', 'We the', 'Charter'),
    ('The Charter’s preamble reads: “We the peoples of the United Nations.”', 'We the', 'Charter'),
    # a numbered part as the subject of a document's verb
    ('Article 5 states: “No one shall be subjected to torture.”', 'No one', 'Article 5'),
    # a formula "that goes"
    ('The mere fact of affirming the so-called Reagan-Gorbachev formula that goes “A nuclear war cannot be won and '
     'must never be fought” has been an important signal.', 'A nuclear', 'the so-called Reagan-Gorbachev formula'),
    # a document opening the sentence, an aside, a colon
    ('The U.S.-Europe communique, which includes the EU, France and Germany: “We reaffirm there is no military solution.”',
     'We reaffirm', 'The U.S.-Europe communique'),
    # cited in
    ('As enshrined in the Universal Declaration of Human Rights, “Everyone has the right to life.”', 'Everyone',
     'Universal Declaration of Human Rights'),
    ('As set out in the agreement, “the parties shall refrain from the threat of force.”', 'the parties', 'the agreement'),
    # a document part alone after a sentence that issued a document: its issuer
    ('UN Security Council issued a statement last week; of course, China is a permanent member of the council. '
     'The last sentence: “The members of the council reaffirmed there is no military solution.”', 'The members',
     'UN Security Council'),
    ('The White House released a readout of the call. Its final line: “The leaders agreed to stay in touch.”',
     'The leaders', 'White House'),
    # a document directing something, the quote inside its clause
    ('In March, the Taliban instituted an edict directing women to cover their faces and to only leave home when, '
     'quote, “necessary,” women protested.', 'necessary', 'an edict'),
    # negatives: the person who speaks, not a document near them
    ('The city passed a law requiring masks after Smith said the virus was “out of control.”', 'out of control', 'Smith'),
    ('Smith, directing traffic, shouted “Stop!”', 'Stop', 'Smith'),
    ('Smith, who signed the Charter, said: “We will not back down.”', 'We will', 'Smith'),
    ('“We will not back down,” Smith said of the Charter’s preamble.', 'We will', 'Smith'),
    ('The Charter, Smith said: “We will not back down.”', 'We will', 'Smith'),
]


@pytest.mark.parametrize(("text", "first_words", "speaker"), CASES, ids=[c[0][:50] for c in CASES])
def test_speaker(text: str, first_words: str, speaker: str | None) -> None:
    assert speaker_of(text, first_words) == speaker


# (text before the quote mark, cited?): the module alone
FINDS = [
    ('Article 5 of the Universal Declaration of Human Rights and its core tenet: ', True),
    ('the inscription in the Declaration of Independence, to ', True),
    ('As enshrined in the Charter, ', True),
    ('the formula that goes ', True),
    # a part noun with no document named with it, or no document's part
    ('its core tenet: ', False),
    ('The motto of the school: ', False),
    ('the Smith family and its motto: ', False),
    ('the line from Smith: ', False),
    # a document too far from the quote, or a cue in the aside
    ('The preamble of the Charter was read aloud before Smith said: ', False),
    ('The report, Smith said: ', False),
    # a part alone with no document issued in the sentences before
    ('Smith gave a long speech. The last sentence: ', False),
    ('The council issued a statement. The last sentence: ', True),
    # "that goes" after no document
    ('the song that goes ', False),
]


@pytest.mark.parametrize(("before", "cited"), FINDS, ids=[f[0][:40] for f in FINDS])
def test_cited_document(before: str, cited: bool) -> None:
    text = before + "“We the peoples.”"
    k = before.rfind(". ")
    sent_lo = k + 2 if k >= 0 else 0
    assert (cited_document(text, sent_lo, sent_lo, len(before), [0] if sent_lo else []) is not None) is cited


NAMES = [
    ('inspired by the Universal Declaration of Human Rights', 'Universal Declaration of Human Rights'),
    ('inspired by Article 5 of the Convention against Torture', 'Convention against Torture'),
    ('a visit by the Smith Family', None),  # no document noun in the name
    ('under the law', None),  # not capitalised
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_named_document(text: str, name: str | None) -> None:
    p = named_document(text, 0, len(text))
    assert (text[p.start : p.end] if p is not None else None) == name
