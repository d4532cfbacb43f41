"""Stage ``events``: triggers from the lexicon, arguments from the dependency parse, coded
actors on at least one side, then factuality, date, place, evidence and confidence."""

from __future__ import annotations

import hashlib

from ..actors.lexicon import load_lexicon
from ..nlp.stages import ArticleContext, stage
from ..places.stage import token_countries
from ..records import Actor, Event, EventDate, PloverCode, SentenceRef, Trigger
from .factuality import factuality
from .ontology import TriggerEntry, load_object_patterns, load_triggers

LIGHT_VERBS = {"reimpose", "wage", "carry", "launch", "stage", "hold", "conduct", "mount", "impose", "make",
               "issue", "lodge", "file", "announce", "order", "begin", "start", "continue", "lead",
               "organise", "organize", "call", "give", "provide", "send", "deliver", "supply", "offer",
               "reach", "undertake", "open", "extend", "take", "fire", "use", "pay", "hand",
               "strike", "resume", "tighten", "expand", "increase", "maintain", "keep", "enforce",
               "implement", "intensify", "step", "escalate", "end", "declare", "approve", "adopt", "pass", "table", "put", "unleash"}  # fmt: skip
# a future commitment by its own source is, in PLOVER 2021, a promise (AGREE) or a threat
PROMISE_TYPES = {"AID", "COOPERATE", "CONCEDE", "RETREAT", "SUPPORT", "CONSULT", "AGREE"}
THREAT_TYPES = {"ASSAULT", "COERCE", "SANCTION", "PROTEST"}
DEMAND_MODALS = {"must", "should"}
GENERIC_SECTORS = {"CVL", "REF", None}
# violence against civilians is an event even when the perpetrator goes unnamed
VIOLENT_TYPES = {"ASSAULT", "COERCE"}
SECURITY_SECTORS = {"COP", "MIL", "SPY"}
# speech acts whose target is the subject of the reported or demanded clause
CLAUSE_TARGET_TYPES = {"ACCUSE", "REQUEST"}
DEMAND_CUES = {"say", "declare", "insist", "reiterate", "conclude", "tell", "state", "warn", "stress",
               "argue", "write", "add", "note", "remind", "issue"}  # fmt: skip
PROTEST_SITE_PREPS = {"outside", "near", "opposite", "before", "beside", "around"}
TARGET_PREPS = {"against", "on", "at", "into", "upon", "toward", "towards", "with", "to", "of", "over", "in"}


