"""Context that changes how a trigger is coded: who acts ("strike" by workers is a labour
protest), what is acted on ("ordered diplomats to leave" is an expulsion), what is vowed
("vowed to crush" is a threat), where it is fired ("a missile into the sea" is a show of
force)."""

from __future__ import annotations

from ..records import Actor
from .arguments import (
    STATE_SECTORS,
    VIOLENT_TYPES,
    actor_at,
    dedupe,
    sector_noun,
    subject_of,
    through_aspect,
)
from .commitments import PENALTY_VERBS, WRONGS
from .filters import PENALTY_OBJECTS
from .ontology import TriggerEntry, load_object_patterns
from .targets import CLAIM_NOUNS, QUANTITIES
from .triggers import object_pattern, trigger_entry

EXPEL_ENTRY = TriggerEntry("order", "VERB", "SANCTION", "expel", "166", "agent_patient")
CUT_VERBS = {"cut", "reduce", "slash", "halve", "shrink", "downsize"}
MISSION_STAFF = {"staff", "personnel", "diplomat", "presence", "mission", "headcount"}
LEAVE_VERBS = {"leave", "depart", "quit", "exit", "go"}
CRAFT = {"ship", "vessel", "boat", "trawler", "aircraft", "plane", "it", "crew"}
LEFT_PLACES = {"country", "territory", "capital", "city", "region", "base", "post", "area", "soil", "kingdom",
               "waters", "water", "airspace"}  # fmt: skip


GATHER_VERBS = {"gather", "assemble", "converge", "march", "walk", "rally", "mass", "sit", "stand"}
PROTESTER_NOUNS = {"protester", "protestor", "demonstrator", "marcher", "activist", "supporter",
                   "opponent", "student", "worker", "crowd", "mourner", "campaigner"}  # fmt: skip
GATHER_ENTRY = TriggerEntry("gather", "VERB", "PROTEST", "demo", "141", "agent_only")
DEPART_VERBS = {"leave", "exit", "quit", "depart", "vacate"}
LEAVE_IGO = TriggerEntry("leave", "VERB", "SANCTION", None, "160", "agent_patient")
DEPART_ENTRY = TriggerEntry("leave", "VERB", "RETREAT", "withdraw", "0874", "agent_only")


def gathering(tok, by_token):
    """"activists gathered outside the embassy": a crowd of protesters assembling is a protest."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in GATHER_VERBS:
        return None
    subj = subject_of(tok)
    if subj is None:
        return None
    if subj.lemma_.lower() not in PROTESTER_NOUNS and not any(
            c.lemma_.lower() in PROTESTER_NOUNS for c in subj.subtree) and not (
            _a_number(subj) and _outside_institution(tok, by_token)):
        return None
    return GATHER_ENTRY, tok.i, tok.i


SITE_PREPS = {"outside", "before", "opposite", "near", "at"}


def _a_number(subj) -> bool:
    """"Several hundred", "Thousands", "About 300": a crowd counted, not named."""
    if any(c.dep_ == "prep" for c in subj.children):
        return False
    return subj.ent_type_ == "CARDINAL" or subj.lemma_.lower() in QUANTITIES or (
        subj.lemma_.lower() in ("people", "person") and any(c.dep_ == "nummod" for c in subj.children))


def _outside_institution(tok, by_token) -> bool:
    """The gathering's site is a state or political body ("outside the police headquarters",
    "outside parliament", "in front of the embassy")."""
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        if c.lower_ == "in" and any(p.lower_ == "front" for p in c.children):
            c = next((g for p in c.children for g in p.children if g.dep_ == "prep" and g.lower_ == "of"), c)
        elif c.lower_ not in SITE_PREPS:
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            if p.lemma_.lower() in SEATS_OF_POWER or any(a.sector not in (None, "CVL", "REF") for a in actor_at(p, by_token)):
                return True
    return False


# buildings of the state and its officers, where crowds gather to press them
SEATS_OF_POWER = {"headquarters", "parliament", "embassy", "consulate", "ministry", "palace", "court",
                  "courthouse", "residence", "barracks", "prison", "jail", "legislature", "congress",
                  "senate", "assembly", "hall", "office", "offices", "station", "commission"}  # fmt: skip


def departure(tok, by_token):
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
    subj = subject_of(tok)
    actors = actor_at(subj, by_token) if subj is not None else []
    if not any(a.sector == "MIL" for a in actors):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    state = obj is not None and obj.i in by_token and by_token[obj.i].sector == "GOV" and obj.pos_ == "PROPN"
    if obj is None or (obj.ent_type_ not in ("GPE", "LOC", "FAC") and not state and obj.lemma_.lower() not in LEFT_PLACES):
        return None  # "left Niger" (the parser may not tag the name), "left the country"; not "left the talks"
    return DEPART_ENTRY, tok.i, tok.i


LABOUR_SECTORS = {"LAB", "CVL", "OPP", "EDU", "HLH", "BUS", "AGR"}
ARMED_SECTORS = {"REB", "MIL", "UAF"}
UPRISINGS = {"uprising", "revolt", "rebellion", "insurgency", "insurrection", "mutiny"}
# verbs whose object "strikes" are walkouts: air strikes are launched or carried out, not led
STRIKE_LEADING = {"lead", "organise", "organize", "join", "suspend", "picket", "coordinate"}
LABOUR_STRIKE = TriggerEntry("strike", "NOUN", "PROTEST", "strike-gen", "143", "agent_only")
ARMED_UPRISING = TriggerEntry("uprising", "NOUN", "ASSAULT", None, "180", "agent_only")


DEPORTATION = TriggerEntry("expel", "VERB", "COERCE", "deport", "174", "agent_patient")
PRIVATE_SECTORS = {"MED", "CVL", "NGO", "REL", "BUS", "EDU", "LAB", "REF", "HLH", "OPP"}
RIOT = TriggerEntry("riot", "VERB", "PROTEST", "riot", "145", "agent_patient")
RIOT_VERBS = {"tear", "storm", "ransack", "torch", "burn", "loot", "vandalise", "vandalize", "smash", "overrun",
              "invade", "besiege"}  # fmt: skip
CROWD_SECTORS = {"CVL", "OPP", "EDU", "LAB"}
ARSON = {"set fire", "set ablaze", "set alight", "burn down"}
LOOTING = TriggerEntry("loot", "VERB", "COERCE", "confiscate", "171", "agent_patient")
STATE_BLOCKADE = TriggerEntry("block", "VERB", "COERCE", "restrict", "191", "agent_patient")
CROWD_BLOCKADE = TriggerEntry("blockade", "VERB", "PROTEST", "obstruct", "144", "agent_patient")
PEACEKEEPING = TriggerEntry("deploy", "VERB", "AID", "military", "074", "agent_patient")
# a search of premises, or a raid by police or prosecutors, is coercion, not an armed attack
# (gunmen storming a studio and holding its staff at gunpoint is still an assault)
RAID_WORDS = {"raid", "storm", "search"}
LAW_SECTORS = {"COP", "JUD", "SPY"}
PREMISES = {"office", "headquarters", "premise", "premises", "newsroom", "bureau"}
SEARCH_RAID = TriggerEntry("raid", "VERB", "COERCE", None, "170", "agent_patient")
DEPLOY_WORDS = {"deploy", "deployment", "send", "dispatch", "arrive", "arrival", "reinforce", "land"}


def _peacekeepers(a: Actor) -> bool:
    """"UN peacekeepers", "NATO troops", "the AU mission"."""
    text = a.text.lower()
    return "peacekeep" in text or (a.sector == "IGO" and any(w in text for w in ("troops", "force", "mission", "soldiers")))


# administrative restrictions a state imposes on another's officials or citizens are sanctions
FOREIGN_RESTRICTIONS = TriggerEntry("restriction", "NOUN", "SANCTION", "sever", "163", "agent_patient")


CROWD_WORDS = {"protester", "protesters", "demonstrators", "crowd", "crowds", "mob", "mobs", "rioters", "students",
               "miners", "workers", "supporters", "marchers", "youths", "youth", "men"}  # fmt: skip


def _crowd(a: Actor) -> bool:
    """Protesters, not any civilians ("settlers set fire to the offices" is an attack)."""
    return a.sector in ("OPP", "EDU", "LAB") or bool(CROWD_WORDS & set(a.text.lower().split()))


def _ordered_done(verb) -> bool:
    """"ordered the Radaa Deterrence Force disbanded": a small clause after an order (however the
    parser hangs it), the act done by order, not by its subject."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ORDERING:
        return True
    before = verb.doc[subj.left_edge.i - 1] if subj is not None and subj.left_edge.i > 0 else None
    return before is not None and before.lemma_.lower() in ORDERING


