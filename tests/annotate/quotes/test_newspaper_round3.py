"""Newspaper attribution, round 3 (issue 9): made-up US newspaper sentences through the whole
pipeline (real entity detection), one group per class fixed this round, each with negatives.

Classes: a partial quote's frame verb takes its own subject; a time never speaks ("The company on
Tuesday said"); a participle after a comma takes the sentence's subject; a subject with a short
prepositional phrase or an aside between commas; "her son said" → the son the article named; a
role before the name after an inverted cue ("said forward Devin Carter", "wrote the critic …");
a document speaks as written ("The complaint says"); a role word before a name opens a sentence
("Board member X"); more next-sentence leads; a name, a role with its own commas, said; a nickname
inside a name; paternal surnames; a short form of an organization's name; he/she skip places
taken for persons and birth names; "it" → the document opening the sentence before; an
organization descriptor with an apposed name or with modifiers of its own.

Each case: (text, the quote's first words, the speaker shown).
"""

from __future__ import annotations

import pytest

from tests.annotate.quotes.helpers import speaker_of

CASES = [
    # a partial quote's frame verb: its own subject, not the sentence's
    ('DENVER — The bill now goes to a Senate whose leaders have already described it as “a nonstarter.”',
     'a nonstarter', 'leaders'),
    ('The mayor said the governor had called the plan “reckless.”', 'reckless', 'the governor'),
    ('Ms. Ortiz, who called the ruling “a disgrace,” said she would appeal.', 'a disgrace', 'Ortiz'),
    # a time never speaks
    ('The company on Tuesday said it would “fight the ruling in court.”', 'fight', 'the company'),
    ('The ministry on Friday said, “We reject these claims.”', 'We reject', 'the ministry'),
    ('A petition signed by 300 parents and delivered to the board in March said the schedule was “unworkable.”',
     'unworkable', 'a petition signed by 300 parents'),
    # a participle after a comma: the sentence's subject, not a phrase before an earlier comma
    ('Before the game, a group of fans gathered outside the arena, chanting “Let’s go, Rams!”',
     'Let’s go', 'a group'),
    ('After the vote, Senator Maria Lopez left the chamber, saying, “This is not over.”', 'This is not', 'Maria Lopez'),
    ('State Senator Jerry Cirino, a Republican from Lake County, voted against it, calling it “a mistake we will regret.”',
     'a mistake', 'Jerry Cirino'),
    ('The TPLF, the Tigray Liberation Front, rejected the ceasefire, calling it a “sick joke.”', 'sick joke', 'Tigray Liberation Front'),
    # a speaker noun with an aside between commas; it beats the person in its object
    ('Carla Benitez, who owns a bakery on Elm Street, opposed the plan. “It will ruin us,” she said.\n\n'
     'One Elm Street resident, who asked not to be named, said she was worried about children walking to Lincoln Elementary. '
     '“There are no crossing guards,” she said.', 'There are', 'one Elm Street resident'),
    ('The county audit, prepared by the accounting firm Reyes & Cole, found $2 million in unpaid fees. '
     'It concluded that oversight had been “almost nonexistent.”', 'almost', 'the county audit'),
    ('Last month, several hundred farmers from the valley marched on the capitol. “No water, no food!” they chanted.',
     'No water', 'several hundred farmers'),
    # "her son said": the son the article named
    ('Evelyn Marsh, a pediatrician, died on Monday. Her son, Peter Marsh, confirmed the death.\n\n'
     '“She never turned anyone away,” her son said.', 'She never', 'Peter Marsh'),
    # CONVENTIONS.md "Possessive descriptors": resolved when the possessor is named (round 8)
    ('Tom Reyes, a farmer, spoke at the meeting. “We are tired,” his wife said.', 'We are tired', 'Tom Reyes’s wife'),
    # a role before the name after an inverted cue
    ('“We’re not satisfied,” said forward Devin Carter, who had 11 rebounds.', 'We’re not', 'Devin Carter'),
    ('“The music was extraordinary,” wrote the critic Anthony Tommasini.', 'The music', 'Anthony Tommasini'),
    ('“The critic was wrong,” the composer said.', 'The critic', 'the composer'),
    # a document speaks as written; a person named near it need not be its author
    ('The Alvarez family has filed a lawsuit against the city. The complaint says officers “ignored repeated calls for help.”',
     'ignored', 'the complaint'),
    ('The White House released a readout of the call. “The leaders agreed to meet again,” the readout said.',
     'The leaders', 'White House readout'),
    # a role word before a name opens a sentence (the pronoun's antecedent)
    ('Board President Angela Brewer voted yes. “It is time,” she said.\n\n'
     'Board member Shirley Oakes voted no. She called the plan “a lot to ask of a 5-year-old.”', 'a lot to ask', 'Shirley Oakes'),
    # the speaker named in the sentence after the quote
    ('“This is a signal, not a verdict.” That was the assessment of Dr. Howard Feld, a geriatrician in Boston.',
     'This is a signal', 'Howard Feld'),
    ('“We will appeal.” That is the view of Jane Roe, the company’s lawyer.', 'We will', 'Jane Roe'),
    # the speaker named in the sentence or paragraph after a quote with no cue (round 3 reads the
    # next paragraph too: a quote that is its whole paragraph, then a lead or a person as subject)
    ('The crowd fell silent. “We will not leave this land, not now, not ever.” Maria Ortiz, 52, has lived on the block for 30 years.',
     'We will not', 'Maria Ortiz'),
    ('“We are not going to take this lying down.”\n\nThe words came from Sen. Mark Ellison, who spoke at a rally.',
     'We are not', 'Mark Ellison'),
    ('“We will not leave this land, not now, not ever.”\n\nSo says Maria Ortiz, 52, who has lived on the block for 30 years.',
     'We will not', 'Maria Ortiz'),
    ('“I was scared to death, honestly, the whole time.”\n\nThat is how Maria Ortiz, 52, describes the night the river rose.',
     'I was scared', 'Maria Ortiz'),
    ('“I was scared to death, honestly, the whole time.”\n\nMaria Ortiz, 52, remembers the night the river rose.',
     'I was scared', 'Maria Ortiz'),
    # a name, a role holding commas of its own, then the cue
    ('That engineer, Dr. Martin Sayles, now an emeritus professor at the University of Maryland, Baltimore County, '
     'said the maps were “decades ahead of their time.”', 'decades', 'Martin Sayles'),
    ('A spokeswoman for Acme, Jane Doe, said the recall was “voluntary.”', 'voluntary', 'Jane Doe'),
    # a nickname inside a name; a paternal surname; an organization's short name
    ('One of them, Terrell “Tank” Bowman, fought for a world title. “She checked my report card before my jab,” he said.',
     'She checked', 'Terrell Bowman'),
    ('Antonio Benítez Lara grows avocados near Málaga. “We pay for every drop,” Mr. Benítez said.', 'We pay', 'Antonio Benítez Lara'),
    # he/she: a place taken for a person, a birth name
    ('Ruth Kessler, who mapped the city’s buried streams, died on Monday. She was 88.\n\n'
     'In 1960 she married Harold Kessler, and the couple moved to Baltimore. “I was tired of bailing out the basement,” she told an interviewer.',
     'I was tired', 'Ruth Kessler'),
    # an organization descriptor: an apposed name; modifiers of its own
    ('The family sued the restaurant, the Copper Kettle, in May. A lawyer for the restaurant declined to comment. '
     'In a filing, the restaurant called the suit “an attempt to shift blame.”', 'an attempt', 'Copper Kettle'),
    # a company's short name, even where the entity detector took it for a person
    ('Shares of Brannock Foods fell 9 percent on Thursday. Brannock said in a statement that it would cut “about 300 jobs.”',
     'about 300', 'Brannock Foods'),
    ('Acme Corp. was not named in the suit. The regional water authority said it would “act with full rigor.”',
     'act with', 'the regional water authority'),
    ('Acme Corp. reported a loss on Monday. “We expect a better year,” the company said.', 'We expect', 'Acme Corp.'),
    # the previous quote's own cue, in a sentence of its own after a nested question: the speaker goes on
    ('“People would come in and ask, ‘Is the bridge open?’” Mr. Ortega recalled. “I didn’t know.”', 'I didn’t', 'Ortega'),
    # a role the article never used, right after the quote: the person opening the sentence before
    ('Jalen Brunson scored 40 points. Brunson was blunt. “We got robbed,” the guard said.', 'We got', 'Jalen Brunson'),
    ('“We got robbed,” the guard said.', 'We got', 'the guard'),
    ('Maria Lopez was cleaning up her yard on Monday. “I lost everything,” the 45-year-old said.', 'I lost', 'Maria Lopez'),
    ('Senator Jon Tester of Montana faces a tough race. “I’m not worried,” the Democrat said.', 'I’m not', 'Jon Tester'),
    ('Kevin Durant scored 30 points. “We just kept going,” the two-time champion said.', 'We just', 'Kevin Durant'),
    ('The 911 call came at 2:14 a.m. “There’s a fire,” the caller said.', 'There’s a fire', 'the caller'),
    ('Jalen Brunson scored 40 points. “We got robbed,” the actress said.', 'We got', 'the actress'),
    # a name with a place inside it: the person, not the place
    ('“It’s a mess,” said Jim Daley of Quincy.', 'It’s a mess', 'Jim Daley'),
    # a role with a place, then the name in apposition (after a title)
    ('One local leader from the city of Nasiriyah, Sheikh Haider al-Dubaisi, recalled the visit, and he said, “He came anyway.”',
     'He came', 'Haider al-Dubaisi'),
    # an obituary's birth name is its subject
    ('Helen Okafor Grant, who founded the city’s first free clinic, died on Friday. She was 90.\n\n'
     'Helen Adaeze Okafor was born on May 1, 1934, in Enugu, Nigeria. She moved to Chicago in 1958. '
     '“I came with one suitcase and a stethoscope,” she told an interviewer in 2004.', 'I came', 'Helen Okafor Grant'),
    # a relative clause with an aside before the cue; a role with a numbered unit
    ('Soldiers boasted online, such as a lieutenant in the 33rd Infantry Division who, as he was deployed to the border in 2017, '
     'wrote on his Facebook page: “They will all be killed.”', 'They will', 'a lieutenant in the 33rd Infantry Division'),
    # newspaper cues
    ('“This is incredible,” Mr. Lee marveled.', 'This is incredible', 'Lee'),
    ('“Not again,” muttered Jane Roe, 61.', 'Not again', 'Jane Roe'),
    # a bare surname the entity detector linked to a family member of the other gender
    ('Dr. Evelyn Marsh, a pediatrician, died on March 3. She was 91. Her son, Peter Marsh, confirmed the death.\n\n'
     'In a 1998 interview, Dr. Marsh said she had always wanted to be a doctor. “I didn’t know any women doctors,” she said then.',
     'I didn’t', 'Evelyn Marsh'),
    # a document's prepositional phrase never ends in a relative pronoun
    ('The ambassador issued the statement on this that reads, “The pattern of prosecutions is disturbing.”',
     'The pattern', 'the ambassador'),
]

