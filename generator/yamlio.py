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


def _walk(node: yaml.Node, path: PathKey, lines: dict[PathKey, int], file: Path,
          problems: Problems) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in seen:
                problems.error(file, line, f"duplicate key '{key}' (first at line {seen[key]}); "
                               "keep one of them")
            seen.setdefault(key, line)
            _walk(value_node, (*path, key), lines, file, problems)
            lines[(*path, key)] = line
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), lines, file, problems)


def _mark_line(exc: yaml.MarkedYAMLError) -> tuple[int | None, str]:
    mark = exc.problem_mark or exc.context_mark
    if mark is None:
        return None, ""
    return mark.line + 1, f" (column {mark.column + 1})"


def load_yaml(file: Path, problems: Problems) -> YamlDocument | None:
    """Parse one YAML file; on failure add a problem and return None."""
    try:
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
        _walk(node, (), lines, file, problems)
        data = loader.construct_document(node)
    except yaml.constructor.ConstructorError as exc:
        line, column = _mark_line(exc)
        tag = exc.problem or "unknown tag"
        problems.error(file, line, f"{tag}{column}: only plain YAML is allowed here "
                       "(remove the '!!' tag)")
        return None
    except yaml.MarkedYAMLError as exc:
        line, column = _mark_line(exc)
        what = exc.problem or "invalid YAML"
        problems.error(file, line, f"YAML syntax error{column}: {what}; "
                       "check indentation, colons and quotes")
        return None
    except yaml.YAMLError as exc:
        problems.error(file, None, f"YAML error: {exc}")
        return None
    finally:
        loader.dispose()
    return YamlDocument(file, data, lines)