ORDERING = {"order", "want", "declare", "direct", "decree"}
OFFICIAL_PROTEST = TriggerEntry("protest", "VERB", "ACCUSE", "disapprove", "114", "agent_patient")
SELF_DISBANDED = TriggerEntry("disband", "VERB", "RETREAT", "disarm", "0873", "agent_only")


def by_sector(tok, entry: TriggerEntry, source: list[Actor], target: list[Actor] = ()) -> TriggerEntry:
    """Who acts decides between readings: workers' "strikes" are labour protests; an armed
    group's "uprising" is violence, not a demonstration; peacekeepers deploying give
    protection (AID 074), they do not mobilise against anyone."""
    sectors = {a.sector for a in source}
    lem = tok.lemma_.lower()
    if lem == "disband" and tok.pos_ == "VERB" and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children) and (
            tok.tag_ != "VBN" or any(c.dep_ == "aux" for c in tok.children)) and not _ordered_done(tok):
        # "the PKK announced that it would disband": it demobilises itself ("ordered the force
        # disbanded": a small clause, the force is disbanded by order)
        return SELF_DISBANDED
    if entry.plover_type in ("MOBILIZE", "CONSULT") and lem in DEPLOY_WORDS and any(map(_peacekeepers, source)):
        return PEACEKEEPING
    if lem == "protest" and entry.plover_type == "PROTEST" and sectors and sectors <= {"GOV", "IGO"}:
        return OFFICIAL_PROTEST  # "summoned the U.S. envoy to protest", "the Vatican's protest": a complaint
    if entry.plover_type == "PROTEST" and entry.plover_mode == "obstruct" and sectors and sectors <= STATE_SECTORS:
        return STATE_BLOCKADE  # "border police blocked the gate": the state restricts movement
    if entry.plover_type == "ASSAULT" and lem == "strike" and (
            (sectors and sectors <= LABOUR_SECTORS) or (tok.pos_ == "NOUN" and tok.head.lemma_.lower() in STRIKE_LEADING)):
        return LABOUR_STRIKE  # "teachers' strikes", "who helped lead those strikes"
    if entry.plover_type == "PROTEST" and lem in UPRISINGS and sectors & ARMED_SECTORS:
        return ARMED_UPRISING
    if entry.cameo == "166" and target and all(a.sector in PRIVATE_SECTORS for a in target):
        return DEPORTATION  # "expelled a French freelance journalist": an individual, not an envoy
    if entry.cameo == "166" and tok.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in VESSELS for c in tok.children):
        return DRIVEN_OFF  # "its ships expelled a Japanese fishing boat": chased out, no envoy sent home
    if entry.plover_type in ("ASSAULT", "COERCE") and (lem in RIOT_VERBS or (entry.lemma in ARSON and any(
            map(_crowd, source)))) and sectors and sectors <= CROWD_SECTORS:
        return RIOT  # "demonstrators stormed parliament", "crowds set fire to the parliament building"
    if entry.plover_type == "PROTEST" and lem in ("loot", "looting") and sectors & (ARMED_SECTORS | {"CRM"}):
        return LOOTING  # "gunmen looted a warehouse": armed men seizing goods, no riot
    if entry.plover_type == "ASSAULT" and lem in RAID_WORDS and (
            (sectors and sectors <= LAW_SECTORS) or (lem != "storm" and _premises(tok))):
        return SEARCH_RAID  # "police raided the party's offices", "agents raided its headquarters"
    if lem == "suspend" and entry.plover_type == "SANCTION" and sectors & (STATE_SECTORS | {"JUD", "LEG", "ELI"}) and (
            _domestic(source, target) or any(
                c.dep_ == "dobj" and c.lemma_.lower() in RESTRICTABLE for c in tok.children)):
        return DOMESTIC_RESTRICTION  # "a judge suspended the party's legal status", "suspended parliament"
    if entry.lemma == "take to the street" and sectors and sectors <= {"MIL", "COP"}:
        return TROOPS_OUT  # "soldiers took to the streets of the capital": a deployment, no protest
    if lem == "suspend" and entry.plover_type == "SANCTION" and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(g.lemma_.lower() in ("office", "post", "duty", "parliament")
                                                            for g in c.children) for c in tok.children):
        return DOMESTIC_RESTRICTION  # "the court suspended her from office"
    if lem == "disarm" and tok.pos_ == "VERB" and any(c.dep_ == "dobj" and not any(
            g.dep_ == "poss" and g.lower_ in ("its", "their", "our") for g in c.children) for c in tok.children):
        return DISARMING  # "disarmed his bodyguards": forced on others
    if entry.cameo == "191" and lem == "blockade" and sectors and sectors <= CROWD_SECTORS:
        return CROWD_BLOCKADE  # "students said they would blockade the broadcaster's headquarters"
    own, aimed = {a.country for a in source} - {None}, {a.country for a in target} - {None}
    if entry.cameo == "172" and tok.pos_ == "NOUN" and own and aimed and not own & aimed:
        return FOREIGN_RESTRICTIONS  # "Washington imposed visa restrictions on Nicaraguan mayors"
    return entry


# a border or crossing shut against a neighbour restricts movement (COERCE 191, as CAMEO codes
# "close borders"; some annotators read it as a sanction): the neighbour is its target
CLOSING = {"close", "shut", "seal", "lock"}
FRONTIERS = {"border", "frontier", "borders", "frontiers"}
CROSSINGS = {"crossing", "crossings", "checkpoint", "checkpoints", "post", "posts", "point", "points"}


def border_closed(tok, entry: TriggerEntry, source: list[Actor], target: list[Actor], by_token) -> list[Actor]:
    """"Lithuania closed its crossings on the border with Belarus", "shut the Torkham crossing
    with Afghanistan": the neighbour named is the target, not the crossing's own country."""
    if entry.cameo != "191" or tok.lemma_.lower() not in CLOSING or not source:
        return target
    own = {a.country for a in source} - {None}
    neighbours: list[Actor] = []
    for o in tok.children:
        if o.dep_ in ("dobj", "nsubjpass") and (o.lower_ in FRONTIERS | CROSSINGS or o.lemma_.lower() in FRONTIERS):
            for t in o.subtree:  # "crossings on the border with Belarus", "its border with Colombia"
                if t.dep_ == "pobj" and t.head.lower_ == "with" and t.i in by_token:
                    neighbours += [a for a in actor_at(t, by_token) if a.country and a.country not in own]
    return dedupe(neighbours) or target


