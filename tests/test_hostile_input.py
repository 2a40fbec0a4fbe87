"""A hostile corpus cannot hang the build, exhaust memory, read outside its folder or
crash it: every case ends in one clear line and an exit code, fast."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.cli import main
from generator.errors import Problems
from generator.load.corpus import load_corpus
from generator.load.folder import source_slug
from generator.pipeline import build_knowledge_base
from tests.support import MINI, REPO


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(MINI, target)
    return target


def run_cli(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    """The command line in its own process, so that a hang fails the test, not the run."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
    )


def test_yaml_alias_bomb_is_refused_at_once(corpus: Path) -> None:
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    (corpus / "briefing.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    started = time.perf_counter()
    result = run_cli("check", "--seeds", str(corpus))
    assert time.perf_counter() - started < 20
    assert result.returncode == 1
    assert (
        f"Error: {corpus / 'briefing.yml'}:1: the value defined here (&anchor) is reused "
        "through an alias (*name); aliases are not allowed" in result.stderr
    )
    assert "Traceback" not in result.stderr


def test_deeply_nested_yaml_is_one_error(corpus: Path) -> None:
    (corpus / "briefing.yml").write_text("title: " + "[" * 10_000 + "]" * 10_000 + "\n")
    result = run_cli("check", "--seeds", str(corpus))
    assert result.returncode == 1
    assert "nested more than 50 levels deep" in result.stderr
    assert "Traceback" not in result.stderr and "RecursionError" not in result.stderr


def test_a_pipe_named_like_an_article_is_skipped_not_read(corpus: Path) -> None:
    os.mkfifo(corpus / "x.txt")
    result = run_cli("check", "--seeds", str(corpus), timeout=20)
    assert result.returncode == 0, result.stderr
    assert (
        f"Warning: {corpus / 'x.txt'}: is not a regular file (a pipe, socket or device); "
        "skipped" in result.stderr
    )


def test_a_link_out_of_the_corpus_is_not_followed(corpus: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("The password of Minister Anna Berg is hunter2.\n")
    (corpus / "c_link.txt").symlink_to(secret)
    (corpus / "entities" / "evil.yml").symlink_to(secret)
    problems = Problems()
    kb = build_knowledge_base(corpus, problems)
    assert "c_link.txt" not in kb.sources
    messages = [p.format() for p in problems.items]
    assert sum("c_link.txt" in m for m in messages) == 1
    assert any(f"is a link to {secret}, outside the corpus folder; not read" in m for m in messages)
    assert not any("hunter2" in m.text for m in kb.mentions)


def test_a_link_inside_the_corpus_is_read(corpus: Path) -> None:
    (corpus / "c_alias.txt").symlink_to(corpus / "a_oslo_talks.txt")
    loaded = load_corpus(corpus, Problems())
    assert loaded.sources["c_alias.txt"].article.paragraphs


def test_a_link_loop_is_one_error(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")
    assert main(["check", "--seeds", str(corpus)]) == 1
    err = capsys.readouterr().err
    assert f"Error: {corpus / 'loop.txt'}: is a symbolic link that loops back on itself" in err
    assert "Traceback" not in err


def test_odd_names_are_listed_not_skipped_silently(corpus: Path) -> None:
    (corpus / "..txt").write_text("A hidden article, said Berg.\n")
    (corpus / "folder.txt").mkdir()
    problems = Problems()
    load_corpus(corpus, problems)
    messages = [p.format() for p in problems.items]
    assert (
        f"Note: {corpus / '..txt'}: skipped: hidden file (its name starts with a dot); "
        "rename it to include it" in messages
    )
    assert f"Note: {corpus / 'folder.txt'}: is a folder, not an article; skipped" in messages


def test_reserved_and_odd_file_names_get_safe_pages() -> None:
    assert source_slug("CON.txt") not in ("con", "CON")
    assert source_slug("con.txt") != "con"
    assert source_slug("index.txt") != "index"
    assert source_slug("a_oslo_talks.txt") == "a_oslo_talks"
    assert source_slug("Xi visit.txt").startswith("xi-visit-")
    assert source_slug("Xi visit.txt") != source_slug("xi-visit.txt")


def test_adding_a_file_never_renames_another_files_page(corpus: Path) -> None:
    (corpus / "Talks Day.txt").write_text("Anna Berg said the talks went well.\n")
    before = {f: s.slug for f, s in load_corpus(corpus, Problems()).sources.items()}
    for name in ("talks day.txt", "Talks-Day.txt", "TALKS DAY.txt", "talks_day.txt"):
        (corpus / name).write_text("Berg said so again.\n")
    after = {f: s.slug for f, s in load_corpus(corpus, Problems()).sources.items()}
    assert {f: after[f] for f in before} == before
    assert len(set(after.values())) == len(after)


def test_a_yaml_syntax_error_is_reported_without_follow_on_errors(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = corpus / "entities" / "people.yml"
    people.write_text(people.read_text() + "\n  - broken: [\n")
    assert main(["check", "--seeds", str(corpus)]) == 1
    err = capsys.readouterr().err
    errors = [line for line in err.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "YAML syntax error" in errors[0]
    assert "unknown id" not in err


def test_an_empty_match_phrase_is_refused(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    briefing = corpus / "briefing.yml"
    briefing.write_text(briefing.read_text() + '  - id: all\n    label: All\n    match: [""]\n')
    assert main(["check", "--seeds", str(corpus)]) == 1
    assert "has no words: it would match every sentence" in capsys.readouterr().err


@pytest.mark.parametrize("date", ["1969-12-31", "2106-02-07", "2999-12-31"])
def test_sources_dated_outside_1970_to_2106_build(corpus: Path, tmp_path: Path, date: str) -> None:
    from tests.support import built_site

    sources = corpus / "sources.yml"
    text = sources.read_text()
    sources.write_text(text.replace("date: 2024-03-08", f"date: {date}", 1))
    assert f"date: {date}" in sources.read_text()
    _, site = built_site(corpus, tmp_path / "out")
    assert (site / "sitemap.xml.gz").is_file()


def test_a_placeholder_date_is_a_clear_error(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = corpus / "sources.yml"
    sources.write_text(sources.read_text().replace("date: 2024-03-08", "date: 0001-01-01", 1))
    (corpus / "c.txt").write_text("0001.01.01 10:00\n\nA title\n\nBerg spoke on Monday.\n")
    assert main(["check", "--seeds", str(corpus)]) == 1
    err = capsys.readouterr().err
    assert "the year must be between 1000 and 2999" in err and "Traceback" not in err
    sources.write_text(sources.read_text().replace("date: 0001-01-01", "date: 2024-03-08"))
    problems = Problems()
    kb = build_knowledge_base(corpus, problems)
    assert kb.sources["c.txt"].date is None
