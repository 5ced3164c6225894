"""Newspaper attribution, round 4 (issue 9): made-up US newspaper sentences through the whole
pipeline (real entity detection), one group per class, each with negatives.

Classes: a quote that closes its sentence with a period after a cue in that sentence keeps that
cue (the next sentence's "X said" is about something else); a titled person typed as a place by
the entity detector ("Councilwoman Irene Park") is a person for he/she; local-government titles
("Councilwoman", "Superintendent", "Sheriff") are titles; a subject with a long or many-part aside
before its cue ("The Rev. X, whose …, said"; "Pruett, 78, a fiddler …, walked out … and said"); a
name after a fronted clause is its sentence's subject ("Asked …, Treviño paused"); a person and the
body they speak for ("X for the Southern District of Texas said") is the person; a time after an
inverted cue never speaks ("“…,” said Friday"); "his daughter" / "the governor" is the one the
article named; names the entity detector missed in apposition or given in a relative clause ("said
the baker, Halyna,"; "a man who would give only his first name, Wayne,"; "named Pam Ostrowski");
he/she in a paragraph opening with the quote may stand for a speech verb's subject closing the
paragraph before; "the hospital" is the body the sentence before named; a descriptor keeps its
participle ("an FBI official involved in the investigation").

Each case: (text, the quote's first words, the speaker shown).
"""

from __future__ import annotations

import pytest

from site_builder.annotate.quotes.speakers import Resolver
from site_builder.model.spans import Mention
from tests.annotate.quotes.helpers import speaker_of

