"""Faults while writing docs/ (kills, interrupts, full disks, read-only folders, races,
a tampered manifest or cache) leave docs/ as it was or as it should be, never half done;
the next build repairs what a kill left behind on its own."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.cli import main
from generator.write.docs import MANIFEST
from generator.write.journal import JOURNAL, LOCK, STAGING, recover
from tests.support import MINI, REPO, tree

ROOT_ONLY = pytest.mark.skipif(
    os.geteuid() != 0, reason="mounting a tmpfs needs root (CI runs as root)"
)


@pytest.fixture()
def built(tmp_path: Path) -> tuple[Path, Path]:
    corpus, docs = tmp_path / "corpus", tmp_path / "docs"
    shutil.copytree(MINI, corpus)
    docs.mkdir()
    (docs / "about.md").write_text("# About\n\nHand-written.\n")
    places = corpus / "entities" / "places.yml"
    places.write_text(places.read_text() + "\n- id: bergen\n  name: Bergen\n  type: city\n")
    assert main(["build", "--seeds", str(corpus), "--docs", str(docs), "--no-cache"]) == 0
    return corpus, docs


def _change(corpus: Path) -> None:
    """An edit that rewrites many pages and removes one (places/bergen.md)."""
    briefing = corpus / "briefing.yml"
    briefing.write_text(briefing.read_text().replace("Fjord Bridge talks", "Bridge talks"))
    places = corpus / "entities" / "places.yml"
    places.write_text(
        (MINI / "entities" / "places.yml").read_text().replace("Stockholm", "Stockholm city")
    )


def _pages(docs: Path) -> dict[str, bytes]:
    """The pages a reader sees: everything but the generator's own hidden files."""
    return {p: b for p, b in tree(docs).items() if not p.startswith(".generator-")}


def _expected(corpus: Path, tmp: Path, about: bool = True) -> dict[str, bytes]:
    docs = tmp / "expected-docs"
    docs.mkdir()
    if about:
        (docs / "about.md").write_text("# About\n\nHand-written.\n")
    assert main(["build", "--seeds", str(corpus), "--docs", str(docs), "--no-cache"]) == 0
    return _pages(docs)


_FAULTY_BUILD = textwrap.dedent("""
    import os, signal, sys
    from generator.write import journal
    from generator.cli import main
    at, how = int(sys.argv[1]), sys.argv[2]
    real, calls = os.replace, [0]
    def replace(src, dst):
        calls[0] += 1
        if calls[0] == at:
            if how == "kill":
                os.kill(os.getpid(), signal.SIGKILL)
            os.kill(os.getpid(), getattr(signal, "SIG" + how.upper()))
        real(src, dst)
    journal.os.replace = replace
    sys.exit(main(["build", "--seeds", sys.argv[3], "--docs", sys.argv[4], "--no-cache"]))
""")


def _faulty_build(at: int, how: str, corpus: Path, docs: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _FAULTY_BUILD, str(at), how, str(corpus), str(docs)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )


