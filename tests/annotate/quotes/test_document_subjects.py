"""Issue 9, release 9: documents that open their sentence speak for the quote in it.

* a narrowed document (a participle or a name and a participle after its noun) past up to three
  modifiers: "A 2006 council resolution honoring her described …", "An internal memo circulated
  to donors … and obtained by POLITICO warns …" (the memo, not the outlet that obtained it);

* a document a relative pronoun takes up, with the phrase saying whose it is: "announced in a
  statement from the family, which said he died “…”" (not "he": a pronoun and a word after
  "said" open the reported clause);

* a document opening its sentence past an aside between commas ("The affidavit of probable cause,
  filed by …, said the gunman “…”", not "the gunman"), a relative clause or a time with no comma
  ("A Star Tribune editorial at the time called …", not "the time"), or as the subject of a cue
  coordinated with its first verb ("The report lists … on which the union says …, and describes");

* "The Nevada Republican Party said": an organization's own name as written, not the latest party;

* "a person familiar with the negotiations", "a source close to the talks": the descriptor whole;

* "this year's confirmed deaths": a word in -ed after a noun's possessive is no cue (a
  contraction's "she's stated" still is);

* "A parents' group that has opposed …, Pomeroy Families for Choice, posted": the body's own name
  in apposition after a descriptor;

and the negatives: a person opening the sentence speaks, a modifier that is no document noun is no
document ("A council member honoring her described …").

Each case: (text, the quote's first words, the speaker shown).
"""

from __future__ import annotations

import pytest

from site_builder.annotate.quotes.nominals import _proper_name
from tests.annotate.quotes.helpers import speaker_of

CASES = [
    ('Over the years the room received small grants. A 2006 council resolution honoring her described the reading room '
     'as “a refuge, a classroom and a lending library.”', 'a refuge', 'a 2006 council resolution honoring her'),
    ('The campaign’s polling tells a similar story. An internal memo circulated to donors this month and obtained by '
     'POLITICO warns that the message has “lost much of its force with younger voters” and urges a pivot.',
     'lost much', 'an internal memo circulated to donors this month'),
    # a document a relative pronoun takes up speaks, with the phrase saying whose it is
    ('His death was announced in a statement from the family, which said he died “peacefully, with a game on the radio.”',
     'peacefully', 'a statement from the family'),
    # a subject that issued it still speaks through it
    ('The board replied in a letter from its chairman, which said the plan was “not feasible.”', 'not feasible', 'the board'),
    # negatives: "said he died": the pronoun opens the reported clause, the name before the cue speaks
    ('John Smith called the ruling unfair and said he would “fight it in every court.”', 'fight it', 'John Smith'),
    ('Mary Jones said she would “never sign that letter.”', 'never sign', 'Mary Jones'),
    # a document opening its sentence, past an aside, a narrowing clause or a time, or coordinated
    ('The affidavit of probable cause, filed by homicide detectives a week after the shooting, said the gunman “never said '
     'a word” before he fired.', 'never said', 'the affidavit of probable cause'),
    ('A Star Tribune editorial at the time called the plan “the most ambitious bet any city has made,” and it was not '
     'popular.', 'the most ambitious', 'a Star Tribune editorial'),
    ('The memo in question, which was provided to The New York Times by a former member of his staff, warned that the plan '
     'would leave “a rural population with the highest disability ratings” without a clinic.', 'a rural population',
     'the memo in question'),
    ('The report lists 117 shifts on which the union says staffing fell short, and describes conditions as “unsafe by any '
     'reasonable standard.”', 'unsafe', 'the report'),
    # campaign mail and presentations are documents too (data/statement_nouns.txt)
    ('Campaign mail has been flying for weeks. A Pruitt mailer that landed in county mailboxes last week describes Rios as '
     '"a disgruntled ex-employee with no plan," a line Rios brought up herself.', 'a disgruntled', 'a Pruitt mailer'),
    ('A budget presentation prepared by the finance office projected a shortfall and described the reserves as “adequate '
     'for one year of disruption, not two.”', 'adequate', 'a budget presentation prepared by the finance office'),
    # an organization's own name the entity layer left unmarked is shown as written, not the latest party
    ('Democrats held the county. The Nevada Republican Party said in a statement that it was “confident that the results '
     'will look very different.”', 'confident', 'the Nevada Republican Party'),
    # a descriptor keeps "familiar with …" / "close to …" as it keeps a participle
    ('A person familiar with the negotiations, who asked not to be named, said the gap was wide. The person said the two '
     'sides were “not far apart on wages.”', 'not far apart', 'a person familiar with the negotiations'),
    ('A source close to the talks, who was not authorized to speak, said the deal was near. The source said it was “nearly '
     'done.”', 'nearly done', 'a source close to the talks'),
    # a word in -ed after a noun's possessive modifies the noun: no cue ("this year's confirmed deaths")
    ('The county said in its weekly report that about half of this year\'s confirmed deaths were people without homes, and '
     'that "nearly all indoor heat deaths occurred in homes without air conditioning."', 'nearly all', 'the county'),
    ('Mary Jones has said for years that the plan was “a mistake.”', 'a mistake', 'Mary Jones'),
    ('Mary Jones spoke first. She\'s stated many times that the plan was “a mistake.”', 'a mistake', 'Mary Jones'),
    # a body's own name in apposition after a descriptor no speaker phrase ends
    ("A parents' group that has opposed school vaccine requirements, Pomeroy Families for Choice, posted on Facebook on "
     'Friday that families "should weigh the risks for themselves and not be rushed by headlines."', 'should weigh',
     'Pomeroy Families for Choice'),
    # negatives: no descriptor opening the clause; lower-case words in apposition
    ('After weeks of talks over vaccine requirements, Pomeroy Families for Choice, posted on Facebook on Friday that '
     'families "should weigh the risks for themselves and not be rushed by headlines."', 'should weigh', None),
    # negatives: a cue inside the aside, a person after "and", a title after the noun
    ('The letter, John Smith said, was “a mistake from the start.”', 'a mistake', 'John Smith'),
    ('Acme Corp. cut 300 jobs. The company said the cuts were “painful but necessary.”', 'painful', 'Acme Corp.'),
    ('The report came out on Monday and Mary Jones said it was “deeply flawed.”', 'deeply flawed', 'Mary Jones'),
    # negatives: a person noun narrowed the same way is no document; a named person speaks
    ('Over the years the room received small grants. Mary Jones, honoring her, described the reading room as '
     '“a refuge, a classroom and a lending library.”', 'a refuge', 'Mary Jones'),
]


@pytest.mark.parametrize(("text", "first_words", "speaker"), CASES, ids=[c[0][:50] for c in CASES])
def test_speaker(text: str, first_words: str, speaker: str | None) -> None:
    assert speaker_of(text, first_words) == speaker


# "the" and two or more capitalised words: an organization's own name (shown as written when the
# entity layer left it unmarked); not "the party", "The Party" alone, "the regional water authority"
PROPER = [
    ("The Nevada Republican Party", True),
    ("the Wexford Heights Lodge", True),
    ("The Party", False),
    ("the party", False),
    ("the regional water authority", False),
    ("the Nevada party", False),
    ("A Nevada Republican Party", False),
]


@pytest.mark.parametrize(("np_text", "proper"), PROPER)
def test_proper_name(np_text: str, proper: bool) -> None:
    assert _proper_name(np_text) is proper
