"""Newspaper attribution, round 5 (issue 9): made-up US newspaper sentences through the whole
pipeline (real entity detection), one group per class, each with negatives.

Classes: a subject holding a relative clause speaks as its head ("protesters who had gathered on
the lawn outside chanted", "The union that represents …, Local 1187, said"), never the clause's
object, and only when the head opens its clause; a body named in apposition after a relative
clause is what "the union" later stands for, and a platform or place named after "on"/"in" in the
speaker's own sentence is not ("In a post on Facebook, the union wrote"); the object of a
preposition after a cue or opening the clause is not the subject of a later cue ("said in a
statement posted on its website that"), while a noun's own modifier stays ("the mission in
Ukraine said"); a document with a modifier of its own ("The joint communique, released …, said")
speaks as written; a verb of repetition before a cue in -ing is not part of the speaker ("the line
kept telling me"); "people" alone is nobody in particular.

Each case: (text, the quote's first words, the speaker shown).
"""

from __future__ import annotations

import pytest

from tests.annotate.quotes.helpers import speaker_of

CASES = [
    # a relative clause inside the subject: its head speaks
    ('As officers carried students out, protesters who had gathered on the lawn outside chanted, “Whose school? Our school!”',
     'Whose school', 'protesters'),
    ('Parents who packed the gym on Tuesday said the cuts were "a betrayal of our kids."', 'a betrayal', 'Parents'),
    ('The union that represents the city\'s sanitation workers, Local 831, said the plan would "break the crews."',
     'break the crews', 'Local 831'),
    # negatives: a head that does not open its clause, a relative clause about a thing
    ('Smith told the board that the mayor said the budget was "a mess."', 'a mess', 'the mayor'),
    # a body named in apposition after a relative clause; the platform is where the words appeared
    ('The union that represents Easton officers, the Police Benevolent Association, did not respond. '
     'In a post on Facebook on Wednesday, the union wrote, “Our members deserve due process.”',
     'Our members', 'Police Benevolent Association'),
    # the object of a preposition after a cue or opening the clause posts nothing
    ('China\'s foreign ministry said in a statement posted on its website that Beijing was "willing to talk."',
     'willing to talk', "China's foreign ministry"),
    # negative: a noun's own modifier ("the spokesman in Kyiv") is no clause-opening preposition
    ('A spokesman in Kyiv said the strike was "a war crime."', 'a war crime', 'a spokesman in Kyiv'),
    # a document with a modifier of its own speaks as written, not as an earlier "statement"
    ('The Nevada Republican Party said in a statement that it was "confident."\n\n'
     'The joint communique, released late on Monday after hours of talks, said leaders had "exchanged views."',
     'exchanged views', 'the joint communique'),
    # a verb of repetition before a cue in -ing
    ('"But the line kept telling me, \'We got you, we got you.\' And they did," Marcus Bell said.', 'We got you', 'the line'),
    # a group named before "began": the group, not its last words
    ('Late in the game the home crowd began chanting, “Air-ball! Air-ball!”', 'Air-ball', 'the home crowd'),
    # the speaker named only later: "X delivered those words" opening the next sentence or paragraph
    ('On Friday, a federal judge sentenced Lomax, 58, the former president of a Chantilly-based contractor, to six years, '
     'calling the scheme “a betrayal of every honest company.”\n\nU.S. District Judge Harold P. Vance delivered those '
     'words after a hearing.', 'a betrayal', 'Harold P. Vance'),
    ('The note read in part, “I am sorry for all of it.” Maria Ortiz wrote these words in 2014.', 'I am sorry', 'Maria Ortiz'),
    # negatives: a pronoun or a role pointing back leaves the cue's speaker
    ('“We will appeal,” Tom Reyes said. He said those words twice.', 'We will appeal', 'Tom Reyes'),
    ('“We will appeal,” Tom Reyes said. The judge ignored those words.', 'We will appeal', 'Tom Reyes'),
    # "the festival" is not the person named as "the festival’s founder"
    ('Dana Okoro, the festival’s founder, booked the acts.\n\nStorms delayed the schedule, and the festival announced '
     'on Instagram that gates would reopen “once lightning clears the area.”', 'once lightning', 'the festival'),
    # negative: the body itself named with the noun stays its antecedent
    ('Dana Okoro, the festival director, booked the acts.\n\nLater the director said the gates would reopen “soon, we hope.”',
     'soon, we hope', 'Dana Okoro'),
    # a frame verb joined by "and" to the sentence's first verb: that verb's subject ("Service" bodies speak)
    ('The weather service extended its heat warning through Sunday and urged residents to "avoid strenuous activity."',
     'avoid strenuous', 'the weather service'),
    ('Jane Doe read the report on Monday and called it "a whitewash."', 'a whitewash', 'Jane Doe'),
    # negative: the object before "and" never speaks
    ('The storm knocked out power to the hospital and the mayor urged residents to "stay home."', 'stay home', 'the mayor'),
    # a document opening its sentence, narrowed by a participle, speaks as described (not a name inside it)
    ('A memo Jane Doe sent to council members described the grant as "a one-time opportunity."', 'a one-time',
     'a memo Jane Doe sent to council members'),
    ('A letter signed by 40 nurses and presented to the board said staffing was "dangerously thin."', 'dangerously thin',
     'a letter signed by 40 nurses'),
    # negative: no participle after the noun: the issuer named before the cue stands
    ('A statement from the Acme Corp. said the recall was "voluntary."', 'voluntary', 'Acme Corp.'),
    # "people" alone is nobody in particular; a named group is somebody
    ('John Smith: People kept saying, “You will never make it in this business.”', 'You will never', None),
    ('Many people in the crowd kept shouting, “Not again!”', 'Not again', 'Many people in the crowd'),
]


@pytest.mark.parametrize(("text", "first", "expected"), CASES)
def test_round5_speaker(text: str, first: str, expected: str | None) -> None:
    assert speaker_of(text, first) == expected
