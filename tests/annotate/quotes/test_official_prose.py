"""Round 6 (issue 9, corpus dev set): classes of official prose and transcripts, as (text, quotes
expected) tables with negatives. Sentences written for these tests, none taken from the corpus.

Classes: speech nobody uttered (predicted, generic, habitual, imagined, stock sayings), a word
proposed in a modal question, a short wording discussed as a word or coming back without a cue,
a term the sentence uses after a preposition and an article, negated frames, a speaker's hedge on
a word ("if you will", "so to speak", "these, quote, “…”"), and a questioner handing the
addressee's words back ("– that was your quote –")."""

from __future__ import annotations

import pytest

from site_builder.annotate.quotes.filters import echoed, quoted_before, scare_marked, word_discussed
from site_builder.annotate.quotes.unsaid import generic_speech, proposed_word
from tests.annotate.quotes.helpers import run

CASES: list[tuple[str, list[str]]] = [
    # predicted speech: a modal before the cue
    ("MR SMITH: They will tell you, “We told you so,” but the facts say otherwise.", []),
    ("SECRETARY BLINKEN: Some will say, “This is not our fight.” They are wrong.", []),
    ("MS JONES: Critics’ll say, “It came too late.” We disagree.", []),
    # generic subjects with a present-tense cue; "no one"/"nobody" in any tense
    ("SECRETARY BLINKEN: No one wakes up and says, “Today I will leave my home.”", []),
    ("Nobody told them, “You are free to go.”", []),
    ("When people say, “Nothing ever changes here,” they overlook the new school.", []),
    # imagined thought
    ("SECRETARY BLINKEN: Imagine a mother who thinks, “I have no choice but to leave.”", []),
    # habitual speech of a pronoun subject
    ("SECRETARY BLINKEN: I always tell my team, “Listen first.”", []),
    ("As we often say, “The work is never done.”", []),
    # a thought denied, a stock line "where we say"
    ("SECRETARY BLINKEN: People don’t leave because they wake up one day and think, “Wouldn’t it be nice to go?”", []),
    ("MR SMITH: We have an old joke where we say, “We’re from the government and we’re here to help.”", []),
    ("MR SMITH: As they say, “Better late than never.”", []),
    ("QUESTION: As you say, “the door is open,” but who will walk through it?\n\nMR SMITH: Many.", ["“the door is open,”"]),
    ("Jones said she thinks, “We can do this,” every morning.", ["“We can do this,”"]),
    # a name put on a person
    ("Back home, his neighbors were calling him “college kid,” and not always kindly.", []),
    ("Smith called him “utterly reckless.”", ["“utterly reckless.”"]),
    ("Smith called him “dishonest and weak.”", ["“dishonest and weak.”"]),
    ("Smith called him “traitor.”", ["“traitor.”"]),
    # stock sayings
    ("SECRETARY BLINKEN: As the saying goes, “Where there’s a will, there’s a way.”", []),
    ("SECRETARY BLINKEN: We have an expression in my family: “Never give up.”", []),
    ("We will continue to follow the principle of “nothing about you without you.”", []),
    # a word proposed in a modal question
    ("QUESTION: Would you describe the talks as “productive”?\n\nMR SMITH: Yes.", []),
    ("QUESTION: Can we call this a “reset” in relations?\n\nMR SMITH: No.", []),
    # a word discussed as a word
    ("MR SMITH: “Pause” is not the word I would use.", []),
    ("MR SMITH: “Crisis” is a strong word, and I would not use it.", []),
    # a negated frame reaching over "not going to"
    ("MR SMITH: I’m not going to characterize it as a “setback.”", []),
    # a term after a preposition and an article
    ("Secretary Blinken emphasized the importance of a “free and open Indo-Pacific.”", []),
    ("The ministers reaffirmed their support for the “whole of society” approach.", []),
    # the speaker's own hedge right after a word, or "quote" after a demonstrative or a topic phrase
    ("MR SMITH: Russia has announced the “withdrawal,” if you will, of some forces.", []),
    ("MR SMITH: Moscow says the troops are on “exercises,” so to speak, near the border.", []),
    ("MR SMITH: We have seen these, quote, “exercises” before.", []),
    ("MR SMITH: In terms of, quote, “success,” we have a long way to go.", []),
    ("QUESTION: On the issue of, quote, “progress,” what has been achieved?\n\nMR SMITH: A lot.", []),
    ("MR SMITH: The Taliban said girls could return to school when it is, quote, “safe.”", ["“safe.”"]),
    ("QUESTION: The Russians say they are conducting, quote, “exercises.” Do you believe them?\n\nMR SMITH: No.",
     ["“exercises.”"]),
    ("QUESTION: He said he had a, quote, “good call” with her. Is that so?\n\nMR SMITH: Yes.", ["“good call”"]),
    # the wording of a question or idea, self-talk, a bidding to the reader
    ("MR SMITH: The question is, “What happens when the fighting stops?”", []),
    ("MR SMITH: I think the real question is “Why now?”", []),
    ("MR SMITH: It raises the question: “What is Russia afraid of?”", []),
    ("MR SMITH: The challenge is, “How do we get aid in?”", []),
    ("MR SMITH: The goal is simple: “No one left behind.”", []),
    ("MR SMITH: You ask yourself, “Why would they do that?”", []),
    ("MR SMITH: Ask any Ukrainian, “Do you want to be part of Russia?” The answer is no.", []),
    ("MODERATOR: Our next question was sent in by a listener. The question is: “When will the talks resume?”",
     ["“When will the talks resume?”"]),
    ("INTERPRETER: So his question was: “Will the United States rebuild the port?”", ["“Will the United States rebuild the port?”"]),
    ("MR SMITH: What we are saying to Moscow is, “Step back from the brink.”", ["“Step back from the brink.”"]),
    ("MR SMITH: Our message to the Kremlin is clear: “Stop the war.”", ["“Stop the war.”"]),
    ("QUESTION: The Russians ask, “Why is NATO expanding?” What do you say?\n\nMR SMITH: NATO is defensive.",
     ["“Why is NATO expanding?”"]),
    # a stock line named a motto after it; words on a sign "outside"
    ("Wikinews: What's next?\n\nJohn Smith: \"Don't stop,\" that's my motto.", []),
    ("SECRETARY BLINKEN: “Leave no one behind” is our watchword.", []),
    ("John Smith: The sign outside said \"No vacancies.\"", []),
    ("John Smith: \"Don't stop,\" my coach told me.", ["\"Don't stop,\""]),
    # what a thing amounts to, in made-up words, after a noun and "of"/"like"
    ("MR SMITH: Not just a notification of “Hi there, this is what we just did,” but a real review.", []),
    ("QUESTION: Isn’t that an attitude like “we don’t care what you think”?\n\nMR SMITH: No.", []),
    ("MR SMITH: And the answer was, “We don’t care what you think.”", ["“We don’t care what you think.”"]),
    # an attempt at speech is speech; a modal "to say" is not
    ("MR SMITH: The smugglers lie. They’re trying to say, “Come, the border is open.”",
     ["“Come, the border is open.”"]),
    ("MR SMITH: It is too simple to say, “The border is open.”", []),
    # the addressee's words handed back
    ("QUESTION: The goal is “stability” – that was your quote – but what does it mean?\n\nMR SMITH: Calm.", ["“stability”"]),
    ("QUESTION: Ned, to use your words, this is “a moment of peril.” What comes next?\n\nMR SMITH: Diplomacy.",
     ["“a moment of peril.”"]),
    # positives that must stay: reported speech of a named speaker, a group's actual shout, echoes
    ("Smith always says, “Measure twice, cut once.”", ["“Measure twice, cut once.”"]),
    ("People shouted, “Let us through!” as the gates closed.", ["“Let us through!”"]),
    ("QUESTION: You called it “unacceptable.” What will you do about it?\n\nMR SMITH: We will respond.", ["“unacceptable.”"]),
    ("Smith said, “We will not back down.” Later he said, “We will not back down.”",
     ["“We will not back down.”", "“We will not back down.”"]),
    ("QUESTION: When you say “most,” what does that mean?\n\nMR SMITH: Most means most.", ["“most,”"]),
    ("Secretary Blinken said the United States would act “with speed and resolve.”", ["“with speed and resolve.”"]),
    ("The Secretary noted that the United States “stands with the people of Ukraine.”", ["“stands with the people of Ukraine.”"]),
    ("Jones warned of a “long and difficult winter.”", ["“long and difficult winter.”"]),
    ("Let me say, “in order to win you must be willing to lose.”", ["“in order to win you must be willing to lose.”"]),
    ("As one who has lost many races, let me say, “in order to win you must be willing to lose.”",
     ["“in order to win you must be willing to lose.”"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:50] for t, _ in CASES])
