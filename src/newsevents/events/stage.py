"""Stage ``events``: triggers from the lexicon, arguments from the dependency parse, coded
actors on at least one side, then factuality, date, place, evidence and confidence.

The stage walks each sentence's tokens and asks, in order: ``triggers`` (is this an event
word?), ``arguments`` (who acts, on whom?), ``readings`` (does the context change the code?),
``targets`` (whom does it imply?), ``filters`` (is it an event between political actors at
all?), ``commitments`` (does stating it make a promise, threat, refusal or demand?)."""

from __future__ import annotations

import hashlib

from ..nlp.stages import ArticleContext, stage
from ..places.tokens import token_countries
from ..records import Actor, Event, PloverCode, SentenceRef, Trigger
from .arguments import (
    RELATIONS,
    TARGET_PREPS,
    VIOLENT_TYPES,
    actor_at,
    arguments,
    both_ways,
    compliers,
    dedupe,
    prep_targets,
    subject_of,
)
from .commitments import (
    COMMENTATORS,
    DEMAND_ENTRY,
    PENALTY_THREAT,
    THREAT_ENTRY,
    commitment_of,
    consequence_in,
    demand_in,
    firm_response,
    judged_wrong,
    measures_announced,
    met_with_force,
    publication_date,
    punishment_foretold,
    ultimatum_in,
    warning_to_all,
    wont_stand_by,
)
from .counterpart import implied_counterparts
from .factuality import factuality
from .filters import generic_gerund, not_an_event
from .ontology import TriggerEntry, load_object_patterns, load_triggers
from .readings import (
    AID_STOPPED,
    CENSORSHIP,
    GATHER_ENTRY,
    LEAVE_IGO,
    TRAVEL_ADVISORY,
    WEAPONS_TEST,
    accusing_claim,
    aid_stopped,
    alert_raised,
    armed_boarding,
    border_closed,
    by_sector,
    crowd_clash,
    custody_placed,
    deadline_given,
    departure,
    deployment_ordered,
    dismissed_as_false,
    entry_ban,
    expulsion,
    forced_into_vehicle,
    forces_ordered,
    gathering,
    hostage_taking,
    incursion,
    kept_closed,
    live_fire,
    off_the_air,
    ordered_done,
    own_build_up,
    persona_non_grata,
    place_taken,
    pressing,
    readiness,
    received,
    state_excluded,
    terror_listing,
    travel_advisory,
    travel_destination,
    travel_word,
    troops_to_help,
    vow_of_cooperation,
    vowed_violence,
    warning_against,
    weapons_test,
)
from .targets import (
    REACTION_TYPES,
    answered_pressure,
    attack_author,
    both_sides,
    court_not_target,
    crowd_targets,
    deported_home,
    document_author,
    facility_owner,
    implied_crowd,
    implied_government,
    implied_population,
    implied_state,
    mediated_pair,
    mediated_parties,
    object_author,
    referenced_event_source,
    responsibility_claimant,
    shared_targets,
    threatened_side,
    warned_at_large,
    warned_party,
)
from .triggers import is_idiom, is_light, object_is_trigger, object_pattern, trigger_entry

# acts whose addressees may be named only as "all sides", "the two leaders"
CUSTODY_TRANSFER = TriggerEntry("transfer", "VERB", "COERCE", "arrest", "173", "agent_patient")
SIDE_TYPES = {"CONSULT", "REQUEST", "AGREE", "COOPERATE", "AID", "SUPPORT", "ACCUSE", "SANCTION", "THREATEN"}
FIRST_PERSON = {"we", "us", "our", "i", "me", "my"}


def _quoted_speakers(ctx: ArticleContext, by_token) -> None:
    """"'We will hunt these terrorists wherever they hide,' the minister said": "we", "I", "our"
    inside a direct quotation stand for its speaker."""
    quotes = [q for q in ctx.results.get("quotes", []) if q.kind == "direct" and q.speaker is not None]
    if not quotes:
        return
    for tok in ctx.doc:
        if tok.lower_ not in FIRST_PERSON or tok.i in by_token:
            continue
        start, end = ctx.span(tok.idx, tok.idx + len(tok.text))
        quote = next((q for q in quotes if q.start <= start and end <= q.end), None)
        if quote is not None:
            by_token[tok.i] = quote.speaker.model_copy(update={"text": tok.text, "start": start, "end": end})


# a commentator described by what they teach ("who teaches media law at …")
TEACHING = {"teaches", "taught"}


