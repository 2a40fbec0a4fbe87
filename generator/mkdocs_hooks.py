"""MkDocs hooks: take the site's name from the corpus the generator just rendered.

mkdocs.yml is shared by every corpus, so the title lives in the generated
docs/.generator-site.json (written with the pages) rather than in the config.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SITE_META = ".generator-site.json"


def on_config(config: Any, **_: Any) -> Any:
    meta_file = Path(config["docs_dir"]) / SITE_META
    try:
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return config
    if isinstance(meta, dict):
        if isinstance(meta.get("site_name"), str) and meta["site_name"]:
            config["site_name"] = meta["site_name"]
        if isinstance(meta.get("site_description"), str):
            config["site_description"] = meta["site_description"]
    return config
