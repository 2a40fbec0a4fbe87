"""The site's own stylesheet and scripts, from static/."""

from __future__ import annotations

from pathlib import Path

from generator.site.site import Pages, Site

STATIC = Path(__file__).parent.parent / "static"


def emit(site: Site) -> Pages:
    return {
        f"assets/{asset.relative_to(STATIC).as_posix()}": asset.read_text(encoding="utf-8")
        for asset in sorted(STATIC.rglob("*"))
        if asset.is_file() and asset.suffix in (".css", ".js")
    }
