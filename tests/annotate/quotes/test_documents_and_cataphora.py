"""Issue 9, round 2: made-up US newspaper sentences through the whole pipeline (real entity
detection) for the classes round 1 left —

* documents and bodies that speak: a body that issued a statement, report or letter and a colon
  ("The extended troika issued a statement: “…”" is the troika's), a statement "which said"
  (its issuer), a clause whose subject is a speaker noun before a colon ("The city council was
  blunt: “…”");
* a pronoun cue before the name: "“Why now?” she asked. Senator Amy Klobuchar …" (a lede quote
  whose he/she no earlier person fits names the person opening the next sentence);
* "in his words", "in the President’s words" (the president named in the paragraph before); an
  aside after a quote ("IPEF, as we call it, …") is no cue of the quote;
* he/she: "Mr." in mid-sentence opens no sentence (the subject "Mr. Novak praised Mr. Lee" wins);
  "comments by Jake Sullivan that a meeting between Mr. Biden and Mr. Xi …; he said" is Sullivan;
* "they"/"it" as the named body opening its own sentence ("Republicans in the Senate blocked
  the bill, which they described as “…”");

joint speakers written together ("Google and Apple said"); a passive cue's agent ("branded
“extremists” by Russian authorities"); a role between a name run and a name ("said Acme
spokeswoman Jane Doe");
a quote right after a sentence naming its asker ("The next question came from Maria Ortiz. “…”");
and the negatives: no speaker when the next sentence opens with no person or a person of the
other gender, a time is never the issuer, the document speaks when nothing issued it.

Each case: (text, the quote's first words, the speaker shown).
"""

from __future__ import annotations

import pytest

from tests.annotate.quotes.helpers import speaker_of