def lemma_forms(tok) -> tuple[str, ...]:
    """The lemma and, for verbs, forms undone by hand where the small model's lemmatizer slips
    ("staged" → "stag"): staged → stage, carried → carry, attacking → attack."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return (lemma,)
    low = tok.lower_
    forms = [lemma]
    for suffix, add in (("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"),
                        ("ies", "y"), ("es", ""), ("s", "")):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            forms.append(low[: len(low) - len(suffix)] + add)
    return tuple(dict.fromkeys(forms))


def _is_light(tok) -> bool:
    return any(f in LIGHT_VERBS for f in lemma_forms(tok))


CONTAINER_NOUNS = {"mission", "effort", "operation", "programme", "program", "team", "package",
                   "plan", "campaign", "process", "initiative", "shipment", "convoy", "delivery",
                   "supply", "supplies", "consignment", "flight", "unit", "contingent"}  # fmt: skip
SPEECH_NOUNS = {"speech", "address", "remark", "statement", "lecture", "sermon", "message",
                "interview", "briefing", "eulogy", "keynote", "testimony", "toast"}  # fmt: skip
MEDIA_NOUNS = {"video", "statement", "report", "footage", "figure", "data", "list", "document",
               "film", "photo", "photograph", "image", "recording", "audio", "album", "book",
               "transcript", "communique", "communiqué", "details", "result", "findings"}  # fmt: skip
MONEY_NOUNS = {"dollar", "million", "billion", "money", "bribe", "payment", "cash", "fee",
               "kickback", "euro", "pound", "sum"}  # fmt: skip
AUTHORITY_NOUNS = {"mandate", "power", "term", "extension", "permission", "approval", "licence",
                   "license", "right", "status", "authority", "immunity", "waiver"}  # fmt: skip
MATERIAL_TYPES = {"AID", "SANCTION", "COOPERATE", "RETREAT", "CONCEDE"}
NON_OFFERS = {"evidence", "proof", "explanation", "detail", "details", "comment", "information",
              "reason", "timeline", "timetable", "figure", "name", "condolence", "condolences",
              "prayer", "thought", "view", "opinion", "insight", "glimpse", "apology"}  # fmt: skip
# verbs whose subject suffers the act: "civilians died in the strikes" did not strike
VICTIM_VERBS = {"die", "perish", "suffer", "flee", "drown", "starve", "sustain", "lose"}
REFLEXIVE = {"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"}


def _object_pattern(tok, patterns) -> tuple[TriggerEntry, object] | None:
    """(entry, object token) when a verb and its object form a pattern ("lifted the curfew")."""
    if tok.pos_ != "VERB":
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "oprd")]
    # "branded the strikes extrajudicial executions": the predicate of the object
    objs += [g for o in objs if o.dep_ == "dobj" for g in o.children if g.dep_ in ("oprd", "appos") and g.i > o.i]
    # "tons of food", "a mediation mission": look through "of" complements, and through the
    # compounds of container nouns (not "control measures", "strike price")
    for o in list(objs):
        objs += [g for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        if o.lemma_.lower() in CONTAINER_NOUNS:
            objs += [c for c in o.children if c.dep_ == "compound"]
    particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    for form in lemma_forms(tok):
        for o in objs:
            key = (form, o.lemma_.lower())
            if key in patterns:
                return patterns[key], o
            if o.i > 0:
                key = (form, f"{o.doc[o.i - 1].lower_} {o.lemma_.lower()}")  # "martial law"
                if key in patterns:
                    return patterns[key], o
        if particle and (form + " " + particle) in {v for v, _ in patterns}:
            for o in objs:
                key = (form + " " + particle, o.lemma_.lower())
                if key in patterns:
                    return patterns[key], o
    return None


def _trigger_entry(tok, lex) -> tuple[TriggerEntry, int, int] | None:
    """(entry, first token index, last token index) for a trigger starting at or headed by tok."""
    pos = "NOUN" if tok.pos_ in ("NOUN", "PROPN") else "VERB" if tok.pos_ == "VERB" else None
    if pos is None or tok.ent_type_ in ("DATE", "TIME"):
        return None  # "in March", "on May 9": months are not marches
    forms = lemma_forms(tok)
    # multiword: "air strike", "hunger strike" (compound + head), "call for", "open fire"
    for lemma in forms:
        if tok.i > 0:
            two = f"{tok.doc[tok.i - 1].lower_} {lemma}"
            if (two, pos) in lex:
                return lex[(two, pos)], tok.i - 1, tok.i
        if tok.i + 1 < len(tok.doc):
            two = f"{lemma} {tok.doc[tok.i + 1].lower_}"
            if (two, pos) in lex:
                return lex[(two, pos)], tok.i, tok.i + 1
    for lemma in forms:
        if (lemma, pos) in lex:
            return lex[(lemma, pos)], tok.i, tok.i
    return None


def _object_is_trigger(tok, lex) -> bool:
    """"fired tear gas", "launched an offensive", "signed an accord": the noun is the event."""
    if tok.pos_ != "VERB" or not _is_light(tok):
        return False
    return any(c.dep_ == "dobj" and _trigger_entry(c, lex) is not None for c in tok.children)


def _actor_at(tok, by_token: dict[int, Actor]) -> list[Actor]:
    """Actors for an argument token and the tokens coordinated with it."""
    out: list[Actor] = []
    for t in [tok, *tok.conjuncts]:
        a = by_token.get(t.i)
        if a is None:
            a = next((by_token[c.i] for c in t.subtree if c.i in by_token), None)
        if a is not None and a not in out:
            out.append(a)
            out += [x for x in _coordinated_nationals(t, a) if x not in out]
    return out


def _coordinated_nationals(head, actor: Actor) -> list[Actor]:
    """"Indian and Pakistani troops": one phrase, two actors — the second national adjective
    names the same kind of actor of another country."""
    if actor.country is None:
        return []
    adjectives = load_lexicon().adjectives
    out = []
    for mod in head.children:
        if mod.dep_ not in ("amod", "compound") or adjectives.get(mod.lower_) != actor.country:
            continue
        for other in mod.conjuncts:
            iso3 = adjectives.get(other.lower_)
            if iso3 and iso3 != actor.country:
                out.append(actor.model_copy(update={
                    "country": iso3, "code": iso3 + (actor.sector or ""), "kb_id": None,
                    "name": actor.name.replace(mod.text, other.text) if actor.name else other.text}))
    return out


RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}


def _subject(verb):
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj"):
            if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head  # "supporters who marched": the antecedent
            return c
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        prep, governor = verb.head, verb.head.head
        if prep.lower_ == "of" and governor.pos_ == "VERB":
            obj = next((c for c in governor.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj  # "accused Rwanda of supporting the rebels": Rwanda supports
        if prep.lower_ in ("by", "after", "before", "while", "without") and governor.pos_ == "VERB":
            return _subject(governor)  # "Islamabad retaliated by expelling diplomats"
        return None
    if verb.dep_ in ("xcomp", "conj", "advcl", "relcl", "acomp") and verb.head.i != verb.i:
        if verb.dep_ == "relcl":
            return verb.head
        return _subject(verb.head)
    return None


def _arguments(tok, entry: TriggerEntry, by_token) -> tuple[list[Actor], list[Actor]]:
    source: list[Actor] = []
    target: list[Actor] = []
    if tok.pos_ == "VERB":
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        for c in tok.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        source += _actor_at(p, by_token)
            elif c.dep_ == "nsubjpass" or (c.dep_ in ("dobj", "dative") and not passive):
                target += _actor_at(c, by_token)
            elif c.dep_ == "prep" and (c.lower_ in TARGET_PREPS or (
                    entry.plover_type == "PROTEST" and c.lower_ in PROTEST_SITE_PREPS)) and not target:
                # "rallied outside the French base", "protested in front of the parliament":
                # a protest's site names whom it is aimed at
                target += _prep_targets(c, by_token, entry)
        if not passive:
            subj = _subject(tok)
            if subj is not None:
                source += _actor_at(subj, by_token)
        if not target:
            # "threatened to shell Iraqi towns", "refused to meet the king": the target of the
            # intended action is the target of the threat, refusal or promise
            for c in tok.children:
                if c.dep_ == "xcomp" and c.pos_ == "VERB":
                    for g in c.children:
                        if g.dep_ in ("dobj", "dative"):
                            target += _actor_at(g, by_token)
                        elif g.dep_ == "prep" and g.lower_ in TARGET_PREPS:
                            target += _prep_targets(g, by_token, entry)
        if not target and entry.plover_type in CLAUSE_TARGET_TYPES:
            # "alleged that the network …", "urging the president to resign": the subject of
            # the reported or demanded clause is the one accused or asked
            for c in tok.children:
                if c.dep_ in ("ccomp", "xcomp"):
                    subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is not None:
                        target += _actor_at(subj, by_token)
        if not target and entry.plover_type == "THREATEN" and entry.frame == "speech":
            # "warned that his fighters would treat the Kenyans as occupiers", "warned that Israel
            # would hit Beirut": the other side named in the warning is its target
            own = {a.country for a in source}
            for c in tok.children:
                if c.dep_ == "ccomp":
                    named = [by_token[t.i] for t in c.subtree if t.i in by_token]
                    target += [a for a in named if a.country and a.country not in own][:1]
        if not target:
            # "rejected a European proposal", "condemned Turkey's strikes": an object that is no
            # actor points at the actor that owns it
            for c in tok.children:
                if c.dep_ == "dobj" and not _actor_at(c, by_token):
                    target += [a for g in c.children if g.dep_ in ("poss", "amod", "compound")
                               for a in _actor_at(g, by_token)]
        if passive and not source and entry.plover_type in VIOLENT_TYPES:
            # "Police said 47 people were detained": security forces reporting their own action
            speaker = _subject(tok.head) if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in DEMAND_CUES else None
            if speaker is not None:
                source += [a for a in _actor_at(speaker, by_token) if a.sector in SECURITY_SECTORS]
        if not source and tok.dep_ == "acl" and tok.head.dep_ in ("dobj", "nsubjpass"):
            # "approved a motion urging …": the acts of a document are its author's
            verb = tok.head.head
            subj = _subject(verb) if verb.pos_ == "VERB" else None
            if subj is not None:
                source += _actor_at(subj, by_token)
    else:
        for c in tok.children:
            if c.dep_ == "poss" and c.i in by_token:
                source += _actor_at(c, by_token)
            elif c.dep_ in ("compound", "amod") and c.i in by_token:
                # "anti-government protests": the modifier is the target; "Russian strikes",
                # "Hamas attack": a named or national modifier is the source
                if c.lower_.startswith("anti"):
                    target += _actor_at(c, by_token)
                elif c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG"):
                    source += _actor_at(c, by_token)
            elif c.dep_ == "prep" and c.lower_ == "by":
                for p in c.children:
                    if p.dep_ == "pobj":
                        source += _actor_at(p, by_token)
            elif c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
                target += _prep_targets(c, by_token, entry)
            elif c.dep_ == "prep" and c.lower_ == "between" and entry.frame == "with":
                # "clashes between M23 and the Wazalendo militia", "talks between Kinshasa and
                # the rebels": a joint act of the parties named
                both = _prep_targets(c, by_token, entry)
                source += both
                target += both
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ in ("dobj", "nsubjpass"):
            # "staged ten days of protests", "carried out a series of raids"
            tok, head = head.head, head.head.head
        if not target and tok.dep_ == "dobj" and head.pos_ == "VERB":
            # "fired tear gas at the crowd", "carried out strikes on rebel positions"
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in ("at", "on", "against", "into", "upon"):
                    target += [a for p in c.children if p.dep_ == "pobj" for a in _actor_at(p, by_token)]
        if not source and tok.dep_ in ("dobj", "nsubjpass") and _is_light(head):
            subj = _subject(head)
            if subj is not None:
                source += _actor_at(subj, by_token)
        if (not source and tok.dep_ == "pobj" and head.lower_ in ("in", "during", "with", "through", "by")
                and entry.plover_type in VIOLENT_TYPES):
            # "wounded two soldiers in a bomb attack": the clause's subject carried out the attack
            verb = head.head
            if (verb.pos_ == "VERB" and verb.lemma_.lower() not in VICTIM_VERBS
                    and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)):
                subj = _subject(verb)
                if subj is not None:
                    source += _actor_at(subj, by_token)
    target = _dedupe(target)
    source = _dedupe(source)
    if len(source) > 1 and source == target:
        return source, target  # a joint act coded both ways ("clashes between A and B")
    return [a for a in source if a not in target], target


def _both_ways(entry: TriggerEntry, source: list[Actor], target: list[Actor]) -> list[Actor]:
    """A joint act of parties of two or more countries and no other target is coded both ways."""
    if entry.frame == "with" and not target and len({a.country for a in source if a.country}) > 1:
        return list(source)
    return target


def _prep_targets(prep, by_token, entry: TriggerEntry) -> list[Actor]:
    """Actors in a prepositional object. A country named as the place ("demonstrated in
    Serbia", "arrived in Amman") is the target, as in CAMEO coding practice."""
    del entry
    return [a for p in prep.children if p.dep_ == "pobj" for a in _actor_at(p, by_token)]


def _dedupe(actors: list[Actor]) -> list[Actor]:
    """One actor per code: "the government … the government's forces" name one actor."""
    out, seen = [], set()
    for a in actors:
        key = a.code or a.text.lower()
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def _publication_date(ctx: ArticleContext) -> EventDate:
    """The date an event carries until the ``dating`` stage dates it (and keeps for the
    promises and threats made when reported): the publication day."""
    pub = ctx.article.published
    return EventDate(value=pub, earliest=pub, latest=pub, granularity="day" if pub else "unknown",
                     basis="publication" if pub else "unknown", text=None)


@stage("events", requires=("doc", "actor_by_token"),
       assigns=("events", "event_tokens", "commitments"))
def find_events(ctx: ArticleContext) -> dict:
    lex = load_triggers()
    patterns = load_object_patterns()
    by_token = ctx.results.get("actor_by_token", {})
    place_of = token_countries(ctx.results.get("place_ents", []))
    events: list[Event] = []
    anchors: list = []
    commitments: set[int] = set()
    seen: set[tuple[int, int]] = set()
    claimed_objects: set[int] = set()

    def emit(tok, first, last, entry, source, target) -> None:
        """The event, and the promise or threat it makes when it is a commitment."""
        ev = _build(ctx, s_index, sent, tok, first, last, entry, source, target, by_token)
        events.append(ev)
        anchors.append(tok)
        companion = _commitment(ev, tok, lex, ctx)
        if companion is not None:
            commitments.add(len(events))
            events.append(companion)
            anchors.append(tok)

    for s_index, sent in enumerate(ctx.doc.sents):
        for tok in sent:
            if tok.i in claimed_objects:
                continue
            pat = _object_pattern(tok, patterns)
            if pat is not None:
                entry, obj = pat
                source, target = _arguments(tok, entry, by_token)
                target = [a for a in target if a not in _actor_at(obj, by_token)] or target
                target = _both_ways(entry, source, target)  # "Indian and Pakistani troops traded fire"
                if source or target:
                    claimed_objects.add(obj.i)
                    seen.add((tok.i, tok.i))
                    emit(tok, tok.i, tok.i, entry, source, target)
                    continue
            # a crowd of protesters gathering is a protest, even with a verb the lexicon reads
            # otherwise ("protesters who had massed outside": not troops massing)
            got = _gathering(tok, by_token) or _trigger_entry(tok, lex) or _departure(tok, by_token)
            demand = _demand(tok, by_token)
            if demand is not None:
                # "X said Y must withdraw": the demand is an event now, the withdrawal is not
                events.append(_build(ctx, s_index, sent, tok, tok.i, tok.i, *demand, by_token))
                anchors.append(tok)
            if got is None:
                continue
            entry, first, last = got
            if (first, last) in seen or _object_is_trigger(tok, lex) or _idiom(tok):
                continue
            expel = _expulsion(tok)
            if expel is not None:
                entry = expel
            source, target = _arguments(tok, entry, by_token)
            if entry is LEAVE_IGO:
                # "pulled the Philippines out of the court": the country leaves, the body is left
                igo = [a for a in source + target if a.sector == "IGO"]
                igo += [a for t in tok.subtree if t.i in by_token and (a := by_token[t.i]).sector == "IGO" and a not in igo]
                source = _dedupe([a for a in source + target if a.sector != "IGO"])
                target = igo[:1]
            if source and not target and entry.plover_type in VIOLENT_TYPES:
                target = _facility_owner(ctx, tok, source, place_of)
            if not source and not target:
                continue
            entry = _by_sector(tok, entry, source)
            if _weapons_test(tok, entry, source, target, by_token):
                # "North Korea fired a ballistic missile off its east coast": a show of force
                entry, target = WEAPONS_TEST, []
            if entry.plover_type == "AGREE" and _vowed_violence(tok, lex, patterns):
                entry = THREAT_ENTRY  # "vowed to break the siege", "pledged to crush the rebels"
            if not target and entry.plover_type in REACTION_TYPES:
                target = _referenced_event_source(tok, lex, events, source)
            if entry is GATHER_ENTRY or (entry.plover_type == "PROTEST" and entry.plover_mode == "demo"):
                # "marched at the front of the crowd": the crowd marches with them, not against them
                target = [a for a in target if a.sector not in ("CVL", "REF")]
            if entry.plover_type == "PROTEST" and source and not target:
                target = _implied_government(ctx, tok, source)
            target = _both_ways(entry, source, target)  # "Kinshasa and Kigali agreed …"
            if _not_an_event(ctx, tok, entry, source, target):
                continue
            seen.add((first, last))
            emit(tok, first, last, entry, source, target)
    # event_tokens[i] is the trigger token of events[i]: later stages (dating, locate,
    # attribution) read the parse through it and return an updated "events" list;
    # commitments holds the indices of promises/threats/refusals made when reported
    return {"events": events, "event_tokens": anchors, "commitments": commitments}


# verb + preposition uses that are not the verb's event: "seized on the remark" (exploited)
IDIOMS = {("seize", "on"), ("seize", "upon"), ("jump", "on"), ("fire", "up"), ("strike", "out")}
EXPEL_ENTRY = TriggerEntry("order", "VERB", "SANCTION", "expel", "166", "agent_patient")
CUT_VERBS = {"cut", "reduce", "slash", "halve", "shrink", "downsize"}
MISSION_STAFF = {"staff", "personnel", "diplomat", "presence", "mission", "headcount"}
LEAVE_VERBS = {"leave", "depart", "quit", "exit", "go"}
LEFT_PLACES = {"country", "territory", "capital", "city", "region", "base", "post", "area", "soil"}


GATHER_VERBS = {"gather", "assemble", "converge", "march", "walk", "rally", "mass", "sit", "stand"}
PROTESTER_NOUNS = {"protester", "protestor", "demonstrator", "marcher", "activist", "supporter",
                   "opponent", "student", "worker", "crowd", "mourner", "campaigner"}  # fmt: skip
GATHER_ENTRY = TriggerEntry("gather", "VERB", "PROTEST", "demo", "141", "agent_only")
DEPART_VERBS = {"leave", "exit", "quit", "depart", "vacate"}
LEAVE_IGO = TriggerEntry("leave", "VERB", "SANCTION", None, "160", "agent_patient")
DEPART_ENTRY = TriggerEntry("leave", "VERB", "RETREAT", "withdraw", "0874", "agent_only")


def _gathering(tok, by_token):
    """"activists gathered outside the embassy": a crowd of protesters assembling is a protest."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in GATHER_VERBS:
        return None
    subj = _subject(tok)
    if subj is None or subj.lemma_.lower() not in PROTESTER_NOUNS and not any(
            c.lemma_.lower() in PROTESTER_NOUNS for c in subj.subtree):
        return None
    return GATHER_ENTRY, tok.i, tok.i


def _departure(tok, by_token):
    """"the last French soldiers left Niger": armed forces leaving a country withdraw; "Mali
    left Ecowas", "pulled the country out of the court": leaving an international organisation
    reduces relations (SANCTION 160)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in DEPART_VERBS | {"withdraw", "pull"}:
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "out")
             for p in (*c.children, *(g for x in c.children if x.dep_ == "prep" for g in x.children))
             if p.dep_ == "pobj"]
    if any(o.i in by_token and by_token[o.i].sector == "IGO" for o in objs):
        return LEAVE_IGO, tok.i, tok.i
    if tok.lemma_.lower() not in DEPART_VERBS:
        return None
    subj = _subject(tok)
    actors = _actor_at(subj, by_token) if subj is not None else []
    if not any(a.sector == "MIL" for a in actors):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    state = obj is not None and obj.i in by_token and by_token[obj.i].sector == "GOV" and obj.pos_ == "PROPN"
    if obj is None or (obj.ent_type_ not in ("GPE", "LOC", "FAC") and not state):
        return None  # "left Niger" (the parser may not tag the name), not "left the talks"
    return DEPART_ENTRY, tok.i, tok.i


