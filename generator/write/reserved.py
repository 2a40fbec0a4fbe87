"""The names the generator keeps for itself inside docs/; no page may be written over them."""

from __future__ import annotations

MANIFEST = ".generator-manifest.json"
JOURNAL = ".generator-journal.json"
LOCK = ".generator-lock"
STAGING = ".generator-staging"
RESERVED = {MANIFEST, JOURNAL, LOCK, STAGING, ".generator-replaced"}
