"""Stage ``actors``: every actor mention in the body (noun phrases and named entities)."""

from __future__ import annotations

from ..nlp.stages import ArticleContext, stage
from ..records import Actor
from .coding import code_phrase
from .lexicon import load_lexicon

ENT_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


def _mention_spans(doc):
    """Candidate mentions: noun chunks, plus entities outside any chunk, without overlaps."""
    spans = list(doc.noun_chunks)
    covered = {t.i for s in spans for t in s}
    for ent in doc.ents:
        if ent.label_ in ENT_LABELS and not any(t.i in covered for t in ent):
            spans.append(ent)
    return sorted(spans, key=lambda s: s.start)


INTERNATIONAL_SECTORS = {"IGO", "NGO"}


@stage("actors", requires=("doc", "focus_country"), assigns=("actors", "actor_by_token"))
def find_actors(ctx: ArticleContext) -> dict:
    """Domestic actors named without a country ("police", "the government") take the article's
    focus country (dateline and most-mentioned country)."""
    lex = load_lexicon()
    focus = ctx.results.get("focus_country")
    actors: list[Actor] = []
    by_token: dict[int, Actor] = {}
    for span in _mention_spans(ctx.doc):
        if span.root.pos_ == "PRON":
            continue
        coding = code_phrase(span, lex)
        if coding is None:
            continue
        country, code = coding.country, coding.code
        if country is None and focus and coding.sector not in INTERNATIONAL_SECTORS and not coding.kb_id:
            country, code = focus, focus + (coding.sector or "")
        start, end = ctx.span(span.start_char, span.end_char)
        actor = Actor(text=span.text, start=start, end=end, name=coding.name, kb_id=coding.kb_id,
                      country=country, sector=coding.sector, code=code, role=coding.role)
        actors.append(actor)
        for t in span:
            by_token[t.i] = actor
    return {"actors": actors, "actor_by_token": by_token}
