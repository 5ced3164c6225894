"""Table-driven: news-wire attribution shapes (AP / Reuters / NYT style) and the
reported-speech cues the corpus showed missing ("and I quote", "To quote X", "That's
what X said", "who asks:", ", saying", transcript turns)."""

from __future__ import annotations

import pytest

from tests.annotate.quotes.helpers import body, run, speaker_text

# (text, [(quote body, speaker, speaker_entity, cue, speaker span text)])
NEWS = [
    ("“The economy is slowing faster than we expected,” Smith said.",
     [("The economy is slowing faster than we expected", "John Smith", "john-smith", "said", "Smith")]),
    ("“We have no plans to raise prices this year,” said Smith, a spokesman for Acme.",
     [("We have no plans to raise prices this year", "John Smith", "john-smith", "said", "Smith")]),
    ("Smith said: “The decision was made after months of review.”",
     [("The decision was made after months of review", "John Smith", "john-smith", "said", "Smith")]),
    # pronoun: the subject of the previous sentence, not its object
    ("Mary Jones thanked Jane Doe for her help on Monday. “We could not have done it alone,” she said.",
     [("We could not have done it alone", "Mary Jones", "mary-jones", "said", "she")]),
    ("John Smith met Donald Trump at the White House. “The meeting was productive,” he said.",
     [("The meeting was productive", "John Smith", "john-smith", "said", "he")]),
    ("According to Smith, “the negotiations collapsed late on Friday night.”",
     [("the negotiations collapsed late on Friday night", "John Smith", "john-smith", "according to", "Smith")]),
    ("“We are not going anywhere,” Smith said, “and we will keep fighting for this.”",
     [("We are not going anywhere", "John Smith", "john-smith", "said", "Smith"),
      ("and we will keep fighting for this", "John Smith", "john-smith", "said", "Smith")]),
    # a quote paragraph followed by an unattributed continuation paragraph
    ("“The storm damaged more than 200 homes,” Jones said.\n\n“Many families have nowhere to go tonight.”",
     [("The storm damaged more than 200 homes", "Mary Jones", "mary-jones", "said", "Jones"),
      ("Many families have nowhere to go tonight", "Mary Jones", "mary-jones", None, "Jones")]),
    ("Acme cut its forecast on Tuesday.\n\n“Demand has weakened across all regions,” the company said in a statement.",
     [("Demand has weakened across all regions", "Acme Corp.", "acme-corp", "said", "the company")]),
    ("Smith told reporters “the vote will happen next week, no matter what.”",
     [("the vote will happen next week, no matter what", "John Smith", "john-smith", "told", "Smith")]),
    ("Smith, 45, of Boston, said “the water came up so fast we couldn’t move the cars.”",
     [("the water came up so fast we couldn’t move the cars", "John Smith", "john-smith", "said", "Smith")]),
    ("Secretary of State Antony Blinken said “the United States stands with its allies.”",
     [("the United States stands with its allies", "Antony Blinken", "antony-blinken", "said", "Antony Blinken")]),
    ("“We regret any inconvenience to our customers,” Acme said in a statement on Monday.",
     [("We regret any inconvenience to our customers", "Acme Corp.", "acme-corp", "said", "Acme")]),
    ("“It’s time to move on,” Smith told The Associated Press.",
     [("It’s time to move on", "John Smith", "john-smith", "told", "Smith")]),
    ("“This is not over,” said Jones, who lost her home in the fire. “We will rebuild.”",
     [("This is not over", "Mary Jones", "mary-jones", "said", "Jones"), ("We will rebuild", "Mary Jones", "mary-jones", None, "Jones")]),
    # cue verbs beyond "said"
    ("The city reasoned, “the fees make this a commercial activity under the law.”",
     [("the fees make this a commercial activity under the law", "the city", None, "reasoned", "The city")]),
    ("“We will get this done by Christmas,” Smith vowed.",
     [("We will get this done by Christmas", "John Smith", "john-smith", "vowed", "Smith")]),
    ("“I’m not running for anything,” Smith quipped.",
     [("I’m not running for anything", "John Smith", "john-smith", "quipped", "Smith")]),
    ("“The numbers simply do not add up,” Jones argued.",
     [("The numbers simply do not add up", "Mary Jones", "mary-jones", "argued", "Jones")]),
    ("“Mistakes were made on all sides,” Smith conceded.",
     [("Mistakes were made on all sides", "John Smith", "john-smith", "conceded", "Smith")]),
    ("“This will end badly for everyone,” Jones predicted.",
     [("This will end badly for everyone", "Mary Jones", "mary-jones", "predicted", "Jones")]),
    # "and I quote" / "quote," between the cue and the quote
    ("Smith said, and I quote, “there is no deal on the table today.”",
     [("there is no deal on the table today", "John Smith", "john-smith", "said", "Smith")]),
    ("Smith claimed, quote, “the vote was rigged from the very start.”",
     [("the vote was rigged from the very start", "John Smith", "john-smith", "claimed", "Smith")]),
    ("Jones issued a statement that reads, and I’m quoting, “The ruling undermines public confidence in the courts.”",
     [("The ruling undermines public confidence in the courts", "Mary Jones", "mary-jones", "reads", "Jones")]),
    ("“Our thoughts are with the families,” the statement reads.",
     [("Our thoughts are with the families", "the statement", None, "reads", "the statement")]),
    # the speaker after "To quote" / "In the words of"
    ("To quote Smith again, “Neutrality helps the oppressor, never the victim.”",
     [("Neutrality helps the oppressor, never the victim", "John Smith", "john-smith", "to quote", "Smith")]),
    ("In the words of Mary Jones, “we are all in this together.”",
     [("we are all in this together", "Mary Jones", "mary-jones", "in the words of", "Mary Jones")]),
    # the cue in the next sentence
    ("“Human suffering anywhere concerns men and women everywhere.” That’s what Smith said when he accepted the prize.",
     [("Human suffering anywhere concerns men and women everywhere", "John Smith", "john-smith", "said", "Smith")]),
    ("“Nobody is above the law.” Smith said.",
     [("Nobody is above the law", "John Smith", "john-smith", "said", "Smith")]),
    # relative pronoun subject
    ("Our next question is from Mary Jones, who asks: “When will the embassy reopen for visas?”",
     [("When will the embassy reopen for visas", "Mary Jones", "mary-jones", "asks", "Mary Jones")]),
    # a participle cue takes the sentence's subject
    ("Smith criticized the ruling in a radio interview, saying, “It is offensive beyond anything I have seen.”",
     [("It is offensive beyond anything I have seen", "John Smith", "john-smith", "saying", "Smith")]),
    # a document the speaker wrote
    ("Smith rushed to the White House. He scribbled notes that read: “Something we wanted for forty years.”",
     [("Something we wanted for forty years", "John Smith", "john-smith", "read", "He")]),
]

