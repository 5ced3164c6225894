"""Which of several namesakes a short name means (titles, company), and which bare given names
name no one: table-driven, with the negative cases (two Kennedys, two Bushes, a mixed "Sullivan")."""

from __future__ import annotations

import pytest

from site_builder.index.evidence import names_around, person_titles, title_run, titles_conflict
from site_builder.index.identity import (
    ArticleSummary,
    apply_fold,
    article_titles,
    fold_summaries,
    parse_person,
    summarize,
)
from site_builder.model.spans import Annotations, EntityRef, Mention, Quote, Turn
from site_builder.text import slugify
from site_builder.titlewords import title_run as read_title
from tests.index.fold_cases import annotated, article, folds, many

TITLES = frozenset({"president", "vice", "secretary", "ms", "mr", "minister", "prime", "foreign", "lady", "pope"})


@pytest.mark.parametrize("words,expected", [
    (["President"], "president"),
    (["Vice", "President"], "vice president"),
    (["Secretary", "of", "State"], ""),  # "State" is no title word here
    (["met", "Foreign", "Minister"], "foreign minister"),
    (["Mr.", "Secretary,", "President"], "president"),  # the comma ends the title
    (["Moscow.", "President"], "president"),
    (["MS"], "ms"),
    (["yesterday"], ""),
    (["the", "Turkish", "prime", "minister."], ""),  # a sentence ends right before the name
    (["met", "Prime", "Minister"], "prime minister"),
])
def test_title_run(words: list[str], expected: str) -> None:
    assert title_run(words, TITLES) == expected


@pytest.mark.parametrize("words,expected", [
    (["Under", "Secretaries.", "MR"], ["mr"]),  # a plural title is no abbreviation: its full stop ends the run
    (["Police", "Supt."], ["police", "supt"]),  # an abbreviation's full stop does not
    (["the", "Secretaries."], []),
])
def test_full_stops_in_title_runs(words: list[str], expected: list[str]) -> None:
    titles = {"under", "secretaries", "mr", "police", "supt"}
    assert read_title(words, titles.__contains__, stops=True) == expected


def test_person_titles_reads_the_words_before_and_a_title_in_the_name() -> None:
    text = "Vice President Harris met Pope Francis. MS PORTER: Thanks."
    spans = [("Harris", "harris"), ("Pope Francis", "pope-francis"), ("PORTER", "porter")]
    mentions = tuple(Mention(text.index(s), text.index(s) + len(s), s, "person", i) for s, i in spans)
    refs = tuple(EntityRef(i, s, "person", False) for s, i in spans)
    assert person_titles(text, Annotations(mentions, entities=refs), TITLES) == {
        "harris": ("vice president",), "pope-francis": ("pope",), "porter": ("ms",)}


@pytest.mark.parametrize("articles,expected", [
    # "President Biden" is Joseph R. Biden, not the First Lady nor his son
    ([*many(("Joseph R. Biden", ("president",), 5), 6), article(("Jill Biden", ("lady",), 3)),
      article(("Hunter Biden", (), 3)), *many(("Biden", ("president",), 40), 10)],
     {"biden": "joseph-r-biden"}),
    # two Presidents Bush: "President Bush" stays apart
    ([*many(("George W. Bush", ("president",), 5), 3), *many(("George H. W. Bush", ("president",), 5), 3),
      *many(("Bush", ("president",), 5), 4)], {}),
    # two Kennedys and an untitled "Kennedy": apart
    ([*many(("John F. Kennedy", ("president",), 5), 3), *many(("Robert F. Kennedy", ("senator",), 5), 3),
      *many(("Kennedy", (), 5), 4)], {}),
    # ... but "President Kennedy" is the President
    ([*many(("John F. Kennedy", ("president",), 5), 3), *many(("Robert F. Kennedy", ("senator",), 5), 3),
      *many(("Kennedy", ("president",), 5), 4)], {"kennedy": "john-f-kennedy"}),
    # one id that is "Ambassador Sullivan" here and "Advisor Sullivan" there: no one title, apart
    ([*many(("Jake Sullivan", ("advisor",), 5), 9), article(("John Sullivan", ("ambassador",), 1)),
      *many(("Sullivan", ("ambassador",), 2), 7), *many(("Sullivan", ("advisor",), 2), 5)], {}),
    # a title decides whatever the mentions: Foreign Minister Chung, not Julie Chung
    ([*many(("Chung Eui-yong", ("foreign minister",), 2), 4), *many(("Julie Chung", ("secretary",), 9), 3),
      *many(("Chung", ("foreign minister",), 3), 3)], {"chung": "chung-eui-yong"}),
    # "Secretary Austin" is Lloyd Austin, not Austin Tice; an untitled "Austin" stays apart
    ([*many(("Lloyd Austin", ("secretary",), 4), 3), *many(("Austin Tice", (), 4), 3),
      *many(("Austin", ("secretary",), 3), 3)], {"austin": "lloyd-austin"}),
    ([*many(("Lloyd Austin", ("secretary",), 4), 3), *many(("Austin Tice", (), 4), 3), *many(("Austin", (), 3), 3)],
     {}),
    # the articles that name "MS PORTER" name Jalina (Porter), never Dawn Porter
    ([article(("Jalina Porter", (), 2)), article(("Dawn Porter", (), 2)),
      *[article(("Porter", ("ms",), 20), ("Jalina", (), 1), together=(("porter", "jalina"),)) for _ in range(3)]],
     {"jalina": "jalina-porter", "porter": "jalina-porter"}),
])
def test_namesakes(articles: list[ArticleSummary], expected: dict[str, str]) -> None:
    assert folds(*articles) == expected


