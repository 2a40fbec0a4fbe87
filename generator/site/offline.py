"""The offline bundle, trimmed to what a reader opening it from file:// uses.

- One copy of the search index: the script (`search_index.js`, which Material loads
  under file://) and not also the JSON it was made from; for English search, the lunr
  index built from it (`prebuilt_index.js`) beside it.
- No source maps (they only serve a developer's debugger).
- No lunr language files the site's search languages do not use.
- The search worker also as a script that holds its own source text, so that the page
  can start it as a real worker from a blob (browsers refuse worker files from file://):
  the index is then loaded off the page's main thread, and the page takes keystrokes
  at once. See static/file-worker.js.
- For English search, the lunr index itself, built here (search_prebuilt.py) and
  loaded by the worker (worker/prebuilt-search.js, run before Material's worker
  script): opening the bundle does not wait for the browser to build it.
"""

from __future__ import annotations

import json
from pathlib import Path

from generator.site.search_prebuilt import prebuilt, stop_words

WORKER_SOURCE = ".source.js"  # search.<hash>.min.js -> search.<hash>.min.source.js
# Up to this index size, every page starts building the search index as it opens (a
# fraction of a second of the page's time to read the index and hand it over). Past it,
# that cost on each page view outweighs the wait it saves, and the index is built when
# the reader first opens search, as Material does.
EARLY_INDEX_BYTES = 8_000_000
# Runs in the search worker before Material's script (not a page asset, so not in static/).
PREBUILT_SEARCH = Path(__file__).parent / "worker" / "prebuilt-search.js"


def trim(site: Path, languages: list[str]) -> None:
    search = site / "search"
    index = search / "search_index.json"
    early = index.is_file() and index.stat().st_size <= EARLY_INDEX_BYTES
    blob = languages == ["en"]
    index_built = blob and index.is_file()
    # Material's worker scripts, read once: their stop words, then their source text.
    workers = {
        path: path.read_text(encoding="utf-8")
        for path in sorted((site / "assets" / "javascripts" / "workers").glob("*.min.js"))
    }
    if index.is_file():
        data = index.read_text(encoding="utf-8")
        # Parsed once: Material loads the script again when search is first opened, and
        # that run finds the index there and only reads past the string.
        parse = f"var __index = JSON.parse({json.dumps(data)});"
        (search / "search_index.js").write_text(
            f'if (typeof __index !== "object") {{ {parse} }}\n', encoding="utf-8"
        )
        if index_built:
            # One string, handed to the worker as it is and parsed there.
            stops = frozenset().union(*(stop_words(script) for script in workers.values()))
            built = prebuilt(json.loads(data), stops)
            (search / "prebuilt_index.js").write_text(
                f"var __prebuilt = {json.dumps(built)};\n", encoding="utf-8"
            )
        index.unlink()
    for sourcemap in sorted(site.rglob("*.map")):
        sourcemap.unlink()
    _drop_languages(site / "assets" / "javascripts" / "lunr", languages)
    # Other languages load lunr files from the worker's own address: no source then,
    # and the page runs the worker file in a frame.
    ahead = PREBUILT_SEARCH.read_text(encoding="utf-8")
    for worker, script in workers.items():
        text = ahead + script if blob else None
        worker.with_name(worker.name.removesuffix(".js") + WORKER_SOURCE).write_text(
            f"var __workerSource = {json.dumps(text)};\n"
            f"var __searchEarly = {json.dumps(early and blob)};\n"
            f"var __searchPrebuilt = {json.dumps(index_built)};\n",
            encoding="utf-8",
        )


def _drop_languages(lunr: Path, languages: list[str]) -> None:
    """Keep the files Material's worker imports for these languages, drop the rest."""
    wanted = {f"min/lunr.{lang}.min.js" for lang in languages if lang != "en"}
    if wanted:
        wanted.add("min/lunr.stemmer.support.min.js")
    if len(languages) > 1:
        wanted.add("min/lunr.multi.min.js")
    if "ja" in languages:
        wanted.add("tinyseg.js")
    if {"hi", "th"} & set(languages):
        wanted.add("wordcut.js")
    if not lunr.is_dir():
        return
    for path in sorted(lunr.rglob("*"), reverse=True):
        if path.is_file() and path.relative_to(lunr).as_posix() not in wanted:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    if not any(lunr.iterdir()):
        lunr.rmdir()
