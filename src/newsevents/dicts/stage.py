"""Stage ``dict_events``: events coded with the user's PETRARCH-format dictionaries.

Runs only when the options name a dictionary folder (``dicts``, CLI ``--dicts``). Each coded
(source, target, CAMEO) triple becomes an Event with the same evidence as the built-in coder's
(sentence, trigger verb, offsets); its PLOVER type comes from the project's CAMEO→PLOVER table.
A triple whose verb already carries a built-in event of the same PLOVER type is not repeated."""

from __future__ import annotations

import functools
import hashlib
from datetime import date

from ..events.ontology import load_cameo_plover
from ..nlp.stages import ArticleContext, stage
from ..records import Actor, Event, EventDate, PloverCode, SentenceRef, Trigger
from .coder import NULL_CODE, SentenceCoder
from .petrarch import PetrarchDictionaries, load_dictionaries


@functools.lru_cache(maxsize=4)
def _bundle(folder: str) -> PetrarchDictionaries:
    return load_dictionaries(folder)


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def _actor(code: str, known: set[str], start: int, end: int, text: str) -> Actor | None:
    """A dictionary code as an Actor: a known ISO3 prefix is the country, the next three letters
    the sector ("RUSGOV"); other codes (IGOs, "---REB") keep the code with no country."""
    if not code or code == NULL_CODE or set(code) <= {"-"}:
        return None
    country = code[:3] if code[:3] in known else None
    sector = (code[3:6] or None) if country or code.startswith("---") else None
    return Actor(text=text, start=start, end=end, name=code, country=country, sector=sector, code=code)


@stage("dict_events", requires=("doc", "events", "event_tokens"), assigns=("events", "event_tokens"))
def dict_events(ctx: ArticleContext) -> dict:
    folder = getattr(ctx.options, "dicts", None)
    if not folder:
        return {}
    from ..actors.lexicon import load_lexicon

    bundle, table = _bundle(str(folder)), load_cameo_plover()
    known = set(load_lexicon().countries)
    day = _day(ctx.article.published)
    story = bundle.discards.match(ctx.doc.text.upper())
    if story is not None and story.story:
        return {}
    events, tokens = list(ctx.results["events"]), list(ctx.results["event_tokens"])
    have = {(t.i, e.plover.type) for e, t in zip(events, tokens, strict=True)}
    pub = ctx.article.published
    for s_index, sent in enumerate(ctx.doc.sents):
        for ce in SentenceCoder(bundle, sent, day, True).code():
            ptype, mode, _name = table.get(ce.code, (None, None, None))
            if ptype is None or ce.verb_i < 0 or (ce.verb_i, ptype) in have:
                continue
            tok = ctx.doc[ce.verb_i]
            t_start, t_end = ctx.span(tok.idx, tok.idx + len(tok.text))
            s_text = sent.text.rstrip()
            s_start, s_end = ctx.span(sent.start_char, sent.start_char + len(s_text))
            # the dictionary coder works on codes, not mentions: actors carry the code as their
            # text and the sentence as their span
            src = _actor(ce.source, known, s_start, s_end, ce.source)
            tgt = _actor(ce.target, known, s_start, s_end, ce.target)
            eid = hashlib.sha1(f"{ctx.article.id}:{t_start}:{ce.triple}".encode()).hexdigest()
            events.append(Event(
                id=eid, article_id=ctx.article.id, plover=PloverCode(type=ptype, mode=mode),
                cameo=ce.code, source=[src] if src else [], target=[tgt] if tgt else [],
                date=EventDate(value=pub, earliest=pub, latest=pub,
                               granularity="day" if pub else "unknown",
                               basis="publication" if pub else "unknown"),
                factuality="negated" if ce.negated else "asserted",
                sentence=SentenceRef(index=s_index, start=s_start, end=s_end, text=s_text),
                trigger=Trigger(text=tok.text, start=t_start, end=t_end), confidence=0.6))
            tokens.append(tok)
            have.add((ce.verb_i, ptype))
    return {"events": events, "event_tokens": tokens}
