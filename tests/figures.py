"""The latest measured figures, kept as Markdown tables in tests/figures/, and shown in
the README by cog: `make eval` and `make bench` save what they measured here, then
rewrite the README's tables (`python -m cogapp -r README.md`); `make check` fails when
the README shows other figures than the ones saved (`cogapp --check`).

In the README:  <!-- [[[cog import tests.figures as f; f.show("eval-curated") ]]] -->
"""

from __future__ import annotations

from pathlib import Path

FIGURES = Path(__file__).parent / "figures"


def save(name: str, text: str) -> None:
    FIGURES.mkdir(exist_ok=True)
    (FIGURES / f"{name}.md").write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def show(name: str) -> None:
    """Print a saved table into the README (called by cog inside a README block)."""
    import cog  # only there when cog runs this

    cog.out((FIGURES / f"{name}.md").read_text(encoding="utf-8"))
