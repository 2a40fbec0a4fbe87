"""`suggest`: the first draft of the curated YAML, written for review.

The drafts go to <corpus>/suggested/ in the corpus's own schema (people.yml, ...,
sources.yml), one commented entry per candidate: its evidence, how many sources name it,
the first sentence that does, and its confidence. The rules that make curation converge:

- nothing curated is ever rewritten: entities/, sources.yml and briefing.yml are only
  read; the draft files are only appended to, so edits in them stay;
- what is curated (by id, name or alias) or already in a draft is not proposed again;
- every proposal is recorded in suggested/history.yml: an entry the user deletes, or
  marks `rejected: true`, is not proposed again (nor shown as detected in the site);
- a draft entry counts as curated once marked `reviewed: true` or moved to entities/.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.cache import Cache
from generator.errors import Problems
from generator.extract.detect import detected_entities
from generator.extract.detect.entities import Candidate
from generator.extract.detect.gazetteer import fold
from generator.load.corpus import load_corpus
from generator.load.kinds import KINDS
from generator.load.metadata import DRAFT_DIR, HISTORY
from generator.load.readers import FORMAT_LABELS
from generator.load.schema import Entity
from generator.load.sources import SourceInfo

# Below this the detector is guessing; such names are listed by `check` instead.
DRAFT_FLOOR = 0.4
SOURCES_HEADER = """\
# Draft sources.yml entries written by `python -m generator suggest`: what each article
# says about itself (its headline, dateline, byline, page metadata). The build uses them
# already; check each one against the article, correct it, and move it into sources.yml
# (entries there win). `suggest` only ever appends to this file.
"""
HEADER = """\
# Draft {what} written by `python -m generator suggest` for review. Nothing here is
# curated until you say so: for each entry, either set `reviewed: true` (or move the entry
# into {target}), fix what is wrong (names, aliases, roles), or set `rejected: true` (or
# delete the entry): it will not be proposed again. Until reviewed, confident entries are
# shown in the site marked "not reviewed"; entries under confidence 0.7 are not shown.
# `suggest` only ever appends to this file.
"""


@dataclass
class SuggestReport:
    written: dict[str, int] = field(default_factory=dict)  # draft file -> new entries
    sources: int = 0


def suggest(folder: Path, problems: Problems, cache: Path | None = None) -> SuggestReport:
    from generator.pipeline import find_entities

    corpus = load_corpus(folder, problems)
    problems.raise_if_errors()
    meta = corpus.metadata
    known = {**meta.entities, **meta.drafts}
    detection = find_entities(corpus.sources, Cache(cache))
    dates = {f: s.date.isoformat() for f, s in corpus.sources.items() if s.date}
    by_name = {fold(c.name): c for c in detection.candidates}
    records = detected_entities(
        detection, known, dates, confident_only=False, suppressed=meta.suppressed | meta.history
    )
    records = {
        eid: e for eid, e in records.items() if by_name[fold(e.name)].confidence >= DRAFT_FLOOR
    }
    drafts = folder / DRAFT_DIR
    report = SuggestReport()
    proposed: list[str] = []
    for kind in KINDS:
        chosen = sorted(
            ((eid, e) for eid, e in records.items() if e.kind == kind.name),
            key=lambda item: (
                -by_name[fold(item[1].name)].confidence,
                -len(by_name[fold(item[1].name)].sources),
                item[1].name,
            ),
        )
        if not chosen:
            continue
        text = "".join(
            _entry(e, by_name[fold(e.name)], len(corpus.sources), known) for _, e in chosen
        )
        _append(
            drafts / kind.file,
            text,
            HEADER.format(what=f"{kind.name} records", target=f"entities/{kind.file}"),
        )
        report.written[f"{DRAFT_DIR}/{kind.file}"] = len(chosen)
        proposed += [e.name for _, e in chosen]
    report.sources = _suggest_sources(folder, corpus.sources, meta.sources)
    if proposed:
        _record_history(drafts / HISTORY, proposed)
    return report


def _entry(entity: Entity, cand: Candidate, total: int, known: Mapping[str, Entity]) -> str:
    data = _plain(entity)
    data["reviewed"] = False
    data["confidence"] = round(cand.confidence, 2)
    evidence = ", ".join(sorted(e for e in cand.evidence if e not in ("demonym", "located")))
    lines = [
        f"# In {len(cand.sources)} of {total} sources"
        + (f"; evidence: {evidence}" if evidence else "")
        + "."
    ]
    if cand.first:
        source, paragraph, sentence = cand.first
        quote = " ".join(sentence.split())
        quote = quote if len(quote) <= 160 else quote[:157].rsplit(" ", 1)[0] + "..."
        lines.append(f'# First: "{quote}" ({source} ¶{paragraph})')
    body = yaml.safe_dump([data], sort_keys=False, allow_unicode=True, width=100)
    return "\n" + "\n".join(lines) + "\n" + body


_ORDER = (
    "id",
    "name",
    "aliases",
    "type",
    "summary",
    "country",
    "roles",
    "official_name",
    "capital",
    "headquarters",
    "countries",
    "location",
    "status",
    "start",
    "end",
    "place",
    "host",
    "participants",
    "part_of",
)


def _plain(entity: Entity) -> dict[str, Any]:
    """The record as YAML would hold it: only what is set, in a reader's order."""
    dumped = entity.model_dump(mode="json", exclude={"reviewed", "rejected", "confidence"})
    out: dict[str, Any] = {}
    for key in _ORDER:
        value = dumped.get(key)
        if value in (None, "", []):
            continue
        if key == "roles":
            value = [{k: v for k, v in role.items() if v is not None} for role in value]
        out[key] = value
    return out


