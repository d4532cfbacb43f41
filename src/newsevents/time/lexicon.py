"""Words and regex fragments shared by the recogniser and the normaliser (TimeML value subset).

Everything here is plain data; the compiled patterns live in ``recognise.py`` and
``normalize.py`` and are built lazily on first use."""

from __future__ import annotations

from .parse import MONTHS, WEEKDAYS

__all__ = ["MONTHS", "WEEKDAYS"]

ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19}  # fmt: skip
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}  # fmt: skip
# counts that name a number; "several", "a few" … are vague (X in TimeML values)
SPECIAL_NUMBERS = {"a": 1, "an": 1, "single": 1, "a single": 1, "a couple of": 2, "couple of": 2,
                   "a couple": 2, "a dozen": 12, "dozen": 12, "a hundred": 100, "one hundred": 100,
                   "a half": 0.5, "half a": 0.5, "half an": 0.5}  # fmt: skip
VAGUE_NUMBERS = ("several", "many", "a few", "few", "some", "dozens of", "hundreds of",
                 "a number of", "numerous", "countless", "multiple")  # fmt: skip
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
            "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
            "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
            "twenty-first": 21, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}  # fmt: skip

# unit word → (TimeML duration designator, is a time-of-day unit, granularity)
UNITS = {
    "second": ("S", True, "time"), "minute": ("M", True, "time"), "hour": ("H", True, "time"),
    "day": ("D", False, "day"), "night": ("D", False, "day"), "week": ("W", False, "week"),
    "weekend": ("WE", False, "week"), "fortnight": ("W", False, "week"),
    "month": ("M", False, "month"), "quarter": ("Q", False, "quarter"),
    "year": ("Y", False, "year"), "decade": ("DE", False, "decade"),
    "century": ("CE", False, "century"), "millennium": ("ML", False, "century"),
}  # fmt: skip
UNIT_PLURALS = {"seconds": "second", "minutes": "minute", "hours": "hour", "days": "day",
                "nights": "night", "weeks": "week", "weekends": "weekend",
                "fortnights": "fortnight", "months": "month", "quarters": "quarter",
                "years": "year", "decades": "decade", "centuries": "century",
                "millennia": "millennium", "yrs": "year", "hrs": "hour", "mins": "minute"}  # fmt: skip

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "midday": "MI", "noon": "MI", "overnight": "NI"}  # fmt: skip

# fixed-date holidays (month, day); movable ones are computed in normalize.py
HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
            "boxing day": (12, 26), "new year's day": (1, 1), "new year's eve": (12, 31),
            "new year": (1, 1), "new years day": (1, 1), "new years eve": (12, 31),
            "valentine's day": (2, 14), "halloween": (10, 31), "may day": (5, 1),
            "armistice day": (11, 11)}  # fmt: skip
MOVABLE_HOLIDAYS = ("easter", "easter sunday", "easter monday", "good friday", "thanksgiving",
                    "thanksgiving day")  # fmt: skip

# vague references (TimeML PAST_REF / PRESENT_REF / FUTURE_REF)
VAGUE = {
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "formerly": "PAST_REF", "in the past": "PAST_REF", "previously": "PAST_REF",
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "at present": "PRESENT_REF", "the present": "PRESENT_REF",
    "presently": "PRESENT_REF", "the time being": "PRESENT_REF", "these days": "PRESENT_REF",
    "right now": "PRESENT_REF", "just now": "PAST_REF", "the moment": "PRESENT_REF",
    "the future": "FUTURE_REF", "soon": "FUTURE_REF", "shortly": "FUTURE_REF",
    "the long term": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the long run": "FUTURE_REF", "the short run": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF", "long-term": "FUTURE_REF",
    "short-term": "FUTURE_REF", "near-term": "FUTURE_REF", "medium-term": "FUTURE_REF",
    "the medium term": "FUTURE_REF", "later": "FUTURE_REF", "very soon": "FUTURE_REF",
    "the days ahead": "FUTURE_REF", "the weeks ahead": "FUTURE_REF",
    "the months ahead": "FUTURE_REF", "the years ahead": "FUTURE_REF",
}  # fmt: skip

SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
             "yearly": "P1Y", "annually": "P1Y", "annual": "P1Y", "hourly": "PT1H",
             "quarterly": "P3M", "biweekly": "P2W", "fortnightly": "P2W", "bimonthly": "P2M",
             "biannual": "P6M", "biannually": "P6M", "semiannual": "P6M",
             "semi-annual": "P6M", "semi-annually": "P6M", "biennial": "P2Y"}  # fmt: skip

# "annual profit", "quarterly sales": a quantity measured over the period (DURATION), where
# "annual conference" recurs (SET)
QUANTITY_NOUNS = {"profit", "loss", "revenue", "sale", "income", "earning", "growth", "budget",
                  "output", "rate", "inflation", "deficit", "surplus", "turnover", "salary",
                  "wage", "return", "production", "consumption", "spending", "cost", "fee",
                  "rent", "subscription"}  # fmt: skip

# regex fragments (used inside patterns compiled with re.IGNORECASE)
_months_full = ("January|February|March|April|May|June|July|August|September|October|November"
                "|December")
MONTH_FULL = r"(?-i:" + _months_full + r"|" + _months_full.upper() + r")"
MONTH_ANY = (r"(?-i:(?:" + _months_full + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
             r"\.?|" + _months_full.upper() + r"|(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV"
             r"|DEC)\.?)")
_wd_full = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
WEEKDAY_FULL = r"(?-i:" + _wd_full + r"|" + _wd_full.upper() + r")"
WEEKDAY_ANY = r"(?-i:(?:" + _wd_full + r"|Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)\.?)"
DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)"
NUM_WORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three"
            r"|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine"
            r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            r"|a\s+hundred|one\s+hundred|a\s+dozen|dozen|a\s+couple\s+of|a\s+couple|couple\s+of"
            r"|single|a\s+single)")
NUMBER = (r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + NUM_WORD +
          r")(?:\s+and\s+a\s+half)?")
VAGUE_COUNT = (r"(?:several|many|a\s+few|few|some|dozens\s+of|hundreds\s+of|a\s+number\s+of"
               r"|numerous|multiple)")
UNIT_SG = (r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade"
           r"|century|millennium)")
UNIT_PL = (r"(?:seconds|minutes|hours|days|nights|weeks|weekends|fortnights|months|quarters"
           r"|years|decades|centuries|millennia)")
UNIT_ANY = r"(?:" + UNIT_PL + r"|" + UNIT_SG + r")"
POSITION = (r"(?:(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|turn|first\s+half"
            r"|second\s+half|latter\s+part|early\s+part|later\s+part)\s+of|early|mid|late"
            r"|earlier|later)")
APPROX = (r"(?:about|around|approximately|nearly|almost|roughly|some|more\s+than|over|under"
          r"|less\s+than|at\s+least|at\s+most|up\s+to|just\s+over|just\s+under|close\s+to"
          r"|barely|only|just|fewer\s+than|well\s+over|no\s+more\s+than)")
REL_WORD = r"(?:last|next|this|past|previous|coming|following|current|upcoming|same|that)"
ORDINAL_WORD = (r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)")

# event nouns and the verbs that report the same happening, for dating "the coup" from "soldiers
# toppled the president on 26 July" when the noun itself is never dated in the article
EVENT_NOUN_VERBS = {
    "coup": {"topple", "overthrow", "oust", "depose", "seize"},
    "putsch": {"topple", "overthrow", "oust", "depose", "seize"},
    "takeover": {"seize", "topple", "overthrow", "oust"},
    "election": {"vote", "elect"},
    "vote": {"vote", "elect"},
    "invasion": {"invade"},
    "ambush": {"ambush"},
    "assassination": {"assassinate"},
    "expulsion": {"expel"},
    "resignation": {"resign", "quit"},
}