# a boat or plane "expelled" from waters or airspace is driven off (COERCE 191), no envoy sent home
DRIVEN_OFF = TriggerEntry("expel", "VERB", "COERCE", "restrict", "191", "agent_patient")
VESSELS = {"ship", "vessel", "boat", "trawler", "aircraft", "plane", "jet", "drone", "warship", "frigate", "destroyer"}


# a state suspending its own parties, parliament or media restricts them (COERCE 172); suspending
# talks, payments or cooperation, or a foreign state, reduces relations (SANCTION)
DOMESTIC_RESTRICTION = TriggerEntry("suspend", "VERB", "COERCE", "restrict", "172", "agent_patient")
RESTRICTED_SECTORS = {"PTY", "LEG", "MED", "OPP", "JUD", "NGO", "BUS", "EDU", "CVL"}
RESTRICTABLE = {"status", "licence", "license", "registration", "permit", "parliament", "assembly", "congress",
                "activity", "broadcast", "broadcaster", "newspaper", "station", "channel", "accreditation",
                # movement and communication at home: "suspended night-time travel on the highways"
                "travel", "traffic", "transport", "internet", "class", "classes", "school"}  # fmt: skip
TROOPS_OUT = TriggerEntry("deploy", "VERB", "MOBILIZE", "troops", "154", "agent_only")
DISARMING = TriggerEntry("disarm", "VERB", "COERCE", None, "170", "agent_patient")


def _domestic(source: list[Actor], target: list[Actor]) -> bool:
    own = {a.country for a in source} - {None}
    return bool(target) and all(a.sector in RESTRICTED_SECTORS and a.country in own | {None} for a in target)


def _premises(tok) -> bool:
    """The raid's object ("raided its offices", "a raid on the headquarters") is premises."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "of")
             for p in c.children if p.dep_ == "pobj"]
    return any(o.lemma_.lower() in PREMISES for o in objs)


def crowd_clash(tok, entry: TriggerEntry, source: list[Actor], target: list[Actor], by_token):
    """"supporters clashed with riot police", "injured in clashes with protesters": a crowd
    fighting the police or soldiers is a violent protest (PROTEST 145); the crowd is its source,
    the other side (or those hurt in it) its target."""
    if entry.plover_type != "ASSAULT" or tok.lemma_.lower() != "clash":
        return entry, source, target
    sides = dedupe(source + target)
    crowd = [a for a in sides if a.sector in CROWD_SECTORS]
    if not crowd:
        return entry, source, target
    others = [a for a in sides if a not in crowd]
    if not others and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
        hurt = next((c for c in tok.head.head.children if c.dep_ == "nsubjpass"), None)
        others = [a for a in actor_at(hurt, by_token) if a not in crowd] if hurt is not None else []
    return RIOT, crowd, others


TAKING_VERBS = {"seize", "capture", "take", "retake", "recapture", "occupy", "overrun", "regain"}
OCCUPATION = TriggerEntry("seize", "VERB", "ASSAULT", None, "192", "agent_patient")


def place_taken(tok, entry: TriggerEntry, place_of: dict[int, str]) -> TriggerEntry:
    """"The RSF seized Bara", "M23 rebels captured Goma": a named place taken is territory
    occupied by force (ASSAULT 192), not property confiscated or a person arrested."""
    if entry.plover_type != "COERCE" or tok.pos_ != "VERB" or tok.lemma_.lower() not in TAKING_VERBS:
        return entry
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return OCCUPATION if any(o.i in place_of for o in objs) else entry


MEDIA_HEADS = {"newspaper", "paper", "broadcaster", "station", "channel", "outlet", "network", "agency",
               "magazine", "daily", "weekly", "radio", "television", "website", "publisher"}  # fmt: skip
CENSORSHIP = TriggerEntry("order", "VERB", "COERCE", "censor", "1721", "agent_patient")
SILENCING_VERBS = {"suspend", "stop", "halt", "cease", "close", "shut", "end"}
OUTPUTS = {"publication", "broadcast", "broadcasting", "transmission", "operation", "printing", "programme",
           "program", "coverage"}  # fmt: skip


def expulsion(tok) -> TriggerEntry | None:
    """"ordered five diplomats to leave the country", "gave troops a month to leave": expulsion;
    "ordered the newspaper La Prensa to suspend publication": censorship (COERCE 1721)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("order", "tell", "instruct", "give", "force"):
        return None
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in SILENCING_VERBS and any(
                g.dep_ == "dobj" and g.lemma_.lower() in OUTPUTS for g in c.children) and any(
                g.dep_ in ("dobj", "nsubj") and (g.ent_type_ == "ORG" or g.lemma_.lower() in MEDIA_HEADS)
                for g in (*tok.children, *c.children)):
            return CENSORSHIP
    for c in tok.subtree:
        if (c.lemma_.lower() in CUT_VERBS and c.dep_ == "xcomp" and c.head.i == tok.i and any(
                g.dep_ == "dobj" and g.lemma_.lower() in MISSION_STAFF for g in c.children)):
            return EXPEL_ENTRY  # "ordered Russia to cut its embassy staff by 45 people"
        if any(g.dep_ == "dobj" and g.lemma_.lower() in CRAFT for g in tok.children):
            break  # "ordered the survey vessel to leave the area": a ship warned off, no expulsion
        if c.lemma_.lower() in LEAVE_VERBS and c.dep_ in ("xcomp", "ccomp", "relcl", "acl") and c.head.i in (
                tok.i, *(g.i for g in tok.children)):
            obj = next((g for g in c.children if g.dep_ == "dobj"), None)
            # "to leave the country" / "to leave", not "to leave no stone unturned"
            if obj is None or obj.ent_type_ in ("GPE", "LOC") or obj.lemma_.lower() in LEFT_PLACES:
                return EXPEL_ENTRY
    return None


ENTRY_BAN = TriggerEntry("bar from entering", "VERB", "SANCTION", "sever", "163", "agent_patient")
BANNING = {"bar", "ban", "forbid", "prohibit", "block"}
ENTERING = {"enter", "travel", "visit", "land", "return", "set"}


def entry_ban(tok) -> TriggerEntry | None:
    """"barred three Montenegrin politicians from entering Croatia": a state keeping foreigners
    out sanctions them (CAMEO 163), not a curb on political freedoms at home."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in BANNING:
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "from" and any(
                g.dep_ in ("pcomp", "pobj") and g.lemma_.lower() in ENTERING | {"entry", "entering"} for g in c.children):
            return ENTRY_BAN
    return None


DISAPPROVAL = TriggerEntry("warn against", "VERB", "ACCUSE", "disapprove", "111", "speech")


def warning_against(tok, entry: TriggerEntry, lex) -> TriggerEntry:
    """"cautioned against outside interference", "warned the court against politicisation": a
    warning against what others do, no act of force promised, is a reproach (ACCUSE 111);
    "warned against any attack on its territory" stays a threat."""
    if entry.plover_type != "THREATEN" or tok.pos_ != "VERB" or tok.lemma_.lower() not in ("warn", "caution"):
        return entry
    if any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
        return entry
    against = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "against"
               for p in c.children if p.dep_ == "pobj"]
    if not against or any((e := trigger_entry(p, lex)) is not None and e[0].plover_type in VIOLENT_TYPES | {"SANCTION", "MOBILIZE"}
                          for p in against):
        return entry
    return DISAPPROVAL


ULTIMATUM = TriggerEntry("give", "VERB", "THREATEN", None, "139", "agent_patient")
DEADLINE_UNITS = {"hour", "day", "week", "month", "minute", "deadline"}


FORCE_NOUNS = {"troop", "soldier", "force", "battalion", "brigade", "unit", "marine", "paratrooper", "reinforcement",
               "police", "officer", "warship", "contingent"}  # fmt: skip
DEPLOYMENT = TriggerEntry("order", "VERB", "MOBILIZE", "troops", "154", "agent_patient")
PRESSING = TriggerEntry("press", "VERB", "REQUEST", None, "100", "agent_patient")
PRESS_VERBS = {"press", "lobby", "push"}


EXCLUSION = TriggerEntry("remove", "VERB", "SANCTION", None, "160", "agent_patient")
EXCLUDING_VERBS = {"remove", "exclude", "drop", "eject", "kick"}


def state_excluded(tok, by_token) -> tuple[TriggerEntry, int, int] | None:
    """"removed Ethiopia from a duty-free trade programme", "excluded Russia from the talks": a
    state put out of a body, programme or process is a sanction (SANCTION 160)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in EXCLUDING_VERBS:
        return None
    kids = list(tok.children)
    state = any(c.dep_ in ("dobj", "nsubjpass") and c.i in by_token and by_token[c.i].sector == "GOV"
                and c.pos_ == "PROPN" for c in kids)
    out_of = any(c.dep_ == "prep" and c.lower_ == "from" for c in kids)
    return (EXCLUSION, tok.i, tok.i) if state and out_of else None


