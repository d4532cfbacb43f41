"""Stage ``timexes``: every time expression in the body, normalised against the publication date.

Assigns ``timexes`` (list of Timex records, in text order) and ``timex_ents`` (list of
(spaCy Span, Timex) pairs: what the event dater reads)."""

from __future__ import annotations

import re
from datetime import date

from ..nlp.stages import ArticleContext, stage
from ..records import Timex
from .lexicon import QUANTITY_NOUNS
from .normalize import Norm, normalize
from .recognise import find
from .tense import governing_verb, tense_of

# kept for callers of the first version of this module
verb_tense = tense_of


def anchor_date(ctx: ArticleContext) -> date | None:
    """The publication date, the anchor of every relative expression (None when unknown)."""
    pub = ctx.article.published
    try:
        return date.fromisoformat(pub[:10]) if pub else None
    except ValueError:
        return None


def _is_reference(norm: Norm) -> bool:
    """Can later anaphoric expressions ("the same day", "a week later") count from this one?"""
    return (norm.type in ("DATE", "TIME") and norm.value[:1].isdigit()
            and norm.earliest is not None and norm.latest is not None
            and norm.granularity not in ("decade", "century", "unknown"))


def _tense(span) -> str:
    words = {t.lower_ for t in span}
    if words & {"next", "coming", "upcoming"}:
        return "future"
    if words & {"last", "past", "previous", "ago"}:
        return "past"
    root = span.root
    if root.dep_ in ("compound", "nmod", "amod", "nummod", "poss") and root.head.pos_ in ("NOUN", "PROPN") \
            and root.head.i not in range(span.start, span.end):
        return "present"  # "the November 13 deadline": a noun's date, not the verb's tense
    tense = tense_of(root)
    doc = span.doc
    if span.start and doc[span.start - 1].lower_ in ("until", "till") and tense == "past":
        # "markets have stayed closed until Friday": a present perfect runs on into the future
        verb = governing_verb(span.root)
        chain = [verb, *verb.ancestors]
        if any(a.dep_ == "aux" and a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP")
               for v in chain for a in v.children):
            return "future"
    return tense


def to_timex(ctx: ArticleContext, span, norm: Norm) -> Timex:
    start, end = ctx.span(span.start_char, span.end_char)
    return Timex(text=ctx.article.text[start:end], start=start, end=end, type=norm.type,  # type: ignore[arg-type]
                 value=norm.value,
                 earliest=norm.earliest.isoformat() if norm.earliest else None,
                 latest=norm.latest.isoformat() if norm.latest else None,
                 granularity=norm.granularity)  # type: ignore[arg-type]


# "three weeks later", "the next day": counted from the story's reference time, not from today
_ANAPHORIC = re.compile(r"\b(?:later|earlier|afterwards?|the\s+(?:next|following|previous|same)"
                        r"|that\s+same)\b", re.I)
_DEICTIC = re.compile(r"\b(?:this|today|tonight|ago|now)\b", re.I)
_YEAR_DIGITS = re.compile(r"\d{4}|'\d\d")
# year-less names whose year a narrative reference decides ("Weeks later, on Nov. 9")
_YEARLESS = {"month_day", "month", "weekday", "season", "holiday", "pod_of"}
_BOUND_WORDS = {"since", "until", "till"}
_CLOCK = re.compile(r"T\d\d:\d\d")
_DAY_WORDS = re.compile(r"\b(?:today|tonight|yesterday|tomorrow|mon|tue|wed|thu|fri|sat|sun|jan"
                        r"|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|morning|afternoon|evening"
                        r"|night)[a-z]*\b|\d{4}-\d\d-\d\d", re.I)


def _anaphoric(text: str) -> bool:
    return bool(_ANAPHORIC.search(text)) and not _DEICTIC.search(text)


def timexes_in(ctx: ArticleContext) -> list[tuple[object, Timex]]:
    """(Span, Timex) for every time expression in the Doc, in order.

    A year-less date that follows an anaphoric expression in the same sentence ("Weeks later,
    on Nov. 9, …", "The next year, in March, …") is resolved near that expression's date, not
    near the publication date."""
    doc = ctx.doc
    anchor = anchor_date(ctx)
    ref: Norm | None = None
    narrative: tuple[int, date] | None = None  # (sentence start, date) of an anaphoric expression
    found: list[tuple[object, Norm]] = []
    for cand in find(doc):
        span = doc[cand.start:cand.end]
        sent_start = span.sent.start
        if (narrative is not None and narrative[0] == sent_start and cand.pattern in _YEARLESS
                and not _YEAR_DIGITS.search(span.text)):
            norm = normalize(span.text, narrative[1], "present", ref)
        else:
            norm = normalize(span.text, anchor, _tense(span), ref)
        if norm is not None and norm.earliest is not None and _anaphoric(span.text) and ref is not None:
            narrative = (sent_start, norm.earliest)
        if norm is None:
            continue
        if cand.pattern == "spacy" and (norm.value.startswith("X") or norm.type == "SET"):
            continue  # an entity the grammar only half understands is not worth a guess
        if cand.hint == "SET" and norm.type == "DURATION":
            norm = Norm("SET", norm.value)
        if (norm.type == "SET" and len(span) == 1 and span.end < len(doc)
                and doc[span.end].lemma_.lower() in QUANTITY_NOUNS):
            norm = Norm("DURATION", norm.value)  # "annual profit": measured over a year
        prev = doc[span.start - 1].lower_ if span.start else ""
        if _is_reference(norm) and prev not in _BOUND_WORDS:  # "lowest since 1982" sets no scene
            ref = norm
        found.append((span, norm))
    return [(span, to_timex(ctx, span, norm)) for span, norm in _days_for_times(found)]


def _days_for_times(found: list[tuple[object, Norm]]) -> list[tuple[object, Norm]]:
    """A clock time with no day of its own ("at 18:00 UTC") takes the day named elsewhere in its
    sentence ("made its first flight on Tuesday at 18:00 UTC", "at 16:15 UTC, June 1st")."""
    out = []
    for span, norm in found:
        if norm.type == "TIME" and _CLOCK.search(norm.value) and not _DAY_WORDS.search(span.text):
            days = [(abs(s.start - span.start), n) for s, n in found
                    if s.sent.start == span.sent.start and n.type == "DATE" and n.granularity == "day"
                    and n.earliest is not None and n.value[:1].isdigit()]
            if days:
                d = min(days, key=lambda x: x[0])[1].earliest
                norm = Norm("TIME", d.isoformat() + norm.value[norm.value.index("T"):], d, d, norm.granularity)
        out.append((span, norm))
    return out


@stage("timexes", requires=("doc",), assigns=("timexes", "timex_ents"))
def find_timexes(ctx: ArticleContext) -> dict:
    pairs = timexes_in(ctx)
    return {"timexes": [t for _, t in pairs], "timex_ents": pairs}
