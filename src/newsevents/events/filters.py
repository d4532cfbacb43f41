"""Trigger readings that are not events between political actors ("released a video",
"shot himself", "flooding killed 40 people")."""

from __future__ import annotations

from ..actors.coding import MEASURE_HEADS
from ..nlp.stages import ArticleContext
from ..records import Actor
from .arguments import (
    PERMIT_LEMMAS,
    REPORTING_VERBS,
    SECURITY_SECTORS,
    STATE_SECTORS,
    VIOLENT_TYPES,
    WHOEVER,
    own_forces,
    permitted,
    subject_of,
)
from .ontology import TriggerEntry, load_object_patterns, load_triggers
from .targets import attacks_named
from .triggers import object_pattern, trigger_entry

DEMAND_MODALS = {"must", "should"}
# measures that "hit" or "bite" an economy, not a target ("EU sanctions hit Russian banks")
MEASURE_NOUNS = MEASURE_HEADS | {"measure", "ban", "restriction", "levy", "tax"}
GENERIC_SECTORS = {"CVL", "REF", None}
SPEECH_NOUNS = {"speech", "address", "remark", "statement", "lecture", "sermon", "message",
                "interview", "briefing", "eulogy", "keynote", "testimony", "toast"}  # fmt: skip
MEDIA_NOUNS = {"video", "statement", "report", "footage", "figure", "data", "list", "document",
               "film", "photo", "photograph", "image", "recording", "audio", "album", "book",
               "transcript", "communique", "communiqué", "details", "result", "findings", "letter"}  # fmt: skip
MONEY_NOUNS = {"dollar", "million", "billion", "money", "bribe", "payment", "cash", "fee",
               "kickback", "euro", "pound", "sum"}  # fmt: skip
AUTHORITY_NOUNS = {"mandate", "power", "term", "extension", "permission", "approval", "licence",
                   "license", "right", "status", "authority", "immunity", "waiver", "injunction", "stay"}  # fmt: skip
CANDIDACY = {"term", "reelection", "re-election", "presidency", "office", "nomination", "seat", "candidacy"}
MATERIAL_TYPES = {"AID", "SANCTION", "COOPERATE", "RETREAT", "CONCEDE"}
NON_OFFERS = {"evidence", "proof", "explanation", "detail", "details", "comment", "information",
              "reason", "timeline", "timetable", "figure", "name", "condolence", "condolences",
              "prayer", "thought", "view", "opinion", "insight", "glimpse", "apology"}  # fmt: skip
# things only figuratively destroyed or attacked ("destroying the livelihoods of fishermen",
# "trying to destroy democracy")
ABSTRACT_OBJECTS = {"livelihood", "democracy", "economy", "trust", "hope", "reputation", "credibility",
                    "career", "future", "freedom", "unity", "dream", "confidence", "image", "legacy",
                    "morale", "independence", "justice", "rule", "principle", "value", "culture",
                    "identity", "dignity", "chance", "prospect", "effort", "order", "system",
                    # social ills fought by policy, not by arms ("there only to fight terrorism")
                    "terrorism", "crime", "corruption", "extremism", "impunity", "poverty", "insecurity",
                    "inflation", "disinformation", "trafficking", "radicalisation", "radicalization"}  # fmt: skip
# a body "set up to fight" an enemy is described, not reported acting
FOUNDING_VERBS = {"set", "create", "form", "establish", "found", "launch", "design", "mandate", "task", "build"}
# court business suspended or stopped is procedure, not a sanction on anyone
PROCEDURE_NOUNS = {"proceeding", "proceedings", "hearing", "trial", "case", "session", "sitting", "debate"}
# verbs whose -ing or infinitive complement stops rather than does ("stopped attacking ships")
STOPPING = {"stop", "cease", "halt", "end", "quit", "refrain", "suspend", "abandon"}
# naming verbs: "called the treaty a turning point" speaks about an act already reported
NAMING_VERBS = {"call", "describe", "hail", "brand", "term", "label", "dub"}
# groups whose names are also event words ("a Sri Lankan patrol opened fire", "the mission said")
GROUP_TRIGGERS = {"patrol", "mission", "convoy", "delegation", "deployment", "contingent"}
DISMISSED = {"government", "cabinet", "minister", "chief", "commander", "official", "head", "director", "governor",
             "prime", "premier", "ministers", "officials", "judge", "judges", "prosecutor"}  # fmt: skip
