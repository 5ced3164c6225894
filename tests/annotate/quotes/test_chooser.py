"""Table-driven: the speaker chooser's candidates (nearby_speakers.py, chooser.py) and its policy:
it may override a speaker the rules named, never fills their abstentions, never takes a person
whose gender clashes with "he"/"she", and never shows a pronoun."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from site_builder.annotate.quotes import chooser, find_quotes
from site_builder.model.registry import EMPTY_REGISTRY
from tests.annotate.quotes.helpers import mentions_for, run


def recorded(text: str) -> list[tuple[int, int, list[chooser.Candidate]]]:
    with chooser.recording() as recorded:
        mentions, entities = mentions_for(text)
        find_quotes(text, mentions, entities, EMPTY_REGISTRY)
    return recorded


def features_of(text: str, name: str) -> set[str] | None:
    """The features of the candidate `name` for the one quote in `text` (None: not a candidate)."""
    (_, _, cands), = recorded(text)
    return features_of_first(cands, name)


# (text, candidate, features it must have, features it must not have)
CANDIDATES = [
    # the name before the quote, opening its sentence, its verb touching it
    ("John Smith said it again. “We will vote tonight,” he said.", "John Smith",
     {"src=near", "side=before", "opens_sent", "verb_after_name", "gender=agree", "mtype=person"}, {"gender=clash"}),
    # "she" and a man named before: the gender clashes
    ("John Smith spoke first. “We will vote tonight,” she said.", "John Smith", {"gender=clash"}, {"gender=agree"}),
    # a name after the quote, in the sentence after it
    ("“We will vote tonight.” Mary Jones, the clerk, said the count starts at nine.", "Mary Jones",
     {"side=after", "src=near"}, {"side=before"}),
    # an organization named two paragraphs before
    ("The Senate met on Monday.\n\nThe bill was read twice.\n\n“It passes,” the clerk said.", "Senate",
     {"mtype=organization", "side=before|paras=2"}, set()),
    # the rules' own answer carries their source
    ("“The plan is dead,” Smith said.", "John Smith", {"src=rule", "src=near", "side=after"}, {"side=before"}),
    # "no speaker" is a candidate of its own
    ("“The plan is dead,” Smith said.", "", set(), set()),
]


@pytest.mark.parametrize(("text", "name", "has", "lacks"), CANDIDATES)
def test_candidates(text: str, name: str, has: set[str], lacks: set[str]) -> None:
    if not name:
        (_, _, cands), = recorded(text)
        assert any(c.speaker is None and "src=none" in c.feats for c in cands)
        return
    feats = features_of(text, name)
    assert feats is not None, f"{name!r} is no candidate"
    assert has <= feats, has - feats
    assert not lacks & feats


# (text, a name that must NOT be a candidate)
NOT_CANDIDATES = [
    ("“You should ask John Smith about the plan,” Jones said.", "John Smith"),  # named only inside the quote
    ("“You should ask me about the plan,” Jones said. Donald Trump was not there.\n\nLater.\n\nMuch later.\n\nJohn Smith left.", "John Smith"),  # too far after
]


@pytest.mark.parametrize(("text", "name"), NOT_CANDIDATES)
def test_not_candidates(text: str, name: str) -> None:
    quotes = [c for _, _, c in recorded(text)]
    assert quotes
    assert features_of_first(quotes[0], name) is None


def features_of_first(cands: list[chooser.Candidate], name: str) -> set[str] | None:
    found = [set(c.feats) for c in cands if c.speaker is not None and c.speaker.name == name]
    return found[0] if found else None


@pytest.fixture
def eager_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A model that prefers any name standing before the quote, by a wide margin."""
    monkeypatch.setattr(chooser, "model", lambda: ({"side=before": 10.0}, 0.5))
    monkeypatch.setattr(chooser, "DECIDES", True)  # the site keeps the rules; the policy is what a deciding model does
    yield


# (text, the speaker shown with the eager model)
POLICY = [
    # the model overrides a name the rules gave
    ("John Smith spoke first. “We will vote tonight,” Jones said.", "John Smith"),
    # a deliberate abstention stands: "people kept saying" names nobody
    ("John Smith spoke first. People kept saying, “You will never make it.”", None),
    # never a man for "she": the rules' answer stands
    ("John Smith spoke first. “We will vote tonight,” she said.", None),
]


@pytest.mark.parametrize(("text", "speaker"), POLICY)
def test_policy(eager_model: None, text: str, speaker: str | None) -> None:
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == [speaker]


def test_no_model_keeps_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chooser, "model", lambda: ({}, 0.0))
    quotes, _ = run("John Smith spoke first. “We will vote tonight,” Jones said.")
    assert [q.speaker for q in quotes] == ["Mary Jones"]


def test_weights_file_loads() -> None:
    w, margin = chooser.model()
    assert w and margin >= 0


def test_training_is_deterministic() -> None:
    from bench.train_speakers import train, train_logit

    data = [[(("a", "x"), True), (("b",), False)], [(("a",), False), (("b", "x"), True)], [(("b",), True), (("a",), False)]]
    for learn in (train, train_logit):
        assert learn(data, 3) == learn(data, 3)


def test_the_site_keeps_the_rules_while_the_model_only_equals_them(monkeypatch: pytest.MonkeyPatch) -> None:
    # even an eager model changes nothing until chooser.DECIDES is set (see chooser.py for why)
    monkeypatch.setattr(chooser, "model", lambda: ({"side=before": 10.0}, 0.5))
    quotes, _ = run("John Smith spoke first. “We will vote tonight,” Jones said.")
    assert [q.speaker for q in quotes] == ["Mary Jones"]  # the rules: Jones is Mary Jones of the helpers' registry