FORCES_PUT_TO_WORK = TriggerEntry("order", "VERB", "MOBILIZE", "troops", "150", "agent_patient")
POLICE_PUT_TO_WORK = TriggerEntry("order", "VERB", "MOBILIZE", "police", "150", "agent_patient")
COMMANDED_NOUNS = FORCE_NOUNS | {"army", "military", "navy", "commander", "chief", "guard", "coastguard",
                                 "gendarmerie", "command"}  # fmt: skip


def forces_ordered(tok, by_token, lex, patterns) -> tuple[TriggerEntry, int, int] | None:
    """"ordered the army to restore security", "ordered the armed forces to assist with rescue
    work": a leader setting their own armed or police forces to a task mobilizes them (MOBILIZE
    150); it is no request, for the forces are the leader's own (forces of another country are
    asked). A task that is an event of its own, or is done to someone ("ordered police to stop
    buses carrying her supporters"), is that event."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ORDERING_VERBS | {"command"}:
        return None
    kids = list(tok.children)
    task = next((c for c in kids if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if task is None or obj is None or obj.pos_ == "PRON":
        return None  # ("ordered it to leave the area": whom "it" is, the order does not say)
    if trigger_entry(task, lex) is not None or object_pattern(task, patterns) is not None or any(
            t.i in by_token for t in task.subtree):
        return None  # ("ordered commanders to drag lawmakers out": the task done to someone)
    forces = by_token.get(obj.i)
    armed = forces.sector in ("MIL", "COP") if forces is not None and forces.sector else obj.lemma_.lower() in COMMANDED_NOUNS
    if not armed:
        return None
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    leader = by_token.get(subj.i) if subj is not None else None
    if leader is not None and forces is not None and leader.country and forces.country and leader.country != forces.country:
        return None  # "urged Pakistani troops to …" by another state is a request
    police = (forces is not None and forces.sector == "COP") or obj.lemma_.lower() in ("police", "officer")
    return (POLICE_PUT_TO_WORK if police else FORCES_PUT_TO_WORK), tok.i, tok.i


def deployment_ordered(tok) -> tuple[TriggerEntry, int, int] | None:
    """"ordered 1,200 soldiers to the area": forces ordered somewhere (not "ordered troops to
    withdraw", an order to act) are deployed."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("order", "command"):
        return None
    kids = list(tok.children)
    if any(c.dep_ in ("xcomp", "ccomp") for c in kids) or not any(
            c.dep_ == "prep" and c.lower_ in ("to", "into") for c in kids):
        return None
    forces = any(c.dep_ == "dobj" and c.lemma_.lower() in FORCE_NOUNS for c in kids)
    return (DEPLOYMENT, tok.i, tok.i) if forces else None


def pressing(tok, by_token) -> tuple[TriggerEntry, int, int] | None:
    """"used the meeting to press Beijing for data", "lobbied Washington to lift sanctions": a
    request to the actor pressed."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in PRESS_VERBS:
        return None
    kids = list(tok.children)
    pressed = any(c.dep_ == "dobj" and c.i in by_token for c in kids)
    asked = any((c.dep_ == "prep" and c.lower_ == "for") or c.dep_ in ("xcomp", "ccomp") for c in kids)
    return (PRESSING, tok.i, tok.i) if pressed and asked else None


def deadline_given(tok) -> tuple[TriggerEntry, int, int] | None:
    """"gave its fighters 48 hours to hand over their weapons", "gave Kyiv until Friday to
    respond": a deadline set for someone is an ultimatum (THREATEN 139); the act demanded is not
    done (factuality)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("give", "set", "grant"):
        return None
    timed = any(c.dep_ == "dobj" and c.lemma_.lower() in DEADLINE_UNITS for c in tok.children)
    demanded = any(c.dep_ in ("advcl", "xcomp", "ccomp", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   for o in (tok, *(c for c in tok.children if c.dep_ == "dobj")) for c in o.children)
    return (ULTIMATUM, tok.i, tok.i) if timed and demanded else None


LIVE_FIRE = TriggerEntry("fire", "VERB", "ASSAULT", "firearms", "193", "agent_patient")
AMMUNITION = {"ammunition", "round", "bullet"}


def live_fire(tok) -> tuple[TriggerEntry, int, int] | None:
    """"fired tear gas and live ammunition at protesters": the parser takes "live" for a verb
    coordinated with "fired"; the live rounds are shots fired (ASSAULT 193)."""
    if tok.lower_ != "live" or tok.pos_ != "VERB" or tok.dep_ != "conj" or tok.head.lemma_.lower() not in ("fire", "use"):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in AMMUNITION), None)
    return (LIVE_FIRE, tok.i, obj.i) if obj is not None else None


AID_STOPPED = TriggerEntry("stop", "VERB", "SANCTION", "withdraw", "162", "agent_patient")
STOP_VERBS = {"stop", "halt", "suspend", "cease", "end", "freeze", "quit"}


def aid_stopped(tok, lex) -> tuple[TriggerEntry, int, int] | None:
    """"the Finance Ministry stopped sending funds for the salaries": giving that stops is aid
    withdrawn (SANCTION 162), not aid given."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in STOP_VERBS:
        return None
    for c in tok.children:
        if c.dep_ == "xcomp" and c.tag_ == "VBG":
            got = trigger_entry(c, lex) or object_pattern(c, load_object_patterns())
            if got is not None and got[0].plover_type == "AID":
                return AID_STOPPED, tok.i, c.i
    return None


PERSONA_NON_GRATA = TriggerEntry("declare", "VERB", "SANCTION", "expel", "166", "agent_patient")


def persona_non_grata(tok) -> tuple[TriggerEntry, int, int] | None:
    """"declared the ambassador persona non grata" (however the parser splits the Latin)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "declare":
        return None
    words = [t.lower_ for t in tok.subtree]
    return (PERSONA_NON_GRATA, tok.i, tok.i) if "grata" in words and "persona" in words else None


TERROR_LISTING = TriggerEntry("designate", "VERB", "SANCTION", "sever", "163", "agent_patient")
LISTING_VERBS = {"designate", "list", "declare", "label", "classify", "brand", "proscribe", "blacklist"}