@pytest.mark.parametrize("names,expected", [
    # a family name written first or last: one person when both orders are there
    (["Abe Shinzo", "Shinzo Abe"], {"shinzo-abe": "abe-shinzo"}),
    (["Kim Lee", "Lee Smith"], {}),
    # an initial for the one given name of the archive that starts so
    (["S. Jaishankar", "Subrahmanyam Jaishankar"], {"s-jaishankar": "subrahmanyam-jaishankar"}),
    (["S. Smith", "Sam Smith", "Sue Smith"], {}),
    # common words and misspelt titles left in front of a name
    (["Industry Hagiuda Koichi", "Hagiuda Koichi"], {"industry-hagiuda-koichi": "hagiuda-koichi"}),
    (["Mininster Netanyahu", "Benjamin Netanyahu"], {"mininster-netanyahu": "benjamin-netanyahu"}),
    # ... but a common word that is all the given name there is, is a given name
    (["Dawn Porter", "Jalina Porter"], {}),
])
def test_name_forms(names: list[str], expected: dict[str, str]) -> None:
    articles = [article((name, (), 2)) for name in names]
    assert folds(*articles) == expected


def test_accents_do_not_split_a_surname() -> None:
    assert parse_person("Marcelo Ebrard Casaubón").surname == parse_person("Marcelo Ebrard Casaubon").surname


def _briefing(text: str, name: str, turns: bool) -> Annotations:
    start = text.index(name)
    mention = Mention(start, start + len(name), name, "person", slugify(name))
    quote = Quote(0, 5, "“Hi”", "q1", name, slugify(name), start, start + len(name), "said")
    turn = (Turn(0, len(text), name, slugify(name), 0, 1),) if turns else ()
    return Annotations((mention,), (quote,), (EntityRef(slugify(name), name, "person", False),), turns=turn)


@pytest.mark.parametrize("text,name,turns,kept", [
    ("QUESTION: Thanks, Matt. Next one.", "Matt", True, False),  # a reporter by first name in a briefing
    ("Matt said the tour was long.", "Matt", False, True),  # prose: a person of that article
    ("QUESTION: President Abdullah spoke.", "Abdullah", True, True),  # titled there
    ("QUESTION: King Abdullah II spoke.", "Abdullah II", True, True),  # a king's number
])
def test_bare_given_names_abstain_in_transcripts(text: str, name: str, turns: bool, kept: bool) -> None:
    annotations = _briefing(text, name, turns)
    summary = summarize(text, annotations)
    fold = fold_summaries([summary, article(("Matt Lee", (), 3)), article(("Matt Murray", (), 3))])
    folded = apply_fold(annotations, fold, article_titles(summary))
    assert bool(folded.mentions) is kept
    assert (folded.quotes[0].speaker_entity is not None) is kept
    assert folded.quotes[0].speaker == name  # the words stay
    if turns:
        assert (folded.turns[0].speaker_entity is not None) is kept


SULLIVANS = [*many(("Jake Sullivan", ("advisor",), 5), 9), *many(("John Sullivan", ("ambassador",), 1), 3),
             *many(("Sullivan", ("ambassador",), 2), 7), *many(("Sullivan", ("advisor",), 2), 5)]


@pytest.mark.parametrize("text,expected", [
    # one id, two people: the article's own title for the name picks one
    ("National Security Advisor Sullivan spoke.", "jake-sullivan"),
    ("Ambassador Sullivan spoke.", "john-sullivan"),
    ("Sullivan spoke.", "sullivan"),  # no title there: left as it is
])
def test_a_title_in_the_article_picks_the_namesake(text: str, expected: str) -> None:
    annotations = annotated(text, ["Sullivan"])
    summary = summarize(text, annotations)
    fold = fold_summaries([*SULLIVANS, summary])
    folded = apply_fold(annotations, fold, article_titles(summary))
    assert [m.entity for m in folded.mentions] == [expected]


