"""Stage ``timexes``: every time expression in the body, normalised against the publication date.

Assigns ``timexes`` (list of Timex records, in text order) and ``timex_ents`` (list of
(spaCy Span, Timex) pairs: what the event dater reads)."""

from __future__ import annotations

from datetime import date

from ..nlp.stages import ArticleContext, stage
from ..records import Timex
from .normalize import Norm, normalize
from .recognise import find
from .tense import tense_of

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
    return tense_of(span.root)


def to_timex(ctx: ArticleContext, span, norm: Norm) -> Timex:
    start, end = ctx.span(span.start_char, span.end_char)
    return Timex(text=ctx.article.text[start:end], start=start, end=end, type=norm.type,  # type: ignore[arg-type]
                 value=norm.value,
                 earliest=norm.earliest.isoformat() if norm.earliest else None,
                 latest=norm.latest.isoformat() if norm.latest else None,
                 granularity=norm.granularity)  # type: ignore[arg-type]


def timexes_in(ctx: ArticleContext) -> list[tuple[object, Timex]]:
    """(Span, Timex) for every time expression in the Doc, in order."""
    doc = ctx.doc
    anchor = anchor_date(ctx)
    ref: Norm | None = None
    pairs = []
    for cand in find(doc):
        span = doc[cand.start:cand.end]
        norm = normalize(span.text, anchor, _tense(span), ref)
        if norm is None:
            continue
        if cand.pattern == "spacy" and (norm.value.startswith("X") or norm.type == "SET"):
            continue  # an entity the grammar only half understands is not worth a guess
        if cand.hint == "SET" and norm.type == "DURATION":
            norm = Norm("SET", norm.value)
        if _is_reference(norm):
            ref = norm
        pairs.append((span, to_timex(ctx, span, norm)))
    return pairs


@stage("timexes", requires=("doc",), assigns=("timexes", "timex_ents"))
def find_timexes(ctx: ArticleContext) -> dict:
    pairs = timexes_in(ctx)
    return {"timexes": [t for _, t in pairs], "timex_ents": pairs}
