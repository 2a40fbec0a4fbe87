"""Briefing-site generator: news articles plus curated YAML in, a cross-linked MkDocs site out."""

from __future__ import annotations

__version__ = "0.1.0"
