"""Quotation or not: scare quotes, titles of works, nicknames and quoted terms.

Finds nothing; decides whether a marked span is a direct quotation:

* accepted: any quote with a speech cue in its sentence (quoted fragments inside
  reported speech count), a short quote (1–3 words) only when the cue touches it
  (he said, “Foosball.”), and cue-less quotes that read like speech: they open a
  sentence, or use first/second person, or run to ten words or more; a short quoted
  sentence standing alone (Smith paused. “I don’t know.”), or closed by a comma before a
  speaker and a verb of manner (“Not yet,” Smith laughed.); a chant or shout in Title Case
  right after its cue (the crowd chanted “M-V-P! M-V-P!”); capitals that make no title (two
  sentences: “Air-ball! Air-ball!”; an address: “Bye, Miss Gloria!”; a list closed by a comma
  before its cue); an adjective a cue reports right before its noun (said the agency made an
  “inexcusable” mistake);
* refused: nicknames between name parts (Benjamin “Benny” Gantz); titles and
  terms announced by a word such as "titled", "dubbed", "so-called", "theme";
  Title Case strings (“Innovative Public Diplomacy Responses”) with no cue touching
  them; short (1-3 words) or mid-sentence quoted terms with no cue near (labelled groups
  “extremist”, the “no blank check” policy) — but a quoted verb phrase (the firm “will not
  tolerate” harassment) or one before a word of time (“modest growth” next year) is no modifier;
  a lone answer word is speech only from data/answer_words.txt; a quote of up to six words after a
  noun for words with no cue touching it (our expression is “right back at you.”) or marked "in
  quotation marks" after it; a title cue only counts in the quote's own sentence (the day the
  bank called. "They said …" is speech), and a work noun before a quote opening in lower case is
  none (the novel “addresses …”); a short Title Case quote after a colon (Her favorite film: “The
  Godfather.”); a nickname after a naming frame (called her “the Book Lady”); an inscription after a
  colon whose speaker is indefinite (Someone had spray-painted: “NOT AGAIN.”); the title or topic of an
  event, programme, work or document after its noun, of any length (a panel discussion on “Countering
  …”, a resolution on “…”, topics such as “…”, focused on “…”); a stock line named a motto, mantra or
  slogan before it (Our mantra has been: “…”); a thing's name after a passive naming verb (what’s
  called a “sunset clause”); words written on a thing
  (A sign on the barn door read “Closed.”; “Closed,” the sign read.: data/inscription_nouns.txt);
  speech nobody uttered (predicted, generic, habitual, imagined, a stock saying or the wording of a
  question: "They will tell you, “…”", "As the saying goes, “…”", "The question is, “…”", a word
  proposed in a modal question: quotes/unsaid.py), a short wording
  discussed as a word (“Pause” is not the word I would use) or quoted again with no cue at hand, a
  speaker's hedge on a word (“withdrawal,” if you will; these, quote, “exercises”), a term after a
  preposition and an article (the importance of a “free and open Indo-Pacific”), a noun phrase a
  naming verb puts on a person (were calling him “college kid,”);
* accepted as well: a questioner's echo of the addressee's words, marked as theirs (“stability” – that
  was your quote –; to use your words, “…”), and an attempt at speech (are trying to say, “Come …”).

A partial-quote reporting frame right before the quote (called it “reckless”, accused him of
“lying”, see `frames`) makes even a short phrase someone's words; titles, nicknames and
title-cue names stay out all the same. A short quote further from its cue in the sentence
counts when it closes the sentence (He said Russia would stay in Kherson “forever.”).
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.quotes.attribution import Attribution
from site_builder.annotate.quotes.lexicon import lexicon
from site_builder.annotate.quotes.unsaid import unsaid

_WORD_RE = re.compile(r"[^\W_][\w’'-]*")
_SMALL = frozenset("a an and as at but by for from in into nor of on or the to with vs via".split())
_PERSONAL = frozenset("i i’m i'm i’ve i've i’ll i'll i’d i'd me my mine we we’re we're we’ve we've we’ll we'll us our ours you your you’re you're".split())
_MARKS = "“”\"`‘’' "
# "a new approach that we call “integrated deterrence”": a name given, not words quoted
_NAMING_RE = re.compile(
    r"(?:\b(?:we|they|you|I|people|what|which|that|who)\s+(?:call|calls|like to call)"
    r"|\bwhat\s+(?:[\w’'-]+\s+){1,3}(?:call|calls)"  # what researchers call “confounding”, what she calls “…”
    r"|\b(?:call|calls|called|calling)\s+(?:itself|himself|herself|themselves)"  # the group calls itself “…”
    r"|\b(?:go|goes|went|going)\s+by)\s*\Z"  # Smith, who goes by “Smitty,”
)
_MARKER_RE = re.compile(r"\b(?:[Qq]uote(?:\s*[/-]\s*|,?\s+)[Uu]nquote|[Qq]uote|I quote|I’m quoting|I'm quoting)\s*[,:–—-]?\s*(?:(?:its|his|her|their|the|a|an|our)\s+)?\Z")
_UNQUOTE_RE = re.compile(r"[Uu]nquote\W*\Z")
_TERM_DETS = frozenset("the a an this that these those its their his her our your".split())
_NAME_BEFORE_RE = re.compile(r"\w\s+(?!I\s)[A-Z][\w’'-]*\s+\Z")  # a capitalised word inside a sentence
_COPULA_RE = re.compile(r"(?<![\w’'-])(?:be|been|being|is|was|are|were|seemed|seems|remained|remains|became|becomes|felt|feels|looked|looks)\s+\Z")
# “Not yet,” Smith laughed. / “Nope,” she shrugged. / “Sure,” he shot back.: a name or pronoun and
# one past-tense verb end the sentence after a quote closed by a comma (any verb: manner verbs
# are no cue words)
_MANNER_AFTER_RE = re.compile(r"\s+((?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*|he|she|they|I|we)\s+([a-z]+(?:ed|s))(?:\s+back)?[.,;]")
_NAMING_FRAMES = frozenset("call calls called calling term termed brand branded deem deemed label labeled labelled describe described describes".split())
_COPULA_DET_RE = re.compile(r"(?<![\w’'-])(?:is|was|are|were|be|been)\s+(?:a|an)\s+\Z")
# "the importance of a “…”", "support for the “…”": a preposition and an article right before the quote
_PREP_DET_RE = re.compile(r"(?<![\w’'-])(?:of|for|to|on|in|with|about|toward|towards|under|through)\s+(?:a|an|the)\s+\Z")
_POSSESSIVE_RE = re.compile(r"[\w][’']s?\s*\Z")
# “exercises,” in quotation marks / “experts” (in quotes): a word the writer or speaker distances
# themselves from, not words quoted
# … and the speaker's own hedges right after the word: “withdrawal,” if you will / so to speak / as it
# were / quote-unquote / (sic)
_IN_QUOTES_RE = re.compile(
    r"[ \t]*[,(–—-]?[ \t]*(?:(?:in|with)[ \t]+(?:quotation[ \t]+marks|quotes|air[ \t]+quotes|inverted[ \t]+commas)\b"
    r"|if[ \t]+you[ \t]+will\b|so[ \t]+to[ \t]+speak\b|as[ \t]+it[ \t]+were\b|quote[ \t/-]+unquote\b|sic\b)"
)
# "these, quote, “exercises”", "in terms of, quote, “success,”": a demonstrative or a phrase for a
# topic before the quote marker makes the marked word a term the speaker holds at a distance
_TERM_BEFORE_MARKER_RE = re.compile(
    r"(?<![\w’'-])(?:these|those|this|that|(?:in\s+terms|the\s+(?:issue|question|notion|concept|idea|subject|matter))\s+of|talk\s+of)"
    r"[ \t,]+(?:(?:so-called|quote|unquote|quote[ \t/-]+unquote)[ \t,]+)+\Z",
    re.I,
)
# a sentence end inside a quote, after a word of two or more letters (its word is checked against
# the abbreviations), and a capital after it
_INNER_END_RE = re.compile(r"([A-Za-z][\w’'-]+)[.!?][ \t]+[A-Z]")
# an address or interjection and a comma opening an exclamation or question: “Bye, Miss Gloria!”
_ADDRESS_RE = re.compile(r"[A-Z][\w’'-]*,[ \t]")
_APPOSED_NAME_RE = re.compile(r"(?<![\w’'-])([a-z]+),[ \t]+\Z")  # "his son, " right before the quote
# a sentence end before a quote: a period, question or exclamation mark (a closing mark may
# follow) and a space, or a line break
_SENTENCE_END_RE = re.compile(r"[a-z0-9][.!?][”\"’')]?[ \t]+|\n")


# “Pause” is not the word I would use / “Crisis” is a strong word: the quote is the subject of a
# sentence about it as a word
_WORD_AFTER_RE = re.compile(
    r"[,.]?[”\"’']?[ \t]+(?:is|was|isn[’']t|wasn[’']t|would\s+be|may\s+be|might\s+be)[ \t]+(?:not[ \t]+|never[ \t]+|just[ \t]+|really[ \t]+)?"
    r"(?:(?:a|an|the|my|our|your|his|her|their|that|this)[ \t]+)?"
)


def word_discussed(text: str, end: int) -> bool:
    """“Pause” is not the word I would use; “Crisis” is a strong word: a noun for words
    (data/mention_nouns.txt) within the three words of the predicate that follows the quote."""
    m = _WORD_AFTER_RE.match(text, end)
    if m is None:
        return False
    nouns = lexicon().mention_nouns
    return any(w.lower() in nouns for w in _WORD_RE.findall(text, m.end(), m.end() + 40)[:3])


# nouns for a stock line, named before or after it
_STOCK_LINE_NOUNS = r"motto|mantra|slogan|watchword|catchphrase|tagline|refrain|credo|rallying[ \t]+cry"
# “Don’t stop,” that’s my motto / “Leave no one behind” is our watchword: a stock line named after it
_MOTTO_AFTER_RE = re.compile(
    r"[,.]?[”\"’']?[ \t]+(?:that[’']s|that[ \t]+is|this[ \t]+is|is|was|has[ \t]+been|became)[ \t]+(?:my|our|his|her|their|the|a|an|its)[ \t]+"
    r"(?:[\w’'-]+[ \t]+){0,2}?(?:saying|" + _STOCK_LINE_NOUNS + r")\b"
)


# "We have a motto here: “Diplomacy first.”", "Our mantra has been: “…”", "The slogan of the campaign
# is “…”": a noun for a stock line, a few words naming whose or where, then a copula or a colon
_MOTTO_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?:" + _STOCK_LINE_NOUNS + r")s?"
    r"(?:[ \t]+(?!is\b|was\b|are\b|were\b|has\b|have\b|remains\b|became\b)[\w’'-]+){0,4}?"
    r"(?:[ \t]+(?:is|was|are|were|has[ \t]+been|have[ \t]+been|remains|became)[ \t]*[,:]?|[ \t]*:)[ \t]*\Z",
    re.I,
)


def motto_before(text: str, start: int) -> bool:
    """The quote is named a motto, mantra or slogan right before it (We have a motto here: “…”; The
    slogan of the campaign is “…”): a stock line, not words someone said (CONVENTIONS.md: slogans
    and stock phrases with no single speaker are out)."""
    return _MOTTO_BEFORE_RE.search(text, max(0, start - 80), start) is not None


def motto_after(text: str, end: int) -> bool:
    """The quote is named a motto, slogan or saying right after it (“Don’t stop,” that’s my motto.)."""
    return _MOTTO_AFTER_RE.match(text, end) is not None


def _word_under_discussion(text: str, start: int, end: int, adjacent: bool) -> bool:
    return word_discussed(text, end) or motto_after(text, end) or scare_marked(text, start, end) or not adjacent and quoted_before(text, start, end)


# "what’s called a “sunset clause”", "what is known as “transnational repression”", "something
# called “brain drain”": a passive naming verb gives the name of a thing, nobody's words ("what
# Putin called a “special operation”" is his words and stays)
_PASSIVE_NAMING_RE = re.compile(
    r"(?<![\w’'-])(?:what(?:[’']s|[ \t]+(?:is|are|was|were|has[ \t]+been|have[ \t]+been))|something|anything)"
    r"[ \t]+(?:(?:now|often|sometimes|commonly|widely|popularly|also|increasingly|being)[ \t]+)?"
    r"(?:called|known[ \t]+as|termed|dubbed|labell?ed|referred[ \t]+to[ \t]+as)[ \t]+(?:(?:a|an|the)[ \t]+)?\Z",
    re.I,
)


def passive_naming(text: str, start: int) -> bool:
    """"what’s called a “sunset clause”", "what are known as “ghost ships”": a name given to a thing."""
    return _PASSIVE_NAMING_RE.search(text, max(0, start - 60), start) is not None


# "a panel discussion on “Countering disinformation …”", "the project “Empowering young women …”",
# "topics such as “conflict prevention, …”", "The workshop focused on “…”": the title or topic of an
# event, programme or work (CONVENTIONS.md: titles of works, events, panels, programmes, reports are out)
_EVENT_NOUNS = (
    "panel|discussion|session|plenary|workshop|roundtable|seminar|webinar|lecture|keynote|course|class|"
    "program|programme|project|initiative|campaign|report|study|survey|memorandum|theme|topic|subject|"
    "conference|summit|forum|festival|exhibition|exhibit|series|award|prize|book|film|article|essay|"
    "heading|chapter|category|track|pillar|competition|contest|fellowship|grant"
)
# documents and meetings: bare before the quote, they may be the thing speaking (the statement “We
# condemn …”): a title there opens with no first or second person (the resolution “Promotion of …”)
_TOPIC_NOUNS = "dialogue|meeting|event|declaration|resolution|statement|strategy|framework|agenda|plan|roadmap|partnership"
_WORK_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?:(?:(?P<topic>" + _TOPIC_NOUNS + r")|" + _EVENT_NOUNS + r")s?(?:(?:[ \t]+(?:of|for)(?:[ \t]+the)?(?:[ \t]+[A-Z][\w’'-]*){1,3})?"
    r"[ \t]+(?P<link>on|about|titled|entitled|called|named|such[ \t]+as)(?:[ \t]+the)?)?"
    r"|(?P<focus>focus|focused|focuses|focusing|centered|centred)[ \t]+on)[ \t]*[,:]?[ \t]*\Z",
    re.I,
)


def work_named_before(text: str, start: int) -> bool:
    """A cue-less quote right after a noun for an event, programme, work or document (and "on",
    "titled", "such as"), or after "focused on", gives its title or topic. After the bare noun the
    title must open in capitals: "the novel “addresses …”" is the novel's words; after a document
    noun not with a person's word: "the statement “We condemn …”" is the statement's words."""
    m = _WORK_BEFORE_RE.search(text, max(0, start - 60), start)
    if m is None:
        return False
    if m.group("link") is not None or m.group("focus") is not None:
        return True
    first = _WORD_RE.match(content(text, start, start + 40))
    if first is None or not first.group()[:1].isupper():
        return False
    return m.group("topic") is None or first.group().lower() not in _PERSONAL  # the statement “We condemn …” speaks


def term_after_article(text: str, start: int) -> bool:
    """A preposition and an article right before the quote (the importance of a “…”, support for
    the “…”): a noun phrase the sentence uses as its own term."""
    return _PREP_DET_RE.search(text, max(0, start - 16), start) is not None


def quoted_before(text: str, start: int, end: int) -> bool:
    """The same short wording stood in quote marks earlier in the article: coming back, it is a
    word under discussion (When you say “most,” … ¶ What does “most” mean?), not words said again."""
    core = content(text, start, end).rstrip(".,;:!?…").lower()
    if not core:
        return False
    low = _lowered(text)
    if low is None:
        before = text[:start].lower()
        return any(f"{mark}{core}" in before for mark in ("“", '"'))
    return any(low.find(f"{mark}{core}", 0, start) >= 0 for mark in ("“", '"'))


@lru_cache(maxsize=1)
def _lowered(text: str) -> str | None:
    """The article lower-cased once (not once per short quote), when that keeps every offset and
    agrees with lower-casing a prefix: None for "İ" (two characters in lower case) and "Σ" (its lower
    case depends on the letter after it)."""
    low = text.lower()
    return low if len(low) == len(text) and "Σ" not in text else None


def mentions_words(text: str, start: int) -> bool:
    """"the key adjective there is “mutual.”": a noun for words stands among the three words before."""
    before = _WORD_RE.findall(text, max(0, start - 40), start)[-3:]
    nouns = lexicon().mention_nouns
    return any(w.lower() in nouns for w in before)


def is_date_or_number(words: list[str]) -> bool:
    """“March 15.”, “1984”, “2 percent”: dates and numbers in marks, not speech."""
    dates = lexicon().date_words
    return any(any(c.isdigit() for c in w) for w in words) and all(
        any(c.isdigit() for c in w) or w.lower().rstrip(".") in dates for w in words
    )


def content(text: str, start: int, end: int) -> str:
    return text[start:end].strip(_MARKS + "\n")


def is_title_case(words: list[str]) -> bool:
    big = [w for w in words if w.lower() not in _SMALL]
    if len(big) == 1 and len(words) >= 2 and words[0] in ("The", "A", "An"):
        return big[0][:1].isupper()  # “The Wire”, “A Chorus Line”
    if len(big) < 2:
        return False
    return sum(1 for w in big if w[:1].isupper() or w[:1].isdigit()) >= 0.75 * len(big) and words[0][:1].isupper()


def is_nickname(text: str, start: int, end: int, n_words: int) -> bool:
    if n_words > 2:
        return False
    if _apposed_name(text, start, end):
        return True  # his son, “Junior,” would take over: a name in apposition to a person noun
    if text[end - 2 : end - 1] in (",", ".", "!", "?") and text[max(0, start - 2) : start].strip()[-1:] != ":":
        return False  # A. “Not really,” Jones said.: a nickname carries no punctuation
    before = text[max(0, start - 30) : start].split()
    after = text[end : end + 30].split()
    return bool(before and after and before[-1][:1].isupper() and after[0][:1].isupper())


def _apposed_name(text: str, start: int, end: int) -> bool:
    """"his son, “Junior,” would take over": capitalised words set off by commas right after a
    person noun are that person's name."""
    m = _APPOSED_NAME_RE.search(text, max(0, start - 30), start)
    if m is None or text[end - 2 : end - 1] != "," or lexicon().noun_class(m.group(1).lower()) != "person":
        return False
    before = [w.lower() for w in _WORD_RE.findall(text, max(0, m.start() - 30), m.start())[-2:]]
    if any(w in lexicon().cue_words for w in before):
        return False  # told his son, “Run,” and left: speech to the person
    return all(w[:1].isupper() for w in content(text, start, end).split())


