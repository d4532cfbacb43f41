"""Attribution (stage ``attribution``): who says each reported event happened.

Reads the events and their trigger tokens (``event_tokens``), the quotes stage's ``speech``
scopes and ``speakers``, and returns the events with ``attribution`` and ``factuality`` decided
here, after the events stage (this stage is the single authority on both for reported events):

- an event inside quotation marks is attributed to the quote's speaker, unless a speech verb
  inside the same quotation governs it ("prosecutors say he …" inside someone's quote);
- an event in the complement of a speech cue ("X said (that) …", "threatened to …",
  "accused Y of …", "blamed Y for …", "according to X") is attributed to the cue's speaker;
- with a claim cue (claim, allege, accuse, charge, blame, contend, assert, insist, maintain) it
  is ``claimed``; precedence negated > hypothetical > future > claimed > asserted, so a
  negated, hypothetical or future event keeps its factuality;
- events stated by the reporter (no speech scope) carry no attribution; a ``claimed`` event
  with no claimant is ``asserted``.
"""

from __future__ import annotations

from ..nlp.stages import ArticleContext, stage
from ..records import Actor
from .cues import content_edge, cue_of
from .speakers import Speakers

KEEP = {"negated", "hypothetical", "future"}
WALK_UP = 8


def governing_cue(tok, speakers: Speakers):
    """The nearest speech cue whose reported content holds ``tok`` (or "according to X" on its
    clause): (cue token, Cue or None for "according to")."""
    below = tok
    for _ in range(WALK_UP):
        for c in below.children:
            if c.lower_ == "according" and c.dep_ == "prep" and not speakers.in_quote(c):
                return c, None
        up = below.head
        if up.i == below.i:
            break
        cue = cue_of(up)
        if cue is not None and content_edge(below, cue):
            return up, cue
        below = up
    return None


def _in_marked(speech, tok):
    idx = tok.idx
    inside = [s for s in speech if s.marked and s.start <= idx < s.end]
    return min(inside, key=lambda s: s.end - s.start) if inside else None


def attribute(tok, speech, speakers: Speakers) -> tuple[Actor | None, bool]:
    """(speaker, claim) for the event whose trigger is ``tok``."""
    quote = _in_marked(speech, tok)
    got = governing_cue(tok, speakers)
    if got is not None:
        cue_tok, cue = got
        inside_same = quote is not None and quote.start <= cue_tok.idx < quote.end
        if quote is None or inside_same or quote.speaker is None:
            actor, _ = speakers.of_cue(cue_tok)
            if actor is not None:
                return actor, bool(cue and cue.claim)
    if quote is not None:
        return quote.speaker, quote.claim
    return None, False


@stage("attribution", requires=("events", "event_tokens", "quotes"), assigns=("events",))
def attribute_events(ctx: ArticleContext) -> dict:
    events = ctx.results["events"]
    tokens = ctx.results.get("event_tokens") or []
    speech = ctx.results.get("speech") or []
    speakers = ctx.results.get("speakers") or Speakers(ctx)
    out = []
    for ev, tok in zip(events, tokens, strict=False):
        speaker, claim = attribute(tok, speech, speakers)
        fact = ev.factuality
        if fact not in KEEP:
            if speaker is not None and claim:
                fact = "claimed"
            elif fact == "claimed":
                fact = "asserted"
        out.append(ev.model_copy(update={"attribution": speaker, "factuality": fact}))
    out += events[len(out):]
    return {"events": out}
