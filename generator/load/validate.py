"""Turning the records of a YAML file into schema models, each error reported with its
file and line, in words a curator can act on."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from generator.errors import Problems
from generator.load.yamlio import PathKey, YamlDocument

T = TypeVar("T", bound=BaseModel)


def _describe(error: ErrorDetails) -> str:
    kind = error["type"]
    value = error.get("input")
    if kind == "extra_forbidden":
        key = str(error["loc"][-1])
        if value is None and " " in key.strip():
            # "{title: Ambassador to Barbados, the OECS and CARICOM}": YAML cut the value at
            # its commas and read each rest as a key with no value.
            return (
                f"unknown key '{key}': a comma inside an unquoted value in {{...}} cuts it "
                f"there; put the whole value in quotes"
            )
        return f"unknown key '{key}'; check its spelling or remove it"
    if kind == "missing":
        return f"missing required key '{error['loc'][-1]}'"
    if isinstance(value, bool):
        return (
            f"'{_loc(error['loc'])}' is the boolean {str(value).lower()}: YAML reads a bare "
            f"yes/no/on/off as true/false; put the word in quotes"
        )
    if kind.startswith("string_type"):
        got = f"{type(value).__name__} {value!r}"
        return f"'{_loc(error['loc'])}' must be text, got {got}; quote it"
    message = error["msg"].removeprefix("Value error, ")
    return f"'{_loc(error['loc'])}': {message} (got {value!r})"


def _loc(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc if not isinstance(part, int)) or "record"


def validate(
    cls: type[T], data: Any, doc: YamlDocument, base: PathKey, problems: Problems
) -> T | None:
    try:
        return cls.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            loc = tuple(part for part in error["loc"] if isinstance(part, (str, int)))
            # Errors from union members add the type name to the location; drop it.
            loc = tuple(p for p in loc if not (isinstance(p, str) and p[:1].isupper()))
            line = doc.line_of((*base, *loc))
            problems.error(doc.file, line, _describe(error))
        return None


def records(doc: YamlDocument | None, problems: Problems) -> list[tuple[int, Any]]:
    """The mappings of a YAML list, with their index; anything else is reported."""
    if doc is None or doc.data is None:
        return []
    if not isinstance(doc.data, list):
        problems.error(
            doc.file, doc.line_of(()), "expected a list of records, each starting with '- '"
        )
        return []
    out = []
    for index, item in enumerate(doc.data):
        if not isinstance(item, dict):
            problems.error(
                doc.file,
                doc.line_of((index,)),
                f"record at index {index} must be a mapping of key: value",
            )
            continue
        out.append((index, item))
    return out
