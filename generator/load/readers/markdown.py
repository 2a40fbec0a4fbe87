"""Markdown articles: the text without its markup, the first `# heading` as the title.

Only what news copy in Markdown uses is undone: front matter, headings, emphasis,
links and images, block quotes, horizontal rules. The text itself is not rendered:
HTML in it stays literal text, as everywhere else.
"""

from __future__ import annotations

import re

from generator.load.readers.document import Document

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_EMPHASIS = re.compile(
    r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"
    r"|(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\3(?![\w*])"
)
_QUOTE = re.compile(r"^\s*>\s?")


def _inline(text: str) -> str:
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    for _ in range(2):  # **bold *italic* inside**
        text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(4), text)
    return text


def read_markdown(text: str) -> Document:
    text = _FRONT_MATTER.sub("", text)
    title = None
    out: list[str] = []
    for line in text.split("\n"):
        if _RULE.match(line):
            out.append("")
            continue
        heading = _HEADING.match(line)
        if heading:
            words = _inline(heading.group(2))
            if heading.group(1) == "#" and title is None and not any(s.strip() for s in out):
                title = words
                continue
            out.extend(["", words, ""])  # a heading is a paragraph of its own
            continue
        out.append(_inline(_QUOTE.sub("", line)))
    return Document("\n".join(out), "md", title=title)