def _append(path: Path, text: str, header: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    new = not path.exists() or not path.read_text(encoding="utf-8").strip()
    with path.open("a", encoding="utf-8") as f:
        if new:
            f.write(header)
        f.write(text)


def _suggest_sources(
    folder: Path, sources: Mapping[str, SourceInfo], listed: Mapping[str, object]
) -> int:
    """An entry per article that neither sources.yml nor the draft lists."""
    entries = []
    for file, info in sorted(sources.items()):
        if file in listed:
            continue
        article = info.article
        data: dict[str, Any] = {"file": file, "title": info.title}
        if info.date:
            data["date"] = info.date
        for key in ("publisher", "url"):
            if getattr(info, key):
                data[key] = getattr(info, key)
        data["language"] = info.language
        origin = {
            "header": "the article's header",
            "dateline": "the dateline",
            "metadata": "the page's metadata",
            "banner": "a date above the headline (check it: it may be the day the page was saved)",
        }.get(
            article.date_origin, "the dateline's day, in the year of the other articles (check it)"
        )
        note = f"# {FORMAT_LABELS.get(article.format, article.format)}"
        if info.date:
            note += f"; date from {origin}"
        entries.append(
            note
            + "\n"
            + yaml.safe_dump(
                [data], sort_keys=False, allow_unicode=True, width=100, default_flow_style=False
            )
        )
    if entries:
        _append(folder / DRAFT_DIR / "sources.yml", "\n" + "\n".join(entries), SOURCES_HEADER)
    return len(entries)


def _record_history(path: Path, names: list[str]) -> None:
    old: list[str] = []
    if path.exists():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        old = [str(x) for x in data] if isinstance(data, list) else []
    merged = sorted(set(old) | set(names), key=lambda n: (fold(n), n))
    path.write_text(
        "# Every name `generator suggest` has proposed, so that a deleted draft "
        "is not proposed again.\n# Remove a line to have it proposed again.\n"
        + yaml.safe_dump(merged, allow_unicode=True, width=100),
        encoding="utf-8",
    )


__all__ = ["DRAFT_FLOOR", "SuggestReport", "suggest"]
