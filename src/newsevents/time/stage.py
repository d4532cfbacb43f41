"""Stage ``timexes``: time expressions in the body, normalised against the publication date."""

from __future__ import annotations

from datetime import date

from ..nlp.stages import ArticleContext, stage
from ..records import Timex
from .normalize import normalize

FUTURE_AUX = {"will", "shall", "'ll", "wo"}


def verb_tense(token) -> str:
    """"future" when the governing verb has will/shall or is planned ("due to", "plans to")."""
    head = token
    while head.dep_ not in ("ROOT",) and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    for t in [head, *head.children]:
        if t.lower_ in FUTURE_AUX or (t.dep_ == "aux" and t.lower_ == "to" and head.head.lemma_ in ("plan", "due", "expect", "schedule")):
            return "future"
    if head.tag_ in ("VBP", "VBZ") and head.lemma_ in ("be",) and any(c.lower_ == "going" for c in head.children):
        return "future"
    return "past"


def anchor_date(ctx: ArticleContext) -> date | None:
    pub = ctx.article.published
    try:
        return date.fromisoformat(pub) if pub else None
    except ValueError:
        return None


@stage("timexes", requires=("doc",), assigns=("timexes", "timex_ents"))
def find_timexes(ctx: ArticleContext) -> dict:
    anchor = anchor_date(ctx)
    out: list[Timex] = []
    pairs = []
    for ent in ctx.doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        norm = normalize(ent.text, anchor, verb_tense(ent.root))
        if norm is None:
            continue
        start, end = ctx.span(ent.start_char, ent.end_char)
        out.append(Timex(
            text=ent.text, start=start, end=end,
            type="TIME" if ent.label_ == "TIME" and norm.type == "DATE" else norm.type,
            value=norm.value, earliest=norm.earliest.isoformat() if norm.earliest else None,
            latest=norm.latest.isoformat() if norm.latest else None,
            granularity=norm.granularity))  # type: ignore[arg-type]
        pairs.append((ent, out[-1]))
    return {"timexes": out, "timex_ents": pairs}
