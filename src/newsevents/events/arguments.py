"""Arguments of a trigger from the dependency parse: its source (subject, "by" agent,
possessive, national modifier) and target (object, prepositional object, the subject of a
reported or demanded clause), as coded actors."""

from __future__ import annotations

from ..actors.lexicon import load_lexicon
from ..records import Actor
from .ontology import TriggerEntry
from .triggers import CONTAINER_NOUNS, NOMINAL_DEPS, is_light

# violence against civilians is an event even when the perpetrator goes unnamed
VIOLENT_TYPES = {"ASSAULT", "COERCE"}
# what is fired or sent is the instrument of the act, not its target
WEAPONS = {"drone", "missile", "rocket", "shell", "bomb", "warplane", "jet", "munition", "projectile"}
FIRING_VERBS = {"fire", "launch", "unleash", "send", "deploy", "fly", "use", "lob", "hurl"}
AIM_PREPS = {"at", "on", "against", "into", "toward", "towards", "upon"}
ASPECT_VERBS = {"keep", "continue", "resume", "start", "begin"}
PROCESS_NOUNS = {"return", "imposition", "reimposition", "restoration", "lifting", "start", "resumption",
                 "launch", "extension", "expansion", "escalation", "suspension", "end", "series", "wave",
                 "round", "string", "spate"}  # fmt: skip
DOCUMENTS = {"order", "decree", "directive", "ruling", "law", "resolution", "notice", "notification",
             "regulation", "edict", "proclamation", "verdict", "judgment", "judgement", "statement"}  # fmt: skip
# drills and deployments "around Taiwan", "off the coast of", "near the border with"
POSTURE_PREPS = {"around", "near", "off", "toward", "towards", "along"}
SECURITY_SECTORS = {"COP", "MIL", "SPY"}
STATE_SECTORS = {"GOV", "MIL", "COP", "SPY"}
ARMED = {"MIL", "COP", "REB", "SPY", "UAF"}
# speech acts whose target is the subject of the reported or demanded clause
CLAUSE_TARGET_TYPES = {"ACCUSE", "REQUEST"}
DEMAND_CUES = {"say", "declare", "insist", "reiterate", "conclude", "tell", "state", "warn", "stress",
               "argue", "write", "add", "note", "remind", "issue"}  # fmt: skip
PROTEST_SITE_PREPS = {"outside", "near", "opposite", "before", "beside", "around"}
TARGET_PREPS = {"against", "on", "at", "into", "upon", "toward", "towards", "with", "to", "of", "over", "in"}
# verbs whose subject suffers the act: "civilians died in the strikes" did not strike
VICTIM_VERBS = {"die", "perish", "suffer", "flee", "drown", "starve", "sustain", "lose"}
REFLEXIVES = {"himself", "herself", "itself", "themselves"}
# whoever it may be: the generic subjects of warnings ("anyone who attacks a police station")
WHOEVER = {"anyone", "anybody", "whoever", "everyone", "everybody"}
PERMIT_LEMMAS = {"allow", "permit", "authorize", "authorise", "let", "enable"}
TAKING_FROM = {"seize", "confiscate", "take", "capture", "recover", "wrest", "impound", "requisition"}
OBJECT_RECIPIENT_PREPS = {"to", "with", "against", "on", "upon", "toward", "towards"}
# a speaker's further speech acts in a reporting sentence: "X said … and warned that …"
REPORTING_VERBS = {"warn", "accuse", "urge", "vow", "pledge", "promise", "threaten", "caution", "demand",
                   "blame", "condemn", "deny", "reject", "dismiss", "call", "add", "insist", "say",
                   "criticise", "criticize", "appeal", "announce", "thank", "praise", "welcome",
                   "commend", "apologise", "apologize"}  # fmt: skip
SAYING_VERBS = {"say", "tell", "announce", "state", "declare", "add", "insist", "write"}


def clause_mark(clause, marks) -> str | None:
    """The subordinating word of ``clause`` among ``marks`` ("if", "unless", "until"), or None."""
    return next((m.lower_ for m in clause.children if m.dep_ == "mark" and m.lower_ in marks), None)


COMPLIANCE_MARKS = ("if", "unless", "until", "till")


def compliers(clauses, by_token, own_codes, marks=COMPLIANCE_MARKS) -> list[Actor]:
    """The subjects of the conditions the clauses are held over ("if X does not …", "until X
    resigns"), other than ``own_codes``: whoever must comply."""
    return [a for c in clauses for g in c.children if g.dep_ == "advcl" and clause_mark(g, marks)
            for n in g.children if n.dep_ in ("nsubj", "nsubjpass")
            for a in actor_at(n, by_token) if a.code not in own_codes]


def _same_clause(tok, verb) -> bool:
    """No other verb between a token and the verb above it."""
    t = tok.head
    while t.i != verb.i:
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return False
        t = t.head
    return True


def actor_at(tok, by_token: dict[int, Actor]) -> list[Actor]:
    """Actors for an argument token and the tokens coordinated with it."""
    out: list[Actor] = []
    partners = getattr(by_token, "partners", {})
    if (tok.lower_ in ("whom", "who", "which", "that") and tok.dep_ in ("dobj", "nsubjpass")
            and tok.head.dep_ == "relcl" and tok.i not in by_token):
        tok = tok.head.head  # "Caro Quintero, whom U.S. prosecutors accuse": the antecedent
    for t in [tok, *tok.conjuncts]:
        a, at = by_token.get(t.i), t
        if a is None:
            # "his commitment to the Zambian people": a possessive pronoun only when nothing
            # else in the phrase is an actor
            inside = [c for c in _phrase(t) if c.i in by_token]
            at = next((c for c in inside if not (c.dep_ == "poss" and c.pos_ == "PRON")),
                      inside[0] if inside else t)
            a = by_token.get(at.i)
        if a is not None and a not in out:
            out.append(a)
            out += [x for x in _coordinated_nationals(t, a) if x not in out]
            # "both sides", "delegations from both governments": the other party one mention names
            out += [x for x in partners.get(at.i, ()) if x not in out]
            if at is not t and at.dep_ == "pobj" and at.head.lower_ in ("of", "from") and at.head.head.i == t.i:
                # "representatives of the group and the government": people of both
                out += [b for c in at.conjuncts if (b := by_token.get(c.i)) is not None and b not in out]
            if at is not t and at.dep_ == "pobj" and at.head.lower_ == "between":
                # "welcomed the agreement between Kyrgyzstan and Tajikistan": both parties
                out += [b for c in at.conjuncts if (b := by_token.get(c.i)) is not None and b not in out]
    return out


