"""Absolute date strings → ``datetime.date`` (own code, no heavy parser at import time)."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_WD = r"(?:(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?,?\s+)?"

DATE_PATTERNS = [
    re.compile(r"\b" + _YEAR + r"-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
    re.compile(r"\b" + _YEAR + r"/(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)\b"),
    re.compile(r"\b" + _WD + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", re.I),
    re.compile(r"\b" + _WD + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b", re.I),
]
MONTH_DAY = re.compile(r"\b" + _WD + _MONTH + r"\s+" + _DAY + r"\b(?!,?\s+(?:1[89]|20)\d\d)", re.I)


def _build(m: re.Match[str]) -> date | None:
    gd = m.groupdict()
    month = int(gd["mnum"]) if gd.get("mnum") else MONTHS[gd["month"].lower().rstrip(".")]
    try:
        return date(int(gd["year"]), month, int(gd["day"]))
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, int, date]]:
    """Every full date (with year) in ``text`` as (start, end, date), in order, no overlaps."""
    found: list[tuple[int, int, date]] = []
    for pat in DATE_PATTERNS:
        for m in pat.finditer(text):
            d = _build(m)
            if d and not any(s < m.end() and m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), d))
    return sorted(found)


def parse_date(text: str) -> date | None:
    """The first full date in ``text``, or None."""
    dates = find_dates(text)
    return dates[0][2] if dates else None


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a year-less date such as "March 3" in ``text``."""
    m = MONTH_DAY.search(text)
    if not m:
        return None
    month, day = MONTHS[m.group("month").lower().rstrip(".")], int(m.group("day"))
    return (month, day) if 1 <= day <= 31 else None
