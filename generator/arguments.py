"""The command line's arguments: commands, options and their help."""

from __future__ import annotations

import argparse

from generator import __version__
from generator.load.files import MAX_ARTICLE_BYTES


def _limit_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--max-article-mb",
        type=float,
        default=MAX_ARTICLE_BYTES / 2**20,
        metavar="MB",
        help="skip articles larger than this, with a warning "
        f"(default: {MAX_ARTICLE_BYTES / 2**20:g})",
    )


def _corpus_options(
    command: argparse.ArgumentParser, cache: str, no_cache: str | None = None
) -> None:
    """--seeds and --cache (and --no-cache), as every command that reads a corpus has."""
    command.add_argument("--seeds", default="seeds", help="the corpus folder (default: seeds)")
    command.add_argument("--cache", default=".build/cache", help=f"{cache} (default: .build/cache)")
    if no_cache:
        command.add_argument("--no-cache", action="store_true", help=no_cache)


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="python -m generator",
        description="Turn a folder of articles and curated YAML into "
        "a briefing site (Markdown for MkDocs).",
    )
    ap.add_argument("--version", action="version", version=__version__)
    sub = ap.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate the articles and the curated YAML")
    _corpus_options(check, "where per-article results are kept")
    _limit_option(check)
    build = sub.add_parser("build", help="validate, then generate the Markdown pages in docs/")
    _corpus_options(
        build, "where unchanged articles' analysis is kept", "analyse every article afresh"
    )
    build.add_argument("--docs", default="docs", help="the output folder (default: docs)")
    build.add_argument(
        "--force",
        action="store_true",
        help="replace generated files edited by hand, and files an earlier "
        "build wrote whose record was lost; each is first copied to "
        "docs/.generator-replaced/",
    )
    _limit_option(build)
    draft = sub.add_parser(
        "suggest",
        help="draft the YAML (people, places, sources ...) "
        "from the articles, for review, in <corpus>/suggested/",
    )
    _corpus_options(draft, "where per-article results are kept", "read every article afresh")
    pdf = sub.add_parser("pdf", help="the whole briefing as one PDF, from docs/")
    pdf.add_argument("--docs", default="docs", help="the generated pages (default: docs)")
    pdf.add_argument(
        "--out", default="dist/briefing.pdf", help="the PDF to write (default: dist/briefing.pdf)"
    )
    pdf.add_argument(
        "--pages",
        choices=("auto", "full", "digest"),
        default="auto",
        help="every page, or the briefing and key entities only (auto: a "
        "digest past 150 sources or 400 entities)",
    )
    bundle = sub.add_parser("bundle", help="zip a site built for offline reading")
    bundle.add_argument("--site", default="dist/briefing-offline", help="the built folder")
    bundle.add_argument("--zip", default="dist/briefing-offline.zip", help="the zip to write")
    clean = sub.add_parser("clean", help="remove the generated files (never hand-written ones)")
    clean.add_argument("--docs", default="docs", help="the output folder (default: docs)")
    return ap
