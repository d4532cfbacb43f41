"""The implied counterpart: the target of a directed event whose text names none (and the doer
of an event told without one).

"The coastguard denied the account", "He rejected the results", "Israeli troops fired several
shots", "the ministry condemned the ruling", "Eritrea has called up reservists": an event of any
kind but a protest (which has its own implied government) is aimed at someone, and when
neither the sentence nor the earlier rules (``targets``) name whom, a reader takes the party the
article is about. That is the article's most named country (its actors, not international bodies)
unless the source is that country itself: then the counterpart is the second most named country
when the story is between two countries (named at least ``INTERNATIONAL_SHARE`` as often as the
first), else the source's own country (a domestic story: "the opposition rejected the results").
The country must be named in at least ``MIN_SENTENCES`` sentences.

The counterpart is an implied actor (no text of its own, on the trigger, role "implied") and
keeps the event's confidence as it was: users who want only targets the text names drop the
implied ones. Measured on the development sets' exhaustive annotations (docs/benchmarks.md,
tenth and eleventh sessions; ``implied_side_accuracy`` in ``newsevents eval examples``), an
implied side has the annotated country in 84% of the events whose annotation names that side;
about a quarter of the implied sides fall on events whose annotation names none.

The same reading gives an event told without a doer, of a kind only a party does ("Two suspects
were arrested near Kirundo"), the doer: the counterpart of its target. Only events told as done
(asserted or claimed) get one: a plan or a denial of an act names its counterpart less often."""

from __future__ import annotations

from ..actors.coref import is_party, party_counts, sentence_numbers
from ..nlp.stages import ArticleContext
from ..records import Event
from .targets import implied_on

# PLOVER types whose events are aimed at someone: all but PROTEST, which has its own implied
# government (the ninth and tenth sessions left out MOBILIZE, RETREAT, COOPERATE, AGREE and AID;
# measured in the eleventh, their implied targets are as often right as the others')
COUNTERPART_TYPES = {"ACCUSE", "REJECT", "THREATEN", "ASSAULT", "COERCE", "SANCTION", "REQUEST",
                     "CONSULT", "CONCEDE", "SUPPORT", "MOBILIZE", "RETREAT", "COOPERATE", "AGREE", "AID"}
# PLOVER types whose events told without a doer ("Two suspects were arrested near Kirundo",
# "the demand was rejected") are done by the other side in the same way (not ASSAULT: an attack
# whose author the text does not name stays unattributed; nor MOBILIZE, RETREAT, AGREE)
AGENT_TYPES = {"COERCE", "ACCUSE", "PROTEST", "REQUEST", "REJECT", "CONSULT", "THREATEN", "SANCTION",
               "SUPPORT", "CONCEDE", "AID", "COOPERATE"}
DONE = {"asserted", "claimed"}
# the second country is a party of its own when named at least this share as often as the first
INTERNATIONAL_SHARE = 0.4
# a country the article is about is named in at least this many sentences (a one-sentence
# report, "Egypt reserved its right to take all measures", implies no one)
MIN_SENTENCES = 2


def counterpart_country(ranked: list[tuple[str, int]], own: set, sentences: dict[str, int]) -> str | None:
    """The country an event of a source from ``own`` countries is implicitly aimed at, given the
    article's countries ranked by mentions and the number of sentences naming each."""
    if not ranked:
        return None
    first, n_first = ranked[0]
    others = [(c, n) for c, n in ranked if c not in own]
    if first not in own:
        country = first
    elif others and others[0][1] >= INTERNATIONAL_SHARE * n_first:
        country = others[0][0]
    elif len(own) > 1:
        return None  # "Norway and Switzerland mediated": sources of two countries are not a domestic story
    else:
        country = first
    return country if sentences.get(country, 0) >= MIN_SENTENCES else None


def implied_counterparts(ctx: ArticleContext, events: list[Event], anchors: list) -> list[Event]:
    """``events`` with the implied counterpart set as the target of each directed event, told as
    done, that has a source and no target (and as the source of one with a target and no source)."""
    ranked = sorted(party_counts(ctx.results.get("actors", [])).items(), key=lambda kv: -kv[1])
    sent_of = sentence_numbers(ctx.doc)
    named_in: dict[str, set[int]] = {}
    for i, actor in ctx.results.get("actor_by_token", {}).items():
        if is_party(actor):
            named_in.setdefault(actor.country, set()).add(sent_of[i])
    sentences = {c: len(s) for c, s in named_in.items()}
    out = []
    for ev, tok in zip(events, anchors, strict=True):
        if ev.factuality not in DONE or bool(ev.source) == bool(ev.target):
            out.append(ev)
            continue
        if ev.source and ev.plover.type in COUNTERPART_TYPES:
            country = counterpart_country(ranked, {a.country for a in ev.source}, sentences)
            if country is not None:
                ev = ev.model_copy(update={"target": [implied_on(ctx, tok, country, None, "counterpart in")]})
        elif ev.target and ev.plover.type in AGENT_TYPES:
            country = counterpart_country(ranked, {a.country for a in ev.target}, sentences)
            if country is not None:
                ev = ev.model_copy(update={"source": [implied_on(ctx, tok, country, None, "actor in")]})
        out.append(ev)
    return out
