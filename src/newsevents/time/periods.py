"""Calendar arithmetic for TimeML values: periods (day … century) as (value, earliest, latest),
shifting by whole units, and choosing among candidate periods by tense.

A *period* is a named stretch of the calendar that a TimeML value denotes: ``2021-03-02`` (day),
``2021-W09`` (ISO week, Monday–Sunday), ``2021-W09-WE`` (its Saturday–Sunday), ``2021-03``,
``2021-Q1``, ``2021-H1``, ``2021-SU`` (meteorological northern seasons: spring = March–May,
winter = December of that year to February of the next), ``2021``, ``202`` (the 2020s) and
``20`` (2000–2099)."""

from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass
from datetime import date, timedelta

SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # first month of each season
KINDS = ("day", "week", "weekend", "month", "quarter", "half", "season", "year", "decade",
         "century")  # fmt: skip
GRANULARITY = {"day": "day", "week": "week", "weekend": "week", "month": "month",
               "quarter": "quarter", "half": "quarter", "season": "season", "year": "year",
               "decade": "decade", "century": "century"}  # fmt: skip


@dataclass(frozen=True)
class Period:
    value: str
    earliest: date
    latest: date
    kind: str

    @property
    def granularity(self) -> str:
        return GRANULARITY[self.kind]


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(y, m + 1, min(d.day, _cal.monthrange(y, m + 1)[1]))


def add_years(d: date, n: int) -> date:
    y = d.year + n
    return date(y, d.month, min(d.day, _cal.monthrange(y, d.month)[1]))


def month_end(y: int, m: int) -> date:
    return date(y, m, _cal.monthrange(y, m)[1])


def period(kind: str, d: date, season: str | None = None) -> Period:
    """The period of ``kind`` that contains ``d`` (for seasons: the ``season`` of d's year)."""
    if kind == "day":
        return Period(d.isoformat(), d, d, kind)
    if kind in ("week", "weekend"):
        y, w, _ = d.isocalendar()
        start = d - timedelta(days=d.weekday())
        if kind == "weekend":
            return Period(f"{y}-W{w:02d}-WE", start + timedelta(days=5), start + timedelta(days=6), kind)
        return Period(f"{y}-W{w:02d}", start, start + timedelta(days=6), kind)
    if kind == "month":
        return Period(f"{d.year}-{d.month:02d}", date(d.year, d.month, 1), month_end(d.year, d.month), kind)
    if kind == "quarter":
        q = (d.month - 1) // 3 + 1
        return Period(f"{d.year}-Q{q}", date(d.year, 3 * q - 2, 1), month_end(d.year, 3 * q), kind)
    if kind == "half":
        h = 1 if d.month <= 6 else 2
        return Period(f"{d.year}-H{h}", date(d.year, 6 * h - 5, 1), month_end(d.year, 6 * h), kind)
    if kind == "season":
        code = season or season_of(d)
        y = d.year - 1 if code == "WI" and d.month <= 2 and season is None else d.year
        first = date(y, SEASON_MONTHS[code], 1)
        return Period(f"{y}-{code}", first, add_months(first, 3) - timedelta(days=1), kind)
    if kind == "year":
        return Period(f"{d.year:04d}", date(d.year, 1, 1), date(d.year, 12, 31), kind)
    if kind == "decade":
        y0 = d.year - d.year % 10
        return Period(f"{y0 // 10:03d}", date(max(y0, 1), 1, 1), date(y0 + 9, 12, 31), kind)
    if kind == "century":
        y0 = d.year - d.year % 100
        return Period(f"{y0 // 100:02d}", date(max(y0, 1), 1, 1), date(y0 + 99, 12, 31), kind)
    raise ValueError(f"unknown period kind {kind!r}")


def season_of(d: date) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(
        d.month, "FA")


def shift(kind: str, d: date, n: int) -> date:
    """``d`` moved by ``n`` units of ``kind`` (a date inside the target period)."""
    if kind == "day":
        return d + timedelta(days=n)
    if kind in ("week", "weekend"):
        return d + timedelta(weeks=n)
    if kind == "month":
        return add_months(d, n)
    if kind == "quarter":
        return add_months(d, 3 * n)
    if kind == "half":
        return add_months(d, 6 * n)
    if kind == "season":
        return add_months(d, 3 * n)
    if kind == "year":
        return add_years(d, n)
    if kind == "decade":
        return add_years(d, 10 * n)
    if kind == "century":
        return add_years(d, 100 * n)
    raise ValueError(f"unknown period kind {kind!r}")