CASES = [
    # a body issued the document the colon introduces
    ('The extended troika issued a statement: “We reiterate that there is no military solution.”', 'We reiterate', 'the extended troika'),
    ('The task force issued a report on Tuesday: “The city was not prepared.”', 'The city', 'the task force'),
    ('The union sent a letter to its members on Friday: “The strike will continue.”', 'The strike', 'the union'),
    ('The Federal Reserve released a statement after the meeting: “Inflation remains elevated.”', 'Inflation', 'Federal Reserve'),
    ('The United Nations Security Council issued a statement on Friday: “The members of the council condemn the attack.”',
     'The members', 'United Nations Security Council'),
    ('Just last week, the Security Council put out a statement: “There is no military solution.”', 'There is', 'the Security Council'),
    ('The governor’s office put out a statement: “The governor will sign the bill.”', 'The governor', 'The governor’s office'),
    # "a statement, which said" / "that said" / "the final line of which said": the statement's issuer
    ('The company released a statement, which said: “We are cooperating with investigators.”', 'We are', 'the company'),
    ('The White House issued a statement on Monday that said: “The president is monitoring the situation.”', 'The president', 'White House'),
    ('The Security Council put out a statement last week, the final line of which said, “There is no military solution.”',
     'There is', 'Security Council'),
    # a speaker noun opening the clause before the colon
    ('The city council was blunt: “We will not pay.”', 'We will', 'the city council'),
    ('The statement from the White House was blunt: “We will not negotiate.”', 'We will', 'the statement'),
    ('The union had a message for the mayor: “Pay us.”', 'Pay us', 'the union'),
    # "Her response:", "Mr. Lee’s answer:": whose response
    ('Ms. Ortiz was asked whether she would run again. Her response: “Not a chance.”', 'Not a chance', 'Ortiz'),
    ('Mr. Lee’s answer: “We will appeal.”', 'We will', 'Lee'),
    # a lede: the pronoun's person opens the next sentence
    ('“Why now?” she asked. Senator Amy Klobuchar, a Democrat of Minnesota, pressed the nominee on the timing.', 'Why now', 'Amy Klobuchar'),
    ('“It felt like the end of the world,” she said. Maria Ortiz, 54, lost her home in the fire.', 'It felt', 'Maria Ortiz'),
    ('“It felt like the end of the world,” she said.\n\nMaria Ortiz, 54, lost her home in the fire.', 'It felt', 'Maria Ortiz'),
    ('“We have nowhere to go,” he said. The Rev. John Doe, the pastor of First Baptist, has opened the church to families.',
     'We have', 'John Doe'),
    ('“Where is the money?” she asked. Ms. Ortiz has waited for her check for six months.', 'Where is', 'Ortiz'),
    ('Asked if she would run, she said: “We’ll see.” Ms. Ortiz, 45, has served two terms.', 'We’ll see', 'Ortiz'),
    # he/she: an honorific mid-sentence ("praised Mr. Lee") opens no sentence, so the subject wins;
    # whose words the sentence is about ("comments by X that …") beats the persons after "that"
    ('Mr. Novak praised Mr. Lee on Monday. “We are old friends,” he said.', 'We are', 'Novak'),
    ('Ms. Ortiz criticized Mr. Lee and Ms. Chen in a speech. “They have failed,” she said.', 'They have', 'Ortiz'),
    ('Mr. Novak met with Gov. Kathy Hochul and Mr. Lee. He said the talks were “useful.”', 'useful', 'Novak'),
    ('Reporters asked about comments by Jake Sullivan that a meeting between Mr. Biden and Mr. Xi was under consideration; '
     'he said, “Soon enough we will sit down.”', 'Soon enough', 'Jake Sullivan'),
    # a name the entity detector may miss, opening the sentence before the pronoun, beats the
    # previous quote's speaker; a capitalised ordinary word opening it ("Few …") does not
    ('“The search is over,” Mr. Whitmore said.\n\nA lawyer for Rathbun spoke first. Rathbun asked for donations on his blog '
     'to help Montalvo. He described Montalvo as “a man facing prison.”', 'a man', 'Rathbun'),
    ('“We won,” Mr. Whitmore said.\n\nFew expected the result. He called it “a miracle.”', 'a miracle', 'Whitmore'),
    # a role after a name and a comma is in apposition only when closed ("Mr. Lee, the mayor, said")
    ('According to Mr. Lee, the mayor said, “Get it done.”', 'Get it', 'the mayor'),
    ('Mr. Lee, the mayor, said, “Get it done.”', 'Get it', 'Lee'),
    # a passive cue's speaker is its agent after the quote; a name run and a role after it
    ('Navalny and his associates have been branded “extremists” by Russian authorities.', 'extremists', 'Russian authorities'),
    ('The bill was called “a disaster” by Senator Maria Lopez.', 'a disaster', 'Maria Lopez'),
    ('The plan was described as “reckless” by the mayor on Monday.', 'reckless', 'the mayor'),
    ('“We are ready,” said Acme spokeswoman Jane Doe.', 'We are', 'Jane Doe'),
    ('“We are ready,” said White House press secretary Karine Jean-Pierre.', 'We are', 'Karine Jean-Pierre'),
    ('“No comment,” said Pentagon officials.', 'No comment', 'Pentagon officials'),
    ('Mr. Lee described the plan as “reckless” by any measure.', 'reckless', 'Lee'),
    # joint speakers are written together, as the article has them
    ('Google and Apple said they would “work together on privacy.”', 'work together', 'Google and Apple'),
    ('“We are united,” Chancellor Olaf Scholz and President Emmanuel Macron said.', 'We are', 'Chancellor Olaf Scholz and President Emmanuel Macron'),
    ('Mr. Lee met Ms. Ortiz and said the deal was “done.”', 'done', 'Lee'),
    ('Israel said it had struck 20 targets, and Hamas said it would “respond forcefully.”', 'respond', 'Hamas'),
    # they / it: the named body opening the pronoun's own sentence
    ('Republicans in the Senate blocked the bill, which they described as “a partisan power grab.”', 'a partisan', 'Republicans'),
    ('Democrats have pushed for what they describe as “common-sense reforms.”', 'common-sense', 'Democrats'),
    ('The protesters marched to City Hall. They chanted, “No justice, no peace.”', 'No justice', 'the protesters'),
    # "in his words" / "in the President’s words" (named in the paragraph before); an aside
    # after the quote ("IPEF, as we call it,") is no cue of it
    ('Mr. Lee launched the fund in May. It will, in his words, “give every child a chance.”', 'give every', 'Lee'),
    ('Ms. Ortiz voted no. The bill was, in her own words, “a betrayal of working families.”', 'a betrayal', 'Ortiz'),
    ('President Biden returned from Asia on Friday.\n\nHe launched a trade framework there. It will, in the President’s words, '
     '“help our economies grow.” IPEF, as officials call it, covers 13 countries.', 'help our', 'Biden'),
    ('“The fund will grow.” The trust, as Mr. Lee calls it, holds $2 million.', 'The fund', None),
    # a document with a short prepositional phrase speaks; the words after "said" open the
    # reported clause, they do not name the speaker
    ('A statement from the family read: “He was a loving father.”', 'He was', 'a statement from the family'),
    ('The White House readout of the call said the two leaders “agreed to stay in touch.”', 'agreed', 'the White House readout of the call'),
    # "it": the company or the body opening the sentence before
    ('The company said it was “reviewing the matter.” In a second statement, it added: “We apologize.”', 'We apologize', 'the company'),
    ('Acme released a statement on Tuesday. “We are reviewing the matter,” it said.', 'We are', 'Acme'),
    # a possessor is not the speaker ("said Ms. Ortiz’s lawyer"); "an aide to X" is the aide
    ('“We did everything right,” said Ms. Ortiz’s lawyer, who asked not to be named.', 'We did', 'Ms. Ortiz’s lawyer'),
    ('A former aide to Mr. Trump, who spoke on condition of anonymity, said, “He was furious.”', 'He was', 'a former aide to Mr. Trump'),
    ('“It’s a tragedy,” said Mr. Lee’s sister, Ann Lee.', 'It’s a', 'Ann Lee'),
    # a quote opening the sentence right after a short one naming its asker
    ('The next question came from Maria Ortiz, a teacher. “Why are the schools closed?”', 'Why are', 'Maria Ortiz'),
    ('MR BUISINE: Ongoing, okay. Another question from Danny (ph) in the comments. “Do you intend on closing Guantanamo?”'
     '\n\nSECRETARY BLINKEN: Yes.', 'Do you', 'Danny'),
    ('There was no question from the floor. “We are done,” the chairman said.', 'We are', 'the chairman'),
    # the document speaks when nothing is said to have issued it
    ('The day ended with a statement: “We will meet again.”', 'We will', 'a statement'),
    ('Mr. Lee said in the letter, “I will not resign.”', 'I will', 'Lee'),
]

