"""A corpus whose every field tries to script the site: titles, names, file names, YAML.

Each payload carries the canary `XSS` so that a check over the built HTML can tell
corpus text from the theme's own markup. File names cannot hold a slash, so theirs
avoid closing tags.
"""

from __future__ import annotations

from pathlib import Path

CANARY = "XSS"
TITLE_BREAK = "</title><script>alert('XSS1')</script>"
IMG = "<img src=x onerror=alert('XSS2')>"
SVG = "<svg onload=alert('XSS3')>"
JS_LINK = "[click](javascript:alert('XSS4'))"
ATTR_BREAK = "\"><script>alert('XSS5')</script>"
PRE_ESCAPED = "&lt;script&gt;alert('XSS6')&lt;/script&gt;"

# A newline and markup in a file name (case 3 of the hostile-input issue).
FILE_NAMES = [
    f"b_file\n{IMG}.txt",
    f"c_file {SVG} {JS_LINK}.txt",
]


def _q(text: str) -> str:
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_xss_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "entities").mkdir(exist_ok=True)
    # Style 3 header: a title line, then a wire dateline; the title comes from the text.
    (folder / "a_title.txt").write_text(
        f"Talks end {TITLE_BREAK} {PRE_ESCAPED}\n\n"
        "OSLO, May 2, 2024 /Wire/ -- Minister Alma Vos said the talks went well, "
        f"and {IMG} stays text.\n\n"
        f"Vos met Ruritania's envoy. {ATTR_BREAK} {SVG}\n",
        encoding="utf-8",
    )
    for name in FILE_NAMES:
        (folder / name).write_text(
            "2024.05.03 09:00 GMT+0\n\nA second article\n\n"
            "Minister Alma Vos said Ruritania would sign on Friday.\n",
            encoding="utf-8",
        )
    (folder / "d_yaml_title.txt").write_text(
        "Ruritania and Vos agreed on a plan, officials said.\n", encoding="utf-8"
    )
    (folder / "briefing.yml").write_text(
        f"title: {_q('Briefing ' + IMG + ' ' + TITLE_BREAK)}\n"
        f"summary: {_q('Summary ' + ATTR_BREAK + ' ' + SVG)}\n"
        "focus:\n  people: [alma-vos]\n  events: [vos-talks]\n"
        "outcomes:\n"
        f'  - id: plan\n    label: {_q("A plan " + IMG)}\n    match: ["agreed on a plan"]\n',
        encoding="utf-8",
    )
    (folder / "sources.yml").write_text(
        f"- file: d_yaml_title.txt\n  title: {_q('Yaml title ' + TITLE_BREAK + ' ' + IMG)}\n"
        f"  publisher: {_q('Press ' + SVG)}\n  date: 2024-05-04\n",
        encoding="utf-8",
    )
    (folder / "entities" / "people.yml").write_text(
        "- id: alma-vos\n"
        f"  name: {_q('Alma Vos ' + TITLE_BREAK)}\n"
        "  aliases: [Vos, Minister Alma Vos, Alma Vos]\n"
        f"  summary: {_q('Summary ' + IMG + ' ' + JS_LINK)}\n"
        "  country: ruritania\n"
        f"  roles:\n    - {{title: {_q('Minister ' + SVG)}, country: ruritania}}\n",
        encoding="utf-8",
    )
    (folder / "entities" / "countries.yml").write_text(
        "- id: ruritania\n"
        f"  name: {_q('Ruritania ' + ATTR_BREAK)}\n"
        "  aliases: [Ruritania]\n"
        f"  official_name: {_q(PRE_ESCAPED)}\n",
        encoding="utf-8",
    )
    (folder / "entities" / "events.yml").write_text(
        "- id: vos-talks\n"
        f"  name: {_q('Vos talks ' + TITLE_BREAK)}\n"
        f"  type: {_q('talks ' + IMG)}\n"
        "  start: 2024-05-02\n  participants: [alma-vos]\n  host: ruritania\n",
        encoding="utf-8",
    )
    return folder