LABOUR_SECTORS = {"LAB", "CVL", "OPP", "EDU", "HLH", "BUS", "AGR"}
ARMED_SECTORS = {"REB", "MIL", "UAF"}
UPRISINGS = {"uprising", "revolt", "rebellion", "insurgency", "insurrection", "mutiny"}
LABOUR_STRIKE = TriggerEntry("strike", "NOUN", "PROTEST", "strike-gen", "143", "agent_only")
ARMED_UPRISING = TriggerEntry("uprising", "NOUN", "ASSAULT", None, "180", "agent_only")


STATE_BLOCKADE = TriggerEntry("block", "VERB", "COERCE", "restrict", "191", "agent_patient")
PEACEKEEPING = TriggerEntry("deploy", "VERB", "AID", "military", "074", "agent_patient")
DEPLOY_WORDS = {"deploy", "deployment", "send", "dispatch", "arrive", "arrival", "reinforce", "land"}


def _peacekeepers(a: Actor) -> bool:
    """"UN peacekeepers", "NATO troops", "the AU mission"."""
    text = a.text.lower()
    return "peacekeep" in text or (a.sector == "IGO" and any(w in text for w in ("troops", "force", "mission", "soldiers")))


def _by_sector(tok, entry: TriggerEntry, source: list[Actor]) -> TriggerEntry:
    """Who acts decides between readings: workers' "strikes" are labour protests; an armed
    group's "uprising" is violence, not a demonstration; peacekeepers deploying give
    protection (AID 074), they do not mobilise against anyone."""
    sectors = {a.sector for a in source}
    lem = tok.lemma_.lower()
    if entry.plover_type in ("MOBILIZE", "CONSULT") and lem in DEPLOY_WORDS and any(map(_peacekeepers, source)):
        return PEACEKEEPING
    if entry.plover_type == "PROTEST" and entry.plover_mode == "obstruct" and sectors and sectors <= STATE_SECTORS:
        return STATE_BLOCKADE  # "border police blocked the gate": the state restricts movement
    if entry.plover_type == "ASSAULT" and lem == "strike" and sectors and sectors <= LABOUR_SECTORS:
        return LABOUR_STRIKE
    if entry.plover_type == "PROTEST" and lem in UPRISINGS and sectors & ARMED_SECTORS:
        return ARMED_UPRISING
    return entry


