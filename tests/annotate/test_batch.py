"""Annotating many articles: the process pool (the annotator installed once per worker) gives
exactly what annotating in this process gives; chunk sizes (table-driven)."""

from __future__ import annotations

from pathlib import Path

import pytest

import site_builder.annotate.batch as batch
from site_builder.annotate.backend import backend_named
from site_builder.annotate.batch import Annotator, KeyCache, annotate_files, chunk_size, start_pool
from site_builder.model.registry import EMPTY_REGISTRY
from tests.helpers import FIXTURE


@pytest.mark.parametrize("tasks,workers,expected", [
    (4000, 2, 32),  # many: the largest chunk
    (200, 2, 12),  # at least 8 chunks per worker
    (10, 2, 1),
    (0, 2, 1),  # negative: never a chunk of 0
    (100, 16, 1),
])
def test_chunk_size(tasks: int, workers: int, expected: int) -> None:
    assert chunk_size(tasks, workers) == expected


def _results(workers: int, ahead: bool = False) -> list[tuple[Path, object]]:
    paths = sorted((FIXTURE / "articles").rglob("*.*"))
    annotator = Annotator(EMPTY_REGISTRY, backend_named("rules"))
    started = start_pool(annotator, FIXTURE, workers) if ahead else None
    keys = KeyCache().keys(paths, FIXTURE, annotator.salt)
    out = []
    for path, result in annotate_files(paths, FIXTURE, annotator, keys, workers, started=started):
        out.append((path, result[0].annotations if isinstance(result, tuple) else str(result)))
    return out


def test_the_pool_gives_what_one_process_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    one = _results(1)
    monkeypatch.setattr(batch, "POOL_THRESHOLD", 1)
    pooled = _results(2)
    assert len(one) > 3 and pooled == one


def test_a_pool_started_ahead_gives_what_one_process_gives() -> None:
    """start_pool's workers load the language data before the first task (and say nothing of it)."""
    assert _results(2, ahead=True) == _results(1)


def _pid(path: Path, key: str) -> bytes | Exception:  # a task that says which worker ran it
    import os
    import pickle

    return pickle.dumps((os.getpid(), []))


@pytest.mark.parametrize("batch_size", [1, 2, 3, 100])
def test_batches_go_through_one_pool(monkeypatch: pytest.MonkeyPatch, batch_size: int) -> None:
    """annotate_in_batches: every batch in the one pool made once (its workers are not forked again from
    a grown build process), with the same results, in order, as one process."""
    paths = sorted((FIXTURE / "articles").rglob("*.*"))
    annotator = Annotator(EMPTY_REGISTRY, backend_named("rules"))
    keys = KeyCache().keys(paths, FIXTURE, annotator.salt)
    monkeypatch.setattr(batch, "POOL_THRESHOLD", 1)
    pooled = [(p, r[0].annotations if isinstance(r, tuple) else str(r))
              for p, r, _ in batch.annotate_in_batches(paths, FIXTURE, annotator, keys, 2, batch_size)]
    assert pooled == _results(1)
    monkeypatch.setattr(batch, "_process_installed", _pid)
    pids = {r[0] for _, r, _ in batch.annotate_in_batches(paths, FIXTURE, annotator, keys, 2, batch_size)}
    assert 1 <= len(pids) <= 2  # two workers at most, whatever the number of batches
