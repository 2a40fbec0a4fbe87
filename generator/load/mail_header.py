"""An e-mail saved as text ("From: ...", "To: ...", "Date: ...", "Subject: ..." on top): the
subject is its title, the sender's name its publisher, the date its date."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

_LINE = re.compile(r"^(From|To|Cc|Bcc|Date|Sent|Subject|Reply-To):\s*(.*)$", re.IGNORECASE)
_SENDER = re.compile(r'^\s*"?([^"<@]+?)"?\s*<[^>]+>\s*$')
_FORWARDED = re.compile(r"^(?:(?:Fwd?|Re|AW|WG|TR):\s*)+", re.IGNORECASE)


def take_mail_header(text: str) -> tuple[dict[str, str] | None, str]:
    """The fields of the mail header lines on top of `text` (two or more, with a sender
    or a subject) and the text after them; (None, text) when it does not open so."""
    fields: dict[str, str] = {}
    lines = text.lstrip("\ufeff").splitlines()
    at = 0
    while at < len(lines) and (m := _LINE.match(lines[at].strip())):
        fields[m.group(1).lower()] = m.group(2).strip()
        at += 1
    if len(fields) < 2 or not {"from", "subject"} & fields.keys():
        return None, text
    return fields, "\n".join(lines[at:])


def subject(fields: dict[str, str]) -> str | None:
    return _FORWARDED.sub("", fields.get("subject", "")).strip() or None


def sender(fields: dict[str, str]) -> str | None:
    """ "The Ocean Ledger <editor@...>": the name, not the address."""
    m = _SENDER.match(fields.get("from", ""))
    return m.group(1).strip() if m else None


def sent(fields: dict[str, str]) -> dt.date | None:
    value = fields.get("date") or fields.get("sent")
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None