def distance(p: Period, anchor: date) -> int:
    """Signed days from ``anchor`` to the nearest edge of ``p`` (0 when p contains anchor)."""
    if p.earliest > anchor:
        return (p.earliest - anchor).days
    if p.latest < anchor:
        return -(anchor - p.latest).days
    return 0


# a candidate on the "wrong" side of the anchor for the tense costs this many times its distance:
# in effect, the tense decides whenever a candidate on its side exists
TENSE_PENALTY = 1000


def choose(cands: list[Period], anchor: date, tense: str) -> Period:
    """The candidate nearest the anchor, where a candidate that contradicts the tense (a future
    period for a past-tense verb, a past one for a future-tense verb) counts as a thousand times
    as far. "June 3" in a May report with a present-tense verb: this year's June; "December"
    in a past-tense sentence of a March report: last December; in a future-tense one: this
    December."""

    def cost(p: Period) -> int:
        dist = distance(p, anchor)
        wrong = (tense == "past" and dist > 0) or (tense == "future" and dist < 0)
        return abs(dist) * (TENSE_PENALTY if wrong else 1)

    return min(cands, key=cost)


def weekday_date(anchor: date, weekday: int, tense: str) -> date:
    """The date of ``weekday`` nearest the anchor in the tense's direction: past → the most
    recent such day (the anchor itself included), future → the next one (anchor included),
    present / unknown → whichever is nearer (ties go to the past)."""
    back = (anchor.weekday() - weekday) % 7
    fwd = (weekday - anchor.weekday()) % 7
    if tense == "future":
        return anchor + timedelta(days=fwd)
    if tense == "past":
        return anchor - timedelta(days=back)
    return anchor + timedelta(days=fwd) if fwd < back else anchor - timedelta(days=back)


def common_period(earliest: date, latest: date) -> Period | None:
    """The finest period (day … century) containing both dates, or None."""
    for kind in ("day", "month", "year", "decade", "century"):
        p = period(kind, earliest)
        if p.earliest <= latest <= p.latest:
            return p
    return None


def narrow(earliest: date, latest: date, mod: str) -> tuple[date, date]:
    """Sub-interval for a position modifier: START / MID / END take a third of the interval,
    H1 / H2 a half."""
    whole_year = (earliest.month, earliest.day, latest.month, latest.day) == (1, 1, 12, 31) \
        and earliest.year == latest.year
    whole_month = earliest.day == 1 and latest == month_end(earliest.year, earliest.month)
    if mod in ("START", "MID", "END") and (whole_year or whole_month):
        # calendar thirds: January–April / May–August / September–December; days 1–10 / 11–20 / 21–
        i = ("START", "MID", "END").index(mod)
        if whole_year:
            y = earliest.year
            return date(y, 1 + 4 * i, 1), month_end(y, 4 + 4 * i)
        y, m = earliest.year, earliest.month
        return date(y, m, 1 + 10 * i), (date(y, m, 10 + 10 * i) if i < 2 else latest)
    if mod in ("H1", "H2") and whole_year:
        y = earliest.year
        return (date(y, 1, 1), date(y, 6, 30)) if mod == "H1" else (date(y, 7, 1), date(y, 12, 31))
    if mod in ("H1", "H2") and whole_month:
        y, m = earliest.year, earliest.month
        return (date(y, m, 1), date(y, m, 15)) if mod == "H1" else (date(y, m, 16), latest)
    span = (latest - earliest).days + 1
    if mod in ("H1", "H2"):
        half = timedelta(days=span // 2)
        return (earliest, earliest + half - timedelta(days=1)) if mod == "H1" else (earliest + half, latest)
    third = timedelta(days=max(span // 3, 1) - 1)
    if mod == "START":
        return earliest, min(earliest + third, latest)
    if mod == "END":
        return max(latest - third, earliest), latest
    if mod == "MID":
        s = earliest + timedelta(days=span // 3)
        return s, max(s, latest - timedelta(days=span // 3))
    return earliest, latest
