"""The countries a role's words name: "Ambassador of Peru to Chile", "Special Envoy of
the Democratic Republic of the Congo"; read by `titles` to tell a portfolio from the
name after it."""

from __future__ import annotations

from generator.extract.detect.gazetteer import Gazetteer
from generator.load.names import fold


def _country_spans(gaz: Gazetteer, words: list[str]) -> list[tuple[int, int]]:
    """Where `words` name a country, longest first at each word (up to six words):
    "of Kazakhstan to China", "of the Democratic Republic of the Congo"."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        end = next(
            (
                j
                for j in range(min(len(words), i + 6), i, -1)
                if fold(" ".join(words[i:j])) in gaz.country_by_name
            ),
            None,
        )
        if end is None:
            i += 1
            continue
        out.append((i, end))
        i = end
    return out


def countries_in(gaz: Gazetteer, portfolio: list[str]) -> list[str]:
    """The countries a role's portfolio names: "of Kazakhstan to China"."""
    return [" ".join(portfolio[i:j]) for i, j in _country_spans(gaz, portfolio)]


def after_last_country(gaz: Gazetteer, tail: list[str]) -> int:
    """How many words follow the last country named in `tail` (0 if none is)."""
    spans = _country_spans(gaz, tail)
    return len(tail) - spans[-1][1] if spans else 0