# quotes that must stay without a speaker: the text does not say who
ABSTAIN = [
    "Smith read “the statement we will issue tomorrow on the whole affair” aloud.",
]


@pytest.mark.parametrize(("text", "expected"), NEWS, ids=[c[0][:40] for c in NEWS])
def test_news_attribution(text: str, expected: list[tuple]) -> None:
    quotes, warnings = run(text)
    assert warnings == ()
    got = [(body(q), q.speaker, q.speaker_entity, q.cue, speaker_text(text, q)) for q in quotes]
    assert got == expected


@pytest.mark.parametrize("text", ABSTAIN, ids=[t[:40] for t in ABSTAIN])
def test_abstains_without_a_speaker(text: str) -> None:
    quotes, _ = run(text)
    assert len(quotes) == 1 and quotes[0].speaker is None


def test_transcript_turn_first_person() -> None:
    text = (
        "Mary Jones: I remember the first ad I ever wrote. I said, “If you think nice people don’t do this, think again.”\n\n"
        "John Smith: People kept saying, “You will never make it in this business.”"
    )
    quotes, _ = run(text)
    got = [(q.speaker, q.speaker_entity, speaker_text(text, q)) for q in quotes]
    # "I" in Jones's turn is Jones; "people" saying something is nobody in particular
    assert got == [("Mary Jones", "mary-jones", "I"), (None, None, None)]


