"""`make eval`: print mention precision/recall per kind and statement accuracy.

    python -m tests.eval [--details] [CORPUS ...]
"""

from __future__ import annotations

import sys

from tests.eval.evaluate import CORPORA, MENTION_BAR, STATEMENT_BAR, evaluate, table


def main(argv: list[str]) -> int:
    details = "--details" in argv
    names = [a for a in argv if not a.startswith("--")] or list(CORPORA)
    results = [evaluate(name, details) for name in names]
    print(table(results))
    print(f"\nBars: mention precision and recall >= {MENTION_BAR} per kind, statement "
          f"accuracy >= {STATEMENT_BAR}.")
    for r in results:
        for line in r.errors:
            print(f"{r.corpus}: {line}")
        print(f"{r.corpus}: {'meets' if r.meets_bars() else 'BELOW'} the bars")
    return 0 if all(r.meets_bars() for r in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