def _commentary(ctx: ArticleContext) -> set[int]:
    """Tokens quoted from a commentator ("'Chad is fighting on the lake almost alone,' said a
    security researcher at the University of N'Djamena"): an analyst's characterisation of a
    conflict reports no event."""
    spans = [(q.start, q.end) for q in ctx.results.get("quotes", []) if q.kind == "direct" and q.speaker_text
             and set(q.speaker_text.lower().replace(",", " ").split()) & (COMMENTATORS | TEACHING)]
    if not spans:
        return set()
    out = set()
    for tok in ctx.doc:
        start, end = ctx.span(tok.idx, tok.idx + len(tok.text))
        if any(a <= start and end <= b for a, b in spans):
            out.add(tok.i)
    return out


@stage("events", requires=("doc", "actor_by_token", "quotes"),
       assigns=("events", "event_tokens", "commitments"))
def find_events(ctx: ArticleContext) -> dict:
    lex = load_triggers()
    patterns = load_object_patterns()
    by_token = ctx.results.get("actor_by_token", {})
    _quoted_speakers(ctx, by_token)
    place_of = token_countries(ctx.results.get("place_ents", []))
    events: list[Event] = []
    anchors: list = []
    commitments: set[int] = set()
    seen: set[tuple[int, int]] = set()
    claimed_objects: set[int] = set()
    commentary = _commentary(ctx)

    def emit(tok, first, last, entry, source, target) -> None:
        """The event, and the promise or threat it makes when it is a commitment."""
        ev = _build(ctx, s_index, sent, tok, first, last, entry, source, target, by_token)
        events.append(ev)
        anchors.append(tok)
        companion = commitment_of(ev, tok, lex, ctx)
        if companion is not None and not companion.target:
            # "said he would not step down": a refusal answers the demand made of him
            got = answered_pressure(companion.plover.type, events, companion.source, s_index)
            if got:
                companion = companion.model_copy(update={"target": got})
        if companion is not None:
            if companion.plover.type == "REJECT" and ev.factuality == "negated":
                # "will not allow X", "would not accept troops": the refusal is the event; the
                # negated act adds nothing to it
                events.pop()
                anchors.pop()
            commitments.add(len(events))
            events.append(companion)
            anchors.append(tok)

    def implied(tok, entry, source, target) -> list[Actor]:
        """The target when the sentence names none: the author of an event reacted to, the
        government a domestic protest is aimed at, the people a curfew bears on; a joint act
        of two countries is coded both ways."""
        if not target and entry.plover_type in REACTION_TYPES:
            target = referenced_event_source(tok, lex, events, source, s_index, entry.plover_type, by_token)
        if entry.plover_type == "PROTEST" and source and not target:
            target = implied_government(ctx, tok, source)
        if not target and source and entry.cameo == "175":
            target = crowd_targets(tok, events, source, s_index, by_token)  # "responded with tear gas"
        if not target and source:
            target = implied_population(ctx, tok, entry, source)  # "the army imposed a curfew"
        if not target:
            target = answered_pressure(entry.plover_type, events, source, s_index)  # "withdrew the bill"
        if not target and entry.plover_type == "THREATEN" and source:
            target = threatened_side(ctx, tok, source, place_of)  # "would hit Beirut's suburbs"
        if not target and entry.plover_type == "THREATEN" and source:
            target = warned_at_large(ctx, tok, source, by_token)  # "warned that anyone who …"
        if not target and entry.plover_type == "THREATEN" and source:
            target = warned_party(tok, source, by_token)  # "warned that the party's ministers could be dismissed"
        if not target and entry.plover_type == "THREATEN" and source and _threatens_protest(tok, lex, patterns):
            target = implied_government(ctx, tok, source)  # "the unions threatened an indefinite strike"
        if not target and entry.cameo == "045":
            target = [a for a in mediated_parties(tok, by_token) if a not in source]  # "brokered a truce between …"
            target = target or mediated_pair(ctx, tok, source)  # "the truce, mediated by Egypt"
        if not target and entry.plover_type in SIDE_TYPES:
            target = both_sides(ctx, tok, source, by_token)  # "urged all sides to exercise restraint"
        return both_ways(entry, source, target)  # "Kinshasa and Kigali agreed …"

    for s_index, sent in enumerate(ctx.doc.sents):
        for tok in sent:
            if tok.i in claimed_objects or tok.i in commentary:
                continue
            pat = object_pattern(tok, patterns)
            if pat is not None and generic_gerund(tok):
                continue  # "burning the property of ordinary people is not a political opinion"
            if pat is not None:
                entry, obj = pat
                entry = own_build_up(tok, entry, obj)  # "sent tanks and soldiers toward its frontier"
                entry = dismissed_as_false(tok, entry, obj)  # "calling the accusations 'groundless'"
                entry = armed_boarding(tok, entry)  # "personnel armed with knives boarded …"
                entry = troops_to_help(tok, entry, by_token)  # "sent troops to Russia to help it fight"
                source, target = arguments(tok, entry, by_token)
                if entry.plover_mode == "obstruct":
                    entry = by_sector(tok, entry, source, target)  # "police set up roadblocks": a state blockade
                source = source or document_author(tok, events, s_index)  # "The decree imposes a curfew"
                source = source or implied_state(ctx, tok, entry)  # "The emergency was declared on Nov. 2"
                rest = [a for a in target if a not in actor_at(obj, by_token)]
                if not rest and entry.cameo != "045":
                    # "handed over the gang leader to the United States": the object is the
                    # thing handed, the recipient the target ("brought the delegations to Doha":
                    # a venue, not a party)
                    rest = [a for c in tok.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
                            for a in prep_targets(c, by_token, entry) if a not in actor_at(obj, by_token)]
                if entry.cameo == "063" and not rest:
                    # "transferred six gang leaders to the maximum-security prison": no state
                    # receives them; they are moved in custody
                    entry = CUSTODY_TRANSFER
                target = rest or ([] if entry.frame == "with" else target)  # "exchanged prisoners"
                if obj.lemma_.lower() in RELATIONS:
                    # "cut diplomatic ties with Morocco": the partner named on the ties
                    partner = [a for g in obj.children if g.dep_ == "prep" and g.lower_ in ("with", "to")
                               for a in prep_targets(g, by_token, entry) if a not in source]
                    target = partner or target
                elif entry.cameo == "161":
                    # "recalled its ambassador from Phnom Penh": the state the envoy leaves
                    own = {a.country for a in source}
                    left = [a for h in (tok, obj) for g in h.children if g.dep_ == "prep" and g.lower_ == "from"
                            for a in prep_targets(g, by_token, entry) if a.country not in own]
                    target = left or [a for a in target if a.country not in own]
                if entry.cameo == "045":
                    # a mediator's own capital is the venue ("brought the delegations to Doha")
                    target = [a for a in target if a.country not in {s.country for s in source}]
                target = target or object_author(ctx, obj, source, by_token)  # "overrode a presidential veto"
                if not target and entry.plover_type in VIOLENT_TYPES:
                    target = facility_owner(ctx, tok, source, place_of)  # "dropped bombs on the refinery"
                entry, target = _show_of_force(tok, entry, source, target, by_token)
                target = border_closed(tok, entry, source, target, by_token)  # "closed its border with Belarus"
                target = implied(tok, entry, source, target)  # "branded the strikes executions"
                if source or target:
                    claimed_objects.add(obj.i)
                    if not (obj.dep_ == "dobj" and obj.head.i == tok.i) and obj.dep_ != "conj":
                        # "called the suspension 'an act of war'": the act named is referred
                        # to, not done again
                        claimed_objects.update(c.i for c in tok.children if c.dep_ == "dobj")
                    seen.add((tok.i, tok.i))
                    emit(tok, tok.i, tok.i, entry, source, target)
                    continue
            # a crowd of protesters gathering is a protest, even with a verb the lexicon reads
            # otherwise ("protesters who had massed outside": not troops massing)
            got = (gathering(tok, by_token) or terror_listing(tok) or deadline_given(tok) or persona_non_grata(tok)
                   or aid_stopped(tok, lex) or live_fire(tok) or alert_raised(tok) or readiness(tok, lex, patterns)
                   or custody_placed(tok) or kept_closed(tok) or forced_into_vehicle(tok) or incursion(tok)
                   or deployment_ordered(tok) or forces_ordered(tok, by_token, lex, patterns) or pressing(tok, by_token) or state_excluded(tok, by_token)
                   or departure(tok, by_token) or received(tok, by_token) or hostage_taking(tok) or off_the_air(tok)
                   or ordered_done(tok)
                   or travel_advisory(tok)
                   or trigger_entry(tok, lex)
                   or accusing_claim(tok, lex, patterns, by_token))
            demand = (demand_in(tok, by_token) or consequence_in(tok, by_token) or met_with_force(tok, by_token)
                      or punishment_foretold(tok, by_token)
                      or wont_stand_by(tok, by_token) or warning_to_all(tok, by_token)
                      or firm_response(tok, by_token) or measures_announced(tok, by_token)
                      or judged_wrong(tok, by_token, patterns)
                      or (ultimatum_in(tok, by_token) if got is None else None))
            if demand is not None:
                # "X said Y must withdraw": the demand is an event now, the withdrawal is not
                events.append(_build(ctx, s_index, sent, tok, tok.i, tok.i, *demand, by_token))
                anchors.append(tok)
            if got is None:
                continue
            entry, first, last = got
            entry = vow_of_cooperation(tok, entry, lex, patterns)  # "vowed to help Ukraine rebuild"
            if last > tok.i and (last > first + 1 or entry is AID_STOPPED):
                # "cessation of hostilities", "stopped sending funds": no second event on the
                # trigger's last word
                claimed_objects.add(last)
            if (first, last) in seen or object_is_trigger(tok, lex) or is_idiom(tok):
                continue
            expel = expulsion(tok) or entry_ban(tok)
            if expel is not None:
                entry = expel
                if expel is CENSORSHIP:  # the silencing ordered is the same act
                    claimed_objects.update(c.i for c in tok.children if c.dep_ in ("xcomp", "ccomp"))
            source, target = arguments(tok, entry, by_token)
            if entry is TRAVEL_ADVISORY:
                # the citizens told to stay away are not the target; their destination is (and
                # the travel advised against is no visit of its own)
                target = travel_destination(tok, by_token)
                claimed_objects.update(g.i for g in tok.subtree if travel_word(g))
            if entry is LEAVE_IGO:
                # "pulled the Philippines out of the court": the country leaves, the body is left
                igo = [a for a in source + target if a.sector == "IGO"]
                igo += [a for t in tok.subtree if t.i in by_token and (a := by_token[t.i]).sector == "IGO" and a not in igo]
                source = dedupe([a for a in source + target if a.sector != "IGO"])
                target = igo[:1]
            if not target and entry.plover_type in VIOLENT_TYPES:
                target = facility_owner(ctx, tok, source, place_of)
            if not source and entry.plover_type == "ASSAULT":
                source = attack_author(tok, lex, events, by_token, s_index)  # "26 civilians were killed in the strikes"
                target = [a for a in target if a not in source]  # ("killed in police operations")
            if not source:
                source = responsibility_claimant(tok, by_token)  # "claimed responsibility for the attack"
            if not source:
                source = document_author(tok, events, s_index)  # "The decree imposes a curfew"
            target = court_not_target(ctx, tok, entry, source, target, by_token)
            target = deported_home(tok, entry, source, target, place_of)  # "deported … people to Haiti"
            if not source and not target:
                source = implied_crowd(ctx, tok, entry, by_token, place_of)  # "Mass protests erupted in Nairobi"
            if not source and not target:
                continue
            entry = by_sector(tok, entry, source, target)
            target = border_closed(tok, entry, source, target, by_token)  # "closed its border with Belarus"
            entry, source, target = crowd_clash(tok, entry, source, target, by_token)
            entry = place_taken(tok, entry, place_of)  # "M23 rebels captured Goma"
            entry = warning_against(tok, entry, lex)  # "cautioned against outside interference"
            entry, target = _show_of_force(tok, entry, source, target, by_token)
            if entry.plover_type == "AGREE" and vowed_violence(tok, lex, patterns):
                entry = THREAT_ENTRY  # "vowed to break the siege", "pledged to crush the rebels"
                if not target:
                    target = arguments(tok, entry, by_token)[1]  # "… until the RSF laid down its arms"
                own = {a.code for a in source}
                if not target:
                    # "vowed that those responsible would pay": the one the vowed clause befalls
                    target = dedupe([a for c in tok.children if c.dep_ == "ccomp" for n in c.children
                                     if n.dep_ in ("nsubj", "nsubjpass") for a in actor_at(n, by_token)
                                     if a.code not in own])
                if not target:
                    # "vowed that protests would continue until Rama goes": the one who must comply
                    target = dedupe(compliers([c for c in tok.children if c.dep_ in ("ccomp", "xcomp")], by_token, own))
            if entry is GATHER_ENTRY or (entry.plover_type == "PROTEST" and entry.plover_mode == "demo"):
                # "marched at the front of the crowd": the crowd marches with them, not against them
                target = [a for a in target if a.sector not in ("CVL", "REF")]
            target = implied(tok, entry, source, target)
            if not_an_event(ctx, tok, entry, source, target):
                continue
            seen.add((first, last))
            emit(tok, first, last, entry, source, target)
            if tok.pos_ == "VERB" and tok.lemma_.lower() in HALTING and entry.plover_type in ("SANCTION", "RETREAT", "CONCEDE"):
                # "suspended cooperation with the IAEA", "halted its bombing campaign": the act
                # stopped is named in the stopping, not done (and not "negated") again
                claimed_objects.update(t.i for c in tok.children if c.dep_ == "dobj"
                                       for t in (c, *(g for g in c.children if g.dep_ in ("compound", "amod", "nmod"))))
    # event_tokens[i] is the trigger token of events[i]: later stages (dating, locate,
    # attribution) read the parse through it and return an updated "events" list;
    # commitments holds the indices of promises/threats/refusals made when reported
    events = shared_targets(events, anchors)  # "condemned the seizure … and demanded the ship's release"
    events = implied_counterparts(ctx, events, anchors)  # "He rejected the results"
    return {"events": events, "event_tokens": anchors, "commitments": commitments}


