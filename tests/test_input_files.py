"""Articles as they come: odd encodings, empty or binary files, huge ones."""

from __future__ import annotations

import shutil
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.cli import main
from generator.errors import Problems
from generator.load.corpus import load_corpus
from generator.pipeline import build_knowledge_base
from tests.support import MINI, SEEDS


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(MINI, target)
    return target


def load(corpus: Path) -> tuple[dict[str, str], list[str]]:
    problems = Problems()
    loaded = load_corpus(corpus, problems)
    texts = {f: " ".join(p.text for p in s.article.paragraphs) for f, s in loaded.sources.items()}
    return texts, [p.format() for p in problems.items]


def test_utf8_with_bom_and_crlf(corpus: Path) -> None:
    (corpus / "c.txt").write_bytes(
        "\ufeffFirst line ends here.\r\n\r\nSecond “quoted” one.\r\n".encode("utf-8")
    )
    texts, messages = load(corpus)
    assert texts["c.txt"] == "First line ends here. Second “quoted” one."
    assert any(f"{corpus / 'c.txt'}: starts with a UTF-8 byte-order mark" in m for m in messages)


def test_cp1252_is_decoded_with_a_warning_naming_file_and_encoding(corpus: Path) -> None:
    (corpus / "c.txt").write_bytes("Café talks “went well” – said Vos.\n".encode("cp1252"))
    texts, messages = load(corpus)
    assert texts["c.txt"] == "Café talks “went well” – said Vos."
    warning = next(m for m in messages if "c.txt" in m and "UTF-8" in m)
    assert warning.startswith("Warning:") and "cp1252" in warning


def test_latin1_bytes_cp1252_cannot_read(corpus: Path) -> None:
    (corpus / "c.txt").write_bytes(b"Caf\xe9 \x81 talks.\n")
    texts, messages = load(corpus)
    assert texts["c.txt"].startswith("Café")
    assert any("latin-1" in m for m in messages)


def test_empty_binary_and_other_files(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (corpus / "empty.txt").write_bytes(b"  \n")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04")
    assert main(["check", "--seeds", str(corpus)]) == 1
    err = capsys.readouterr().err
    assert f"Warning: {corpus / 'empty.txt'}: the article is empty; skipped" in err
    assert f"Error: {corpus / 'image.txt'}: looks like a binary file" in err
    assert f"Warning: {corpus / 'broken.pdf'}: the PDF could not be read" in err
    assert (
        f"Note: {corpus / 'notes.docx'}: skipped: not an article format (articles are "
        ".txt, .md, .html, .htm or .pdf files)" in err
    )
    assert "Traceback" not in err


@pytest.fixture()
def time_limit() -> Iterator[None]:
    def expired(*_: object) -> None:
        raise TimeoutError("took too long: not linear")

    signal.signal(signal.SIGALRM, expired)
    signal.alarm(120)
    yield
    signal.alarm(0)


def _big_corpus(tmp_path: Path, size: int) -> Path:
    corpus = tmp_path / f"big-{size}"
    # The seeds' YAML without their articles: only the big ones are measured.
    shutil.copytree(SEEDS / "entities", corpus / "entities")
    shutil.copy(SEEDS / "briefing.yml", corpus)
    body = (SEEDS / "004_6ad26381937cde3b.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in body.split("\n\n")[3:] if p.strip()]
    # Numbered, so that no paragraph repeats another (a repeat is shown once).
    chunk = "\n\n".join(paragraphs)
    big = "\n\n".join(f"{p} (Part {n}.)" for n in range(size // len(chunk) + 1) for p in paragraphs)
    (corpus / "big.txt").write_text(
        " date 2024-07-05 Big article\n\n" + big[:size], encoding="utf-8"
    )
    (corpus / "line.txt").write_text(" ".join(paragraphs * (size // 20_000 + 1)), encoding="utf-8")
    return corpus


def test_big_articles_cost_linear_time(tmp_path: Path, time_limit: None) -> None:
    """A 200 KB article costs about four times a 50 KB one (load and analysis: a
    quadratic path would cost sixteen times), and a very long line is one paragraph."""
    times = {}
    for size in (50_000, 200_000):
        corpus = _big_corpus(tmp_path, size)
        # CPU time of this process (two articles: no workers are forked), so that the
        # other tests running beside it on the machine do not count.
        started = time.process_time()
        kb = build_knowledge_base(corpus, Problems())
        times[size] = time.process_time() - started
        assert sum(len(p.text) for p in kb.sources["big.txt"].article.paragraphs) > size * 0.95
        assert len(kb.sources["line.txt"].article.paragraphs) == 1
        assert {"big.txt", "line.txt"} <= {m.source for m in kb.mentions}
    assert times[200_000] / times[50_000] <= 5.0, times


def test_an_article_over_the_size_limit_is_skipped_unread(corpus: Path) -> None:
    big = corpus / "huge.txt"
    with big.open("wb") as f:  # sparse: 200 MB on paper, nothing on disk
        f.truncate(200 * 1024 * 1024)
    started = time.perf_counter()
    texts, messages = load(corpus)
    assert time.perf_counter() - started < 5
    assert "huge.txt" not in texts and len(texts) == 2
    assert (
        f"Warning: {big}: is 200.0 MB, over the limit of 5 MB per article; skipped. "
        "Split it into articles, or raise the limit with --max-article-mb" in messages
    )
