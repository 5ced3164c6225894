"""The dask.distributed path: annotation on a local 2-worker cluster gives the default path's site byte for
byte, and its results land in the same content-addressed cache the process pool reads."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from site_builder.build import Builder, BuildOptions
from tests.helpers import FIXTURE, build, snapshot

distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed (pip install 'site_builder[dask]')")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as local:
        yield local


@pytest.fixture
def scheduler(cluster: Any) -> str:
    return str(cluster.scheduler_address)


def _bytes(folder: Path) -> dict[str, bytes]:
    return {name: data for name, (data, _, _) in snapshot(folder).items()}


def test_the_dask_path_builds_the_default_paths_site_byte_for_byte(tmp_path: Path, cluster: Any, scheduler: str) -> None:
    assert build(FIXTURE, tmp_path / "pool", "--workers", "2") == 0
    assert build(FIXTURE, tmp_path / "dask", "--scheduler", scheduler) == 0
    assert "process" in cluster.scheduler.task_prefixes  # the articles were annotated as tasks on the cluster
    assert _bytes(tmp_path / "dask") == _bytes(tmp_path / "pool")


def test_the_cluster_fills_the_cache_the_default_path_reads(tmp_path: Path, scheduler: str) -> None:
    cache = tmp_path / "cache"
    on_cluster = Builder(BuildOptions(content_dir=FIXTURE, output_dir=tmp_path / "dask", cache_dir=cache,
                                      scheduler=scheduler)).build()
    assert on_cluster.annotated == on_cluster.articles > 0
    local = Builder(BuildOptions(content_dir=FIXTURE, output_dir=tmp_path / "pool", cache_dir=cache)).build()
    assert local.annotated == 0  # every article came from the cluster's cache entries
    assert _bytes(tmp_path / "pool") == _bytes(tmp_path / "dask")


def test_an_unreachable_scheduler_is_a_build_error(tmp_path: Path) -> None:
    import dask.config

    from site_builder.errors import BuildError

    options = BuildOptions(content_dir=FIXTURE, output_dir=tmp_path / "site", scheduler="tcp://127.0.0.1:9")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}), pytest.raises(BuildError) as caught:
        Builder(options).build()
    assert "cannot reach the dask scheduler" in str(caught.value)
    assert not (tmp_path / "site").exists()
