"""Before the render fork: collect, trim the heap and freeze; after it, thaw."""

from __future__ import annotations

import gc

from site_builder.render.settle import settle, thawed, trim_heap


def test_settle_freezes_and_thawed_undoes_it() -> None:
    held = [[i] for i in range(1000)]  # objects the garbage collector tracks
    try:
        settle()
        assert gc.get_freeze_count() >= len(held)
    finally:
        thawed()
    assert gc.get_freeze_count() == 0


def test_trim_heap_is_harmless_twice() -> None:
    trim_heap()
    trim_heap()