CLAUSE_DEPS = {"relcl", "advcl", "ccomp"}
RELATIONS = {"tie", "relation", "relationship"}  # "ties with Morocco": the partner hangs on them


def _phrase(tok):
    """The tokens of a noun phrase without the clauses hung on it: "the building chanting 'No
    to the Russian law'" names a building, not Russia ("positions held by Kurdish forces", a
    participle naming who holds them, stays)."""
    yield tok
    for c in tok.children:
        if c.dep_ in CLAUSE_DEPS or (c.dep_ == "acl" and c.lemma_.lower() in DISPLAY_VERBS):
            continue
        if c.dep_ == "prep" and c.lower_ in ("in", "at") and tok.lemma_.lower() in OCCASIONS:
            continue  # "a briefing in Beijing": where it was said, not to whom
        yield from _phrase(c)


OCCASIONS = {"briefing", "conference", "meeting", "summit", "ceremony", "rally", "event", "session",
             "interview", "speech", "forum", "gathering", "hearing", "visit", "parade",
             # where an accord was made: "signed a ceasefire agreement in the Qatari capital"
             "agreement", "accord", "deal", "treaty", "pact", "ceasefire", "truce", "memorandum",
             "declaration", "statement", "communique", "communiqué"}  # fmt: skip
# what a crowd chants or carries is no part of where it stands
DISPLAY_VERBS = {"chant", "shout", "sing", "say", "read", "hold", "carry", "wave", "brandish", "bear",
                 "demand", "call", "cry", "scream", "display", "denounce"}  # fmt: skip


def through_aspect(verb):
    """The act under aspect verbs: "keep hitting", "continue to shell" → hit, shell."""
    while verb.lemma_.lower() in ASPECT_VERBS:
        nxt = next((g for g in verb.children if g.dep_ in ("xcomp", "ccomp") and g.pos_ == "VERB"), None)
        if nxt is None:
            break
        verb = nxt
    return verb


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
PRONOUNS = {"it", "its", "they", "them", "their", "he", "him", "his", "she", "her"}
TRAVEL_VERBS = {"travel", "fly", "go", "come", "arrive", "head", "return", "sail", "drive", "journey",
                "gather", "meet", "convene", "sit", "stay", "remain"}  # fmt: skip


PLAN_NOUNS = {"plan", "plot", "scheme", "conspiracy", "blueprint"}