def _sentence_cut(head: str) -> int:
    """Where the quote's own sentence starts in `head`, the text right before the quote: after
    its last sentence end, else at 0."""
    return max((m.end() for m in _SENTENCE_END_RE.finditer(head)), default=0)


def announced_as_title(text: str, start: int) -> bool:
    """A title cue right before the quote: titled “…”, the film “…”, known as “…”, so-called “…”;
    in its own sentence (the day the bank called. "They said, …": no title cue)."""
    head = text[max(0, start - 50) : start]
    before = [w.lower() for w in _WORD_RE.findall(head[_sentence_cut(head) :])]
    while before and before[-1] in ("quote", "unquote", "quote/unquote", "quote-unquote"):
        before.pop()  # "a memorandum entitled, quote, “…”"
    if len(before) >= 3 and before[-3] in ("has", "have", "had") and before[-2] == "called":
        return False  # "what one of my colleagues has called a “right to remain”": words someone used
    before = before[-2:]
    cues = lexicon().title_cues
    if not before:
        return False
    if before[-1] in lexicon().work_nouns and content(text, start, start + 3)[:1].islower():
        return False  # which said the novel “addresses sexual abuse …”: a work's title is capitalised
    if before[-1] in cues or _NAMING_RE.search(text, max(0, start - 40), start):
        return True
    return len(before) == 2 and before[-1] in ("as", "the", "a", "an", "of", "on") and before[0] in cues