def _idiom(tok) -> bool:
    if tok.pos_ != "VERB" or any(c.dep_ == "dobj" for c in tok.children):
        return False
    lem = tok.lemma_.lower()
    return any((lem, c.lower_) in IDIOMS for c in tok.children if c.dep_ in ("prep", "prt"))


def _expulsion(tok) -> TriggerEntry | None:
    """"ordered five diplomats to leave the country", "gave troops a month to leave": expulsion."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("order", "tell", "instruct", "give", "force"):
        return None
    for c in tok.subtree:
        if (c.lemma_.lower() in CUT_VERBS and c.dep_ == "xcomp" and c.head.i == tok.i and any(
                g.dep_ == "dobj" and g.lemma_.lower() in MISSION_STAFF for g in c.children)):
            return EXPEL_ENTRY  # "ordered Russia to cut its embassy staff by 45 people"
        if c.lemma_.lower() in LEAVE_VERBS and c.dep_ in ("xcomp", "ccomp", "relcl", "acl") and c.head.i in (
                tok.i, *(g.i for g in tok.children)):
            obj = next((g for g in c.children if g.dep_ == "dobj"), None)
            # "to leave the country" / "to leave", not "to leave no stone unturned"
            if obj is None or obj.ent_type_ in ("GPE", "LOC") or obj.lemma_.lower() in LEFT_PLACES:
                return EXPEL_ENTRY
    return None


NATURAL_CAUSES = {"flood", "flooding", "floodwater", "rain", "storm", "cyclone", "hurricane",
                  "typhoon", "earthquake", "quake", "landslide", "mudslide", "drought", "famine",
                  "disease", "outbreak", "cholera", "epidemic", "heat", "heatwave", "wildfire",
                  "avalanche", "tsunami", "accident", "crash", "collapse", "lightning", "malaria",
                  "virus", "coronavirus", "pandemic", "covid", "covid-19", "infection", "illness",
                  "fire", "blaze", "smoke", "explosion", "cold", "hunger", "starvation"}  # fmt: skip


FACILITIES = {"base", "airbase", "airfield", "airport", "barracks", "depot", "garrison", "outpost",
              "checkpoint", "refinery", "port", "harbour", "harbor", "plant", "facility", "bridge",
              "embassy", "consulate", "headquarters", "compound", "camp", "station", "post",
              "position", "positions", "warship", "vessel", "ship", "convoy", "infrastructure",
              "prison", "jail", "ministry", "office", "parliament", "palace"}  # fmt: skip
MILITARY_FACILITIES = {"base", "airbase", "airfield", "barracks", "depot", "garrison", "outpost",
                       "checkpoint", "camp", "position", "positions", "warship"}  # fmt: skip
# places where civilians live or gather: an attack on them targets the civilians of the place
CIVILIAN_SITES = {"village", "town", "home", "house", "neighbourhood", "neighborhood", "market",
                  "hospital", "school", "mosque", "church", "temple", "shelter", "settlement",
                  "district", "suburb", "street", "building", "apartment", "residential"}  # fmt: skip
SITE_PLACE_PREPS = {"in", "near", "across", "around", "outside", "inside", "on"}
SITE_TARGET_PREPS = {"on", "against", "at", "into", "upon"}
STATE_SECTORS = {"GOV", "MIL", "COP", "SPY"}


def _site_objects(tok) -> list:
    """What an attack is aimed at when it is no actor: the object of the verb or the object
    of its "on/against/at" ("bombed residential compounds", "attacks on police stations")."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    out += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in SITE_TARGET_PREPS
            for p in c.children if p.dep_ == "pobj"]
    return [t for o in out for t in (o, *o.conjuncts)]