def plot_of(verb):
    """The plan noun an infinitive spells out ("a plot … to attack"), or None."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in PLAN_NOUNS:
        return verb.head
    if verb.dep_ in ("advcl", "xcomp"):
        # (the parser hangs the plotted act on the verb that found the plot: "foiled a plot … to attack")
        return next((c for c in verb.head.children if c.dep_ == "dobj" and c.lemma_.lower() in PLAN_NOUNS
                     and c.i < verb.i), None)
    return None


def subject_of(verb):
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if subjects:
        # "In Jayapura, the capital of Papua, several hundred students marched": of two subjects
        # the parser gives a verb (one a misread apposition), the one next to it
        # ("thousands of students, many still in school uniforms, marched": not "many")
        before = [c for c in subjects if c.i < verb.i]
        c = before[-1] if len(before) > 1 and before[-1].pos_ in ("NOUN", "PROPN") else subjects[0]
        if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head  # "supporters who marched": the antecedent
        return c
    plot = plot_of(verb)
    if plot is not None:
        # "a plot by gang leaders to attack officials": the plotters
        by = next((g for c in (*plot.children, *plot.head.children) if c.dep_ == "prep" and c.lower_ == "by"
                   and plot.i < c.i < verb.i for g in c.children if g.dep_ == "pobj"), None)
        if by is not None:
            return by
    if (verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "attr"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        # "Israel became the first country to recognize Somaliland": the one the copula describes
        return subject_of(verb.head.head)
    if verb.dep_ == "pcomp" and verb.head.dep_ in ("prep", "conj"):
        prep = verb.head
        while prep.dep_ == "conj" and prep.head.dep_ == "prep" and prep.head.lower_ == prep.lower_:
            prep = prep.head  # "accused Tehran of breaching the deal and of blocking inspectors"
        if prep.dep_ != "prep":
            return None
        governor = prep.head
        if prep.lower_ == "of" and governor.pos_ == "VERB":
            obj = next((c for c in governor.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj  # "accused Rwanda of supporting the rebels": Rwanda supports
        if prep.lower_ in ("by", "after", "before", "while", "without") and governor.pos_ == "VERB":
            return subject_of(governor)  # "Islamabad retaliated by expelling diplomats"
        return None
    if verb.dep_ == "xcomp":
        # "Qatar is expected to host the talks", "he was asked to mediate": the passive
        # subject of the governing verb does the act
        passive_subj = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if passive_subj is not None:
            if passive_subj.lower_ in RELATIVE_PRONOUNS and verb.head.dep_ == "relcl":
                return verb.head.head  # "peacekeepers, who are deployed to oversee …"
            return passive_subj
        caused = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if caused is not None and verb.head.lemma_.lower() in CAUSATIVE_VERBS:
            return caused  # "the ruling prompted his supporters to clash with police"
    if (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "dobj" for c in verb.children)):
        # "The European Union, which has given …, condemned Monday's attack": the main verb the
        # parser took for a participle of a verbless sentence's subject
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBD":
        # "The government led by Yunus called on India": a finite verb the parser hung under
        # the agent of a participle; its subject is the noun the participle modifies
        t = verb.head
        while t.dep_ in ("pobj", "agent", "acl", "prep") and t.head.i != t.i:
            t = t.head
        return t if t.pos_ in ("NOUN", "PROPN") else None
    if _speakers_next_act(verb):
        # "X told television that the air force had struck a camp, accused the PDF …":
        # the parser hangs the speaker's next act under the speech verb, or under the
        # reported clause (or the relative clause of its object); it is the speaker's
        if verb.dep_ == "ccomp":
            return subject_of(verb.head)
        return subject_of(verb.head.head.head if verb.head.dep_ == "relcl" else verb.head.head)
    if (verb.dep_ == "dep" and verb.tag_ in ("VBD", "VBZ") and verb.head.pos_ == "VERB"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
        return subject_of(verb.head)  # "the attackers fired bombs …, then opened fire on sentries"
    if (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in SPEAKING
            and _agentless_report(verb.head)):
        # "the minister said the attack had been planned abroad, accusing its neighbour …": a
        # speech act hung on a reported passive with no doer is the speaker's ("had been caught
        # trying to destroy documents": the ones caught try)
        return subject_of(verb.head.head)
    if verb.dep_ in ("xcomp", "conj", "advcl", "relcl", "acomp") and verb.head.i != verb.i:
        if verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ == "conj":
            head = verb.head
            if (verb.tag_ == "VBG" and head.tag_ in ("VBD", "VBZ", "VBP") and head.dep_ == "advcl"
                    and any(m.dep_ == "mark" for m in head.children)):
                # "shooting residents as they fled and setting fire to homes": a participle
                # the parser joined to the finite verb of a time clause goes with the clause's
                # governor
                return subject_of(head.head)
            gov = _outside_subordinate(_outside_quote(verb), verb)
            if (not any(c.dep_ in ("nsubj", "csubj") for c in gov.children) and not any(
                    c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "aux" for c in verb.children)):
                # "troops had been sent to the area and had detained seven Palestinians": an active
                # verb joined to a passive one is done by the passive's subject
                passive_subj = next((c for c in gov.children if c.dep_ == "nsubjpass"), None)
                if passive_subj is not None and passive_subj.lower_ not in RELATIVE_PRONOUNS:
                    return passive_subj
            return subject_of(gov)
        return subject_of(verb.head)
    return None


# participles of saying, blaming and asking: the speaker's own acts
SPEAKING = DEMAND_CUES | {"accuse", "blame", "call", "describe", "brand", "denounce", "condemn", "claim",
                         "allege", "urge", "demand", "criticise", "criticize", "reject", "deny"}  # fmt: skip


def _agentless_report(verb) -> bool:
    """A reported passive clause that names no doer: "(said) the attack had been planned abroad"."""
    kids = [c.dep_ for c in verb.children]
    return verb.dep_ == "ccomp" and "auxpass" in kids and "agent" not in kids and "nsubj" not in kids


# verbs whose object does the act of their infinitive ("forced the army to retreat")
CAUSATIVE_VERBS = {"prompt", "force", "cause", "spur", "drive", "compel", "provoke", "push", "lead", "trigger",
                   "inspire", "oblige", "commit", "bind", "require"}  # fmt: skip
PERFECT_AUX = {"had", "has", "have", "'d"}


def _outside_subordinate(head, conj):
    """"Rubio condemned the terrorists he said had murdered people … and urged the authorities":
    a simple past cannot share the perfect's "had", so the verb the parser coordinated it with
    inside a reported or relative clause is not its partner; the clause's main verb is."""
    if not (conj.tag_ == "VBD" and head.tag_ == "VBN" and head.dep_ in ("ccomp", "relcl")
            and any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in head.children)
            and not any(c.dep_ in ("aux", "nsubj") for c in conj.children)):
        return head
    t = head
    while t.dep_ not in ("ROOT", "conj") and t.head.i != t.i:
        t = t.head
    return t if t.pos_ in ("VERB", "AUX") else head


SUFFER_VERBS = {"face", "risk", "pay", "suffer", "receive", "meet", "bear"}


def permitted(tok, by_token) -> list[Actor]:
    """Whom a permit verb allows to act: "allowed candidate Ouattara to run"."""
    return [a for c in tok.children if c.dep_ in ("ccomp", "xcomp")
            for n in c.children if n.dep_ == "nsubj" for a in actor_at(n, by_token)]


def own_forces(actor: Actor, source: list[Actor]) -> bool:
    """Security forces of the acting country (any country's, when the actor is unknown)."""
    own = {a.country for a in source}
    return actor.sector in SECURITY_SECTORS and (not own or actor.country in own)


def sector_noun(t) -> bool:
    """A noun the sector lexicons know as people or bodies ("protesters", "outlet" in "media
    outlet")."""
    sectors = load_lexicon().sectors
    compound = " ".join(c.lower_ for c in t.children if c.dep_ == "compound" and c.i < t.i)
    return t.lower_ in sectors or t.lemma_.lower() in sectors or f"{compound} {t.lower_}".strip() in sectors


def _befalls(clause) -> bool:
    """A clause telling what befalls its subject: "would face charges", "would be arrested"."""
    return clause.lemma_.lower() in SUFFER_VERBS or any(c.dep_ == "nsubjpass" for c in clause.children)


def _speakers_next_act(verb) -> bool:
    if verb.lemma_ not in REPORTING_VERBS or verb.tag_ not in ("VBD", "VBZ"):
        return False
    if verb.dep_ == "ccomp":
        # a finite reporting verb with no subject and no "that" of its own
        return verb.head.lemma_ in SAYING_VERBS and not any(c.dep_ == "mark" for c in verb.children)
    if verb.dep_ == "conj" and verb.head.dep_ == "relcl":
        # "The State Department condemned the repression that drove González into exile and
        # warned of new sanctions": a clause about a thing, not a group, cannot warn
        thing = verb.head.head
        return (thing.dep_ in ("dobj", "pobj") and thing.pos_ == "NOUN" and not thing.ent_type_
                and not sector_noun(thing)
                and thing.head.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in thing.head.children))
    if verb.dep_ == "conj":
        clause = verb.head
        return (clause.dep_ == "ccomp" and clause.head.lemma_ in SAYING_VERBS
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.head.children))
    return False


