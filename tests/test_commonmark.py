"""The generator's pages as HTML (generator/site/commonmark.py, page_render.py): the same
elements, ids and table of contents Python-Markdown's extensions gave, and the same URLs
MkDocs would have written."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.structure.files import File

from generator.site.commonmark import convert
from generator.site.generated import MARK
from generator.site.navigation import nav
from generator.site.page_render import _parts, _relative, _toc_depth, for_search
from tests.support import mkdocs_build


def test_markers_give_their_element_ids_classes_and_attributes() -> None:
    out = convert(
        "Some text \\* kept. <!-- {#p7} -->\n\n"
        "## Key statements <!-- {data-search-exclude} -->\n\n"
        "### July 3, 2024 <!-- {#d2024-07-03 data-search-exclude} -->\n\n"
        "A lead. <!-- {.lead} -->\n"
    ).html
    assert '<p id="p7">Some text * kept.</p>' in out
    assert '<h2 data-search-exclude id="key-statements">Key statements<a class="headerlink"' in out
    assert '<h3 id="d2024-07-03" data-search-exclude>July 3, 2024<a class="headerlink"' in out
    assert '<p class="lead">A lead.</p>' in out
    assert "<!--" not in out


def test_a_marker_inside_a_quote_or_a_list_item() -> None:
    out = convert("> ¶1 *Photo:* A caption. <!-- {#p1} -->\n\n- ¶2 A bullet. <!-- {#p2} -->\n").html
    assert '<blockquote>\n<p id="p1">' in out
    assert '<li id="p2">¶2 A bullet.</li>' in out


def test_headings_get_the_toc_extensions_slugs_and_a_table_of_contents() -> None:
    out = convert(
        "# Xi & Tokayev\n\n<!-- toc -->\n\n## Key statements\n\n### Détails\n\n## Key statements\n"
    )
    assert out.title == "Xi &amp; Tokayev"  # as HTML, as MkDocs keeps it
    assert [t["id"] for t in out.toc] == ["key-statements", "key-statements_1"]
    assert out.toc[0]["children"][0]["id"] == "details"
    assert '<div class="toc">' in out.html and '<a href="#details">Détails</a>' in out.html
    assert {"xi-tokayev", "key-statements", "key-statements_1", "details"} <= out.ids


def test_raw_html_blocks_and_tables() -> None:
    out = convert(
        '<details class="note">\n<summary>3 more</summary>\n\n- one\n- two\n\n</details>\n\n'
        "## After\n\n| Name | Sources |\n|---|---:|\n| A | 2 |\n"
    ).html
    assert '<details class="note">\n<summary>3 more</summary>\n<ul>\n<li>one</li>' in out
    assert '<h2 id="after">' in out  # the heading after the folded block is one
    assert '<td style="text-align: right">2</td>' in out


def test_corpus_text_stays_text() -> None:
    # The generator escapes corpus text for Markdown; what it typed comes out as typed.
    out = convert(
        "1\\. not a list, \\<b\\> &lt;i&gt; \\[x\\](y) \\~\\~z\\~\\~ www.example.org\n"
    ).html
    assert "<b>" not in out and "<i>" not in out and "<ol>" not in out
    assert "<del>" not in out and "<a " not in out
    assert out == "<p>1. not a list, &lt;b&gt; &lt;i&gt; [x](y) ~~z~~ www.example.org</p>\n"


@pytest.mark.parametrize("directory_urls", [True, False])
def test_relative_urls_are_the_ones_mkdocs_writes(directory_urls: bool) -> None:
    paths = [
        "index.md",
        "timeline.md",
        "people/index.md",
        "people/xi.md",
        "people/xi/mentions.md",
        "sources/a.md",
        "assets/pictures/people/xi.svg",
    ]
    files = [File(p, "/docs", "/site", directory_urls) for p in paths]
    for page in files:
        for target in files:
            ours = _relative(_parts(page.url)[:-1], target.url)
            assert ours.rstrip("/") == target.url_relative_to(page).rstrip("/"), (page, target)


def test_the_toc_depth_setting_is_read_as_mkdocs_yml_writes_it() -> None:
    assert _toc_depth({"mdx_configs": {"toc": {"toc_depth": "2-3"}}}) == (2, 3)
    assert _toc_depth({"mdx_configs": {"toc": {"toc_depth": 4}}}) == (1, 4)
    assert _toc_depth({"mdx_configs": {"toc": {"toc_depth": "4"}}}) == (1, 4)
    assert _toc_depth({}) == (2, 3)


def test_every_raw_html_block_of_the_pages_stands_apart(seeds_site: tuple[Path, Path]) -> None:
    """CommonMark ends an HTML block only at a blank line: a heading right after
    </details> would be swallowed into it."""
    docs, _ = seeds_site
    for page in docs.rglob("*.md"):
        lines = page.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            if line in ("</details>", "</div>") and i + 1 < len(lines):
                assert lines[i + 1] == "", (page, i)
            if line.startswith(("<details", '<div class="')) and i and lines[i - 1] != "---":
                assert lines[i - 1] == "", (page, i)


def test_a_generated_page_and_a_hand_written_one_in_one_strict_build(tmp_path: Path) -> None:
    """The generator's page is converted here, its links made URLs; a hand-written page
    keeps Python-Markdown (its attr_list syntax works); a link to nothing fails --strict."""
    docs = tmp_path / "docs"
    (docs / "people").mkdir(parents=True)
    (docs / "index.md").write_text(f"{MARK}\n# Home\n\n[Xi](people/xi.md#p1)\n", encoding="utf-8")
    (docs / "people" / "xi.md").write_text(
        f"{MARK}\n# Xi\n\n[Home](../index.md) ¶1 <!-- {{#p1}} -->\n", encoding="utf-8"
    )
    (docs / "notes.md").write_text("# Notes\n\nMine.\n{: #mine }\n", encoding="utf-8")
    _sections_of_the_nav(docs)
    mkdocs_build(tmp_path, docs, tmp_path / "site")
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert 'href="people/xi/#p1"' in home
    xi = (tmp_path / "site" / "people" / "xi" / "index.html").read_text(encoding="utf-8")
    assert '<p id="p1">' in xi and 'href="../../"' in xi
    assert '<p id="mine">' in (tmp_path / "site" / "notes" / "index.html").read_text("utf-8")
    (docs / "people" / "xi.md").write_text(f"{MARK}\n# Xi\n\n[Gone](gone.md)\n", encoding="utf-8")
    with pytest.raises(AssertionError, match=r"gone\.md"):
        mkdocs_build(tmp_path, docs, tmp_path / "site2")


def _sections_of_the_nav(docs: Path) -> None:
    """A page for each section the navigation names, where there is none yet."""
    for entry in nav():
        for page in entry.values():
            if not (docs / page).exists():
                (docs / page).parent.mkdir(parents=True, exist_ok=True)
                (docs / page).write_text(f"{MARK}\n# Section\n", encoding="utf-8")


def _sections(body: str) -> list[tuple[str | None, str, str]]:
    """What Material's search parser indexes of a page: (id, title, text) per section."""
    from material.plugins.search.plugin import Parser  # type: ignore[import-untyped]

    parser = Parser()
    parser.feed(body)
    parser.close()
    return [(s.id, "".join(s.title), "".join(s.text)) for s in parser.data if not s.is_excluded()]


