"""Newspaper attribution through the whole pipeline (real entity detection, no hand-built mentions):
made-up sentences in the style of US news articles, one or more per pattern of issue 9 —
honorific + surname ("Mr. Lee said", shown as the fullest name the article gives), clergy ("the
Rev. John Doe"), a role in apposition ("a spokeswoman for the company, Jane Roe, said"; "Sam Poe,
the chief executive of Acme, said"), the speaker named in the sentence after the quote, he/she
resolved to the last person quoted or the subject of an earlier sentence or paragraph, documents
and statements that speak, colon-introduced statements, role descriptors resolved elsewhere
("the governor" → Gov. Kathy Hochul) — and negative cases: no bare pronoun, filler word, place
used as a location, time or law is ever a speaker.

Each case: (text, [(the quote's first words, the speaker shown)]).
"""

from __future__ import annotations

import pytest

from site_builder.annotate import annotate_text
from site_builder.model.registry import EMPTY_REGISTRY

CASES = [
    ('Chang-rae Lee, a novelist, opened the new library on Saturday.\n\n“Books saved my life,” Mr. Lee said.',
     [('Books', 'Chang-rae Lee')]),
    ('“We will fight this in court,” Mr. Alvarez said on Tuesday.',
     [('We will', 'Alvarez')]),
    ('Maria Ortiz runs a bakery on Main Street. “Sales are down by half,” Mrs. Ortiz told reporters.',
     [('Sales', 'Maria Ortiz')]),
    ('“Nobody warned us,” Ms. Patel said.',
     [('Nobody', 'Patel')]),
    ('Dr. Helen Kruger, an epidemiologist, studies the virus.\n\n“The numbers are rising again,” Dr. Kruger said.',
     [('The numbers', 'Helen Kruger')]),
    ('“We were not consulted,” Mrs. Ortiz told reporters on Monday.',
     [('We were', 'Ortiz')]),
    ('Mrs. Ortiz told reporters that the plan was “a disaster for small shops.”',
     [('a disaster', 'Ortiz')]),
    ('“We pray for the families tonight,” the Rev. John Doe said.',
     [('We pray', 'John Doe')]),
    ('The Rev. Martha Klein said, “This church will stay open.”',
     [('This church', 'Martha Klein')]),
    ('“Our doors are open to all,” said the Rev. Samuel Price, the pastor of First Baptist.',
     [('Our doors', 'Samuel Price')]),
    ('“We are reviewing the complaint,” a spokeswoman for the company, Jane Roe, said.',
     [('We are', 'Jane Roe')]),
    ('A spokesman for the mayor, Tom Briggs, said the city “will not back down.”',
     [('will not', 'Tom Briggs')]),
    ('“The report is inaccurate,” said a spokeswoman for the agency, Linda Carver.',
     [('The report', 'Linda Carver')]),
    ('“We expect sales to recover next year,” Sam Poe, the chief executive of Acme, said.',
     [('We expect', 'Sam Poe')]),
    ('Sam Poe, the chief executive of Acme, said, “We expect sales to recover next year.”',
     [('We expect', 'Sam Poe')]),
    ('“It was a hard decision,” said Karen Wu, the chairwoman of the school board.',
     [('It was', 'Karen Wu')]),
    ('“We will rebuild,” said Gov. Kathy Hochul of New York.',
     [('We will', 'Kathy Hochul')]),
    ('“The market is cooling,” said Daniel Frost, an economist at Moody’s Analytics.',
     [('The market', 'Daniel Frost')]),
    ('“We have done nothing wrong.” That was the message from Jane Roe, the company’s lawyer, on Monday.',
     [('We have', 'Jane Roe')]),
    ('Senator Maria Lopez spoke at the rally on Sunday. “We will win this fight,” she said.',
     [('We will', 'Maria Lopez')]),
    ('David Kim, the police chief, addressed the crowd. He said the suspect was armed. “We had no choice,” he said.',
     [('We had', 'David Kim')]),
    ('“This is a sad day,” said Robert Hale, the mayor.\n\n“We will get through it,” he added.',
     [('This is', 'Robert Hale'), ('We will', 'Robert Hale')]),
    ('“This is a sad day,” said Robert Hale, the mayor.\n\nThe city has lost three firefighters this year.\n\n“We will get through it,” he added.',
     [('This is', 'Robert Hale'), ('We will', 'Robert Hale')]),
    ('The White House released a readout of the call. “The leaders agreed to meet again soon,” the readout said.',
     [('The leaders', 'White House readout')]),
    ('The company issued a statement on Friday. The statement reads: “We deeply regret the error.”',
     [('We deeply', 'the statement')]),
    ('“We take these allegations seriously,” the statement said.',
     [('We take', 'the statement')]),
    ('Acme said in a statement: “We deeply regret the error.”',
     [('We deeply', 'Acme')]),
    ('The mayor said in a statement: “Our city will recover.”',
     [('Our city', 'the mayor')]),
    ('Jane Roe said in a statement: “I am innocent.”',
     [('I am', 'Jane Roe')]),
    ('“Sales fell 10 percent,” the report said.',
     [('Sales fell', 'the report')]),
    ('Sam Poe had a simple message: “Keep calm and carry on.”',
     [('Keep calm', 'Sam Poe')]),
    ('The governor, Kathy Hochul, visited the site. “We will rebuild,” the governor said.',
     [('We will', 'Kathy Hochul')]),
    ('Acme named Sam Poe its chief executive last year. “We are growing,” the chief executive said on Monday.',
     [('We are', 'Sam Poe')]),
    ('“We won,” said Maria Lopez. Her opponent, Tom Briggs, disagreed. “It is not over,” he said.',
     [('We won', 'Maria Lopez'), ('It is not', 'Tom Briggs')]),
    ('Last year, “it was a different story,” according to many residents.',
     [('it was', 'many residents')]),
    ('In Washington, officials said “the risk is low.”',
     [('the risk', 'officials')]),
    ('Representative Alexandria Ocasio-Cortez spoke on Friday.\n\n“We’re not going to stop,” said Ms. Ocasio-Cortez, who represents parts of the Bronx and Queens.',
     [('We’re', 'Alexandria Ocasio-Cortez')]),
    ('Mr. Trump, speaking to reporters at the White House on Friday, said that “nobody has been tougher on Russia than me.”',
     [('nobody', 'Trump')]),
    ('“It’s a disaster,” said Joe Smith, 54, a retired teacher from Dayton, Ohio, who was waiting in line.',
     [('It’s', 'Joe Smith')]),
    ('Peter Lee owns the store. In an interview, Mr. Lee said the decision “came as a shock.”',
     [('came', 'Peter Lee')]),
    ('“I think it’s a good deal,” Mr. Lee said in an interview. “But we have to see.”',
     [('I think', 'Lee'), ('But', 'Lee')]),
    ('“We are looking at every option,” said one official, who spoke on the condition of anonymity to discuss internal deliberations.',
     [('We are', 'one official')]),
    ('“This is a witch hunt,” the senator wrote on Twitter.',
     [('This is', 'the senator')]),
    ('“We are going to get it done,” Mr. Biden told reporters before boarding Air Force One.',
     [('We are', 'Biden')]),
    ('“We have to do better. We owe it to them,” said Mayor Eric Adams.',
     [('We have', 'Eric Adams')]),
    ('“We knew this day would come.” Mr. Lee, who has lived here for 40 years, said the flooding was the worst he had seen.',
     [('We knew', 'Lee')]),
    ('Gloria Mendez waited for hours outside the shelter.\n\n“They told us to come back tomorrow,” she said. “But tomorrow never comes.”\n\nShe has three children.',
     [('They told', 'Gloria Mendez'), ('But tomorrow', 'Gloria Mendez')]),
    ('Governor Gavin Newsom signed the bill on Tuesday. The law takes effect in January.\n\n“This is a historic day for California,” he said.',
     [('This is', 'Gavin Newsom')]),
    ('“We’re cautiously optimistic,” said Dr. Anthony Fauci, the nation’s top infectious disease expert. He added that “we are not out of the woods yet.”',
     [('We’re', 'Anthony Fauci'), ('we are not', 'Anthony Fauci')]),
    ('The police department said in a statement that the officer “acted within department policy.”',
     [('acted', 'the police department')]),
    ('“There is no evidence of fraud,” the judge, Matthew Brann, wrote in his opinion.',
     [('There is', 'Matthew Brann')]),
    ('Judge Matthew Brann dismissed the suit. “This court has been presented with strained legal arguments,” he wrote.',
     [('This court', 'Matthew Brann')]),
    ('“We will not be intimidated,” Speaker Nancy Pelosi said on Thursday.',
     [('We will', 'Nancy Pelosi')]),
    ('Ms. Pelosi, a Democrat of California, said, “The House will act.”',
     [('The House', 'Pelosi')]),
    ('“I was shocked,” said Tom Nguyen, whose brother was killed in the crash. “He was just 19.”',
     [('I was', 'Tom Nguyen'), ('He was', 'Tom Nguyen')]),
    ('Amy Chen, a nurse at Mercy Hospital, has worked 12-hour shifts for months. “We are exhausted,” Ms. Chen said. “Nobody is listening.”',
     [('We are', 'Amy Chen'), ('Nobody', 'Amy Chen')]),
    ('“The vaccine is safe,” the Centers for Disease Control and Prevention said in guidance issued Friday.',
     [('The vaccine', 'Centers for Disease Control and Prevention')]),
    ('A White House spokeswoman, Karine Jean-Pierre, said the president “remains committed to the deal.”',
     [('remains', 'Karine Jean-Pierre')]),
    ('In a statement, Senator Ted Cruz said: “This decision is lawless.”',
     [('This decision', 'Ted Cruz')]),
    ('In a statement, the company said: “We are cooperating fully with investigators.”',
     [('We are', 'the company')]),
    ('The letter, signed by 40 senators, said the plan was “dead on arrival.”',
     [('dead', 'the letter')]),
    ('Mr. Smith called the proposal “reckless” and said it would “hurt working families.”',
     [('reckless', 'Smith'), ('hurt', 'Smith')]),
    ('Officials described the plan as “dead on arrival.”',
     [('dead', 'Officials')]),
    ('The flood reached the second floor.\n\n“We lost everything.” Maria Gomez, 61, stood outside her house on Tuesday, said the water rose in minutes.',
     [('We lost', 'Maria Gomez')]),
    ('“It’s a miracle nobody died.” So said Fire Chief Dan Reilly on Sunday.',
     [('It’s a', 'Dan Reilly')]),
    ('“Enough is enough.” With those words, Senator Joe Manchin ended the debate.',
     [('Enough', 'Joe Manchin')]),
    ('“We are ready,” said Coach Tim Walsh.\n\nThe team has won six straight games.\n\n“But we cannot take anyone lightly,” he said.',
     [('We are', 'Tim Walsh'), ('But we', 'Tim Walsh')]),
    ('“We are ready,” said Laura Bennett, the team’s captain.\n\nBennett scored twice on Saturday. “It felt good,” she said.',
     [('We are', 'Laura Bennett'), ('It felt', 'Laura Bennett')]),
    ('Judge Amy Berman Jackson sentenced the defendant to seven years.\n\n“The court cannot ignore what happened here,” she said.',
     [('The court', 'Amy Berman Jackson')]),
    ('Mayor Eric Adams criticized Gov. Kathy Hochul on Monday. “The state has failed us,” he said.',
     [('The state', 'Eric Adams')]),
    ('Mayor Eric Adams criticized Gov. Kathy Hochul on Monday. “The mayor is wrong,” she said in response.',
     [('The mayor', 'Kathy Hochul')]),
    ('The indictment accuses Mr. Lee of fraud. “The defendant knowingly deceived investors,” the indictment says.',
     [('The defendant', 'the indictment')]),
    ('According to the complaint, the company “ignored repeated warnings.”',
     [('ignored', 'the complaint')]),
    ('The memo, obtained by The New York Times, says the program is “at risk of failure.”',
     [('at risk', 'the memo')]),
    ('The readout said the two leaders “discussed the war in Ukraine.”',
     [('discussed', 'the readout')]),
    ('“We do not comment on ongoing investigations,” the F.B.I. said.',
     [('We do', 'F.B.I.')]),
    ('Google said in a statement that it “takes privacy seriously.”',
     [('takes', 'Google')]),
    ('“The strike is over,” the union said in a statement on Sunday.',
     [('The strike', 'the union')]),
    ('In Texas, “the rules are different,” officials said.',
     [('the rules', 'officials')]),
    ('China said the move was “a gross interference in its internal affairs.”',
     [('a gross', 'China')]),
    ('“The situation in Kyiv is calm,” Ukraine’s defense ministry said.',
     [('The situation', 'Ukraine’s defense ministry')]),
    ('“The defendants knew the product was dangerous,” the lawsuit alleges.',
     [('The defendants', 'the lawsuit')]),
    ('The complaint alleges that the company “concealed the risks from regulators.”',
     [('concealed', 'the complaint')]),
    ('“The country remains on high alert,” the readout said.',
     [('The country', 'the readout')]),
    ('The letter reads: “We demand an immediate halt to the project.”',
     [('We demand', 'the letter')]),
    ('Acme said in a statement on Friday: “We deeply regret the error.”',
     [('We deeply', 'Acme')]),
    ('Senator Susan Collins wrote on Twitter: “This nomination deserves a fair hearing.”',
     [('This nomination', 'Susan Collins')]),
    ('In a statement, the Justice Department said: “No one is above the law.”',
     [('No one', 'the Justice Department')]),
    ('Gov. Kathy Hochul toured the damage on Monday. “We will rebuild every home,” the governor said.',
     [('We will', 'Kathy Hochul')]),
    ('President Biden met with the families. “Your loss is our loss,” the president said.',
     [('Your loss', 'Biden')]),
    ('Senator Mitt Romney broke with his party. “I cannot support this,” the senator said.',
     [('I cannot', 'Mitt Romney')]),
    ('A senior official briefed reporters. “We have seen no sign of a pullback,” the official said.',
     [('We have', 'a senior official')]),
    ('“We have no comment,” the agency’s director, Jane Roe, said in an email.',
     [('We have', 'Jane Roe')]),
    ('“I was there for 20 years,” said Ms. Roe, who declined to give her age.',
     [('I was', 'Roe')]),
    ('“It is not safe,” Mr. Biden said, before adding: “We will fix it.”',
     [('It is not', 'Biden'), ('We will', 'Biden')]),
    ('Jane Roe, the agency’s director, told the committee that the program was “running out of money.”',
     [('running', 'Jane Roe')]),
    ('According to court documents, the defendant “planned the attack for months.”',
     [('planned', 'court documents')]),
    ('Mr. Lee met with Ms. Ortiz on Monday. He said the talks were “productive.”',
     [('productive', 'Lee')]),
    ('Ms. Ortiz, the union’s president, spoke first. Mr. Lee followed. “We are close to a deal,” she said.',
     [('We are', 'Ortiz')]),
    ('Mayor Karen Bass spoke on Sunday.\n\nThe fires have destroyed more than 10,000 structures. Crews worked through the night.\n\n“We will not leave anyone behind,” she said.',
     [('We will', 'Karen Bass')]),
    ('“The vote was rigged,” said Tom Baker, a Republican. His colleague, Ann Lewis, disagreed. “That is simply false,” she said.',
     [('The vote', 'Tom Baker'), ('That is', 'Ann Lewis')]),
    ('“They are lying,” said the Rev. Al Sharpton. “And we will prove it.”',
     [('They are', 'Al Sharpton'), ('And we', 'Al Sharpton')]),
    ('Pfizer said in a news release that the vaccine was “95 percent effective.”',
     [('95', 'Pfizer')]),
    ('“There is no timeline,” said Col. James Wright, a spokesman for the Army.',
     [('There is', 'James Wright')]),
    ('“We can’t wait any longer,” said Sgt. Maria Diaz of the Chicago Police Department.',
     [('We can’t', 'Maria Diaz')]),
    ('“We’re all in shock,” said Jim O’Neill, the school’s principal.',
     [('We’re all', 'Jim O’Neill')]),
]