def _site_sector(obj) -> str | None:
    words = {obj.lemma_.lower()} | {c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")}
    if words & {"police"}:
        return "COP"
    if obj.lemma_.lower() in MILITARY_FACILITIES or words & {"military", "army", "naval", "air"}:
        return "MIL"
    if obj.lemma_.lower() in CIVILIAN_SITES or words & CIVILIAN_SITES:
        return "CVL"
    return None


def _facility_owner(ctx: ArticleContext, tok, source: list[Actor], place_of: dict[int, str]) -> list[Actor]:
    """"struck the Engels air base in the Saratov region", "bombed homes in Kherson": an attack
    on a facility or a settlement targets the country the place lies in (its military, police
    or civilians, by the kind of site). With no place named, a non-state group's attack on a
    site ("gunmen assaulted the police station") targets the article's country."""
    sites = [o for o in _site_objects(tok) if o.lemma_.lower() in FACILITIES | CIVILIAN_SITES]
    if not sites:
        return []
    obj = sites[0]
    where = [t for t in obj.subtree] + [t for c in tok.children if c.dep_ == "prep"
                                        and c.lower_ in SITE_PLACE_PREPS for t in c.subtree]
    country = next((place_of[t.i] for t in where if t.i in place_of), None)
    if country is None and source and all(a.sector not in STATE_SECTORS for a in source):
        country = ctx.results.get("focus_country")
    if country is None:
        return []
    sector = _site_sector(obj)
    start, end = ctx.span(obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text))
    return [Actor(text=ctx.article.text[start:end], start=start, end=end,
                  name=ctx.article.text[start:end], country=country, sector=sector,
                  code=country + (sector or ""))]