def test_two_titles_that_disagree_keep_the_names_fold() -> None:
    bidens = [*many(("Joseph R. Biden", ("president",), 5), 6), *many(("Jill Biden", ("lady",), 3), 3),
              *many(("Biden", ("president",), 40), 10)]
    text = "President and First Lady Biden spoke. First Lady Biden"
    annotations = annotated(text, ["Biden"])
    summary = summarize(text, annotations)
    fold = fold_summaries([*bidens, summary])
    assert fold.target_in("biden", frozenset({"lady"})) == "jill-biden"
    assert fold.target_in("biden", frozenset({"lady", "president"})) == "joseph-r-biden"
    assert fold.target_in("biden", frozenset()) == "joseph-r-biden"
    assert [m.entity for m in apply_fold(annotations, fold, article_titles(summary)).mentions] == ["jill-biden"]


@pytest.mark.parametrize("source,target,expected", [
    ({"prime minister": 4}, {"acting assistant secretary for global public affairs": 2}, True),
    ({"prime minister": 1}, {"foreign minister": 2}, True),
    ({"secretary": 3}, {"secretary of state": 5}, False),       # one title within the other
    ({"minister": 1}, {"foreign minister": 2}, False),
    ({"mr": 3}, {"foreign minister": 2}, False),                # a courtesy names no office
    ({}, {"foreign minister": 2}, False),                       # no title: no evidence
    ({"prime minister": 1}, {}, False),
    ({"senator": 1, "secretary": 2}, {"secretary of state": 5}, False),  # one title that fits is enough
    ({"presidents": 1}, {"president": 5}, False),               # "Presidents Macron and Putin": a plural title
    ({"presidents": 1}, {"prime minister": 5}, True),
])
def test_titles_conflict(source: dict[str, int], target: dict[str, int], expected: bool) -> None:
    assert titles_conflict(source, target) is expected


@pytest.mark.parametrize("articles,expected", [
    # "Prime Minister Trudeau" is not the one Trudeau named in full, an Acting Assistant Secretary
    ([article(("Elizabeth Kennedy Trudeau", ("acting assistant secretary",), 4)),
      *many(("Trudeau", ("prime minister",), 1), 4)], {}),
    # ... but "Secretary Trudeau" and an untitled "Trudeau" are
    ([article(("Elizabeth Kennedy Trudeau", ("acting assistant secretary",), 4)),
      article(("Trudeau", ("acting assistant secretary",), 3))], {"trudeau": "elizabeth-kennedy-trudeau"}),
    ([article(("Elizabeth Kennedy Trudeau", ("acting assistant secretary",), 4)), article(("Trudeau", (), 3))],
     {"trudeau": "elizabeth-kennedy-trudeau"}),
    # "Prime Minister Najla [Bouden]" is not Foreign Minister Najla Mangoush
    ([*many(("Najla Mangoush", ("foreign minister",), 3), 2), article(("Najla", ("prime minister",), 1))], {}),
    # a plural title before two names ("Presidents Macron and Putin") is the singular's office
    ([article(("Emmanuel Macron", ("president",), 4)), article(("Presidents Macron", ("presidents",), 3))],
     {"presidents-macron": "emmanuel-macron"}),
])
def test_a_conflicting_title_keeps_a_short_name_apart(articles: list[ArticleSummary], expected: dict[str, str]) -> None:
    assert folds(*articles) == expected


@pytest.mark.parametrize("articles,expected", [
    # a second surname: "Laurentino Cortizo" is the one "Laurentino Cortizo Cohen"
    ([*many(("Laurentino Cortizo", ("president",), 1), 3), article(("Laurentino Cortizo Cohen", ("president",), 5))],
     {"laurentino-cortizo": "laurentino-cortizo-cohen"}),
    # a particle written as a word: "al-Sisi" alone is "Abdel Fattah Al Sisi"
    ([article(("Abdel Fattah Al Sisi", ("president",), 3)), *many(("al-Sisi", ("president",), 2), 2)],
     {"al-sisi": "abdel-fattah-al-sisi"}),
    # a middle name is no second surname: two Presidents Adams
    ([article(("John Adams", ("president",), 3)), article(("John Quincy Adams", ("president",), 3))], {}),
])
def test_second_surnames_and_particles(articles: list[ArticleSummary], expected: dict[str, str]) -> None:
    assert folds(*articles) == expected


@pytest.mark.parametrize("articles,expected", [
    # "Islam’s holiest site" is not Mr. Mohammed Tariqul Islam ...
    ([article(("Mohammed Tariqul Islam", ("mr",), 4)), article(("Islam", (), 2))], {}),
    # ... but "Mr. Islam" is
    ([article(("Mohammed Tariqul Islam", ("mr",), 4)), article(("Islam", ("mr",), 2))],
     {"islam": "mohammed-tariqul-islam"}),
])
def test_a_faith_alone_is_no_ones_surname(articles: list[ArticleSummary], expected: dict[str, str]) -> None:
    assert folds(*articles) == expected