def _show_of_force(tok, entry: TriggerEntry, source: list[Actor], target: list[Actor],
                   by_token) -> tuple[TriggerEntry, list[Actor]]:
    """"North Korea fired a ballistic missile off its east coast": a show of force; "fired
    missiles into the waters around Taiwan": a show of force aimed at Taiwan."""
    if not weapons_test(tok, entry, source, target, by_token):
        return entry, target
    own = {a.country for a in source}
    return WEAPONS_TEST, [a for a in target if a.country not in own]


HALTING = {"suspend", "halt", "stop", "freeze", "end", "cease", "cancel"}
PROTEST_NOUNS = {"strike", "walkout", "boycott", "protest", "march", "demonstration", "rally", "sit-in", "shutdown"}


def _threatens_protest(tok, lex, patterns) -> bool:
    """The act threatened is a strike, march or boycott ("threatened to make the strike
    indefinite", "threatened to stage a general strike")."""
    for c in tok.children:
        if c.dep_ not in ("xcomp", "ccomp") or c.pos_ != "VERB":
            continue
        got = object_pattern(c, patterns)
        kinds = [got[0].plover_type] if got else []
        kinds += [e[0].plover_type for x in (c, *(o for o in c.children if o.dep_ == "dobj"))
                  if (e := trigger_entry(x, lex)) is not None]
        if "PROTEST" in kinds or any(o.lemma_.lower() in PROTEST_NOUNS for o in c.subtree):
            return True
    return False


