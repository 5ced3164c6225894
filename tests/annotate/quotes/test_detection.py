"""Table-driven quote detection on made-up news sentences (issue 9, brief qspans): which
marked stretches are quotes. Negatives first: scare quotes, titles, nicknames, words as words,
dates and numbers, slogans; then partial quotes in reporting frames, quotes over several
paragraphs, interrupted quotes, colon introductions, short answers, single marks."""

from __future__ import annotations

import pytest

from site_builder.annotate.quotes.frames import partial_frame
from site_builder.annotate.quotes.marks import find_marked_spans
from tests.annotate.quotes.helpers import body, run

NOT_QUOTES = [
    "Smith said the so-called “experts” had been wrong for years.",
    "Smith said he had watched “Saturday Night Live” on Sunday.",
    "The bill, known as the “Inflation Reduction Act,” passed on Monday, Smith said.",
    "Smith said the word “genocide” was never used.",
    "The operation, dubbed “Operation Lone Star,” began in March.",
    "Smith appeared on “Meet the Press” on Sunday.",
    "Smith, who goes by “Smitty,” said he would run.",
    "The rally's slogan, “Stop the Steal,” echoed across the lawn.",
    "Smith said the report, titled “A Nation at Risk,” was outdated.",
    "The panel, “Women in Leadership,” drew a large crowd, Jones said.",
    "Jones said the deadline was “March 15.”",
    "He described it as “1984.”",
    "Smith said the “new normal” was here to stay.",
    "The group calls itself “Moms for Liberty.”",
    "The law bans what critics call “Don’t Say Gay.”",
    "Smith cited the “three strikes” rule in his ruling.",
    "Trump's “America First” policy was debated.",
    "The “reset” failed within a year, Smith said later.",
    "Jones said she had been watching “Jeopardy!” every night.",
    "As Smith has said, this is the second time the firm has, quote/unquote, been “caught” doing it.",
    "This month we celebrate an important message: “You are Included.”",
    "Smith said he used “Roundup” on his lawn for years.",
    "Signs reading “USA! USA!” lined the street outside.",  # a slogan with no speaker (chanted by a group it is speech)
    "The city’s “emergency fund” was empty, the mayor said.",
    # a frame verb with no object names a thing; a passive frame with no agent names no one
    "Volunteers joined a group called “Mothers of the Valley” last spring.",
    "They watched a show called “Succession” last year.",
    "A new app called “Signal” was downloaded widely.",
    "Smith called it the film “Dune” on Monday.",
    "The brigade has been described as the “butchers of the valley.”",
    # a short quote far from its cue: a term after "as", a determiner, or a naming word
    "Smith said the board would recognize the two regions as “independent.”",
    "Smith said the rule would protect those perceived as “the other.”",
    "Smith said the council, otherwise known as the EPCC or “epic.”",
    "Smith said the key adjective there is “mutual.”",
    "What is “likely?” I mean, it either happened or it did not.",
    "The choice was not to describe this as “imminent” at the time.",
    "This is a new risk indicator, what we call the “D” indicator.",
    # single marks where the article has double marks, and apostrophes in a single-mark article
    "Smith said he read “the whole thing” and called it ‘fine’ afterwards.",
    "The dogs' owners said the O'Briens' house was empty in the '90s.",
    "Funds went to Hani ‘Abd-al-Majid Muhammad As’ad, a Yemeni accountant who has moved money.",
]


@pytest.mark.parametrize("text", NOT_QUOTES, ids=[t[:40] for t in NOT_QUOTES])
def test_not_a_quote(text: str) -> None:
    quotes, _ = run(text)
    assert [body(q) for q in quotes if "“the whole thing”" not in q.text] == []


