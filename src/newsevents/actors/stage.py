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
    mentions = []
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


PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
THING_PRONOUNS = {"it", "its"}
PLURAL_PRONOUNS = {"they", "them", "their"}
ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "poss", "pobj", "dative", "agent"}
MAX_SENTENCES_BACK = 2


def _is_person(span) -> bool:
    return span.root.ent_type_ == "PERSON" or any(t.ent_type_ == "PERSON" for t in span)


def resolve_pronouns(doc, mentions):
    """Pronouns in argument positions → the nearest compatible earlier actor mention (same or
    previous two sentences): he/she → a person, it/its → an organisation or state, they/their →
    a group, organisation or state."""
    out = []
    sent_index = {s.start: n for n, s in enumerate(doc.sents)}
    sent_of = {}
    for s in doc.sents:
        for t in s:
            sent_of[t.i] = sent_index[s.start]
    for tok in doc:
        low = tok.lower_
        if tok.pos_ != "PRON" or tok.dep_ not in ARG_DEPS:
            continue
        if low in PERSON_PRONOUNS:
            ok = _is_person
        elif low in THING_PRONOUNS:
            ok = lambda sp: not _is_person(sp) and sp.root.tag_ not in ("NNS", "NNPS")  # noqa: E731
        elif low in PLURAL_PRONOUNS:
            ok = lambda sp: not _is_person(sp)  # noqa: E731
        else:
            continue
        for span, actor in reversed(mentions):
            if span.end > tok.i:
                continue
            if sent_of[tok.i] - sent_of[span.start] > MAX_SENTENCES_BACK:
                break
            if ok(span):
                out.append((tok, actor))
                break
    return out