POLITICAL_ARENA = {"LEG", "JUD", "PTY", "NGO", "MED", "BUS"}
PATRONAGE = {"back", "support", "sponsor", "fund", "finance", "arm", "endorse"}
TERRAIN = {"territory", "land", "mountain", "sea", "water", "desert", "forest", "river", "lake", "hill", "field"}
ANONYMITY = {"name", "identify", "quote", "cite"}
REFLEXIVE = {"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"}
COMMAND_VERBS = {"order", "instruct", "direct", "command", "tell"}
PRESSURE_TYPES = {"THREATEN", "ACCUSE", "REQUEST", "REJECT"}
GENERIC_PEOPLE = {"those", "anyone", "anybody", "whoever", "someone", "somebody", "everyone"}
QUESTION_WORDS = {"whether", "if", "what", "why", "how", "when", "who", "where", "which"}
# (not "refused to respond to a demand", "refused to discuss the proposal": refusals)
NO_COMMENT = {"comment", "elaborate", "say", "confirm", "identify", "name", "specify", "disclose", "reveal"}


NATURAL_CAUSES = {"flood", "flooding", "floodwater", "rain", "storm", "cyclone", "hurricane",
                  "typhoon", "earthquake", "quake", "landslide", "mudslide", "drought", "famine",
                  "disease", "outbreak", "cholera", "epidemic", "heat", "heatwave", "wildfire",
                  "avalanche", "tsunami", "accident", "crash", "collapse", "lightning", "malaria",
                  "virus", "coronavirus", "pandemic", "covid", "covid-19", "infection", "illness",
                  "fire", "blaze", "smoke", "explosion", "cold", "hunger", "starvation", "monsoon",
                  "downpour", "tornado", "eruption", "deluge"}  # fmt: skip


