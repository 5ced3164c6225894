"""Table-driven quote detection on made-up US newspaper text (issue 9, brief qspans2): the
classes where recall on newspaper writing is lost, each with negatives that must stay out.

Classes: a quote paragraph continuing a speaker with no cue; "according to"; colon and dash
introductions; quoted questions; quotes inside parentheses; one-word partial quotes in a
reporting frame; a quoted sentence standing alone after a sentence about its speaker;
multi-paragraph quotes; straight-quote articles with apostrophes and inch marks; a curly quote
left open at a paragraph's end."""

from __future__ import annotations

import pytest

from tests.annotate.quotes.helpers import body, run

QUOTES = [
    # a quote paragraph continuing the speaker of the paragraph before
    ("“We’re going to rebuild,” Smith said.\n\n“Honestly? I don’t know how.”", ["We’re going to rebuild", "Honestly? I don’t know how"]),
    ("Smith said the county would seek federal aid.\n\n“We need help from Washington, and we need it now.”",
     ["We need help from Washington, and we need it now"]),
    ("Smith toured the shelter on Monday.\n\n“It’s bad.”", ["It’s bad"]),
    # "according to"
    ("The plan is “dead on arrival,” according to Smith.", ["dead on arrival"]),
    ("According to the complaint, Smith “knowingly misled investors.”", ["knowingly misled investors"]),
    # colon introductions
    ("Smith put it bluntly: “No.”", ["No"]),
    ("The statement from Acme was brief: “We are reviewing the decision.”", ["We are reviewing the decision"]),
    ("Smith’s reply: “Not on my watch.”", ["Not on my watch"]),
    # quoted questions
    ("“Why now?” Jones asked. “Why not last year?”", ["Why now", "Why not last year"]),
    ("The question now, Smith said, is “what happens next?”", ["what happens next"]),
    ("Residents have one question: “When will the water come back?”", ["When will the water come back"]),
    # inside parentheses
    ("(“We are not commenting on the case,” a spokesman said.)", ["We are not commenting on the case"]),
    ("Jones (“It was a mistake,” she said later) resigned in May.", ["It was a mistake"]),
    # one word in a reporting frame
    ("Smith said it was “unacceptable.”", ["unacceptable"]),
    ("Jones said she was “thrilled” with the result.", ["thrilled"]),
    ("Smith said he felt “blindsided.”", ["blindsided"]),
    ("Smith said the delays were “frustrating” but “understandable.”", ["frustrating", "understandable"]),
    # a verb phrase quoted before its object is not a modifier of that object
    ("Smith said the company “will not tolerate” harassment.", ["will not tolerate"]),
    ("Jones said the board “never considered” other bids.", ["never considered"]),
    # a title word as the object of an as-frame (the play, the film) is no title cue
    ('Salazar described Tate\'s play as "steady" and said he had earned minutes.', ["steady"]),
    # a title refused earlier in the sentence does not cut the sentence's subject off its cue
    ("A study by the city (titled “Riverside 2040”) warned that the area was “highly vulnerable” to floods.", ["highly vulnerable"]),
    # obituaries: remembered as
    ("Smith remembered his father as “a quiet man who loved baseball.”", ["a quiet man who loved baseball"]),
    ("Friends recalled her as “fearless.”", ["fearless"]),
    ("Democrats split, with progressives warning that it would “gut asylum protections.”", ["gut asylum protections"]),
    # a cue whose subject stands a few words before it
    ("Smith has long argued that tariffs are “a tax on American families.”", ["a tax on American families"]),
    # what the subject thinks, fears or feels, in their words; expressed, ordered … to
    ("Smith thinks the plan is “a mistake.”", ["a mistake"]),
    ("Smith fears the drought will “wipe us out.”", ["wipe us out"]),
    ("Smith worries that the town is “losing its soul.”", ["losing its soul"]),
    ("Smith feels “blessed.”", ["blessed"]),
    ("Smith expressed “deep regret” for the accident.", ["deep regret"]),
    ("The mayor ordered crews to “clear every street by morning.”", ["clear every street by morning"]),
    # a short quoted sentence standing alone after a sentence about its speaker
    ("Asked about the vote, Smith shrugged. “We’ll see.”", ["We’ll see"]),
    ("Smith paused. “I don’t know.”", ["I don’t know"]),
    ("Jones laughed. “That’s the job.” Then she went back to work.", ["That’s the job"]),
    ("Would he run again? Smith smiled. “Absolutely.”", ["Absolutely"]),
    # a group's chant or shout right after its cue, though Title Case
    ("The protesters chanted “USA! USA!” outside.", ["USA! USA"]),
    ("Tillman sealed it as the sellout crowd chanted “M-V-P! M-V-P!”", ["M-V-P! M-V-P"]),
    # partial quotes of "what X called" (past: someone's words); "what X calls" names a term
    ("Her book became what one city engineer called “the bible” for builders.", ["the bible"]),
    ("The plan, which critics called “a giveaway,” passed.", ["a giveaway"]),
    # a short quote closed by a comma, then a speaker and a verb of manner (no cue word)
    ("“Not yet,” Smith laughed.", ["Not yet"]),
    ("“Nope,” she shrugged. “Next question.”", ["Nope", "Next question"]),
    # several paragraphs, curly and straight marks
    ("Smith said: “We have a lot to do.\n\n“We will do it.”", ["We have a lot to do.\n\n“We will do it"]),
    ('"We\'ve got to be better," Smith said. "We didn\'t play our game.\n\n"Give them credit. They were ready."',
     ["We've got to be better", 'We didn\'t play our game.\n\n"Give them credit. They were ready']),
    # straight-quote articles: apostrophes and inch marks are no quote marks
    ('"It\'s the players\' night," Smith said. "They earned it."', ["It's the players' night", "They earned it"]),
    ('The 6\'2" forward scored 20 points. "I\'m ready," Smith said.', ["I'm ready"]),
    ('Jones, whose 6\'10" center fouled out, said "we couldn\'t stop them."', ["we couldn't stop them"]),
    ('The \'80s were "a different time," Smith said.', ["a different time"]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTES, ids=[c[0][:40] for c in QUOTES])
def test_newspaper_quotes_found(text: str, expected: list[str]) -> None:
    quotes, warnings = run(text)
    assert warnings == ()
    assert [body(q) for q in quotes] == expected


NOT_QUOTES = [
    # scare quotes, titles of works, nicknames, words as words, slogans, modifiers
    "Earvin “Magic” Johnson attended the game.",
    "The film “The Long Goodbye” opens Friday.",
    "The novel “Beloved” won the Pulitzer Prize in 1988.",
    "Smith read from “Leaves of Grass” at the service.",
    "Smith, known as “the Hammer,” retired in 2010.",
    "The so-called “rainy day fund” has been depleted.",
    "The word “sustainable” appears 40 times in the plan.",
    "Protesters carried signs reading “No New Taxes.”",
    "Smith cited the “three strikes” rule in his ruling.",
    "Whitfield has preached what she calls “no-quit basketball” since camp.",
    "The effect may be explained by what researchers call “confounding.”",
    "It became what is called “the bible” for builders.",
    "She read “Oklahoma!” aloud to the class.",
    "Smith thinks the so-called “experts” are wrong.",
    # frames of thought need an auxiliary before the quote; one capitalised word names a thing
    "Smith thinks “Hamilton” is overrated.",
    "Smith knew the “Deacon,” as everyone called him, for years.",
    "Smith knew “Rocky” by heart.",
    "Smith hopes to see “Wicked” next year.",
    "Smith felt the “pull” of home.",
    "Smith believes “The Wire” is the best show ever made.",
    "“Hamilton” Smith watched twice.",  # no comma: a title run into the sentence
    # a standalone quoted sentence: not after a colon, not Title Case, not a lone capitalised word
    "This month we celebrate an important message: “You are Included.”",
    "The band played on. “Stop the Steal.” The crowd left.",
    "The show ended. “Jeopardy!” Then the news came on.",
    # straight marks: inch marks and apostrophes alone
    "The 12\" pipe burst near the Smiths' house in the '90s.",
]


@pytest.mark.parametrize("text", NOT_QUOTES, ids=[t[:40] for t in NOT_QUOTES])
def test_newspaper_non_quotes_stay_out(text: str) -> None:
    quotes, _ = run(text)
    assert [body(q) for q in quotes] == []


# quotes nested in a quote: (text, [(quote text, speaker)]) — the inner one only when a cue gives
# it to someone other than the outer speaker
NESTED = [
    ("“She used to say, ‘They’re finally listening to the water,’” Ms. Jones said.",
     [("“She used to say, ‘They’re finally listening to the water,’”", "Mary Jones"),
      ("‘They’re finally listening to the water,’", None)]),  # "she" is not Jones, and no one else is named
    ("Jane Doe said John Smith had been on the porch. “He ran in yelling, ‘Get downstairs! Get downstairs now!’” she said.",
     [("“He ran in yelling, ‘Get downstairs! Get downstairs now!’”", "Jane Doe"),
      ("‘Get downstairs! Get downstairs now!’", "John Smith")]),
    ('"Smith says, \'This is the last year,\'" Jones said, laughing.',
     [('"Smith says, \'This is the last year,\'"', "Mary Jones"), ("'This is the last year,'", "John Smith")]),
    # the outer speaker quoting themselves, a negated cue, a term in single marks, apostrophes
    ('"I told him, \'You can\'t do that,\'" Smith said.', [('"I told him, \'You can\'t do that,\'"', "John Smith")]),
    ("“She didn’t say, ‘They’re listening to me.’ But she meant it,” Jones said.",
     [("“She didn’t say, ‘They’re listening to me.’ But she meant it,”", "Mary Jones")]),
    ("“Somebody would say, ‘What does Ruth say is down there?’ And she was right,” Smith said.",
     [("“Somebody would say, ‘What does Ruth say is down there?’ And she was right,”", "John Smith")]),
    ("“He used to call it ‘the pit’ and we all did,” Smith said.", [("“He used to call it ‘the pit’ and we all did,”", "John Smith")]),
    ("“The players’ union said no,” Smith said.", [("“The players’ union said no,”", "John Smith")]),
]


@pytest.mark.parametrize(("text", "expected"), NESTED, ids=[c[0][:40] for c in NESTED])
def test_nested_quote_of_another_speaker(text: str, expected: list[tuple[str, str | None]]) -> None:
    quotes, warnings = run(text)
    assert warnings == ()
    assert [(q.text, q.speaker) for q in quotes] == expected


# single marks typed for a quote in an article that quotes in double marks: a cue and a comma or
# colon must introduce it
CUED_SINGLES = [
    ('"Hi," Smith said. The e-mail said, \'Frank, thank you for your work.\'', ['"Hi,"', "'Frank, thank you for your work.'"]),
    ("“We won,” Smith said. Jones told me, ‘It was fun.’", ["“We won,”", "‘It was fun.’"]),
    ("“We won,” Smith said. The sign said ‘Keep out’ in red.", ["“We won,”"]),
    ("“We won,” Smith said. Fans call him ‘the Hammer,’ and he likes it.", ["“We won,”"]),
    ("“We won,” Smith said of the ’90s team’s record.", ["“We won,”"]),
]


@pytest.mark.parametrize(("text", "expected"), CUED_SINGLES, ids=[c[0][:40] for c in CUED_SINGLES])
def test_single_marks_introduced_by_a_cue(text: str, expected: list[str]) -> None:
    quotes, _ = run(text)
    assert [q.text for q in quotes] == expected


def test_standalone_quote_speaks_for_the_sentence_before() -> None:
    quotes, _ = run("Smith paused. “I don’t know.” Jones laughed. “That’s the job.”")
    # the subject of the sentence before speaks, even after another speaker's quote
    assert [(body(q), q.speaker) for q in quotes] == [("I don’t know", "John Smith"), ("That’s the job", "Mary Jones")]
    quotes, _ = run("Asked about the vote, Smith shrugged. “We’ll see.”")
    assert [(body(q), q.speaker) for q in quotes] == [("We’ll see", "John Smith")]
    quotes, _ = run("The storm passed. “It was awful.”")
    assert [(body(q), q.speaker) for q in quotes] == [("It was awful", None)]  # a storm is no one


def test_verb_of_manner_after_a_quote_names_its_speaker() -> None:
    quotes, _ = run("Jane Doe was there. “Nope,” she shrugged. “Next question.”\n\n“Not yet,” Smith laughed.")
    assert [(body(q), q.speaker, q.cue) for q in quotes] == [
        ("Nope", "Jane Doe", "shrugged"),
        ("Next question", "Jane Doe", None),
        ("Not yet", "John Smith", "laughed"),
    ]
