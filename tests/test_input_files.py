"""Articles as they come: odd encodings, empty or binary files, huge ones."""

from __future__ import annotations

import shutil
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.cli import main
from generator.corpus import load_corpus
from generator.errors import Problems
from generator.pipeline import build_knowledge_base
from tests.conftest import MINI, SEEDS


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(MINI, target)
    return target


def load(corpus: Path) -> tuple[dict[str, str], list[str]]:
    problems = Problems()
    loaded = load_corpus(corpus, problems)
    texts = {f: " ".join(p.text for p in s.article.paragraphs)
             for f, s in loaded.sources.items()}
    return texts, [p.format() for p in problems.items]


def test_utf8_with_bom_and_crlf(corpus: Path) -> None:
    (corpus / "c.txt").write_bytes("\ufeffFirst line ends here.\r\n\r\nSecond “quoted” one.\r\n"
                                   .encode("utf-8"))
    texts, messages = load(corpus)
    assert texts["c.txt"] == "First line ends here. Second “quoted” one."
    assert any(f"{corpus / 'c.txt'}: starts with a UTF-8 byte-order mark" in m
               for m in messages)


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
    (corpus / "notes.pdf").write_bytes(b"%PDF-1.4")
    assert main(["check", "--seeds", str(corpus)]) == 1
    err = capsys.readouterr().err
    assert f"Warning: {corpus / 'empty.txt'}: the article is empty; skipped" in err
    assert f"Error: {corpus / 'image.txt'}: looks like a binary file" in err
    assert f"Note: {corpus / 'notes.pdf'}: ignored: articles are .txt files" in err
    assert "Traceback" not in err


@pytest.fixture()
def time_limit() -> Iterator[None]:
    def expired(*_: object) -> None:
        raise TimeoutError("took too long: not linear")

    signal.signal(signal.SIGALRM, expired)
    signal.alarm(240)
    yield
    signal.alarm(0)


def test_a_20_mb_article_and_a_very_long_line(tmp_path: Path, time_limit: None) -> None:
    corpus = tmp_path / "big"
    shutil.copytree(SEEDS, corpus)
    body = (SEEDS / "004_6ad26381937cde3b.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in body.split("\n\n")[3:] if p.strip()]
    chunk = "\n\n".join(paragraphs)
    big = (chunk + "\n\n") * (20_000_000 // len(chunk) + 1)
    (corpus / "big.txt").write_text(" date 2024-07-05 Big article\n\n" + big[:20_000_000],
                                    encoding="utf-8")
    (corpus / "line.txt").write_text(" ".join(paragraphs * 200), encoding="utf-8")
    kb = build_knowledge_base(corpus, Problems())
    assert sum(len(p.text) for p in kb.sources["big.txt"].article.paragraphs) > 19_000_000
    assert len(kb.sources["line.txt"].article.paragraphs) == 1
    mentions = {m.source for m in kb.mentions}
    assert {"big.txt", "line.txt"} <= mentions
