from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.errors import Problems
from generator.model.knowledge import KnowledgeBase
from generator.pipeline import build_knowledge_base
from generator.site.render import render
from generator.write.docs import write_docs

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
MINI = REPO / "tests" / "fixtures" / "mini"


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes, for before/after comparisons."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def mkdocs_config(tmp: Path, docs: Path, site: Path) -> Path:
    """The project's mkdocs.yml, pointed at `docs` and `site` under `tmp`."""
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("docs_dir: docs", f"docs_dir: {docs}")
    text = text.replace("site_dir: site", f"site_dir: {site}")
    for hook in ("generator/site/hooks.py", "generator/serve.py"):
        text = text.replace(hook, str(REPO / hook))
    config = tmp / "mkdocs.yml"
    config.write_text(text, encoding="utf-8")
    return config


def mkdocs_build(tmp: Path, docs: Path, site: Path, offline: bool = False) -> None:
    config = mkdocs_config(tmp, docs, site)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("BRIEFING_OFFLINE", None)
    if offline:
        env["BRIEFING_OFFLINE"] = "1"
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q",
                             "-f", str(config)], capture_output=True, text=True, env=env,
                            cwd=tmp)
    assert result.returncode == 0, result.stderr


def build_site(corpus: Path, tmp: Path) -> tuple[Path, Path]:
    """Generate docs/ for `corpus` under `tmp` and build it with mkdocs --strict."""
    docs, site = tmp / "docs", tmp / "site"
    kb = build_knowledge_base(corpus, Problems())
    write_docs(docs, dict(render(kb)))
    mkdocs_build(tmp, docs, site)
    return docs, site


@pytest.fixture(scope="session")
def seeds_kb() -> KnowledgeBase:
    return build_knowledge_base(SEEDS, Problems())


@pytest.fixture(scope="session")
def seeds_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build_site(SEEDS, tmp_path_factory.mktemp("seeds-site"))