def not_an_event(ctx: ArticleContext, tok, entry: TriggerEntry, source: list[Actor],
                  target: list[Actor]) -> bool:
    """Trigger readings that are not events between political actors."""
    kids = list(tok.children)
    lemma, ptype, verb = tok.lemma_.lower(), entry.plover_type, tok.pos_ == "VERB"
    if not source and ptype not in VIOLENT_TYPES and all(t.sector in GENERIC_SECTORS for t in target):
        return True  # "people were consulted": no political actor on either side
    if not source and ptype == "AID" and verb and (subj := subject_of(tok)) is not None and subj.lower_ in GENERIC_PEOPLE:
        return True  # "those who send drones to our airfields": aid given by no one in particular
    objects = {g.lemma_.lower() for c in kids if c.dep_ == "dobj"
               for g in (c, *(x for x in c.children if x.dep_ == "compound"))}
    if ptype == "REQUEST" and lemma == "seek" and verb and (objects & CANDIDACY or any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in kids)):
        return True  # "is seeking a second term", "has sought to draw investment": a bid, an attempt
    if ptype == "AID" and objects & AUTHORITY_NOUNS:
        return True  # "granted a five-year mandate", "gives troops sweeping powers": no aid
    if ptype == "RETREAT" and lemma == "release" and (objects & MEDIA_NOUNS or (
            tok.dep_ == "acl" and tok.head.lemma_.lower() in MEDIA_NOUNS)):
        return True  # "released a video", "footage released by his office": published, not set free
    if verb and lemma in ("disperse", "scatter") and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in kids):
        return True  # "the crowd dispersed peacefully at dusk": it left; no one dispersed it
    if generic_gerund(tok):
        return True  # "burning the property of ordinary people is not a political opinion"
    if entry.cameo == "181" and any(p.pos_ == "NOUN" and not p.ent_type_ and p.i not in ctx.results.get("actor_by_token", {})
                                    for c in tok.subtree if c.lower_ == "by" for p in c.children if p.dep_ == "pobj"):
        return True  # "it was held hostage by politics": a figure of speech
    if not verb and tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and not any(
            c.dep_ in ("det", "poss") for c in kids) and any(c.dep_ == "acomp" for c in tok.head.children):
        return True  # "Attacks on the judiciary are unacceptable": a judgement on acts in general
    if ptype in ("AGREE", "CONCEDE") and lemma in ("accept", "take", "receive") and objects & MONEY_NOUNS:
        return True  # "accepted millions of dollars": a payment, not an agreement
    if ptype == "CONCEDE" and verb and lemma in PERMIT_LEMMAS and not target and any(
            own_forces(a, source) for a in permitted(tok, ctx.results.get("actor_by_token", {}))):
        return True  # "the decree allows soldiers to search homes": powers given, nothing conceded
    if ptype == "THREATEN" and not source and verb and lemma in WARN_VERBS and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in kids):
        return True  # "Analysts warned that the RSF could …": an onlooker's forecast, no threat
    if tok.head.lower_ == "without" and tok.dep_ in ("pobj", "pcomp") and not any(c.dep_ == "dobj" for c in kids):
        return True  # "fired without warning", "released without charge"
    if not verb and tok.is_title and tok.ent_type_ in NAME_ENTITIES:
        return True  # "the Nuclear Non-Proliferation Treaty", "the Peace Agreement Act": a name
    if verb and any(c.dep_ in ("nsubjpass", "nsubj") and c.lower_ in WHOEVER for c in kids):
        return True  # "anyone caught carrying weapons would be arrested": the content of a warning
    if ptype in VIOLENT_TYPES and tok.dep_ in ("dobj", "xcomp") and tok.head.lemma_.lower() in PERCEPTION_VERBS:
        return True  # "we heard firing all night": what a witness perceived, no act of the witness
    if not verb and tok.dep_ == "attr" and tok.head.lemma_ == "be" and any(
            c.dep_ == "nsubj" and c.i not in ctx.results.get("actor_by_token", {}) for c in tok.head.children):
        return True  # "The decree was Ethiopia's third state of emergency": a description, no new act
    if verb and lemma == "hit" and (not source or any(
            c.dep_ == "nsubj" and c.lemma_.lower() in MEASURE_NOUNS for c in kids)):
        return True  # "sanctions hit Russian banks", "the storm hit the coast": no attacker named
    if ptype in ("CONCEDE", "RETREAT") and lemma in ("ease", "reduce", "defuse", "calm", "lower") and objects & {"tension", "tensions"}:
        return True  # "promising to ease tensions": a hope, nothing yielded
    if ptype in ("SANCTION", "COERCE") and objects & PROCEDURE_NOUNS:
        return True  # "ordered a judge to suspend all proceedings against the party"
    if ptype in VIOLENT_TYPES and tok.dep_ in ("xcomp", "pcomp", "pobj") and (
            tok.head.lemma_.lower() in STOPPING or (tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in STOPPING)):
        return True  # "the group stopped attacking ships", "an end to air strikes": the violence stops
    if not verb and tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in NAMING_VERBS and (any(
            c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as") for c in tok.head.children) or (
            tok.dep_ == "dobj" and any(c.dep_ == "appos" for c in kids))):
        return True  # "called the treaty 'a historic turning point'": the act is spoken of
    node = tok.head if tok.dep_ == "compound" else tok  # "the KFOR peacekeeping mission"
    if not verb and node.dep_ == "nsubj" and (node.head.lemma_.lower() in REPORTING_VERBS | {"say", "tell", "add", "report"}
                                               or node.lemma_.lower() in GROUP_TRIGGERS):
        return True  # "the KFOR peacekeeping mission said", "a Sri Lankan patrol opened fire": a body
    if verb and lemma in ("ask", "request") and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in ANONYMITY and any(g.dep_ == "neg" for g in c.children)
            for c in kids):
        return True  # "asking not to be named": a source's anonymity
    if verb and lemma == "surround" and any(
            c.dep_ == "agent" and any(g.dep_ == "pobj" and (g.lemma_.lower() in TERRAIN or g.i not in ctx.results.get(
                "actor_by_token", {})) for g in c.children) for c in kids):
        return True  # "enclaves surrounded by Kyrgyz territory": geography
    if not verb and lemma == "riot" and tok.dep_ in ("compound", "amod"):
        return True  # "riot police", "riot gear": a kind of unit, no riot
    if ptype == "ASSAULT" and lemma == "fight" and source and all(a.sector in POLITICAL_ARENA for a in source):
        return True  # "the senators are preparing to fight back": a political fight
    if ptype == "ACCUSE" and lemma == "call" and tok.dep_ == "ccomp" and any(
            c.lower_ == "what" for c in kids):
        return True  # "rejected what he called blackmail": the naming belongs to the rejection
    if ptype == "COOPERATE" and lemma == "share" and (objects & {"border", "frontier", "boundary", "video", "post",
                                                                 "message", "image", "photo", "footage"}
                                                      or (tok.dep_ == "acl" and "social" in {t.lower_ for t in tok.subtree})):
        return True  # "shares borders with both", "an audio message shared on social media"
    if ptype == "AGREE" and verb and lemma == "agree" and any(
            c.dep_ == "xcomp" and (e := trigger_entry(c, load_triggers())) is not None
            and e[0].plover_type in ("SANCTION", "COERCE", "ASSAULT") for c in kids):
        return True  # "EU ministers agreed to suspend visa-free travel": the decision is the sanction
    if ptype == "CONSULT" and lemma in ("arrive", "arrival", "land") and not any(
            a.sector in ("GOV", "IGO", "LEG") for a in source):
        return True  # "people arrived with nothing", "the Kenyan-led force arrived": no visit by officials
    if ptype == "REJECT" and verb and lemma in ("dismiss", "sack", "fire") and (objects & DISMISSED or any(
            c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in kids)):
        return True  # "dismissed his entire government": a removal from office, no rejection
    if ptype == "SUPPORT" and verb and lemma in PATRONAGE and tok.dep_ == "acl" and tok.tag_ == "VBN" and any(
            c.dep_ == "agent" for c in kids):
        return True  # "forces backed by Turkish-made drones", "a candidate backed by the party": a description
    if ptype == "ASSAULT" and verb and objects and objects <= ABSTRACT_OBJECTS:
        return True  # "destroying the livelihoods of our fishermen", "to destroy democracy"
    if verb and tok.dep_ in ("xcomp", "advcl") and tok.head.tag_ == "VBN" and (
            tok.head.dep_ == "acl" or any(c.dep_ == "auxpass" for c in tok.head.children)) and (
            tok.head.lemma_.lower() in FOUNDING_VERBS):
        # "a regional force set up to fight Boko Haram", "the CPC was formed in 2020 to block the
        # re-election": what the body is for
        return True
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
            and all(a.sector in STATE_SECTORS | {"ELI"} for a in source)):
        # (a former leader's orders were given in office: "Hasina had ordered security forces")
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
    if verb and lemma == "ask" and not any(
            c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for")
            # ("asked New Delhi in December to extradite Hasina": the infinitive hung as an adverbial)
            or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
            for c in kids):
        return True  # "asked about the talks", "asked questions": only asking for an act is a request
    if verb and lemma == "ask" and any(c.dep_ == "ccomp" and any(
            g.lower_ in QUESTION_WORDS and g.dep_ in ("mark", "advmod", "nsubj", "dobj", "attr") for g in c.children)
            for c in kids):
        return True  # "Asked whether ambassadors could be sent home, he said …": a question
    if verb and lemma in ("decline", "refuse") and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in NO_COMMENT for c in kids):
        return True  # "declined to comment": no refusal of anything asked of it
    if verb and lemma in ("speak", "talk") and not any(
            (c.dep_ == "prep" and c.lower_ == "with" and c.head.i == tok.i)
            or (c.lower_ in ("phone", "telephone") and not (_aside(tok) and not any(
                g.dep_ == "prep" and g.lower_ == "with" for g in c.children))) for c in tok.subtree):
        # ("Speaking by telephone from San José, X said": to the reporter)
        return True  # "spoke to reporters", "spoke at a rally": only speaking with a partner is a consultation
    if lemma == "plead" and any(c.lower_ in ("guilty", "innocent") for c in tok.subtree):
        return True  # "pleaded not guilty": a plea in court, not an appeal
    if verb and lemma in ("agree", "concur") and not any(
            c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "advcl") for c in kids):
        return True  # "the governor agreed, saying …": an opinion, not an agreement
    if (verb and tok.dep_ == "advcl" and tok.tag_ == "VBG" and ptype not in VIOLENT_TYPES
            and not target and not any(c.dep_ == "nsubj" for c in kids)
            and (head := _head_event(tok)) is not None
            and (ptype not in PRESSURE_TYPES or head.plover_type == ptype)):
        # "blocked roads, halting traffic": the consequence of the event just coded ("signed a
        # ceasefire, pledging to stop fighting": the same act; "rejected the plan, vowing to
        # fight on": a second act, a threat)
        return True
    if (verb and lemma in ("wound", "injure", "maim") and tok.dep_ in ("advcl", "conj") and tok.tag_ == "VBG"
            and (head := _head_event(tok)) is not None and head.plover_type in VIOLENT_TYPES | {"PROTEST"}):
        return True  # "set fire to a police post, injuring two officers": the toll of the attack just coded
    if ptype == "THREATEN" and verb and lemma in WARN_VERBS and _warns_of_a_risk(
            tok, source, ctx.results.get("actor_by_token", {})):
        return True  # "aid agencies warned that communities could abandon their fields": a risk
    if (ptype == "ASSAULT" and not source and lemma in CASUALTY_VERBS and target
            and all(t.sector in GENERIC_SECTORS for t in target) and not _by_agent(tok)
            and not _in_an_attack(tok)):
        return True  # "more than 250 people have since been killed": a toll, no attacker named
    if not source and _only_located(ctx, tok, target):
        return True  # "homes were destroyed in the Bahamas": a place, no actor involved
    return _natural_cause(tok)  # "flooding in Somalia killed 40 people": the subject is no actor


