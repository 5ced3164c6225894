"""Words nobody said: predicted, generic, habitual or imagined speech, a stock saying, the wording of
a question or idea, and a word proposed in a question (CONVENTIONS.md: "Hypothetical, habitual and
generic speech is out").

Finds, for a quote, whether the cue (or verb of thinking) right before it reports such words:
"They will tell you, “…”" (a modal), "No one wakes up and says, “…”" / "People say, “…”" (a
generic subject with a present-tense cue), "Imagine a mother who thinks, “…”", "I always tell my
team, “…”" (a pronoun's habit), "As the saying goes, “…”", "We have an expression in my family:
“…”", "They don’t … think, “…”" (a thought denied), "where we say, “…”" (a stock line), "The
question is, “…”" / "It raises the question: “…”" / "the challenge is, “…”" (an abstract noun and a
copula), "You ask yourself, “…”", "Ask any Ukrainian, “…”", and "Would you describe the talks as
“productive”?" (a word proposed). Word lists: data/generic_speech.txt.

Refuses (leaves as speech): a named speaker's habit ("Biden always says, “…”"), past speech of a
group ("People shouted, “…”"), an attempt at speech ("are trying to say, “Come …”": speech a group
actually utters), a question a moderator or interpreter relays ("So his question was: “…”",
"The question is: “…”" after "Our next question is from …"), an echo ("You called it “…”?").
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.quotes.lexicon import DATA_DIR, lexicon
from site_builder.lexicon import data_lines

_WORD_RE = re.compile(r"[^\W_][\w’'-]*")

# what may stand between the cue and the quote: its object ("tell you") and a comma, colon or dash
_CUE_TAIL_RE = re.compile(r"(?:[ \t]+(?:you|me|us|them|him|her|my\s+team|yourself|ourselves|themselves))?[ \t]*[,:—–-]?[ \t]*\Z")
_CLAUSE_CUT_RE = re.compile(r"[.;!?][”\"’')]?[ \t]+|\n|—|–")
# a present-tense cue after a generic subject: "says", "tell", not "said"
# the copula closing the words before the quote: "The question is, ", "the test will be: "
_COPULA_END_RE = re.compile(
    r"(?<![\w’'-])(?:is|was|are|were|becomes|became|remains|will\s+be|would\s+be)(?:[ \t]*[,:]?|[ \t]+[a-z]+[ \t]*:)[ \t]*\Z"
)
# "Ask any Ukrainian, “…”", "Just ask yourself: “…”": a cue bidding the reader opens the clause (after
# a transcript label, if any), a few words of object, then a comma or colon
_BIDDING_RE = re.compile(r"\A\s*(?:[A-Z][A-Z .’'-]*:\s+)?(?:(?:[Jj]ust|[Ss]imply|[Ss]o|[Aa]nd|[Nn]ow|[Tt]hen|[Gg]o)\s+)*(?:[Aa]sk|[Tt]ell|[Ii]magine|[Pp]icture)\b[^,:;“”\"]{0,40}[,:]\s*\Z")
_OWNERS = frozenset("his her their my your its whose".split())
_SPEECH_NOUNS = frozenset("answer answers message response reply words statement advice told said asked".split())
_THINK = frozenset("think thinks thinking wonder wonders".split())
_NEGATIONS = frozenset("not never don’t don't doesn’t doesn't didn’t didn't won’t won't nobody".split())
_PRESENT = frozenset("say says tell tells ask asks think thinks wonder wonders go goes".split())


@lru_cache(maxsize=1)
def _generic_words() -> dict[str, frozenset[str]]:
    groups: dict[str, frozenset[str]] = {}
    for line in data_lines(DATA_DIR / "generic_speech.txt"):
        kind, _, words = line.partition(":")
        groups[kind.strip()] = frozenset(words.split())
    return groups


@lru_cache(maxsize=1)
def _generic_cue_re() -> re.Pattern[str]:
    words = set(lexicon().cue_words) | _generic_words()["cues"]
    alts = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(r"(?<![\w’'-])(" + alts + r")(?![\w’'-])")


def generic_speech(text: str, start: int) -> bool:
    """The cue right before the quote reports speech nobody actually uttered: predicted ("They will
    tell you, “…”"), generic ("No one wakes up and says, “…”", "People say, “…”"), imagined
    ("Imagine a mother who thinks, “…”"), habitual ("I always tell my team, “…”") or a stock
    saying ("As the saying goes, “…”"). A named speaker's habit ("Biden always says") and past
    speech of a group ("People shouted, “…”") are reported speech and stay quotes."""
    head = text[max(0, start - 160) : start]
    clause = head[max((m.end() for m in _CLAUSE_CUT_RE.finditer(head)), default=0) :]
    g = _generic_words()
    if clause.rstrip().endswith(":") and any(w.lower() in g["stock"] for w in _WORD_RE.findall(clause)):
        return True  # We have an expression in my family: “Never give up.”
    if _topic_wording(clause, g) and not _relayed_question(text, start) or _BIDDING_RE.search(clause):
        return True  # The question is, “What happens next?”; It raises the question: “…”; Ask any voter, “…”
    cue = None
    for m in _generic_cue_re().finditer(clause):
        if _CUE_TAIL_RE.match(clause, m.end()):
            cue = m
    if cue is None:
        return False
    verb = cue.group(1).lower()
    lead = [w.lower() for w in _WORD_RE.findall(clause[: cue.start()])]
    if _self_talk(verb, clause[cue.end() :], g):
        return True
    if verb in ("go", "goes"):
        return bool(lead) and lead[-1] in g["stock"]  # as the saying goes
    if any(w in g["imagine"] for w in lead):
        return True
    near = [w for w in lead[-3:] if not w.endswith("ly") or w in g["habitual"]]
    if near and (near[-1] in g["future"] or near[-1].endswith(("’ll", "'ll"))):
        return True  # they will tell you / some’ll say
    if verb in _THINK and any(w in _NEGATIONS for w in lead):
        return True  # they don’t do it because they wake up one day and think, “…”: a thought denied
    if verb not in _PRESENT:
        return "nobody" in lead or _no_one(lead)
    if len(lead) >= 2 and lead[-2] in ("as", "where", "what", "how") and lead[-1] in ("we", "they", "people"):
        return True  # an old joke where we say, “…”; as they say, “…”: a stock line
    if near and near[-1] in g["habitual"] and len(near) >= 2 and near[-2] in g["habit_subjects"]:
        return True  # I always tell my team
    return _no_one(lead) or _generic_subject(lead, g["generic"])


def _topic_wording(clause: str, g: dict[str, frozenset[str]]) -> bool:
    """"The question is, “…”", "the challenge becomes: “…”", "It raises the question: “…”": an abstract
    noun (data/generic_speech.txt `topics`) and a copula, or a verb raising a question, right before
    the quote give the wording of a question or idea, not anyone's words."""
    words = [w.lower() for w in _WORD_RE.findall(clause)]
    if len(words) >= 3 and words[-1] == "question" and words[-2] == "the" and words[-3] in g["raise"]:
        return True
    m = _COPULA_END_RE.search(clause)
    if m is None:
        return False
    before = [w.lower() for w in _WORD_RE.findall(clause[: m.start()])][-7:]
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i] in g["topics"]), None)
    if at is None or any(w in _SPEECH_NOUNS for w in before):
        return False
    if at > 0 and (before[at - 1] in _OWNERS or before[at - 1].endswith(("’s", "'s"))):
        return False  # So his question was: “…”: a question someone asked
    # a comma or colon sets the wording off (the goal is, “…”), or the noun is a question (the real
    # question is “Why now?”); "the goal is “stability”" is a predicate, left to the other checks
    return clause.rstrip()[-1:] in (",", ":") or before[at].startswith("question")