def test_search_reads_the_same_from_the_page_without_its_unindexed_parts(
    seeds_site: tuple[Path, Path],
) -> None:
    docs, _ = seeds_site
    pages = ["people/xi-jinping.md", "index.md", "timeline.md", "sources/index.md"]
    pages += [p.relative_to(docs).as_posix() for p in sorted(docs.glob("sources/0*.md"))[:2]]
    for page in pages:
        body = convert((docs / page).read_text(encoding="utf-8").split(MARK, 1)[1]).html
        assert _sections(for_search(body)) == _sections(body), page
        assert len(for_search(body)) <= len(body)
    assert 'id="what-the-sources-say"' not in for_search(
        convert((docs / "people/xi-jinping.md").read_text("utf-8").split(MARK, 1)[1]).html
    )


def test_corpus_text_that_quotes_markup_is_not_read_as_markup() -> None:
    from generator.site.markdown import escape

    quoted = escape('The page said <a href="../people/xi.md"> and id="mentions" there.')
    out = convert(f"{quoted}\n\n## Mentions\n\n{escape('~~~ not a fence')}\n").html
    assert '<h2 id="mentions">' in out  # the quoted id took no slug
    assert "<pre>" not in out and "~~~ not a fence" in out
    assert "mentions" not in convert(f"{quoted}\n").ids


def test_an_anchor_link_to_nothing_fails_a_strict_build(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    _sections_of_the_nav(docs)
    (docs / "people" / "xi.md").write_text(f"{MARK}\n# Xi\n\nText. <!-- {{#p1}} -->\n", "utf-8")
    (docs / "index.md").write_text(f"{MARK}\n# Home\n\n[Xi](people/xi.md#p1)\n", "utf-8")
    mkdocs_build(tmp_path, docs, tmp_path / "site")
    (docs / "index.md").write_text(f"{MARK}\n# Home\n\n[Xi](people/xi.md#p9)\n", "utf-8")
    with pytest.raises(AssertionError, match="does not contain an anchor '#p9'"):
        mkdocs_build(tmp_path, docs, tmp_path / "site2")
    (docs / "index.md").write_text(f"{MARK}\n# Home\n\n[Here](#nowhere)\n", "utf-8")
    with pytest.raises(AssertionError, match="no such anchor on this page"):
        mkdocs_build(tmp_path, docs, tmp_path / "site3")


def test_search_reads_a_tables_cells_as_words_apart() -> None:
    """Material's search joins the text between tags as it comes: cells written one after
    another would index as "Chinacountry"."""
    body = convert("| Name | Role |\n|---|---:|\n| China | country |\n| Xi | person |\n").html
    text = " ".join(text for _, _, text in _sections(body))
    assert text.split() == ["Name", "Role", "China", "country", "Xi", "person"]