def terror_listing(tok) -> tuple[TriggerEntry, int, int] | None:
    """"designated Los Choneros as a foreign terrorist organisation", "listed the group as a
    terrorist entity": an administrative sanction on the group named."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in LISTING_VERBS:
        return None
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [a for o in objects[:1] for a in o.children if a.dep_ == "appos"]  # (or its apposition)
    for c in [*tok.children, *objects[1:]]:
        # ("designated Viv Ansanm a foreign terrorist organisation": the second object)
        as_what = [c] if c.dep_ == "oprd" or c in objects[1:] else [p for p in c.children if p.dep_ == "pobj"] if (
            c.dep_ == "prep" and c.lower_ == "as") else []
        if any(t.lower_.startswith("terror") for a in as_what for t in a.subtree):
            return TERROR_LISTING, tok.i, tok.i
    return None


WEAPONS_TEST = TriggerEntry("test-fire", "VERB", "MOBILIZE", "weapons", "150", "agent_only")
LAUNCH_VERBS = {"fire", "launch", "test", "test-fire"}
MISSILES = {"missile", "missiles", "icbm", "rocket", "warhead"}
WATERS = {"sea", "ocean", "water", "waters", "gulf"}


def weapons_test(tok, entry: TriggerEntry, source: list[Actor], target: list[Actor], by_token) -> bool:
    """A missile launched at no one (no target other than the launcher's own country, no
    "at/on/into" aim) demonstrates power; it attacks no one."""
    if entry.plover_type != "ASSAULT" or tok.pos_ != "VERB" or tok.lemma_.lower() not in LAUNCH_VERBS:
        return False
    # "fired a ballistic missile", not "fired the rockets" (the ones of an attack told before)
    def bare(c) -> bool:
        return not any(g.dep_ == "poss" or g.lower_ in ("the", "these", "those") for g in c.children)

    missile = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in MISSILES and bare(c)), None)
    if missile is None:
        # ("fired several short-range ballistic missiles days before …": the parser may hang the
        # missiles on the time phrase after them)
        missile = next((t for t in tok.doc[tok.i + 1: tok.i + 7] if t.lemma_.lower() in MISSILES and bare(t)
                        and tok in t.ancestors and t.dep_ != "pobj"), None)
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
RETALIATION_VERBS = {"respond", "retaliate", "avenge", "punish", "hit", "strike", "answer", "react"}


NEEDS = {"need", "request", "call", "concern", "demand", "question", "crisis", "appeal", "letter",
         "grievance", "plea", "challenge", "complaint", "query", "emergency", "disaster"}  # fmt: skip


def _answers_a_need(verb) -> bool:
    """"would respond to the needs of flood victims", "answer questions": no reprisal."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return True
    return any(p.dep_ == "pobj" and p.lemma_.lower() in NEEDS
               for c in verb.children if c.dep_ == "prep" for p in c.children)


# a fighting campaign named as a whole: no event by itself, but vowed it threatens
WARFARE = {"war", "insurgency", "jihad", "offensive", "rebellion", "uprising"}
WAGING = {"pursue", "continue", "wage", "keep", "intensify", "escalate", "step", "launch", "resume", "press",
          "carry", "expand", "fight", "prosecute"}  # fmt: skip


def vowed_violence(tok, lex, patterns) -> bool:
    """A vow whose content is force or punishment is a threat, not a promise."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in PLEDGE_VERBS:
        return False
    for c in tok.children:
        # "vowed to crush the rebels", "vowed that his country would respond"
        if c.dep_ not in ("xcomp", "ccomp") or c.pos_ != "VERB":
            continue
        c = through_aspect(c)  # "vowed to keep hitting Russian refineries"
        if c.lemma_.lower() in RETALIATION_VERBS and not _answers_a_need(c):
            return True
        if c.lemma_.lower() in WAGING and any(o.dep_ == "dobj" and (o.lemma_.lower() in WARFARE or (
                o.lemma_.lower() == "struggle" and any(a.lower_ == "armed" for a in o.children))) for o in c.children):
            return True  # "vowed to pursue its armed struggle", "vowed to continue the war"
        if c.lemma_.lower() in PENALTY_VERBS and c.dep_ == "ccomp" and any(
                o.lemma_.lower() in PENALTY_OBJECTS | WRONGS for g in c.children for o in (g, *g.children)
                if g.dep_ in ("dobj", "prep")):
            return True  # "vowed that those responsible would pay for their treachery"
        if c.lemma_.lower() in KEEPING and any(p.lemma_.lower() == "street" for g in c.children
                                               if g.dep_ == "prep" for p in g.children):
            return True  # "vowed that its members would return to the streets"
        got = object_pattern(c, patterns)
        if got is None:
            e = trigger_entry(c, lex)
            got = (e[0], c) if e else None
        if got is None:
            got = next(((e[0], o) for o in c.children if o.dep_ == "dobj" and (e := trigger_entry(o, lex))), None)
        if got is not None and got[0].plover_type in VIOLENT_TYPES | {"SANCTION"}:
            return True
        kept = None
        if got is None and c.lemma_.lower() in KEEPING:
            # "vowed that protests would continue" (not "vowed to keep a vigil": a vigil promised)
            kept = got = next(((e[0], o) for o in c.children if o.dep_ == "nsubj" and (e := trigger_entry(o, lex))), None)
        if got is not None and got[0].plover_type == "PROTEST" and (kept is not None or any(
                g.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "until") for m in g.children)
                for g in c.children)):
            return True  # "vowed a sit-in if they were not let through": dissent threatened (CAMEO 133)
    return False


COOPERATIVE_TYPES = {"AGREE", "SUPPORT", "AID", "COOPERATE", "CONSULT", "CONCEDE", "RETREAT"}
HELPING = {"help", "assist", "support", "rebuild", "reconstruct", "cooperate", "work", "fund", "finance",
           "provide", "supply", "deliver", "contribute", "invest", "protect"}  # fmt: skip


VOW_OF_COOPERATION = TriggerEntry("vow", "VERB", "AGREE", None, "030", "speech")


def vow_of_cooperation(tok, entry: TriggerEntry, lex, patterns) -> TriggerEntry:
    """"vowed to help Ukraine rebuild its grid": a vow (a threat or a defiance in news: "vowed to
    restore state authority", "vowed that the gangs will not keep one inch") that pledges
    cooperation is a promise (AGREE 030)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "vow" or entry.plover_type != "THREATEN":
        return entry
    return VOW_OF_COOPERATION if _pledges_cooperation(tok, lex, patterns) else entry


def _pledges_cooperation(tok, lex, patterns) -> bool:
    """The act a vow pledges is cooperation (an event of a cooperative type, help, an answer to a
    need: "vowed that the government would respond to the needs of flood victims") or a protest
    pledged without conditions ("vowed to keep a vigil outside the palace")."""
    for c in tok.children:
        if c.dep_ not in ("xcomp", "ccomp") or c.pos_ != "VERB":
            continue
        c = through_aspect(c)
        if c.lemma_.lower() in HELPING or (c.lemma_.lower() in RETALIATION_VERBS and _answers_a_need(c)):
            return True
        got = object_pattern(c, patterns)
        entry = got[0] if got else (e[0] if (e := trigger_entry(c, lex)) else None)
        if entry is None:
            entry = next((e[0] for o in c.children if o.dep_ == "dobj" and (e := trigger_entry(o, lex))), None)
        if entry is not None and entry.plover_type in COOPERATIVE_TYPES:
            return True
        if entry is not None and entry.plover_type == "PROTEST" and not any(
                g.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "until") for m in g.children)
                for g in c.children):
            return True
    return False


