"""Newspaper attribution, round 7 (issue 9): made-up US newspaper sentences through the whole
pipeline (real entity detection), one group per class, each with negatives.

Classes: a he/she never points back to a document or an office that spoke last ("The study
called it …", its entity the councilman who asked for it); a "-man"/"-woman" role carries its
gender ("one retired alderman" is no "she"); a given name most of whose bearers are of one sex
gives the person that gender ("Clement", "Rosalind"); a band or foundation named after a person
is not that person ("the Ray Ellison Trio"); a he/she inside someone's quote is another person,
named around the quote ("“He used to tell me, ‘…,’” Parrish said"); a person the article
introduces in full after the last quote, of the pronoun's gender and no preposition's object, is
the new topic ("a fiddler named Walter Greaves … “…,” he told the boy"); after "said", a phrase
followed by an auxiliary is the reported clause's subject, not an inverted speaker ("and said the
board had “…”"); a person or body opening the sentence before a relative clause is the subject of
the speech verb after it ("One parent whose daughter …, and who …, said"); "my father" in
someone's quote is the father the article named ("Her father, Eamon,"), else that speaker's
relative ("Marcus Pettaway’s grandfather", "my dad" shown as "father"), and a he/she inner cue
after such a "my …" in the same quote is that relative; a name after a fronted adverbial ("By
evening, Ms. Ortiz had posted …", "Back on the farm, Dale Oster walks …") opens its sentence; a
"person" the words before read as a place ("east of Branson", "in El Geneina", a lone unknown word
"from Gary") is no he/she; of several people named with a role noun ("Spokane manager Russ Pettibone",
"Orchardmen manager Tomás Ibarra"), "the manager" is the one mentioned last; newspaper cue phrases
("followed up", "fires back", "chimed in"); a definite document noun with no earlier mention of
that noun speaks as written ("The complaint alleges …"), not as an earlier other document ("a court
order"); a word for any document ("the statement") still stands for an earlier readout; the only name an apposition or relative clause gives is
the speaker's ("Another voter, who gave only his first name, Ray,"; "our server, a college student
named Duy,"), not a thing's name ("a freighter named Ever Given"); "the lieutenant" is whoever the article
named with "Lt." (AP title abbreviations are written forms of their role nouns), not a person named in another
role that holds the noun ("A spokesperson for the governor, Kayla Dunmore,"); a company named in
full, then by its first word ("Skylane Systems … Skylane said"), speaks under its full name.

Each case: (text, the quote's first words, the speaker shown).
"""

from __future__ import annotations

import pytest

from tests.annotate.quotes.helpers import speaker_of

