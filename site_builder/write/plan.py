"""What a CLI build must redo, read from the build state store (write/state.py), and what it saves after.

A page is rendered again when it is new, when a read it recorded is answered differently, when
its template or the settings changed, or when its output file is not the one the store recorded
(missing, edited, or replaced by a build that was killed before it could save). A data file is
made again when its inputs (settings, registry, every article version) or its file changed.
Nothing here renders or writes the site: build.py does, and calls `save` once the site is swapped in.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from site_builder.errors import Problem
from site_builder.index.deps import Record
from site_builder.render.pages import TEMPLATES
from site_builder.render.urls import PageId, page_path
from site_builder.write.state import Changes, FileEntry, Output, StateStore, page_text, stat_output

if TYPE_CHECKING:  # the pipeline's types: a no-op build imports this module without them
    from site_builder.index.site_index import SiteIndex
    from site_builder.render.pool import RenderedPage
    from site_builder.write.writer import Staging


@dataclass
class StoredWork:
    """What a build that needed the index did."""

    index: SiteIndex
    changes: Changes
    page_ids: list[PageId]
    fresh: dict[PageId, RenderedPage]  # the pages rendered (into the staging folder)
    records: dict[PageId, Record]
    annotated: int
    warnings: list[Problem]
    warnings_by_path: dict[str, list[Problem]]
    staging: Staging | None = None  # the staging folder holding the fresh pages, or None when none was rendered
    data: tuple[dict[str, bytes], list[str]] | None = None  # data files made (not yet placed ones, every path); None: kept


class Plan:
    def __init__(self, store: StateStore, output_dir: Path, settings_fp: str, registry_digest: str,
                 keys: dict[Path, str], fingerprints: dict[str, str], stored_files: dict[str, FileEntry] | None = None) -> None:
        self.store = store
        self.output_dir = output_dir
        self.settings_fp = settings_fp
        self.registry_digest = registry_digest
        self.fingerprints = fingerprints
        listing = "\n".join(f"{p.as_posix()}\t{k}" for p, k in sorted(keys.items()))
        # Everything the index and the data files are made of (templates aside).
        self.inputs = hashlib.blake2b(f"{settings_fp}\n{registry_digest}\n{listing}".encode(), digest_size=16).hexdigest()
        self.pages = store.pages()
        self.outputs = store.outputs()
        out = os.fspath(output_dir)
        self.intact = {rel for rel, o in self.outputs.items() if stat_output(f"{out}/{rel}") == (o.size, o.mtime, o.ino)}
        self.stored_warnings = store.warnings()
        self.stored_files = store.files() if stored_files is None else stored_files  # build.py read them already
        self.extra_meta: dict[str, str] = {}  # saved with the rest (build.py: the template parse cache)

    def settings_changed(self) -> bool:
        return self.store.meta("settings") != self.settings_fp

    def needs_index(self) -> bool:
        """False when no page and no data file can differ from what the current site holds."""
        if not self.pages or self.store.meta("inputs") != self.inputs:
            return True
        if self.data_kept() is None:
            return True
        return any(self._page_outdated(page) for page in self.pages)

    def _page_outdated(self, page: PageId) -> bool:
        path, template = self.pages[page]
        return path not in self.intact or template != self.fingerprints.get(TEMPLATES[page.kind], "")

    def data_kept(self) -> list[str] | None:
        """The data files of the current site when they are all there and made from the same inputs, else None."""
        return self._data_kept

    @cached_property
    def _data_kept(self) -> list[str] | None:  # worked out once: needs_index() and build.py both ask
        data = [rel for rel, o in self.outputs.items() if o.inputs]
        intact = bool(data) and all(rel in self.intact and self.outputs[rel].inputs == self.inputs for rel in data)
        return data if intact else None

    def pages_to_render(self, page_ids: list[PageId], stale: set[str]) -> list[PageId]:
        if self.settings_changed():
            return list(page_ids)
        return [p for p in page_ids if p not in self.pages or self._page_outdated(p) or page_text(p) in stale]

    def article_count(self) -> int:
        return int(self.store.meta("articles") or 0)

    def save(self, files: dict[Path, tuple[tuple[int, int], str, str]], warnings: dict[str, list[Problem]],
             work: StoredWork | None, written: list[str], data: set[str], swapped: bool = True) -> None:
        """Remember what this build wrote, in one transaction: call it only after the site was swapped in."""
        store = self.store
        outputs = {}
        out = os.fspath(self.output_dir)
        for rel in written:
            before = self.outputs.get(rel)
            if not swapped and rel in self.intact and before is not None and before.inputs == (self.inputs if rel in data else ""):
                outputs[rel] = before  # the folder was left as it was
                continue
            stat = stat_output(f"{out}/{rel}")
            if stat is not None:
                outputs[rel] = Output(*stat, self.inputs if rel in data else "")
        with store.transaction():
            store.save_files({p.as_posix(): FileEntry(sig[0], sig[1], salt, key) for p, (sig, salt, key) in files.items()},
                             warnings, self.stored_files)
            if work is not None:
                store.save_articles(work.changes.articles)
                store.save_entities(work.changes.entities)
                live = set(work.page_ids)
                store.save_pages(
                    {p: (page_path(p), self.fingerprints.get(TEMPLATES[p.kind], "")) for p in work.fresh},
                    {page_text(p): record for p, record in work.records.items()},
                    [page_text(p) for p in self.pages if p not in live])
            store.save_outputs(outputs, self.outputs)
            meta = {"settings": self.settings_fp, "registry": self.registry_digest, "inputs": self.inputs, **self.extra_meta}
            if work is not None:
                meta["articles"] = str(len(work.index.articles))
            store.set_meta(meta)
