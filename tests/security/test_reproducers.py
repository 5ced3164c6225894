"""Every reproducer of issue 13 (hostile and broken input), as (files, expected outcome, fragments).

Each case is built in this process under a memory cap (tests/security/sandbox.py) and must end
as a build whose HTML cannot run script, or as exit status 1 with `file:line: error:` messages
containing the fragments.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.security.fuzzing import build_outcome
from tests.security.generate import alias_bomb
from tests.security.htmlcheck import check_site
from tests.security.sandbox import build_case, content_folder, memory_cap


def md(front: str, body: str = "Pete Hegseth met Israel Katz.") -> str:
    return f"---\n{front}\n---\n{body}\n"


SCRIPT_URLS = ['"javascript:alert(1)"', '"JaVaScRiPt:alert(1)"', '" javascript:alert(1)"', '"\\tjavascript:alert(1)"',
               '"java\\tscript:alert(1)"', '"java\\nscript:alert(1)"', '"vbscript:msgbox(1)"',
               '"data:text/html,<script>alert(1)</script>"', '"//evil.example/x"', "file:///etc/passwd"]
ENTRY = "- id: jane-doe\n  name: Jane Doe\n  type: person\n"
ERRORS = [
    # (id, files, fragments the message must contain)
    *[(f"url-{i}", {"articles/a.md": md(f"title: T\ndate: 2025-01-01\nurl: {u}")}, ["a.md:4", "'url'"])
      for i, u in enumerate(SCRIPT_URLS)],
    *[(f"links-{key}-{i}", {"entities.yaml": ENTRY + f"  links: {{{key}: {u}}}\n"}, ["entities.yaml:4", f"links.{key}"])
      for key in ("wikipedia", "website") for i, u in enumerate(SCRIPT_URLS[:7])],
    ("base-url-evil", {"site.yaml": "title: T\nbase_url: \"https://a.example//evil.example/\"\n"}, ["site.yaml:2", "base_url"]),
    ("base-url-scheme", {"site.yaml": "base_url: \"javascript:alert(1)//\"\n"}, ["site.yaml:1", "base_url"]),
    ("base-url-quote", {"site.yaml": "base_url: 'https://a.example/\"><script>'\n"}, ["site.yaml:1", "base_url"]),
    ("tag-index", {"articles/a.md": md("title: T\ndate: 2025-01-01\ntags: [index]")},
     ["a.md:4", "tags/index.html", "the tags list page", "tag 'index'"]),
    ("registry-id-index", {"entities.yaml": "- id: index\n  name: Index Person\n  type: person\n"},
     ["entities.yaml:1", "'index' is reserved"]),
    ("tag-page-collision", {"site.yaml": "per_page: 2\n",
                            **{f"articles/{n}.md": md("title: T\ndate: 2025-01-01\ntags: [foo]") for n in "abc"},
                            "articles/d.md": md("title: T\ndate: 2025-01-01\ntags: [foo-2]")},
     ["d.md:4", "tags/foo-2.html", "tag 'foo' page 2", "tag 'foo-2'"]),
    ("control-title", {"articles/a.md": md("title: a\x01b\ndate: 2025-01-01")}, ["a.md:2", "U+0001"]),
    ("control-escaped", {"articles/a.md": md('title: "a\\x01b"\ndate: 2025-01-01')}, ["a.md:2", "control character"]),
    ("control-site", {"site.yaml": "title: T\ndescription: a\x0bb\n"}, ["site.yaml:2", "U+000B"]),
    ("control-registry", {"entities.yaml": ENTRY + "  description: x\x1by\n"}, ["entities.yaml:4", "U+001B"]),
    ("symlink-loop", {}, ["symbolic link loop"]),  # the link is made in the test
    ("symlink-outside", {}, ["outside the content folder"]),
    ("year-0225", {"articles/a.txt": "date 0225-01-30 Text of the article.\n"}, ["a.txt:1", "outside the years 1000–2999"]),
    ("year-9999", {"articles/a.md": md("title: T\ndate: 9999-12-31")}, ["a.md:3", "outside the years"]),
    ("role-year", {"entities.yaml": ENTRY + "  roles: [{title: X, from: 0225-01-01}]\n"}, ["entities.yaml:4", "outside the years"]),
    *[(f"bomb-{key}", {"articles/a.md": md(alias_bomb() + f"{key}: *a9\ntitle: T\ndate: 2025-01-01".replace(f"\n{key}: T", "")
                                            if key != "date" else alias_bomb() + "date: *a9\ntitle: T")},
       ["a.md:", "aliases"]) for key in ("slug", "date", "title")],
    ("bomb-registry", {"entities.yaml": alias_bomb() + "entities:\n- id: bomb\n  name: Bomb\n  type: person\n  description: *a9\n"},
     ["entities.yaml:", "aliases"]),
    ("alias-in-front-matter", {"articles/a.md": md("title: &t T\nsummary: *t\ndate: 2025-01-01")}, ["a.md:3", "aliases"]),
    ("alias-cycle", {"site.yaml": "title: &a [*a]\n"}, ["site.yaml:1", "refers to a value that contains it"]),
    ("deep-nesting", {"site.yaml": "title: " + "[" * 100_000 + "]" * 100_000 + "\n"}, ["site.yaml:1", "nest"]),
    ("nesting-500", {"entities.yaml": "- id: x\n  name: " + "[" * 500 + "]" * 500 + "\n"}, ["entities.yaml:2", "nested more than"]),
    ("slug-list", {"articles/a.md": md("title: T\ndate: 2025-01-01\nslug: [a, b]")}, ["a.md:4", "'slug' must be text"]),
    ("title-empty", {"articles/a.md": md("title: ''\ndate: 2025-01-01")}, ["a.md:2", "'title' is empty"]),
    ("url-true", {"articles/a.md": md("title: T\ndate: 2025-01-01\nurl: true")}, ["a.md:4", "'url' must be text"]),
    ("duplicate-key", {"articles/a.md": md("title: T\ndate: 2025-01-01\ntitle: U")}, ["a.md:4", "'title' given twice", "line 2"]),
    ("duplicate-registry-key", {"entities.yaml": ENTRY + "  name: Other\n"}, ["entities.yaml:4", "'name' given twice"]),
    ("quote-fix-unknown-id", {"articles/a.md": md("title: T\ndate: 2025-01-01\nquotes:\n  - {match: 1, speaker: no-such-person}",
                                                  "\u201cWe agree,\u201d Katz said.")},
     ["a.md:5", "unknown entity id 'no-such-person'"]),
    ("per-page-zero", {"site.yaml": "title: T\nper_page: 0\n"}, ["site.yaml:2", "'per_page' must be between 1"]),
    ("per-page-bool", {"site.yaml": "per_page: true\n"}, ["site.yaml:1", "'per_page' must be a int"]),
    ("language", {"site.yaml": "language: '\"><script>'\n"}, ["site.yaml:1", "language tag"]),
]


@pytest.mark.parametrize("files,fragments", [c[1:] for c in ERRORS], ids=[c[0] for c in ERRORS])
def test_hostile_input_is_a_clear_error(tmp_path: Path, request: pytest.FixtureRequest,
                                        files: dict[str, str], fragments: list[str]) -> None:
    case = request.node.callspec.id
    if case.startswith("symlink"):
        content = content_folder(tmp_path, {})
        outside = tmp_path / "secret.txt"
        outside.write_text("date 2025-01-01 A private file outside the content folder.\n")
        link, target = (("loop", ".") if case == "symlink-loop" else ("stolen.txt", str(outside)))
        os.symlink(target, content / "articles" / link)
        with memory_cap():
            outcome, detail = build_outcome(content, tmp_path / "site")
    else:
        outcome, detail = build_case(tmp_path, files)
    assert outcome == "error" or (outcome == "error-no-line" and case.startswith("symlink")), detail
    for fragment in fragments:
        assert fragment in detail, detail


def test_bad_base_url_on_the_command_line_names_the_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from site_builder.cli import main

    content = content_folder(tmp_path, {})
    status = main(["build", "--content", str(content), "--output", str(tmp_path / "site"), "--no-cache", "-q",
                   "--base-url", "https://a.example//evil.example/"])
    assert status == 1 and "--base-url: error: base_url has an empty" in capsys.readouterr().err


BUILDS = [
    # (id, files, check on the built site)
    ("long-entity-name", {"articles/a.txt": "date 2025-01-30 " + " ".join(
        w.capitalize() + "x" * 30 for w in "alpha bravo charlie delta echo foxtrot golf hotel india juliet".split())
        + " met Pete Hegseth.\n"}),
    ("long-registry-id", {"entities.yaml": f"- id: {'a' * 300}\n  name: Alpha Person\n  type: person\n",
                          "articles/a.txt": "date 2025-01-30 Alpha Person met Pete Hegseth.\n"}),
    ("far-apart-dates", {"articles/a.txt": "date 1000-01-01 Pete Hegseth spoke.\n",
                         "articles/b.txt": "date 2999-12-31 Pete Hegseth spoke again.\n"}),
    ("good-links", {"articles/a.md": md('title: T\ndate: 2025-01-01\nsource: Wire\nurl: " HTTPS://example.org/a "'),
                    "entities.yaml": "- id: pete-hegseth\n  name: Pete Hegseth\n  type: person\n"
                                     "  links: {wikipedia: 'https://en.wikipedia.org/wiki/X', website: 'mailto:a@b.example'}\n"}),
]


@pytest.mark.parametrize("files", [c[1] for c in BUILDS], ids=[c[0] for c in BUILDS])
def test_hostile_input_that_builds(tmp_path: Path, files: dict[str, str]) -> None:
    outcome, detail = build_case(tmp_path, files)
    assert outcome == "build", detail
    site = tmp_path / "site"
    for path in site.rglob("*"):
        assert len(path.name.encode()) <= 160, path.name
    for page in site.glob("people/*.html"):
        assert page.stat().st_size < 200_000, page  # was 9.3 MB: one bar per month over 9,000 years


def test_source_link_is_written_as_the_browser_reads_it(tmp_path: Path) -> None:
    outcome, detail = build_case(tmp_path, dict(BUILDS[3][1]))
    assert outcome == "build", detail
    page = next((tmp_path / "site" / "articles").glob("a.html")).read_text()
    assert 'href="HTTPS://example.org/a"' in page


def test_hostile_strings_build_into_pages_that_run_no_script(tmp_path: Path) -> None:
    """Every place content reaches a page, filled with markup, quotes and script URLs."""
    evil = '"><script>alert(1)</script><img src=x onerror=alert(1)>'
    body = "\n\n".join([
        f"Pete Hegseth said \u201c{evil}\u201d on Monday.",
        "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](vbscript:x) [d](data:text/html,x) "
        "<a href=\"javascript:alert(1)\" onclick=\"x\">raw</a> ![i](javascript:alert(1)) <javascript:alert(1)>",
        "[e]: javascript:alert(1)\n\n[ref][e] and [f](java&#x09;script:alert(1)) and [g](&#106;avascript:alert(1))",
        f"`{evil}` and **{evil}**",
    ])
    files = {
        "articles/evil.md": md(f"title: '{evil}'\ndate: 2025-01-01\nsource: '{evil}'\nurl: https://example.org/\"onmouseover=x\n"
                               f"summary: '{evil}'\nauthor: '{evil}'\ntags: ['{evil}', '\" onfocus=x']\nlicense: '{evil}'", body),
        "entities.yaml": f"- id: pete-hegseth\n  name: '{evil} Hegseth'\n  type: person\n  aliases: [Pete Hegseth, Hegseth]\n"
                         f"  description: '{evil}'\n  roles: [{{title: '{evil}', organization: '{evil}'}}]\n",
        "site.yaml": f"title: '{evil}'\ndescription: '{evil}'\nauthor: '{evil}'\nbase_url: https://a.example/repo/\n",
    }
    outcome, detail = build_case(tmp_path, files)
    assert outcome == "build", detail  # build_outcome checks every page (tests/security/htmlcheck.py)
    assert check_site(tmp_path / "site") == []


CHECKER_CASES = [
    ('<a href="javascript:x">', 1), ('<a href=" JaVa&#x09;Script:x">', 1), ('<img src="data:image/png,x">', 1),
    ('<a href="https://example.org/">', 0), ('<p onclick="x">', 1), ('<form class="search-form" onsubmit="return false">', 0),
    ('<script src="../assets/site.js"></script>', 0), ('<script src="/repo/assets/site.js"></script>', 0),
    ('<script>alert(1)</script>', 2), ('<script src="//evil.example/assets/site.js"></script>', 1),
    ('<a href="mailto:a@b">', 0), ('<iframe src="x">', 1),
]


@pytest.mark.parametrize("html,findings", CHECKER_CASES)
def test_the_html_checker_finds_what_runs_script(html: str, findings: int) -> None:
    from tests.security.htmlcheck import check_html

    assert len(check_html(html)) == findings


def test_a_name_found_in_text_that_slugs_to_index_keeps_the_list_page(tmp_path: Path) -> None:
    text = "date 2025-01-30 The talks went well, said Index.\n"
    outcome, detail = build_case(tmp_path, {"articles/a.txt": text})
    assert outcome == "build", detail
    site = tmp_path / "site"
    names = {p.name for p in site.glob("*/index-*.html") if not p.name.startswith("index-az")}
    assert names, "the fixture text should make a page for a name that slugs to 'index'"
    assert names == {"index-person.html"}
    assert "<h1>People " in (site / "people" / "index.html").read_text()