def _frame_names(text: str, start: int, frame: str | None) -> bool:
    """The title cue before the quote is the frame's own verb (a move Democrats called “…”), not
    a second word naming a title (called it the film “…”)."""
    if frame is None:
        return False
    cues = lexicon().title_cues
    before = [w.lower() for w in _WORD_RE.findall(text, max(0, start - 30), start)[-2:]]
    if before[-1:] == ["as"]:
        return True  # described Tate’s play as “steady”: the title word is the frame's object
    if frame in before:
        before = before[before.index(frame) + 1 :]  # a trade magazine called “…”: the frame's subject names no title
    return not any(w in cues and w != frame for w in before)


def modifies_next_word(text: str, end: int) -> bool:
    """The quote is followed straight away by a lower-case content word it qualifies."""
    m = _WORD_RE.match(text, end + 1) if text[end : end + 1] == " " else None
    if m is None:
        return False
    w = m.group()
    L = lexicon()
    return (
        w.islower()
        and w not in ("the", "a", "an")
        and w not in L.stop_words
        and w not in L.cue_words
        and w not in L.pronouns
        and w not in L.skip_words
        and w not in L.time_words
    )


def adjacent_judgement(words: list[str], attribution: Attribution | None) -> bool:
    """Smith said the agency made an “inexcusable” mistake / a “half-hearted” response: one or two
    lower-case words ending as an adjective does (data/adjective_endings.txt) or a hyphenated
    participle (“bone-headed”), in a sentence whose cue reports them, are the speaker's judgement
    of the noun after them, not its name."""
    if attribution is None or attribution.where == "context" or len(words) > 2 or not all(w.islower() for w in words):
        return False
    last = words[-1]
    return last.endswith(lexicon().adjective_endings) or "-" in last and last.endswith(("ed", "ing"))


