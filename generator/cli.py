"""The command line: a thin layer that prints problems and never a traceback."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from generator import progress
from generator.arguments import parser
from generator.build import build_site
from generator.check import check_corpus
from generator.errors import GeneratorError, InputError, Problem, Problems, WriteError
from generator.write.journal import Interrupted


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        print(problem.format(), file=sys.stderr)


def _max_bytes(args: argparse.Namespace) -> int:
    return int(args.max_article_mb * 1024 * 1024)


def cmd_check(args: argparse.Namespace) -> int:
    problems = Problems()
    try:
        report = check_corpus(
            Path(args.seeds),
            problems,
            Path(args.cache) if args.cache else None,
            max_bytes=_max_bytes(args),
        )
    finally:
        _print_problems(problems.items)
    for line in report.unlinked[:UNLINKED_SHOWN]:
        print(line, file=sys.stderr)
    if len(report.unlinked) > UNLINKED_SHOWN:
        print(
            f"Note: {args.seeds}: and {len(report.unlinked) - UNLINKED_SHOWN} more unlinked names",
            file=sys.stderr,
        )
    print(
        f"OK: {report.articles} articles, {report.curated} curated entities, "
        f"{report.drafts} drafts not reviewed, {report.source_entries} source entries, "
        f"{len(report.unlinked)} unlinked names in {args.seeds}"
    )
    return 0


UNLINKED_SHOWN = 25


def cmd_build(args: argparse.Namespace) -> int:
    problems = Problems()
    try:
        with progress.shown():
            report = build_site(
                Path(args.seeds),
                Path(args.docs),
                cache=None if args.no_cache else Path(args.cache),
                force=args.force,
                max_bytes=_max_bytes(args),
                problems=problems,
            )
    finally:
        _print_problems(problems.items)
    *notes, summary = report.lines()
    for line in notes:
        print(line, file=sys.stderr)
    print(summary)
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    from generator.suggest import suggest

    problems = Problems()
    try:
        report = suggest(Path(args.seeds), problems, None if args.no_cache else Path(args.cache))
    finally:
        _print_problems(problems.items)
    for name, count in report.written.items():
        print(f"Wrote {count} new draft entries to {Path(args.seeds) / name}")
    if report.sources:
        print(
            f"Wrote {report.sources} draft sources.yml entries to "
            f"{Path(args.seeds) / 'suggested' / 'sources.yml'}"
        )
    if not report.written and not report.sources:
        print("Nothing new to suggest: every name found is curated, drafted or rejected.")
    else:
        print(
            "Review the drafts: set `reviewed: true` on what is right (or move it to "
            "entities/), fix what is not, set `rejected: true` on what is wrong."
        )
    return 0


def cmd_clean(args: argparse.Namespace) -> int:
    from generator.write.docs import clean_docs

    removed, kept = clean_docs(Path(args.docs))
    _print_problems(kept)
    print(f"Removed {len(removed)} generated files from {args.docs}/; hand-written files kept.")
    return 0


def cmd_bundle(args: argparse.Namespace) -> int:
    from generator.site.bundle import write_zip

    folder = Path(args.site)
    if not (folder / "index.html").is_file():
        print(f"Error: {folder}: no built site here; run `make offline`", file=sys.stderr)
        return 1
    count = write_zip(folder, Path(args.zip))
    size = Path(args.zip).stat().st_size / 1e6
    print(
        f"Wrote {args.zip} ({count} files, {size:.1f} MB). Unzip it anywhere and open "
        f"{folder.name}/index.html."
    )
    return 0


def cmd_pdf(args: argparse.Namespace) -> int:
    from generator.pdf import build_pdf

    digest = {"auto": None, "full": False, "digest": True}[args.pages]
    report = build_pdf(Path(args.docs), Path(args.out), digest)
    what = (
        "the briefing and its key entities (a digest: the corpus is large)"
        if report.digest
        else "the whole briefing"
    )
    print(
        f"Wrote {report.path}: {what}, {report.pages} pages, {report.size / 1e6:.1f} MB, "
        f"in {report.seconds:.1f}s"
    )
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "pdf": cmd_pdf,
    "check": cmd_check,
    "build": cmd_build,
    "suggest": cmd_suggest,
    "bundle": cmd_bundle,
    "clean": cmd_clean,
}


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except InputError as exc:
        print(
            f"{len([p for p in exc.problems if p.severity == 'error'])} error(s); "
            "nothing was generated.",
            file=sys.stderr,
        )
        return 1
    except WriteError as exc:
        _print_problems(exc.problems)
        print("Nothing was written; docs/ is as it was.", file=sys.stderr)
        return 1
    except GeneratorError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except Interrupted as exc:
        print(
            "Interrupted; the pages being written were all written first, so docs/ is complete.",
            file=sys.stderr,
        )
        return 128 + exc.signum
    except KeyboardInterrupt:
        print("Interrupted; docs/ is as it was.", file=sys.stderr)
        return 130
