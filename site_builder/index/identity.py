"""Cross-article identity: which discovered ids of the archive name the same person or organization.

A pure function from per-article entity summaries (ids, names, types, mention counts, acronyms
the text defines) to a fold map (id -> canonical id, with the reason), applied in the index stage
so that pages, data files, search data and `annotate` over many documents all use folded ids.
Per-article annotation stays pure: it never looks at other articles.

Finds, for people: names that differ only by a leading title or honorific ("Secretary Blinken"),
a middle initial or middle name ("Antony J. Blinken"), a suffix ("Joseph R. Biden Jr."), or a
common short form of the given name (data/short_forms.txt: "Tony Blinken", "Bill Burns"); and
surname-only names ("Blinken", "von der Leyen") when the archive has exactly one full-name
person with that surname, or when several have it and the archive's evidence (index/evidence.py)
points to one: the title the short name consistently carries ("President Biden" is Joseph R.
Biden, not Jill or Hunter Biden; "Secretary Austin" is Lloyd Austin, not Austin Tice; "President
Xi"), or the people the same articles name ("MS PORTER:" where "Jalina" is thanked); a surname
of two words alone ("Abu Akleh", "López Miera": two surnames, untitled) when one full name of the
archive ends with it and its first word opens no other full name as a given name. Also: a
family name written first or last ("Abe Shinzo" / "Shinzo Abe", both in the archive), an initial
for the one given name that starts so ("S. Jaishankar"), common words or misspelt titles the
detector left in front ("Industry Hagiuda Koichi", "Secretar Blinken"). Where one id is several
people, the title an article gives it picks one in that article ("Advisor Sullivan" is Jake,
"Ambassador Sullivan" John). For organizations: "X Department" = "Department of X" = "U.S.
Department of the X" (data/department_heads.txt), names that differ by a leading "U.S." or "UN"
or by British spelling ("World Food Programme"), and an acronym the text defines right after
a name ("the Department of Agriculture (USDA)") is that name's id everywhere.

Refuses: to fold when the archive offers two candidates (two "Smith"s with different given names,
"Tony Smith" beside "Antony Smith" and "Anthony Smith", "George W. Bush" beside "George H. W.
Bush", a "Jr." beside a "Sr.", a "Jr." beside the plain name when one article names both as two
people (a father and his son), "President Bush" beside two Presidents Bush, one id that is
"Ambassador Sullivan" here and "Advisor Sullivan" there); these are reported as ambiguous. Two
words alone that are an East Asian name, family name first ("Lee Ka-chiu"), stay apart. A
bare given name ("Ned") is never folded into a surname, and its fold into a full name ("Ned" is
Ned Price) holds only in an article that titles it, names that person otherwise or writes the
name in full (a child "Dimitar" in a list is no Dimitar Kovachevski). A surname-only name stays
itself in an article whose text gives it another given name than the target's (the detector
missed "Virgil Popescu"; the archive's Popescu is Nicu). A bare given name (or a common word) the
archive ties to no one person abstains in a transcript where it has no title ("Go ahead, Matt":
a reporter, no person of the archive): its mentions there lose their id, the text stays. A
registered id is never folded into anything, nor abstained on (the registry wins); a discovered
id may fold into a registered one. People never fold into organizations or back.

This module composes the fold and is the package's one door to it. The parts: census.py (what
each article says, summed), identity_words.py and person_names.py (word lists, names split),
folder.py (the fold's state and evidence), fold_full_names.py, fold_surnames.py and
fold_people.py (people), fold_organizations.py, foldmap.py (the result), fold_apply.py (one
article folded).
"""

from __future__ import annotations

from collections.abc import Iterable

from site_builder.index.census import ArticleSummary, Census, EntitySummary, summarize
from site_builder.index.fold_apply import (
    ArticleTitles,
    FoldEntries,
    PersonWords,
    apply_fold,
    article_titles,
    digest,
    relevant,
)
from site_builder.index.fold_organizations import acronym_fits, fold_acronyms, fold_organizations, organization_key
from site_builder.index.fold_people import fold_people
from site_builder.index.folder import Folder, entities_of
from site_builder.index.foldmap import EMPTY_FOLD, Ambiguity, Canonical, Fold, FoldMap
from site_builder.index.identity_words import spelling
from site_builder.index.person_names import PersonName, parse_person

__all__ = [
    "EMPTY_FOLD", "Ambiguity", "ArticleSummary", "ArticleTitles", "Canonical", "Census", "EntitySummary", "Fold",
    "FoldEntries", "FoldMap", "PersonName", "PersonWords", "acronym_fits", "apply_fold", "article_titles", "digest", "fold_identities",
    "fold_summaries", "organization_key", "parse_person", "relevant", "spelling", "summarize",
]


def fold_identities(census: Census) -> FoldMap:
    """The fold map of an archive. Pure: the same census gives the same map."""
    entities = entities_of(census)
    folder = Folder(entities, census)
    fold_people(folder, [e for e in entities.values() if e.type == "person"])
    fold_organizations(folder, [e for e in entities.values() if e.type == "organization"])
    fold_acronyms(folder, census)
    return folder.result()


def fold_summaries(summaries: Iterable[ArticleSummary]) -> FoldMap:
    return fold_identities(Census(summaries))