# “Closed,” the sign read. / “No cursing,” reads a poster by the door.: the noun of the thing and
# the verb of writing right after the quote
_WRITTEN_AFTER_RE = re.compile(
    r"[,.!?]?[”\"’']?[ \t]+((?:[\w’'-]+[ \t]+){1,3}?)(?:read|reads)\b"
    r"|[,.!?]?[”\"’']?[ \t]+(?:read|reads|said|says)[ \t]+((?:[\w’'-]+[ \t]*){1,3})"
)


@lru_cache(maxsize=1)
def _inscription_re() -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, sorted(lexicon().inscription_nouns)))
    # the noun, a few prepositional phrases (on the barn door, of rules by the door), "that"/"which",
    # then the verb of writing right before the quote
    return re.compile(
        r"(?<![\w’'-])(?:" + nouns + r")s?(?:\s+(?:outside|inside|above|nearby|there))?"  # the sign outside said
        r"(?:\s+(?:of|on|by|at|in|outside|above|over|near|from)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)*"
        r"\s+(?:that\s+|which\s+)?(?:read|reads|reading|said|says|saying)[,:]?\s*\Z",
        re.I,
    )


def inscription(text: str, start: int, end: int, attribution: Attribution | None) -> bool:
    """A sign on the barn door read “Closed.” / “Closed,” the sign read.: words written on a thing
    (data/inscription_nouns.txt), not anyone's speech."""
    after = _WRITTEN_AFTER_RE.match(text, end)
    nouns = lexicon().inscription_nouns
    if after is not None and any(w in nouns or w[:-1] in nouns for w in (after.group(1) or after.group(2)).lower().split()):
        return True
    if attribution is None or attribution.where == "after":
        return False
    head = text[max(0, start - 80) : start]
    return _inscription_re().search(head, _sentence_cut(head)) is not None


