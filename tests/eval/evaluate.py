"""Compare extraction with hand annotations: mentions per kind, statement attribution.

Mentions are scored as (article, paragraph, entity) pairs; statements as sentences
(article, paragraph, sentence) with a speaker. Attribution accuracy counts a sentence
right only when both sides agree it is a statement and agree on the speaker, over every
sentence either side calls a statement, so a missed or an invented statement both count
against it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import Problems
from generator.load.kinds import KIND_NAMES
from generator.model.knowledge import KnowledgeBase
from generator.pipeline import build_knowledge_base

ROOT = Path(__file__).resolve().parents[2]
CORPORA: dict[str, tuple[Path, Path]] = {
    "seeds": (ROOT / "seeds", ROOT / "tests" / "eval" / "seeds"),
    "second": (ROOT / "tests" / "corpora" / "second", ROOT / "tests" / "eval" / "second"),
}
MENTION_BAR = 0.97
STATEMENT_BAR = 0.95

Pair = tuple[str, int, str]
SentenceKey = tuple[str, int, int]


@dataclass
class Gold:
    mentions: set[Pair] = field(default_factory=set)
    statements: dict[SentenceKey, str] = field(default_factory=dict)
    files: set[str] = field(default_factory=set)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Result:
    corpus: str
    kinds: dict[str, Score]
    statements_correct: int
    statements_total: int
    errors: list[str]
    statements_wrong: int = 0  # given to someone else than the annotator's speaker

    @property
    def accuracy(self) -> float:
        return self.statements_correct / self.statements_total if self.statements_total else 1.0

    def meets_bars(self) -> bool:
        return (
            all(s.precision >= MENTION_BAR and s.recall >= MENTION_BAR for s in self.kinds.values())
            and self.accuracy >= STATEMENT_BAR
        )


def _check_prefix(kb: KnowledgeBase, file: str, record: dict[str, Any], errors: list[str]) -> None:
    starts = record.get("starts")
    info = kb.sources.get(file)
    if not starts or info is None:
        return
    paragraphs = info.article.paragraphs
    p = int(record["p"])
    drifted = not 1 <= p <= len(paragraphs) or not paragraphs[p - 1].text.startswith(starts[:20])
    if drifted and "s" not in record:
        errors.append(f"{file} p{p}: annotation no longer matches the text ({starts!r})")


def load_gold(folder: Path, kb: KnowledgeBase, errors: list[str]) -> Gold:
    gold = Gold()
    for path in sorted(folder.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        file = data["file"]
        gold.files.add(file)
        for record in data.get("paragraphs") or []:
            _check_prefix(kb, file, record, errors)
            for eid in record.get("entities") or []:
                if eid not in kb.entities:
                    errors.append(f"{path.name}: unknown id {eid!r}")
                gold.mentions.add((file, int(record["p"]), eid))
        for record in data.get("statements") or []:
            gold.statements[(file, int(record["p"]), int(record["s"]))] = record["speaker"]
    return gold


def evaluate(name: str, details: bool = False) -> Result:
    corpus, annotations = CORPORA[name]
    kb = build_knowledge_base(corpus, Problems())
    errors: list[str] = []
    gold = load_gold(annotations, kb, errors)
    # The gold annotates the body's paragraphs; a headline (paragraph 0) is not among them.
    predicted = {
        (m.source, m.paragraph, m.entity)
        for m in kb.mentions
        if m.source in gold.files and m.paragraph > 0
    }
    kinds = {kind: Score() for kind in KIND_NAMES}
    for pair in predicted | gold.mentions:
        kind = kb.entities[pair[2]].kind if pair[2] in kb.entities else "person"
        score = kinds[kind]
        if pair in predicted and pair in gold.mentions:
            score.tp += 1
        elif pair in predicted:
            score.fp += 1
            if details:
                errors.append(f"false mention {pair}")
        else:
            score.fn += 1
            if details:
                errors.append(f"missed mention {pair}")
    said = {
        (s.source, s.paragraph, s.sentence): s.speaker
        for s in kb.statements
        if s.source in gold.files
    }
    keys = set(said) | set(gold.statements)
    correct = sum(
        1 for k in keys if said.get(k) is not None and said.get(k) == gold.statements.get(k)
    )
    if details:
        for k in sorted(keys):
            if said.get(k) != gold.statements.get(k):
                errors.append(
                    f"statement {k}: predicted {said.get(k)}, gold {gold.statements.get(k)}"
                )
    wrong = sum(
        1
        for k in keys
        if said.get(k) is not None
        and gold.statements.get(k) is not None
        and said[k] != gold.statements[k]
    )
    return Result(
        name,
        {k: v for k, v in kinds.items() if v.tp + v.fp + v.fn},
        correct,
        len(keys),
        errors,
        wrong,
    )


def table(results: list[Result]) -> str:
    lines = ["| corpus | kind | pairs (gold) | precision | recall |", "|---|---|---:|---:|---:|"]
    for r in results:
        for kind, s in r.kinds.items():
            lines.append(
                f"| {r.corpus} | {kind} | {s.tp + s.fn} | {s.precision:.3f} | {s.recall:.3f} |"
            )
    lines += [
        "",
        "| corpus | statement sentences | attributed correctly | to the wrong person | accuracy |",
        "|---|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r.corpus} | {r.statements_total} | {r.statements_correct} | "
            f"{r.statements_wrong} | {r.accuracy:.3f} |"
        )
    return "\n".join(lines)