CASES = [
    # the cue before a sentence-closing quote stands; the next sentence's cue is another statement
    ('Officials at the county health department said the outbreak was “under control.” A department spokesman, '
     'Luis Ortega, said the county would keep testing.', 'under control', 'Officials at the county health department'),
    ('The mayor said the garage was “a waste of money.” Councilman Ed Burke said he agreed.', 'a waste', 'the mayor'),
    ('Ms. Lane said, “We are done here.” Her lawyer, Tom Reyes, said the family would appeal.', 'We are done', 'Lane'),
    ('The report called the plan “reckless.” Smith agreed.', 'reckless', 'the report'),
    # negatives: no cue before the quote, an echo, a comma or a question mark: the cue after it stands
    ('“We are done here.” Smith said the family would appeal.', 'We are done', 'Smith'),
    ('He said, and I quote, “massive consequences.” That is what the G7 leaders said.', 'massive', 'the G7 leaders'),
    ('“We will appeal,” Tom Reyes said. “The verdict was wrong.” His client, Dana Lane, said nothing.', 'The verdict', 'Tom Reyes'),
    ('Asked about the delay, Ms. Lane said, “Are you kidding me?” asked Tom Reyes.', 'Are you', 'Tom Reyes'),
    # a titled person the entity detector typed as a place; local-government titles
    ('Mayor Ray Delgado and Councilwoman Irene Park clashed over the proposal on Monday.\n\n“We cannot afford it,” she said.',
     'We cannot', 'Irene Park'),
    ('Superintendent Angela Ruiz visited the school on Monday.\n\n“The building is not safe,” she said.', 'The building', 'Angela Ruiz'),
    ('Sheriff Tom Bradley spoke first. “We made an arrest,” the sheriff said.', 'We made', 'Tom Bradley'),
    ('The owner, Harbor Point Residential, said in a statement that it had cleaned its tower on Aug. 3 and had “cooperated '
     'fully with every request.” The company that owns the warehouse did not respond to calls.', 'cooperated', 'Harbor Point Residential'),
    # a subject with a long or many-part aside before its cue
    ('The Rev. Jimmy Caudill, whose congregation at the Church of God has been cooking meals for volunteers since Saturday, '
     'said the help had been "like nothing I have ever seen."', 'like nothing', 'Jimmy Caudill'),
    ('Ana Pruett, 78, a fiddler from Lampasas who made two records in the 1970s, walked out at 9:40, tucked her fiddle under '
     'her chin and said, “Sit down for this one.”', 'Sit down', 'Ana Pruett'),
    ('Tomás Aguilera, who is from Monterrey, Mexico, and did not play basketball until he was 16, described the win as '
     '"the best night of my life."', 'the best night', 'Tomás Aguilera'),
    ('On Monday, the company, which employs 300 people in Ohio, said the cuts were "unavoidable given the losses."',
     'unavoidable', 'the company'),
    ('Janet Reyes, a lawyer in Dallas, Texas, said the ruling was "a gift to polluters."', 'a gift', 'Janet Reyes'),
    ('Yesterday, John Smith said the plan was "a disaster for the river."', 'a disaster', 'John Smith'),
    # a name after a fronted clause opens its sentence: he/she prefers it
    ('Marisol Treviño coached the team.\n\nAsked what the win meant for a school of 11,000 students, Treviño paused.\n\n'
     '"Now they can find it," she said.', 'Now they', 'Marisol Treviño'),
    ('Tom Reyes spoke first. After the vote, Mary Jones left the room. "It is over," she said.', 'It is over', 'Mary Jones'),
    # a person and the body they speak for: the person
    ('U.S. Attorney Lionel Becerra for the Southern District of Texas said the sentence "should send a message."',
     'should send', 'Lionel Becerra'),
    ('Ana Ruiz of the Sierra Club said the plan was "a disaster for the river."', 'a disaster', 'Ana Ruiz'),
    ('Mary Smith of the company said the plan was "a disaster for the river."', 'a disaster', 'Mary Smith'),
    ('Friends of the Earth said the plan was "a disaster for the river."', 'a disaster', 'Friends of the Earth'),
    # a time never speaks after an inverted cue: the subject whose aside holds the quote
    ('Superintendent Dr. Leonard Pryce, who had urged the board in a memo last week to “trust the process we built '
     'together,” said Friday that the district would comply.', 'trust the process', 'Leonard Pryce'),
    ('“We will comply with the vote,” Leonard Pryce said Friday.', 'We will comply', 'Leonard Pryce'),
    # "his daughter" is the daughter the article named, however far back; "the governor" the holder named
    ('Frank Sullivan died Friday. His death was confirmed by his daughter, Maureen Sullivan-Price.\n\n'
     + 'He opened the grill in 1961 and ran it for forty years. ' * 60
     + '\n\nIn addition to his daughter, he leaves two sons.\n\n“Tell people to come hungry,” his daughter said.',
     'Tell people', 'Maureen Sullivan-Price'),
    # no daughter named: the owner named instead (CONVENTIONS.md "Possessive descriptors", round 8)
    ('Frank Sullivan died Friday.\n\nIn addition to his daughter, he leaves two sons.\n\n“Tell people to come hungry,” his daughter said.',
     'Tell people', 'Frank Sullivan’s daughter'),
    ('Gov. Daniel Harwood, a Democrat, called the plan a mistake.\n\n' + 'The Senate met again on Tuesday without a deal. ' * 70
     + '\n\nLawmakers are dealing with a governor who said he was prepared to wait.\n\n“We will be here,” the governor said.',
     'We will be', 'Daniel Harwood'),
    ('Lawmakers are dealing with a governor who said he was prepared to wait. “We will be here,” the governor said.',
     'We will be', 'a governor'),
    # a role and a name the entity detector did not mark; a role whose relative clause gives the name
    ('“That was one of ours, probably,” said the baker, Halyna, 58, who asked that only her first name be used.',
     'That was one', 'Halyna'),
    ('“It was a long night for all of us,” said the baker.', 'It was a long', 'the baker'),
    ('The band’s fiddler, 19-year-old Maddie Vance-Oakley, played the old tune fast. Between songs, she asked the crowd, '
     '"Y’all still alive out there?"', 'Y’all', 'Maddie Vance-Oakley'),
    ('A parent group, Arlington Families for Academic Excellence, said in a statement that it was "exploring every option," '
     'including a recall.', 'exploring', 'Arlington Families for Academic Excellence'),
    # he/she in a paragraph opening with the quote: the speaker introduced at the end of the paragraph before
    ('Iryna Savchuk runs the evacuation team.\n\nAt the town’s only pharmacy, a pharmacist, Oksana, 44, said she planned to '
     'stay.\n\n“If I go, who gives them their pills?” she said.', 'If I go', 'Oksana'),
    ('Marisa Ocampo urged patience. At the center, a man who would give only his first name, Wayne, said he had waited three '
     'hours.\n\n"I have got no truck and no house," he said.', 'I have got', 'Wayne'),
    ('Dmytro Kovalenko runs the city council. A soldier who gave only his call sign, "Bison," said the attacks had changed.'
     '\n\n"They send ten cheap ones first," he said.', 'They send', 'Bison'),
    ('One fan, a retired nurse from Blacksburg named Pam Ostrowski, scraped her boots on a fence post. '
     '"Best mud I have ever been in," she said.', 'Best mud', 'Pam Ostrowski'),
    # "the hospital", "the utility": the body the sentence before named; never one capitalised word opening it
    ('West Valley Medical Center says it has set up a separate entrance. "If you think you have measles, please call '
     'first," the hospital said in a statement.', 'If you think', 'West Valley Medical Center'),
    ('Appalachian Electric Cooperative said Tuesday that 2,100 customers were still without power. The utility called the '
     'damage "the most extensive in the history of this territory."', 'the most extensive', 'Appalachian Electric Cooperative'),
    ('Crews worked through the night. "If you think you have measles, please call first," the hospital said in a statement.',
     'If you think', 'the hospital'),
    ('Acme Corp. cut 300 jobs on Monday. “We had no choice,” the company said.', 'We had no', 'Acme Corp.'),
    # a descriptor keeps the participle that narrows it; not a relative clause
    ('An FBI official involved in the investigation, who was not authorized to speak publicly, said the inquiry began with '
     'a tip. “Somebody noticed that the specs read like a brochure,” the official said.', 'Somebody noticed',
     'an FBI official involved in the investigation'),
    ('“There is no version of this where we can buy out every house,” said a senior state official involved in the '
     'recovery, who spoke on the condition of anonymity.', 'There is no version', 'a senior state official involved in the recovery'),
    ('A letter signed by 87 teachers and presented to the board in December said the schedule left them "exhausted, '
     'underpaid and looking for the exit."', 'exhausted', 'a letter signed by 87 teachers'),
    ('“We were never told,” said a resident, who asked not to be named.', 'We were never', 'a resident'),
    # "That was X": the sentence or paragraph after the quote reveals who spoke; never a time
    ('Democrats say the split is less regional.\n\n“People keep talking about SEPTA as if it’s a Philadelphia problem,” she '
     'said in an interview. “It’s a Pennsylvania problem.”\n\nThat was Representative Tanya Okonjo-Reyes, a Democrat from '
     'Philadelphia.', 'People keep', 'Tanya Okonjo-Reyes'),
    ('Many have not listened.\n\n“I was born in this house. Where should I go, to a dormitory?” That was Mykola, 71, a retired '
     'railway electrician, speaking in the courtyard.', 'I was born', 'Mykola'),
    ('Mary Jones runs the shop.\n\n“We will reopen next week,” she said.\n\nThat was March, and the shop never reopened.',
     'We will reopen', 'Mary Jones'),
    ('Stonebridge, which was bought last year by a larger defense firm, Halvorsen Group, said in a statement that the company '
     'had “cooperated fully with investigators from the first day.”', 'cooperated', 'Stonebridge'),
    # the source the reporter spoke with; a speech verb's subject after a prepositional phrase and a relative clause
    ('Miriam Ocampo leads the health district.\n\nKIDW spoke with one mother in Middleton whose 7-year-old son is among the '
     'cases. She asked that her name not be used.\n\n"He had a fever for four days," she said.', 'He had a fever', 'one mother'),
    ('Miriam Ocampo leads the health district.\n\nKIDW spoke with the mayor about the cases.\n\n"We are ready for more," she '
     'said.', 'We are ready', 'Miriam Ocampo'),
    ('Valentyna Petrenko sat nearby.\n\nA 27-year-old drone operator from a brigade defending the area, who asked to be '
     'identified only by his rank, said the units had changed tactics.\n\n“Now they hunt for anything that moves,” he said.',
     'Now they hunt', 'a 27-year-old drone operator'),
    # "it" is one document of several opening the sentence before; never a person
    ('The vote drew more than 900 emails.\n\nOne of those emails, from a resident of the Brookfield subdivision, was read '
     'aloud during the hearing. “We moved here for the trees and the quiet,” it said.', 'We moved', 'one of those emails'),
    ('One of the neighbors called the police. “It was loud all night,” it said.', 'It was loud', None),
    # a lone company word typed as a person is the company whose name it opens
    ('Calder Motion Systems told employees on Tuesday that the plant would close.\n\nCalder, which is based in suburban '
     'Detroit, said in a statement that the decision was "not a reflection on our Springfield team."', 'not a reflection',
     'Calder Motion Systems'),
    # a one-sentence paragraph with the same pronoun carries the look one paragraph further back
    ('Iryna Savchuk runs the evacuation team.\n\nLate in the afternoon, the artillery started. In the bakery, Halyna began '
     'stacking the unsold loaves.\n\nAsked whether she would leave, she shrugged.\n\n“When the bread stops coming,” she said.',
     'When the bread', 'Halyna'),
    # a person named right after a document noun did not write it ("The letter Kaminski was talking about")
    ('The letter Kaminski was talking about arrived in August. In it, the company said it planned to eliminate the second '
     'shift. The notice described the move as “a difficult but necessary step to stay competitive.”', 'a difficult', 'the notice'),
    # negatives: a paragraph back, a noun that is not the subject of a speech verb, or a plural, is passed over
    ('Back on Main Street, Ronnie Gayheart pulled a chair out of the mud. His grandfather made it, he said.\n\n'
     '"I will clean it up," he said.', 'I will clean', 'Ronnie Gayheart'),
    ('Dr. Priya Raman led the study. People who take one drug may differ from others, she said.\n\n'
     '“I would not switch medications,” she said.', 'I would not', 'Priya Raman'),
]


@pytest.mark.parametrize(("text", "first", "speaker"), CASES)
def test_round4_speakers(text: str, first: str, speaker: str | None) -> None:
    assert speaker_of(text, first) == speaker


PLACES = [
    # (text, the mention, its type as the speaker readers see it)
    ("Councilwoman Irene Park spoke.", "Councilwoman Irene Park", "person"),
    ("Irene Park spoke.", "Irene Park", "person"),
    # negatives: after a preposition of place, or ending in a place word, a place stays one
    ("They met near General Grant Park.", "General Grant Park", "place"),
    ("She lives on Councilwoman Irene Street.", "Councilwoman Irene Street", "place"),
    ("Lake Irene Park flooded.", "Lake Irene Park", "place"),
]


@pytest.mark.parametrize(("text", "surface", "typ"), PLACES)
def test_titled_place_read_as_person(text: str, surface: str, typ: str) -> None:
    start = text.index(surface)
    m = Mention(start, start + len(surface), surface, "place", "x")
    r = Resolver(text, (m,), {}, [], [0])
    assert r.mentions[0].type == typ