QUOTE_MARKS = {'"', "“", "”", "''", "``"}


def _outside_quote(conj):
    """The head a coordinated verb shares its subject with: 'called it "a step that should have
    been taken" and urged the authorities …' — the parser hangs "urged" on the verb inside the
    quotation; its subject is that of the verb governing the quotation."""
    head = conj.head
    marks = [t.i for t in conj.doc[head.i + 1: conj.i] if t.text in QUOTE_MARKS]
    if not marks:
        return head
    opening = next((t.i for t in reversed(conj.doc[conj.sent.start: head.i]) if t.text in QUOTE_MARKS), None)
    if opening is None:
        return head
    while head.i > opening and head.head.i != head.i:
        head = head.head
    return head


AUDIENCE_VERBS = {"tell", "brief", "inform", "address"}


def arguments(tok, entry: TriggerEntry, by_token) -> tuple[list[Actor], list[Actor]]:
    """The event's source and target actors; those told about it ("rejected any suggestion …,
    telling reporters that …") are its audience, not its target."""
    source, target = _arguments(tok, entry, by_token)
    if not target:
        return source, target
    told = {id(by_token[t.i]) for t in tok.sent if t.i in by_token and t.dep_ in ("dobj", "dative")
            and t.head.lemma_.lower() in AUDIENCE_VERBS and t.head.i != tok.i}
    return source, [a for a in target if id(a) not in told]