PARTIAL = [
    ("Smith called it “reckless” and said he would vote against it.", ["reckless"]),
    ("Jones described the plan as “dead on arrival.”", ["dead on arrival"]),
    ("Smith said growth was “sluggish” in the third quarter.", ["sluggish"]),
    ("The governor vowed to “hold them accountable” for the spill.", ["hold them accountable"]),
    ("Jones warned of “catastrophic consequences” if the bill failed.", ["catastrophic consequences"]),
    ("The mayor called it a “disaster” and asked for help.", ["disaster"]),
    ("Smith branded him a “traitor” on Monday.", ["traitor"]),
    ("Smith accused Jones of “lying to the public.”", ["lying to the public"]),
    ("The union denounced the cuts as “cruel and unnecessary.”", ["cruel and unnecessary"]),
    ("Smith has repeatedly called the probe a “witch hunt” and a “hoax.”", ["witch hunt", "hoax"]),
    ("He said Russia would remain in the city “forever.”", ["forever"]),
    ("Jones said the company had been “less than honest” with regulators.", ["less than honest"]),
    ("The Economist labeled him as “the academic voice of the American worker.”", ["the academic voice of the American worker"]),
    ("Smith apologized for the “hurtful” remarks.", ["hurtful"]),
    ("Republicans blocked the bill, a move Democrats called “a dark day for democracy.”", ["a dark day for democracy"]),
    ("In what he called “the fight of our lives,” Smith urged voters to turn out.", ["the fight of our lives"]),
    ("The program, which Smith called “a total failure,” ended in May.", ["a total failure"]),
    ("The group’s leaders have been branded “extremists” by the authorities.", ["extremists"]),
    ("Asked about the remark, Smith said his words were “taken out of context.”", ["taken out of context"]),
    ("Explain what you mean by “the deal is dead.”", ["the deal is dead"]),
    ("Officials were “very concerned” about the outbreak, Smith said.", ["very concerned"]),
    ("The plan would “cut taxes for millions of families,” at least in theory, Smith said Tuesday.", ["cut taxes for millions of families"]),
    ("The inspector’s report found “no evidence of wrongdoing by any official.”", ["no evidence of wrongdoing by any official"]),
    ("Asked about the lawsuit, Smith’s lawyer was brief. Her response: “No comment.”", ["No comment"]),
    ("The company plans to “streamline operations” next year.", ["streamline operations"]),
    ("The group aims to help close “a gap between the courts and the public.”", ["a gap between the courts and the public"]),
    ("The board noted the finding that “the procedures were not followed” and a failure to “protect staff.”",
     ["the procedures were not followed", "protect staff"]),
    ("Hart warned that small businesses would be “crushed” by the new costs.", ["crushed"]),
    ("Smith thanked voters for their “incredible support.”", ["incredible support"]),
    ("Smith blamed the delay on “bureaucratic red tape.”", ["bureaucratic red tape"]),
    ("Smith’s message to voters was clear: “Show up.”", ["Show up"]),
    ("The company has struggled with what analysts describe as “a perfect storm of rising costs.”", ["a perfect storm of rising costs"]),
    ("Cooper said her party has supported the idea “for months” and would vote for it.", ["for months"]),
]


@pytest.mark.parametrize(("text", "expected"), PARTIAL, ids=[c[0][:40] for c in PARTIAL])
def test_partial_quotes_in_reporting_frames(text: str, expected: list[str]) -> None:
    quotes, _ = run(text)
    assert [body(q) for q in quotes] == expected


FRAMES = [
    ("Smith called it ", "called"),
    ("has repeatedly called the probe a ", "called"),
    ("Jones accused the board of ", "accused"),
    ("The union denounced the cuts as ", "denounced"),
    ("The outlets were accused by prosecutors of ", "accused"),
    ("a group called ", None),
    ("his words were ", "words"),
    ("The leaders were branded ", None),  # no agent after the quote (see the table above)
    ("has been described as the ", None),
    ("Smith said, ", None),
    ("condemns in the strongest terms the decision to recognize the ", None),
]


@pytest.mark.parametrize(("head", "verb"), FRAMES, ids=[f[0] for f in FRAMES])
def test_partial_frame(head: str, verb: str | None) -> None:
    text = head + "“x y”"
    assert partial_frame(text, 0, len(head)) == verb


