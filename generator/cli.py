"""The command line: a thin layer that prints problems and never a traceback."""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

from generator import __version__
from generator.errors import GeneratorError, InputError, Problem, Problems, WriteError
from generator.load.corpus import Corpus, load_corpus
from generator.load.files import MAX_ARTICLE_BYTES
from generator.write.journal import Interrupted


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        print(problem.format(), file=sys.stderr)


def _max_bytes(args: argparse.Namespace) -> int:
    return int(args.max_article_mb * 1024 * 1024)


def cmd_check(args: argparse.Namespace) -> int:
    problems = Problems()
    corpus = load_corpus(Path(args.seeds), problems, max_bytes=_max_bytes(args))
    _print_problems(problems.items)
    if problems.errors:
        print(f"{len(problems.errors)} error(s); nothing was generated.", file=sys.stderr)
        return 1
    meta = corpus.metadata
    unlinked = _unlinked(corpus, Path(args.cache) if args.cache else None)
    for line in unlinked[:UNLINKED_SHOWN]:
        print(line, file=sys.stderr)
    if len(unlinked) > UNLINKED_SHOWN:
        print(f"Note: {args.seeds}: and {len(unlinked) - UNLINKED_SHOWN} more unlinked names",
              file=sys.stderr)
    print(f"OK: {len(corpus.sources)} articles, {len(meta.entities)} curated entities, "
          f"{len(meta.drafts)} drafts not reviewed, {len(meta.sources)} source entries, "
          f"{len(unlinked)} unlinked names in {args.seeds}")
    return 0


UNLINKED_SHOWN = 25


def _unlinked(corpus: Corpus, cache: Path | None) -> list[str]:
    """Names in two or more articles that no curated record or draft covers, most
    widely found first: what is left to curate."""
    from generator.cache import Cache
    from generator.extract.detect.gazetteer import fold
    from generator.pipeline import find_entities

    meta = corpus.metadata
    detection = find_entities(corpus.sources, Cache(cache))
    covered = {fold(n) for e in (*meta.entities.values(), *meta.drafts.values())
               for n in (e.name, *e.aliases)} | meta.suppressed
    found = [c for c in (*detection.candidates, *detection.unlinked)
             if len(c.sources) >= 2 and fold(c.name) not in covered]
    found.sort(key=lambda c: (-len(c.sources), -sum(c.forms.values()), c.name))
    lines = []
    for cand in found:
        kind = "name" if cand.kind == "unknown" else cand.kind
        first = f" (first: {cand.first[0]} ¶{cand.first[1]})" if cand.first else ""
        lines.append(f"Note: {corpus.folder}: unlinked {kind} '{cand.name}' in "
                     f"{len(cand.sources)} articles{first}; curate it in entities/ or run "
                     "`python -m generator suggest`")
    return lines


def cmd_build(args: argparse.Namespace) -> int:
    from generator.pipeline import BuildStats, build_knowledge_base
    from generator.site.render import render_pages
    from generator.write.docs import write_docs

    started = time.perf_counter()
    # A build allocates millions of small records and frees none until the end; the
    # cyclic collector would walk them all again and again for nothing.
    gc.disable()
    problems = Problems()
    stats = BuildStats()
    cache = None if args.no_cache else Path(args.cache)
    try:
        kb = build_knowledge_base(Path(args.seeds), problems, cache, stats,
                                  max_bytes=_max_bytes(args))
    finally:
        _print_problems(problems.items)
    pages = render_pages(kb)
    del kb  # the pages hold all that is written; let the knowledge base go first
    report = write_docs(Path(args.docs), dict(pages), force=args.force)
    if report.recovered:
        print(f"Note: {args.docs}: {report.recovered}.", file=sys.stderr)
    for path in report.replaced:
        print(f"Note: {args.docs}/{path}: replaced; the previous file is kept in "
              f"{args.docs}/.generator-replaced/", file=sys.stderr)
    print(f"Articles: {stats.articles} ({stats.read} read, {stats.analysed} analysed, "
          f"{stats.from_cache} from cache). Pages: {len(pages)} files in {args.docs}/ "
          f"({len(report.written)} written, {len(report.unchanged)} unchanged, "
          f"{len(report.removed)} removed) in {time.perf_counter() - started:.2f}s")
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    from generator.suggest import suggest

    problems = Problems()
    try:
        report = suggest(Path(args.seeds), problems,
                         None if args.no_cache else Path(args.cache))
    finally:
        _print_problems(problems.items)
    for name, count in report.written.items():
        print(f"Wrote {count} new draft entries to {Path(args.seeds) / name}")
    if report.sources:
        print(f"Wrote {report.sources} draft sources.yml entries to "
              f"{Path(args.seeds) / 'suggested' / 'sources.yml'}")
    if not report.written and not report.sources:
        print("Nothing new to suggest: every name found is curated, drafted or rejected.")
    else:
        print("Review the drafts: set `reviewed: true` on what is right (or move it to "
              "entities/), fix what is not, set `rejected: true` on what is wrong.")
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
    print(f"Wrote {args.zip} ({count} files). Unzip it anywhere and open "
          f"{folder.name}/index.html.")
    return 0


