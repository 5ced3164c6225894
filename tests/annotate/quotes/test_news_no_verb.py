"""Table-driven quote detection on newspaper text with no reporting verb next to the quote (issue 9,
brief qspans3): the classes a reporter writes every day, each with negatives (scare quotes,
titles, nicknames, labels) that must stay out.

Classes: a sentence opening with whose view it gives (For Smith, …; In her view, …); a person's
state in their words after a copula (Smith is “cautiously optimistic”); a finding with its own
subject (the report found that the district was “at risk”); a reply and who gave it, then a
colon; standalone quoted sentences in a paragraph about their speaker; colon introductions;
quotes opening a paragraph after a speaker's introduction."""

from __future__ import annotations

import pytest

from tests.annotate.quotes.helpers import body, run

QUOTES = [
    # whose view the sentence gives: the holder's words
    ("For Smith, the new rules are “just another hoop to jump through.”", ["just another hoop to jump through"], "John Smith"),
    ("To Jones, the closure is “a betrayal.”", ["a betrayal"], "Mary Jones"),
    ("But for Jones, the decision was “the only way forward.”", ["the only way forward"], "Mary Jones"),
    ("In Smith’s view, the rules are “written by people who have never seen a farm.”",
     ["written by people who have never seen a farm"], "John Smith"),
    ("Jane Doe voted no. In her view, the garage was “a monument to bad planning.”", ["a monument to bad planning"], "Jane Doe"),
    ("It was, in Smith’s words, “a miracle.”", ["a miracle"], "John Smith"),
    ("The garage, in her view, was “a monument to bad planning,” and Jane Doe voted no.", ["a monument to bad planning"], None),
    # a person's state in their own words, right after the copula
    ("Jones is “cautiously optimistic” about the appeal.", ["cautiously optimistic"], "Mary Jones"),
    ("Smith was “100 percent sure” he heard a gunshot.", ["100 percent sure"], "John Smith"),
    ("Jane Doe lost the race. She is still “heartbroken.”", ["heartbroken"], "Jane Doe"),
    ("Smith, for one, is “done with it.”", ["done with it"], "John Smith"),
    # a cue earlier in the sentence with no speaker of its own: the subject's, short quotes too
    ('Smith declined to comment beyond saying the plan was "under review."', ["under review"], "John Smith"),
    # a finding with its own subject, an auxiliary right before the quote
    ("The report found that the district was “at risk of insolvency” within two years.", ["at risk of insolvency"], None),
    ("The audit concluded the agency had “failed to track” the money.", ["failed to track"], None),
    # a reply and who gave it, then a colon
    ("The verdict drew a quick response from the defense: “We will appeal.”", ["We will appeal"], None),
    ("Reporters got a one-word answer from Smith: “No.”", ["No"], None),
    # a standalone quoted sentence in a paragraph whose subject is its speaker
    ("Smith has farmed the same land since 1974. He remembers the flood of 1993. “The water came up to the porch.”",
     ["The water came up to the porch"], "John Smith"),
    ("Smith shook his head. “Forty years I’ve been doing this, and I’ve never seen prices this low.”",
     ["Forty years I’ve been doing this, and I’ve never seen prices this low"], "John Smith"),
    ("Asked if she would sue, Jones paused. “Maybe. We’re talking to lawyers.”", ["Maybe. We’re talking to lawyers"], "Mary Jones"),
    ("Smith looked out at the flooded field. “Devastating.” Then he went back inside.", ["Devastating"], "John Smith"),
    # colon introductions
    ("Jones put it simply: “We cannot spend money we do not have.”", ["We cannot spend money we do not have"], "Mary Jones"),
    ("Smith’s message to parents was direct: “Read the budget before you vote.”", ["Read the budget before you vote"], None),
    ("Her advice to young players: “Show up early and listen.”", ["Show up early and listen"], None),
    # a quote opening a paragraph after a speaker's introduction
    ("The superintendent, Jane Doe, was blunt about the choice.\n\n“If we don’t cut now, we will be cutting teachers next year.”",
     ["If we don’t cut now, we will be cutting teachers next year"], None),
]


@pytest.mark.parametrize(("text", "expected", "speaker"), QUOTES, ids=[c[0][:40] for c in QUOTES])
def test_quote_without_a_reporting_verb_found(text: str, expected: list[str], speaker: str | None) -> None:
    quotes, warnings = run(text)
    assert warnings == ()
    assert [body(q) for q in quotes] == expected
    if speaker is not None:
        assert quotes[-1].speaker == speaker