# protest kept up or resumed: threatened, not promised ("vowed that protests would continue")
KEEPING = {"continue", "keep", "resume", "return", "escalate", "intensify", "step", "spread", "persist", "stay",
           "remain"}  # fmt: skip



CLAIM_VERBS = {"claim", "assert", "contend", "insist", "maintain"}
ACCUSING_CLAIM = TriggerEntry("claim", "VERB", "ACCUSE", "disapprove", "112", "speech")
OFFICIAL_SECTORS = STATE_SECTORS | {"JUD", "LEG"}
WRONG_TYPES = {"ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE", "REJECT"}


def _same_side(a: Actor, b: Actor) -> bool:
    """Two actors of one side: the same country, both of the state or both outside it."""
    return bool(a.country) and a.country == b.country and (a.sector in STATE_SECTORS) == (b.sector in STATE_SECTORS)


def accusing_claim(tok, lex, patterns, by_token) -> tuple[TriggerEntry, int, int] | None:
    """"Peskov claimed that Kyiv was deliberately targeting civilian infrastructure": a claim that
    a named actor did harm accuses that actor (CAMEO 112), besides the claimed act itself."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in CLAIM_VERBS:
        return None
    for c in tok.children:
        if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i not in by_token:
            continue
        if any(g.dep_ == "poss" and g.lower_ in ("its", "their", "our") for g in subj.children) or subj.lower_ == "we":
            continue  # "claimed its forces had killed 200 militants": a side's own feat, no accusation
        claimant = subject_of(tok)
        claimants = actor_at(claimant, by_token) if claimant is not None else []
        got = object_pattern(c, patterns)
        entry = got[0] if got else (e[0] if (e := trigger_entry(c, lex)) else None)
        if tok.lemma_.lower() == "claim" and claimants and _blamed(c, subj, entry, by_token) and not any(
                a.country == b.country and (a.sector == b.sector or {a.sector, b.sector} <= OFFICIAL_SECTORS)
                for a in claimants for b in actor_at(subj, by_token)):
            return ACCUSING_CLAIM, tok.i, tok.i
        if any(_same_side(a, b) for a in claimants for b in actor_at(subj, by_token)):
            continue  # a Houthi spokesman "claimed that Houthi air defences had shot down a drone"
        if entry is not None and entry.plover_type in WRONG_TYPES:
            return ACCUSING_CLAIM, tok.i, tok.i
    return None


def _blamed(clause, subj, entry: TriggerEntry | None, by_token) -> bool:
    """"claimed that Guyana had allowed U.S. forces to turn the Essequibo into a base", "claimed
    that the protest leaders were being paid": what one side claims another did, unless a
    kindness, is held against it (a claim told of another, not a report of one's own side's
    feats: "claimed that its forces had taken the town" is skipped before)."""
    if entry is not None and entry.plover_type in ("AGREE", "SUPPORT", "AID", "COOPERATE", "CONSULT"):
        return False
    if any(g.dep_ == "neg" for g in clause.children) or clause.lemma_.lower() in ("be", "have"):
        return False
    if subj.dep_ == "nsubjpass" and (entry is not None or any(g.dep_ == "agent" for g in clause.children)):
        return False  # ("claimed that the soldiers were killed": the victims are not blamed)
    return all(a.sector not in (None, "CVL", "REF") for a in actor_at(subj, by_token))


MOBILIZE_ENTRY = TriggerEntry("send", "VERB", "MOBILIZE", "troops", "154", "agent_patient")
TROOP_NOUNS = {"troop", "soldier", "brigade", "battalion", "division", "reinforcement", "unit", "force",
               "reservist", "marine", "paratrooper", "commando"}  # fmt: skip
FRONTIER_NOUNS = {"border", "frontier", "front", "frontline", "boundary", "line"}


# names that deny what is said is true
FALSITY = {"baseless", "groundless", "unfounded", "false", "fabricated", "fabrication", "lie", "lies", "absurd",
           "slander", "smear", "fiction", "nonsense", "propaganda"}  # fmt: skip
# what is said against someone (the claims a denial answers, less protests and complaints)
ACCUSATIONS = CLAIM_NOUNS - {"protest", "complaint"}
DENIAL = TriggerEntry("call", "VERB", "REJECT", None, "120", "agent_patient")


def dismissed_as_false(tok, entry: TriggerEntry, obj) -> TriggerEntry:
    """"calling the accusations 'groundless'", "branded the reports a fabrication": naming an
    accusation false denies it (REJECT), it does not condemn anyone."""
    if entry.cameo != "111" or obj.lemma_.lower() not in FALSITY:
        return entry
    said = [c for c in tok.children if c.dep_ == "dobj" and c.i != obj.i]
    return DENIAL if any(c.lemma_.lower() in ACCUSATIONS for c in said) else entry


def own_build_up(tok, entry: TriggerEntry, obj) -> TriggerEntry:
    """Arms sent with one's own troops, or towards one's own border, build up force (MOBILIZE
    154), they are not military aid: "sent tanks, artillery and thousands of soldiers toward its
    northern frontier"."""
    if entry.cameo != "072":
        return entry
    things = [obj, *obj.conjuncts]
    things += [g for t in things for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj"]
    if any(t.lemma_.lower() in TROOP_NOUNS for t in things):
        return MOBILIZE_ENTRY
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in ("toward", "towards", "to", "along", "near"):
            if any(g.lemma_.lower() in FRONTIER_NOUNS for g in p.children if g.dep_ == "pobj"):
                return MOBILIZE_ENTRY
    return entry


HELP_VERBS = {"help", "assist", "support", "back", "defend", "protect", "bolster", "prop", "shore", "aid", "reinforce"}
MILITARY_HELP = TriggerEntry("send", "VERB", "AID", "military", "074", "agent_patient")


def troops_to_help(tok, entry: TriggerEntry, by_token) -> TriggerEntry:
    """Troops sent to help another state, or at its request, are military aid (AID 074): "sent
    thousands of troops to Russia to help it fight", "flew special forces into Juba at the
    request of President Kiir"; troops sent to one's own frontier, or to support one's own
    police, mobilise."""
    if entry.cameo != "154" or tok.pos_ != "VERB":
        return entry
    subj = subject_of(tok)
    own = {a.country for a in actor_at(subj, by_token)} if subj is not None else set()
    if not own or None in own:
        return entry
    helped = []
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in HELP_VERBS and any(a.lower_ == "to" for a in c.children):
            helped += [g for g in c.children if g.dep_ == "dobj"]
            helped += [w for g in c.children if g.dep_ == "ccomp" and (w := subject_of(g)) is not None]  # "help it fight"
            helped += [g for p in tok.children if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "into")
                       for g in p.children if g.dep_ == "pobj"]
        if c.dep_ == "prep" and c.lower_ in ("at", "upon", "on"):
            helped += [o for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in ("request", "invitation")
                       for p in g.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if c.dep_ == "prep" and c.lower_ == "as" and _peace_force(c, by_token):
            # "flew troops into Somalia as part of a new African Union force": peacekeeping
            helped += [g for p in tok.children if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "into")
                       for g in p.children if g.dep_ == "pobj"]
    countries = {a.country for h in helped for a in actor_at(h, by_token)} - {None}
    return MILITARY_HELP if countries - own else entry


MISSION_NOUNS = {"force", "mission", "contingent", "operation", "deployment"}
PEACE_WORDS = {"peacekeeping", "peace", "stabilisation", "stabilization", "multinational", "regional", "international"}


