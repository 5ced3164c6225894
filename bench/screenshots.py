"""Screenshots of the built shared corpus: an article, a person page and the people index, light and dark.

Builds ../shared/corpus (no registry) into bench/out/site with the normal CLI (cached between runs
in bench/out/cache), then drives Debian's Chromium through Playwright and writes PNGs to bench/out/.
    python bench/screenshots.py [--content ../shared/corpus] [--width 1280] [--no-build]
The article is the one mentioning the most people; the person, the most mentioned person.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"]


def build(content: Path, site: Path) -> None:
    cmd = [sys.executable, "-m", "site_builder", "build", "--content", str(content), "--output", str(site),
           "--cache", str(OUT / "cache"), "-q"]
    subprocess.run(cmd, check=True, cwd=ROOT)


def choose_pages(site: Path) -> dict[str, str]:
    """Site paths of the article with the most distinct people and of the most mentioned person."""
    data = json.loads((site / "data" / "annotations.json").read_text())
    # a large archive's export is an index of monthly shards, each {"articles": [...]}
    shards = [json.loads((site / "data" / s["path"]).read_text()) for s in data["shards"]] if "shards" in data else [data]
    people: Counter[str] = Counter()
    best, best_n = "", -1
    for a in (a for shard in shards for a in shard["articles"]):
        ids = {m["entity"] for m in a["mentions"] if m["type"] == "person"}
        people.update(m["entity"] for m in a["mentions"] if m["type"] == "person")
        if len(ids) > best_n and len(a["text"]) < 6000:  # a full page, not an endless one
            best, best_n = a["path"], len(ids)
    person = next(p for p, _ in people.most_common() if (site / "people" / f"{p}.html").exists())
    return {"article": best, "person": f"people/{person}.html", "people-index": "people/index.html"}


def shoot(site: Path, pages: dict[str, str], width: int) -> list[Path]:
    from playwright.sync_api import sync_playwright

    written = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for scheme in ("light", "dark"):
            context = browser.new_context(viewport={"width": width, "height": 1000}, color_scheme=scheme)
            page = context.new_page()
            for name, path in pages.items():
                page.goto((site / path).as_uri())
                target = OUT / f"{name}-{scheme}.png"
                page.screenshot(path=str(target), full_page=False)
                written.append(target)
                if name == "article" and page.locator("aside.cast").count():  # the panel below the text
                    panel = OUT / f"article-panel-{scheme}.png"
                    page.locator("aside.cast").screenshot(path=str(panel))
                    written.append(panel)
            context.close()
        browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--content", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--no-build", action="store_true", help="use the last build in bench/out/site")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    site = OUT / "site"
    if not args.no_build:
        build(args.content.resolve(), site)
    pages = choose_pages(site)
    for target in shoot(site, pages, args.width):
        print(target.relative_to(ROOT), "<-", pages.get(target.stem.rsplit("-", 1)[0], pages["article"]))


if __name__ == "__main__":
    main()
