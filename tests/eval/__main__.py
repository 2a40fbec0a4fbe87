"""`make eval`: how accurate the briefing is, against hand annotations.

    python -m tests.eval [--details] [--quick] [CORPUS ...]

1. Mentions per paragraph and statement attribution, on the curated corpora (seeds,
   second): the bars the test suite holds.
2. Entity links per article from raw folders, three ways: (a) no YAML, (b) the draft
   `suggest` writes, (c) the curated YAML; on every corpus, the raw ones (third to
   eighth: written by helpers who never saw the extractor's output) included. Then what
   the articles say about themselves (titles, dates, publishers, urls), and how much YAML
   a curator still types after `suggest`.
"""

from __future__ import annotations

import sys

from tests import figures
from tests.eval.evaluate import CORPORA, MENTION_BAR, STATEMENT_BAR, evaluate, table
from tests.eval.raw import (
    CURATED_BAR,
    DRAFT_KINDS,
    DRAFT_PRECISION,
    DRAFT_RECALL,
    EVENT_COVERAGE,
    EVENT_PRECISION,
    RAW,
    evaluate_raw,
    evaluate_reporting,
    lines_changed,
    raw_summary,
    raw_table,
    reporting_table,
    sources_table,
)


def main(argv: list[str]) -> int:
    details = "--details" in argv
    names = [a for a in argv if not a.startswith("--")]
    curated = [n for n in names if n in CORPORA] if names else list(CORPORA)
    raw_names = names or [*CORPORA, *[n for n in RAW if RAW[n][0].is_dir()]]
    results = [evaluate(name, details) for name in curated]
    print(table(results))
    print(
        f"\nBars: mention precision and recall >= {MENTION_BAR} per kind, statement "
        f"accuracy >= {STATEMENT_BAR}."
    )
    for r in results:
        for line in r.errors:
            print(f"{r.corpus}: {line}")
        print(f"{r.corpus}: {'meets' if r.meets_bars() else 'BELOW'} the bars")
    raw = evaluate_raw(raw_names, details=details)
    print("\n" + raw_table(raw))
    print(
        f"\nBars: (a) and (b) precision >= {DRAFT_PRECISION} and recall >= {DRAFT_RECALL} "
        f"for {', '.join(DRAFT_KINDS)}; (c) >= {CURATED_BAR} for every kind."
    )
    for rr in raw:
        for line in rr.details:
            print(f"{rr.corpus} ({rr.config}): {line}")
        print(f"{rr.corpus} ({rr.config}): {'meets' if rr.meets_bars() else 'BELOW'} the bars")
    curation = [
        "| corpus | draft records kept | dropped | curated records added | lines typed | "
        "lines deleted | curated lines |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name in raw_names:
        if name in RAW:
            c = lines_changed(name)
            curation.append(
                f"| {name} | {c.kept} | {c.dropped} | {c.added} | {c.typed} | {c.deleted} | "
                f"{c.curated} |"
            )
    print("\n" + "\n".join(curation))
    reporting = evaluate_reporting(raw_names)
    if reporting:
        print("\nWho said what, when, at which event (raw corpora with their curated YAML):\n")
        print(reporting_table(reporting))
        print(
            f"\nBars: statements >= {STATEMENT_BAR} with none to the wrong person; events "
            f"cited >= {EVENT_COVERAGE} of the curated ones with precision >= "
            f"{EVENT_PRECISION}; no relative date resolved wrongly."
        )
        for rep in reporting:
            for line in (
                [*rep.speech.details, *rep.dates.details, *rep.events.details] if details else []
            ):
                print(f"{rep.corpus}: {line}")
            print(f"{rep.corpus} (reporting): {'meets' if rep.meets_bars() else 'BELOW'} the bars")
    if not names:  # a full run: these are the README's figures now
        figures.save("eval-curated", table(results))
        figures.save("eval-raw", raw_summary(raw))
        figures.save("eval-sources", sources_table(raw))
        figures.save("eval-curation", "\n".join(curation))
        figures.save("eval-reporting", reporting_table(reporting))
    return 0 if all(r.meets_bars() for r in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