def _peace_force(prep, by_token) -> bool:
    """"as part of a new African Union force", "as part of the UN peacekeeping mission"."""
    for t in prep.subtree:
        if t.lemma_.lower() in MISSION_NOUNS and t.pos_ == "NOUN":
            mods = list(t.subtree)
            if any(m.lower_ in PEACE_WORDS or m.ent_type_ == "ORG" for m in mods) or any(
                    (a := by_token.get(m.i)) is not None and a.sector == "IGO" for m in mods):
                return True
    return False


ALERT_VERBS = {"put", "place", "raise", "increase", "heighten", "elevate", "bring", "step", "keep"}
ALERT_NOUNS = {"alert", "readiness"}
ALERT_ENTRY = TriggerEntry("put on alert", "VERB", "MOBILIZE", "troops", "152", "agent_patient")


def alert_raised(tok) -> tuple[TriggerEntry, int, int] | None:
    """"put the army on a higher state of alert", "raised its alert level", "were placed on
    maximum alert", "raise the combat readiness of units": a raised alert status (MOBILIZE 152)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ALERT_VERBS:
        return None
    nouns = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "to", "into")
              for g in c.children if g.dep_ == "pobj"]
    nouns += [g for n in list(nouns) for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]  # "a higher state of alert"
    for n in nouns:
        words = {n.lemma_.lower(), *(c.lemma_.lower() for c in n.children if c.dep_ in ("compound", "amod"))}
        if words & ALERT_NOUNS:
            return ALERT_ENTRY, tok.i, tok.i
    return None


READY_WORDS = {"ready", "willing", "prepared"}
READY_ENTRY = TriggerEntry("be ready", "ADJ", "AGREE", None, "030", "agent_patient")


TALK_NOUNS = {"talk", "talks", "dialogue", "negotiation", "negotiations", "peace", "ceasefire", "truce", "mediation"}


def readiness(tok, lex, patterns) -> tuple[TriggerEntry, int, int] | None:
    """"France was ready to continue training", "the group was willing to meet government envoys":
    declared readiness to act is an offer (AGREE 030), whatever the act."""
    if tok.lemma_.lower() not in READY_WORDS or tok.dep_ != "acomp":
        return None
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.lemma_.lower() in TALK_NOUNS
                                                           for g in c.children) for c in tok.children):
        # "said it was ready for talks": an offer to talk
        return None if any(c.dep_ == "neg" for c in (*tok.children, *tok.head.children)) else (READY_ENTRY, tok.i, tok.i)
    # an act offered to someone or about something ("ready to host talks"), not "willing to wait"
    if not any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(g.dep_ in ("dobj", "prep", "dative") for g in c.children)
               for c in tok.children):
        return None
    if any(c.dep_ == "neg" for c in (*tok.children, *tok.head.children)):
        return None  # "Moscow was not prepared to discuss the matter": no offer
    # "ready to contribute troops": the act offered is coded as a commitment of its own; "ready to
    # host talks if both sides agreed": a conditional act is no commitment, the readiness is the offer
    conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                      for x in (tok, *(c for c in tok.children if c.dep_ == "xcomp")) for c in x.children)
    if not conditional and any(c.dep_ == "xcomp" and (trigger_entry(c, lex) or object_pattern(c, patterns))
                               for c in tok.children):
        return None
    return READY_ENTRY, tok.i, tok.i


CUSTODY_NOUNS = {"arrest", "detention", "custody", "surveillance", "guard"}
CUSTODY_ENTRY = TriggerEntry("place under arrest", "VERB", "COERCE", "arrest", "173", "agent_patient")
SANCTION_NOUNS = {"sanction", "sanctions", "embargo"}
SANCTIONS_ENTRY = TriggerEntry("place under sanctions", "VERB", "SANCTION", "sever", "163", "agent_patient")


def _put_in(tok, preps: tuple[str, ...], nouns: set[str]) -> bool:
    """The verb puts something or someone into one of ``nouns`` ("under house arrest", "into a van";
    the parser may hang it on the last of the objects: "placed X and Y under sanctions")."""
    hosts = [tok, *(x for c in tok.children if c.dep_ == "dobj" for x in c.conjuncts)]
    return any(c.dep_ == "prep" and c.lower_ in preps and any(
        g.dep_ == "pobj" and g.lemma_.lower() in nouns for g in c.children) for h in hosts for c in h.children)


def custody_placed(tok) -> tuple[TriggerEntry, int, int] | None:
    """"placed Machar under house arrest", "put the opposition leader under guard", "was taken
    into custody": detention (COERCE 173); "placed Poroshenko under sanctions": SANCTION 163."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("place", "put", "keep", "take", "hold"):
        return None
    if _put_in(tok, ("under",), SANCTION_NOUNS):
        return SANCTIONS_ENTRY, tok.i, tok.i  # "placed Poroshenko under sanctions"
    return (CUSTODY_ENTRY, tok.i, tok.i) if _put_in(tok, ("under", "in", "into"), CUSTODY_NOUNS) else None


VEHICLES = {"truck", "van", "car", "vehicle", "pickup", "bus", "lorry", "jeep"}
FORCING = {"push", "bundle", "drag", "force", "throw", "shove", "haul", "load", "herd", "frogmarch"}


def forced_into_vehicle(tok) -> tuple[TriggerEntry, int, int] | None:
    """"officers pushing a group of young men into a police truck", "bundled the opposition leader
    into a van": a detention (COERCE 173)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in FORCING or not any(c.dep_ == "dobj" for c in tok.children):
        return None
    return (CUSTODY_ENTRY, tok.i, tok.i) if _put_in(tok, ("into", "onto", "in"), VEHICLES) else None


# a state's ships entering another's waters show force there (MOBILIZE 150)
INCURSION = TriggerEntry("enter", "VERB", "MOBILIZE", None, "150", "agent_patient")
# (warplanes flying into another's airspace violate it: an incursion, ASSAULT 190)
AIR_INCURSION = TriggerEntry("enter", "VERB", "ASSAULT", None, "190", "agent_patient")
ENTERING = {"enter", "sail", "fly", "intrude", "stray", "violate", "cross", "penetrate"}
SOVEREIGN_SPACE = {"water", "waters", "airspace", "zone"}
STATE_CRAFT = {"ship", "vessel", "warship", "frigate", "destroyer", "carrier", "submarine", "cutter", "aircraft",
               "jet", "plane", "fighter", "bomber", "helicopter", "guard"}  # fmt: skip


def incursion(tok) -> tuple[TriggerEntry, int, int] | None:
    """"Four Chinese coast guard ships sailed into Japanese territorial waters": a show of force;
    "three Russian fighter jets flew into Estonian airspace": an incursion (not fishing boats
    straying, not drones, whose entry the strike they carry codes)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ENTERING:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in STATE_CRAFT:
        return None
    spaces = [c for c in tok.children if c.dep_ == "dobj"]
    spaces += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("into", "in") for g in c.children
               if g.dep_ == "pobj"]
    if any(o.lower_ == "airspace" for o in spaces):
        return AIR_INCURSION, tok.i, tok.i
    return (INCURSION, tok.i, tok.i) if any(o.lemma_.lower() in SOVEREIGN_SPACE or o.lower_ in SOVEREIGN_SPACE
                                             for o in spaces) else None


ROUTES = {"road", "highway", "route", "border", "crossing", "port", "bridge", "motorway", "street", "access"}
KEPT_CLOSED = TriggerEntry("keep closed", "VERB", "PROTEST", "obstruct", "144", "agent_patient")


