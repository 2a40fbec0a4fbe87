"""Corpus text that reaches a page's front matter, the navigation settings or a picture
file stays well-formed: any alias in the YAML tags, any name in an SVG file."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pathspec
import yaml
from mkdocs.utils.meta import get_data

from generator.site.navigation import not_in_nav
from generator.site.svg import label, picture_file, text
from generator.site.templates import _yaml_list

ODD = [
    "Xi 😀 𠮷",  # beyond U+FFFF: JSON writes surrogate pairs, which YAML refuses
    'quote " and \\ backslash',
    "new\nline",
    "---",
    "key: value",
    "No",
    "<script>alert(1)</script>",
    "tab\there",
    "C1\x85control",
]


def test_aliases_of_any_kind_round_trip_through_the_front_matter() -> None:
    tags = str(_yaml_list(ODD))
    assert yaml.safe_load(tags) == ODD
    body, meta = get_data(f"---\ntags: {tags}\n---\n# Page\n")
    assert meta == {"tags": ODD}
    assert body.strip() == "# Page"


def test_a_picture_file_stays_xml_whatever_the_names() -> None:
    name = "Kassym-Jomart\x08 Tokayev\x00 \ufffe<b>"
    assert text(name) == "Kassym-Jomart Tokayev &lt;b&gt;"
    svg = picture_file([label(name, 10, 10, "start")], (100, 50), name, name)
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")


def test_mention_pages_are_out_of_the_navigation() -> None:
    spec = pathspec.PathSpec.from_lines("gitignore", not_in_nav())
    assert spec.match_file("people/xi-jinping/mentions.md")
    assert spec.match_file("people/xi-jinping/mentions-3.md")
    assert spec.match_file("people/xi-jinping.md")
    assert not spec.match_file("index.md")
