from __future__ import annotations

import os
import zipfile
from pathlib import Path

from generator.site.bundle import write_zip


def test_zip_is_byte_identical_whatever_the_file_times(tmp_path: Path) -> None:
    site = tmp_path / "briefing-offline"
    (site / "people").mkdir(parents=True)
    (site / "index.html").write_text("home")
    (site / "people" / "a.html").write_text("a")
    write_zip(site, tmp_path / "one.zip")
    os.utime(site / "index.html", (1, 1))
    write_zip(site, tmp_path / "two.zip")
    assert (tmp_path / "one.zip").read_bytes() == (tmp_path / "two.zip").read_bytes()
    with zipfile.ZipFile(tmp_path / "one.zip") as z:
        assert z.namelist() == ["briefing-offline/index.html", "briefing-offline/people/a.html"]