def verb_phrase(text: str, start: int, words: list[str]) -> bool:
    """The quote is a verb phrase, so it qualifies no noun after it: it opens with an auxiliary
    or negation (the company “will not tolerate” harassment), or follows one or a relative
    pronoun (the rules would “gut” protections; any bill that “guts” the program)."""
    openers = lexicon().predicate_openers
    before = _WORD_RE.findall(text, max(0, start - 12), start)[-1:]
    return words[0].lower() in openers or bool(before) and (before[0].lower() in openers or before[0] in ("that", "which", "who"))


def quote_marked(text: str, start: int) -> bool:
    """"…, quote, “…”" / "and I quote: “…”": the text marks the quote as someone's words."""
    return _MARKER_RE.search(text, max(0, start - 40), start) is not None


def marked_as_words(text: str, start: int, end: int) -> bool:
    """The text marks the quote as someone's words: "quote, “…”" (a bare "quote/unquote" only after a
    cue), or a questioner handing the addressee's words back ("“…” – that was your quote –")."""
    if echoed(text, start, end):
        return True
    if scare_marked(text, start, end):
        return False
    return quote_marked(text, start) and (not _UNQUOTE_RE.search(text, max(0, start - 40), start) or said_before(text, start))


def scare_marked(text: str, start: int, end: int) -> bool:
    """A quote of up to three words that "quote" marks after a demonstrative or a phrase for a topic
    ("these, quote, “exercises”", "in terms of, quote, “success,”"): a term held at a distance."""
    return len(_WORD_RE.findall(text, start, end)) <= 3 and _TERM_BEFORE_MARKER_RE.search(text, max(0, start - 60), start) is not None


def said_before(text: str, start: int) -> bool:
    """"Lavrov said … its quote/unquote “unacceptable” regime": a speech cue earlier in the
    sentence. "Quote/unquote" alone often only distances the speaker from a term (charged
    for, quote/unquote, “fake news”), so it marks a quote only after a cue."""
    lo = max(0, start - 250)
    cut = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start), text.rfind("? ", lo, start))
    return lexicon().cue_re.search(text, cut + 1 if cut >= 0 else lo, start) is not None


