"""Speaker noun phrases next to a cue: the subject before it or the phrase after it.

Finds, by word shape alone (no tagger): a pronoun ("he"), a capitalised name run
("Department of Defense Spokesman John Ullyot", "Smith"), or a nominal phrase
ending in a speaker noun from the data files ("a senior US Defense official",
"the statement", "Netanyahu’s office", "officials"). An appositive between the
speaker and the cue ("Smith, a spokesman for X, said") is skipped.

Refuses: phrases broken by punctuation, phrases that run into a stop word
("that", "in", "said"), lower-case phrases whose head is not a speaker noun and
has no determiner, and anything longer than eight words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from site_builder.annotate.quotes.lexicon import lexicon

_WORD_RE = re.compile(r"[^\W_][\w’'&.\-]*")
_DETERMINERS = frozenset("the a an this that these those another one its his her their our your my two three both some several many".split())
_CONNECTORS = frozenset("of the de la le du del da di al el bin ibn van von der den and & for".split())
_POSSESSIVE = ("’s", "'s", "’", "'")
MAX_WORDS = 8
_CONTRACTION_RE = re.compile(r"[’'](?:d|ll|ve|re|m|s)$")


@dataclass(frozen=True, slots=True)
class Phrase:
    start: int
    end: int
    kind: str  # "pronoun" | "name" | "nominal"
    head: str  # lower-case last word (pronoun, surname, or head noun)

    def text(self, text: str) -> str:
        return text[self.start : self.end]


def _clean(text: str, s: int, e: int) -> tuple[int, int, str]:
    """Trim a trailing sentence period (not an abbreviation's) from a word."""
    w = text[s:e]
    initial = len(w) == 2 and w[0].isupper() and w[1] == "."  # "Jerome H. Powell"
    while w and w[-1] in ".-’'" and not initial and not (w[-1] == "." and (w[:-1] in lexicon().abbreviations or "." in w[:-1])):
        if w.endswith(_POSSESSIVE[0]) or w.endswith(_POSSESSIVE[1]):
            break
        w, e = w[:-1], e - 1
    return s, e, w


_PARTICLE_RE = re.compile(r"(?:al|el|ad|ash|as|at|an|ar|ibn|bin|bint|de|da|di|du|la|le|van|von|ben)-[A-Z]")


def _is_cap(w: str) -> bool:
    """Capitalised, or a name with a lower-case particle ("al-Amr", "bin-Salman")."""
    return w[:1].isupper() or _PARTICLE_RE.match(w) is not None


def _base(w: str) -> str:
    for p in _POSSESSIVE[:2]:
        if w.endswith(p):
            return w[: -len(p)]
    return w


def words_before(text: str, lo: int, end: int) -> list[tuple[int, int, str]]:
    """Up to MAX_WORDS words ending at `end`, separated only by whitespace (last word last)."""
    out: list[tuple[int, int, str]] = []
    window_lo = max(lo, end - 160)
    found = [m for m in _WORD_RE.finditer(text, window_lo, end)]
    pos = end
    for m in reversed(found):
        gap = text[m.end() : pos]
        if gap.strip():
            break
        s, e, w = _clean(text, m.start(), m.end())
        if e < m.end() and text[e] == ".":
            # a trailing sentence period: the phrase can not reach back across it
            break
        if out:
            s, e, w = m.start(), m.end(), m.group()
        out.append((s, e, w))
        pos = m.start()
        if len(out) >= MAX_WORDS:
            break
    out.reverse()
    return out


def words_after(text: str, start: int, hi: int, limit: int = 14) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    pos = start
    for m in _WORD_RE.finditer(text, start, min(hi, start + 200)):
        if text[pos : m.start()].strip():
            break
        s, e, w = _clean(text, m.start(), m.end())
        out.append((s, e, w))
        pos = m.end()
        if e < m.end() or len(out) >= limit:
            break
    return out


def strip_skips(text: str, lo: int, end: int) -> int:
    skips = lexicon().skip_words
    while True:
        while end > lo and text[end - 1].isspace():
            end -= 1
        m = re.search(r"([A-Za-z]+)$", text[max(lo, end - 20) : end])
        if m and m.group(1).lower() in skips and end - len(m.group(1)) > lo:
            b = end - len(m.group(1))
            if b == lo or not text[b - 1].isspace():
                return end
            end = b
            continue
        return end


_PREPS = frozenset("for of at from with in to".split())  # "a former aide to Mr. Trump"
_COMPANIONS = frozenset("colleagues others co-authors coauthors".split())
_RELATIVE_RE = re.compile(r"(?:,\s*|\s+)who$")
_BEGAN_RE = re.compile(r"\s+(?:began|begins|started|starts)\Z")
_RELATIVE_ASIDE_RE = re.compile(r"(?:,\s*|\s+)who,\s+(?:as|when|while|after|before|since|although|though|if|in|on|at)\b[^,;:“”\"]{0,120},\s*\Z")


def phrase_before(text: str, lo: int, end: int) -> Phrase | None:
    """The speaker phrase that ends at `end` (the subject of a cue starting there)."""
    end = strip_skips(text, lo, end)
    began = _BEGAN_RE.search(text, max(lo, end - 10), end)
    if began is not None:
        # "the student section behind the bench began chanting, “…”": a named group took up the
        # words; not "since we began saying, “Never again,”" (a pronoun: a slogan taken up)
        p = phrase_before(text, lo, began.start())
        return p if p is not None and p.kind != "pronoun" else None
    aside = _RELATIVE_ASIDE_RE.search(text, max(lo, end - 160), end)
    if aside is not None:
        end = aside.start() + aside.group().index("who") + 3  # "a lieutenant who, as he was deployed …, wrote"
    rel = _RELATIVE_RE.search(text, max(lo, end - 12), end)
    if rel is not None:
        # "Anthony Richter, who asks: “…”": the relative pronoun stands for the phrase before it
        end = strip_skips(text, lo, rel.start())
    if end > lo and text[end - 1] == ")":
        # "Rep. Jim Jordan (R-Ohio) said"
        k = text.rfind("(", max(lo, end - 60), end)
        if k > lo:
            end = strip_skips(text, lo, k)
    if end > lo and text[end - 1] == ",":
        # appositive: "Smith, a spokesman for the ministry, said" / "Biden’s spokesperson, Karine Jean-Pierre, said"
        # / "Smith, 52, of Dayton, said" (up to three commas back)
        k = end - 1
        main = None
        first_k = text.rfind(",", max(lo, end - 120), k)
        for _ in range(3):
            k = text.rfind(",", max(lo, end - 120), k)
            if k < 0:
                break
            main = _phrase_before(text, lo, strip_skips(text, lo, k))
            if main is not None:
                break
        if main is None:
            return _named_after_descriptor(text, lo, first_k, end - 1)
        if main is not None:
            # "Biden’s spokesperson, Karine Jean-Pierre, said" / "A spokeswoman for Smith, Jane Doe, said"
            clause = words_before(text, lo, main.start)
            role = main.kind == "nominal" or any(lexicon().noun_class(w) == "person" for _, _, w in clause[-3:])
            if role:
                opener = _name_before_role(text, lo, main)
                if opener is not None:
                    return opener  # "Martin Sayles, now a professor at the University of Maryland, Baltimore County, said"
                appos = _phrase_before(text, k + 1, end - 1) or _numbered_name(text, k + 1, end - 1)
                if appos is not None and appos.kind == "name" and not text[k + 1 : appos.start].strip():
                    return appos
        return _relative_head(text, lo, main)
    return _relative_head(text, lo, _phrase_before(text, lo, end))


# a body's own name in apposition: capitalised words, small linking words inside ("Pomeroy Families for Choice")
_APPOSED_NAME_RE = re.compile(r"\s*((?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:(?:for|of|and|the|on|in)\s+)*[A-Z][\w’'&.-]*){1,6})\s*")


def _named_after_descriptor(text: str, lo: int, k: int, end: int) -> Phrase | None:
    """"A parents' group that has opposed school vaccine requirements, Pomeroy Families for
    Choice, posted": the name in apposition after a descriptor that opens the clause with a person
    or organization noun and that no speaker phrase ends; None otherwise."""
    if k < lo:
        return None
    m = _APPOSED_NAME_RE.fullmatch(text, k + 1, end)
    opener = _phrase_after_det(text, lo, k)
    if m is None or opener is None:
        return None
    return Phrase(m.start(1), m.end(1), "name", m.group(1).split()[-1].lower())


_DESCRIPTOR_OPEN_RE = re.compile(r"(?:A|An|The|One)\s+(?:[\w’'-]+\s+){0,2}?([a-z]+)\b")


def _phrase_after_det(text: str, lo: int, k: int) -> re.Match[str] | None:
    """The clause opens with a determiner and a person or organization noun within three words."""
    stop, line = text.rfind(". ", lo, k), text.rfind("\n", lo, k)
    start = max(stop + 2 if stop >= 0 else lo, line + 1 if line >= 0 else lo, lo)
    m = _DESCRIPTOR_OPEN_RE.match(text, start, k)
    return m if m is not None and lexicon().noun_class(m.group(1)) in ("person", "org") else None


# "protesters who had gathered on the lawn outside chanted": the relative pronoun after the head
_RELATIVE_PRONOUNS = frozenset(("who", "that"))
_CLAUSE_START_RE = re.compile(r"(?:\A|[.!?:;,(—–\n]|[”\"])\s*\Z")


def _relative_head(text: str, lo: int, p: Phrase | None) -> Phrase | None:
    """The phrase a relative clause holding `p` modifies, when the clause stands between its head
    and the cue: "protesters who had gathered on the lawn outside chanted" (not "the lawn
    outside"), "The union that represents the city's employees, Local 1187, said". The head
    opens its clause (not "He told the board that the mayor said": an object)."""
    if p is None or p.kind == "pronoun":
        return p
    words = words_before(text, lo, p.start)
    for k in range(len(words) - 1, 0, -1):
        if words[k][2].lower() not in _RELATIVE_PRONOUNS:
            continue
        head = _phrase_before(text, lo, words[k - 1][1])
        if head is None or head.kind == "pronoun" or not _CLAUSE_START_RE.search(text, max(lo, head.start - 3), head.start):
            return p
        if head.kind == "nominal" and lexicon().noun_class(head.head) is None and not head.head.endswith("s"):
            return p  # "the lawn that …": no speaker noun heads it
        return head
    return p


_NUMBERED_RE = re.compile(r"\s*((?:[A-Z][a-z]+\s+)+)(\d+[A-Z]*)\s*\Z")  # "Local 1187", "Local 32BJ"


def _numbered_name(text: str, lo: int, end: int) -> Phrase | None:
    """"The union …, Local 1187, said": a capitalised word and a number in apposition to a role
    name a body (not a date: "March 15")."""
    m = _NUMBERED_RE.fullmatch(text, lo, end)
    if m is None or any(w.lower() in lexicon().date_words for w in m.group(1).split()):
        return None
    return Phrase(m.start(1), m.end(2), "name", m.group(2).lower())


_ROLE_LEAD_RE = re.compile(r",\s+(?:now|then|also|still|once|formerly)?\s*\Z")


def _name_before_role(text: str, lo: int, role: Phrase) -> Phrase | None:
    """The name a role phrase stands in apposition to, with a comma between: "Martin Sayles, now
    an emeritus professor at …" (the role's own commas may then hold place names)."""
    if role.kind != "nominal":
        return None
    lead = _ROLE_LEAD_RE.search(text, max(lo, role.start - 12), role.start)
    if lead is None:
        return None
    name = _phrase_before(text, lo, lead.start())
    return name if name is not None and name.kind == "name" else None


def _phrase_before(text: str, lo: int, end: int) -> Phrase | None:
    L = lexicon()
    while end > lo and text[end - 1].isspace():
        end -= 1
    words = words_before(text, lo, end)
    if not words:
        return None
    s, e, w = words[-1]
    lw = w.lower()
    pron = _CONTRACTION_RE.sub("", lw)
    if pron in L.pronouns and (pron != "i" or w[:1] == "I"):
        return Phrase(s, e, "pronoun", pron)
    if L.noun_class(_base(w)) is not None:
        if lw in _COMPANIONS and len(words) >= 3 and words[-2][2] == "and" and _is_cap(words[-3][2]):
            return _phrase_before(text, lo, words[-3][1])  # "Bos and colleagues describe": Bos
        return _with_pp_head(text, lo, Phrase(_nominal_start(words), e, "nominal", _base(lw)))
    if not _is_cap(w) and lw not in L.stop_words and lw not in L.cue_words and lw not in _DETERMINERS:
        # "the philosopher", "one poster": a determiner and at most two modifiers before a noun
        for k in range(len(words) - 2, max(-1, len(words) - 5), -1):
            lk = words[k][2].lower()
            if lk in _DETERMINERS:
                return _with_pp_head(text, lo, Phrase(words[k][0], e, "nominal", _base(lw)))
            if lk in L.stop_words or lk in L.cue_words or lk in L.pronouns:
                break
        return None
    if _is_cap(w) and lw not in L.stop_words and lw not in _DETERMINERS:
        return _with_pp_head(text, lo, Phrase(_name_start(text, words), e, "name", _base(lw)))
    return None


def _nominal_start(words: list[tuple[int, int, str]]) -> int:
    """Where a nominal ending in a speaker noun starts: at its determiner or possessor, before a
    stop word, cue or pronoun."""
    L = lexicon()
    start = words[-1][0]
    for ws, _we, ww in reversed(words[:-1]):
        lww = ww.lower()
        if lww in L.stop_words - {"that", "the"} or lww in L.cue_words or lww in L.pronouns:
            break
        start = ws
        if lww == "that" or lww in _DETERMINERS or ww.endswith(_POSSESSIVE[:2]):
            break
    return start


def _name_start(text: str, words: list[tuple[int, int, str]]) -> int:
    """Where a capitalised name run ending at the last word starts ("Department of Defense
    Spokesman John Ullyot"); a leading "The"/"A" is not part of the name."""
    L = lexicon()
    start, e = words[-1][0], words[-1][1]
    k = len(words) - 2
    while k >= 0:
        ws, _we, ww = words[k]
        connector = ww.lower() in _CONNECTORS and k > 0 and _is_cap(words[k - 1][2])  # "Control and Prevention"
        if not connector and (ww.lower() in L.stop_words or ww.lower() in L.cue_words):
            break
        if not (_is_cap(ww) or connector):
            break
        start = ws
        k -= 1
    first = text[start:e].split(None, 1)
    if first and first[0].lower() in _DETERMINERS and len(first) > 1:
        start = text.index(first[1], start)
    return start


def _with_pp_head(text: str, lo: int, p: Phrase) -> Phrase:
    """"a spokesperson for the agency", "residents of the town": the speaker noun before the
    preposition heads the phrase."""
    before = words_before(text, lo, p.start)
    if p.kind == "name" and before and re.fullmatch(r"\d+(?:st|nd|rd|th)", before[-1][2]):
        before = before[:-1]  # "a lieutenant in the 33rd Light Infantry Division"
    if p.kind == "name" and before and before[-1][2].lower() in ("the", "a", "an"):
        before = before[:-1]  # "a spokesman for the White House"
    if before and before[-1][2].lower() in _PREPS and len(before) >= 2:
        outer = _phrase_before(text, lo, before[-2][1])
        if (
            outer is not None
            and outer.kind == "nominal"
            and lexicon().noun_class(outer.head) == "person"
            # not "Secretary of State X" (but "Republicans in the House")
            and (p.kind != "name" or text[outer.start : outer.end].split()[-1][:1].islower() or outer.head.endswith("s"))
        ):
            return Phrase(outer.start, p.end, "nominal", outer.head)
        if outer is not None and before[-1][2].lower() in _PERSON_PREPS and _person_like(text, outer):
            return outer  # "U.S. Attorney Lionel Becerra for the Southern District of Texas said", "Ana Ruiz of the Sierra Club"
    return p


_PERSON_PREPS = frozenset("for of at with from".split())


def _person_like(text: str, p: Phrase) -> bool:
    """A name phrase with a given name in it, or a title and a name after it ("U.S. Attorney Lionel
    Becerra", "Mr. Lee"; not a title alone: "CEO of the Refugee Council Enver Solomon")."""
    L = lexicon()
    if p.kind != "name":
        return False
    words = [w.lower().rstrip(".,") for w in text[p.start : p.end].split()]
    titled = any(w in L.titles and words[k + 1 :] and words[-1] not in L.titles for k, w in enumerate(words))
    return titled or any(w in L.female_names or w in L.male_names for w in words)


def _compound(text: str, words: list[tuple[int, int, str]], k: int, s0: int) -> Phrase:
    """The nominal whose first speaker noun is words[k], run on over the nouns right after it:
    "the Chinese foreign ministry spokesperson" (head: spokesperson, not ministry)."""
    L = lexicon()
    we, head = words[k][1], words[k][2]
    for ws2, we2, ww2 in words[k + 1 :]:
        known = L.noun_class(_base(ww2)) is not None or ww2.lower() == "general"  # "attorney general"
        if text[we:ws2] != " " or not known or ww2.endswith(_POSSESSIVE[:2]) or ww2.lower() in L.cue_words:
            break
        we, head = we2, (head if ww2.lower() == "general" else ww2)
    return Phrase(s0, we, "nominal", _base(head).lower())


def phrase_after(text: str, start: int, hi: int) -> Phrase | None:
    """The speaker phrase that starts at `start` (after an inverted cue: "said the official")."""
    L = lexicon()
    words = words_after(text, start, hi)
    if not words:
        return None
    s0, e0, w0 = words[0]
    lw0 = w0.lower()
    name_run = _is_cap(w0) and len(words) > 1 and (_is_cap(words[1][2]) or words[1][2].lower() in _CONNECTORS) and e0 == words[0][1]
    if lw0 in L.stop_words and not name_run:
        return None
    pron = _CONTRACTION_RE.sub("", lw0)
    if pron in L.pronouns:
        # "said he" / "added they"; never "It was …", "you", "I", "I’m" after a cue
        return Phrase(s0, e0, "pronoun", pron) if pron not in ("it", "you", "i") else None
    if lw0 == "the" and len(words) > 2 and _is_cap(words[1][2]) and (words[1][2] in L.abbreviations or words[1][2].rstrip(".") in L.abbreviations):
        # "said the Rev. Samuel Price": an honorific after "the" opens a name
        return phrase_after(text, words[1][0], hi)
    if not name_run and (lw0 in _DETERMINERS or L.noun_class(_base(w0)) is not None or w0.endswith(_POSSESSIVE[:2])):
        for k, (ws, we, ww) in enumerate(words):
            if ww is not w0 and (ww.lower() in L.stop_words or ww.lower() in L.cue_words or ww.lower() in _DETERMINERS):
                return None
            if L.noun_class(_base(ww)) is not None and not ww.endswith(_POSSESSIVE[:2]):
                return _compound(text, words, k, s0)
            if we < ws + len(ww) or text[we : we + 1] in (",", ";", ":", "."):
                break
        return None
    if _is_cap(w0):
        return _name_after(text, words)
    return None


# a name of one to three capitalised words in apposition after a role: ", Halyna, 58," / ", Oksana."
_APPOSED_RE = re.compile(r",\s+([A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){0,2})(?=,|\.(?:\s|$))")


def apposed_after(text: str, end: int) -> Phrase | None:
    """The capitalised name in apposition right after a role ending at `end` ("the baker, Halyna,
    58, who …"); None for a date, a title, a stop word there."""
    L = lexicon()
    found = _APPOSED_RE.match(text, end)
    if found is None:
        return None
    words = found.group(1).split()
    if any(w.lower() in L.date_words or w.lower() in L.stop_words or w.lower().rstrip(".") in L.titles for w in words):
        return None
    return Phrase(found.start(1), found.end(1), "name", _base(words[-1]).lower())


def _name_after(text: str, words: list[tuple[int, int, str]]) -> Phrase:
    """The capitalised name run opening `words`; "Ms. Ortiz’s lawyer": a possessor's speaker noun."""
    L = lexicon()
    s0, e = words[0][0], words[0][1]
    k = 1
    while k < len(words):
        ws, we, ww = words[k]
        if _is_cap(ww) or (ww.lower() in _CONNECTORS and k + 1 < len(words) and _is_cap(words[k + 1][2])):
            e = we
            k += 1
            continue
        break
    last = text[s0:e].split()[-1]
    r = k  # a role right after the name run; or after one modifier when a name follows ("press secretary Karine …")
    if r + 2 < len(words) and words[r][2].islower() and L.noun_class(_base(words[r][2])) is None and _is_cap(words[r + 2][2]):
        r += 1
    if r < len(words) and words[r][2].islower() and L.noun_class(_base(words[r][2])) is not None:
        if r + 1 >= len(words) or not _is_cap(words[r + 1][2]):
            return _compound(text, words, r, s0) if r == k else Phrase(s0, words[k - 1][1], "name", _base(last).lower())
        j = r + 1  # "said Acme spokeswoman Jane Doe": the name after the role
        while j < len(words) and _is_cap(words[j][2]) and text[words[j - 1][1] : words[j][0]] == " ":
            j += 1
        return Phrase(s0, words[j - 1][1], "name", _base(words[j - 1][2]).lower())
    if last.endswith(_POSSESSIVE[:2]):
        # "said Ms. Ortiz’s lawyer": the possessor's noun is the speaker, not the possessor
        for j in range(k, min(k + 3, len(words))):
            if L.noun_class(_base(words[j][2])) is not None:
                return _compound(text, words, j, s0)
            if words[j][2].lower() in L.stop_words or _is_cap(words[j][2]):
                break
    return Phrase(s0, e, "name", _base(last).lower())