def _limit_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--max-article-mb", type=float, default=MAX_ARTICLE_BYTES / 2**20,
                         metavar="MB", help="skip articles larger than this, with a warning "
                         f"(default: {MAX_ARTICLE_BYTES / 2**20:g})")


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m generator",
                                 description="Turn a folder of articles and curated YAML into "
                                 "a briefing site (Markdown for MkDocs).")
    ap.add_argument("--version", action="version", version=__version__)
    sub = ap.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate the articles and the curated YAML")
    check.add_argument("--seeds", default="seeds", help="the corpus folder (default: seeds)")
    check.add_argument("--cache", default=".build/cache", help="where per-article results "
                       "are kept (default: .build/cache)")
    _limit_option(check)
    check.set_defaults(func=cmd_check)
    build = sub.add_parser("build", help="validate, then generate the Markdown pages in docs/")
    build.add_argument("--seeds", default="seeds", help="the corpus folder (default: seeds)")
    build.add_argument("--docs", default="docs", help="the output folder (default: docs)")
    build.add_argument("--cache", default=".build/cache",
                       help="where unchanged articles' analysis is kept (default: .build/cache)")
    build.add_argument("--no-cache", action="store_true", help="analyse every article afresh")
    build.add_argument("--force", action="store_true",
                       help="replace generated files edited by hand, and files an earlier "
                       "build wrote whose record was lost; each is first copied to "
                       "docs/.generator-replaced/")
    _limit_option(build)
    build.set_defaults(func=cmd_build)
    draft = sub.add_parser("suggest", help="draft the YAML (people, places, sources ...) "
                           "from the articles, for review, in <corpus>/suggested/")
    draft.add_argument("--seeds", default="seeds", help="the corpus folder (default: seeds)")
    draft.add_argument("--cache", default=".build/cache", help="where per-article results "
                       "are kept (default: .build/cache)")
    draft.add_argument("--no-cache", action="store_true", help="read every article afresh")
    draft.set_defaults(func=cmd_suggest)
    bundle = sub.add_parser("bundle", help="zip a site built for offline reading")
    bundle.add_argument("--site", default="dist/briefing-offline", help="the built folder")
    bundle.add_argument("--zip", default="dist/briefing-offline.zip", help="the zip to write")
    bundle.set_defaults(func=cmd_bundle)
    clean = sub.add_parser("clean", help="remove the generated files (never hand-written ones)")
    clean.add_argument("--docs", default="docs", help="the output folder (default: docs)")
    clean.set_defaults(func=cmd_clean)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except InputError as exc:
        print(f"{len([p for p in exc.problems if p.severity == 'error'])} error(s); "
              "nothing was generated.", file=sys.stderr)
        return 1
    except WriteError as exc:
        _print_problems(exc.problems)
        print("Nothing was written; docs/ is as it was.", file=sys.stderr)
        return 1
    except GeneratorError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except Interrupted as exc:
        print("Interrupted; the pages being written were all written first, so docs/ is "
              "complete.", file=sys.stderr)
        return 128 + exc.signum
    except KeyboardInterrupt:
        print("Interrupted; docs/ is as it was.", file=sys.stderr)
        return 130
