"""Fold text for matching without moving any character.

Matching must report spans in the original text, so folding maps each character to
exactly one character: curly quotes to straight ones, dashes to '-', odd spaces to ' '.
"""

from __future__ import annotations

_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2032": "'",
        "`": "'",
        "\u02bb": "'",
        "\u02bc": "'",  # the ʻokina and the modifier apostrophe
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2007": " ",
    }
)


def fold_punctuation(text: str) -> str:
    """Same length as `text`; quotes, dashes and spaces in their plain ASCII form."""
    return text.translate(_FOLD)


def lower_same_length(text: str) -> str:
    """Lowercase `text` keeping every index in place (a few letters grow when lowered)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def fold(text: str) -> str:
    return lower_same_length(fold_punctuation(text))
