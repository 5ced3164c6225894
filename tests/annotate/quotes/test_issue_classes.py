"""The mistake classes of issue 9, table-driven: (text, expected quotes) with negative cases.

Mentions are hand-built (helpers.mentions_for), so these hold whatever the entity detector does.
"""

from __future__ import annotations

import pytest

from site_builder.annotate.quotes import find_quotes
from site_builder.model.registry import EMPTY_REGISTRY
from tests.annotate.quotes.helpers import mentions_for

NAMES = {
    "Ana Ruiz-O": ("person", "ana-ruiz-o"),  # a name the entity detector cut at the apostrophe
    "John Doe": ("person", "john-doe"),
    "Jane Roe": ("person", "jane-roe"),
    "Sam Poe": ("person", "sam-poe"),
    "Joe Biden": ("person", "joe-biden"),
    "Tom Reed": ("person", "tom-reed"),
    "Abbas Araghchi": ("person", "abbas-araghchi"),
    "Vladimir Putin": ("person", "vladimir-putin"),
    "Acme": ("organization", "acme"),
    "Julie Chung": ("person", "julie-chung"),
    "North Korea": ("place", "north-korea"),
    "South Korea": ("place", "south-korea"),
    "Lee": ("person", "lee"),
    "Roe": ("person", "jane-roe"),
    "Reed": ("person", "tom-reed"),
}

# (text, [(quote words without marks, speaker)])
CASES = [
    # 1. the speaker is plain
    ("“We will appeal the ruling today,” Mr. Lee said.", [("We will appeal the ruling today,", "Lee")]),
    ("“We will appeal the ruling today,” the Rev. John Doe said.", [("We will appeal the ruling today,", "John Doe")]),
    ("“We will appeal the ruling today,” a spokeswoman for the company, Jane Roe, said.",
     [("We will appeal the ruling today,", "Jane Roe")]),
    ("A spokeswoman for the company, Jane Roe, said, “We will appeal the ruling today.”",
     [("We will appeal the ruling today.", "Jane Roe")]),
    ("“We will appeal the ruling today,” Sam Poe, the chief executive of Acme, said.",
     [("We will appeal the ruling today,", "Sam Poe")]),
    ("Iran’s lead negotiator, Abbas Araghchi, is quoted as saying that, “We achieved good progress on the issues.”",
     [("We achieved good progress on the issues.", "Abbas Araghchi")]),
    ("President Joe Biden went to Tokyo. It will, in the President’s words, “help all our economies grow faster.”",
     [("help all our economies grow faster.", "Joe Biden")]),
    # the speaker named in the sentence after the quote
    ("“We will appeal the ruling today.” So said Jane Roe, the lawyer for the family.",
     [("We will appeal the ruling today.", "Jane Roe")]),
    ("“We will appeal the ruling today.” Those were the words of Jane Roe, the family lawyer.",
     [("We will appeal the ruling today.", "Jane Roe")]),
    # the owner of a claim noun right before the quote beats a farther cue
    ("Tom Reed met Jane Roe. We noted the minister’s warning of “grave consequences for everyone.”",
     [("grave consequences for everyone.", "the minister")]),
    # he/she: a nominal subject, a pronoun chain back to it, a descriptor that carries on
    ("Ana Ruiz-O'Brien left. The editor shot her down. “You would not want to compete with him,” he said.",
     [("You would not want to compete with him,", "the editor")]),
    ("There was a woman, a fan. She was sad. Last year she came up to me. With tears in her eyes she said, “Thank you, poet.”",
     [("Thank you, poet.", "a woman")]),
    ("Vladimir Putin may go further. The President was asked today, and he said, “We will be involved.” He said, “We will be involved.”",
     [("We will be involved.", "the President"), ("We will be involved.", "the President")]),
    ("A mother who escaped the city talked about it. “I just sobbed,” she said, “screaming into a pillow.”",
     [("I just sobbed,", "a mother"), ("screaming into a pillow.", "a mother")]),
    ("Now, my staff did not let me bring my guitar. They said it would be “undiplomatic.”", [("undiplomatic.", "my staff")]),
    ("QUESTION: Assistant Secretary Julie Chung put out some tweets, and one of them mentioned, “We will focus on sanctions.”",
     [("We will focus on sanctions.", "Julie Chung")]),
    ("North Korea has issued a warning to U.S. and South Korea again. It said the drills risk, quote, “a serious crisis.”",
     [("a serious crisis.", "North Korea")]),
    ("We remain concerned by the Acme’s, quote, “call to combat” and by the images.", [("call to combat", "Acme")]),
    # 2. partial quotes after reporting frames, and after an explicit "quote"
    ("Tom Reed spoke on Monday. He called the ruling “reckless” and “unjust.”", [("reckless", "Tom Reed"), ("unjust.", "Tom Reed")]),
    ("Tom Reed, the mayor, met reporters. He described the plan as “dead on arrival”.", [("dead on arrival", "Tom Reed")]),
    ("Tom Reed met reporters on Monday. He said growth was “sluggish”.", [("sluggish", "Tom Reed")]),
    ("Acme warned that any rival would face, quote, “the worst consequences,” on Monday.", [("the worst consequences,", "Acme")]),
    # 4. never a bare pronoun or filler: resolve or abstain
    ("Well, I said, “We will appeal the ruling today.”", [("We will appeal the ruling today.", None)]),
    ("And we said, “We will appeal the ruling today.”", [("We will appeal the ruling today.", None)]),
    ("As we said, “We are from the government and here to help.” I’m here to say thank you.",
     [("We are from the government and here to help.", None)]),
    ("Putin spoke. Vladimir Putin said, quote, “Then give me the planes.” Now, you’ve said you are in talks.",
     [("Then give me the planes.", "Vladimir Putin")]),
    # 5. names cut at punctuation are mended
    ("“We will appeal the ruling today,” said Ana Ruiz-O'Brien.", [("We will appeal the ruling today,", "Ana Ruiz-O'Brien")]),
    # a quote over two paragraphs with no mark re-opening the second
    ("After the match, Tom Reed said, \"I think we have learned a lot.\n\nIt was a very emotional day.\" Then he left.",
     [("I think we have learned a lot.\n\nIt was a very emotional day.", "Tom Reed")]),
]

# 6. things that are not quotes
NOT_QUOTES = [
    "Officials met at the “Summit for Democracy” on Monday.",
    "She appeared on “This Week” on Sunday.",
    "The deal was signed on “June 5” last year.",
    "We will preserve peace through a new approach that we call “integrated deterrence” from now on.",
    "Biden signed a memorandum entitled, quote, “Advancing the Human Rights of All Persons Around the World.”",
    "It is a little bit simplistic to say, “Social media is just here to assure technical support for everyone.”",
    "Mayors can say, “I am the mayor and I actually do help every single day.”",
    "We want the investors to look at the United States and say, “That is where we want to be.”",
    "Why did you sign on to this statement which basically said, “Okay, go do your thing now”?",
    "My colleague at the Pentagon didn’t say, “The Taliban understands only force and nothing else.”",
    "All applicants must apply in person. And when we say “apply in person,” we mean a passport facility.",
]


def _run(text: str) -> list[tuple[str, str | None]]:
    mentions, entities = mentions_for(text, NAMES)
    quotes, _ = find_quotes(text, mentions, entities, EMPTY_REGISTRY)
    return [(q.text.strip("“”\""), q.speaker) for q in quotes]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_issue_class(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _run(text) == expected


@pytest.mark.parametrize("text", NOT_QUOTES, ids=[t[:40] for t in NOT_QUOTES])
def test_not_a_quote(text: str) -> None:
    assert _run(text) == []
