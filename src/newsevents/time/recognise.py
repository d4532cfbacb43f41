"""Find time expressions in a spaCy Doc: a small set of regular expressions over the text
(compiled once, run once per pattern per article), snapped to token boundaries, then filtered
with the parse where a pattern alone is ambiguous ("May", bare years, "fall", ages like
"her 70s"). spaCy's own DATE/TIME entities fill gaps that no pattern covers.

The extent conventions follow TimeML / TempEval-3: a leading "the" and approximators ("nearly
five months") are part of the expression, prepositions ("on", "in", "since") are not."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import lexicon as lx


@dataclass(frozen=True)
class Candidate:
    start: int  # token index in the Doc
    end: int  # exclusive
    pattern: str  # name of the pattern that found it ("spacy" for entities)
    hint: str | None = None  # "SET" when context shows a frequency ("$5 a year")


_POS = (r"(?:(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|turn|first\s+half"
        r"|second\s+half|latter\s+part|early\s+part|later\s+part)\s+of\s+|(?:early|mid|late"
        r"|earlier|later)(?:\s+(?:in|on))?[\s-]+)")
_TZ = (r"(?-i:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|IST|JST|MSK|WAT|EAT"
       r"|CAT|SAST|AEST|AEDT|HKT|SGT)|local\s+time")
_DAYWORD = r"(?:today|tonight|yesterday|tomorrow|" + lx.WEEKDAY_FULL + r")"
_REL_UNIT = r"(?:day|week|weekend|fortnight|month|quarter|year|decade|century)"
_HOLIDAYS = (r"(?-i:Christmas(?:\s+(?:Eve|Day))?|New\s+Year'?s?(?:\s+(?:Eve|Day))?|Easter"
             r"(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Thanksgiving(?:\s+Day)?|Halloween"
             r"|Valentine'?s\s+Day|Boxing\s+Day|May\s+Day|Armistice\s+Day)")
_END = r"(?![\w])"
_ALONE = r"(?=\s*[,.;:)!?\"]|\s*$)"  # "two days later." but not "two days after the raid"


def _patterns() -> list[tuple[str, str]]:
    Y, MA, MF, D = lx.YEAR4, lx.MONTH_ANY, lx.MONTH_FULL, lx.DAY_NUM
    WA, WF, N, U = lx.WEEKDAY_ANY, lx.WEEKDAY_FULL, lx.NUMBER, lx.UNIT_ANY
    return [
        ("full_date", r"\b(?:" + WA + r",?\s+)?(?:(?:the\s+)?" + D + r"\s+(?:of\s+)?" + MA
         + r",?\s+" + Y + r"|" + MA + r"\s+(?:the\s+)?" + D + r",?\s+" + Y + r")" + _END),
        ("iso_date", r"\b(?:1[5-9]|20)\d\d-[01]\d-[0-3]\d" + _END),
        ("slash_date", r"(?<![\d/])[01]?\d/[0-3]?\d/(?:\d{4}|\d{2})(?![\d/])"),
        ("month_day", r"\b(?:" + WA + r",?\s+)?(?:" + MA + r"\s+(?:the\s+)?" + D + r"|(?:the\s+)?"
         + D + r"\s+(?:of\s+)?" + MA + r")" + _END),
        ("month_year", r"\b(?:" + _POS + r")?" + MA + r",?\s+(?:of\s+)?(?:" + Y + r"|'\d\d)" + _END
         + r"|\b(?:" + _POS + r")?" + MF + r"\s+(?:of\s+)?(?:this|last|next)\s+year\b"),
        ("month", r"\b(?:" + _POS + r"|(?:last|next|this|coming|past|previous)\s+)?" + MF + _END),
        ("season", r"\b(?:" + _POS + r"|(?:last|next|this|coming|past|the|that)\s+)?(?:spring"
         r"|summer|autumn|fall|winter)(?:\s+(?:of\s+)?" + Y + r")?" + _END + r"|\b" + Y
         + r"\s+(?:spring|summer|autumn|fall|winter)\b"),
        ("quarter", r"\b(?:the\s+)?(?:" + _POS + r")?(?:first|second|third|fourth|final|last|1st"
         r"|2nd|3rd|4th)[\s-]+(?:fiscal\s+|financial\s+|calendar\s+)?(?:quarter|half)(?:\s+(?:of"
         r"\s+)?(?:(?:fiscal\s+)?" + Y + r"|(?:the\s+)?(?:this|last|next|current|previous|same)"
         r"\s+(?:fiscal\s+|financial\s+)?year|the\s+year))?\b|\b(?-i:Q[1-4])(?:\s+" + Y + r")?\b|\b"
         + Y + r"\s+(?-i:Q[1-4])\b"),
        ("fiscal", r"\b(?:the\s+)?(?:(?:this|last|next|current|previous|coming)\s+)?(?:fiscal"
         r"|financial)\s+(?:year(?:\s*" + Y + r")?|" + Y + r"|'\d\d)\b|\b(?-i:FY)\s?'?(?:\d{4}"
         r"|\d{2})\b"),
        ("week_of", r"\b(?:the\s+)?(?:first|second|third|fourth|last|final)\s+(?:week|weekend)"
         r"\s+(?:of|in)\s+(?:" + MF + r"(?:\s+" + Y + r")?|(?:this|last|next)\s+month)\b"),
        ("decade", r"(?:\bthe\s+)?(?:" + _POS + r")?(?:\b(?:1[5-9]|20)\d0|'\d0|\b\d0)'?s\b"
         r"|\bthe\s+(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"),
        ("century", r"\b(?:the\s+)?(?:" + _POS + r")?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third"
         r"|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
         r"|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
         r"|twenty-first)[\s-]+century\b"),
        ("year", r"(?:\b" + _POS + r"|\bthe\s+year\s+)?(?<![\d$\u00a3\u20ac.,/-])" + Y
         + r"(?![\d%]|,\d|\.\d|/\d|-\d\d-)|(?<![\w'])'\d\d\b(?!')"),
        ("weekday", r"\b(?:(?:last|next|this|coming|past|early|late)\s+(?:on\s+)?)?" + WF
         + r"(?:\s+(?:morning|afternoon|evening|night))?\b"),
        ("time", r"(?<![\w:.])(?:\d{1,2}(?:[:.][0-5]\d)?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)(?![\w])"
         r"|\d{1,2}:[0-5]\d(?::[0-5]\d)?(?![\d:])|(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:" + _TZ
         + r"|hours|hrs)\b)|noon|midnight|midday)(?:\s*\(?\s*(?:" + _TZ + r")(?:\s*[+-]\s*\d{1,2}"
         r"(?::?\d\d)?)?(?:\s*\))?)?(?:\s*(?:hours|hrs)\b)?(?:\s*,?\s+(?:on\s+)?" + _DAYWORD
         + r"\b)?"),
        ("pod_of", r"\b(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+(?:" + WA + r",?\s+)?"
         r"(?:(?:the\s+)?" + D + r"\s+(?:of\s+)?" + MA + r"(?:,?\s+" + Y + r")?|" + MA + r"\s+" + D
         + r"(?:,?\s+" + Y + r")?|" + WF + r")" + _END),
        ("deictic", r"\b(?:(?:earlier|later)\s+)?(?:today|tonight|yesterday|tomorrow)(?:\s+"
         r"(?:morning|afternoon|evening|night))?\b|\b(?:this|last|that|tomorrow|yesterday|that\s+same"
         r"|the\s+same|the\s+following|the\s+next|the\s+previous)\s+(?:morning|afternoon|evening"
         r"|night)\b|\bthe\s+day\s+(?:before\s+yesterday|after"
         r"\s+tomorrow)\b|\bovernight\b"),
        ("relative", r"\b(?:(?:earlier|later)\s+(?:in\s+)?)?(?:" + _POS + r")?(?:the\s+)?(?:last|next"
         r"|this|past|previous|coming|following|current|upcoming|same|that|prior|preceding"
         r"|subsequent)\s+" + _REL_UNIT + r"(?:\s+(?:before|earlier|after|later|previous))?"
         + _END + r"|\b(?:the|a|one)\s+" + _REL_UNIT + r"\s+(?:before|after|earlier|later"
         r"|previous|prior)" + _ALONE),
        ("same_last_year", r"\bthe\s+same\s+(?-i:day|week|month|quarter|period|time)\s+(?:a\s+year"
         r"\s+(?:ago|earlier|before)|(?:of\s+)?(?:the\s+)?(?:last|previous|prior)\s+year)\b"),
        ("reference", r"\b(?:(?:earlier|later|early|late)\s+in\s+|" + _POS + r")?(?:the|that)\s+"
         r"(?:(?:same|very|entire|whole|full)\s+)?(?-i:day|week|weekend|month|year)\b(?!-)"
         r"|\bthat\s+(?-i:time)\b"),
        ("ago", r"\b(?:" + lx.APPROX + r"\s+)?(?:(?:" + N + r"|an?|half\s+an?|" + lx.VAGUE_COUNT
         + r")[\s-]+)?(?:(?:more|full|long)\s+)?" + U + r"\s+(?:(?:ago|earlier|later|afterwards?"
         r"|back|from\s+now|hence)\b|(?:before|after|prior)" + _ALONE + r")"),
        ("duration", r"\b(?:" + lx.APPROX + r"\s+)?(?:(?:the|a|an)\s+)?(?:(?:past|last|next"
         r"|coming|first|previous|following|final|remaining|entire|whole|full|additional|further"
         r"|extra|initial|other|another)\s+)?(?:" + N + r"|an?|half\s+an?|another)[\s-]+(?:(?:"
         r"straight|consecutive|full|long|more|trading|business|working|calendar|successive"
         r"|additional|further|extra|solid|whole)[\s-]+)?" + U + r"(?:[\s-](?:long|old))?(?:\s+and"
         r"\s+a\s+half)?\b"),
        ("vague_duration", r"\b(?:(?:the\s+)?(?:past|last|next|coming|recent|previous|following)"
         r"\s+(?:few\s+|several\s+|couple\s+of\s+)?|(?:several|many|a\s+few|few|some|a\s+couple"
         r"\s+of|couple\s+of|dozens\s+of|hundreds\s+of)\s+|over\s+the\s+)?(?-i:seconds|minutes"
         r"|hours|days|nights|weeks|months|years|decades|centuries)(?:-(?:long|old))?\b"),
        ("vague", r"\b(?:recently|currently|nowadays|lately|presently|now|soon|shortly|later"
         r"|(?:the\s+)?(?:past|future|present|time\s+being|long\s+term|near\s+term|short\s+term"
         r"|medium\s+term|long\s+run|short\s+run|near\s+future|foreseeable\s+future)|at\s+present"
         r"|these\s+days|long-term|short-term|near-term|medium-term|recent|current)\b(?!-)"),
        ("set", r"\b(?:every|each|per)\s+(?:other\s+)?(?:" + lx.UNIT_SG + r"|" + WF
         + r"|morning|afternoon|evening|night)\b|\b(?:once|twice|thrice|" + N + r"\s+times)\s+"
         r"(?:a|an|per|every|each)\s+" + lx.UNIT_SG + r"\b|\b(?:daily|weekly|monthly|yearly"
         r"|annually|annual|hourly|nightly|quarterly|biweekly|fortnightly|bimonthly|biannual"
         r"|biannually|semiannual|semi-annual|biennial)\b"),
        ("holiday", r"\b(?:(?:last|next|this)\s+)?" + _HOLIDAYS + r"(?:,?\s+" + Y + r")?\b"),
    ]


@cache
def compiled() -> list[tuple[str, re.Pattern[str]]]:
    return [(name, re.compile(p, re.I)) for name, p in _patterns()]


# Speed: every match of a pattern contains one of its anchor words, and begins at most _REACH
# characters before it. Scanning only near anchors gives the same matches as scanning the whole
# text (tests/test_time.py checks both ways on every bundled article) at a fraction of the cost:
# Python's re tries a pattern's optional prefixes at every position of the text.
_UNIT = (r"\b(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur"
         r"|millenni)")
_MONTH = (r"(?-i:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL"
          r"|AUG|SEP|OCT|NOV|DEC))")
_ANCHORS = {
    "full_date": _MONTH, "month_day": _MONTH, "month_year": _MONTH, "month": _MONTH,
    "season": r"\b(?:spring|summer|autumn|fall|winter)",
    "quarter": r"\b(?:quarter|half|Q[1-4])",
    "fiscal": r"\b(?:fiscal|financial|FY)",
    "week_of": r"\bweek",
    "decade": r"\d0'?s|ties\b",
    "century": r"\bcentury",
    "weekday": r"(?-i:\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN))",
    "deictic": r"\b(?:today|tonight|yesterday|tomorrow|overnight|morning|afternoon|evening|night|day\b)",
    "relative": (r"\b(?:last|next|this|past|previous|coming|following|current|upcoming|same|that"
                 r"|prior|preceding|subsequent|the|a|one)\s+(?:day|week|weekend|fortnight|month"
                 r"|quarter|year|decade|century)\b"),
    "duration": _UNIT, "vague_duration": _UNIT,
    "ago": _UNIT + r"\w*\s+(?:ago|earlier|later|afterwards?|back|from\s+now|hence|before|after|prior)\b",
    "same_last_year": r"\bsame\s+(?:day|week|month|quarter|period|time)\b",
    "reference": (r"\b(?:the|that)\s+(?:(?:same|very|entire|whole|full)\s+)?(?:day|week|weekend"
                  r"|month|year)\b|\bthat\s+time\b"),
    "set": (r"\b(?:every|each|per|once|twice|thrice|times|daily|weekly|monthly|yearly|annual"
            r"|hourly|nightly|quarterly|fortnightly|biweekly|bimonthly|biannual|semi)"),
}
_REACH = 80  # longest stretch from a match's start to its anchor ("the very end of ... 1990s")
_SPAN = 400  # longest match (with its lookahead) from its start: windows never cut one short


@cache
def _anchor(regex: str) -> re.Pattern[str]:
    return re.compile(regex, re.I)


def scan(name: str, pat: re.Pattern[str], text: str):
    """``pat.finditer(text)``, run only where a match can be."""
    anchor = _ANCHORS.get(name)
    if anchor is None:
        yield from pat.finditer(text)
        return
    last = 0
    ranges: list[list[int]] = []  # where matches may start, anchors close together merged
    for hit in _anchor(anchor).finditer(text):
        if ranges and hit.start() - _REACH <= ranges[-1][1]:
            ranges[-1][1] = hit.start()
        else:
            ranges.append([max(0, hit.start() - _REACH), hit.start()])
    for lo, hi in ranges:
        pos = max(last, lo)
        while pos <= hi:
            m = pat.search(text, pos, min(len(text), hi + _SPAN))
            if m is None or m.start() > hi:
                break
            full = pat.match(text, m.start())  # the same match with the whole text after it
            if full is None:
                pos = m.start() + 1
                continue
            yield full
            last = pos = max(full.end(), full.start() + 1)


# words that, before a standalone month or season, show it is a date ("in May", "since spring")
_DATE_PREP = {"in", "since", "until", "till", "by", "during", "from", "to", "of", "through",
              "before", "after", "between", "and", "or", "early", "late", "mid", "last", "next",
              "this", "that", "the", "each", "every", "throughout", "around", "for",
              "on", "into", "as", "at", "over"}  # fmt: skip
_AGE_OWNERS = {"his", "her", "their", "my", "your", "our", "its", "whose"}
_NOT_YEAR_AFTER = {"%", "percent", "per", "km", "kilometres", "kilometers", "miles", "metres",
                   "meters", "feet", "ft", "m", "mph", "kg", "tonnes", "tons", "mw", "gw", "cc",
                   "hours", "hrs", "gmt", "utc", "bc", "bce", "ad", "x", "px"}  # fmt: skip
_NOT_YEAR_BEFORE = {"$", "\u00a3", "\u20ac", "no", "no.", "number", "#", "route", "flight",
                    "highway", "room", "page", "pages", "section", "article", "resolution",
                    "boeing", "airbus", "model", "code", "rule", "bill", "item"}  # fmt: skip
_HOUR_NOUNS = {"working", "office", "business", "opening", "visiting", "peak", "rush", "man",
               "flying", "flight", "labour", "labor", "overtime", "extra", "after", "wee",
               "small", "operating", "trading", "school", "waking", "daylight"}  # fmt: skip
_AMOUNT_WORDS = {"dollars", "euros", "pounds", "yuan", "rupees", "naira", "shillings", "cents",
                 "barrels", "tonnes", "tons", "people", "times", "percent", "%"}  # fmt: skip


def _prev_word(doc, i: int):
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return doc[j] if j >= 0 else None


def _keep(doc, span, name: str) -> bool:
    """Context filters for patterns that also match non-temporal words."""
    text = span.text
    low = text.lower()
    prev = _prev_word(doc, span.start)
    prev_low = prev.lower_ if prev is not None else ""
    nxt = doc[span.end] if span.end < len(doc) else None
    if name == "month":
        core = low.split()[-1]
        if prev is not None and prev.is_title and not prev.is_sent_start and prev.pos_ == "PROPN" \
                and prev_low not in _DATE_PREP:
            return False  # "Theresa May", "Jennifer April"
        if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" and len(low.split()) == 1:
            return False  # "April Ryan", "June Carter"
        if core == "may" and len(low.split()) == 1 and prev_low not in _DATE_PREP:
            return False
        if core == "march" and len(low.split()) == 1 and (span[0].is_sent_start or prev_low in ("a", "the")):
            return False
    if name == "season":
        words = low.split()
        if words[-1] == "fall" and len(words) == 1:
            return False
        if len(words) == 1 and prev_low in _AGE_OWNERS and nxt is not None and nxt.pos_ == "NOUN":
            return True  # "their autumn meetings", "its spring session"
        if len(words) == 1 and (prev_low not in _DATE_PREP or (text[0].isupper() and prev is not None
                                                               and prev.is_title and not prev.is_sent_start)):
            return False
    if name == "year":
        if prev_low in _NOT_YEAR_BEFORE or (nxt is not None and nxt.lower_ in _NOT_YEAR_AFTER):
            return False
        if (nxt is not None and nxt.tag_ == "NNS" and len(text) == 4 and prev_low not in _DATE_PREP
                and prev_low not in _AGE_OWNERS and prev_low not in ("'s", "these", "those")):
            return False  # "said 1850 people were evacuated": a count
        if text.startswith("'") and prev_low not in _DATE_PREP and prev_low.rstrip(".") not in lx.MONTHS:
            return False  # "iLife '11", "Windows '98": a product's name, not a date
        if (prev is not None and prev.pos_ == "PROPN" and prev.is_title and not prev.is_sent_start
                and prev_low.rstrip(".") not in lx.MONTHS and nxt is not None and nxt.is_title
                and nxt.pos_ == "PROPN"):
            return False  # "the Russell 2000 Index": inside a name
        digits = re.search(r"\d{4}", text)
        if digits and int(digits[0]) < 1800 and prev_low not in _DATE_PREP:
            return False
        if nxt is not None and nxt.text in (":", "-") and span.end + 1 < len(doc) and doc[span.end + 1].like_num:
            return nxt.text == "-" and len(doc[span.end + 1].text) in (2, 4)  # 2009-10, 2014-2016
    if name == "decade" and (prev_low in _AGE_OWNERS or (prev is not None and prev_low in (
            "early", "mid", "late", "mid-") and _prev_word(doc, prev.i) is not None
            and _prev_word(doc, prev.i).lower_ in _AGE_OWNERS)):
        return False
    if name in ("set", "vague") and text[:1].isupper() and not span[0].is_sent_start:
        return False  # "the Weekly Standard", "Current Affairs"
    if name == "vague":
        if low == "now" and nxt is not None and nxt.lower_ == "that":
            return False
        if low in ("current", "recent", "present", "the present") and nxt is not None and nxt.pos_ in (
                "NOUN", "PROPN") and nxt.lower_ in ("account", "accounts", "affairs", "events"):
            return False
        if low in ("later", "soon") and prev_low in ("as", "no", "sooner"):
            return False
    if name in ("duration", "ago"):
        words = low.replace("-", " ").split()
        if words and words[-1] in ("second", "quarter") and (len(words) < 2 or words[-2] in ("a", "an", "one")):
            return False  # "a second round", "a quarter of the vote"
    if name == "vague_duration":
        if low in ("hours", "days", "years", "months", "weeks", "minutes", "seconds", "nights") and (
                prev_low in _HOUR_NOUNS or prev_low in ("the", "these", "those", "whose", "of", "'s", "all")
                or prev_low in _AGE_OWNERS):
            return False
        if low == "seconds":
            return False
    return True


def _set_context(doc, span) -> bool:
    """ "$5 a year", "25.5 billion pounds a year": a rate, not a duration."""
    words = span.text.lower().split()
    if len(words) != 2 or words[0] not in ("a", "an"):
        return False
    prev = _prev_word(doc, span.start)
    return prev is not None and (prev.like_num or prev.lower_ in _AMOUNT_WORDS
                                 or prev.tag_ in ("CD", "$") or prev.ent_type_ in ("MONEY", "QUANTITY", "PERCENT"))


def _attributive(doc, span) -> bool:
    """ "a five-year high", "a four day rally": a counted duration that modifies a noun."""
    if len(span) < 3 or span[0].lower_ not in ("a", "an") or not (span[1].like_num or span[1].pos_ == "NUM"):
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    return "-" in span.text or (nxt is not None and nxt.pos_ == "NOUN" and span[-1].tag_ == "NN")


def find(doc) -> list[Candidate]:
    """Candidate time expressions in ``doc``, in order, never overlapping."""
    text = doc.text
    found: list[tuple[int, int, int, str]] = []
    for rank, (name, pat) in enumerate(compiled()):
        for m in scan(name, pat, text):
            s, e = m.span()
            while e > s and text[e - 1] in " \n,":
                e -= 1
            if e > s:
                found.append((s, e, rank, name))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    taken: list[tuple[int, int]] = []
    rejected: list[tuple[int, int]] = []
    out: list[Candidate] = []
    for s, e, _, name in found:
        if any(s < te and ts < e for ts, te in taken):
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if not _keep(doc, span, name):
            rejected.append((s, e))  # "about a quarter of the homes": not spaCy's to claim either
            continue
        taken.append((s, e))
        hint = "SET" if name == "duration" and _set_context(doc, span) else None
        start = span.start
        if name == "duration" and hint is None and _attributive(doc, span):
            start += 1  # "a 12-hour flight": the article belongs to "flight"
        out.append(Candidate(start, span.end, name, hint))
    # spaCy's entities where no pattern matched (the normaliser decides whether they are times)
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if any(ent.start_char < te and ts < ent.end_char for ts, te in taken + rejected):
            continue
        if ent.text.replace(",", "").isdigit():
            continue  # "2741 confirmed cases": a bare number is a year only if the year pattern says so
        out.append(Candidate(ent.start, ent.end, "spacy"))
    out.sort(key=lambda c: c.start)
    return out
