"""Table-driven: sentence → expected quotes with speaker, entity, cue and speaker span."""

from __future__ import annotations

import pytest

from tests.annotate.quotes.helpers import body, run, speaker_text

# (text, [(quote body, speaker, speaker_entity, cue, speaker span text)])
CASES = [
    # cue after the quote
    ("“We will win this race,” Smith said.", [("We will win this race", "John Smith", "john-smith", "said", "Smith")]),
    ("“We will win this race,” said John Smith.", [("We will win this race", "John Smith", "john-smith", "said", "John Smith")]),
    ("“We will win this race,” Smith told reporters on Tuesday.", [("We will win this race", "John Smith", "john-smith", "told", "Smith")]),
    ("“We will win,” Smith, a spokesman for the campaign, said.", [("We will win", "John Smith", "john-smith", "said", "Smith")]),
    ("“We will win,” John Smith, 45, said.", [("We will win", "John Smith", "john-smith", "said", "John Smith")]),
    ("“Why now?” Smith asked.", [("Why now", "John Smith", "john-smith", "asked", "Smith")]),
    ("Smith paused. “Why now?” he asked.", [("Why now", "John Smith", "john-smith", "asked", "he")]),
    ("“We regret the error,” Acme Corp. said in a statement.", [("We regret the error", "Acme Corp.", "acme-corp", "said", "Acme Corp.")]),
    ("“We regret the error,” the White House said.", [("We regret the error", "White House", "white-house", "said", "White House")]),
    ("“The talks failed,” according to Smith.", [("The talks failed", "John Smith", "john-smith", "according to", "Smith")]),
    ("“The talks failed” — Smith said on Monday.", [("The talks failed", "John Smith", "john-smith", "said", "Smith")]),
    # cue before the quote
    ("John Smith said: “We will win this race.”", [("We will win this race", "John Smith", "john-smith", "said", "John Smith")]),
    ("Smith said that “the plan is dead and buried.”", [("the plan is dead and buried", "John Smith", "john-smith", "said", "Smith")]),
    ("According to Smith, “the talks failed on every point.”", [("the talks failed on every point", "John Smith", "john-smith", "according to", "Smith")]),
    ("Smith, the campaign's manager, said “we are confident of victory.”", [("we are confident of victory", "John Smith", "john-smith", "said", "Smith")]),
    ("In a statement, Smith said the company “remains committed to its workers.”", [("remains committed to its workers", "John Smith", "john-smith", "said", "Smith")]),
    ("Smith said the plan was “dead on arrival.”", [("dead on arrival", "John Smith", "john-smith", "said", "Smith")]),
    ("Mary Jones met Smith. She said, “Foosball.”", [("Foosball", "Mary Jones", "mary-jones", "said", "She")]),
    # nearest cue wins: the reported speaker, not the reporter
    ("Spokesman John Ullyot said in a readout that Hegseth reaffirmed “the unbreakable bond between the two.”",
     [("the unbreakable bond between the two", "Pete Hegseth", "pete-hegseth", "reaffirmed", "Hegseth")]),
    # fragment that opens with the verb
    ("Smith “also warned that the talks could fail before the summer.”", [("also warned that the talks could fail before the summer", "John Smith", "john-smith", "warned", "Smith")]),
    # split quote
    ("Mary Jones spoke on Monday. “We will win,” she said, “and we will keep on winning.”",
     [("We will win", "Mary Jones", "mary-jones", "said", "she"), ("and we will keep on winning", "Mary Jones", "mary-jones", "said", "she")]),
    # inverted nominal speakers resolved to their antecedent
    ("A senior official said the talks went well.\n\n“Both leaders agreed to meet again soon,” stated the official.",
     [("Both leaders agreed to meet again soon", "a senior official", None, "stated", "the official")]),
    ("A senior official said the two “held a long call about the war.”\n\n“They agreed to stay in close contact,” the official added.",
     [("held a long call about the war", "a senior official", None, "said", "A senior official"),
      ("They agreed to stay in close contact", "a senior official", None, "added", "the official")]),
    ("The Foreign Ministry issued a statement on the call.\n\n“The talks were frank and useful,” added the statement.",
     [("The talks were frank and useful", "Foreign Ministry statement", "foreign-ministry", "added", "the statement")]),
    ("Netanyahu’s office also issued a statement.\n\n“The minister thanked his host for the visit,” the statement said.",
     [("The minister thanked his host for the visit", "Netanyahu’s office", "benjamin-netanyahu", "said", "the statement")]),
    ("Jane Doe, a spokesperson for Acme, declined to elaborate.\n\n“We have nothing more to add,” the spokesperson said.",
     [("We have nothing more to add", "Jane Doe", "jane-doe", "said", "the spokesperson")]),
    ("“Prices will rise next year,” a spokesperson for the agency said.",
     [("Prices will rise next year", "a spokesperson for the agency", None, "said", "a spokesperson for the agency")]),
    ("Acme cut 300 jobs.\n\n“This was a hard decision for all of us,” the company said.",
     [("This was a hard decision for all of us", "Acme Corp.", "acme-corp", "said", "the company")]),
    # pronouns: gender from context, else the most recent person
    ("John Smith met Mary Jones on Monday. “It went very well,” she said.", [("It went very well", "Mary Jones", "mary-jones", "said", "she")]),
    ("Mary Jones met John Smith on Monday. “It went very well,” he said.", [("It went very well", "John Smith", "john-smith", "said", "he")]),
    ("Jane Doe arrived late. “Sorry about that,” she said.", [("Sorry about that", "Jane Doe", "jane-doe", "said", "she")]),
    ("Mary Jones met Smith, who was late. “We talked about taxes,” she said.", [("We talked about taxes", "Mary Jones", "mary-jones", "said", "she")]),
    # colon intro without a verb
    ("Smith: “We will not give up on this.”", [("We will not give up on this", "John Smith", "john-smith", ":", "Smith")]),
    # a paragraph that only continues the previous speaker
    ("“We will win this race,” Smith said.\n\n“Nobody can stop us now.”",
     [("We will win this race", "John Smith", "john-smith", "said", "Smith"), ("Nobody can stop us now", "John Smith", "john-smith", None, "Smith")]),
    # multi-paragraph quote (news convention): one span over both paragraphs
    ("Smith said: “We will win this race.\n\n“Nobody can stop us now.”",
     [("We will win this race.\n\n“Nobody can stop us now", "John Smith", "john-smith", "said", "Smith")]),
    # earlier sentence of the paragraph carries the cue
    ("Smith said the plan was dead. “We will not proceed with it.”", [("We will not proceed with it", "John Smith", "john-smith", "said", "Smith")]),
    # nested single quotes and apostrophes stay inside the outer quote
    ("“He told me ‘never again’ and meant it,” Smith said.", [("He told me ‘never again’ and meant it", "John Smith", "john-smith", "said", "Smith")]),
    ("“Israel's right and Trump's plan are not the same,” Smith said.", [("Israel's right and Trump's plan are not the same", "John Smith", "john-smith", "said", "Smith")]),
    ("“Hello there, everyone,” said Secretary of State Antony Blinken.", [("Hello there, everyone", "Antony Blinken", "antony-blinken", "said", "Antony Blinken")]),
    # straight quotes
    ('"We will win," Smith said. "Nobody can stop us," he added.',
     [("We will win", "John Smith", "john-smith", "said", "Smith"), ("Nobody can stop us", "John Smith", "john-smith", "added", "he")]),
    ("Smith said the two men \"held a long call about the war.\"", [("held a long call about the war", "John Smith", "john-smith", "said", "Smith")]),
    # a cue that introduces the next quote is not the previous quote's
    ("Mary Jones said, “How can we be brave without fear?” Smith added, “We cannot.”",
     [("How can we be brave without fear", "Mary Jones", "mary-jones", "said", "Mary Jones"), ("We cannot", "John Smith", "john-smith", "added", "Smith")]),
    # lower-case descriptor before the name; modal before the cue; plural speaker noun
    ("“Those who cannot remember the past are condemned to repeat it,” the philosopher John Smith once wrote.",
     [("Those who cannot remember the past are condemned to repeat it", "John Smith", "john-smith", "wrote", "John Smith")]),
    # "can say": a hypothetical cue reports nothing said (dev-set convention): no quotation
    ("Mayors can say, “I am the mayor and I actually do help.”", []),
    # a dash signature after an epigraph
    ("“We stand together, ready to take on the toughest problems.”\n\n– John Smith, June 11, 2021",
     [("We stand together, ready to take on the toughest problems", "John Smith", "john-smith", "—", "John Smith")]),
    # "called" characterises in the speaker's words; a title cue right before the quote does not
    ("Smith called the ruling “a travesty of justice.”", [("a travesty of justice", "John Smith", "john-smith", "called", "Smith")]),
    ("Smith called for “an immediate and lasting ceasefire.”", [("an immediate and lasting ceasefire", "John Smith", "john-smith", "called", "Smith")]),
    ("Smith joined a group called “The Friends of the Park” in May.", []),
    # multi-paragraph quote with the cue in its first paragraph
    ("“We will win this race,” Smith said. “Nobody can stop us.\n\n“Not this year, not next year.”",
     [("We will win this race", "John Smith", "john-smith", "said", "Smith"),
      ("Nobody can stop us.\n\n“Not this year, not next year", "John Smith", "john-smith", None, "Smith")]),
    # the introduction closes the previous paragraph
    ("Smith stated:\n\n“Nobody was hurt in the fire, thank God.”", [("Nobody was hurt in the fire, thank God", "John Smith", "john-smith", "stated", "Smith")]),
    ("Mary Jones wrote on her blog,\n\n“The town will rebuild after this.”", [("The town will rebuild after this", "Mary Jones", "mary-jones", "wrote", "Mary Jones")]),
    # an object after "told" is the listener, not the speaker; a coordinated verb keeps the subject
    ("Smith said the plan failed and told the jury, “it was never going to work.”", [("it was never going to work", "John Smith", "john-smith", "told", "Smith")]),
    ("Jones said her party backed it “for many months”, and said it was “shameful that nothing was done.”",
     [("for many months", "Mary Jones", "mary-jones", "said", "Jones"), ("shameful that nothing was done", "Mary Jones", "mary-jones", "said", "Jones")]),
    # names with lower-case particles
    ("Suleiman al-Amr, in remarks to a television station, said “the wounded were all taken to hospital.”",
     [("the wounded were all taken to hospital", "Suleiman al-Amr", None, "said", "Suleiman al-Amr")]),
    # several appositives; a role and organisation before the name
    ("Smith, 52, of Dayton, said: “I lost everything in the flood.”", [("I lost everything in the flood", "John Smith", "john-smith", "said", "Smith")]),
    ("“We are reviewing the matter,” Acme spokeswoman Jane Doe said.", [("We are reviewing the matter", "Jane Doe", "jane-doe", "said", "Jane Doe")]),
    ("“I was shocked,” said Ms. Jones, who has lived there since 1990.", [("I was shocked", "Mary Jones", "mary-jones", "said", "Jones")]),
    ("“This ends now,” Gov. John Smith (D) said Monday.", [("This ends now", "John Smith", "john-smith", "said", "John Smith")]),
    # anonymous descriptor without a name
    ("“We are watching closely,” officials said.", [("We are watching closely", "officials", None, "said", "officials")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_quote_and_speaker(text: str, expected: list[tuple]) -> None:
    quotes, warnings = run(text)
    assert warnings == ()
    got = [(body(q), q.speaker, q.speaker_entity, q.cue, speaker_text(text, q)) for q in quotes]
    assert got == expected


def test_anonymous_source_is_one_speaker() -> None:
    text = (
        "A senior US Defense official said the two “held an introductory call today.”\n\n"
        "“Both leaders discussed the importance of security,” the official added.\n\n"
        "“Both leaders agreed to remain in close contact,” stated the official."
    )
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == ["a senior US Defense official"] * 3
    assert {q.speaker_entity for q in quotes} == {None}


def test_quote_spans_include_marks_and_are_sorted() -> None:
    text = "“One two three four,” Smith said. Later he said “five six seven eight.”"
    quotes, _ = run(text)
    assert [text[q.start : q.end] for q in quotes] == [q.text for q in quotes]
    assert all(q.text[0] == "“" and q.text[-1] == "”" for q in quotes)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


def test_pronouns_in_a_news_story() -> None:
    text = (
        "Mary Jones, the mayor of Springfield, toured the flooded district on Tuesday with John Smith, the fire chief.\n\n"
        "“We have never seen water this high,” she said.\n\n"
        "Smith said crews had rescued 40 people. “Our teams worked through the night,” he said.\n\n"
        "Jones thanked the volunteers. “This city takes care of its own,” she added.\n\n"
        "“It was a long night,” he said, “but nobody died.”"
    )
    quotes, _ = run(text)
    got = [(q.speaker_entity, text[q.speaker_start : q.speaker_end], q.cue) for q in quotes]
    assert got == [
        ("mary-jones", "she", "said"),
        ("john-smith", "he", "said"),
        ("mary-jones", "she", "added"),
        ("john-smith", "he", "said"),
        ("john-smith", "he", "said"),
    ]


def test_pronoun_keeps_the_current_speaker_over_an_object_mention() -> None:
    text = (
        "“We will sign the deal,” John Smith said on Monday.\n\n"
        "The agreement was praised by Mary Jones and by Antony Blinken.\n\n"
        "“It is a good day for both countries,” he added."
    )
    quotes, _ = run(text)
    assert [q.speaker_entity for q in quotes] == ["john-smith", "john-smith"]


def test_colon_after_a_clause_names_its_subject() -> None:
    text = "Smith didn’t mince words: “This is a disaster for the town.”"
    quotes, _ = run(text)
    assert [(q.speaker_entity, q.cue) for q in quotes] == [("john-smith", ":")]
    text = "Earlier, the group issued a statement: “There is no military solution to this.”"
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] != ["Earlier"]
