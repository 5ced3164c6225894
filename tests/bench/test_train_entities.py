"""bench/train_entities.py trains through the model's own decoding, which may run compiled (mypyc):
the perceptron must hand it the types the compiled functions take, and stay deterministic."""

from __future__ import annotations

from bench.train_entities import Example, train
from site_builder.annotate.entities.model import score


def _tiny() -> list[Example]:
    return [
        Example(2, [(0, 1, ["w=Ann", "shape=Xx"]), (0, 2, ["w=Ann", "w=Lee"]), (1, 2, ["w=Lee"])], frozenset({(0, 2, 0)})),
        Example(1, [(0, 1, ["w=Paris", "shape=Xx"])], frozenset({(0, 1, 2)})),
    ]


def test_training_runs_and_gives_the_shipped_weights_shape() -> None:
    weights = train(_tiny(), epochs=3, seeds=2)
    assert weights and all(type(v) is tuple and len(v) == 3 for v in weights.values())
    a, b, c = score(weights, ["w=Ann", "w=Lee"])  # the model's own scorer takes them
    assert a > max(b, c)


def test_training_is_deterministic() -> None:
    assert train(_tiny(), epochs=3, seeds=2) == train(_tiny(), epochs=3, seeds=2)
