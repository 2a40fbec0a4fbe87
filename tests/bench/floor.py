"""The engine floor: the least any MkDocs + Material site of a corpus costs. One page per
article with its title and paragraphs, one per entity with its name and summary, both
out of the nav, the same theme and Markdown extensions as the briefing, Material's
search plugin, and none of our hooks. `make bench` builds it next to the briefing and
prints the ratios."""

from __future__ import annotations

import re
from pathlib import Path

from generator.errors import Problems
from generator.load.corpus import load_corpus
from generator.site.format import plain
from generator.site.markdown import escape
from tests.support import REPO

_HOOKS = re.compile(r"^hooks:\n(?:  - .*\n)+", re.MULTILINE)
_EXTRA_CSS = re.compile(r"^extra_css:\n(?:  - .*\n)+", re.MULTILINE)


def write_floor(corpus: Path, docs: Path) -> None:
    """The floor's pages for `corpus` into `docs`."""
    problems = Problems()
    loaded = load_corpus(corpus, problems)
    (docs / "articles").mkdir(parents=True, exist_ok=True)
    (docs / "entities").mkdir(parents=True, exist_ok=True)
    (docs / "index.md").write_text(f"# {escape(corpus.name)}\n", encoding="utf-8")
    for i, (file, info) in enumerate(sorted(loaded.sources.items())):
        body = "\n\n".join(escape(p.text) for p in info.article.text_paragraphs)
        page = f"# {escape(info.title or file)}\n\n{body}\n"
        (docs / "articles" / f"{i:05d}.md").write_text(page, encoding="utf-8")
    for i, (_key, entity) in enumerate(sorted(loaded.metadata.entities.items())):
        about = entity.summary or ", ".join(plain(v) for v in entity.describe())
        page = f"# {escape(entity.name)}\n\n{escape(about)}\n"
        (docs / "entities" / f"{i:05d}.md").write_text(page, encoding="utf-8")


def floor_config(folder: Path, docs: Path, site: Path) -> Path:
    """The briefing's mkdocs.yml without its hooks and stylesheet, every page but the
    home out of the nav."""
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    text = _HOOKS.sub("", _EXTRA_CSS.sub("", text))
    text = text.replace("docs_dir: docs", f"docs_dir: {docs}")
    text = text.replace("site_dir: site", f"site_dir: {site}")
    text += "\nnav:\n  - index.md\nnot_in_nav: |\n  /articles/\n  /entities/\n"
    config = folder / "mkdocs.yml"
    config.write_text(text, encoding="utf-8")
    return config
