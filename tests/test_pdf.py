"""The briefing as one PDF: a cover, contents whose page numbers are right, every entity
with its statements, links that jump inside the document, the same bytes twice, and one
clear line when the renderer is missing. Read back with poppler's pdftotext and pdfinfo
and with pypdf."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from generator.build import build_site
from generator.cli import main
from generator.pdf import build_pdf
from tests.support import MINI

POPPLER = shutil.which("pdftotext") and shutil.which("pdfinfo")
pytestmark = pytest.mark.skipif(
    not POPPLER and not os.environ.get("CI"),
    reason="needs poppler-utils (pdftotext, pdfinfo): sudo apt-get install poppler-utils",
)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("pdf")
    build_site(MINI, tmp / "docs")
    build_pdf(tmp / "docs", tmp / "briefing.pdf")
    return tmp / "docs", tmp / "briefing.pdf"


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


def test_cover_and_contents_with_the_right_page_numbers(made: tuple[Path, Path]) -> None:
    docs, pdf = made
    pages = _pages(pdf)
    meta = json.loads((docs / ".generator-site.json").read_text(encoding="utf-8"))
    assert meta["site_name"] in _flat(pages[0]) and "As of" in pages[0]
    assert "Contents" in pages[1]
    entries = re.findall(r"^\s*(\S.*?)\s*\.{3,}\s*(\d+)\s*$", pages[1], re.MULTILINE)
    assert len(entries) >= 10
    for title, number in entries:
        assert title in _flat(pages[int(number) - 1]), (title, number)


def test_no_page_holds_a_lone_line(made: tuple[Path, Path]) -> None:
    """Break rules keep a heading with what follows and a list item whole: past the
    cover, every page has more than a running header, a line and a page number."""
    _, pdf = made
    for number, text in enumerate(_pages(pdf)[1:-1], 2):
        lines = [line for line in text.splitlines() if line.strip()]
        assert len(lines) > 3, (number, lines)


def test_every_entity_appears_with_its_statements(made: tuple[Path, Path]) -> None:
    docs, pdf = made
    text = _flat(" ".join(_pages(pdf)))
    kb = json.loads((docs / "briefing.json").read_text(encoding="utf-8"))
    for entity in kb["entities"]:
        assert entity["name"] in text, entity["name"]
    assert kb["statements"]
    for statement in kb["statements"]:
        assert _flat(statement["text"])[:60] in text, statement["text"]


def test_links_jump_inside_the_document(made: tuple[Path, Path]) -> None:
    """Every link to a page of the briefing is a jump to a named place in the PDF; a
    citation (S1 ¶2) lands on the page that holds that source's paragraph 2."""
    _, pdf = made
    reader = PdfReader(pdf)
    pages = _pages(pdf)
    targets = reader.named_destinations
    dests = [
        str(annot.get_object()["/Dest"])
        for page in reader.pages
        for annot in page.get("/Annots") or []
        if "/Dest" in annot.get_object()
    ]
    assert len(dests) > 20 and all(d in targets for d in dests)
    cited = sorted({d for d in dests if re.match(r"sources--.+--p\d+$", d)})
    assert cited
    for dest in cited:
        number = reader.get_destination_page_number(targets[dest])
        assert number is not None
        paragraph = dest.rsplit("--p", 1)[1]
        assert f"¶{paragraph}" in pages[number], dest


def test_two_builds_give_the_same_bytes(made: tuple[Path, Path], tmp_path: Path) -> None:
    docs, pdf = made
    again = tmp_path / "again.pdf"
    build_pdf(docs, again)
    assert again.read_bytes() == pdf.read_bytes()
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "CreationDate:" in info and "2024" in info.split("CreationDate:")[1].splitlines()[0]


def test_a_missing_renderer_is_one_clear_line(
    made: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    docs, _ = made
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    assert main(["pdf", "--docs", str(docs), "--out", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("Error: the PDF needs WeasyPrint")
    assert "Traceback" not in err[0]
