"""Hostile text cannot make a stage quadratic: doubling the input at most ~doubles the time.

Each case is a run-on paragraph with no real sentence break, the shape that made the
splitter and the statement finder look back over the whole paragraph at every step.
Times are the best of several runs, so a busy machine does not fail the ratio.
"""

from __future__ import annotations

import gc
import signal
import time
from collections.abc import Callable, Iterator

import pytest

from generator.extract.lookups import build_matcher
from generator.extract.mentions import analyse
from generator.extract.sentences import split_sentences
from generator.extract.statements import SpeakerMemory, find_statements
from generator.load.articles import Paragraph
from generator.load.kinds import Person

RATIO = 2.5


@pytest.fixture(autouse=True)
def time_limit() -> Iterator[None]:
    def expired(*_: object) -> None:
        raise TimeoutError("took far too long: not linear")

    signal.signal(signal.SIGALRM, expired)
    signal.alarm(60)
    yield
    signal.alarm(0)


def _best(fn: Callable[[], object], runs: int = 3) -> float:
    # The cyclic collector runs more often as more objects live, which is the
    # interpreter's cost, not the algorithm's: keep it out of the measurement.
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            started = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - started)
    finally:
        gc.enable()
    return best


def _ratio(make: Callable[[int], Callable[[], object]], n: int, tries: int = 3) -> float:
    """Time at 2n over time at n (2 when linear, 4 when quadratic). A busy machine can
    slow one measurement down; a quadratic path is slow every time: keep the best try."""
    make(n // 4)()  # warm caches and imports
    ratio = float("inf")
    for _ in range(tries):
        ratio = min(ratio, _best(make(2 * n)) / _best(make(n)))
        if ratio <= RATIO:
            break
    return ratio


@pytest.mark.parametrize("unit", ["Mr. Xi ", "J. R. R. Tolkien ", "Dr. No. 5 "])
def test_sentence_splitter_is_linear(unit: str) -> None:
    ratio = _ratio(lambda n: lambda: split_sentences(unit * n), 10_000)
    assert ratio <= RATIO, ratio


def _statements(unit: str) -> Callable[[int], Callable[[], object]]:
    people = {"xi": Person(name="Xi"), "tokayev": Person(name="Tokayev")}
    matcher = build_matcher(people)
    kinds = {"xi": "person", "tokayev": "person"}

    def make(n: int) -> Callable[[], object]:
        paragraph = Paragraph(1, "text", unit * n)
        return lambda: find_statements("a.txt", analyse(paragraph, matcher), kinds, SpeakerMemory())

    return make


@pytest.mark.parametrize("unit", ["Xi and Tokayev hailed ", "he said Xi noted that "])
def test_statement_subject_search_is_linear(unit: str) -> None:
    assert _ratio(_statements(unit), 3_000) <= RATIO