def generic_gerund(tok) -> bool:
    """An act named as the subject of a judgement, done by no one in particular: "burning the
    property of ordinary people is not a political opinion"."""
    return tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ == "csubj" and tok.head.lemma_ == "be" and not any(
        c.dep_ in ("nsubj", "poss") for c in tok.children)


def _aside(tok) -> bool:
    """"Speaking by telephone, …": a participle opening a reported statement."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in REPORTING_VERBS


def _head_event(tok) -> TriggerEntry | None:
    """The entry of the event the trigger's head is coded as (a trigger word or a verb-object
    pattern), or None."""
    got = trigger_entry(tok.head, load_triggers()) or object_pattern(tok.head, load_object_patterns())
    return got[0] if got else None


WARN_VERBS = {"warn", "caution"}
PERCEPTION_VERBS = {"hear", "see", "witness", "notice", "watch", "film", "record"}
NAME_ENTITIES = {"LAW", "ORG", "WORK_OF_ART", "EVENT", "FAC", "PRODUCT"}
POSSIBILITY = {"could", "might", "may"}
CASUALTY_VERBS = {"kill", "wound", "injure", "die", "hurt"}


def _warns_of_a_risk(tok, source: list[Actor], by_token) -> bool:
    """A warning that something could happen, told of something other than a political actor
    ("warned that a clash between the two could spiral", "warned that communities could abandon
    their fields"), or told by no political actor, is no threat; "warned it could impose
    sanctions", "warned that the army could be deployed" are."""
    for c in tok.children:
        if c.dep_ != "ccomp":
            continue
        if not any(a.dep_ == "aux" and a.lower_ in POSSIBILITY for a in c.children):
            return False
        if c.lemma_.lower() in ENDURE_VERBS and not any(
                g.dep_ == "dobj" and (g.lemma_.lower() in PENALTY_OBJECTS or trigger_entry(g, load_triggers()))
                for g in c.children):
            return True  # "warned that Kharkiv could face rolling blackouts": a hardship, not a penalty
        subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return False
        if subj.lower_ in ("it", "they", "we", "i") or subj.ent_type_ in ("PERSON", "GPE", "NORP", "ORG"):
            return False  # the warner or a named party acts: a threat or a warning aimed at them
        actor = by_token.get(subj.i)
        if actor is None and subj.lemma_.lower() in GROUP_HEADS:
            return False  # "warned that the coalition could call nationwide demonstrations"
        if not source:
            return True  # "analysts warned that troops could be drawn into combat"
        return actor is None or actor.sector in GENERIC_SECTORS
    return False


PENALTY_OBJECTS = {"price", "consequence", "consequences", "retaliation", "punishment", "response", "reprisal",
                   "force", "wrath", "justice", "defeat", "blow"}  # ("will face the full force of the state")
ENDURE_VERBS = {"face", "suffer", "experience", "endure"}
GROUP_HEADS = {"coalition", "alliance", "party", "movement", "union", "group", "government", "council"}


def _in_an_attack(tok) -> bool:
    """"killed in a suicide car bombing", "a drone strike killed 19 people": the toll of an attack,
    which is an event."""
    lex = load_triggers()
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and any(c.dep_ == "dobj" for c in tok.children):
        subj = tok.head  # "A drone strike killed 19 people", the verb read as a participle of the noun
    if subj is not None and any((got := trigger_entry(t, lex)) is not None and got[0].plover_type == "ASSAULT"
                                for t in (subj, *(c for c in subj.children if c.dep_ == "compound"))):
        return True
    return bool(attacks_named(tok, lex, ("in", "during")))


def _by_agent(tok) -> bool:
    return any(c.dep_ == "agent" for c in tok.children)


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
        subj = subject_of(tok)  # "an earthquake that struck the south": the antecedent
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in tok.children)
    if not own_subject and tok.pos_ == "VERB" and tok.i > 0 and tok.doc[tok.i - 1].pos_ == "NOUN":
        # "after a week of monsoon rains and landslides killed …": the parser left the verb
        # without its subject, the noun just before it
        subj = tok.doc[tok.i - 1]
        subj = subj.head if subj.dep_ == "conj" else subj
    if subj is None:
        return False
    # ("a week of monsoon rains and landslides killed 112 people", "Cyclone Ditwah, which killed …")
    heads = [subj, *(g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj")]
    heads += [c for h in list(heads) for c in h.conjuncts]
    return any(w.lemma_.lower() in NATURAL_CAUSES or w.lower_ in NATURAL_CAUSES
               for h in heads for w in (h, *(c for c in h.children if c.dep_ in ("compound", "amod"))))