# (text, the quote's first words): nobody fits, so no speaker is shown
NO_SPEAKER = [
    ('“We have nowhere to go,” he said. The fire destroyed 40 homes.', 'We have'),
    ('“We have nowhere to go,” she said. Peter Lee, the fire chief, said crews were still working.', 'We have'),
    # the pronoun follows a person the article named before: no lede, no looking ahead
    ('Jane Roe said nothing. “We have nowhere to go,” he said. Peter Lee, the fire chief, said crews were still working.', 'We have'),
    ('“This is a witch hunt,” he said of the investigation.', 'This is'),
    ('Asked if she would run, she said: “We’ll see.” The vote is in May.', 'We’ll see'),
    ('“We will see,” they said. The board meets again in May.', 'We will'),
    # "it" after a sentence opening with a person's name is not that person
    ('Mr. Lee bought the building in May. “It was a steal,” it said in the listing.', 'It was'),
]


@pytest.mark.parametrize(("text", "first_words", "speaker"), CASES, ids=[c[0][:50] for c in CASES])
def test_speaker(text: str, first_words: str, speaker: str | None) -> None:
    assert speaker_of(text, first_words) == speaker


@pytest.mark.parametrize(("text", "first_words"), NO_SPEAKER, ids=[c[0][:50] for c in NO_SPEAKER])
def test_no_speaker(text: str, first_words: str) -> None:
    assert speaker_of(text, first_words) is None
