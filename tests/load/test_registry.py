"""load_registry: every validation error, each naming file and line; warnings; suggestions."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from site_builder.errors import BuildError
from site_builder.load.registry import load_registry, suggest_id

ROOT = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, text: str, name: str = "entities.yaml") -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems(tmp_path: Path) -> list:
    with pytest.raises(BuildError) as info:
        load_registry(tmp_path)
    return info.value.problems


GOOD = """\
- id: pete-hegseth
  name: Pete Hegseth
  type: person
  aliases: [Hegseth]
  roles:
    - title: Secretary of Defense
      organization: department-of-defense
      from: 2025-01-25
  description: Secretary of Defense.
  links:
    wikidata: Q123
    wikipedia: https://en.wikipedia.org/wiki/Pete_Hegseth
- id: israel
  name: Israel
  type: place
"""


def test_no_registry_is_an_empty_valid_registry(tmp_path):
    registry, warnings = load_registry(tmp_path)
    assert len(registry) == 0 and warnings == []


def test_good_registry_loads(tmp_path):
    write(tmp_path, GOOD)
    registry, warnings = load_registry(tmp_path)
    assert warnings == []
    hegseth = registry.get("pete-hegseth")
    assert hegseth.aliases == ("Hegseth",)
    assert hegseth.roles[0].title == "Secretary of Defense"
    assert hegseth.roles[0].start.isoformat() == "2025-01-25"
    assert hegseth.links.wikidata == "Q123"
    assert hegseth.source.endswith("entities.yaml:1")


def test_folder_of_yaml_files(tmp_path):
    write(tmp_path, "- id: a\n  name: A\n  type: place\n", "entities/places.yaml")
    write(tmp_path, "- id: b\n  name: B\n  type: person\n", "entities/people.yaml")
    registry, _ = load_registry(tmp_path)
    assert sorted(registry.entities) == ["a", "b"]


def test_shipped_registry_is_valid():
    registry, warnings = load_registry(ROOT / "content")
    assert warnings == []
    assert {"pete-hegseth", "israel-katz", "john-ullyot", "benjamin-netanyahu", "donald-trump",
            "department-of-defense", "united-states-senate", "united-states", "israel"} <= set(registry.entities)


@pytest.mark.parametrize(("text", "line", "words"), [
    ("- id: a\n  name: A\n  type: place\n- id: a\n  name: B\n  type: place\n", 4, ["duplicate entity id 'a'", ":1"]),
    ("- id: a\n  name: A\n  type: person\n  aliases: [Al]\n- id: b\n  name: B\n  type: person\n  aliases: [Al]\n",
     5, ["alias 'Al'", "'a'"]),
    ("- id: a\n  name: A\n  type: persn\n", 3, ["unknown type 'persn'", "person"]),
    ("- id: Pete_Hegseth\n  name: Pete Hegseth\n  type: person\n", 1, ["bad id 'Pete_Hegseth'", "pete-hegseth"]),
    ("- id: a\n  type: person\n", 1, ["has no 'name'"]),
    ("- name: A\n  type: person\n", 1, ["without an 'id'"]),
])
def test_each_error_names_file_and_line(tmp_path, text, line, words):
    write(tmp_path, text)
    found = problems(tmp_path)
    errors = [p for p in found if p.severity == "error"]
    assert len(errors) == 1, found
    message = str(errors[0])
    assert f"entities.yaml:{line}:" in message
    for word in words:
        assert word in message


def test_every_error_is_collected(tmp_path):
    write(tmp_path, "- id: Bad Id\n  name: A\n  type: thing\n- id: b\n  type: place\n- id: b\n  name: B\n  type: place\n")
    found = [p for p in problems(tmp_path) if p.severity == "error"]
    assert len(found) == 4  # bad id, unknown type, missing name, duplicate id
    assert sorted(p.line for p in found) == [1, 3, 4, 6]


def test_unknown_key_is_a_warning_with_suggestion(tmp_path):
    write(tmp_path, "- id: a\n  name: A\n  type: person\n  alias: [Al]\n")
    registry, warnings = load_registry(tmp_path)
    assert len(registry) == 1
    assert len(warnings) == 1 and warnings[0].severity == "warning"
    assert warnings[0].line == 4
    assert "unknown key 'alias'; did you mean 'aliases'?" in str(warnings[0])


def test_invalid_yaml_names_line(tmp_path):
    write(tmp_path, "- id: a\n  name: [unclosed\n  type: person\n")
    found = problems(tmp_path)
    assert "invalid YAML" in str(found[0]) and found[0].line is not None


def test_not_a_list(tmp_path):
    write(tmp_path, "id: a\n")
    assert "must be a list" in str(problems(tmp_path)[0])


def test_suggest_id(tmp_path):
    write(tmp_path, GOOD)
    registry, _ = load_registry(tmp_path)
    assert suggest_id("pete-hegset", registry) == "pete-hegseth"
    assert suggest_id("nobody-at-all", registry) is None