def kept_closed(tok) -> tuple[TriggerEntry, int, int] | None:
    """"We will keep the roads closed until …": holding routes shut is a blockade (PROTEST 144;
    the state's own is a restriction, see ``by_sector``)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("keep", "hold", "leave"):
        return None
    shut = any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lemma_.lower() in ("close", "closed", "shut", "block")
               for c in tok.children)
    routes = any(c.dep_ in ("dobj", "nsubj") and c.lemma_.lower() in ROUTES for c in (*tok.children,
                 *(g for c in tok.children if c.dep_ in ("ccomp", "xcomp") for g in c.children)))
    return (KEPT_CLOSED, tok.i, tok.i) if shut and routes else None


LEADING = {"chief", "leader", "head", "boss", "founder"}  # "Hamas's political chief"
RECEIVE_ENTRY = TriggerEntry("receive", "VERB", "CONSULT", "host", "043", "agent_patient")
HOSTS = STATE_SECTORS | {"IGO", "LEG", "PTY", "OPP", "REB", "REL"}


def received(tok, by_token):
    """"Baradar was received by Foreign Minister Wang Yi", "the king received the envoy": an
    official hosting another is a meeting (CONSULT 043), not something received."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "receive":
        return None
    guests = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    host = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if any(c.dep_ == "nsubj" for c in tok.children):
        host = [c for c in tok.children if c.dep_ == "nsubj"]
    # (the guest is itself an actor, not a thing from one: "received a letter from the embassy")
    sides = [[a for t in ts if t.i in by_token or sector_noun(t) or t.lemma_.lower() in LEADING
              for a in actor_at(t, by_token)] for ts in (guests, host)]
    if not all(sides) or not all(a.sector in HOSTS for side in sides for a in side):
        return None
    return RECEIVE_ENTRY, tok.i, tok.i


ARMED_BOARDING = TriggerEntry("board", "VERB", "ASSAULT", None, "190", "agent_patient")
BLADES = {"knife", "axe", "machete", "gun", "rifle", "weapon", "club", "baton", "spear", "sword"}


def armed_boarding(tok, entry: TriggerEntry) -> TriggerEntry:
    """"personnel armed with knives and axes boarded Philippine navy boats": a boarding by men
    carrying weapons is an attack (ASSAULT 190), not only a seizure."""
    if tok.lemma_.lower() != "board" or entry.cameo != "171":
        return entry
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    doers += [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    armed = any(t.lower_ == "armed" or (t.lemma_.lower() in BLADES and t.head.lower_ == "with")
                for d in doers for t in d.subtree)
    return ARMED_BOARDING if armed else entry


HOSTAGE_ENTRY = TriggerEntry("take hostage", "VERB", "ASSAULT", "abduct", "181", "agent_patient")
CAPTIVES = {"hostage", "hostages", "captive", "captives"}


def hostage_taking(tok):
    """"inmates took 46 guards hostage", "gunmen held the passengers hostage", "took hostages":
    an abduction (ASSAULT 181)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("take", "hold", "seize"):
        return None
    if any(c.lower_ in CAPTIVES and c.dep_ != "nsubj" for c in tok.children) or any(
            g.lower_ in CAPTIVES for c in tok.children if c.dep_ == "dobj" for g in c.children):
        return HOSTAGE_ENTRY, tok.i, tok.i
    return None


OFF_AIR = TriggerEntry("take off the air", "VERB", "COERCE", "restrict", "172", "agent_patient")


def off_the_air(tok):
    """"ordered the station off the air", "took it off the air", "was pulled off the air": a
    broadcaster silenced (COERCE 172)."""
    if tok.pos_ != "VERB":
        return None
    hosts = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    if any(c.dep_ == "prep" and c.lower_ == "off" and any(p.lower_ in ("air", "airwaves") for p in c.children)
           for h in hosts for c in h.children):
        return OFF_AIR, tok.i, tok.i
    return None



# "ordered the owner held", "ordered the party's offices sealed": an order whose participle
# says what is done to its object is that coercion, by the one ordering
ORDERED_DONE = {
    "hold": ("arrest", "173"), "held": ("arrest", "173"), "detain": ("arrest", "173"),
    "arrest": ("arrest", "173"), "jail": ("arrest", "173"), "imprison": ("arrest", "173"),
    "seal": ("restrict", "172"), "close": ("restrict", "172"), "shut": ("restrict", "172"),
    "freeze": ("restrict", "172"), "frozen": ("restrict", "172"), "suspend": ("restrict", "172"),
    "dissolve": ("restrict", "172"), "disband": ("restrict", "172"), "ban": ("restrict", "172"),
    "confiscate": ("confiscate", "1711"), "seize": ("confiscate", "1711"),
    "deport": ("deport", "174"), "expel": ("deport", "174"),
}
ORDERING_VERBS = {"order", "direct", "instruct"}


def ordered_done(tok):
    """"Prosecutors ordered the building's owner held for 30 days", "ordered the party's offices
    sealed and its accounts frozen": the order is the coercion its participle names (COERCE),
    the participle's subject its target."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ORDERING_VERBS:
        return None
    # (the participle as the clause's predicate, or hung on the object: "ordered [the owner held]")
    parts = [(c, any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)) for c in tok.children
             if c.dep_ in ("ccomp", "oprd", "xcomp")]
    parts += [(g, True) for c in tok.children if c.dep_ == "dobj" for g in c.children if g.dep_ in ("acl", "oprd")]
    for c, has_patient in parts:
        # (a participle hung on the object may be tagged as a past tense: "the owner held")
        participle = c.tag_ in ("VBN", "JJ") or (c.tag_ == "VBD" and c.dep_ == "acl")
        if participle and has_patient and not any(g.dep_ in ("aux", "auxpass") for g in c.children) and not (
                c.dep_ == "acl" and any(g.dep_ == "nsubj" for g in c.children)):
            done = ORDERED_DONE.get(c.lemma_.lower()) or ORDERED_DONE.get(c.lower_)
            if done is not None:
                return TriggerEntry("order", "VERB", "COERCE", done[0], done[1], "agent_patient"), tok.i, tok.i
    return None


TRAVEL_ADVISORY = TriggerEntry("warn against travel", "VERB", "SANCTION", None, "160", "agent_patient")
ADVISING = {"warn", "advise", "urge", "tell", "ask", "caution"}
AVOIDING = {"avoid", "postpone", "reconsider", "suspend", "cancel", "defer", "refrain", "halt", "stop"}
TRAVELLING = {"travel", "travelling", "traveling", "trip", "visit", "journey", "tour"}


def travel_word(tok) -> bool:
    return tok.lemma_.lower() in TRAVELLING or tok.lower_ in TRAVELLING


def travel_advisory(tok) -> tuple[TriggerEntry, int, int] | None:
    """"warned Chinese citizens to avoid travelling to Japan": a state turning its citizens
    away from another country reduces relations with it (CAMEO 160); the country travelled to
    is the target (see ``travel_destination``)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ADVISING:
        return None
    told = any(c.dep_ in ("dobj", "dative") for c in tok.children)  # "warned citizens to avoid …"
    for c in tok.children:
        if told and c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) \
                and c.lemma_.lower() in AVOIDING and any(travel_word(g) for g in c.subtree if g.i != c.i):
            return TRAVEL_ADVISORY, tok.i, tok.i
    if any(c.dep_ == "prep" and c.lower_ == "against" and any(travel_word(g) for g in c.subtree)
           for c in tok.children):
        return TRAVEL_ADVISORY, tok.i, tok.i  # "advised against all travel to Mali"
    return None


def travel_destination(tok, by_token) -> list[Actor]:
    """The country a travel advisory turns citizens away from ("… travelling to Japan")."""
    return [a for g in tok.subtree if g.dep_ == "prep" and g.lower_ in ("to", "in")
            for p in g.children if p.dep_ == "pobj" for a in actor_at(p, by_token)][:2]
