"""The benchmark's corpora and working folder, shared by `make bench` and
`make bench-search`: written once per size and shape, then reused."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.bench.synth import ROOT, write_corpus

WORK = ROOT / ".build" / "bench"


def corpus(size: int, shape: str) -> Path:
    folder = WORK / f"corpus-{size}-{shape}"
    marker = folder / ".complete"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        write_corpus(folder, size, shape=shape)
        marker.write_text("ok")
    return folder


def parse_run(text: str) -> tuple[int, str]:
    """'1000' -> (1000, 'spread'); '1000:one-event' -> (1000, 'one-event')."""
    size, _, shape = text.partition(":")
    return int(size), shape or "spread"


def label(size: int, shape: str) -> str:
    return f"{size:,}" + ("" if shape == "spread" else f" {shape}")
