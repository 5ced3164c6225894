"""National teams: in a sports report, a country that plays is an organisation.

Finds: in an article that reads as a sports report (three or more words of data/team_cues.txt
[article], such as "goal", "striker", "World Cup"), a country mention followed by a playing verb
("Sweden beat", "Belgium drew") or preceded by "against", "beat", "vs" ("against Panama"), or
standing next to a score ("Chile 2 – 1 Wales", "lost 1 – 2 to Wales"); once a
country plays in the article, every mention of it there is the team. The id becomes
"<country>-national-team". Refuses: articles that are not sports reports, and countries that
never appear in a playing position.
"""

from __future__ import annotations

import re
from functools import lru_cache

from site_builder.annotate.entities.claims import FOUND, Claim
from site_builder.annotate.entities.gazetteer import country_names
from site_builder.annotate.entities.lexicon import data_lines, data_sections, lexicon
from site_builder.annotate.entities.organizations import person_words
from site_builder.annotate.entities.people import is_demonym
from site_builder.annotate.entities.slug import slugify
from site_builder.annotate.standalone import standalone, stands_alone


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    sections = data_sections("team_cues.txt")
    after = re.compile(r"(?:['’]s)?,? (?:" + "|".join(map(re.escape, sections["after"])) + r")\b")
    before = re.compile(r"\b(?:" + "|".join(map(re.escape, sections["before"])) + r")\.? (?:the )?\Z")
    return after, before


@lru_cache(maxsize=1)
def _article_cues() -> tuple[str, ...]:
    cues = []
    for line in data_sections("team_cues.txt").get("article", []):
        cues += [" " + line, " " + line[:1].upper() + line[1:]]
    return tuple(cues)


