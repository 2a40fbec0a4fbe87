"""MkDocs hooks for `make serve`: watch the corpus, and regenerate docs/ before each
rebuild. On bad input, say why and keep serving the previous pages.

A hook of its own (mkdocs.yml lists it after site/hooks.py): it runs a whole build,
so it sits with the CLI at the top, not inside the site stage.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from generator.build import build_site
from generator.errors import GeneratorError, InputError, Problems, WriteError
from generator.write.journal import Interrupted

SERVE_ENV = "BRIEFING_SERVE_SEEDS"
SERVE_CACHE = Path(".build/cache")


def on_serve(server: Any, config: Any, builder: Any, **_: Any) -> Any:
    seeds = os.environ.get(SERVE_ENV)
    if seeds:
        server.watch(seeds)
    return server


def on_pre_build(config: Any, **_: Any) -> None:
    seeds = os.environ.get(SERVE_ENV)
    if not seeds:
        return
    problems = Problems()
    try:
        report = build_site(
            Path(seeds), Path(config["docs_dir"]), cache=SERVE_CACHE, problems=problems
        )
    except (GeneratorError, Interrupted) as exc:
        for problem in [*problems.items, *(exc.problems if isinstance(exc, WriteError) else [])]:
            print(problem.format(), file=sys.stderr)
        what = "the input" if isinstance(exc, InputError) else "docs/"
        print(f"Not regenerated (see above: {what}); serving the previous pages.", file=sys.stderr)
        return
    for line in [p.format() for p in problems.items] + report.lines():
        print(line, file=sys.stderr)
