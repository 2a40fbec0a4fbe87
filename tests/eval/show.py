"""Print a corpus's articles as the generator segments them: numbered paragraphs and
sentences. Annotators use it to key their annotations; it runs no extraction.

    python -m tests.eval.show CORPUS [FILE]
"""

from __future__ import annotations

import sys
from pathlib import Path

from generator.errors import Problems
from generator.extract.sentences import split_sentences
from generator.load.folder import article_files
from generator.load.read import read_article


def main(argv: list[str]) -> int:
    corpus = Path(argv[0])
    files = [
        e for e in article_files(corpus, Problems()) if len(argv) < 2 or e.path.name == argv[1]
    ]
    for entry in files:
        article = read_article(entry, Problems())
        if article is None:
            continue
        print(f"=== {entry.path.name}")
        for p in article.paragraphs:
            print(f"[p{p.number}] ({p.kind})")
            for s in split_sentences(p.text):
                print(f"    s{s.index}: {s.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