def is_quotation(
    text: str,
    start: int,
    end: int,
    attribution: Attribution | None,
    sentence_initial: bool,
    continues: bool = False,
    hypothetical: bool = False,
    framed: str | None = None,
) -> bool:
    """`continues`: the quote opens a sentence right after a quote of the same paragraph
    that has a speaker (“We’re hopeful,” said Doe. “But realistic.”); `hypothetical`: the cue
    right before it reports nothing said ("mayors can say, “…”"); `framed`: a partial-quote
    reporting frame ends right before it (called it “reckless”)."""
    body = content(text, start, end)
    words = _WORD_RE.findall(body)
    n = len(words)
    if attribution is not None and attribution.cue == ":" and lexicon().pronouns.get(attribution.phrase.head) == "indefinite":
        attribution = None  # Someone had spray-painted a sheet of plywood: “NOT AGAIN.”: an inscription, no speech cue
    if n == 0 or (attribution is None or attribution.where != "after") and unsaid(text, start, end, hypothetical):
        return False  # "it’s simplistic to say, “…”": words nobody said (a cue after the quote reports words said)
    if continues and attribution is None and body[-1:] in ".!?…,—":
        return True
    if _not_words_said(text, start, end, words, attribution):
        return False
    adjacent = attribution is not None and attribution.adjacent and attribution.where != "context"
    if announced_as_title(text, start) and not _frame_names(text, start, framed) and not (attribution is not None and attribution.cue == ":"):
        return False
    if marked_as_words(text, start, end):
        return True  # "would face, quote, “the worst consequences,”"; “stability” – that was your quote –
    ends_sentence = body[-1:] in ".!?,…" or body.endswith(("—", "–"))
    if n >= 2 and is_title_case(words) and _title_not_speech(text, start, body, n, attribution, adjacent, sentence_initial):
        return False  # “Supporting the Future of Syria and the Region,” / read “War and Peace” / call “Don’t Say Gay.”
    if framed is not None:
        # hopes to see “Wicked”: one capitalised word run into the sentence names a thing, unless
        # a frame that names (called it “Orwellian”) put it there
        if framed in _NAMING_FRAMES and name_given(text, start, words):
            return False  # Children called her “the Book Lady.”: a name given, not words quoted
        return framed in _NAMING_FRAMES or not _one_name(text, start, end, n)  # called it “reckless”
    if n <= 5 and not ends_sentence and not verb_phrase(text, start, words) and modifies_next_word(text, end) and not (
        adjacent_judgement(words, attribution)
    ):
        return False  # the “no blank check” policy, “free as in beer” content
    if n <= 3:
        return _short_is_speech(text, start, end, body, words, attribution, adjacent, sentence_initial, ends_sentence)
    personal = any(w.lower() in _PERSONAL for w in words)
    if n <= 6 and _words_as_terms(text, start, end, adjacent, personal):
        return False  # our expression is “right back at you.”; the importance of a “free and open Indo-Pacific”
    if attribution is not None and attribution.where != "context":
        return True
    if sentence_initial:
        return n >= 4 and (ends_sentence or personal or n >= 8)
    return (personal and not content_of_noun(text, start)) or n >= 10


def _not_words_said(text: str, start: int, end: int, words: list[str], attribution: Attribution | None) -> bool:
    """Marked text nobody said: a nickname, a date or number, an inscription, a stock line named a
    motto before it (Our mantra has been: “…”), a thing's name (what’s called a “sunset clause”),
    or, with no cue, the title or topic of an event, programme or work (a panel discussion on “…”)."""
    if is_nickname(text, start, end, len(words)) or is_date_or_number(words) or inscription(text, start, end, attribution):
        return True
    if (attribution is None or attribution.where != "after") and (motto_before(text, start) or passive_naming(text, start)):
        return True
    return attribution is None and work_named_before(text, start)


# "a notification of “Hi there, this is what we did,”", "an attitude like “we don’t care”": a noun
# and a preposition before a cue-less quote give what the thing amounts to, in made-up words
_CONTENT_OF_RE = re.compile(r"(?<![\w’'-])[a-z]{3,}[ \t]+(?:of|like)[ \t]+\Z")


def content_of_noun(text: str, start: int) -> bool:
    """A cue-less quote right after a noun and "of" or "like": a paraphrase of what the thing says
    (a notification of “Hi there, this is what we just did,”), not words quoted."""
    return _CONTENT_OF_RE.search(text, max(0, start - 30), start) is not None


def _short_is_speech(
    text: str, start: int, end: int, body: str, words: list[str], attribution: Attribution | None, adjacent: bool,
    sentence_initial: bool, ends_sentence: bool,
) -> bool:
    """A quote of 1-3 words: not a word under discussion (“Pause” is not the word I would use;
    “most” quoted again with no cue at hand) nor a name given, and speech of its own or a short quote a cue reports."""
    if _word_under_discussion(text, start, end, adjacent) or name_given(text, start, words):
        return False  # … or a name put on a person (were calling him “college kid,”)
    return _short_speech(text, start, end, body, words, attribution, sentence_initial) or _short_quote(
        text, start, end, words, attribution, adjacent, ends_sentence
    )


def _words_as_terms(text: str, start: int, end: int, adjacent: bool, personal: bool) -> bool:
    """A quote of 4-6 words used as a term: after a noun for words with no cue at hand (our
    expression is “right back at you.”), marked "in quotation marks", named a motto after it, or
    after a preposition and an article (the importance of a “free and open Indo-Pacific”)."""
    if not adjacent and (mentions_words(text, start) or _IN_QUOTES_RE.match(text, end)):
        return True
    return motto_after(text, end) or not personal and term_after_article(text, start)