WEAPONS_TEST = TriggerEntry("test-fire", "VERB", "MOBILIZE", "weapons", "150", "agent_only")
LAUNCH_VERBS = {"fire", "launch", "test", "test-fire"}
MISSILES = {"missile", "missiles", "icbm", "rocket", "warhead"}
WATERS = {"sea", "ocean", "water", "waters", "gulf"}


def _weapons_test(tok, entry: TriggerEntry, source: list[Actor], target: list[Actor], by_token) -> bool:
    """A missile launched at no one (no target other than the launcher's own country, no
    "at/on/into" aim) demonstrates power; it attacks no one."""
    if entry.plover_type != "ASSAULT" or tok.pos_ != "VERB" or tok.lemma_.lower() not in LAUNCH_VERBS:
        return False
    # "fired a ballistic missile", not "fired the rockets" (the ones of an attack told before)
    missile = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in MISSILES and not any(
        g.dep_ == "poss" or g.lower_ in ("the", "these", "those") for g in c.children)), None)
    if missile is None:
        return False
    located = set()
    for c in (*tok.children, *missile.children):
        if c.dep_ != "prep" or any(p.ent_type_ in ("DATE", "TIME") for p in c.children):
            continue
        sea = any(p.lemma_.lower() in WATERS for p in c.children)
        if c.lower_ in ("at", "on", "toward", "towards", "against") or (c.lower_ == "into" and not sea):
            return False  # aimed at someone
        if c.lower_ in ("in", "off", "over", "into"):
            located |= {t.i for t in c.subtree}  # "in the Gulf of Oman", "into the sea"
    own = {a.country for a in source}
    placed = [by_token[i] for i in located if i in by_token]
    return bool(source) and all(a.country in own or a in placed for a in target)


PLEDGE_VERBS = {"vow", "pledge", "promise", "swear"}


