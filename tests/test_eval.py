"""The accuracy bars of the evaluation (`make eval` prints the full table)."""

from __future__ import annotations

import pytest

from tests.eval.evaluate import CORPORA, MENTION_BAR, STATEMENT_BAR, evaluate


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_accuracy_meets_the_bars(corpus: str) -> None:
    result = evaluate(corpus)
    assert not [e for e in result.errors if "no longer matches" in e or "unknown id" in e]
    for kind, score in result.kinds.items():
        assert score.precision >= MENTION_BAR, (kind, score)
        assert score.recall >= MENTION_BAR, (kind, score)
    assert result.statements_total > 30
    assert result.accuracy >= STATEMENT_BAR