def _title_not_speech(
    text: str, start: int, body: str, n: int, attribution: Attribution | None, adjacent: bool, sentence_initial: bool
) -> bool:
    """A Title Case quote is a title unless it is spoken: a sentence a cue and a comma or colon
    introduce (whispered, “Thank God.”), an exclamation or question right after a cue of speech
    (the crowd chanted “M-V-P! M-V-P!”), a list closed by a comma before its cue, two sentences or an address (“THAT’S MY SCHOOL. THAT’S MY
    SCHOOL,”, “Bye, Miss Gloria!”), or a full sentence opening its own; after a colon a short one is
    a title all the same (Her favorite film: “The Godfather.”)."""
    if _reads_as_speech(body):
        return False
    if attribution is not None and attribution.cue == ":" and n <= 5:
        return True
    terminal = body[-1:] in ".!?…"
    spoken = terminal and adjacent and text[max(0, start - 2) : start].rstrip()[-1:] in (",", ":")
    # “Churches from Hazard, from Whitesburg, from Tennessee, from Ohio,” he said.: a list of names
    # closed by a comma before its cue is speech (a title of five words or more holds no comma)
    spoken = spoken or (
        adjacent and attribution is not None and attribution.where == "after" and body[-1:] == "," and "," in body[:-1]
        and n >= 5
    )
    spoken = spoken or (
        adjacent and attribution is not None and attribution.where == "before" and body[-1:] in "!?" and attribution.cue not in lexicon().document_cues
    )
    return not spoken and (not terminal or n <= 5 and not sentence_initial)


def _short_speech(
    text: str, start: int, end: int, body: str, words: list[str], attribution: Attribution | None, sentence_initial: bool
) -> bool:
    """A short quote (1-3 words) with no cue of its own that reads as speech: an answer to a
    question, a quoted sentence standing alone, or one closed by a speaker and a verb of manner."""
    terminal = body[-1:] in ".!?…"
    if terminal and attribution is None and _answers_question(text, start):
        return True  # Would he do it again? “Absolutely.”
    if terminal and sentence_initial and (attribution is None or attribution.where == "context") and _stands_alone(text, start, end, body, words):
        return True  # Smith paused. “I don’t know.”: a quoted sentence of its own is speech
    # “Not yet,” Smith laughed.: a speaker and a verb of manner close the sentence
    return sentence_initial and attribution is None and body[-1:] in ",!?" and _MANNER_AFTER_RE.match(text, end) is not None


def _short_quote(
    text: str, start: int, end: int, words: list[str], attribution: Attribution | None, adjacent: bool, ends_sentence: bool
) -> bool:
    """A short quote (1-3 words) needs a cue in its sentence. Next to the cue (he said he was
    “deeply disappointed”) it is a term, not speech, only when a determiner introduces it
    mid-sentence (the “new normal” had …). Further from the cue it must follow no determiner,
    possessive, "as" or naming word, and a single word must close the sentence or clause, or follow
    a copula (He said Russia would stay in Kherson “forever.”; warned that firms would be “crushed”
    by the costs; Officials were “very concerned,” Smith said.)."""
    n = len(words)
    if attribution is None or attribution.where == "context" or mentions_words(text, start) or _one_name(text, start, end, n):
        return False
    if _IN_QUOTES_RE.match(text, end):
        return False  # “exercises,” in quotation marks: the speaker distances themselves from a word
    det = _WORD_RE.findall(text[max(0, start - 12) : start])[-1:]
    closes = ends_sentence or re.match(r"\s*(?:[.!?;]|$)", text[end : end + 3]) is not None
    # "the “new normal” had …" is a term; "the ruling was a “big win”" is what the speaker called it
    termlike = bool(det and det[0].lower() in _TERM_DETS) and _COPULA_DET_RE.search(text, max(0, start - 20), start) is None
    # made an “inexcusable” mistake: an adjective the cue reports is a judgement, not a term's name
    termlike = termlike and not adjacent_judgement(words, attribution)
    if adjacent:
        return closes or not termlike
    ends = text[end - 2 : end - 1] in (".", "!", "?", "…", ";") or re.match(r"\s*(?:[.!?;]|$)", text[end : end + 3]) is not None
    ends = ends or _COPULA_RE.search(text, max(0, start - 12), start) is not None  # would be “crushed” by
    if not ends and (n < 2 or _NAME_BEFORE_RE.search(text, max(0, start - 30), start)):
        return False  # the Donetsk “people’s republic,” and …: part of a name
    return not termlike and not _term_far_from_cue(text, start, end)


def manner_after(text: str, end: int) -> tuple[int, str] | None:
    """“Not yet,” Smith laughed.: where the speaker starts, and the verb, when a name or pronoun
    and one verb (of manner: no cue word) close the sentence after a quote ending in , ! or ?."""
    if text[end - 2 : end - 1] not in (",", "!", "?"):
        return None
    m = _MANNER_AFTER_RE.match(text, end)
    return (m.start(1), m.group(2)) if m is not None else None


def _stands_alone(text: str, start: int, end: int, body: str, words: list[str]) -> bool:
    """The quote is a whole sentence: a sentence end or the paragraph's start before it (not a
    colon: an important message: “You are Included.” is a slogan), the paragraph or a new sentence
    after it; a lone word only when it is an answer word ("Sorry." could be a title: “Jeopardy!”)."""
    if not sentence_of_its_own(text, 0, start, end):
        return False
    if len(words) == 1:
        return words[0].lower() in lexicon().answer_words
    # “Bye, Miss Gloria!”: an address opening an exclamation or question standing alone
    return not is_title_case(words) or _reads_as_speech(body) or body[-1:] in "!?" and _ADDRESS_RE.match(body) is not None


def _reads_as_speech(body: str) -> bool:
    """Capitals that make no title: two sentences (“Air-ball! Air-ball!”, “THAT’S MY SCHOOL. THAT’S
    MY SCHOOL,”)."""
    for m in _INNER_END_RE.finditer(body):
        if m.group(1) not in lexicon().abbreviations:
            return True  # not “Mr. Smith Goes to Washington”
    return False


