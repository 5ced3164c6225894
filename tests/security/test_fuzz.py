"""Short fuzz run (seeded, a few hundred cases): every case is a build whose pages run no script,
a clear `file:line: error:`, or an annotate answer or error record; never a traceback, a hang,
a crash or memory over the cap. The long run is bench/fuzz_long.py."""

from __future__ import annotations

import pytest

from tests.security.fuzzing import BAD, run_fuzz

MEMORY_MIB = 1024  # address space of the worker (RLIMIT_AS); resident memory stays near 100 MiB
SHORT = {"article": 150, "registry": 100, "site": 100, "annotate": 300}


@pytest.mark.parametrize("kind", list(SHORT))
def test_fuzz_short(kind: str) -> None:
    summary = run_fuzz(kind, seed=13, count=SHORT[kind], memory_mib=MEMORY_MIB, timeout=60)
    assert summary.cases == SHORT[kind]
    assert not any(summary.outcomes[o] for o in BAD), summary.bad
    good = {"build", "answer"}
    assert sum(summary.outcomes[o] for o in good) > 0, summary.outcomes  # the generators also make valid input
    assert summary.peak_mib < 500, summary.peak_mib
