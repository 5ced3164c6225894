"""Regenerate tests/golden/ from tests/fixtures/archive (`make golden`). Review the diff before committing."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from site_builder.build import Builder, BuildOptions  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "archive"
GOLDEN = ROOT / "tests" / "golden"
# The golden set: what the renderer produces from text (HTML, feed, data), not copied assets.
KEEP_SUFFIXES = (".html", ".xml", ".json")


def build_fixture(output: Path) -> None:
    Builder(BuildOptions(content_dir=FIXTURE, output_dir=output)).build()


def golden_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes()
            for p in sorted(site.rglob("*")) if p.is_file() and p.suffix in KEEP_SUFFIXES}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build_fixture(site)
        if GOLDEN.exists():
            shutil.rmtree(GOLDEN)
        for rel, data in golden_files(site).items():
            (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / rel).write_bytes(data)
    print(f"Wrote {GOLDEN.relative_to(ROOT)}/. Review with: git diff --stat -- tests/golden")


if __name__ == "__main__":
    main()