NOT_QUOTES = [
    # a viewpoint frame needs a person the article names as its holder
    "For the first time, the “Friday night lights” tradition moved to Saturday.",
    "For the Tigers, the “Iron Bowl” is everything.",
    "To Washington, the “special relationship” still matters.",
    "In 2019, the “blue wall” states went for the Democrat.",
    # ... and names no title, nickname or single capitalised word
    "For Smith, “The Music Man” was the role of a lifetime.",
    "For Jones, “Hamilton” is the best show ever made.",
    # a mid-sentence "for"/"to" is no viewpoint
    "The county sent a letter, to Smith, about the “new normal” of budgets.",
    # a copula frame: a label after a determiner, a nickname, a title, a thing's state
    "Smith was “Coach” to everyone in town.",
    "Smith was the “Mayor of Main Street” for 30 years.",
    "Jones is the “education governor.”",
    "The report is “preliminary.”",
    "Smith is a “Hawkeye” through and through.",
    # a finding frame needs an auxiliary right before the quote
    "The study found the “Mediterranean diet” lowered blood pressure.",
    # a reply noun with no "from" before the colon
    "This month we celebrate an important message: “You are Included.”",
    "The response: “Operation Warp Speed.”",
    # words mentioned as words: after a noun for words, or marked "in quotation marks"
    "Smith thanked Jones for the kind words. Our expression here is “right back at you.”",
    "Smith said the troops stayed for “exercises,” in quotation marks, past their end date.",
    "Jones said the “experts” (in quotes) had been wrong for years.",
]

# a title cue stands in the quote's own sentence: "called" closing the sentence before is no title cue
SENTENCE_BEFORE = [
    ('Smith recalled the day the bank called. "They said we had a week. Just like that. Thirty years, and a week."',
     ['"They said we had a week. Just like that. Thirty years, and a week."']),
    ("The band was called. “We were ready for this all year, every one of us,” Smith said.",
     ["“We were ready for this all year, every one of us,”"]),
]


@pytest.mark.parametrize("text", NOT_QUOTES, ids=[t[:40] for t in NOT_QUOTES])
def test_labels_and_titles_stay_out(text: str) -> None:
    quotes, _ = run(text)
    assert [body(q) for q in quotes] == []


# round 3's newspaper classes (made-up sentences of the kinds dev2/dev3 showed): (text, quote texts)
NEWSPAPER = [
    # an inner quote after a cue joined by "and" to the sentence's first verb
    ("“The chairman looked me in the eye and said, ‘We have a deal,’” Smith said.",
     ["“The chairman looked me in the eye and said, ‘We have a deal,’”", "‘We have a deal,’"]),
    # a year cut to two digits in straight marks opens no single-marked quote
    ("“My father walked out of this place in '86. He said, ‘You’ll know.’ So here I am,” Smith said.",
     ["“My father walked out of this place in '86. He said, ‘You’ll know.’ So here I am,”", "‘You’ll know.’"]),
    # a short quote before a word of time is no modifier
    ('Prosecutors wrote that Smith had shown "no genuine remorse" until the verdict.', ['"no genuine remorse"']),
    # as-frames of selling and of referring (with an object)
    ("The developer, Acme, has pitched the project as “attainable housing” for teachers.", ["“attainable housing”"]),
    ("Smith referred to the payments in emails as “consulting retainers.”", ["“consulting retainers.”"]),
    # the object moved before the subject that called it so
    ('Smith, whose album "Gravel Roads" a trade magazine called "the best debut of the year," played first.',
     ['"the best debut of the year,"']),
    # a chant standing alone after the sentence of its cue; shouting in capitals; an address
    ("The student section began chanting at Jones. “Air-ball! Air-ball!”\n\nShe made both free throws.", ["“Air-ball! Air-ball!”"]),
    ("“THAT’S MY SCHOOL. THAT’S MY SCHOOL,” Jones wrote on X.", ["“THAT’S MY SCHOOL. THAT’S MY SCHOOL,”"]),
    ("A girl of about 8 stopped on the far curb and turned around.\n\n“Bye, Miss Gloria!”", ["“Bye, Miss Gloria!”"]),
    # a list of names closed by a comma before its cue; a work noun before a quote in lower case
    ('"Churches from Hazard, from Whitesburg, from Tennessee, from Ohio," he said.',
     ['"Churches from Hazard, from Whitesburg, from Tennessee, from Ohio,"']),
    ("Jones read from the review, which said the novel “handles grief with restraint and is widely taught.”",
     ["“handles grief with restraint and is widely taught.”"]),
    # an adjective the cue reports, right before its noun: the speaker's judgement
    ('Smith said the agency made an "inexcusable" mistake.', ['"inexcusable"']),
    ("Jones said the state’s “half-hearted” response cost lives.", ["“half-hearted”"]),
    ("Jones described a “toxic” work environment at the agency.", ["“toxic”"]),
    # a person opening the sentence, an aside, then a colon
    ("Smith, asked whether Jones would start on Saturday: “We’ll see.”", ["“We’ll see.”"]),
    # blamed/cited/pointed to a quoted object; questioned whether … was “…”
    ("Smith blamed “outside agitators” for the unrest.", ["“outside agitators”"]),
    ("Jones pointed to “a lack of discipline” as the problem.", ["“a lack of discipline”"]),
    ('Jones questioned whether the plan was "realistic."', ['"realistic."']),
    # an inner quote a partial-quote frame of another subject introduces
    ("“The board called it ‘a disgrace,’ and they were right,” Smith said.",
     ["“The board called it ‘a disgrace,’ and they were right,”", "‘a disgrace,’"]),
    # a question standing alone as a sentence inside a quote: someone else's words
    ('"These boys kept showing up. Knocking on the door. \'Miss Dot, when\'s the gym opening?\' Every day," Smith said.',
     ['"These boys kept showing up. Knocking on the door. \'Miss Dot, when\'s the gym opening?\' Every day,"',
      "'Miss Dot, when's the gym opening?'"]),
]