def test_official_prose(text: str, expected: list[str]) -> None:
    quotes, _ = run(text)
    assert [q.text for q in quotes] == expected


def _at(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


@pytest.mark.parametrize(("text", "quote", "generic"), [
    ("They will tell you, “No.”", "“No.”", True),
    ("People say, “It works.”", "“It works.”", True),
    ("People said, “It works.”", "“It works.”", False),
    ("He told some of them, “Wait.”", "“Wait.”", False),
    ("Jones said, “It works.”", "“It works.”", False),
    ("As the old adage goes, “Haste makes waste.”", "“Haste makes waste.”", True),
    ("They didn’t stop to think, “What if it fails?”", "“What if it fails?”", True),
    ("She stopped to think, “What if it fails?”", "“What if it fails?”", False),
])
def test_generic_speech(text: str, quote: str, generic: bool) -> None:
    assert generic_speech(text, _at(text, quote)[0]) is generic


@pytest.mark.parametrize(("text", "quote", "proposed"), [
    ("Would you call it a “success”?", "“success”", True),
    ("You called it a “success”?", "“success”", False),
    ("Would you call it a “success” if it fails?", "“success”", False),
])
def test_proposed_word(text: str, quote: str, proposed: bool) -> None:
    assert proposed_word(text, *_at(text, quote)) is proposed


@pytest.mark.parametrize(("text", "quote", "discussed"), [
    ("“Pause” is not the word.", "“Pause”", True),
    ("“Pause” is the term they use.", "“Pause”", True),
    ("“Pause,” he said, and left.", "“Pause,”", False),
    ("“Pause” is what they want.", "“Pause”", False),
])
def test_word_discussed(text: str, quote: str, discussed: bool) -> None:
    assert word_discussed(text, _at(text, quote)[1]) is discussed


def test_quoted_before_needs_the_same_wording_in_marks() -> None:
    text = "When you say “most,” what do you mean? Is “most” a majority? Most people agree."
    second = text.index("“most”")
    assert quoted_before(text, second, second + len("“most”"))
    assert not quoted_before(text, *_at(text, "“most,”"))


@pytest.mark.parametrize(("text", "quote", "echo"), [
    ("The aim is “calm” – your words – and yet?", "“calm”", True),
    ("It was “a turning point,” as you put it.", "“a turning point,”", True),
    ("In your words, it is “a moment of peril.”", "“a moment of peril.”", True),
    ("It was “a turning point,” as he put it.", "“a turning point,”", False),
])
def test_echoed(text: str, quote: str, echo: bool) -> None:
    assert echoed(text, *_at(text, quote)) is echo


@pytest.mark.parametrize(("text", "quote", "scare"), [
    ("those quote/unquote “exercises” again", "“exercises”", True),
    ("in terms of, quote, “progress,” none", "“progress,”", True),
    ("he had a, quote, “good phone call”", "“good phone call”", False),
    ("these, quote, “exercises that never end and never will”", "“exercises that never end and never will”", False),
])
def test_scare_marked(text: str, quote: str, scare: bool) -> None:
    assert scare_marked(text, *_at(text, quote)) is scare


@pytest.mark.parametrize("text", [
    "When you say “most,” what do you mean? Is “most” a majority?",
    "İstanbul: when you say “most,” what do you mean? Is “most” a majority?",  # lower case of İ is longer
    "ΟΔΟΣ: when you say “most,” what do you mean? Is “most” a majority?",  # final sigma
    "When you say “Most,” what do you mean? Is “most” a majority?",
])
def test_quoted_before_reads_the_article_lowered_once_as_before(text: str) -> None:
    for start in [i for i, c in enumerate(text) if c == "“"]:
        end = text.index("”", start) + 1
        core = text[start:end].strip("“” ,").lower()
        expected = any(f"{m}{core}" in text[:start].lower() for m in ("“", '"'))
        assert quoted_before(text, start, end) is expected