def _arguments(tok, entry: TriggerEntry, by_token) -> tuple[list[Actor], list[Actor]]:
    source: list[Actor] = []
    target: list[Actor] = []
    between = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    if (tok.tag_ == "VBG" and between is not None and entry.plover_type in ("ASSAULT", "CONSULT")
            and not any(c.dep_ in ("nsubj", "dobj") for c in tok.children)):
        # "fighting between the army and Fano militiamen", a gerund the tagger reads as a verb:
        # a joint act of the parties named, as for the noun
        both = prep_targets(between, by_token, entry)
        return dedupe(both), dedupe(both)
    if tok.pos_ == "VERB":
        # ("seven people were killed, most of them shot by police": a participle with its own
        # subject and an agent is passive, the subject the one it befell)
        absolute = tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children) and not any(
            c.dep_ in ("aux", "auxpass") for c in tok.children)
        passive = absolute or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        # ("Zambada was flown to El Paso and arrested by U.S. agents": the passive shares its
        # head's subject)
        shared = (tok.dep_ == "conj" and tok.tag_ == "VBN"
                  and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children)
                  and any(c.dep_ == "nsubjpass" for c in tok.head.children)
                  and any(c.dep_ == "agent" for c in tok.children))
        if shared:
            passive = True
            target += [a for c in tok.head.children if c.dep_ == "nsubjpass" for a in actor_at(c, by_token)]
        for c in tok.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        source += actor_at(p, by_token)
            elif c.dep_ == "nsubjpass" and c.lower_ in REFLEXIVES:
                continue  # "Yunus was himself convicted": the subject (below) is the one convicted
            elif c.dep_ == "dobj" and _suffered(c):
                continue  # "condemned Arce's arrest": not Arce, the arrester (see targets)
            elif c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and absolute) or (
                    c.dep_ in ("dobj", "dative") and not passive):
                arms = [c, *c.conjuncts]
                arms += [p for w in arms for g in w.children if g.dep_ == "prep" and g.lower_ == "of"
                         for p in g.children if p.dep_ == "pobj"]
                if tok.lemma_.lower() in FIRING_VERBS and any(w.lemma_.lower() in WEAPONS for w in arms):
                    # "fired 90 drones at Ukraine": the weapons are no target ("fired a missile
                    # toward Israel", "dozens of missiles and a swarm of drones at Israel": the
                    # aim hung on the weapons is)
                    target += [a for w in arms for g in w.children if g.dep_ == "prep" and g.lower_ in AIM_PREPS
                               for a in prep_targets(g, by_token, entry)]
                    continue
                target += actor_at(c, by_token)
            elif c.dep_ == "prep" and (c.lower_ in TARGET_PREPS or (
                    entry.plover_type == "PROTEST" and c.lower_ in PROTEST_SITE_PREPS)) and not target:
                # "rallied outside the French base", "protested in front of the parliament":
                # a protest's site names whom it is aimed at
                target += prep_targets(c, by_token, entry)
        if passive and not any(c.dep_ == "agent" for c in tok.children):
            # "convicted of labour violations by a Dhaka court": the agent hung on the complement
            agents = [a for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
                      for g in p.children if g.dep_ == "prep" and g.lower_ == "by"
                      for q in g.children if q.dep_ == "pobj" for a in actor_at(q, by_token)]
            source += agents
            target = [a for a in target if a not in agents]
        if passive and not target:
            # "Yunus was himself convicted": the subject the parser hung on the reflexive or the auxiliary
            target += [a for x in (tok, *(c for c in tok.children if c.dep_ in ("aux", "auxpass")))
                       for n in x.children if n.dep_ == "nsubj" for a in actor_at(n, by_token)]
        if not passive:
            subj = subject_of(tok)
            if subj is not None:
                source += actor_at(subj, by_token)
            if not source and subj is not None and subj.pos_ == "ADJ":
                # ("the paramilitary Rapid Support Forces launched …" parsed with two subjects)
                source += [a for c in tok.children if c.dep_ == "nsubj" and c is not subj for a in actor_at(c, by_token)]
            if subj is not None:
                if not source and subj.lemma_.lower() in DOCUMENTS:
                    # "an order issued by the home department suspended the internet": the
                    # document's author acts
                    source += [a for c in subj.children if c.dep_ == "acl" for g in c.children
                               if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
                               for a in actor_at(p, by_token)]
        if not target:
            # "threatened to shell Iraqi towns", "refused to meet the king": the target of the
            # intended action is the target of the threat, refusal or promise
            for c in tok.children:
                if c.dep_ == "xcomp" and c.pos_ == "VERB":
                    c = through_aspect(c)  # "vowed to keep hitting Russian refineries"
                    for g in c.children:
                        if g.dep_ in ("dobj", "dative"):
                            target += actor_at(g, by_token)
                            if g.lemma_.lower() in RELATIONS:
                                # "threatened to break off relations with Congo": the partner
                                target += [a for w in g.children if w.dep_ == "prep" and w.lower_ == "with"
                                           for a in prep_targets(w, by_token, entry)]
                        elif g.dep_ == "prep" and g.lower_ in TARGET_PREPS:
                            target += prep_targets(g, by_token, entry)
                    if not target and entry.plover_type in ("THREATEN", "REJECT"):
                        # "vowed to fight on until the RSF laid down its arms", "threatened to take
                        # all necessary measures if Guyana allowed foreign troops in": the side
                        # whose compliance is awaited is the one threatened
                        target += compliers([c, tok], by_token, {a.code for a in source})
        if (not target and tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") and entry.frame != "with"
                and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in tok.children)
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass") for c in tok.children)):
            # "a militant commander it blamed for the bombing", "the men police arrested": the
            # noun the object-gap relative clause hangs on
            target += actor_at(tok.head, by_token)
        if not target and tok.lemma_.lower() in PERMIT_LEMMAS:
            # "allowed candidate Ouattara to run": the one allowed
            # (an actor, not "elections"; not one's own forces: "the decree allows soldiers to …")
            target += [a for a in permitted(tok, by_token) if a.sector and not own_forces(a, source)]
        if not target and tok.lemma_.lower() not in FIRING_VERBS:
            # "granted asylum to five Panamanian officers", "imposed curbs on Russian banks": the
            # recipient hung on an object that is no actor
            target += [a for c in tok.children if c.dep_ == "dobj" and not actor_at(c, by_token)
                       for g in c.children if g.dep_ == "prep" and g.lower_ in OBJECT_RECIPIENT_PREPS
                       for a in prep_targets(g, by_token, entry)]
        if not target and tok.lemma_.lower() in TAKING_FROM:
            # "seized rifles and phones from gang members": the one deprived
            # (the parser may hang "from" on the last thing taken, within the verb's clause)
            target += [a for c in tok.subtree if c.dep_ == "prep" and c.lower_ == "from" and _same_clause(c, tok)
                       for a in prep_targets(c, by_token, entry)]
        if not target and entry.plover_type in CLAUSE_TARGET_TYPES:
            # "alleged that the network …", "urging the president to resign": the subject of
            # the reported or demanded clause is the one accused or asked
            for c in tok.children:
                # ("called for Iran to withdraw": the subject of a "for … to" clause)
                if c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "advcl" and any(
                        m.dep_ == "mark" and m.lower_ == "for" for m in c.children)):
                    subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is None and c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in c.children):
                        # "demanded that Dbeibah resign", the verb misread as a noun and its
                        # subject as a modifier: the actor standing before the clause's head
                        subj = next((g for g in c.children if g.i < c.i and g.dep_ in ("compound", "amod", "nmod")
                                     and g.i in by_token), None)
                    if subj is not None:
                        target += actor_at(subj, by_token)
        if not target and entry.plover_type == "THREATEN" and entry.frame == "speech":
            # "warned that his fighters would treat the Kenyans as occupiers", "warned that Israel
            # would hit Beirut": the other side named in the warning is its target
            own = {a.country for a in source}
            codes = {a.code for a in source}
            # ("warned that it would take measures against the rebels": the one acted against)
            target += [a for c in tok.children if c.dep_ == "ccomp" for p in c.subtree
                       if p.dep_ == "prep" and p.lower_ == "against" and _same_clause(p, c)
                       for a in prep_targets(p, by_token, entry) if a.code not in codes][:2]
            # ("warned of serious consequences if they did", "warned that more attacks would follow
            # until Pakistan leaves Balochistan": the one who must comply)
            if not target:
                target += compliers((tok, *(c for c in tok.children if c.dep_ == "ccomp")), by_token, codes)[:2]
            for c in tok.children:
                if c.dep_ == "ccomp" and not target:
                    named = [by_token[t.i] for t in c.subtree if t.i in by_token]
                    target += [a for a in named if a.country and a.country not in own][:1]
            if not target:
                # "warned that opposition leaders could face charges", "… would be arrested":
                # the one the warned clause befalls, of the warner's own country
                target += [a for c in tok.children if c.dep_ == "ccomp" and _befalls(c)
                           for n in c.children if n.dep_ in ("nsubj", "nsubjpass")
                           for a in actor_at(n, by_token) if a.code not in codes]
        if not target and tok.lemma_.lower() not in FIRING_VERBS:
            # "rejected a European proposal", "condemned Turkey's strikes": an object that is no
            # actor points at the actor that owns it (what one fires is one's own: "fired a
            # missile …, its first launch in a month")
            for c in tok.children:
                if c.dep_ == "dobj" and not actor_at(c, by_token) and not _suffered(c):
                    target += [a for g in c.children if g.dep_ in ("poss", "amod", "compound")
                               for a in actor_at(g, by_token)]
        if not target and entry.plover_type in VIOLENT_TYPES and any(
                c.dep_ == "dobj" and not actor_at(c, by_token) for c in tok.children):
            # "seized 14 rifles from gang members": what is taken is no actor; whom it is taken
            # from is the target
            target += [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                       for p in c.children if p.dep_ == "pobj" for a in actor_at(p, by_token)]
        if passive and not source and entry.plover_type in VIOLENT_TYPES:
            # "Police said 47 people were detained", "the defence ministry said 37 militants had
            # been killed": security forces reporting their own action (not the civilian dead of
            # an attack they report: "police said three civilians were killed in a bombing")
            clause = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" else tok  # "were injured and … detained"
            speaker = subject_of(clause.head) if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in DEMAND_CUES else None
            if speaker is not None and (entry.plover_type == "COERCE" or (
                    target and all(a.sector in ARMED - {"COP"} for a in target))):
                source += [a for a in actor_at(speaker, by_token) if a.sector in SECURITY_SECTORS
                           and a.code not in {t.code for t in target}]
        if not source and tok.dep_ == "acl" and tok.head.dep_ in ("dobj", "nsubjpass"):
            # "approved a motion urging …": the acts of a document are its author's
            verb = tok.head.head
            subj = subject_of(verb) if verb.pos_ == "VERB" else None
            if subj is not None:
                source += actor_at(subj, by_token)
    elif tok.pos_ == "ADJ" and tok.dep_ not in NOMINAL_DEPS:
        # "France was ready to continue training with Chad": the subject offers; the target is
        # the one the offered act is aimed at
        subj = subject_of(tok)
        source += actor_at(subj, by_token) if subj is not None else []
        for c in tok.children:
            if c.dep_ == "xcomp":
                c = through_aspect(c)
                for g in c.children:
                    if g.dep_ in ("dobj", "dative"):
                        target += actor_at(g, by_token)
                    elif g.dep_ == "prep" and g.lower_ in TARGET_PREPS | {"with"}:
                        target += prep_targets(g, by_token, entry)
                if not target:
                    target += [a for g in c.subtree if g.dep_ == "prep" and g.lower_ == "with"
                               for p in g.children if p.dep_ == "pobj" for a in actor_at(p, by_token)]
        own = {a.country for a in source} - {None}
        target = [a for a in target if a.country not in own]  # ("ready to send its troops")
    else:
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in CONTAINER_NOUNS:
            tok = tok.head  # "undertook a mediation mission between …": the mission carries the act
        joint: list[Actor] = []
        for c in tok.children:
            if c.dep_ == "poss" and c.i in by_token and tok.lemma_.lower() in PATIENT_NOUNS:
                target += actor_at(c, by_token)  # "Arce's arrest": the one arrested
            elif c.dep_ == "poss" and c.i in by_token:
                source += actor_at(c, by_token)
            elif c.dep_ in ("compound", "amod") and c.i in by_token:
                # "anti-government protests": the modifier is the target; "Russian strikes",
                # "Hamas attack": a named or national modifier is the source ("The miners
                # demand that …", a verb the parser took for the sentence's head noun: its subject)
                if c.lower_.startswith("anti"):
                    target += actor_at(c, by_token)
                elif c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG") or (
                        tok.dep_ == "ROOT" and c.dep_ == "compound" and c.i < tok.i):
                    source += actor_at(c, by_token)
            elif c.dep_ in ("acl", "ccomp") and entry.plover_type == "REQUEST" and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                # "the miners' demand that President Boluarte sign the bill": the one asked
                target += [a for n in c.children if n.dep_ in ("nsubj", "nsubjpass") for a in actor_at(n, by_token)]
            elif c.dep_ == "prep" and c.lower_ == "by":
                for p in c.children:
                    if p.dep_ == "pobj":
                        source += actor_at(p, by_token)
            elif c.dep_ == "prep" and c.lower_ == "of" and entry.frame == "with" and entry.plover_type in (
                    "CONSULT", "AGREE", "COOPERATE"):
                # "a meeting of their foreign ministers", "talks of the two leaders": those who meet
                met = prep_targets(c, by_token, entry)
                source += met
                if len(met) > 1:
                    target += met
                    joint = met
            elif c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
                target += prep_targets(c, by_token, entry)
            elif c.dep_ == "prep" and c.lower_ in POSTURE_PREPS and entry.plover_type == "MOBILIZE":
                # "drills around Taiwan": a show of force aimed at the place's state
                target += [a for p in c.children if p.dep_ == "pobj" for a in actor_at(p, by_token)]
            elif c.dep_ == "prep" and c.lower_ == "between" and entry.frame == "with":
                # "clashes between M23 and the Wazalendo militia", "talks between Kinshasa and
                # the rebels": a joint act of the parties named
                both = prep_targets(c, by_token, entry)
                if len(both) == 1:  # "clashes between M23 and militia fighters" parsed as two heads
                    both += [a for x in tok.conjuncts for a in actor_at(x, by_token) if a not in both]
                source += both
                target += both
                if len(both) > 1:
                    joint = both  # kept apart even when both sides share a code (two rebel groups)
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "of" and (head.head.dep_ in ("dobj", "nsubjpass") or (
                head.head.dep_ == "pobj" and head.head.lemma_.lower() in PROCESS_NOUNS)):
            # "staged ten days of protests", "carried out a series of raids", "answered with a
            # wave of missile strikes"
            tok, head = head.head, head.head.head
        if joint:
            return list(dict.fromkeys(joint)), list(dict.fromkeys(joint))
        if not target and (tok.dep_ == "dobj" or (tok.dep_ == "nsubjpass" and is_light(head))) and head.pos_ == "VERB":
            # ("sanctions were imposed on Iran": the passive of a light verb)
            # "fired tear gas at the crowd", "carried out strikes on rebel positions", "fired tear
            # gas and live rounds at the crowd" (the aim hung on the last of the objects)
            # ("hundreds of strikes on Houthi targets": the aim hung on the quantity; "began
            # drills around Taiwan": the place a show of force is aimed at)
            aims = {"at", "on", "against", "into", "upon"} | (POSTURE_PREPS if entry.plover_type == "MOBILIZE" else set())
            if entry.plover_type in ("THREATEN", "REQUEST", "ACCUSE", "AGREE"):
                aims |= {"to"}  # "issued a seven-day ultimatum to armed groups", "made an offer to Kyiv"
            for c in (*head.children, *tok.children,
                      *(g for x in (*tok.conjuncts, *head.conjuncts) for g in x.children)):
                if c.dep_ in ("prep", "dative") and c.lower_ in aims:
                    target += [a for p in c.children if p.dep_ == "pobj" for a in actor_at(p, by_token)]
        if not target and tok.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ == "VERB" \
                and entry.plover_type in VIOLENT_TYPES:
            # "blasted a supply boat with water cannon", "dispersed the crowd with tear gas": the
            # means is the act, the verb's object its target
            target += [a for c in head.head.children if c.dep_ == "dobj" for a in actor_at(c, by_token)]
        if (tok.dep_ == "dobj" and head.pos_ == "VERB" and tok.lemma_.lower() in PROCESS_NOUNS
                and all(a.sector == "IGO" for a in source)):
            # "triggered the return of UN sanctions", "announced the deployment of troops" (the
            # ones who bring back the organisation's sanctions act, not the organisation)
            subj = subject_of(head)
            if subj is not None and (found := actor_at(subj, by_token)):
                source = list(found)
        if not source and tok.dep_ == "dobj" and head.i in by_token and any(
                c.dep_ == "amod" and c.pos_ == "VERB" and c.i < tok.i and is_light(c) for c in tok.children):
            # "ECOWAS imposed sanctions", the acronym read as the verb and the verb as a
            # participle on its object: the actor the object hangs on
            source += actor_at(head, by_token)
        if not source and tok.dep_ in ("dobj", "nsubjpass") and is_light(head):
            subj = subject_of(head)
            if subj is not None:
                source += actor_at(subj, by_token)
            # "the strike was carried out by drone units of the SBU"
            source += [a for c in head.children if c.dep_ == "agent" for p in c.children
                       if p.dep_ == "pobj" for a in actor_at(p, by_token)]
        if (not source and entry.plover_type == "PROTEST" and tok.dep_ == "pobj" and head.lower_ == "for"
                and head.head.lemma_.lower() == "call"):
            # "the Front called for a march on Saturday": an opposition body calling a protest
            # organises it (a state's call for rallies is no protest of its own)
            subj = subject_of(head.head)
            callers = actor_at(subj, by_token) if subj is not None else []
            source += [a for a in callers if a.sector not in STATE_SECTORS]
        if not source and tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in TRAVEL_VERBS:
            # "flew to Kabul for meetings with Taliban leaders": the traveller holds the talks
            subj = subject_of(head.head)
            if subj is not None:
                source += actor_at(subj, by_token)
        if (not source and tok.dep_ == "pobj" and head.lower_ in ("in", "during", "with", "through", "by")
                and (entry.plover_type in VIOLENT_TYPES or entry.plover_type == "MOBILIZE")):
            # ("bombers flew over the peninsula in a drill": the drill is the flyers')
            # "wounded two soldiers in a bomb attack": the clause's subject carried out the attack
            verb = head.head
            if (verb.pos_ == "VERB" and verb.lemma_.lower() not in VICTIM_VERBS
                    and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)):
                subj = subject_of(verb)
                if subj is not None:
                    source += actor_at(subj, by_token)
    if entry.plover_type in ("MOBILIZE", "RETREAT") and tok.pos_ == "VERB":
        # "scrambled fighters", "5,000 police officers would be deployed", "withdraw its troops
        # from Congolese territory": the forces moved are the mover's own, not a target
        own = {a.country for a in source}
        moved = [a for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for a in actor_at(c, by_token)
                 if a.sector in ARMED and (entry.plover_type == "MOBILIZE" or a.country in own)]
        target = [a for a in target if a not in moved]
        if not source and entry.plover_type == "MOBILIZE":
            source = [a for a in moved if any(c.dep_ == "nsubjpass" for c in tok.children)]
        if moved and not target:
            # the place they leave or are sent to
            target = [a for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "to", "into")
                      for p in c.children if p.dep_ == "pobj" for a in actor_at(p, by_token)]
    if tok.pos_ == "VERB":
        source, target = _ordered_state(tok, source, target, by_token)
        if entry.plover_type == "COOPERATE" and tok.lemma_.lower() in HANDING_OVER:
            # "Ecuador extradited him to the United States": the state that receives him is the
            # partner; the one handed over is what the cooperation is about
            to = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                  for a in prep_targets(c, by_token, entry)]
            if to:
                target = to
        if not target and tok.lemma_.lower() in DECLARING:
            # "declared the ambassador persona non grata": the subject of the small clause
            target = [a for c in tok.children if c.dep_ == "ccomp" for n in c.children
                      if n.dep_ == "nsubj" and n.i < c.i for a in actor_at(n, by_token)]
        if not target and entry.frame == "with" and entry.plover_type in VIOLENT_TYPES:
            # "rival armed groups battled": the rivals fight one another
            subj = subject_of(tok)
            if subj is not None and subj.tag_ in ("NNS", "NNPS") and any(
                    c.dep_ == "amod" and c.lower_ in RIVALS for c in subj.children):
                target = list(source)
        if not target and not passive and not any(c.dep_ == "dobj" for c in tok.children):
            # "abducting at least a dozen people linked to the protests": a reduced relative
            # the parser took for a clause, its subject the verb's object
            target += [a for c in tok.children if c.dep_ == "ccomp" and c.tag_ == "VBN"
                       and not any(g.dep_ in ("aux", "auxpass") for g in c.children)
                       for n in c.children if n.dep_ == "nsubj" and n.i < c.i for a in actor_at(n, by_token)]
        if not target and len(source) > 1 and _reciprocal(tok):
            target = list(source)  # "both sides accused each other": each the other's target
    target = _envoys_posts(tok, target, source, by_token)
    target = dedupe(target)
    # "Federal troops and Jubaland forces clashed": two sides of a joint act stay two actors
    # even when they share a code
    source = dedupe(source, by_text=entry.frame == "with")
    # "urged an inquiry, which it said …", "closed its busiest crossing": the source again
    target = [a for a in target if not (a.text.lower() in PRONOUNS and any(
        a.code == s.code and a.name == s.name for s in source))]
    if source and source == target and (len(source) > 1 or entry.frame == "with"):
        # a joint act coded both ways ("clashes between A and B", "rival groups battled")
        return source, target
    return [a for a in source if a not in target], target