FULL = [
    # several paragraphs: no closing mark at a paragraph's end, a new opening mark on the next
    ("Smith said: “We have a lot of work to do.\n\n“But we will get it done.\n\n“And we will do it together.”",
     ["We have a lot of work to do.\n\n“But we will get it done.\n\n“And we will do it together"]),
    ('"We have work to do," Smith said. "It will take years.\n\n"But we will get it done."',
     ["We have work to do", 'It will take years.\n\n"But we will get it done']),
    # interrupted by the cue: two quotes, also when the speaker is an unresolved pronoun
    ("“We are not going anywhere,” Smith said, “and we will keep fighting.”", ["We are not going anywhere", "and we will keep fighting"]),
    ("“It’s a disaster,” he said. “A total disaster.”", ["It’s a disaster", "A total disaster"]),
    # colon introductions and short answers
    ("Smith had a simple message for voters: “Go vote.”", ["Go vote"]),
    ("Asked if she would run, Jones said, “Yes.”", ["Yes"]),
    ("Asked if she would run again, Jones replied “Absolutely.”", ["Absolutely"]),
    ("Would he do it again? “Absolutely.”", ["Absolutely"]),
    ("Q. Did you expect to win?\n\nA. “Not really,” Jones said. “I was surprised.”", ["Not really", "I was surprised"]),
    # ``…'' marks
    ("``We have a lot of work to do,'' Smith said.", ["We have a lot of work to do"]),
    ("''We will win,'' Smith said. He called the plan ''dead on arrival.''", ["We will win", "dead on arrival"]),
]


@pytest.mark.parametrize(("text", "expected"), FULL, ids=[c[0][:40] for c in FULL])
def test_full_quotes(text: str, expected: list[str]) -> None:
    quotes, warnings = run(text)
    assert warnings == ()
    assert [body(q) for q in quotes] == expected


SINGLE = [
    # single marks as the article's only quote marks
    ("‘This is a disgrace,’ said Smith. ‘We deserve better.’", ["This is a disgrace", "We deserve better"]),
    ("Jones said: 'The plan is dead.'", ["The plan is dead"]),
    ("Smith said that ‘no one is above the law’.", ["no one is above the law"]),
    ("‘The players’ union agreed to it,’ Smith said.", ["The players’ union agreed to it"]),
    ("Smith said: ‘We will fight.\n\n‘We will never give up.’", ["We will fight.\n\n‘We will never give up"]),
    ("Smith's lawyer said it was the 'worst day' of his client's life.", []),
    ("He added: ‘I’ve never seen anything like it.\n\n‘Never in forty years of rock ’n’ roll.’",
     ["I’ve never seen anything like it.\n\n‘Never in forty years of rock ’n’ roll"]),
]


@pytest.mark.parametrize(("text", "expected"), SINGLE, ids=[c[0][:40] for c in SINGLE])
def test_single_marks_as_only_marks(text: str, expected: list[str]) -> None:
    quotes, warnings = run(text)
    assert warnings == ()
    assert [body(q) for q in quotes] == expected


def test_single_marks_ignored_next_to_double_marks() -> None:
    spans, _, _ = find_marked_spans("“We said, ‘no,’ and left,” Smith said. He called it ‘fine’.")
    assert len(spans) == 1


def test_passive_frame_speaker_is_the_agent() -> None:
    quotes, _ = run("The group’s leaders have been branded “extremists” by the authorities.")
    assert [(body(q), q.speaker, q.cue) for q in quotes] == [("extremists", "the authorities", "branded")]


def test_frame_speaker_is_the_subject() -> None:
    quotes, _ = run("Smith branded him a “traitor” on Monday.")
    assert [(body(q), q.speaker, q.cue) for q in quotes] == [("traitor", "John Smith", "branded")]


def test_line_breaks_follow_the_multi_paragraph_convention() -> None:
    quotes, warnings = run("Smith said: “We have work to do.\n“But we will get it done.”\nJones agreed. “It is time,” she said.")
    assert warnings == ()
    assert [body(q) for q in quotes] == ["We have work to do.\n“But we will get it done", "It is time"]