@pytest.mark.parametrize("articles,expected", [
    # a middle name spelt out in one place, its initial in another: one Under Secretary
    ([*many(("Bonnie D. Jenkins", ("under secretary",), 3), 2), article(("Bonnie Denise Jenkins", ("under secretary",), 2))],
     {"bonnie-denise-jenkins": "bonnie-d-jenkins"}),
    # ... and with no title at all, the initial is enough
    ([article(("Bonnie D. Jenkins", (), 2)), article(("Bonnie Jenkins", (), 2)), article(("Bonnie Denise Jenkins", (), 1))],
     {"bonnie-jenkins": "bonnie-d-jenkins", "bonnie-denise-jenkins": "bonnie-d-jenkins"}),
    # a family name in the middle, one office: "Tedros Ghebreyesus" is "Tedros Adhanom Ghebreyesus"
    ([article(("Tedros Ghebreyesus", ("director",), 2)), article(("Tedros Adhanom Ghebreyesus", ("director",), 3))],
     {"tedros-ghebreyesus": "tedros-adhanom-ghebreyesus"}),
    # ... but not untitled, nor with offices that differ
    ([article(("Tedros Ghebreyesus", (), 2)), article(("Tedros Adhanom Ghebreyesus", ("director",), 3))], {}),
    ([article(("Tedros Ghebreyesus", ("minister",), 2)), article(("Tedros Adhanom Ghebreyesus", ("director",), 3))], {}),
    # a patronymic added: one person, titled or not
    ([article(("Yevgeniy Prigozhin", (), 2)), article(("Yevgeniy Viktorovich Prigozhin", (), 3))],
     {"yevgeniy-prigozhin": "yevgeniy-viktorovich-prigozhin"}),
    # another initial, two longer names, an Arabic patronymic ("bin Salman"): apart
    ([article(("John Q. Smith", (), 2)), article(("John Paul Smith", (), 3))], {}),
    ([article(("Ana Lopez", ("minister",), 2)), article(("Ana Maria Lopez", ("minister",), 2)),
      article(("Ana Sofia Lopez", ("minister",), 2))], {}),
    ([article(("Abdulaziz Al Saud", ("minister",), 2)), article(("Abdulaziz bin Salman Al Saud", ("minister",), 2))], {}),
])
def test_middle_names_across_articles(articles: list[ArticleSummary], expected: dict[str, str]) -> None:
    assert folds(*articles) == expected


def test_a_regnal_number_is_a_namesake_a_title_picks() -> None:
    """"King Abdullah" is "Abdullah II" (a name with a regnal number), "Chairman Abdullah" Abdullah Abdullah."""
    fold = fold_summaries([*many(("Abdullah", ("king",), 1), 2), article(("Abdullah", ("chairman",), 1)),
                           *many(("Abdullah II", ("king",), 2), 2), article(("Abdullah Abdullah", ("chairman",), 3))])
    assert fold.by_title["abdullah"] == {"king": "abdullah-ii", "chairman": "abdullah-abdullah"}
    assert fold.target("abdullah-ii") == "abdullah-ii"


@pytest.mark.parametrize("articles,expected", [
    # a committee title the name carries: "Ranking Member Risch" is Senator Jim Risch
    ([article(("Jim Risch", ("senator",), 3)), article(("Ranking Member Risch", (), 2))],
     {"ranking-member-risch": "jim-risch"}),
    ([article(("Jim Risch", ("senator",), 3)), article(("Ranking Member Risch", ("ranking member",), 2))],
     {"ranking-member-risch": "jim-risch"}),
])
def test_committee_titles(articles: list[ArticleSummary], expected: dict[str, str]) -> None:
    assert folds(*articles) == expected



def _one_word_person(text: str) -> Annotations:
    return Annotations(entities=(EntityRef("cleary", "Cleary", "person", False),))


@pytest.mark.parametrize("text", [
    "Minister of Energy Susan Cleary spoke. Minister Cleary, Conor said.",
    "MS CLEARY: Thank you. Cleary Finnegan was there.",
    "Nothing about her here.",  # negative: the name is not written, nothing read
])
def test_names_around_reads_text_with_letters_that_lower_longer(text: str) -> None:
    # "İ" lowers to two characters: the article is still read with its offsets kept, not skipped
    def read(t: str) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
        return names_around(t, _one_word_person(t), lambda name: " " not in name, lambda word: word.lower())
    assert read("İstanbul. " + text) == read("Istanbul. " + text)
    if "Cleary" in text:
        assert read("İstanbul. " + text) != ({}, {})