# a moderator's or interpreter's turn, or words that pass on a question someone asked ("Our next question
# is from …", "submitted by …"): "The question is: “…”" there is that person's question
_RELAYED_RE = re.compile(
    r"\b(?:MODERATOR|OPERATOR|INTERPRETER)\b|\b(?:next|last|first|following|another|final|follow-up)\s+question\b"
    r"|\bquestion\s+(?:is\s+|was\s+|comes\s+)?from\b|\b(?:submitted|sent|asked)\s+(?:in\s+)?by\b"
)


def _relayed_question(text: str, start: int) -> bool:
    """The paragraph passes on a question someone asked (a moderator's turn, "Our last question was
    submitted by …"): its "The question is: “…”" is that question, words asked."""
    ps = text.rfind("\n", 0, start) + 1
    return _RELAYED_RE.search(text, ps, start) is not None


def _self_talk(verb: str, tail: str, g: dict[str, frozenset[str]]) -> bool:
    """"You ask yourself, “…”": a reflexive object after a present cue, talk to oneself."""
    return verb in _PRESENT and any(w.lower() in g["reflexive"] for w in _WORD_RE.findall(tail)[:2])


def _no_one(words: list[str]) -> bool:
    return any(a == "no" and b == "one" for a, b in zip(words, words[1:], strict=False))


def _generic_subject(lead: list[str], generic: frozenset[str]) -> bool:
    """The subject of the cue is a generic word, a few words before it: it opens the clause, or
    follows "as", "and", "but", "when", "if" ("when people say, “…”"), not an object ("told
    some of them")."""
    for i in range(max(0, len(lead) - 6), len(lead)):
        if lead[i] in generic:
            return i == 0 or lead[i - 1] in ("as", "and", "but", "when", "if", "so", "because", "where", "while")
    return False


# "Would you describe the talks as “productive”?", "Can we call this a “reset”?": a modal question
# offering a word for the addressee to take or leave
_PROPOSED_RE = re.compile(
    r"(?<![\w’'-])(?:would|will|could|can|should|might)[ \t]+(?:you|we|they|one)[ \t]+(?:\w+ly[ \t]+)?"
    r"(?:describe|call|characterize|characterise|label|consider|term|see|view|classify)(?![\w’'-])[^.!?;:“”\"\n]{0,60}\Z",
    re.I,
)


# "they’re trying to say, “Come …”": an attempt at speech is speech a group actually utters
_ATTEMPT_RE = re.compile(r"(?<![\w’'-])(?:trying|tried)\s+to\s+(?:say|tell\s+(?:\w+\s+){0,2}?|ask|write)[ \t]*[,:]?[ \t]*\Z")


def unsaid(text: str, start: int, end: int, hypothetical: bool) -> bool:
    """The quote is words nobody said: the cues' hypothetical verdict (`hypothetical`, "mayors can
    say, “…”"), unless the "to" before the cue is an attempt ("are trying to say, “…”"), or
    `unuttered` below."""
    if hypothetical and _ATTEMPT_RE.search(text, max(0, start - 60), start) is None:
        return True
    return unuttered(text, start, end)


def unuttered(text: str, start: int, end: int) -> bool:
    """Words nobody said: predicted, generic, habitual or imagined speech, or a word proposed in a question."""
    return generic_speech(text, start) or proposed_word(text, start, end)


def proposed_word(text: str, start: int, end: int) -> bool:
    """A modal question offers the quoted word ("Would you describe the talks as “productive”?"):
    no one's words; "You called it “reckless.” Why?" echoes and stays a quote."""
    after = text[end : end + 3].lstrip("”\"’' ")
    return after[:1] == "?" and _PROPOSED_RE.search(text, max(0, start - 120), start) is not None
