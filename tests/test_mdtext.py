from __future__ import annotations

from generator.site.commonmark import convert
from generator.site.markdown import escape, relative, safe_url


def html(text: str) -> str:
    """As the site renders the generator's pages."""
    return convert(text).html.strip()


def test_markup_in_text_is_shown_literally() -> None:
    raw = "<script>alert(1)</script> *bold* _x_ [a](b) | `code` {{ x }} {% y %} &amp; \\"
    out = html(str(escape(raw)))
    assert "<script>" not in out and "<em>" not in out and "<a " not in out
    assert "<code>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "*bold*" in out and "_x_" in out and "[a](b)" in out and "{{ x }}" in out
    assert "&amp;amp;" in out


def test_line_start_markup_is_literal() -> None:
    for raw in ("# not a heading", "- not a list", "1. not a list", "> not a quote", "---"):
        out = html(str(escape(raw)))
        assert out.replace("&gt;", ">") == f"<p>{raw}</p>", (raw, out)
        assert "<h1>" not in out and "<li>" not in out and "<blockquote>" not in out
        assert "<hr" not in out


def test_relative_links() -> None:
    assert relative("people/xi.md", "sources/a.md#p7") == "../sources/a.md#p7"
    assert relative("index.md", "people/xi.md") == "people/xi.md"
    assert relative("people/xi.md", "people/tokayev.md") == "tokayev.md"


def test_safe_url_cannot_break_the_link() -> None:
    assert safe_url("https://x.org/a (b)") == "https://x.org/a%20%28b%29"