def _vowed_violence(tok, lex, patterns) -> bool:
    """A vow whose content is force or punishment is a threat, not a promise."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in PLEDGE_VERBS:
        return False
    for c in tok.children:
        if c.dep_ != "xcomp" or c.pos_ != "VERB":
            continue
        got = _object_pattern(c, patterns)
        if got is None:
            e = _trigger_entry(c, lex)
            got = (e[0], c) if e else None
        if got is None:
            got = next(((e[0], o) for o in c.children if o.dep_ == "dobj" and (e := _trigger_entry(o, lex))), None)
        if got is not None and got[0].plover_type in VIOLENT_TYPES | {"SANCTION"}:
            return True
    return False


# reactions to an earlier event: "the military condemned the launch" is aimed at its author
REACTION_TYPES = {"ACCUSE", "REJECT", "PROTEST", "THREATEN", "REQUEST"}


def _referenced_event_source(tok, lex, events: list[Event], source: list[Actor]) -> list[Actor]:
    """"Petro assailed the latest strike", "condemned the launch as a provocation": an object
    that is an event noun naming no actor refers to the latest event of that type told earlier
    in the article; its author is the target."""
    if tok.pos_ != "VERB":
        return []
    own = {a.country for a in source}
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        got = _trigger_entry(obj, lex)
        if got is None or any(c.dep_ in ("poss", "compound", "amod") and c.ent_type_ for c in obj.children):
            continue
        ptype = got[0].plover_type
        for ev in reversed(events):  # the events told so far, latest first
            if ev.plover.type == ptype and ev.source:
                return [a for a in ev.source if a.country not in own]
    return []


COMMAND_VERBS = {"order", "instruct", "direct", "command", "tell"}
NON_STATE_SECTORS = {None, "CVL", "OPP", "LAB", "PTY", "NGO", "REL", "MED", "EDU", "BUS", "REF", "ETH"}


def _implied_government(ctx: ArticleContext, tok, source: list[Actor]) -> list[Actor]:
    """"Tens of thousands marched in Seoul": a domestic demonstration, strike or boycott that
    names no target is aimed at the government of its country (ICEWS and PLOVER coders' default
    reading). The implied actor has no text of its own: it sits on the trigger with role
    "implied"."""
    countries = {a.country for a in source}
    if len(countries) != 1 or None in countries or any(a.sector not in NON_STATE_SECTORS for a in source):
        return []
    (country,) = countries
    start, end = ctx.span(tok.idx, tok.idx + len(tok.text))
    return [Actor(text="", start=start, end=start, name=f"government of {country}", country=country,
                  sector="GOV", code=f"{country}GOV", role="implied")]


def _not_an_event(ctx: ArticleContext, tok, entry: TriggerEntry, source: list[Actor],
                  target: list[Actor]) -> bool:
    """Trigger readings that are not events between political actors."""
    kids = list(tok.children)
    lemma, ptype, verb = tok.lemma_.lower(), entry.plover_type, tok.pos_ == "VERB"
    if not source and ptype not in VIOLENT_TYPES and all(t.sector in GENERIC_SECTORS for t in target):
        return True  # "people were consulted": no political actor on either side
    objects = {g.lemma_.lower() for c in kids if c.dep_ == "dobj"
               for g in (c, *(x for x in c.children if x.dep_ == "compound"))}
    if ptype == "AID" and objects & AUTHORITY_NOUNS:
        return True  # "granted a five-year mandate", "gives troops sweeping powers": no aid
    if ptype == "RETREAT" and lemma == "release" and objects & MEDIA_NOUNS:
        return True  # "released a video": published, not set free
    if ptype in ("AGREE", "CONCEDE") and lemma in ("accept", "take", "receive") and objects & MONEY_NOUNS:
        return True  # "accepted millions of dollars": a payment, not an agreement
    if ptype == "ASSAULT" and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVE for c in kids):
        return True  # "shot himself": self-harm is not an event between actors
    if ptype in MATERIAL_TYPES and any(c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS for c in kids):
        return True  # "delivered a speech", "cancelled an address": talk, not aid or sanctions
    if ptype == "RETREAT" and verb and lemma == "return" and not any(c.dep_ in ("dobj", "nsubjpass") for c in kids):
        return True  # "returned to power", "returns to Moscow": going back, not handing back
    if ptype == "CONSULT" and lemma in ("arrive", "come") and source and all(
            a.sector in SECURITY_SECTORS for a in source):
        return True  # "police arrived at his home": an operation, not a visit
    if verb and lemma == "decline" and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in kids):
        return True  # "support for the party has declined": a decrease, not a refusal
    if (entry.cameo == "100" and lemma in COMMAND_VERBS and source and target
            and {a.country for a in target} - {None} <= {a.country for a in source}
            and all(a.sector in SECURITY_SECTORS for a in target)
            and all(a.sector in STATE_SECTORS for a in source)):
        return True  # "Hasina ordered security forces to …": a chain of command, not a demand
    if verb and lemma == "insist" and not any(
            (c.dep_ == "prep" and c.lower_ in ("on", "upon"))
            or (c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in DEMAND_MODALS for a in c.children))
            for c in kids):
        return True  # "insisted that the guards would control the route": a claim, not a demand
    if ptype == "AGREE" and objects & NON_OFFERS:
        return True  # "offered no evidence", "offer details": not an offer to act
    if verb and lemma == "retaliate" and any(
            c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pcomp" for g in c.children) for c in kids):
        return True  # "retaliated by expelling diplomats": the means is the event coded
    if verb and lemma == "ask" and not any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for")
                                           for c in kids):
        return True  # "asked about the talks", "asked questions": only asking for an act is a request
    if verb and lemma in ("speak", "talk") and not any(
            (c.dep_ == "prep" and c.lower_ == "with") or c.lower_ in ("phone", "telephone") for c in tok.subtree):
        return True  # "spoke to reporters", "spoke at a rally": only speaking with a partner is a consultation
    if lemma == "plead" and any(c.lower_ in ("guilty", "innocent") for c in tok.subtree):
        return True  # "pleaded not guilty": a plea in court, not an appeal
    if verb and lemma in ("agree", "concur") and not any(
            c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "advcl") for c in kids):
        return True  # "the governor agreed, saying …": an opinion, not an agreement
    if (verb and tok.dep_ == "advcl" and tok.tag_ == "VBG" and ptype not in VIOLENT_TYPES
            and not target and not any(c.dep_ == "nsubj" for c in kids)
            and _trigger_entry(tok.head, load_triggers()) is not None):
        return True  # "blocked roads, halting traffic": the consequence of the event just coded
    if not source and _only_located(ctx, tok, target):
        return True  # "homes were destroyed in the Bahamas": a place, no actor involved
    return _natural_cause(tok)  # "flooding in Somalia killed 40 people": the subject is no actor


def _only_located(ctx: ArticleContext, tok, target: list[Actor]) -> bool:
    """Every target comes from a locative "in/at <place>" of the trigger."""
    spans = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
                p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC", "FAC") for p in c.children):
            sub = list(c.subtree)
            spans.append(ctx.span(sub[0].idx, sub[-1].idx + len(sub[-1].text)))
    return bool(spans) and all(any(a <= t.start and t.end <= b for a, b in spans) for t in target)


def _natural_cause(tok) -> bool:
    """"flooding killed 40 people", "the quake destroyed homes": harm without a political actor."""
    subj = next((c for c in tok.children if c.dep_ == "agent"), None)
    if subj is not None:
        subj = next((g for g in subj.children if g.dep_ == "pobj"), None)
    elif tok.pos_ == "VERB":
        subj = _subject(tok)  # "an earthquake that struck the south": the antecedent
    return subj is not None and subj.lemma_.lower() in NATURAL_CAUSES


def _demand(tok, by_token) -> tuple[TriggerEntry, list[Actor], list[Actor]] | None:
    """"X said Y must withdraw": a demand by the speaker on the clause's subject (REQUEST)."""
    if tok.dep_ != "ccomp" or not any(c.lower_ in DEMAND_MODALS for c in tok.children if c.dep_ == "aux"):
        return None
    cue = tok.head
    if cue.lemma_.lower() not in DEMAND_CUES or tok.lemma_.lower() in NOT_DEMANDS:
        return None
    speaker = _subject(cue)
    source = _actor_at(speaker, by_token) if speaker is not None else []
    subj = _subject(tok)
    target = _actor_at(subj, by_token) if subj is not None else []
    if not source and not target:
        return None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    if passive and all(t.sector in GENERIC_SECTORS for t in target):
        return None  # "civilians must be protected": a principle, not a demand on an actor
    return DEMAND_ENTRY, _dedupe(source), [a for a in _dedupe(target) if a not in source]