# (text, the quote's first words): the text does not say who, or only a pronoun does
NO_SPEAKER = [
    ("“Thank you,” I said.", "Thank you"),
    ("“We will see,” he said.", "We will see"),
    ("He said: “I’m not going anywhere.”", "I’m not going anywhere"),
    ("“Well, we will see,” he said.", "Well, we will see"),
    ("“We are not going to take this lying down.”\n\nThe words came from Sen. Mark Ellison, who spoke at a rally.",
     "We are not going"),
]

# (text, the quote's first words, the speaker, what must not be the speaker)
NOT_THE_SPEAKER = [
    ("Under the Clean Air Act, “polluters must pay,” the agency said.", "polluters", "the agency", "Clean Air Act"),
    ("In Texas, “the rules are different,” officials said.", "the rules", "officials", "Texas"),
    ("Last week, “nothing changed,” Mr. Smith said.", "nothing changed", "Smith", "Last week"),
    ("On Monday, “the talks collapsed,” the Kremlin said.", "the talks", "Kremlin", "Monday"),
    ("In Moscow, a spokesman said “the talks failed.”", "the talks", "a spokesman", "Moscow"),
    ("Last year, “it was a different story,” according to many residents.", "it was", "many residents", "Last year"),
]


def _speakers(text: str) -> dict[str, str | None]:
    quotes = annotate_text(text, EMPTY_REGISTRY).quotes
    return {q.text.strip("“”\"' \n"): q.speaker for q in quotes}


