"""Site settings that come from the corpus, for the MkDocs hooks and the PDF: the site's
name and description, the build date (the newest article's, so rebuilds are identical),
and what a cover states: the period the sources cover and how many there are."""

from __future__ import annotations

import json

from generator.site.site import Pages, Site

SITE_META = ".generator-site.json"


def emit(site: Site) -> Pages:
    dates = [s.date for s in site.kb.sources.values() if s.date]
    meta = {
        "site_name": site.kb.briefing.title,
        "site_description": site.kb.briefing.summary,
        "build_date": max(dates).isoformat() if dates else None,
        "first_date": min(dates).isoformat() if dates else None,
        "sources": len(site.kb.sources),
    }
    return {SITE_META: json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n"}
