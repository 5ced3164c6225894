"""People by the shape of their names.

Finds: a run of capitalised words after a title phrase ("Defense Minister Israel Katz",
"Spokesman John Ullyot", "Mr. Hegseth"); a given name followed by one to three capitalised
words ("Pete Hegseth", "Israel Katz": the given name wins over the place of the same spelling);
names with initials ("George W. Bush") or particles ("Ursula von der Leyen"); two or three plain
capitalised words in mid-sentence that no other extractor claims (the common shape of a name).
Refuses: a single capitalised word by itself (linking.py may tie it to a full name found in the
same article), words of the stop list, months and days, a name containing an organisation or
place word ("Justice Department"), and runs longer than four words.
"""

from __future__ import annotations

from site_builder.annotate.entities.lexicon import Lexicon


def plain_word(word: str, low: str, lex: Lexicon) -> bool:
    """A word that can be part of a person's name."""
    return (
        low not in lex.stopwords and low not in lex.calendar and low not in lex.org_heads
        and low not in lex.place_heads and not (len(word) > 1 and word.isupper() and "." not in word)
        and word[0].isalpha()
    )


def looks_like_person(words: list[str], lows: list[str], initial: bool, lex: Lexicon) -> bool:
    """Do these (non-connector) words read as one person's name with no title before them?"""
    n = len(words)
    if n < 2 or n > 4:
        return False
    if not all(plain_word(w, l, lex) for w, l in zip(words, lows)):
        return False
    if lows[0] in lex.given_names:
        return True
    if any(len(w) == 2 and w[1] == "." for w in words[1:-1]):
        return True  # George W. Bush
    if words[0].endswith(".") and len(words[0].replace(".", "")) <= 3:
        return True  # K.C. Maurer, J. Smith
    return not initial and n <= 3
