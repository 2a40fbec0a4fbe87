"""The exception tree and the problem list every stage reports into.

Stages never stop at the first mistake: they add a Problem and go on, so the user
sees every mistake in one run. The CLI prints them and exits 1 if any is an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning", "note"]


class GeneratorError(Exception):
    """Base of every error the generator raises on purpose."""


class InputError(GeneratorError):
    """The user's input is wrong; the problems say where and how to fix it."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the input")
        self.problems = problems


class WriteError(GeneratorError):
    """Writing docs/ would lose or clobber something; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) writing the output")
        self.problems = problems


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int | None
    message: str
    severity: Severity = "error"

    def format(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        label = {"error": "Error", "warning": "Warning", "note": "Note"}[self.severity]
        return f"{label}: {where}: {self.message}"


@dataclass
class Problems:
    """Collects problems in the order found; errors and warnings alike."""

    items: list[Problem] = field(default_factory=list)

    def add(
        self, file: Path | str, line: int | None, message: str, severity: Severity = "error"
    ) -> None:
        self.items.append(Problem(str(file), line, message, severity))

    def error(self, file: Path | str, line: int | None, message: str) -> None:
        self.add(file, line, message, "error")

    def warning(self, file: Path | str, line: int | None, message: str) -> None:
        self.add(file, line, message, "warning")

    def note(self, file: Path | str, line: int | None, message: str) -> None:
        self.add(file, line, message, "note")

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity == "error"]

    def raise_if_errors(self) -> None:
        if self.errors:
            raise InputError(self.items)