NEWSPAPER_NOT = [
    # habitual words nested in a quote ("every September she says")
    ("“Every September she says, ‘Who is going to do it, you?’” Smith said.",
     ["“Every September she says, ‘Who is going to do it, you?’”"]),
    # inside a quote: a nickname, a title or the speaker's own naming after a frame
    ("“They called him ‘the Hammer’ for a reason,” Smith said.", ["“They called him ‘the Hammer’ for a reason,”"]),
    ("“They called it ‘Operation Hope,’” Smith said.", ["“They called it ‘Operation Hope,’”"]),
    ("“We called it ‘the pit,’” Smith said.", ["“We called it ‘the pit,’”"]),
    # a nickname after a naming frame; an inscription after a colon with no speech cue
    ("Children called her “the Book Lady.” She never charged a fee.", []),
    ("Someone had spray-painted a sheet of plywood: “NOT AGAIN.”", []),
    # "referred to as" names a thing; a frame no longer used reports no words
    ("The panel approved the study (referred to as “the values assessment”) on Saturday.", []),
    ("The White House is no longer referring to an invasion as “imminent.”", []),
    # inside a quote, a single-marked word or statement with no cue is no one else's question
    ("“He said no. ‘Never.’ That was it,” Smith said.", ["“He said no. ‘Never.’ That was it,”"]),
    ("“We called it ‘the pit.’ Nobody liked it,” Smith said.", ["“We called it ‘the pit.’ Nobody liked it,”"]),
    # a person, an aside, a colon and a title or a single word
    ("Smith, a film buff, named his favorite: “Jaws Returns.”", []),
    ("Smith, a film buff, has a favorite: “The Godfather.”", []),
    # a work noun before a capitalised title; a term noun before a lower-case term
    ("Smith read the novel “Beloved Country Roads and Other Stories” twice.", []),
    ("Smith used the term “wrongfully detained” for the first time.", []),
    # a modifier that names a thing, even in a reported sentence; an adjective with no cue
    ('Smith said the "zero tolerance" policy had failed.', []),
    ("Smith said the “Buy American” rules would hurt farmers.", []),
    ("The “historic” agreement was signed on Tuesday.", []),
    # a determiner before the quote: a modifier of the noun after it
    ("Smith blamed the “zero tolerance” policy for the walkout.", []),
    # words written on things: signs, posters, cakes (the writer's sentence or the quote's own cue)
    ('A sign on the barn door read "Closed until further notice."', []),
    ('A poster of rules by the door says "No cursing. No spitting. No excuses."', []),
    ("“Closed until further notice,” the sign read.", []),
    ("The cake said “Happy 100th, Grandpa!” in blue icing.", []),
    # ... but a person holding a sign, or protesters chanting, speak
    ("Smith, holding a sign, said “We want justice.”", ["“We want justice.”"]),
    ("Protesters waved signs and chanted “No justice, no peace!”", ["“No justice, no peace!”"]),
    # a name in apposition to a person noun; speech to a person after a cue stays
    ("Smith insisted that his son, “Junior,” would take over.", []),
    ("Smith told his son, “Run,” and the boy ran.", ["“Run,”"]),
    # titles with an abbreviation's period stay titles
    ("Smith watched “Mr. Smith Goes to Washington” again.", []),
]

# one check for every table of (text, quote texts found)
FOUND_TEXTS = SENTENCE_BEFORE + NEWSPAPER + NEWSPAPER_NOT


@pytest.mark.parametrize(("text", "expected"), FOUND_TEXTS, ids=[c[0][:40] for c in FOUND_TEXTS])
def test_found_quote_texts(text: str, expected: list[str]) -> None:
    quotes, _ = run(text)
    assert [q.text for q in quotes] == expected