def _build(ctx: ArticleContext, s_index: int, sent, tok, first: int, last: int, entry: TriggerEntry,
           source: list[Actor], target: list[Actor], by_token) -> Event:
    # a noun under a light verb takes the verb's modality: "will give a grant", "did not launch an attack"
    governor = tok.head if tok.pos_ != "VERB" and tok.dep_ in ("dobj", "nsubjpass") and is_light(tok.head) else tok
    if governor is tok and tok.pos_ != "VERB" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        # "an attack on its vessels would invoke the treaty": the clause's modality
        if any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may") for c in tok.head.children):
            governor = tok.head
    fact, cue = factuality(governor)
    attribution = None
    if cue is not None:
        subj = subject_of(cue)
        if subj is not None:
            attribution = next(iter(actor_at(subj, by_token)), None)
    if entry is DEMAND_ENTRY or entry is PENALTY_THREAT:
        fact, attribution = "asserted", None  # the demand or threat is made in the saying
    d, historical = publication_date(ctx), False
    trig_span = ctx.doc[first:last + 1]
    t_start, t_end = ctx.span(trig_span.start_char, trig_span.end_char)
    s_text = sent.text.rstrip()
    s_start, s_end = ctx.span(sent.start_char, sent.start_char + len(s_text))
    eid = hashlib.sha1(f"{ctx.article.id}:{t_start}:{entry.plover_type}".encode()).hexdigest()
    named = [a for a in target if a.role != "implied"]
    confidence = (0.4 + 0.25 * bool(source) + 0.2 * bool(named) + 0.1 * (bool(target) and not named)
                  + 0.1 * (fact == "asserted"))
    return Event(
        id=eid, article_id=ctx.article.id,
        plover=PloverCode(type=entry.plover_type, mode=entry.plover_mode), cameo=entry.cameo,
        source=source, target=target, date=d, historical=historical,
        place=None, factuality=fact,  # type: ignore[arg-type]  (stage locate sets the place)
        attribution=attribution,
        sentence=SentenceRef(index=s_index, start=s_start, end=s_end, text=s_text),
        trigger=Trigger(text=trig_span.text, start=t_start, end=t_end),
        confidence=round(min(confidence, 0.95), 2))