def _moves(
    corpus: Path, docs: Path, tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[int, dict[str, bytes]]:
    """How many renames the commit of this change makes, and the pages it gives (built
    on a copy of docs/)."""
    from generator.write import journal

    copy = tmp / "count-docs"
    shutil.copytree(docs, copy)
    calls = [0]
    real = os.replace

    def counting(src: object, dst: object) -> None:
        calls[0] += 1
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(journal.os, "replace", counting)
    assert main(["build", "--seeds", str(corpus), "--docs", str(copy), "--no-cache"]) == 0
    monkeypatch.setattr(journal.os, "replace", real)
    return calls[0], _pages(copy)


# The first rename, early, midway, late and the last: the journal's states.
@pytest.mark.parametrize("where", [0.0, 0.05, 0.5, 0.96, 1.0])
def test_a_kill_during_the_commit_is_repaired_by_the_next_build(
    built: tuple[Path, Path], tmp_path: Path, where: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, docs = built
    old = _pages(docs)
    _change(corpus)
    moves, new = _moves(corpus, docs, tmp_path, monkeypatch)
    assert moves > 10
    at = max(1, round(where * moves))
    result = _faulty_build(at, "kill", corpus, docs)
    assert result.returncode == -signal.SIGKILL
    # What the next run does first: finish the commit, or undo it. Either way docs/ is
    # whole again: the old pages or the new ones, never a mix.
    probe = tmp_path / "probe"
    shutil.copytree(docs, probe, symlinks=True)
    assert recover(probe) is not None
    assert _pages(probe) in (old, new)
    # The next build, with no flag, repairs docs/ and does its own work.
    assert main(["build", "--seeds", str(corpus), "--docs", str(docs), "--no-cache"]) == 0
    assert _pages(docs) == new
    assert not (docs / JOURNAL).exists() and not (docs / STAGING).exists()
    assert main(["clean", "--docs", str(docs)]) == 0
    assert _pages(docs) == {"about.md": b"# About\n\nHand-written.\n"}


@pytest.mark.parametrize(
    "how,code,where", [("int", 130, 0.0), ("int", 130, 0.5), ("int", 130, 1.0), ("term", 143, 0.5)]
)
def test_an_interrupt_during_the_commit_waits_for_it_to_finish(
    built: tuple[Path, Path],
    tmp_path: Path,
    how: str,
    code: int,
    where: float,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    corpus, docs = built
    _change(corpus)
    moves, new = _moves(corpus, docs, tmp_path, monkeypatch)
    at = max(1, round(where * moves))
    result = _faulty_build(at, how, corpus, docs)
    assert result.returncode == code, result.stderr
    assert "Interrupted; the pages being written were all written first" in result.stderr
    assert _pages(docs) == new
    assert not (docs / JOURNAL).exists() and not (docs / STAGING).exists()


def test_a_kill_while_staging_leaves_docs_as_it_was(built: tuple[Path, Path]) -> None:
    corpus, docs = built
    old = _pages(docs)
    _change(corpus)
    script = textwrap.dedent("""
        import os, signal, sys
        from generator.write import journal
        from generator.cli import main
        real, calls = journal.Staging.add, [0]
        def add(self, path, data):
            calls[0] += 1
            if calls[0] == 3:
                os.kill(os.getpid(), signal.SIGKILL)
            real(self, path, data)
        journal.Staging.add = add
        main(["build", "--seeds", sys.argv[1], "--docs", sys.argv[2], "--no-cache"])
    """)
    subprocess.run(
        [sys.executable, "-c", script, str(corpus), str(docs)], cwd=REPO, timeout=60, check=False
    )
    assert _pages(docs) == old and (docs / STAGING).exists()
    assert main(["build", "--seeds", str(corpus), "--docs", str(docs), "--no-cache"]) == 0
    assert not (docs / STAGING).exists()


def test_manifest_entries_outside_docs_are_never_touched(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    corpus, docs = built
    outside = tmp_path / "precious.txt"
    outside.write_text("keep me\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "x.md").write_text("keep me too\n")
    (docs / "linked").symlink_to(elsewhere)
    import hashlib

    digest = hashlib.sha256(b"keep me\n").hexdigest()
    manifest = json.loads((docs / MANIFEST).read_text())
    manifest["files"]["../precious.txt"] = digest
    manifest["files"][str(outside)] = digest
    manifest["files"]["linked/x.md"] = hashlib.sha256(b"keep me too\n").hexdigest()
    (docs / MANIFEST).write_text(json.dumps(manifest))
    assert main(["build", "--seeds", str(corpus), "--docs", str(docs), "--no-cache"]) == 0
    assert main(["clean", "--docs", str(docs)]) == 0
    assert outside.read_text() == "keep me\n"
    assert (elsewhere / "x.md").read_text() == "keep me too\n"


def test_a_lost_manifest_is_recovered(
    built: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    corpus, docs = built
    before = _pages(docs)
    (docs / MANIFEST).unlink()
    # Nothing changed: the pages on disk are exactly what would be written; adopted.
    assert main(["build", "--seeds", str(corpus), "--docs", str(docs), "--no-cache"]) == 0
    assert _pages(docs) == before and (docs / MANIFEST).exists()
    # Lost again, and the corpus changed: the one documented command is --force, which
    # keeps a copy of every file it replaces.
    (docs / MANIFEST).unlink()
    _change(corpus)
    capsys.readouterr()
    assert main(["build", "--seeds", str(corpus), "--docs", str(docs), "--no-cache"]) == 1
    err = capsys.readouterr().err
    assert "rerun with --force" in err
    assert (
        main(["build", "--seeds", str(corpus), "--docs", str(docs), "--no-cache", "--force"]) == 0
    )
    assert (docs / "about.md").read_text() == "# About\n\nHand-written.\n"
    kept = list((docs / ".generator-replaced").rglob("index.md"))
    assert kept and kept[0].read_bytes() == before["index.md"]


def test_same_size_same_mtime_edit_is_not_served_from_the_cache(tmp_path: Path) -> None:
    corpus, docs, cache = tmp_path / "corpus", tmp_path / "docs", tmp_path / "cache"
    shutil.copytree(MINI, corpus)
    args = ["build", "--seeds", str(corpus), "--docs", str(docs), "--cache", str(cache)]
    assert main(args) == 0
    article = corpus / "a_oslo_talks.txt"
    text = article.read_text()
    stat = article.stat()
    edited = text.replace("bridge", "BRIDGE", 1)
    assert len(edited) == len(text) and edited != text
    article.write_text(edited)
    os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # as cp -p / touch -r do
    assert article.stat().st_size == stat.st_size
    assert main(args) == 0
    page = next((docs / "sources").glob("a_oslo_talks*.md")).read_text()
    assert "BRIDGE" in page


def test_a_cache_of_the_wrong_shape_is_a_miss(tmp_path: Path) -> None:
    corpus, docs, cache = tmp_path / "corpus", tmp_path / "docs", tmp_path / "cache"
    shutil.copytree(MINI, corpus)
    args = ["build", "--seeds", str(corpus), "--docs", str(docs), "--cache", str(cache)]
    assert main(args) == 0
    expected = tree(docs)
    for i, path in enumerate(sorted((cache / "analysis").rglob("*.json"))):
        path.write_text(["[]", '{"mentions": 5}', '{"mentions": [[1]]}', "null"][i % 4])
    (cache / "articles.json").write_text('{"version": 2, "files": {"x": [], "y": {"stat": 1}}}')
    assert main(args) == 0
    (cache / "articles.json").write_text('{"version": 2, "files": []}')
    assert main(args) == 0
    assert tree(docs) == expected


def test_the_cache_deleted_mid_build_is_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator import cache as cache_module

    corpus, docs, cache = tmp_path / "corpus", tmp_path / "docs", tmp_path / "cache"
    shutil.copytree(MINI, corpus)
    real = cache_module.Cache.store_analysis

    def store_after_deletion(self: cache_module.Cache, key: str, data: object) -> None:
        shutil.rmtree(cache, ignore_errors=True)
        cache.write_text("not a folder any more")  # and something else in its place
        real(self, key, data)  # type: ignore[arg-type]

    monkeypatch.setattr(cache_module.Cache, "store_analysis", store_after_deletion)
    assert main(["build", "--seeds", str(corpus), "--docs", str(docs), "--cache", str(cache)]) == 0
    assert "the cache could not be written" in capsys.readouterr().err
    assert (docs / "index.md").exists()


def test_unused_cache_entries_are_pruned(tmp_path: Path) -> None:
    corpus, docs, cache = tmp_path / "corpus", tmp_path / "docs", tmp_path / "cache"
    shutil.copytree(MINI, corpus)
    args = ["build", "--seeds", str(corpus), "--docs", str(docs), "--cache", str(cache)]
    assert main(args) == 0
    stale = cache / "analysis" / "ff" / ("ff" * 32 + ".json")
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_text("{}")
    month_ago = time.time() - 30 * 86400
    os.utime(stale, (month_ago, month_ago))
    recent = stale.with_name("fe" * 32 + ".json")
    recent.write_text("{}")
    used = sorted(p for p in (cache / "analysis").rglob("*.json") if p not in (stale, recent))
    for path in used:
        os.utime(path, (month_ago, month_ago))
    assert main(args) == 0
    assert not stale.exists() and recent.exists()
    assert all(p.exists() for p in used)


def test_two_builds_at_once_take_turns(
    built: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    corpus, docs = built
    _change(corpus)
    fd = os.open(docs / LOCK, os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)
    timer = threading.Timer(1.0, lambda: os.close(fd))
    timer.start()
    started = time.monotonic()
    assert main(["build", "--seeds", str(corpus), "--docs", str(docs), "--no-cache"]) == 0
    timer.join()
    assert time.monotonic() - started >= 0.9
    assert "Waiting for another build to finish writing" in capsys.readouterr().err


def test_a_build_that_cannot_get_the_lock_gives_up_cleanly(built: tuple[Path, Path]) -> None:
    from generator.errors import WriteError
    from generator.write.docs import write_docs

    _, docs = built
    before = tree(docs)
    fd = os.open(docs / LOCK, os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        with pytest.raises(WriteError) as info:
            write_docs(docs, {"index.md": "x\n"}, lock_timeout=0.3)
        assert "another build is writing here" in info.value.problems[0].message
    finally:
        os.close(fd)
    assert tree(docs) == before


@pytest.fixture()
def tmpfs(tmp_path: Path) -> Iterator[tuple[Path, list[str]]]:
    """A folder to mount a tmpfs on; unmounted afterwards."""
    point = tmp_path / "mnt"
    point.mkdir()
    mounts: list[str] = []
    yield point, mounts
    for target in reversed(mounts):
        subprocess.run(["umount", target], check=False)


def _mount(point: Path, mounts: list[str], options: str) -> None:
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)], check=True)
    mounts.append(str(point))


@ROOT_ONLY
def test_docs_as_a_mount_point(tmpfs: tuple[Path, list[str]], tmp_path: Path) -> None:
    docs, mounts = tmpfs
    _mount(docs, mounts, "size=16m")
    corpus = tmp_path / "corpus"
    shutil.copytree(MINI, corpus)
    assert main(["build", "--seeds", str(corpus), "--docs", str(docs), "--no-cache"]) == 0
    _change(corpus)
    assert main(["build", "--seeds", str(corpus), "--docs", str(docs), "--no-cache"]) == 0
    assert _pages(docs) == _expected(corpus, tmp_path, about=False)
    assert main(["clean", "--docs", str(docs)]) == 0
    assert _pages(docs) == {}


@ROOT_ONLY
def test_read_only_docs_is_one_error(
    tmpfs: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs, mounts = tmpfs
    corpus = tmp_path / "corpus"
    shutil.copytree(MINI, corpus)
    _mount(docs, mounts, "size=16m")
    assert main(["build", "--seeds", str(corpus), "--docs", str(docs), "--no-cache"]) == 0
    before = tree(docs)
    subprocess.run(["mount", "-o", "remount,ro", str(docs)], check=True)
    _change(corpus)
    capsys.readouterr()
    assert main(["build", "--seeds", str(corpus), "--docs", str(docs), "--no-cache"]) == 1
    err = capsys.readouterr().err
    errors = [line for line in err.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "Read-only file system" in errors[0], err
    assert "Traceback" not in err
    assert tree(docs) == before


@ROOT_ONLY
def test_a_full_disk_is_one_error(
    tmpfs: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs, mounts = tmpfs
    corpus = tmp_path / "corpus"
    shutil.copytree(MINI, corpus)
    _mount(docs, mounts, "size=256k")
    assert main(["build", "--seeds", str(corpus), "--docs", str(docs), "--no-cache"]) == 0
    fd = os.open(docs / "filler.bin", os.O_WRONLY | os.O_CREAT)
    try:  # fill what is left
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    before = tree(docs)
    _change(corpus)
    capsys.readouterr()
    assert main(["build", "--seeds", str(corpus), "--docs", str(docs), "--no-cache"]) == 1
    err = capsys.readouterr().err
    errors = [line for line in err.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "No space left on device" in errors[0], err
    assert tree(docs) == before
