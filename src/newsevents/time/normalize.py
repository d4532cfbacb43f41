"""Time expression text → TimeML value with an earliest–latest interval (own grammar).

``normalize(text, anchor, tense, ref)`` values one expression: ``anchor`` is the publication date
(deictic expressions such as "yesterday" or "last week" count from it), ``tense`` the tense of
the governing verb ("past" / "present" / "future": it decides which "Tuesday" or "December" is
meant), ``ref`` the reference time, i.e. the last dated expression before this one in the
article (anaphoric expressions such as "the same day" or "three days later" count from it).

Values follow the TimeML subset in ../../../docs/time.md: ``2021-03-02``, ``2021-W09``,
``2021-W09-WE``, ``2021-03``, ``2021-Q1``, ``2021-H1``, ``2021-SU``, ``2021``, ``202`` (decade),
``20`` (century), ``FY2021``, ``2021-03-02T14:30`` / ``…Z`` (UTC) / ``…TMO`` (part of day),
durations ``P3D``, ``PT2H``, ``P2.5Y``, ``PXY`` (vague), sets ``P1W``, ``XXXX-WXX-1`` and the
references ``PAST_REF`` / ``PRESENT_REF`` / ``FUTURE_REF``. Position modifiers ("early 2019",
"the end of December") keep the value and narrow the interval, as TimeML's ``mod`` does."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from . import lexicon as lx
from .parse import MONTHS, WEEKDAYS, find_dates
from .periods import (
    Period,
    add_months,
    choose,
    common_period,
    month_end,
    narrow,
    period,
    shift,
    weekday_date,
)


@dataclass(frozen=True)
class Norm:
    type: str  # DATE | TIME | DURATION | SET
    value: str
    earliest: date | None = None
    latest: date | None = None
    granularity: str = "unknown"


def _p(p: Period, type_: str = "DATE") -> Norm:
    return Norm(type_, p.value, p.earliest, p.latest, p.granularity)


_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WD = r"(?P<wd>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_POD = r"(?P<pod>morning|afternoon|evening|night|overnight|midday)"
_U = lx.UNIT_ANY
_UNIT_KIND = {"day": "day", "night": "day", "week": "week", "weekend": "weekend",
              "fortnight": "week", "month": "month", "quarter": "quarter", "year": "year",
              "decade": "decade", "century": "century"}  # fmt: skip

_CLEAN_PREP = re.compile(r"^(?:on|in|at|during|since|by|until|till|from|for|of|within|throughout"
                         r"|through|as\s+of|as\s+early\s+as|as\s+late\s+as)\s+")
_APPROX = re.compile(r"^" + lx.APPROX + r"\s+")
_POSITION = re.compile(r"^(?:the\s+)?(?:very\s+)?(?P<pos>beginning|start|end|middle|close|turn"
                       r"|first\s+half|second\s+half|latter\s+part|early\s+part|later\s+part)\s+of\s+"
                       r"|^(?P<pos2>early|mid|late|earlier|later)(?:[\s-]+(?:in|on|during)\b)?[\s-]+")
_POS_MOD = {"beginning": "START", "start": "START", "early": "START", "early part": "START",
            "turn": "START", "middle": "MID", "mid": "MID", "end": "END", "close": "END",
            "late": "END", "latter part": "END", "later part": "END", "first half": "H1",
            "second half": "H2", "earlier": "EARLIER", "later": "LATER"}  # fmt: skip

_TZ_NAMES = ("utc|gmt|z|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|eet|eest|ist|jst|msk|wat"
             "|eat|cat|sast|aest|aedt|hkt|sgt|local\\s+time")
_DAYREF = (r"(?:today|tonight|yesterday|tomorrow|(?:(?:monday|tuesday|wednesday|thursday|friday"
           r"|saturday|sunday)(?:,?\s+[a-z]+\.?\s+\d{1,2}(?:,?\s+\d{4})?)?)|[a-z]+\.?\s+\d{1,2}"
           r"(?:,?\s+\d{4})?)")
_TOD = re.compile(
    r"^(?:(?P<pre>" + _DAYREF + r")\s*,?\s+(?:at\s+)?)?(?:at\s+)?"
    r"(?:(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>a\.?\s?m\.?|p\.?\s?m\.?)"
    r"|(?P<h2>\d{1,2}):(?P<m2>[0-5]\d)(?::[0-5]\d)?"
    r"|(?P<mil>[01]\d|2[0-3])(?P<milm>[0-5]\d)(?=\s*(?:" + _TZ_NAMES + r"|hours|hrs|h)\b)"
    r"|(?P<word>noon|midnight|midday))"
    r"(?:\s*\(?\s*(?P<tz>" + _TZ_NAMES + r")(?:\s*(?P<off>[+-]\s*\d{1,2}(?::?\d\d)?))?\s*\)?)?"
    r"(?:\s*(?:hours|hrs|h)\b)?"
    r"(?:\s*,?\s+(?:on\s+)?(?P<post>" + _DAYREF + r"))?$")
_PART_OF_DAY = re.compile(r"^(?:(?P<day>today|tonight|yesterday|tomorrow|this|last|that\s+same"
                          r"|the\s+same|the\s+following|the\s+next|the\s+previous|that|the"
                          r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?"
                          + _POD + r"(?:\s+of\s+(?P<of>.+))?$")
_DEICTIC = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
            "the day after tomorrow": 2, "today's": 0, "yesterday's": -1, "tomorrow's": 1}
_NUMERIC = re.compile(r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})$")
_MONTH_DAY = re.compile(r"^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue"
                        r"|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)?(?:the\s+)?"
                        r"(?:" + _MON + r"\s+(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?"
                        r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>[a-z]+)\.?)$")
_MONTH_YEAR = re.compile(r"^(?:the\s+)?(?:month\s+of\s+)?" + _MON + r",?\s+(?:of\s+)?"
                         r"(?:(?P<y>\d{4})|'(?P<yy>\d\d)|(?P<rel>this|last|next|the\s+same"
                         r"|the\s+following|the\s+previous)\s+year)$")
_MONTH = re.compile(r"^(?:(?P<rel>last|next|this|coming|past|previous|that)\s+)?(?:the\s+)?"
                    r"(?:month\s+of\s+)?" + _MON + r"$")
_SEASON = re.compile(r"^(?:(?P<rel>last|next|this|coming|past|the|that)\s+)?(?P<s>spring|summer"
                     r"|autumn|fall|winter)(?:\s+(?:of\s+)?(?:(?P<y>\d{4})|(?P<yrel>this|last|next)"
                     r"\s+year))?$|^(?P<y2>\d{4})\s+(?P<s2>spring|summer|autumn|fall|winter)$")
_QUARTER = re.compile(r"^(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
                      r"[\s-]+(?:fiscal\s+|financial\s+|calendar\s+)?(?P<u>quarter|half)"
                      r"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<y>\d{4})|(?:the\s+)?(?P<yrel>this|last"
                      r"|next|current|previous|same)\s+(?:fiscal\s+|financial\s+)?year|(?P<ythe>the"
                      r"\s+year)))?$|^q(?P<q>[1-4])(?:\s+(?P<qy>\d{4}))?$|^(?P<qy2>\d{4})\s+q(?P<q2>[1-4])$")
_FISCAL = re.compile(r"^(?:the\s+)?(?:(?P<rel>this|last|next|current|previous|coming)\s+)?"
                     r"(?:fiscal|financial)\s+(?:year\s*)?(?P<y>\d{4}|'?\d\d)?$"
                     r"|^fy\s?'?(?P<fy>\d{4}|\d\d)$")
_WEEK_OF = re.compile(r"^(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+"
                      r"(?P<u>week|weekend)\s+(?:of|in)\s+(?P<rest>.+)$")
_DECADE = re.compile(r"^(?:the\s+)?'?(?P<n>\d{4}|\d0)'?s$|^(?:the\s+)?(?P<w>twenties|thirties"
                     r"|forties|fifties|sixties|seventies|eighties|nineties)$")
_CENTURY = re.compile(r"^(?:the\s+)?(?P<n>\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)[\s-]+century$")
_YEAR = re.compile(r"^(?:the\s+)?(?:(?:calendar\s+)?year\s+)?(?:(?P<y>\d{4})|'(?P<yy>\d\d))$")
_WEEKDAY = re.compile(r"^(?:(?P<rel>last|next|this|coming|past|on|early|late)\s+)?" + _WD
                      + r"(?:\s+" + _POD + r")?$")
_HOLIDAY = re.compile(r"^(?:(?P<rel>last|next|this)\s+)?(?P<h>[a-z' ]+?)(?:,?\s+(?P<y>\d{4}))?$")
_AGO = re.compile(r"^(?:(?P<num>" + lx.NUMBER + r"|an?|half\s+an?|" + lx.VAGUE_COUNT + r")[\s-]+)?"
                  r"(?:(?:more|full|long)\s+)?(?P<unit>" + _U + r")\s+(?P<dir>ago|earlier|later|before"
                  r"|after|afterwards?|back|from\s+now|hence|on|prior|previously|since)$")
_REL = re.compile(r"^(?P<the>the\s+)?(?P<rel>last|next|this|past|previous|coming|following"
                  r"|current|upcoming|same|that|present|prior|preceding|subsequent|very\s+same)\s+"
                  r"(?P<unit>" + lx.UNIT_SG + r")$")
_REL_POST = re.compile(r"^(?:the|a|one)\s+(?P<unit>" + lx.UNIT_SG + r")\s+(?P<rel>before|after"
                       r"|earlier|later|previous|prior|following|previously)$")
_REF = re.compile(r"^(?P<det>the|that|this)\s+(?:(?:same|very|entire|whole|full|very\s+same)\s+)?"
                  r"(?P<unit>day|week|weekend|month|year|time|period|date)$")
_DUR = re.compile(r"^(?:(?:the|a|an)\s+)?(?:(?P<dir>past|last|next|coming|first|previous|following"
                  r"|final|remaining|entire|whole|full|additional|further|extra|initial|other|same"
                  r"|another)\s+)?(?P<num>" + lx.NUMBER + r"|an?|half\s+an?|another)[\s-]+"
                  r"(?:(?:straight|consecutive|full|long|more|trading|business|working|calendar"
                  r"|successive|additional|further|extra|solid|whole)[\s-]+)?(?P<unit>" + _U + r")"
                  r"(?:[\s-](?P<tail>long|old|and\s+a\s+half))?$")
_VAGUE_DUR = re.compile(r"^(?:the\s+)?(?P<q>(?:(?:past|last|next|coming|recent|previous|following"
                        r"|several|many|few|some|couple\s+of|a\s+couple\s+of|a\s+few|dozens\s+of"
                        r"|hundreds\s+of|over\s+the|the)\s+)*)(?P<unit>" + lx.UNIT_PL + r")"
                        r"(?:-(?:long|old))?$")
_SET_EVERY = re.compile(r"^(?:every|each|per)\s+(?P<other>other\s+)?(?P<x>[a-z]+)$")
_SET_TIMES = re.compile(r"^(?:once|twice|thrice|(?P<n>" + lx.NUMBER + r")\s+times)\s+"
                        r"(?:a|an|per|every|each)\s+(?P<u>" + lx.UNIT_SG + r")$")
_NUMWORD = re.compile(r"[a-z]+")


def normalize(text: str, anchor: date | None = None, tense: str = "past",
              ref: Norm | None = None) -> Norm | None:
    """Value one time expression; None when the text is not one this grammar knows. Never
    raises on odd input (out-of-range dates and the like give None)."""
    try:
        return _normalize(text, anchor, tense, ref)
    except (ValueError, OverflowError, KeyError, IndexError, TypeError):
        return None


def clean(text: str) -> str:
    s = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    s = " ".join(s.split()).lower().strip(" ,;:!?\"()[]")
    if s.endswith(".") and not re.search(r"[ap]\.\s?m\.$", s):
        s = s[:-1]
    for _ in range(2):
        s = _CLEAN_PREP.sub("", s)
    return s


def _normalize(text: str, anchor: date | None, tense: str, ref: Norm | None) -> Norm | None:
    s = clean(text)
    if not s or len(s) > 80:
        return None
    if s in lx.VAGUE:
        return _vague(lx.VAGUE[s], anchor)
    s = _APPROX.sub("", s)
    mod = None
    m = _POSITION.match(s)
    if m and m.end() < len(s):
        pos = " ".join((m["pos"] or m["pos2"]).split())
        rest = s[m.end():]
        if pos not in ("earlier", "later") or rest.split()[0] in _EARLIER_LATER_NEXT:
            mod, s = _POS_MOD[pos], rest
    norm = _core(s, anchor, tense, ref)
    if norm is None or mod is None:
        return norm
    return _apply_mod(norm, mod, anchor)


def _apply_mod(norm: Norm, mod: str, anchor: date | None) -> Norm:
    e, la = norm.earliest, norm.latest
    if e is None or la is None or norm.type not in ("DATE", "TIME"):
        return norm
    value = norm.value
    if mod in ("EARLIER", "LATER"):
        if anchor is not None and e <= anchor <= la:
            e, la = (e, max(e, anchor - timedelta(days=1))) if mod == "EARLIER" else (
                min(la, anchor + timedelta(days=1)), la)
    else:
        e, la = narrow(e, la, mod)
        if mod in ("H1", "H2") and norm.granularity == "year" and value.isdigit():
            value = f"{value}-{mod}"
    return Norm(norm.type, value, e, la, norm.granularity)


def _vague(value: str, anchor: date | None) -> Norm:
    if value == "PAST_REF":
        return Norm("DATE", value, None, anchor, "unknown")
    if value == "FUTURE_REF":
        return Norm("DATE", value, anchor, None, "unknown")
    return Norm("DATE", value, anchor, anchor, "day" if anchor else "unknown")


_UNKNOWN = Norm("DATE", "XXXX-XX-XX", None, None, "unknown")
# "earlier this year", "later today", "earlier in the day": words that may follow earlier/later
_EARLIER_LATER_NEXT = ("this", "that", "today", "in", "the", "on", "tonight", "last", "next",
                       "yesterday", "tomorrow")


def _core(s: str, anchor: date | None, tense: str, ref: Norm | None) -> Norm | None:
    if s in lx.VAGUE:
        return _vague(lx.VAGUE[s], anchor)
    if s in lx.SET_WORDS:
        return Norm("SET", lx.SET_WORDS[s])
    for parse in (_same_last_year, _time_of_day, _deictic, _full_date, _month_day, _month_year, _month, _season,
                  _quarter, _fiscal, _week_of, _decade, _century, _year, _weekday, _holiday,
                  _ago, _relative, _duration, _set):
        norm = parse(s, anchor, tense, ref)
        if norm is not None:
            return norm
    return None


# ---------------------------------------------------------------- days and times of day


def _day_ref(word: str, anchor: date | None, tense: str) -> date | None:
    """A day named by today/yesterday/tomorrow/tonight, a weekday or a (month day [year])."""
    word = word.strip()
    if word in ("today", "tonight"):
        return anchor
    if word in _DEICTIC:
        return anchor + timedelta(days=_DEICTIC[word]) if anchor else None
    norm = _full_date(word, anchor, tense, None) or _month_day(word, anchor, tense, None)
    if norm is not None and norm.earliest is not None:
        return norm.earliest
    if word.rstrip(".") in WEEKDAYS and anchor is not None:
        return weekday_date(anchor, WEEKDAYS[word.rstrip(".")], tense)
    return None


def _time_of_day(s: str, anchor: date | None, tense: str, ref: Norm | None) -> Norm | None:
    m = _TOD.match(s)
    if m:
        if m["word"]:
            h, mi = {"noon": (12, 0), "midday": (12, 0), "midnight": (0, 0)}[m["word"]], None
            h, mi = h if isinstance(h, tuple) else (h, mi)
        elif m["h"]:
            h, mi = int(m["h"]), int(m["m"] or 0)
            if not 1 <= h <= 12:
                return None
            pm = m["ampm"].startswith("p")
            h = (h % 12) + (12 if pm else 0)
        elif m["h2"]:
            h, mi = int(m["h2"]), int(m["m2"])
        else:
            h, mi = int(m["mil"]), int(m["milm"])
        if h > 23:
            return None
        day_word = m["pre"] or m["post"]
        d = _day_ref(day_word, anchor, tense) if day_word else anchor
        if day_word and d is None:
            return None
        tz = "Z" if (m["tz"] or "") in ("utc", "gmt", "z") and not m["off"] else ""
        head = d.isoformat() if d else "XXXX-XX-XX"
        return Norm("TIME", f"{head}T{h:02d}:{mi:02d}{tz}", d, d, "time")
    m = _PART_OF_DAY.match(s)
    if not m:
        return None
    pod, day = m["pod"], m["day"]
    code = lx.PARTS_OF_DAY[pod]
    if m["of"]:
        d = _day_ref(m["of"], anchor, tense)
        if d is None:
            return None
    elif pod == "overnight" and day is None:
        d = anchor - timedelta(days=1) if anchor else None
        if d is None:
            return Norm("TIME", "XXXX-XX-XXTNI", None, None, "time")
        return Norm("TIME", f"{d.isoformat()}TNI", d, anchor, "time")
    elif day in (None, "the", "that", "the same", "that same"):
        d = ref.earliest if ref and ref.granularity in ("day", "time") else anchor
    elif day in ("the following", "the next", "the previous"):
        base = ref.earliest if ref and ref.granularity in ("day", "time") else anchor
        d = base + timedelta(days=-1 if day == "the previous" else 1) if base else None
    elif day == "this":
        d = anchor
    elif day == "last":
        d = anchor - timedelta(days=1) if anchor else None
    else:
        d = _day_ref(day, anchor, tense)
    head = d.isoformat() if d else "XXXX-XX-XX"
    return Norm("TIME", f"{head}T{code}", d, d, "time")


def _deictic(s: str, anchor: date | None, tense: str, ref: Norm | None) -> Norm | None:
    if s == "tonight":
        head = anchor.isoformat() if anchor else "XXXX-XX-XX"
        return Norm("TIME", f"{head}TNI", anchor, anchor, "time")
    if s not in _DEICTIC:
        return None
    if anchor is None:
        return _UNKNOWN
    return _p(period("day", anchor + timedelta(days=_DEICTIC[s])))


def _full_date(s: str, anchor: date | None, tense: str, ref: Norm | None) -> Norm | None:
    m = _NUMERIC.match(s)
    if m:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        mo, d = (a, b) if a <= 12 else (b, a)
        if y < 100:
            pivot = (anchor.year % 100 + 1) if anchor else 30
            y += 2000 if y <= pivot else 1900
        return _p(period("day", date(y, mo, d)))
    found = find_dates(s)
    if len(found) == 1 and found[0][0] == 0 and found[0][1] >= len(s) - 1:
        return _p(period("day", found[0][2]))
    return None


def _month_day(s: str, anchor: date | None, tense: str, ref: Norm | None) -> Norm | None:
    m = _MONTH_DAY.match(s)
    if not m:
        return None
    mon_word = (m["mon"] or m["mon2"] or "").rstrip(".")
    if mon_word not in MONTHS:
        return None
    mo, d = MONTHS[mon_word], int(m["d"] or m["d2"])
    if not 1 <= d <= 31:
        return None
    if anchor is None:
        return Norm("DATE", f"XXXX-{mo:02d}-{d:02d}", None, None, "day")
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            cands.append(period("day", date(y, mo, d)))
        except ValueError:
            continue
    wd = re.match(r"^([a-z]+)", s)
    if wd and wd[1] in WEEKDAYS and wd[1] not in MONTHS:
        same = [p for p in cands if p.earliest.weekday() == WEEKDAYS[wd[1]]]
        cands = same or cands
    return _p(choose(cands, anchor, tense)) if cands else None


def _month_year(s: str, anchor: date | None, tense: str, ref: Norm | None) -> Norm | None:
    m = _MONTH_YEAR.match(s)
    if not m:
        return None
    mo = MONTHS[m["mon"]]
    if m["y"]:
        y = int(m["y"])
    elif m["yy"]:
        y = _two_digit_year(int(m["yy"]), anchor)
    else:
        base = _ref_or_anchor(ref, anchor) if "the" in m["rel"] else anchor
        if base is None:
            return Norm("DATE", f"XXXX-{mo:02d}", None, None, "month")
        rel = m["rel"].split()[-1]
        y = base.year + {"this": 0, "last": -1, "next": 1, "same": 0, "following": 1,
                         "previous": -1}[rel]
    return _p(period("month", date(y, mo, 1)))


def _two_digit_year(yy: int, anchor: date | None) -> int:
    pivot = (anchor.year % 100 + 5) if anchor else 30
    return (2000 if yy <= pivot else 1900) + yy


def _ref_or_anchor(ref: Norm | None, anchor: date | None) -> date | None:
    if ref is not None and ref.earliest is not None:
        return ref.earliest
    return anchor


def _month(s: str, anchor: date | None, tense: str, ref: Norm | None) -> Norm | None:
    m = _MONTH.match(s)
    if not m or len(m["mon"]) <= 4 and m["mon"] not in ("may", "june", "july") and not s.endswith("."):
        return None
    mo = MONTHS[m["mon"]]
    if anchor is None:
        return Norm("DATE", f"XXXX-{mo:02d}", None, None, "month")
    rel = m["rel"]
    y = anchor.year
    if rel in ("last", "past", "previous"):
        y = y if mo < anchor.month else y - 1
    elif rel in ("next", "coming"):
        y = y if mo > anchor.month else y + 1
    elif rel == "that" and ref is not None and ref.earliest is not None:
        y = ref.earliest.year
    elif rel != "this":
        cands = [period("month", date(yy, mo, 1)) for yy in (y - 1, y, y + 1)]
        return _p(choose(cands, anchor, tense))
    return _p(period("month", date(y, mo, 1)))


def _season(s: str, anchor: date | None, tense: str, ref: Norm | None) -> Norm | None:
    m = _SEASON.match(s)
    if not m:
        return None
    code = lx.SEASONS[m["s"] or m["s2"]]
    y = m["y"] or m["y2"]
    if y:
        return _p(period("season", date(int(y), 6, 1), code))
    if anchor is None:
        return Norm("DATE", f"XXXX-{code}", None, None, "season")
    if m["yrel"]:
        yy = anchor.year + {"this": 0, "last": -1, "next": 1}[m["yrel"]]
        return _p(period("season", date(yy, 6, 1), code))
    cands = [period("season", date(yy, 6, 1), code) for yy in range(anchor.year - 2, anchor.year + 2)]
    rel = m["rel"]
    if rel in ("last", "past"):
        past = [p for p in cands if p.latest < anchor]
        return _p(past[-1])
    if rel in ("next", "coming"):
        return _p(next(p for p in cands if p.earliest > anchor))
    if rel == "that" and ref is not None and ref.earliest is not None:
        return _p(period("season", date(ref.earliest.year, 6, 1), code))
    return _p(choose(cands, anchor, "present" if rel == "this" else tense))


_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _quarter(s: str, anchor: date | None, tense: str, ref: Norm | None) -> Norm | None:
    m = _QUARTER.match(s)
    if not m:
        return None
    if m["q"] or m["q2"]:
        q, y = int(m["q"] or m["q2"]), m["qy"] or m["qy2"]
        if y is None and anchor is None:
            return Norm("DATE", f"XXXX-Q{q}", None, None, "quarter")
        kind, n = "quarter", q
        years = [int(y)] if y else [anchor.year - 1, anchor.year, anchor.year + 1]
    else:
        kind = "quarter" if m["u"] == "quarter" else "half"
        last = m["ord"] in ("final", "last")
        n = (4 if kind == "quarter" else 2) if last else _ORD[m["ord"]]
        if kind == "half" and n > 2:
            return None
        if m["y"]:
            years = [int(m["y"])]
        elif anchor is None:
            return Norm("DATE", f"XXXX-{'Q' if kind == 'quarter' else 'H'}{n}", None, None, "quarter")
        elif m["yrel"]:
            base = _ref_or_anchor(ref, anchor) if m["yrel"] in ("previous", "same") else anchor
            years = [base.year + {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1,
                                  "same": 0}[m["yrel"]]]
        elif m["ythe"]:
            years = [_ref_or_anchor(ref, anchor).year]
        elif last:  # "the last quarter": the one before the anchor's
            return _p(period(kind, shift(kind, anchor, -1)))
        else:
            years = [anchor.year - 1, anchor.year, anchor.year + 1]
    months = 3 if kind == "quarter" else 6
    cands = [period(kind, date(y, months * (n - 1) + 1, 1)) for y in years]
    return _p(choose(cands, anchor, tense) if anchor else cands[0])


def _fiscal(s: str, anchor: date | None, tense: str, ref: Norm | None) -> Norm | None:
    m = _FISCAL.match(s)
    if not m:
        return None
    y = m["y"] or m["fy"]
    if y:
        y = y.lstrip("'")
        yr = int(y) if len(y) == 4 else _two_digit_year(int(y), anchor)
    elif anchor is not None:
        yr = anchor.year + {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(m["rel"] or "", 0)
    else:
        return Norm("DATE", "FYXXXX", None, None, "year")
    return Norm("DATE", f"FY{yr}", None, None, "year")


def _week_of(s: str, anchor: date | None, tense: str, ref: Norm | None) -> Norm | None:
    m = _WEEK_OF.match(s)
    if not m:
        return None
    month = _core(m["rest"], anchor, tense, ref)
    if month is None or month.granularity != "month" or month.earliest is None:
        return None
    # a week belongs to the month that holds its Thursday (the ISO rule, applied to months)
    first_thu = month.earliest + timedelta(days=(3 - month.earliest.weekday()) % 7)
    last_thu = month.latest - timedelta(days=(month.latest.weekday() - 3) % 7)
    if m["ord"] in ("last", "final"):
        thu = last_thu
    else:
        thu = first_thu + timedelta(weeks=_ORD[m["ord"]] - 1)
        if thu > month.latest:
            return None
    return _p(period("weekend" if m["u"] == "weekend" else "week", thu))


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}  # fmt: skip


def _decade(s: str, anchor: date | None, tense: str, ref: Norm | None) -> Norm | None:
    m = _DECADE.match(s)
    if not m:
        return None
    if m["n"] and len(m["n"]) == 4:
        y = int(m["n"])
        if y % 100 == 0 and y < 2000:
            return _p(period("century", date(y, 1, 1)))
        return _p(period("decade", date(y, 1, 1)))
    d = int(m["n"]) // 10 if m["n"] else _DECADE_WORDS[m["w"]]
    base = anchor.year if anchor else 1999
    y = base - base % 100 + 10 * d
    if y > base:
        y -= 100
    return _p(period("decade", date(y, 1, 1)))


def _century(s: str, anchor: date | None, tense: str, ref: Norm | None) -> Norm | None:
    m = _CENTURY.match(s)
    if not m:
        return None
    w = m["n"]
    n = int(w[:-2]) if w[:-2].isdigit() else lx.ORDINALS.get(w)
    if not n:
        return None
    return _p(period("century", date(max((n - 1) * 100, 1), 1, 1)))


def _year(s: str, anchor: date | None, tense: str, ref: Norm | None) -> Norm | None:
    m = _YEAR.match(s)
    if not m:
        return None
    y = int(m["y"]) if m["y"] else _two_digit_year(int(m["yy"]), anchor)
    if not 1000 <= y <= 2999:
        return None
    return _p(period("year", date(y, 1, 1)))


def _weekday(s: str, anchor: date | None, tense: str, ref: Norm | None) -> Norm | None:
    m = _WEEKDAY.match(s)
    if not m or len(m["wd"]) < 6 and not s.endswith("."):
        return None
    wd = WEEKDAYS[m["wd"]]
    if anchor is None:
        d = None
    else:
        rel = m["rel"]
        if rel in ("last", "past"):
            d = anchor - timedelta(days=((anchor.weekday() - wd) % 7) or 7)
        elif rel in ("next", "coming"):
            d = anchor + timedelta(days=((wd - anchor.weekday()) % 7) or 7)
        elif rel == "this":
            d = weekday_date(anchor, wd, "past" if tense == "past" else "future")
        else:
            d = weekday_date(anchor, wd, tense)
    if m["pod"]:
        code = lx.PARTS_OF_DAY[m["pod"]]
        head = d.isoformat() if d else f"XXXX-WXX-{wd + 1}"
        return Norm("TIME", f"{head}T{code}", d, d, "time")
    if d is None:
        return Norm("DATE", f"XXXX-WXX-{wd + 1}", None, None, "day")
    return _p(period("day", d))


def _easter(y: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    la = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * la) // 451
    month = (h + la - 7 * m + 114) // 31
    day = (h + la - 7 * m + 114) % 31 + 1
    return date(y, month, day)


def _holiday_date(name: str, y: int) -> date | None:
    if name in lx.HOLIDAYS:
        mo, d = lx.HOLIDAYS[name]
        return date(y, mo, d)
    if name.startswith("easter") or name == "good friday":
        return _easter(y) + timedelta(days={"easter monday": 1, "good friday": -2}.get(name, 0))
    if name.startswith("thanksgiving"):  # US: fourth Thursday of November
        first = date(y, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    return None


def _holiday(s: str, anchor: date | None, tense: str, ref: Norm | None) -> Norm | None:
    m = _HOLIDAY.match(s)
    if not m:
        return None
    name = m["h"].strip().replace("new years", "new year's").replace("valentines", "valentine's")
    if name not in lx.HOLIDAYS and name not in lx.MOVABLE_HOLIDAYS:
        return None
    if m["y"]:
        return _p(period("day", _holiday_date(name, int(m["y"]))))
    if anchor is None:
        return _UNKNOWN
    cands = [period("day", _holiday_date(name, y)) for y in range(anchor.year - 1, anchor.year + 2)]
    rel = m["rel"]
    if rel == "last":
        return _p([p for p in cands if p.latest < anchor][-1])
    if rel == "next":
        return _p(next(p for p in cands if p.earliest > anchor))
    return _p(choose(cands, anchor, tense))


# ------------------------------------------------------------------- relative and anaphoric


def number(text: str) -> float | None:
    """A count written in digits or words ("18", "1,500", "twenty-five", "two and a half",
    "a dozen", "half a"); None when vague ("several") or not a number."""
    t = " ".join(text.lower().replace("-", " ").split())
    half = 0.0
    if t.endswith(" and a half"):
        t, half = t[: -len(" and a half")], 0.5
    if t in ("half a", "half an", "a half"):
        return 0.5
    key = t
    if key in lx.SPECIAL_NUMBERS:
        return lx.SPECIAL_NUMBERS[key] + half
    if key in ("another",):
        return 1 + half
    digits = t.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return float(digits) + half
    total = 0
    for w in _NUMWORD.findall(t):
        if w in lx.ONES:
            total += lx.ONES[w]
        elif w in lx.TENS:
            total += lx.TENS[w]
        elif w == "hundred":
            total = max(total, 1) * 100
        elif w in ("a", "and"):
            continue
        else:
            return None
    return float(total) + half if total or t == "zero" else None


def _num_str(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:.2f}".rstrip("0")


def _unit_of(word: str) -> str:
    word = word.lower()
    return lx.UNIT_PLURALS.get(word, word)


def duration_value(n: float | None, unit: str) -> str:
    """TimeML duration: P3D, P2.5Y, PT30M, P10Y (a decade), PXY (vague)."""
    unit = _unit_of(unit)
    designator, is_time, _ = lx.UNITS[unit]
    mult = {"decade": 10, "century": 100, "millennium": 1000, "fortnight": 2}.get(unit, 1)
    if unit in ("decade", "century", "millennium"):
        designator = "Y"
    if n is None:
        x = {"decade": "DE", "century": "CE", "millennium": "ML"}.get(unit, designator)
        return f"PTX{x}" if is_time else f"PX{x}"
    if unit in ("hour", "minute") and not float(n).is_integer():  # half an hour: PT30M
        return f"PT{_num_str(n * 60)}{'M' if unit == 'hour' else 'S'}"
    amount = _num_str(n * mult)
    return f"PT{amount}{designator}" if is_time else f"P{amount}{designator}"


def _offset(base_e: date, base_l: date, unit: str, n: float, sign: int) -> tuple[date, date, str]:
    """Shift an interval by n units; returns (earliest, latest, period kind of the result)."""
    unit = _unit_of(unit)
    if unit in ("hour", "minute", "second"):
        days = n * {"hour": 1 / 24, "minute": 1 / 1440, "second": 1 / 86400}[unit]
        delta = timedelta(days=round(days))
        return base_e + sign * delta, base_l + sign * delta, "day"
    if not float(n).is_integer() or unit in ("day", "night", "week", "fortnight"):
        days = n * {"day": 1, "night": 1, "week": 7, "fortnight": 14, "month": 30.44,
                    "quarter": 91.3, "year": 365.25, "decade": 3652.5, "century": 36525,
                    "weekend": 7}[unit]
        delta = timedelta(days=round(days))
        return base_e + sign * delta, base_l + sign * delta, "day"
    kind = _UNIT_KIND.get(unit, "year")
    k = int(n) * sign
    if kind in ("decade", "century"):  # "a decade ago": that year, not that decade
        k, kind = k * (10 if kind == "decade" else 100), "year"
    return shift(kind, base_e, k), shift(kind, base_l, k), kind


def _ago(s: str, anchor: date | None, tense: str, ref: Norm | None) -> Norm | None:
    m = _AGO.match(s)
    if not m:
        return None
    unit = _unit_of(m["unit"])
    d = m["dir"]
    from_anchor = d in ("ago", "back", "from now", "hence")
    sign = -1 if d in ("ago", "back", "earlier", "before", "prior", "previously") else 1
    if from_anchor:
        if anchor is None:
            return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None, None, "unknown")
        be, bl = anchor, anchor
    elif ref is not None and ref.earliest is not None and ref.latest is not None:
        be, bl = ref.earliest, ref.latest
    elif anchor is not None:
        be, bl = anchor, anchor
    else:
        return None
    num = m["num"]
    plural = m["unit"].lower() in lx.UNIT_PLURALS
    n = number(num) if num else (None if plural else 1.0)
    if n is None:  # "years ago", "several weeks later": 2–9 units, valued by their common period
        e1, l1, _ = _offset(be, bl, unit, 2, sign)
        e2, l2, _ = _offset(be, bl, unit, 9, sign)
        e, la = min(e1, e2), max(l1, l2)
        p = common_period(e, la)
        if p is not None and p.kind in ("day", "month", "year"):
            return Norm("DATE", p.value, e, la, p.granularity)
        ref_value = "PAST_REF" if la <= (anchor or la) else "FUTURE_REF"
        return Norm("DATE", ref_value, e, la, "unknown")
    e, la, kind = _offset(be, bl, unit, n, sign)
    if unit in ("week", "fortnight") and e == la:  # "two weeks ago": that day, give or take 3
        return Norm("DATE", e.isoformat(), e - timedelta(days=3), e + timedelta(days=3), "week")
    p_e = period(kind, e)
    if kind == "day" and e != la:
        p = common_period(e, la)
        if p is None:
            return None
        return Norm("DATE", p.value, e, la, p.granularity)
    p_l = period(kind, la)
    return Norm("DATE", p_e.value if p_e.value == p_l.value else common_period(e, la).value,
                p_e.earliest, p_l.latest, p_e.granularity)


def _relative(s: str, anchor: date | None, tense: str, ref: Norm | None) -> Norm | None:
    m = _REL.match(s)
    if m:
        unit, rel, the = m["unit"], m["rel"], bool(m["the"])
        kind = _UNIT_KIND.get(unit)
        if kind is None:
            return None
        if rel == "past" or (rel == "last" and the and unit == "day"):
            if rel == "past" and anchor is not None:  # "the past week": a duration ending now
                return Norm("DURATION", duration_value(1, unit), shift(kind, anchor, -1), anchor, "unknown")
            return Norm("DURATION", duration_value(1, unit)) if rel == "past" else None
        if rel in ("same", "that", "very same") or rel in ("following", "subsequent") or (
                the and rel in ("previous", "prior", "preceding", "next")):
            base = _ref_or_anchor(ref, anchor)
            step = {"following": 1, "subsequent": 1, "next": 1, "previous": -1, "prior": -1,
                    "preceding": -1}.get(rel, 0)
            if base is None:
                return _UNKNOWN
            if ref is not None and _coarser(ref.granularity, kind):
                return ref if step == 0 else _shift_coarse(ref, kind, step)
            return _p(period(kind, shift(kind, base, step)))
        if anchor is None:
            return _UNKNOWN
        step = {"last": -1, "previous": -1, "prior": -1, "preceding": -1, "next": 1,
                "coming": 1, "upcoming": 1}.get(rel, 0)
        if unit == "day" and step:
            return None
        return _p(period(kind, shift(kind, anchor, step)))
    m = _REL_POST.match(s)
    if m:
        kind = _UNIT_KIND.get(m["unit"])
        base = _ref_or_anchor(ref, anchor)
        if kind is None or base is None:
            return None
        step = 1 if m["rel"] in ("after", "later", "following") else -1
        if ref is not None and ref.earliest is not None and _coarser(ref.granularity, kind):
            return _shift_coarse(ref, kind, step)
        return _p(period(kind, shift(kind, base, step)))
    m = _REF.match(s)
    if m:
        unit = m["unit"]
        if unit in ("time", "period", "date"):
            if ref is not None and m["det"] != "this":
                return ref
            return None
        kind = _UNIT_KIND[unit]
        if kind in ("week", "weekend"):  # "the weekend", "during the week": deictic
            if anchor is None:
                return _UNKNOWN
            p = period(kind, anchor)
            if kind == "weekend" and tense == "past" and p.earliest > anchor:
                p = period(kind, anchor - timedelta(weeks=1))
            return _p(p)
        base = _ref_or_anchor(ref, anchor) if m["det"] != "this" else anchor
        if base is None:
            return _UNKNOWN
        if m["det"] != "this" and ref is not None and _coarser(ref.granularity, kind):
            if m["det"] == "the" and kind == "day" and anchor is not None:
                return _p(period("day", anchor))  # "ended the day lower": the report's day
            return ref
        return _p(period(kind, base))
    return None


def _shift_coarse(ref: Norm, kind: str, step: int) -> Norm:
    """ "the next day" after "in 1996": some day of 1996 plus one, so the year's interval moved
    by a day (the value stays the reference's: the day itself is unknown)."""
    if ref.earliest is None or ref.latest is None:
        return ref
    return Norm("DATE", ref.value, shift(kind, ref.earliest, step), shift(kind, ref.latest, step),
                ref.granularity)


_ORDER = ["time", "day", "week", "weekend", "month", "season", "quarter", "half", "year",
          "decade", "century", "unknown"]  # fmt: skip


def _coarser(granularity: str, kind: str) -> bool:
    """True when a reference of ``granularity`` is too coarse to name a ``kind`` period."""
    g = "week" if granularity == "weekend" else granularity
    return _ORDER.index(g if g in _ORDER else "unknown") > _ORDER.index(kind)


_SAME_LAST_YEAR = re.compile(r"^the\s+same\s+(?P<unit>day|week|month|quarter|period|time)\s+"
                             r"(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?(?:the\s+)?"
                             r"(?:last|previous|prior)\s+year)$")


def _same_last_year(s: str, anchor: date | None, tense: str, ref: Norm | None) -> Norm | None:
    """ "(sales rose in February compared with) the same period last year": the reference
    period one year back (the anchor's when there is no finer reference)."""
    m = _SAME_LAST_YEAR.match(s)
    if not m:
        return None
    unit = m["unit"]
    fine = ref is not None and ref.earliest is not None and ref.granularity in (
        "day", "week", "month", "quarter", "season")
    base = ref.earliest if fine else anchor
    if base is None:
        return _UNKNOWN
    if unit in ("period", "time"):
        kind = {"season": "season", "quarter": "quarter", "week": "week", "day": "day"}.get(
            ref.granularity if fine else "month", "month")
    else:
        kind = _UNIT_KIND[unit]
    return _p(period(kind, shift("year", base, -1)))


def _duration(s: str, anchor: date | None, tense: str, ref: Norm | None) -> Norm | None:
    m = _DUR.match(s)
    if m:
        n = number(m["num"])
        if n is None:
            return None
        if m["tail"] and "half" in m["tail"]:
            n += 0.5
        unit = _unit_of(m["unit"])
        value = duration_value(n, unit)
        e = la = None
        d = m["dir"]
        if anchor is not None and d in ("past", "last", "previous", "next", "coming"):
            kind = _UNIT_KIND.get(unit)
            if kind and float(n).is_integer():
                other = shift(kind, anchor, int(n) * (-1 if d in ("past", "last", "previous") else 1))
                e, la = min(anchor, other), max(anchor, other)
        return Norm("DURATION", value, e, la, "unknown")
    m = _VAGUE_DUR.match(s)
    if m:
        q = m["q"] or ""
        unit = _unit_of(m["unit"])
        if re.search(r"\brecent\b", q) and anchor is not None:  # "in recent years": a past time
            return Norm("DATE", "PAST_REF", None, anchor, "unknown")
        e = la = None
        if anchor is not None and re.search(r"\b(?:past|last|recent|previous)\b", q):
            la = anchor
        elif anchor is not None and re.search(r"\b(?:next|coming)\b", q):
            e = anchor
        return Norm("DURATION", duration_value(None, unit), e, la, "unknown")
    if s in ("half an hour", "half a day", "half a year", "half a century", "half a decade"):
        return Norm("DURATION", duration_value(0.5, s.split()[-1]))
    return None


def _set(s: str, anchor: date | None, tense: str, ref: Norm | None) -> Norm | None:
    m = _SET_EVERY.match(s)
    if m:
        x = m["x"]
        step = 2 if m["other"] else 1
        if x in lx.UNITS and not lx.UNITS[x][1]:
            return Norm("SET", duration_value(step, x))
        if x in lx.UNITS:
            return Norm("SET", duration_value(step, x))
        if x in WEEKDAYS and len(x) > 3:
            return Norm("SET", f"XXXX-WXX-{WEEKDAYS[x] + 1}")
        if x in lx.PARTS_OF_DAY:
            return Norm("SET", f"XXXX-XX-XXT{lx.PARTS_OF_DAY[x]}")
        return None
    m = _SET_TIMES.match(s)
    if m:
        return Norm("SET", duration_value(1, m["u"]))
    return None


def month_bounds(y: int, mo: int) -> tuple[date, date]:
    """First and last day of a month (kept for callers of the old module)."""
    return date(y, mo, 1), month_end(y, mo)


__all__ = ["Norm", "add_months", "clean", "duration_value", "month_bounds", "normalize", "number"]
