"""Round 7 (issue 9, corpus dev set): names and titles that read like words, as (text, quotes
expected) tables with negatives. Sentences written for these tests, none taken from the corpus.

Classes (CONVENTIONS.md: titles of events, panels, programmes and reports, and slogans with no
speaker, are out):
* the title or topic of an event, programme or work, in sentence case and long enough to pass for
  speech, after its noun ("a panel discussion on “…”", "the project “…”", "topics such as “…”",
  "focused on “…”");
* a stock line named a motto, mantra or slogan right before it ("Our mantra has been: “…”");
* a thing's name after a passive naming verb ("what’s called a “sunset clause”");
and one miss: a commitment frame ("committed to “hold Russia accountable”") is a partial quote like a pledge."""

from __future__ import annotations

import pytest

from site_builder.annotate.quotes.filters import motto_before, passive_naming, work_named_before
from tests.annotate.quotes.helpers import run

CASES: list[tuple[str, list[str]]] = [
    # the title or topic of an event, programme or work
    ("Secretary Blinken will join a panel discussion on “Countering disinformation and protecting the "
     "integrity of information in a digital age” at the forum.", []),
    ("The grant supports the project “Empowering young women leaders through mentorship and digital skills "
     "in rural towns.”", []),
    ("The workshop focused on “strengthening the capacity of civil society to monitor elections in the region "
     "and beyond.”", []),
    ("The course covers topics such as “conflict prevention, mediation and negotiation, and reconstruction "
     "after a war in fragile states.”", []),
    ("The report, “Hidden in plain sight: how smuggling networks exploit the pandemic and what can be done,” "
     "was released today.", []),
    ("This year’s session is centered on “the use of digital evidence in criminal justice and the fight "
     "against crime online in all its forms.”", []),
    # negatives: a document that speaks, a cue, a work's words after a cue
    ("The statement called on all parties to “exercise maximum restraint and return to the negotiating "
     "table without delay.”", ["“exercise maximum restraint and return to the negotiating table without delay.”"]),
    ("Smith said the report “shows that the program is working far better than anyone had expected.”",
     ["“shows that the program is working far better than anyone had expected.”"]),
    ("At the panel, Smith said, “We will not let disinformation win in this region or anywhere else.”",
     ["“We will not let disinformation win in this region or anywhere else.”"]),
    # a stock line named a motto, mantra or slogan before it
    ("MR SMITH: We have a motto here: “Diplomacy first.”", []),
    ("MR SMITH: Our mantra has been: “Nothing about Ukraine without Ukraine.”", []),
    ("MR SMITH: The slogan of the campaign is “Vote for your future.”", []),
    # negatives: the motto words with their cue after them; a message is speech
    ("“Diplomacy first,” Smith said of the department’s motto.", ["“Diplomacy first,”"]),
    ("MR SMITH: Our message to the Kremlin is clear: “Stop the war.”", ["“Stop the war.”"]),
    # a thing's name after a passive naming verb
    ("MR SMITH: The agreement includes what’s called a “sunset clause” for these provisions.", []),
    ("MR SMITH: They have set up what is called a “filtration camp” near the city.", []),
    ("MR SMITH: This is what’s known as “transnational repression.”", []),
    # negative: what someone called it is their words
    ("MR SMITH: What President Putin called a “special military operation” is a war.", ["“special military operation”"]),
    # a commitment is a reporting frame like a pledge (frames: data/partial_frames.txt): the wording
    # committed to is quoted from whoever committed
    ("The two leaders committed to “hold Russia accountable” for its crimes.", ["“hold Russia accountable”"]),
    ("The government committed to halt “all pending appointments” until the review ends.", ["“all pending appointments”"]),
    # every form of a frame verb the data lists: "spoken of" as "spoke of"
    ("QUESTION: You have spoken of a “decisive decade” for the world. Why?\n\nMR SMITH: Because.", ["“decisive decade”"]),
    # negatives: a determiner makes it a term; no quote marks, no quote
    ("The ministers committed to the “two-state solution” once more.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:50] for t, _ in CASES])
def test_named_things(text: str, expected: list[str]) -> None:
    quotes, _ = run(text)
    assert [q.text for q in quotes] == expected


def _start(text: str) -> int:
    return text.index("“")


@pytest.mark.parametrize(("text", "named"), [
    ("a panel discussion on “Countering …”", True),
    ("the project “Empowering …”", True),
    ("topics such as “conflict …”", True),
    ("the Conference of the Parties on “climate …”", True),
    ("a strategic dialogue on “Advancing shared …”", True),
    ("the Memorandum of Understanding on “cooperation in …”", True),
    ("a resolution on the “Situation of human rights in …”", True),
    ("under the pillar “People and planet …”", True),
    ("the statement “We condemn …”", False),
    ("adopted the resolution “Promotion and protection of …”", True),
    ("the declaration “our shared …”", False),  # a document bare before its words may be speaking
    ("the novel “addresses abuse”", False),  # a lower-case opening after a bare noun: the work's words
    ("Smith said on “Tuesday”", False),
])
def test_work_named_before(text: str, named: bool) -> None:
    assert work_named_before(text, _start(text)) is named


@pytest.mark.parametrize(("text", "motto"), [
    ("Our mantra has been: “…”", True),
    ("The slogan of the campaign is “…”", True),
    ("the mottos of the club were: “…”", True),
    ("Our message is clear: “…”", False),
    ("The slogan was printed everywhere, and Smith said: “…”", False),
])
def test_motto_before(text: str, motto: bool) -> None:
    assert motto_before(text, _start(text)) is motto


@pytest.mark.parametrize(("text", "naming"), [
    ("what’s called a “…”", True),
    ("what are known as “…”", True),
    ("something called “…”", True),
    ("what Putin called a “…”", False),
    ("what he has called a “…”", False),
])
def test_passive_naming(text: str, naming: bool) -> None:
    assert passive_naming(text, _start(text)) is naming
