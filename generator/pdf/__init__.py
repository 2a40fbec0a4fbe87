"""The whole briefing as one PDF, from the pages the generator wrote into docs/: a
cover, a table of contents with page numbers, the briefing, then each section; links
between pages and to cited paragraphs jump inside the PDF. Rendered by WeasyPrint (see
the README for why); the same briefing gives the same bytes."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from generator.errors import GeneratorError
from generator.pdf.document import document
from generator.pdf.pages import plan

INSTALL = (
    "the PDF needs WeasyPrint and the Pango library: run `make setup` (it installs "
    "WeasyPrint), and on Debian or Ubuntu `sudo apt-get install libpango-1.0-0 "
    "libpangoft2-1.0-0`"
)


@dataclass
class PdfReport:
    path: Path
    pages: int
    size: int
    seconds: float
    digest: bool


def build_pdf(docs: Path, out: Path, digest: bool | None = None) -> PdfReport:
    """Raises GeneratorError (one line, with how to fix it) when docs/ has no briefing or
    the renderer is missing."""
    started = time.perf_counter()
    if not (docs / "index.md").is_file():
        raise GeneratorError(f"{docs}: no generated briefing here; run `make site` first")
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:
        raise GeneratorError(f"{INSTALL} ({exc.__class__.__name__}: {exc})") from None
    chosen = plan(docs, digest)
    rendered = HTML(string=document(docs, chosen), base_url=str(docs)).render()
    data = rendered.write_pdf()
    assert data is not None
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(out.suffix + ".partial")
    partial.write_bytes(data)
    partial.replace(out)
    return PdfReport(
        out, len(rendered.pages), len(data), time.perf_counter() - started, chosen.digest
    )