# negatives: nothing fits, or the words must not become a speaker
NO_SPEAKER = [
    # the next paragraph opens with a body, a place or a time: no one named speaks
    ('“It was the worst night of my life.”\n\nThe Red Cross opened two shelters on Tuesday.', 'It was the worst'),
    ('“It was the worst night of my life.”\n\nBy Tuesday, the river had crested.', 'It was the worst'),
    ('Somebody yelled, “Good work, everyone!” and the room broke into applause.', 'Good work'),
    ('“Get out!” someone shouted from the back of the hall.', 'Get out'),
]

NOT_THE_SPEAKER = [
    # a time, a place after "moved to", a birth name: never the speaker
    ('The board in December said the plan was “too costly.”', 'too costly', 'December'),
    ('Maria Lopez moved to Denver in 2010.\n\n“I never looked back,” she said.', 'I never', 'Denver'),
    ('Maria Lopez Grant was born Maria Lopez in Tucson. “I loved the desert,” she said.', 'I loved', 'Tucson'),
    # a school the entity detector may type as a person
    ('Ann Cole teaches math. She worries about the walk to Lincoln Elementary. “The crossing is dangerous,” she said.',
     'The crossing', 'Lincoln Elementary'),
]


@pytest.mark.parametrize(("text", "first_words", "speaker"), CASES, ids=[c[0][:50] for c in CASES])
def test_newspaper_speaker(text: str, first_words: str, speaker: str) -> None:
    assert speaker_of(text, first_words) == speaker


@pytest.mark.parametrize(("text", "first_words"), NO_SPEAKER, ids=[c[0][:40] for c in NO_SPEAKER])
def test_no_speaker_shown(text: str, first_words: str) -> None:
    assert speaker_of(text, first_words) is None


@pytest.mark.parametrize(("text", "first_words", "never"), NOT_THE_SPEAKER, ids=[c[0][:40] for c in NOT_THE_SPEAKER])
def test_not_the_speaker(text: str, first_words: str, never: str) -> None:
    got = speaker_of(text, first_words)
    assert got is None or never not in got