CASES = [
    # a document that spoke last is no "he"
    ('The hearing ran late.\n\nA study from the Urban Institute, commissioned by Councilman Ray Dorsey last year, '
     'looked at bus delays. The study called the network “a patchwork nobody designed.”\n\n'
     'Dorsey, who chairs the transit committee, said the findings made his case.\n\n'
     '“We fund the buses but not the schedule,” he said.', 'We fund the buses', 'Ray Dorsey'),
    # negative: the document keeps its own words
    ('A study from the Urban Institute, commissioned by Councilman Ray Dorsey last year, looked at bus delays. '
     'The study called the network “a patchwork nobody designed.”', 'a patchwork', 'Urban Institute study'),
    # a "-man" role is no "she"
    ('Rita Salas ran the market for 30 years. It became, in the words of one retired alderman, '
     '“the front porch of the ward.”\n\n“I just kept the lights on,” she told the Tribune in 2001.',
     'I just kept', 'Rita Salas'),
    # negative: a "he" may still be him
    ('Rita Salas ran the market for 30 years. It became, in the words of one retired alderman, '
     '“the front porch of the ward.”\n\n“She never took a day off,” he said.', 'She never took', 'one retired alderman'),
    # a given name gives the gender: the male critic is no "she"
    ('Nora Bell painted the mills for a decade.\n\nIn 1936 the critic Clement Hart dismissed her work as “postcards from a tour.”\n\n'
     'She did not tour the mills. “I have never been so happy or so dirty,” she wrote to her sister.',
     'I have never been', 'Nora Bell'),
    # a band named after a person is not that person
    ('Ray Ellison, a pianist who played the city’s clubs for 50 years, died on Sunday. He was 88.\n\n'
     'In his 40s he formed the Ray Ellison Trio, which recorded six albums.\n\n'
     '“The trio taught me to listen,” he told the Herald in 1999.', 'The trio taught', 'Ray Ellison'),
    # a he/she inside someone's quote is another person named around it
    ('Dean Parrish, 30, a drummer who studied with him for years, said Mr. Ellison charged him nothing.\n\n'
     '“He used to tell me, ‘Play it like you mean it,’” Parrish said.', '‘Play it like', 'Ellison'),
    # negative: the outer speaker keeps the outer quote
    ('Dean Parrish, 30, a drummer who studied with him for years, said Mr. Ellison charged him nothing.\n\n'
     '“He used to tell me, ‘Play it like you mean it,’” Parrish said.', 'He used to tell me', 'Dean Parrish'),
    # a person introduced in full after the last quote is the new topic
    ('“Bear with me,” Ben Cole told the crowd before his last set.\n\n'
     'In the tent that night I watched a fiddler from Galax named Walter Greaves teach a boy the tune, phrase by phrase.\n\n'
     '“You are rushing it,” he told the boy. “The tune is not going anywhere.”', 'You are rushing', 'Walter Greaves'),
    # after "said", a phrase with its own auxiliary is the reported clause's subject
    ('Board member Ana Ruiz called the raises “generous to a fault” and said the board had “bargained against itself.”',
     'bargained against', 'Ana Ruiz'),
    ('A county engineer who worked on the plan and who spoke on the condition of anonymity said the city’s lawyers '
     'had been preparing for a lawsuit “for weeks.”', 'for weeks', 'a county engineer'),
    # negative: an inverted speaker stays ("said the board, which …"; "said the mayor’s office")
    ('The vote was delayed, said the county board, which had “too many questions.”', 'too many questions', 'the county board'),
    ('“We are reviewing the ruling,” said the mayor’s office.', 'We are reviewing', 'the mayor’s office'),
    # the head before a relative clause speaks, not a name inside the clause
    ('One parent whose son worked with Bright Path Tutoring, and who asked not to be named, said the family was never '
     'offered anything "improper."', 'improper', 'one parent'),
    # negative: a subject of its own right before the verb
    ('The woman who called the police was taken to a hospital, and her husband said the night was "a blur."',
     'a blur', 'her husband'),
    # "my father" inside someone's quote: the father the article named, else that speaker's relative
    ('Nora Quinlan grew up on the island. Her father, Eamon, fished the bay for 50 years.\n\n'
     '“My father used to say, ‘The bay does not care if you are in a hurry,’ and I still say it,” Quinlan said.',
     '‘The bay does not care', 'Eamon'),
    ('Lorna Kepple paused before answering.\n\n“My dad told me once, ‘Nobody owns an airline. You just borrow it,’ ” '
     'Ms. Kepple said.', '‘Nobody owns', 'Lorna Kepple’s father'),
    ('Marcus Pettaway, 34, walked the picket line on Tuesday.\n\n“My grandfather walked out of this place in 1986. '
     'I asked him last night what I should do. He said, ‘You will know.’ So here I am,” Pettaway said.',
     '‘You will know', 'Marcus Pettaway’s grandfather'),
    # negative: a "she" inner cue with no "my …" before it is another person, not the outer speaker
    ('Dean Parrish said Ms. Ortega never raised her voice.\n\n“She told me, ‘Check it twice,’ and I did,” '
     'Parrish said.', '‘Check it twice', 'Ortega'),
    # a fronted adverbial before the subject (with a title): the subject is the new topic
    ('“We will not move the clinic,” Teresa Vahl said at the hearing.\n\nBy evening, Ms. Ortiz had posted a clip of '
     'the exchange online. “She followed orders. Veterans followed the signs to a locked door,” she wrote.',
     'She followed orders', 'Ortiz'),
    ('“The well will hold,” Hector Ruiz said.\n\nBack on the farm, Dale Oster walks out to the new well, where '
     'Ruiz’s crew is packing up. He watches the water for a long while.\n\n“Everybody says we should have started '
     'sooner,” he says finally.', 'Everybody says', 'Dale Oster'),
    # negative: a fronted clause with no name after it leaves the last speaker
    ('“The well will hold,” Hector Ruiz said.\n\nBack on the farm, the water is running again.\n\n'
     '“It will run all winter,” he said.', 'It will run', 'Hector Ruiz'),
    # a place read as a person is no "he"
    ('“The camp is full,” an aid worker said.\n\nOne of the boys, 13-year-old Adam Saleh, said he had been in the '
     'eighth grade in El Geneina.\n\n“Here there is no eighth grade,” he said.', 'Here there is no', 'Adam Saleh'),
    # two people named with one role noun: "the manager" is the one mentioned last
    ('Orchardmen manager Tom Ibbot said he had planned to pull Winsett after seven innings.\n\n'
     'Spokane manager Russ Pettibone was blunt about his lineup. "We got beat by one guy," Pettibone said.\n\n'
     'Winsett starts again Thursday. Ibbot said he would not ask for more than seven innings.\n\n'
     '"He will be mad at me," the manager said.', 'He will be mad', 'Tom Ibbot'),
    # negative: one holder only
    ('Spokane manager Russ Pettibone was blunt about his lineup.\n\nWinsett starts again Thursday.\n\n'
     '"He will be mad at me," the manager said.', 'He will be mad', 'Russ Pettibone'),
    # newspaper cue phrases
    ('On the call, Jamal Okoro, an analyst, asked about fares. Mr. Whitford answered that fares would be set by the '
     'market.\n\n“So the savings do not come from pricing,” Mr. Okoro followed up.', 'So the savings', 'Jamal Okoro'),
    # a document named for the first time speaks as written, not as an earlier other document
    ('The class action, filed against Tri-Valley Water Co. and its parent, Ardent Utilities Inc., seeks a court order '
     'requiring new filters.\n\nThe complaint alleges that Tri-Valley "chose the cheaper path of silence."',
     'chose the cheaper', 'the complaint'),
    # negative: the same noun named before keeps its issuer
    ('The union filed a complaint with the state in December, the Ohio Nurses Association said.\n\nThe complaint '
     'describes conditions as "unsafe by any reasonable standard."', 'unsafe by any', 'Ohio Nurses Association complaint'),
    # the only name a relative clause or an apposition gives is the speaker's
    ('Another voter, who gave only his first name, Ray, said he backed Hargrove because “the man has made payroll.”',
     'the man has made', 'Ray'),
    ('When I asked about the heat, our server, a college student named Duy, warned that the dish was “for people '
     'who have something to prove.”', 'for people who', 'Duy'),
    # negative: a thing's name is no speaker
    ('The ship, a freighter named Ever Given, blocked the canal, and the company called it “a freak event.”',
     'a freak event', 'the company'),
    # a role noun stands for the person named with its abbreviated title
    ('The first witness was Lt. Raymond Cole, a fire investigator. Cole testified for hours.\n\nOn cross-examination, '
     'the lawyer Ana Adebayo asked Cole whether anything tied the gasoline to his client.\n\n'
     '"Not at the scene, no, sir," the lieutenant said.', 'Not at the scene', 'Raymond Cole'),
    # negative: no one named with the title: the role as written
    ('The first witness was a fire investigator.\n\n"Not at the scene, no, sir," the lieutenant said.',
     'Not at the scene', 'the lieutenant'),
    # the name after "a spokesperson for the governor" is the spokesperson's
    ('Gov. Thomas Hale toured the county on Monday. A spokesperson for the governor, Kayla Dunmore, said the state had '
     'opened 31 warming centers.\n\nIn a post on X, the governor thanked crews and wrote that he would hold utilities '
     '"to every promise they make."', 'to every promise', 'Thomas Hale'),
    # negative: the role's own apposition stays
    ('Tom Reyes, the governor, toured the county.\n\nLater the governor wrote that crews were "heroes, every one."',
     'heroes, every one', 'Tom Reyes'),
    # a company named in full, then by its first word
    ('The hearing focused on Skylane Systems, a Denver company that sells scheduling software to airlines.\n\n'
     'Skylane later said in a written statement that it “welcomes the committee’s oversight.”', 'welcomes the',
     'Skylane Systems'),
    # negative: an acronym is a body of its own
    ('Delegates of the NATO Parliamentary Assembly met in Oslo.\n\nNATO said in a statement that it was “ready to '
     'respond.”', 'ready to', 'North Atlantic Treaty Organization'),
]


@pytest.mark.parametrize("text,first_words,expected", CASES)
def test_round7_classes(text: str, first_words: str, expected: str | None) -> None:
    assert speaker_of(text, first_words) == expected
