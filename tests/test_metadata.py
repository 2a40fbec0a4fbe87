"""Validation: every problem reported with file and line, all at once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.errors import Problems
from generator.load.metadata import load_metadata
from tests.support import MINI


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(MINI, target)
    return target


def messages(corpus: Path) -> list[str]:
    problems = Problems()
    load_metadata(corpus, problems)
    return [p.format() for p in problems.items]


def test_the_fixture_is_valid(corpus: Path) -> None:
    assert messages(corpus) == []


def test_unknown_key_wrong_type_and_boolean_are_reported_with_lines(corpus: Path) -> None:
    (corpus / "entities" / "places.yml").write_text(
        "- id: oslo\n  name: Oslo\n  colour: blue\n"
        "- id: bergen\n  name: Off\n  type: city\n"
        "- id: tromso\n  name: Tromso\n  type: 12\n",
        encoding="utf-8",
    )
    found = messages(corpus)
    places = str(corpus / "entities" / "places.yml")
    assert any(m.startswith(f"Error: {places}:3: unknown key 'colour'") for m in found), found
    assert any(
        m.startswith(f"Error: {places}:5:") and "boolean" in m and "quotes" in m for m in found
    ), found
    assert any(m.startswith(f"Error: {places}:9:") and "must be text" in m for m in found), found
    # oslo no longer exists: references to it are reported too, in the other files.
    assert any("refers to unknown id 'oslo'" in m for m in found)


def test_duplicate_ids_aliases_and_keys(corpus: Path) -> None:
    (corpus / "entities" / "places.yml").write_text(
        "- id: oslo\n  name: Oslo\n  aliases: [Berg]\n"
        "- id: oslo\n  name: Oslo again\n"
        "- id: stockholm\n  name: Stockholm\n  name: Twice\n",
        encoding="utf-8",
    )
    found = "\n".join(messages(corpus))
    assert "duplicate id 'oslo'" in found
    assert "alias 'Berg'" in found and "also claimed by" in found
    assert "duplicate key 'name'" in found


def test_missing_field_bad_date_and_missing_file(corpus: Path) -> None:
    (corpus / "entities" / "events.yml").write_text(
        "- id: oslo-talks-2024\n  name: Talks\n  type: talks\n  start: March 5th\n",
        encoding="utf-8",
    )
    (corpus / "sources.yml").write_text(
        "- file: nowhere.txt\n  title: Nothing\n- title: no file key\n", encoding="utf-8"
    )
    found = "\n".join(messages(corpus))
    assert "events.yml:4: 'start': write a date as YYYY-MM-DD" in found
    assert "sources.yml:1: source file 'nowhere.txt' does not exist" in found
    assert "sources.yml:3: missing required key 'file'" in found


def test_yaml_syntax_error_and_dangerous_tag(corpus: Path) -> None:
    (corpus / "entities" / "places.yml").write_text(
        "- id: oslo\n  name: [unclosed\n", encoding="utf-8"
    )
    (corpus / "entities" / "projects.yml").write_text(
        "- !!python/object/apply:os.system ['echo hi']\n", encoding="utf-8"
    )
    found = "\n".join(messages(corpus))
    assert "places.yml:3: YAML syntax error" in found or "places.yml:2: YAML syntax error" in found
    assert "projects.yml:1:" in found and "remove the '!!' tag" in found


def test_unsafe_ids_are_refused(corpus: Path) -> None:
    (corpus / "entities" / "places.yml").write_text(
        "- id: ../x\n  name: X\n- id: a/b\n  name: Y\n- id: con\n  name: Z\n", encoding="utf-8"
    )
    found = "\n".join(messages(corpus))
    assert "id '../x' is not a safe page name" in found
    assert "id 'a/b' is not a safe page name" in found
    assert "id 'con' is a reserved file name" in found


def test_check_command_prints_every_error_and_exits_1(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "entities" / "places.yml").write_text("- id: oslo\n  nme: Oslo\n", encoding="utf-8")
    assert main(["check", "--seeds", str(corpus)]) == 1
    err = capsys.readouterr().err
    assert "unknown key 'nme'" in err and "missing required key 'name'" in err
    assert "Traceback" not in err


def test_articles_without_source_entry_are_one_note(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "c_extra.txt").write_text("An extra article about Oslo.\n", encoding="utf-8")
    (corpus / "d_extra.txt").write_text("Another one about Oslo.\n", encoding="utf-8")
    assert main(["check", "--seeds", str(corpus)]) == 0
    err = capsys.readouterr().err
    assert (
        f"Note: {corpus / 'sources.yml'}: 2 article(s) have no entry (c_extra.txt, "
        "d_extra.txt); their title, date and publisher come from the articles." in err
    )


def test_briefing_focus_unknown_id_has_a_line(corpus: Path) -> None:
    (corpus / "briefing.yml").write_text(
        "title: T\nfocus:\n  people:\n    - anna-berg\n    - ana-berg\n", encoding="utf-8"
    )
    found = "\n".join(messages(corpus))
    assert (
        "briefing.yml:5: focus people refers to unknown id 'ana-berg' (did you mean "
        "'anna-berg'?)" in found
    )