FRAGMENTS = [
    # a second fragment of the same sentence shares the first one's cue
    ("Smith called the ruling “a disgrace” and “a betrayal of every voter in this state.”",
     [("a disgrace", "John Smith", "john-smith", "called"), ("a betrayal of every voter in this state", "John Smith", "john-smith", "called")]),
    ("Jones said the report showed “a clear lapse of moral judgment,” and a failure to “protect the sanctity of human life.”",
     [("a clear lapse of moral judgment", "Mary Jones", "mary-jones", "said"), ("protect the sanctity of human life", "Mary Jones", "mary-jones", "said")]),
    # the cue after a quote that ends its sentence opens a new statement
    ("“The claim is not true.” We have always said that the vote was fair.",
     [("The claim is not true", None, None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), FRAGMENTS, ids=[c[0][:40] for c in FRAGMENTS])
def test_fragments_and_new_statements(text: str, expected: list[tuple]) -> None:
    quotes, _ = run(text)
    assert [(body(q), q.speaker, q.speaker_entity, q.cue) for q in quotes] == expected


def test_question_intro_names_the_asker() -> None:
    text = (
        "MODERATOR: Our next question is from Mary Jones from Acme: “When will the embassy reopen?”\n\n"
        "MODERATOR: Our last question was submitted by John Smith. The question is: “Will the talks resume soon?”\n\n"
        "MODERATOR: The question is: “Why did the talks fail last week?”"
    )
    quotes, _ = run(text)
    assert [(q.speaker_entity, speaker_text(text, q)) for q in quotes] == [
        ("mary-jones", "Mary Jones"),
        ("john-smith", "John Smith"),
        (None, None),
    ]


MORE_NEWS = [
    ("“We will appeal,” said Smith’s lawyer, Jane Doe.", [("We will appeal", "Jane Doe", "jane-doe", "said", "Jane Doe")]),
    ("The White House said in a statement that it “strongly condemns” the attack.",
     [("strongly condemns", "White House", "white-house", "said", "White House")]),
    ("“I don’t know,” Smith said when asked about the report. “We will see.”",
     [("I don’t know", "John Smith", "john-smith", "said", "Smith"), ("We will see", "John Smith", "john-smith", None, "Smith")]),
    ("Jones, speaking at a news conference, said: “We will not back down.”",
     [("We will not back down", "Mary Jones", "mary-jones", "said", "Jones")]),
    ("Smith said he was “deeply troubled” by the decision.", [("deeply troubled", "John Smith", "john-smith", "said", "Smith")]),
    ("Mary Jones told The New York Times that she was “not surprised at all.”",
     [("not surprised at all", "Mary Jones", "mary-jones", "told", "Mary Jones")]),
    ("A spokesman for the White House said “the president has full confidence in her.”",
     [("the president has full confidence in her", "a spokesman for the White House", None, "said", "A spokesman for the White House")]),
    ("Asked whether he would run again, Smith said: “Never say never.”", [("Never say never", "John Smith", "john-smith", "said", "Smith")]),
    ("“Enough is enough,” tweeted Smith.", [("Enough is enough", "John Smith", "john-smith", "tweeted", "Smith")]),
    ("“It’s over,” Smith, the former governor, said Tuesday.", [("It’s over", "John Smith", "john-smith", "said", "Smith")]),
]


@pytest.mark.parametrize(("text", "expected"), MORE_NEWS, ids=[c[0][:40] for c in MORE_NEWS])
def test_more_news_attribution(text: str, expected: list[tuple]) -> None:
    quotes, warnings = run(text)
    assert warnings == ()
    assert [(body(q), q.speaker, q.speaker_entity, q.cue, speaker_text(text, q)) for q in quotes] == expected


def test_one_off_label_is_no_transcript_turn() -> None:
    text = "Update: I said, “We will not comment on the report at all today.”"
    quotes, _ = run(text)
    assert [(q.speaker, q.speaker_entity) for q in quotes] == [(None, None)]  # never a bare pronoun


def test_role_turn_keeps_i_unresolved() -> None:
    text = "QUESTION: Thank you.\n\nQUESTION: I said, “We will not comment on the report at all today.”"
    quotes, _ = run(text)
    assert [(q.speaker, q.speaker_entity) for q in quotes] == [(None, None)]  # a question turn names nobody; never a bare pronoun