# states of mind are not demanded acts: "Moldova should understand that …"
NOT_DEMANDS = {"understand", "know", "realise", "realize", "remember", "recognise", "recognize",
               "be", "have", "think", "believe", "feel", "expect", "see", "note"}  # fmt: skip


DEMAND_ENTRY = TriggerEntry("must", "VERB", "REQUEST", None, "100", "speech")
PROMISE_ENTRY = TriggerEntry("will", "VERB", "AGREE", None, "030", "with")
THREAT_ENTRY = TriggerEntry("will", "VERB", "THREATEN", None, "130", "agent_patient")
REFUSAL_ENTRY = TriggerEntry("will not", "VERB", "REJECT", None, "120", "agent_patient")
REFUSAL_AUX = {"will", "would", "shall", "wo", "'ll", "can", "ca"}


def _conditional(tok) -> bool:
    """The action depends on a condition set for someone else: "unless …", "if … not"."""
    for c in tok.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in c.children):
            return True
    return False


def _refusal(tok) -> bool:
    """"will not accept", "won't meet", "cannot allow": a negated commitment is a refusal."""
    kids = list(tok.children)
    return any(c.dep_ == "neg" for c in kids) and any(c.lower_ in REFUSAL_AUX for c in kids if c.dep_ == "aux")


def _told_by_third_party(tok, ev: Event, by_token) -> bool:
    """The future act is reported by a speaker of another country than the actor's."""
    own = {a.country for a in ev.source}
    t = tok
    for _ in range(3):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in DEMAND_CUES | {"announce", "report", "confirm"}:
            speaker = _subject(t)
            said = _actor_at(speaker, by_token) if speaker is not None else []
            return bool(said) and all(a.country and a.country not in own for a in said)
    return False


def _commitment(ev: Event, tok, lex, ctx: ArticleContext) -> Event | None:
    """A future action announced by its own source is also a promise (AGREE) or a threat
    (THREATEN) made now, unless a governing verb is already coded ("threatened to …")."""
    if ev.factuality == "negated" and ev.source and _refusal(tok):
        kind = REFUSAL_ENTRY
    elif ev.factuality != "future" or not ev.source:
        return None
    else:
        kind = PROMISE_ENTRY if ev.plover.type in PROMISE_TYPES else THREAT_ENTRY if ev.plover.type in THREAT_TYPES else None
        if kind is not None and _conditional(tok):
            kind = THREAT_ENTRY  # "will withdraw its force unless …": an ultimatum
    if kind is None:
        return None
    if _told_by_third_party(tok, ev, ctx.results.get("actor_by_token", {})):
        return None  # "Qatar said the delegations would meet": no promise of the delegations
    up = tok
    for _ in range(3):
        if up.head.i == up.i:
            break
        up = up.head
        if _trigger_entry(up, lex) is not None:
            return None
    eid = hashlib.sha1(f"{ev.id}:{kind.plover_type}".encode()).hexdigest()
    return ev.model_copy(update={
        "id": eid, "plover": PloverCode(type=kind.plover_type, mode=None), "cameo": kind.cameo,
        "factuality": "claimed" if ev.attribution is not None and ev.factuality == "claimed" else "asserted",
        # the promise or threat is made when it is reported, not when the action is due
        "date": _publication_date(ctx),
        "historical": False,
        "confidence": round(max(0.05, ev.confidence - 0.15), 2)})


def _build(ctx: ArticleContext, s_index: int, sent, tok, first: int, last: int, entry: TriggerEntry,
           source: list[Actor], target: list[Actor], by_token) -> Event:
    # a noun under a light verb takes the verb's modality: "will give a grant", "did not launch an attack"
    governor = tok.head if tok.pos_ != "VERB" and tok.dep_ in ("dobj", "nsubjpass") and _is_light(tok.head) else tok
    if governor is tok and tok.pos_ != "VERB" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        # "an attack on its vessels would invoke the treaty": the clause's modality
        if any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may") for c in tok.head.children):
            governor = tok.head
    fact, cue = factuality(governor)
    attribution = None
    if cue is not None:
        subj = _subject(cue)
        if subj is not None:
            attribution = next(iter(_actor_at(subj, by_token)), None)
    if entry is DEMAND_ENTRY:
        fact, attribution = "asserted", None
    d, historical = _publication_date(ctx), False
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
