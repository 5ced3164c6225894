"""One module per CLI command: add_arguments(parser) and run(args) -> exit status."""

from __future__ import annotations

import sys
from pathlib import Path


def missing_content_dir(content: Path) -> bool:
    """Say so (one wording for every command) when the content folder is missing."""
    if content.is_dir():
        return False
    print(f"{content}: error: no such content folder\n"
          "    hint: run from the project folder, or pass --content DIR "
          "(a folder with articles/, site.yaml and entities.yaml, or a plain folder of article files)",
          file=sys.stderr)
    return True


def count(n: int, word: str, many: str | None = None) -> str:
    """'1 article', '2 articles'."""
    return f"{n} {word if n == 1 else (many or word + 's')}"
