"""The lock in docs/ that lets one build write there at a time."""

from __future__ import annotations

import contextlib
import fcntl
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from generator.errors import Problem, WriteError
from generator.write.reserved import LOCK


@contextlib.contextmanager
def docs_lock(docs: Path, timeout: float) -> Iterator[None]:
    """One writer at a time; a second build waits up to `timeout` seconds, then gives up."""
    fd = os.open(docs / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise WriteError(
                        [
                            Problem(
                                str(docs),
                                None,
                                "another build is writing "
                                "here and did not finish in time; try again "
                                "when it is done",
                            )
                        ]
                    ) from None
                if not told:
                    print(
                        f"Waiting for another build to finish writing {docs}/ ...", file=sys.stderr
                    )
                    told = True
                time.sleep(0.1)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