def _speaker_of(text: str, first_words: str) -> str | None:
    found = [sp for body, sp in _speakers(text).items() if body.startswith(first_words)]
    assert len(found) == 1, f"no single quote opening with {first_words!r}: {_speakers(text)}"
    return found[0]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_newspaper_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(words, _speaker_of(text, words)) for words, _ in expected] == expected


@pytest.mark.parametrize(("text", "first_words"), NO_SPEAKER, ids=[c[0][:40] for c in NO_SPEAKER])
def test_no_speaker_shown(text: str, first_words: str) -> None:
    assert _speaker_of(text, first_words) is None


@pytest.mark.parametrize(("text", "first_words", "speaker", "never"), NOT_THE_SPEAKER, ids=[c[0][:40] for c in NOT_THE_SPEAKER])
def test_places_times_laws_do_not_speak(text: str, first_words: str, speaker: str, never: str) -> None:
    got = _speaker_of(text, first_words)
    assert got == speaker and never not in (got or "")


# whole articles: speakers carried across paragraphs, pronouns, roles and honorifics
ARTICLE_SENATE = 'WASHINGTON — The Senate voted on Thursday to approve a $40 billion aid package, sending the measure to President Biden’s desk.\n\nSenator Chuck Schumer of New York, the majority leader, called the vote “a turning point.”\n\n“This is what democracy looks like,” Mr. Schumer said on the Senate floor. “We came together.”\n\nRepublicans were divided. Senator Rand Paul of Kentucky, who delayed the vote for a week, said the bill was “reckless spending we cannot afford.”\n\n“We’re borrowing money from China to send it to Ukraine,” he told reporters.\n\nThe White House praised the vote. In a statement, the press secretary, Karine Jean-Pierre, said the president “looks forward to signing it.”\n\nSome lawmakers worried about oversight. “Where is the accountability?” asked Representative Marjorie Taylor Greene, a Republican of Georgia.\n\nA senior administration official, who spoke on the condition of anonymity to discuss private conversations, said the first shipments would arrive “within days.”\n\n“We’re not slowing down,” the official said.'
ARTICLE_FLOOD = 'Maria Hernandez was asleep when the water came.\n\nBy 3 a.m., the river had risen eight feet, and her street in Houston was a lake. She grabbed her two children and climbed onto the roof.\n\n“I thought we were going to die,” Ms. Hernandez, 34, said on Tuesday from a shelter at a local high school. “I kept praying.”\n\nHer neighbor, Luis Ortega, a retired mechanic, paddled over in a kayak. “I heard the kids screaming,” he said. “What else could I do?”\n\nThe mayor, Sylvester Turner, said at a news conference that the city had rescued more than 2,000 people. “Our first responders have been heroic,” Mr. Turner said.\n\nOfficials warned that more rain was coming. The National Weather Service said in an advisory that parts of the region could see “catastrophic flooding” through Friday.\n\nDr. Priya Shah, an emergency physician at Memorial Hermann Hospital, said her staff had treated dozens of people for injuries. She said the hospital was “stretched thin.”\n\n“We have people sleeping in the hallways,” she said.'
ARTICLES = [
    (ARTICLE_SENATE, [('a turning point', 'Chuck Schumer'), ('This is what', 'Chuck Schumer'), ('We came', 'Chuck Schumer'), ('reckless', 'Rand Paul'), ('We’re borrowing', 'Rand Paul'), ('looks forward', 'Karine Jean-Pierre'), ('Where is', 'Marjorie Taylor Greene'), ('We’re not', 'a senior administration official')]),
    (ARTICLE_FLOOD, [('I thought', 'Maria Hernandez'), ('I kept', 'Maria Hernandez'), ('I heard', 'Luis Ortega'), ('What else', 'Luis Ortega'), ('Our first', 'Sylvester Turner'), ('stretched', 'Priya Shah'), ('We have', 'Priya Shah')]),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLES, ids=["senate", "flood"])
def test_newspaper_article(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(words, _speaker_of(text, words)) for words, _ in expected] == expected