@lru_cache(maxsize=1)
def _cues_by_lower() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The article cues grouped by their lower case (" goalie": " goalie", " Goalie")."""
    groups: dict[str, list[str]] = {}
    for cue in _article_cues():
        groups.setdefault(cue.lower(), []).append(cue)
    return tuple((low, tuple(forms)) for low, forms in groups.items())


@lru_cache(maxsize=8)  # asked by pipeline.py (teams, cities) and linking.py of one text
def is_sports_report(text: str) -> bool:
    """Three or more different sports words (substring tests: fast, no regex over the text). A
    cue's forms are looked for only where the lower-cased text holds its lower case (a form in the
    text is there in the lower-cased text too): one test per cue instead of one per form."""
    lowered = text.lower()
    count = 0
    for low, forms in _cues_by_lower():
        if low in lowered:
            count += sum(1 for form in forms if form in text)
            if count >= 3:
                return True
    return False


_SCORE_AFTER = re.compile(r" \d{1,3} ?[–—-] ?\d{1,3}(?!\d)")  # 2-1, 54-50, 112-104
_SCORE_BEFORE = re.compile(r"(?<!\d)\d{1,3} ?[–—-] ?\d{1,3} (?:to )?\Z")


def playing_countries(text: str, spans: list[tuple[int, int, str]]) -> set[str]:
    """Ids of country mentions (start, end, id) that stand where a team plays."""
    after, before = _cues()
    playing = set()
    for start, end, ident in spans:
        window = text[max(0, start - 16):start]
        if after.match(text, end) or before.search(window) or _SCORE_AFTER.match(text, end) \
                or _SCORE_BEFORE.search(window):
            playing.add(ident)
    return playing


def playing_cities(text: str, claims: list[Claim]) -> list[Claim]:
    """"Denver led 54-50", "beat Phoenix 112-104": in a game story (is_sports_report), a place
    that is no country standing where a team plays is that city's team (an organisation, id
    "<place>-team"), that mention only: "the game in Denver" stays the city. Countries are
    linking.py's (national teams, every mention). Then the schools and towns that play
    (school_teams)."""
    places = [c for c in claims if c.type == "place" and c.id
              and (c.canonical or text[c.start:c.end]) not in country_names()]
    if not is_sports_report(text):
        return claims
    for c in places:
        if _plays_here(text, c):
            c.type, c.id, c.registered = "organization", f"{c.id}-team", False
            c.canonical = f"{c.canonical or text[c.start:c.end]} team"
    return school_teams(text, claims)


def _plays_here(text: str, c: Claim) -> bool:
    after, before = _cues()
    window = text[max(0, c.start - 16):c.start]
    return bool(after.match(text, c.end) or before.search(window) or _SCORE_AFTER.match(text, c.end)
                or _SCORE_BEFORE.search(window))


# "the Orchardmen", "The Rapids", "the Yakima Valley Orchardmen": a plural capitalised name after "the"
_TEAM = re.compile(r"[Tt](?<![\w’'-][Tt])he ((?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+(?:s|men))(?![\w-])")


_CALLED_TEAM = re.compile(r"[Tt](?<!\w[Tt])he ([A-Z][a-z]+s) team\b")


def named_teams(text: str, claims: list[Claim]) -> list[Claim]:
    """In a game story (is_sports_report), "the" and a plural capitalised name is a team ("the
    Orchardmen beat", "The Rapids took a 1-0 lead"), an organisation; where the article names it
    so, its bare last word elsewhere ("Orchardmen walk off", "the Orchardmen dugout") is the same
    team. Refuses demonyms and parties ("the Democrats"), group nouns, a word the article also
    writes in lower case ("the Finals … the finals"), a word of a person's full name ("Serena
    Williams … the Williams sisters"), names a claim of another kind than person
    holds (a known place: "the Bahamas"), and articles that are no game story."""
    # outside game stories, only a name the article calls a team: "we went as the Gliders team"
    called = None if is_sports_report(text) else {m.group(1) for m in _CALLED_TEAM.finditer(text)}
    if called == set():
        return claims
    out = list(claims)
    teams: dict[str, str] = {}
    people = person_words(claims)
    for m in _TEAM.finditer(text):
        name, last = m.group(1), m.group(1).split()[-1]
        if last in people or not _team_word(text, last) or called is not None and last not in called:
            continue
        a, b = m.start(1), m.end(1)
        inside = [c for c in out if c.start < b and a < c.end]
        if any(c.type not in ("person", "place") or c.start < a or c.end > b or c.type == "place" and c.start == a
               for c in inside):
            continue
        out = [c for c in out if not (c.start < b and a < c.end)]
        teams.setdefault(last, slugify(name))
        out.append(Claim(a, b, FOUND, "organization", teams[last], words=tuple(name.split())))
    return _bare_team_words(text, out, teams)


def _team_word(text: str, word: str) -> bool:
    low = word.lower()
    if is_demonym(low) or low in _group_nouns() or low in ("democrats", "republicans", "independents"):
        return False
    return not stands_alone(text, low, "-", "-")


def _bare_team_words(text: str, claims: list[Claim], teams: dict[str, str]) -> list[Claim]:
    """The bare last word of a team the article named with "the": a person claim of that word or
    the word unclaimed is the team."""
    if not teams:
        return claims
    out = [Claim(c.start, c.end, FOUND, "organization", teams[c.words[0]], words=c.words)
           if c.type == "person" and len(c.words) == 1 and c.words[0] in teams and not c.roles and not c.label
           else c for c in claims]
    spans = [(c.start, c.end) for c in out]
    for word, ident in teams.items():
        for a, b in standalone(text, word):
            if not any(s < b and a < e for s, e in spans):
                out.append(Claim(a, b, FOUND, "organization", ident, words=(word,)))
    return sorted(out, key=lambda c: c.start)


@lru_cache(maxsize=1)
def _group_nouns() -> frozenset[str]:
    return frozenset(data_lines("group_nouns.txt"))


# where a name stands as a team plays: its record "Dunmore (9-3)", its coach "Dunmore coach Chuck
# Pettersen", a result "rallies past Dunmore", "beat Dunmore 28-27", "Harwood escaped with a 1-0 win"
_RECORD = re.compile(r" \(\d{1,2}-\d{1,2}(?:-\d{1,2})?[,)]")
_NAME = re.compile(r"([A-Z](?<![\w’'-][A-Z])[a-z][\w-]*(?: [A-Z][a-z][\w-]*){0,2})(?![\w-])")
_TOWN_BEFORE = re.compile(r"(?:\b[Ii]n|\bfrom|\bto|\bnear|\bof) \Z")


@lru_cache(maxsize=1)
def _team_verbs() -> re.Pattern[str]:
    words = [re.escape(w) for w in data_lines("team_verbs.txt")]
    return re.compile(r"(?:['’]s)? (?:" + "|".join(words) + r")\b")


_OPPONENT = re.compile(r"(?:\b(?:past|beat|beats|defeated|against|vs\.?|versus)|top-seeded|No\. \d{1,2}) \Z")
# what only a person does or is: "Okoro said", "said Hollings", "Jalen Okoro" (a capitalised word before)
_SAYS = re.compile(r"(?:['’]s)?,? (?:said|says|told|added)\b")
_SAID_BEFORE = re.compile(r"(?:\bsaid|\bsays|[a-z,] [A-Z][a-z]+) \Z")


def _plays_as_team(text: str, start: int, end: int) -> bool:
    """Only a team: a record, a coach, a score, an opponent's word before it, a team's verb."""
    window = text[max(0, start - 16):start]
    return bool(_RECORD.match(text, end) or _team_verbs().match(text, end) or _SCORE_AFTER.match(text, end)
                or text.startswith(" coach ", end) or _OPPONENT.search(window))


def _a_person(text: str, name: str) -> bool:
    """A mention of the name that speaks or follows a capitalised word mid-sentence ("Dre Hollings")."""
    for a, b in standalone(text, name):
        if _SAYS.match(text, b) or _SAID_BEFORE.search(text, max(0, a - 20), a):
            return True
    return False


def school_teams(text: str, claims: list[Claim]) -> list[Claim]:
    """In a game story (is_sports_report), a name of one to three capitalised words that somewhere
    stands where a team plays (_plays_as_team: "Dunmore (9-3)", "Harwood coach Emily Strand",
    "rallies past Lakemont") is the team, an organisation, at every mention of it that no longer
    claim holds ("Cedar Prairie student section", "Harwood turnover"), but a mention after "in",
    "from", "to" or "of" stays the town ("Friday night in Dunmore"). Refuses countries (national
    teams: linking.py), a word of a person's full name ("Kayla Dunmore"), a name the article also
    writes in lower case, a person's name that opens with a given name or a title ("left-hander Jonah
    Pruitt (3-1)"), a name that speaks ("Okoro said", _a_person), and articles that are no game story."""
    if not is_sports_report(text):
        return claims
    teams: dict[str, str] = {}
    for m in _NAME.finditer(text):
        name = m.group(1)
        if name in teams or not _plays_as_team(text, m.start(1), m.end(1)):
            continue
        people = person_words([c for c in claims if c.words != tuple(name.split())])
        if any(w in people for w in name.split()) or name in country_names() or not _team_word(text, name) \
                or is_demonym(name.lower()) or name.lower() in _group_nouns() or _a_person(text, name):
            continue
        held = [c for c in claims if c.start < m.end(1) and m.start(1) < c.end]
        if any(c.start < m.start(1) or c.end > m.end(1) or c.roles
               or c.type == "person" and len(c.words) > 1 and c.words[0].lower() in lexicon().given_names for c in held):
            continue
        teams[name] = slugify(name) + "-team"
    return _team_mentions(text, claims, teams)


# an abbreviation right after the name ("Dunmore, Pa.", "Dunmore Ave."): a state or a street, not the team
_INITIAL_AFTER = re.compile(r",? [A-Z][a-z]*\.")


def _team_mentions(text: str, claims: list[Claim], teams: dict[str, str]) -> list[Claim]:
    out = list(claims)
    for name, ident in teams.items():
        for a, b in standalone(text, name, unless=_INITIAL_AFTER):
            if _TOWN_BEFORE.search(text, max(0, a - 6), a):
                continue
            held = [c for c in out if c.start < b and a < c.end]
            if any(c.start < a or c.end > b or c.type == "organization" and c.start == a and c.end == b for c in held):
                continue
            out = [c for c in out if c not in held]
            out.append(Claim(a, b, FOUND, "organization", ident, words=tuple(name.split()), canonical=f"{name} team"))
    return sorted(out, key=lambda c: c.start)
