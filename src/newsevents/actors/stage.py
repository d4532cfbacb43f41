"""Stage ``actors``: every actor mention in the body (noun phrases and named entities), coded
from the knowledge base (people and organisations with dated roles) and the lexicons, then
resolved within the article (surnames, descriptions, pronouns)."""

from __future__ import annotations

from dataclasses import replace

from ..nlp.stages import ArticleContext, stage
from ..records import Actor
from .coding import Coding, code_phrase
from .coref import (
    NameMemory,
    description_head,
    is_person,
    person_name,
    resolve_description,
    resolve_pronouns,
    sentence_numbers,
    short_name,
)
from .kb import as_date, load_kb
from .lexicon import load_lexicon

ENT_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
INTERNATIONAL_SECTORS = {"IGO", "NGO"}


def _mention_spans(doc):
    """Candidate mentions: noun chunks, plus entities outside any chunk, without overlaps."""
    spans = list(doc.noun_chunks)
    covered = {t.i for s in spans for t in s}
    for ent in doc.ents:
        if ent.label_ in ENT_LABELS and not any(t.i in covered for t in ent):
            spans.append(ent)
    return sorted(spans, key=lambda s: s.start)


def _kb_paths(ctx: ArticleContext) -> tuple[str, ...]:
    return tuple(getattr(ctx.options, "kb_paths", ()) or ())


@stage("actors", requires=("doc", "focus_country"), assigns=("actors", "actor_by_token"))
def find_actors(ctx: ArticleContext) -> dict:
    """Persons and organisations of the knowledge base take their role on the publication date
    (a "then-"/"former" title names a past role); a short name ("Ruto") or a bare description
    ("the minister", "the crowd") takes the coding of its antecedent; domestic actors named
    without a country ("police", "the government") take the article's focus country."""
    lex = load_lexicon()
    kb = load_kb(_kb_paths(ctx))
    day = as_date(ctx.article.published)
    focus = ctx.results.get("focus_country")
    sent_of = sentence_numbers(ctx.doc)
    names = NameMemory()
    actors: list[Actor] = []
    mentions = []
    by_token: dict[int, Actor] = {}
    for span in _mention_spans(ctx.doc):
        if span.root.pos_ == "PRON":
            continue
        coding: Coding | None = None
        antecedent: Actor | None = None
        short = short_name(span, lex) if is_person(span) or span.root.pos_ == "PROPN" else None
        known = False
        if short is not None:
            known, coding = names.recall(short)
        if coding is None:
            # a short name of an uncoded person seen earlier is not looked up in the KB
            coding = code_phrase(span, lex, None if known else kb, day)
        if coding is None or coding.kb_id is None:
            head = description_head(span, lex)
            if head is not None:
                antecedent = resolve_description(span, head, lex, mentions, sent_of)
        if coding is not None and coding.tokens is not None:
            span = ctx.doc[coding.tokens[0]: coding.tokens[1]]  # "Pelosi's grandchildren" → Pelosi
        if antecedent is not None:
            start, end = ctx.span(span.start_char, span.end_char)
            actor = antecedent.model_copy(update={"text": span.text, "start": start, "end": end})
        elif coding is None:
            if is_person(span) and (pname := person_name(span)):
                names.remember(pname, None)
            continue
        else:
            pname = person_name(span) if is_person(span) else None
            if pname and coding.kb_id is None and coding.name != pname:
                coding = replace(coding, name=pname)  # "Interior Minister Jane Doe" → "Jane Doe"
            actor = _actor(ctx, span, coding, focus)
            if is_person(span):
                if pname:
                    names.remember(pname, coding)
                if coding.kb_id:
                    names.remember(coding.name, coding)
        actors.append(actor)
        mentions.append((span, actor))
        for t in span:
            by_token[t.i] = actor
    for pron, actor in resolve_pronouns(ctx.doc, mentions):
        start, end = ctx.span(pron.idx, pron.idx + len(pron.text))
        copy = actor.model_copy(update={"text": pron.text, "start": start, "end": end})
        actors.append(copy)
        by_token[pron.i] = copy
    actors.sort(key=lambda a: a.start)
    return {"actors": actors, "actor_by_token": by_token}


def _actor(ctx: ArticleContext, span, coding: Coding, focus: str | None) -> Actor:
    country, code = coding.country, coding.code
    igo_org = coding.kb_id is not None and coding.kb_id.startswith("org:")
    if country is None and focus and coding.sector not in INTERNATIONAL_SECTORS and not igo_org:
        country, code = focus, focus + (coding.sector or "")
    start, end = ctx.span(span.start_char, span.end_char)
    return Actor(text=span.text, start=start, end=end, name=coding.name, kb_id=coding.kb_id,
                 country=country, sector=coding.sector, code=code, role=coding.role)
