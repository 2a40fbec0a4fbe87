"""Extraction: mentions, statements, dates and fact groups from parsed articles."""