# a quote standing as a sentence of its own: a sentence end (or the paragraph's start) before it,
# a new sentence, the paragraph's end or the closing mark of a quote holding it after it
_ALONE_BEFORE_RE = re.compile(r"(?:\A|\n|[.!?…][”\"’')]?[ \t]+)\Z")
_ALONE_AFTER_RE = re.compile(r"[ \t]*(?:\n|\Z|[”\"])|[ \t]+[“\"‘'(A-Z]")


def sentence_of_its_own(text: str, lo: int, start: int, end: int) -> bool:
    """The quote [start, end) stands as a sentence: "… opening. ‘Miss Dot, when’s it open?’ Every
    day." (inside a quote opening at `lo`, nested.py) or "He paused. “Never.” Then he left."."""
    return _ALONE_BEFORE_RE.search(text[max(lo, start - 4) : start]) is not None and _ALONE_AFTER_RE.match(text, end) is not None


# "were calling him “college kid,”": a naming verb and a person pronoun, then the quote with no article
_NAMED_PERSON_RE = re.compile(r"(?<![\w’'-])(?:call|calls|called|calling|nickname|nicknamed|dub|dubbed)[ \t]+(?:him|her|them|me|us|himself|herself|themselves)[ \t]+\Z")


def name_given(text: str, start: int, words: list[str]) -> bool:
    """A name given, not words quoted: “the Book Lady” (an article and capitals), or a noun phrase of
    two or three words a naming verb puts on a person pronoun (his neighbors were calling him “college
    kid”); an adjective stays a judgement (called him “utterly reckless”), and so does one word
    (called him “traitor”)."""
    if given_name(words):
        return True
    if not 2 <= len(words) <= 3 or words[0].lower() in _TERM_DETS or not _NAMED_PERSON_RE.search(text, max(0, start - 30), start):
        return False
    low = [w.lower() for w in words]
    if any(w in ("and", "or", "but", "so", "too", "very", "not") or w.endswith("ly") for w in low):
        return False  # called him “dishonest and weak”: a judgement
    return not low[-1].endswith(lexicon().adjective_endings) and not low[-1].endswith(("ed", "ing"))


def given_name(words: list[str]) -> bool:
    """“the Book Lady”, “the Hammer”: an article and capitalised words, a name given."""
    return len(words) >= 2 and words[0] in ("the", "The") and all(w[:1].isupper() for w in words[1:] if w.lower() not in _SMALL)


def _answers_question(text: str, start: int) -> bool:
    """The quote opens a sentence right after a question in its paragraph (Would he do it again?
    “Absolutely.”): a short answer, not a term."""
    return re.search(r"[a-z]\?[ \t]+\Z", text[max(0, start - 4) : start]) is not None


def _one_name(text: str, start: int, end: int, n: int) -> bool:
    """watching “Jeopardy!” every night, used “Roundup” for years: one capitalised word run into
    the sentence (no comma or colon before it) names a thing; "said “No.”", "replied “Absolutely.”"
    answer."""
    if n != 1 or not re.search(r"[a-z]\s\Z", text[max(0, start - 2) : start]):
        return False
    word = content(text, start, end).rstrip(".,!?…")
    L = lexicon()
    before = _WORD_RE.findall(text, max(0, start - 20), start)[-1:]
    if before and before[0].lower() in L.cue_words:
        return False  # Smith replied “Absolutely.”
    return word[:1].isupper() and word.lower() not in L.discourse_words and word.lower() not in L.stop_words


def _term_far_from_cue(text: str, start: int, end: int) -> bool:
    """recognize the republics as “independent.”, those perceived as “the other.”, otherwise
    known as the EPCC or “epic.”, Iran’s “peaceful” program: a term, not someone's words."""
    near = _WORD_RE.findall(text, max(0, start - 50), start)[-6:]
    first = _WORD_RE.match(content(text, start, end))
    return (
        near[-1:] == ["as"]
        or first is not None and first.group().lower() in _TERM_DETS
        or any(w.lower() in lexicon().title_cues or w.lower().endswith("unquote") for w in near)  # has, quote/unquote, been “caught”
        or _POSSESSIVE_RE.search(text, max(0, start - 4), start) is not None
    )


# "… “stability” – that was your quote – …", "“swift and severe” – your words –", "“a turning point,” as you
# put it": a questioner hands the addressee's words back
_ECHO_AFTER_RE = re.compile(
    r"[ \t]*[,(–—-]*[ \t]*(?:that\s+was\s+your\s+(?:quote|phrase|word)|(?:in\s+)?your\s+(?:words|phrase|quote)"
    r"|as\s+you\s+(?:put|said|called|described)\s+it|to\s+quote\s+you)\b"
)
# "to use your words, this is “…”", "in your words, “…”"
_ECHO_BEFORE_RE = re.compile(r"(?<![\w’'-])(?:to\s+use\s+your\s+(?:own\s+)?(?:words|phrase)|in\s+your\s+(?:own\s+)?words|as\s+you\s+put\s+it|to\s+quote\s+you)\b[^.?!;“”\"\n]{0,80}\Z", re.I)


def echoed(text: str, start: int, end: int) -> bool:
    """A questioner hands the addressee's own words back, marked as theirs around the quote
    ("– that was your quote –", "to use your words, …"): a partial quote of the addressee."""
    return _ECHO_AFTER_RE.match(text, end) is not None or _ECHO_BEFORE_RE.search(text, max(0, start - 120), start) is not None
