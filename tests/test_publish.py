"""Publishing set-up: the Pages workflow, and site settings taken from configuration."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from tests.support import REPO, mkdocs_config


def test_pages_workflow_builds_with_make_site_and_pinned_official_actions() -> None:
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "pages.yml").read_text())
    steps = [s for job in workflow["jobs"].values() for s in job["steps"]]
    uses = {s["uses"].split("@")[0]: s["uses"].split("@")[1] for s in steps if "uses" in s}
    for action in (
        "actions/configure-pages",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
    ):
        assert action in uses
        assert uses[action][:1] == "v" and uses[action].count(".") == 2, uses[action]
    assert any(s.get("run") == "make site" for s in steps)


def test_site_url_and_repo_url_come_from_the_environment(
    seeds_site: tuple[Path, Path], tmp_path: Path
) -> None:
    docs, _ = seeds_site
    site = tmp_path / "site"
    config = mkdocs_config(tmp_path, docs, site)
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "SITE_URL": "https://example.org/briefing/",
        "REPO_URL": "https://github.com/example/briefing",
    }
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="https://example.org/briefing/"' in home
    assert "https://github.com/example/briefing" in home
    # The 404 page uses root-relative asset URLs, so it works at any depth on Pages.
    assert 'src="/briefing/assets/' in (site / "404.html").read_text()
    # Directory URLs for GitHub Pages.
    assert (site / "people" / "sadyr-japarov" / "index.html").is_file()