def _reciprocal(tok) -> bool:
    """"accused each other", "blamed one another", "each side accused the other": the object is
    the subject's other half."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    objs += [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    for o in objs:
        words = [t.lower_ for t in o.subtree if t.i <= o.i]
        if words[-2:] in (["each", "other"], ["one", "another"]) or words == ["the", "other"]:
            return True
    return False


DECLARING = {"declare", "deem", "brand", "label"}
HANDING_OVER = {"extradite", "hand", "transfer", "send", "surrender", "repatriate"}
RIVALS = {"rival", "warring", "opposing", "competing", "feuding"}
ORDER_VERBS = {"order", "want", "declare", "have", "get", "see"}


def _ordered_state(tok, source: list[Actor], target: list[Actor], by_token) -> tuple[list[Actor], list[Actor]]:
    """"ordered the Radaa Deterrence Force disbanded": a participle the order puts its object
    in; the orderer acts, the object undergoes it (the parser reads the object as the subject)."""
    head = tok.head
    if (tok.dep_ not in ("ccomp", "xcomp", "oprd") or tok.tag_ not in ("VBN", "VBD")
            or head.lemma_.lower() not in ORDER_VERBS or any(c.dep_ in ("aux", "auxpass") for c in tok.children)):
        return source, target
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    orderer = subject_of(head)
    if subj is None or orderer is None:
        return source, target
    return actor_at(orderer, by_token), actor_at(subj, by_token) or target


ENVOYS = {"ambassador", "envoy", "diplomat", "charge", "chargé", "consul", "emissary", "representative",
          "delegation", "mission", "embassy"}  # fmt: skip


def _envoys_posts(tok, target: list[Actor], source: list[Actor], by_token) -> list[Actor]:
    """"recalled its ambassador to Uganda", "closed its embassy in Kyiv": the source's own
    envoy or mission stands for its relations with the country it is posted to."""
    own = {a.country for a in source if a.country}
    if not own:
        return target
    out = []
    for a in target:
        post = None
        if a.country in own:
            heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and a in actor_at(c, by_token)]
            for h in heads:
                if h.lemma_.lower() in ENVOYS:
                    post = next((x for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
                                 for p in c.children if p.dep_ == "pobj" for x in actor_at(p, by_token)
                                 if x.country and x.country not in own), None)
        out.append(post or a)
    return out


MUTUAL_TYPES = {"AGREE", "CONSULT", "COOPERATE"}


def both_ways(entry: TriggerEntry, source: list[Actor], target: list[Actor]) -> list[Actor]:
    """A joint act of parties of two or more countries and no other target is coded both ways."""
    if (not target and entry.plover_type in MUTUAL_TYPES and entry.cameo != "045"
            and len({a.country for a in source if a.country}) > 1):
        return list(source)  # "the two governments pledged to cooperate": to each other
    if target or not (entry.frame == "with" or entry.cameo == "057"):
        return target
    if len({a.country for a in source if a.country}) > 1:
        return list(source)
    # "the government and the M23 rebel group signed a ceasefire": two sides of one country,
    # but not one state's own institutions acting together ("the army and police agreed")
    if len({a.code for a in source if a.code}) > 1 and not all(a.sector in STATE_SECTORS for a in source):
        return list(source)
    if entry.plover_type in VIOLENT_TYPES and len(source) > 1:
        return list(source)  # "Federal troops and Jubaland forces clashed": against each other
    return target


def prep_targets(prep, by_token, entry: TriggerEntry) -> list[Actor]:
    """Actors in a prepositional object. A country named as the place of an act done to it or
    in it ("demonstrated in Serbia", "strikes in Syria", "arrived in Amman") is the target, as in
    CAMEO coding practice; the place of a meeting, a signing or a statement is not ("met in
    Doha", "signed the accord in Washington", "In Bogota, Petro condemned …")."""
    if prep.lower_ == "in":
        reason = [p for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in MOTIVE_NOUNS]
        if reason:
            # "staged a hunger strike in protest against abuses by the security forces"
            return [a for p in reason for c in p.children if c.dep_ == "prep" and c.lower_ in MOTIVE_PREPS
                    for g in c.children if g.dep_ == "pobj" for a in actor_at(g, by_token)]
        if not _place_is_target(prep, entry):
            return []
        # the place itself, not an actor deeper in the phrase ("warned in a letter to the
        # State Department")
        return [by_token[x.i] for p in prep.children if p.dep_ == "pobj"
                for x in (p, *p.conjuncts) if x.i in by_token]
    return [a for p in prep.children if p.dep_ == "pobj" for a in actor_at(p, by_token)]


MOTIVE_NOUNS = {"protest", "response", "retaliation", "reprisal", "solidarity", "defiance", "revenge"}
MOTIVE_PREPS = {"against", "at", "over", "of", "to", "for", "with"}
VISIT_VERBS = {"arrive", "land", "visit", "travel", "tour", "fly", "come"}


def _place_is_target(prep, entry: TriggerEntry) -> bool:
    head = prep.head
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and prep.i < subj.i:
        return False  # a scene-setting "In Geneva, …" opening the clause
    if entry.frame == "with":
        return entry.plover_type == "CONSULT" and head.lemma_.lower() in VISIT_VERBS
    # where an accord is signed or a statement made is a venue, not a party ("signed a ceasefire
    # in the Qatari capital", "accused Kyiv in Geneva")
    return entry.plover_type not in VENUE_TYPES or head.lemma_.lower() in VISIT_VERBS


VENUE_TYPES = {"AGREE", "SUPPORT", "COOPERATE", "CONSULT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}


# acts named after the one they befall: "Arce's arrest", "the general's assassination"
PATIENT_NOUNS = {"arrest", "detention", "conviction", "sentencing", "expulsion", "deportation", "extradition",
                 "release", "execution", "abduction", "kidnapping", "killing", "assassination", "murder", "jailing",
                 "imprisonment", "trial", "prosecution", "indictment", "dismissal", "removal", "ouster",
                 "impeachment", "disqualification", "exile", "capture"}  # fmt: skip


def _suffered(noun) -> bool:
    """"Arce's arrest", "the bishop's expulsion": an act whose owner is the one it befalls (a
    reaction to it is aimed at whoever did it, found among the events told before)."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in PATIENT_NOUNS and any(
        c.dep_ == "poss" for c in noun.children)


def dedupe(actors: list[Actor], by_text: bool = False) -> list[Actor]:
    """One actor per code: "the government … the government's forces" name one actor (with
    ``by_text``, one per code and wording)."""
    out, seen = [], set()
    for a in actors:
        key = (a.code or a.text.lower(), a.text.lower() if by_text else "")
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out
