"""Time expression text → TimeML-style value with an earliest–latest interval.

Relative expressions are resolved against an anchor date (the publication date) using the
tense of the governing verb ("past" / "future")."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .parse import MONTHS, WEEKDAYS, find_dates

NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "several": 3, "few": 3, "a few": 3, "fifteen": 15, "twenty": 20, "thirty": 30}  # fmt: skip
UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "hour": "H",
         "minute": "MIN"}


@dataclass(frozen=True)
class Norm:
    type: str  # DATE | TIME | DURATION | SET
    value: str
    earliest: date | None = None
    latest: date | None = None
    granularity: str = "unknown"


def _month_bounds(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _week(d: date) -> tuple[str, date, date]:
    y, w, _ = d.isocalendar()
    start = d - timedelta(days=d.weekday())
    return f"{y}-W{w:02d}", start, start + timedelta(days=6)


def _day(d: date) -> Norm:
    return Norm("DATE", d.isoformat(), d, d, "day")


_NUM = r"(?P<n>\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")"
AGO = re.compile(_NUM + r"\s+(?P<unit>day|week|month|year|decade)s?\s+ago", re.I)
LAST_NEXT = re.compile(r"\b(?P<dir>last|past|previous|next|coming|this)\s+(?P<unit>week|month|year|weekend)\b", re.I)
DURATION = re.compile(r"^(?:(?:the\s+)?(?:past|last|next|first)\s+)?" + _NUM + r"\s+(?P<unit>day|week|month|year|decade|hour|minute)s?$", re.I)
YEAR = re.compile(r"\b(?P<y>(?:1[89]|20)\d\d)\b")
DECADE = re.compile(r"\b(?:the\s+)?(?P<y>(?:1[89]|20)\d)0s\b")
MODIFIER = re.compile(r"\b(?P<mod>early|mid|late|end of|beginning of|start of)\b[\s-]*", re.I)


def normalize(text: str, anchor: date | None, tense: str = "past") -> Norm | None:
    """Normalise one expression; None when it is not a time expression we can value."""
    t = " ".join(text.split())
    low = t.lower()
    if anchor is not None:
        if low in ("today", "this morning", "this afternoon", "this evening", "tonight", "now"):
            return _day(anchor) if low != "now" else Norm("DATE", "PRESENT_REF", anchor, anchor, "day")
        if low in ("yesterday", "last night"):
            return _day(anchor - timedelta(days=1))
        if low == "tomorrow":
            return _day(anchor + timedelta(days=1))
    full = find_dates(t)
    if full:
        return _day(full[0][2])
    m = AGO.search(t)
    if m and anchor is not None:
        n = int(m["n"]) if m["n"].isdigit() else NUMBERS[m["n"].lower()]
        unit = m["unit"].lower()
        if unit == "day":
            return _day(anchor - timedelta(days=n))
        if unit == "week":
            v, s, e = _week(anchor - timedelta(weeks=n))
            return Norm("DATE", v, s, e, "week")
        if unit == "month":
            y, mo = divmod(anchor.year * 12 + anchor.month - 1 - n, 12)
            s, e = _month_bounds(y, mo + 1)
            return Norm("DATE", f"{y}-{mo + 1:02d}", s, e, "month")
        years = n * (10 if unit == "decade" else 1)
        y = anchor.year - years
        return Norm("DATE", str(y), date(y, 1, 1), date(y, 12, 31), "year")
    m = LAST_NEXT.search(t)
    if m and anchor is not None:
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0}[m["dir"].lower()]
        unit = m["unit"].lower()
        if unit in ("week", "weekend"):
            v, s, e = _week(anchor + timedelta(weeks=step))
            return Norm("DATE", v if unit == "week" else v + "-WE", s, e, "week")
        if unit == "month":
            y, mo = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
            s, e = _month_bounds(y, mo + 1)
            return Norm("DATE", f"{y}-{mo + 1:02d}", s, e, "month")
        y = anchor.year + step
        return Norm("DATE", str(y), date(y, 1, 1), date(y, 12, 31), "year")
    m = DURATION.match(low)
    if m:
        n = m["n"] if m["n"].isdigit() else str(NUMBERS[m["n"]])
        unit = UNITS[m["unit"]]
        value = f"PT{n}{unit[0]}" if unit in ("H", "MIN") else f"P{n}{unit if unit != 'DE' else 'DE'}"
        return Norm("DURATION", value, None, None, "unknown")
    # weekday
    for word in re.findall(r"[a-z]+", low):
        if word in WEEKDAYS and len(word) > 3 and anchor is not None:
            wd = WEEKDAYS[word]
            delta = (anchor.weekday() - wd) % 7
            if tense == "future":
                d = anchor + timedelta(days=(wd - anchor.weekday()) % 7 or 7)
            else:
                d = anchor - timedelta(days=delta)
            return _day(d)
    # month [day] [year]
    month_word = next((w for w in re.findall(r"[a-z]+", low) if w in MONTHS and len(w) >= 3), None)
    ym = YEAR.search(t)
    if month_word and not (month_word == "may" and not ym and not re.search(r"\d", t)):
        mo = MONTHS[month_word]
        dm = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", YEAR.sub("", t))
        if ym:
            y = int(ym["y"])
        elif anchor is not None:
            y = anchor.year
            if tense == "past" and mo > anchor.month:
                y -= 1
            elif tense == "future" and mo < anchor.month:
                y += 1
        else:
            return None
        if dm:
            try:
                return _day(date(y, mo, int(dm.group(1))))
            except ValueError:
                return None
        s, e = _month_bounds(y, mo)
        mod = MODIFIER.search(t)
        if mod:
            s, e = _modify(mod["mod"].lower(), s, e)
        return Norm("DATE", f"{y}-{mo:02d}", s, e, "month")
    m = DECADE.search(t)
    if m:
        y = int(m["y"]) * 10
        return Norm("DATE", str(y)[:3], date(y, 1, 1), date(y + 9, 12, 31), "decade")
    if ym:
        y = int(ym["y"])
        s, e = date(y, 1, 1), date(y, 12, 31)
        mod = MODIFIER.search(t)
        if mod:
            s, e = _modify(mod["mod"].lower(), s, e)
        return Norm("DATE", str(y), s, e, "year")
    if anchor is not None and re.search(r"\b(?:recent(?:ly)?|earlier|former(?:ly)?|past)\b", low):
        return Norm("DATE", "PAST_REF", None, anchor, "unknown")
    if re.search(r"\b(?:future|coming|soon)\b", low):
        return Norm("DATE", "FUTURE_REF", anchor, None, "unknown")
    return None


def _modify(mod: str, s: date, e: date) -> tuple[date, date]:
    span = (e - s).days + 1
    third = timedelta(days=span // 3)
    if mod == "early" or mod in ("beginning of", "start of"):
        return s, s + third
    if mod == "mid":
        return s + third, e - third
    return e - third, e  # late / end of
