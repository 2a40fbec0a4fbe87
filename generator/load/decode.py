"""Turn an article's bytes into text, loudly: never silent mojibake.

UTF-8 (with or without a byte-order mark) is read as is; anything else is tried as
cp1252, then Latin-1, with a warning naming the encoding so the user can check.
"""

from __future__ import annotations

from dataclasses import dataclass

BOM = b"\xef\xbb\xbf"
# Control characters other than tab, newline and carriage return mark a binary file.
_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


class NotText(ValueError):
    """The bytes are not a text article."""


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    control = sum(head.count(bytes([b])) for b in _BINARY_BYTES)
    return control / len(head) > 0.01


def decode_article(data: bytes) -> Decoded:
    if looks_binary(data):
        raise NotText("looks like a binary file, not text; remove it or export it as .txt")
    warning = None
    if data.startswith(BOM):
        data = data[len(BOM) :]
        warning = "starts with a UTF-8 byte-order mark; it was removed"
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
            encoding = "cp1252"
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            encoding = "latin-1"
        warning = (
            f"is not UTF-8; read it as {encoding} (Windows/Western European). "
            "Check the page, and save the file as UTF-8 to silence this warning"
        )
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(text, encoding, warning)
