"""Fixtures shared by the whole suite; helpers live in tests/support.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import Problems
from generator.model.knowledge import KnowledgeBase
from generator.pipeline import build_knowledge_base
from tests.support import SEEDS, built_site


@pytest.fixture(scope="session")
def seeds_kb() -> KnowledgeBase:
    return build_knowledge_base(SEEDS, Problems())


@pytest.fixture(scope="session")
def seeds_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return built_site(SEEDS, tmp_path_factory.mktemp("seeds-site"))
