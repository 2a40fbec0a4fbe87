"""Read curated YAML safely, keeping the line of every value for error messages.

PyYAML's SafeLoader refuses `!!python/...` tags; on top of it we record where each
key and item sits (so schema errors can say FILE:LINE) and refuse duplicate keys,
which plain PyYAML silently lets the last one win.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.errors import Problems

PathKey = tuple[str | int, ...]
# libyaml's parser when PyYAML has it (same safe constructor, several times faster).
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class YamlDocument:
    file: Path
    data: Any
    lines: dict[PathKey, int]

    def line_of(self, path: PathKey) -> int | None:
        """Line of the deepest known node on `path` (1-based)."""
        for cut in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:cut]))
            if line is not None:
                return line
        return None


# Curated YAML is a few levels deep; anything deeper is a mistake or an attack, and
# PyYAML's constructor recurses once per level.
MAX_DEPTH = 50
MAX_BYTES = 20 * 1024 * 1024


class _Refused(Exception):
    """The document is valid YAML that curated files must not use; already reported."""


def _walk(root: yaml.Node, lines: dict[PathKey, int], file: Path, problems: Problems) -> None:
    """Record the line of every key and item; refuse aliases and runaway nesting.

    An alias (`*name`) makes the composer share one node between several places, so a
    document of a few lines can expand to billions of values (the "billion laughs"): any
    node met twice is refused before anything is expanded.
    """
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, PathKey]] = [(root, ())]
    while stack:
        node, path = stack.pop()
        line = node.start_mark.line + 1
        if id(node) in seen:
            problems.error(
                file,
                line,
                "the value defined here (&anchor) is reused through an "
                "alias (*name); aliases are not allowed in curated files: write "
                "each value out in full",
            )
            raise _Refused
        seen.add(id(node))
        if len(path) > MAX_DEPTH:
            problems.error(
                file,
                line,
                f"nested more than {MAX_DEPTH} levels deep; curated "
                "records are a few levels deep: check the brackets and indentation",
            )
            raise _Refused
        lines.setdefault(path, line)
        if isinstance(node, yaml.MappingNode):
            keys: dict[str, int] = {}
            children: list[tuple[yaml.Node, PathKey]] = []
            for key_node, value_node in node.value:
                key = str(key_node.value)
                key_line = key_node.start_mark.line + 1
                if key in keys:
                    problems.error(
                        file,
                        key_line,
                        f"duplicate key '{key}' (first at line {keys[key]}); keep one of them",
                    )
                keys.setdefault(key, key_line)
                lines[(*path, key)] = key_line
                children.append((value_node, (*path, key)))
            stack.extend(reversed(children))  # so that problems come in document order
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(
                reversed([(item, (*path, index)) for index, item in enumerate(node.value)])
            )


def _mark_line(exc: yaml.MarkedYAMLError) -> tuple[int | None, str]:
    mark = exc.problem_mark or exc.context_mark
    if mark is None:
        return None, ""
    return mark.line + 1, f" (column {mark.column + 1})"


def load_yaml(file: Path, problems: Problems) -> YamlDocument | None:
    """Parse one YAML file; on failure add a problem and return None."""
    try:
        if file.stat().st_size > MAX_BYTES:
            problems.error(
                file,
                None,
                f"larger than {MAX_BYTES // 2**20} MB; curated YAML is "
                "small: check that this is the right file",
            )
            return None
        text = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.error(file, None, f"not valid UTF-8 (byte {exc.start}); save it as UTF-8")
        return None
    except OSError as exc:
        problems.error(file, None, f"cannot read the file: {exc.strerror}")
        return None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return YamlDocument(file, None, {})
        lines: dict[PathKey, int] = {}
        # Duplicate keys are reported by _walk; the rest of the file is still checked.
        _walk(node, lines, file, problems)
        data = loader.construct_document(node)
    except _Refused:
        return None
    except RecursionError:
        problems.error(
            file,
            None,
            f"nested too deeply to read (more than {MAX_DEPTH} levels); "
            "check the brackets and indentation",
        )
        return None
    except yaml.constructor.ConstructorError as exc:
        line, column = _mark_line(exc)
        tag = exc.problem or "unknown tag"
        problems.error(
            file, line, f"{tag}{column}: only plain YAML is allowed here (remove the '!!' tag)"
        )
        return None
    except yaml.MarkedYAMLError as exc:
        line, column = _mark_line(exc)
        what = exc.problem or "invalid YAML"
        problems.error(
            file, line, f"YAML syntax error{column}: {what}; check indentation, colons and quotes"
        )
        return None
    except yaml.YAMLError as exc:
        problems.error(file, None, f"YAML error: {exc}")
        return None
    finally:
        loader.dispose()
    return YamlDocument(file, data, lines)
