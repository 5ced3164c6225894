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

from site_builder.annotate.entities.claims import Claim
from site_builder.annotate.entities.gazetteer import country_names
from site_builder.annotate.entities.lexicon import data_lines


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in data_lines("team_cues.txt"):
        if line.startswith("["):
            current = line.strip("[]")
            continue
        sections.setdefault(current, []).append(re.escape(line))
    after = re.compile(r"(?:['’]s)?,? (?:" + "|".join(sections["after"]) + r")\b")
    before = re.compile(r"\b(?:" + "|".join(sections["before"]) + r")\.? (?:the )?\Z")
    return after, before


@lru_cache(maxsize=1)
def _article_cues() -> tuple[str, ...]:
    cues = []
    current = ""
    for line in data_lines("team_cues.txt"):
        if line.startswith("["):
            current = line.strip("[]")
        elif current == "article":
            cues += [" " + line, " " + line[:1].upper() + line[1:]]
    return tuple(cues)


def is_sports_report(text: str) -> bool:
    """Three or more different sports words (substring tests: fast, no regex over the text)."""
    count = 0
    for cue in _article_cues():
        if cue in text:
            count += 1
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
    linking.py's (national teams, every mention)."""
    places = [c for c in claims if c.type == "place" and c.id
              and (c.canonical or text[c.start:c.end]) not in country_names()]
    if not places or not is_sports_report(text):
        return claims
    for c in places:
        if _plays_here(text, c):
            c.type, c.id, c.registered = "organization", f"{c.id}-team", False
            c.canonical = f"{c.canonical or text[c.start:c.end]} team"
    return claims


def _plays_here(text: str, c: Claim) -> bool:
    after, before = _cues()
    window = text[max(0, c.start - 16):c.start]
    return bool(after.match(text, c.end) or before.search(window) or _SCORE_AFTER.match(text, c.end)
                or _SCORE_BEFORE.search(window))
