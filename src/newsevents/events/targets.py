"""Targets a sentence implies but does not name as an actor: the owner of a site attacked,
the author of an event reacted to, the government a domestic protest is aimed at."""

from __future__ import annotations

from collections import Counter

from ..actors.coding import in_country
from ..actors.coref import party_counts, salient_pair
from ..actors.lexicon import load_lexicon
from ..nlp.stages import ArticleContext
from ..records import Actor, Event
from .arguments import (
    DOCUMENTS,
    PATIENT_NOUNS,
    STATE_SECTORS,
    WEAPONS,
    WHOEVER,
    actor_at,
    dedupe,
    own_forces,
    sector_noun,
    subject_of,
)
from .ontology import TriggerEntry
from .triggers import trigger_entry

FACILITIES = {"base", "airbase", "airfield", "airport", "barracks", "depot", "garrison", "outpost",
              "checkpoint", "refinery", "port", "harbour", "harbor", "plant", "facility", "bridge",
              "embassy", "consulate", "headquarters", "compound", "camp", "station", "post",
              "position", "positions", "warship", "vessel", "ship", "convoy", "infrastructure",
              "prison", "jail", "ministry", "office", "parliament", "palace", "road", "highway",
              "target", "targets", "dam", "pipeline", "line", "grid", "substation", "terminal",
              "warehouse", "factory", "vehicle", "truck", "bus", "train", "aircraft", "site", "sites",
              "installation", "oilfield", "field", "arsenal", "stronghold", "hideout", "bunker"}  # fmt: skip
MILITARY_FACILITIES = {"base", "airbase", "airfield", "barracks", "depot", "garrison", "outpost",
                       "checkpoint", "camp", "position", "positions", "warship"}  # fmt: skip
# places where civilians live or gather: an attack on them targets the civilians of the place
CIVILIAN_SITES = {"village", "town", "home", "house", "neighbourhood", "neighborhood", "market",
                  "hospital", "school", "mosque", "church", "temple", "shelter", "settlement",
                  "district", "suburb", "street", "building", "apartment", "residential", "city",
                  "pagoda", "shrine", "clinic", "university", "farm", "grounds", "area",
                  "square", "neighbourhoods", "quarter", "city centre", "centre", "center"}  # fmt: skip
SITE_PLACE_PREPS = {"in", "near", "across", "around", "outside", "inside", "on"}
SITE_TARGET_PREPS = {"on", "against", "at", "into", "upon", "toward", "towards"}


def _site_objects(tok) -> list:
    """What an attack is aimed at when it is no actor: the object of the verb or the object
    of its "on/against/at" ("bombed residential compounds", "attacks on police stations")."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    out += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in SITE_TARGET_PREPS
            for p in c.children if p.dep_ == "pobj"]
    # "fired a missile toward Tel Aviv": the aim hung on the weapon
    out += [p for o in tok.children if o.dep_ == "dobj" and o.lemma_.lower() in WEAPONS
            for c in o.children if c.dep_ == "prep" and c.lower_ in SITE_TARGET_PREPS
            for p in c.children if p.dep_ == "pobj"]
    return [t for o in out for t in (o, *o.conjuncts)]


def _site_sector(obj) -> str | None:
    words = {obj.lemma_.lower()} | {c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")}
    if words & {"police"}:
        return "COP"
    sectors = load_lexicon().sectors
    armed = {sectors[w].sector for w in words - {obj.lemma_.lower()} if w in sectors} & {"REB", "CRM"}
    if armed:
        return armed.pop()  # "a rebel camp", "a militant hideout", "a cartel ranch"
    if words & {"refugee", "displacement", "displaced", "idp", "civilian", "residential"}:
        return "CVL"  # "a displacement camp", "a refugee camp"
    if obj.lemma_.lower() in MILITARY_FACILITIES or words & {"military", "army", "naval", "air"}:
        return "MIL"
    if obj.lemma_.lower() in CIVILIAN_SITES or words & CIVILIAN_SITES:
        return "CVL"
    return None


def _place_actor(ctx: ArticleContext, first, last, country: str) -> Actor:
    """A named place standing for its state ("shelled Kharkiv", "would hit Beirut's suburbs"),
    with offsets into the article text."""
    start, end = ctx.span(first.idx, last.idx + len(last.text))
    text = ctx.article.text[start:end]
    return Actor(text=text, start=start, end=end, name=text, country=country, sector=None, code=country)


def facility_owner(ctx: ArticleContext, tok, source: list[Actor], place_of: dict[int, str]) -> list[Actor]:
    """"struck the Engels air base in the Saratov region", "bombed homes in Kherson": an attack
    on a facility or a settlement targets the country the place lies in (its military, police
    or civilians, by the kind of site). With no place named, a non-state group's attack on a
    site ("gunmen assaulted the police station") targets the article's country."""
    objects = _site_objects(tok)
    sites = [o for o in objects if o.lemma_.lower() in FACILITIES | CIVILIAN_SITES]
    if not sites:
        # "shelled Kharkiv", "encircled El Fasher": a named place attacked stands for its country
        named = [o for o in objects if o.i in place_of]
        if not named:
            return []
        obj = named[0]
        return [_place_actor(ctx, obj.left_edge, obj.right_edge, place_of[obj.i])]
    obj = sites[0]
    where = [t for t in obj.subtree] + [t for c in tok.children if c.dep_ == "prep"
                                        and c.lower_ in SITE_PLACE_PREPS for t in c.subtree]
    # (a place named beside the site: "bombed Fordo and two other sites"; anywhere in the
    # attack's clause: "struck military sites near Kisweh, south of Damascus")
    where += [o for o in objects if o.i in place_of]
    where += [t for t in tok.subtree if t.i in place_of and _in_clause(t, tok)]
    country = next((place_of[t.i] for t in where if t.i in place_of), None)
    focus = ctx.results.get("focus_country")
    if country is None and source and (all(a.sector not in STATE_SECTORS for a in source)
                                       or {a.country for a in source} == {focus}):
        # (a domestic force's raid on a site at home: "government forces seized the
        # apparatus's headquarters")
        country = focus
    if country is None:
        return []
    sector = _site_sector(obj)
    start, end = ctx.span(obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text))
    return [Actor(text=ctx.article.text[start:end], start=start, end=end,
                  name=ctx.article.text[start:end], country=country, sector=sector,
                  code=country + (sector or ""))]


def _in_clause(tok, verb) -> bool:
    t = tok
    while t.i != verb.i:
        if t.dep_ in ("ccomp", "advcl", "relcl", "conj") and t.pos_ in ("VERB", "AUX"):
            return False
        t = t.head
    return True


REACTION_TYPES = {"ACCUSE", "REJECT", "PROTEST", "THREATEN", "REQUEST", "SUPPORT"}
# the acts a reaction can name by a noun, and the types of the earlier event each one means
CLAIM_NOUNS = {"claim", "allegation", "accusation", "charge", "assertion", "report", "suggestion", "protest",
               "complaint"}
CALL_NOUNS = {"call", "demand", "request", "appeal", "ultimatum", "plea", "order"}
OFFER_NOUNS = {"proposal", "offer", "plan", "initiative", "invitation", "idea", "overture", "bid"}
RULING_NOUNS = {"verdict", "ruling", "sentence", "judgment", "judgement", "conviction"}
ACT_NOUNS = {"move", "decision", "step", "action", "measure", "announcement", "manoeuvre", "maneuver",
             # acts named by what they produced or set going ("called the suspension 'an act of
             # war'", "called the case 'political revenge'", "condemned the vote")
             "suspension", "vote", "ban", "closure", "expulsion", "law", "bill", "decree", "legislation",
             "policy", "case", "trial", "prosecution", "charges", "indictment", "designation"}
ACCORD_NOUNS = {"deal", "agreement", "accord", "treaty", "ceasefire", "truce", "pact", "settlement", "memorandum"}
OFFER_TYPES = {"AGREE", "CONSULT", "REQUEST", "AID", "SUPPORT", "COOPERATE", "CONCEDE"}
DENIAL_VERBS = {"deny", "refute", "dismiss", "reject", "rebuff"}
DENIED_NOUNS = CLAIM_NOUNS | {"involvement", "responsibility", "role", "wrongdoing", "link", "links"}
REACTION_SPAN = 4  # sentences back in which "the claim", "the call" … is looked for


def referenced_event_source(tok, lex, events: list[Event], source: list[Actor],
                            s_index: int | None = None, kind: str | None = None,
                            by_token: dict | None = None) -> list[Actor]:
    """"Petro assailed the latest strike", "condemned the launch as a provocation", "urged an
    inquiry into the strikes", "rejected the call", "denied the claim", "welcomed the decision":
    an act named by a noun and no actor, as the object (or, for a request, in the object's
    complement: the object is the act requested), refers to the latest such act told earlier in
    the article; its author is the target. A bare denial ("Hezbollah denied firing the rockets")
    answers the latest accusation made against the denier."""
    if tok.pos_ != "VERB":
        return []
    own = {a.country for a in source}
    codes = {a.code for a in source}
    objs = [c for c in tok.children if c.dep_ == "dobj"] + _named_objects(tok)
    # ("a move Manila condemned as a pretext": the act the relative clause is about, told before)
    told = tok.head if tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and not objs else None
    if told is not None:
        objs.append(told)
    nested = [p for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ in REFERRING_PREPS
              for p in c.children if p.dep_ == "pobj"]
    doers = [a for o in _named_objects(tok) for c in o.children if c.dep_ == "prep" and c.lower_ == "by"
             for p in c.children if p.dep_ == "pobj" for a in actor_at(p, by_token or {}) if a.code not in codes]
    if doers:
        return doers  # "criticised what she called 'unilateral' action by the Kosovo authorities"
    recent = [ev for ev in reversed(events) if ev.source and (
        s_index is None or s_index - ev.sentence.index <= REACTION_SPAN)]

    def author(keep) -> list[Actor]:
        for ev in recent:
            if keep(ev) and not codes & {a.code for a in ev.source}:
                got = [a for a in ev.source if a.code not in codes]
                if got:
                    return got
        return []

    def author_told(keep, foreign: bool = False) -> list[Actor]:
        # the author of the latest such act however far back ("rejected the accusation" or
        # "welcomed the accord" paragraphs after it was told); ``foreign``: of another country
        for ev in reversed(events):
            if keep(ev):
                got = [a for a in ev.source if a.code not in codes and not (foreign and a.country in own)]
                if got:
                    return got
        return []

    def aimed_at_me(ev) -> bool:
        return bool(codes & {a.code for a in ev.target} or own & {a.country for a in ev.target} - {None})

    def accusation_against_me(ev) -> bool:
        return ev.plover.type == "ACCUSE" and aimed_at_me(ev)

    def my_accuser() -> list[Actor]:
        return author(lambda ev: ev.plover.type == "ACCUSE") or author_told(accusation_against_me, foreign=True)

    for obj in objs:
        patient = [a for c in obj.children if c.dep_ == "poss" for a in actor_at(c, by_token or {})]
        if obj.lemma_.lower() in PATIENT_NOUNS and patient:
            # "condemned Arce's arrest", "demanded his immediate release": the one arrested owns
            # the noun; whoever last acted on them is meant
            victims = {a.code for a in patient}
            doer = next(([a for a in ev.source if a.code not in codes] for ev in reversed(events)
                         if victims & {a.code for a in ev.target} and ev.plover.type in ("COERCE", "SANCTION", "ASSAULT")
                         and any(a.code not in codes for a in ev.source)), [])
            if doer:
                return doer
            if kind == "REQUEST":
                return patient  # ("demanded his release", his captor untold: the one to be freed)
    # (the event's own type decides: "called the suspension 'an act of war'" is no call for it)
    requesting = kind == "REQUEST" if kind else tok.lemma_.lower() in REQUEST_VERBS or _requests(tok, lex)
    for obj in (nested if requesting else objs + nested):
        lemma = obj.lemma_.lower()
        # ("Monday's attack": a day, not an owner, makes it definite)
        dated = any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in obj.children)
        definite = obj is told or dated or any(c.lower_ in DEFINITE for c in obj.children)
        if definite and lemma in ACT_NOUNS:
            # "denounced the move", "rejected the decision": the latest act (not a comment on
            # one) of another country, else of another actor
            acts = [ev for ev in recent if not _comment(ev)]
            # the act the noun names first ("the suspension" ← "India suspended …")
            acts = [ev for ev in acts if ev.trigger.text.lower()[:5] == lemma[:5]] + acts
            return (next(([a for a in ev.source if a.country not in own] for ev in acts
                          if {a.country for a in ev.source} - own - {None}), [])
                    or author(lambda ev: not _comment(ev)))
        if (definite or any(c.lower_ == "any" for c in obj.children)) and lemma in CLAIM_NOUNS:
            # ("rejected any suggestion that it was involved": whatever was said against it)
            # the latest accusation, else whoever told the latest event reported as a claim
            return my_accuser() or next(
                ([ev.attribution] for ev in recent if ev.attribution is not None and ev.attribution.code
                 and ev.attribution.code not in codes), [])
        if definite and lemma in CALL_NOUNS:
            return author(lambda ev: ev.plover.type == "REQUEST")
        if definite and lemma in OFFER_NOUNS:
            return author(lambda ev: ev.plover.type in OFFER_TYPES)
        if definite and lemma in RULING_NOUNS:
            return author(lambda ev: any(a.sector == "JUD" for a in ev.source))
        if definite and lemma in ACCORD_NOUNS:
            # "Russia welcomed the deal", "rejected the truce": the parties of the latest accord
            # (signed: "Ethiopia and Djibouti signed an agreement … the AU welcomed the accord")
            def accord(ev) -> bool:
                return (ev.plover.type in ("AGREE", "RETREAT") or ev.cameo == "057") and len(ev.source) > 1

            parties = author(accord) or author_told(accord)
            if parties:
                return parties
        got = trigger_entry(obj, lex) if kind != "SUPPORT" else None  # "inked an agreement" is no reaction
        if (got is None and lemma not in LAUNCH_NOUNS) or any(
                c.dep_ in ("poss", "compound", "amod") and c.ent_type_ and c.ent_type_ not in ("DATE", "TIME")
                for c in obj.children):
            continue
        ptype = got[0].plover_type if got is not None else "ASSAULT"  # "condemned the launch"
        told = list(reversed(events))  # the events told so far, latest first
        if lemma in LAUNCH_NOUNS:
            # ("condemned the launch": a firing, before a drill told after it)
            told.sort(key=lambda ev: not any(w in ev.trigger.text.lower() for w in ("fire", "launch", "test")))
        for ev in told:
            # a missile launch coded as a show of force is still "the launch"
            same = ev.plover.type == ptype or (ev.cameo == "150" and lemma in LAUNCH_NOUNS)
            if same and ev.source:
                # (an attacker, not a crowd: "we heard firing" names no one who fired)
                other = [a for a in ev.source if a.country not in own and a.sector != "CVL"]
                if other:  # one's own side's act is not the one condemned
                    return other
        if definite and s_index is not None:
            # a domestic attack ("President Tinubu condemned the attack" by jihadists at home):
            # the latest such act by a non-state actor of one's own country, else the story's
            # first such act (the attack the story is about, told in its lead)
            lead = [ev for ev in events if ev.source]
            got_back = next((got for ev in recent + lead if ev.plover.type == ptype
                             if (got := [a for a in ev.source if a.sector not in STATE_SECTORS
                                         and a.code not in codes])), [])
            if got_back:
                return got_back
    denial = tok.lemma_.lower() in DENIAL_VERBS and (
        not objs or any(o.lemma_.lower() in DENIED_NOUNS for o in objs))
    by_token = by_token or {}
    if denial:
        # "denied firing the rockets", "denied any involvement": the accuser of the denier, else
        # whoever told an act of the denier ("the army said the RSF launched the drones"), else
        # the side the denied act would have hit ("denied that its fighters fired on Israeli
        # forces")
        accuser = author(accusation_against_me) or author_told(accusation_against_me, foreign=True)
        if accuser:
            return accuser
        teller = next((ev.attribution for ev in recent if ev.attribution is not None and ev.attribution.country
                       and codes & {a.code for a in ev.source} and ev.attribution.code not in codes), None)
        if teller is not None:
            return [teller]
        return [a for c in tok.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree
                if (a := by_token.get(t.i)) is not None and a.country and a.country not in own][:1]
    return []


NAMING_VERBS = {"call", "describe", "term", "brand", "label"}


def _named_objects(tok) -> list:
    """"condemned what it called a cowardly attack": the act the reported naming names."""
    return [o for c in tok.children if c.dep_ == "ccomp" and c.lemma_.lower() in NAMING_VERBS
            and any(g.lower_ == "what" for g in c.children)
            for o in c.children if o.dep_ in ("oprd", "attr", "dobj") and o.pos_ == "NOUN"]


def _comment(ev: Event) -> bool:
    """A reaction told of an act ("welcomed the move", "condemned it"), not an act itself."""
    return ev.plover.type in ("ACCUSE", "REQUEST", "CONSULT") or ev.cameo in ("051", "050")


REFERRING_PREPS = {"into", "of", "over", "about", "for", "on"}
DEFINITE = {"the", "this", "that", "these", "those"}
REQUEST_VERBS = {"urge", "demand", "call", "ask", "request", "seek"}
LAUNCH_NOUNS = {"launch", "test", "firing", "launches", "tests"}


def _requests(tok, lex) -> bool:
    got = trigger_entry(tok, lex)
    return got is not None and got[0].plover_type == "REQUEST"


NON_STATE_SECTORS = {None, "CVL", "OPP", "LAB", "PTY", "NGO", "REL", "MED", "EDU", "BUS", "REF", "ETH"}


def implied_government(ctx: ArticleContext, tok, source: list[Actor]) -> list[Actor]:
    """"Tens of thousands marched in Seoul": a domestic demonstration, strike or boycott that
    names no target is aimed at the government of its country (ICEWS and PLOVER coders' default
    reading). The implied actor has no text of its own: it sits on the trigger with role
    "implied"."""
    return _implied_actor(ctx, tok, source, NON_STATE_SECTORS, "GOV", "government of")


def _implied_actor(ctx: ArticleContext, tok, source: list[Actor], source_sectors: set, sector: str,
                   label: str) -> list[Actor]:
    """The one-country actor an act of ``source`` (all of ``source_sectors``) implies, with no
    text of its own: it sits on the trigger with role "implied"."""
    countries = {a.country for a in source}
    if len(countries) != 1 or None in countries or any(a.sector not in source_sectors for a in source):
        return []
    (country,) = countries
    return [implied_on(ctx, tok, country, sector, label)]


def implied_on(ctx: ArticleContext, tok, country: str, sector: str | None, label: str) -> Actor:
    """An actor the text implies without naming: no text of its own, on the trigger."""
    start, _ = ctx.span(tok.idx, tok.idx + len(tok.text))
    return Actor(text="", start=start, end=start, name=f"{label} {country}", country=country,
                 sector=sector, code=country + (sector or ""), role="implied")


# restrictions a state imposes on, or lifts for, the people of its own country
RESTRICTIONS = {"172", "1721", "1722", "1723", "1724", "081", "0811", "0812", "0813", "0814"}


def implied_population(ctx: ArticleContext, tok, entry: TriggerEntry, source: list[Actor]) -> list[Actor]:
    """"the army imposed a nationwide curfew", "the cabinet lifted the ban": a state's curfew,
    state of emergency or ban, imposed or eased, with no one named, bears on the people of its
    own country (an implied actor, as for domestic protests)."""
    if entry.cameo not in RESTRICTIONS:
        return []
    return _implied_actor(ctx, tok, source, STATE_SECTORS, "CVL", "people of")


def implied_state(ctx: ArticleContext, tok, entry: TriggerEntry) -> list[Actor]:
    """"The emergency was declared on Nov. 2", "a curfew was imposed": a restriction only a
    state imposes, told in the passive with no agent, is the act of the government of the
    article's country (an implied actor)."""
    focus = ctx.results.get("focus_country")
    passive = tok.pos_ == "VERB" and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    if entry.cameo not in RESTRICTIONS or not focus or not passive or any(c.dep_ == "agent" for c in tok.children):
        return []
    return [implied_on(ctx, tok, focus, "GOV", "government of")]


def mediated_parties(tok, by_token) -> list[Actor]:
    """The sides a mediator brings together: "brokered a truce between Washington and the
    rebels", "a swap brokered by the UAE" (the parties of the swap: the subject of the clause the
    swap is told in), "mediated between Kinshasa and the M23"."""
    out: list[Actor] = []
    heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"] + ([tok.head] if tok.dep_ == "compound" else [])
    for h in heads:
        # ("brokered a deal that eased a dispute between Somalia and Ethiopia": the parties
        # named in what is brokered)
        for c in (h.children if h is tok else h.subtree):
            if c.dep_ == "prep" and c.lower_ == "between":
                # the parties themselves, not places hung on them ("between the two sides in Oslo")
                out += [a for p in c.children if p.dep_ == "pobj" for x in (p, *p.conjuncts)
                        if x.i in by_token for a in actor_at(x, by_token) if a not in out]
    if not out and tok.dep_ == "acl":
        # "exchanged prisoners in a swap brokered by the UAE"
        t = tok.head
        while t.dep_ in ("pobj", "prep") and t.head.i != t.i:
            t = t.head
        if t.pos_ == "VERB":
            subj = subject_of(t)
            if subj is not None:
                out += actor_at(subj, by_token)
    return list(dict.fromkeys(out))


def mediated_pair(ctx: ArticleContext, tok, source: list[Actor]) -> list[Actor]:
    """"The truce, mediated by Egypt, Qatar and the United States": a mediation naming no
    parties is between the article's two main parties other than the mediators (implied actors,
    as for domestic protests), when the article has two."""
    own = {a.country for a in source}
    others = [a for a in ctx.results.get("actors", []) if a.country not in own]
    pair = salient_pair(others)
    if pair is None:
        # a civil conflict mediated from abroad ("Qatari officials brought the two delegations to
        # Doha", Kinshasa and the M23): both parties are of the article's main other country
        top = Counter(party_counts(others)).most_common(2)
        if top and top[0][1] >= 3 and (len(top) == 1 or top[0][1] >= 3 * top[1][1]):
            return [implied_on(ctx, tok, top[0][0], None, "party")]
        return []
    return [implied_on(ctx, tok, iso, None, "party") for iso in pair]


SIDES = {"side", "party", "leader", "country", "neighbour", "neighbor", "rival", "nation", "foe", "delegation",
         "adversary", "belligerent", "government", "capital"}  # fmt: skip


def both_sides(ctx: ArticleContext, tok, source: list[Actor], by_token) -> list[Actor]:
    """"hosted the two leaders for talks", "urged all sides to exercise restraint", "both
    countries pledged …": the sides named only as such are the article's two main parties other
    than the actor (implied actors, as for mediations naming no parties)."""
    near = [c for c in tok.children if c.dep_ in ("dobj", "dative") or c.dep_ == "nsubjpass" and tok.pos_ == "VERB"]
    near += [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    if not any(_sides(n) and not (n.i in by_token and by_token[n.i].country) for n in near):
        return []
    return mediated_pair(ctx, tok, source)


def _sides(n) -> bool:
    """"the two leaders", "all sides", "both countries", "the warring parties"."""
    if n.lemma_.lower() not in SIDES or n.tag_ != "NNS":
        return False
    return any(c.lower_ in ("two", "both", "all", "warring", "rival") for c in n.children)


ANSWERED = {"REJECT": {"REQUEST", "ACCUSE", "PROTEST", "THREATEN"}, "CONCEDE": {"REQUEST", "PROTEST"}}


def answered_pressure(ptype: str, events: list[Event], source: list[Actor], s_index: int) -> list[Actor]:
    """A refusal or a concession naming no one answers the latest demand, protest or threat
    made of its source: "Vucic said he would not step down" (after students demanded it), "the
    government withdrew the bill" (after protesters marched against it)."""
    kinds = ANSWERED.get(ptype)
    if not kinds or not source:
        return []
    codes = {a.code for a in source if a.code}
    countries = {a.country for a in source if a.country}
    for ev in reversed(events):
        if s_index - ev.sentence.index > REACTION_SPAN:
            break
        if ev.plover.type not in kinds or not ev.source or codes & {a.code for a in ev.source}:
            continue
        aimed = {a.code for a in ev.target} & codes or (
            {a.country for a in ev.target if a.sector in STATE_SECTORS} & countries
            and any(a.sector in STATE_SECTORS for a in source))
        if aimed:
            return [a for a in ev.source if a.code not in codes]
    return []


CASUALTY_LEMMAS = {"kill", "wound", "injure", "die", "hurt", "maim", "shoot"}
ATTACK_PREPS = {"in", "during", "by"}


OPERATION_NOUNS = {"operation", "raid", "crackdown", "offensive", "clash", "shelling", "bombardment", "assault",
                   "strike", "airstrike", "attack"}  # fmt: skip


CLAIMING = {"claim", "accept", "take", "admit", "assume", "acknowledge"}


def responsibility_claimant(tok, by_token) -> list[Actor]:
    """"The group claimed responsibility for the attack": whoever claims an act did it (the
    record is the claimant's claim, see factuality)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() != "responsibility":
        return []
    verb = prep.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CLAIMING:
        return []
    subj = subject_of(verb)
    return actor_at(subj, by_token) if subj is not None else []


FIGHT_NOUNS = {"exchange", "shootout", "firefight", "gunfight", "clash", "battle", "skirmish", "fighting", "confrontation"}


def attack_author(tok, lex, events: list[Event], by_token=None, s_index: int | None = None) -> list[Actor]:
    """"26 civilians were killed in the strikes": casualties of an attack told earlier have its
    author as their attacker (the latest such attack with a named source)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in CASUALTY_LEMMAS:
        return []
    for p in attacks_named(tok, lex, ATTACK_PREPS):
        if any(d.lower_ in DEFINITE for d in p.children):
            return next((list(ev.source) for ev in reversed(events)
                         if ev.plover.type == "ASSAULT" and ev.source and ev.trigger.text.lower() != tok.lower_), [])
    # "more than 6,000 suspects were killed in police operations": the force named on the operation
    if by_token is not None:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "during"):
                for p in c.children:
                    if p.dep_ == "pobj" and p.lemma_.lower() in OPERATION_NOUNS and (got := actor_at(p, by_token)):
                        return got
    # "two gang members were shot dead in an exchange of gunfire with police": the other side
    # of the fight the victims died in
    if by_token is not None and any(c.dep_ == "nsubjpass" for c in tok.children):
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "during"):
                continue
            for fight in (p for p in c.children if p.dep_ == "pobj"):
                heads = [fight] + [g for q in fight.children if q.dep_ == "prep" and q.lower_ == "of"
                                   for g in q.children if g.dep_ == "pobj"]
                got = [a for h in heads for q in h.children if q.dep_ == "prep" and q.lower_ == "with"
                       for g in q.children if g.dep_ == "pobj" for a in actor_at(g, by_token)]
                if got and fight.lemma_.lower() in FIGHT_NOUNS:
                    return got
    # "hundreds were killed when security forces cracked down on protests": the force of the
    # violent act the "when" clause tells
    for c in tok.children:
        if c.dep_ == "advcl" and by_token is not None and any(
                m.dep_ in ("advmod", "mark") and m.lower_ == "when" for m in c.children):
            got = trigger_entry(c, lex)
            subj = subject_of(c)
            if got is not None and got[0].plover_type in ("ASSAULT", "COERCE") and subj is not None:
                return actor_at(subj, by_token)
    victims = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if s_index is not None and victims and not any(
            v.lower_ in ("one", "none", "nobody") or any(d.lower_ == "no" for d in v.children) for v in victims) and not any(
            c.dep_ in ("prep", "agent", "advcl") and c.lower_ not in ("including",) for c in tok.children):
        # "Gangs attacked Kenscoff … At least nine civilians were killed": the toll of the attack
        # told in the sentence just before (a bare passive, no cause of its own; "no one was
        # killed" adds no event)
        return next((list(ev.source) for ev in reversed(events) if ev.plover.type == "ASSAULT" and ev.source
                     and ev.sentence.index == s_index - 1 and all(a.sector not in ("CVL", "REF") for a in ev.source)), [])
    return []


def document_author(tok, events: list[Event], s_index: int) -> list[Actor]:
    """"Noboa declared a state of emergency … The decree imposes a nightly curfew": a document
    named by a definite noun acts for the state actor whose act it records (the latest state
    act of the last two sentences)."""
    if tok.pos_ != "VERB":
        return []
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in DOCUMENTS or not any(
            c.lower_ in DEFINITE for c in subj.children):
        return []
    return next((list(ev.source) for ev in reversed(events) if s_index - ev.sentence.index <= 2
                 and ev.source and all(a.sector in STATE_SECTORS | {"LEG", "JUD"} for a in ev.source)), [])


def attacks_named(tok, lex, preps) -> list:
    """The attack nouns a casualty verb is told "in", "during" or "by" ("killed in a suicide car
    bombing", "wounded in the strikes")."""
    return [p for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj"
            and (e := trigger_entry(p, lex)) is not None and e[0].plover_type == "ASSAULT"]


WARN_LEMMAS = {"warn", "caution", "threaten"}


def warned_at_large(ctx: ArticleContext, tok, source: list[Actor], by_token) -> list[Actor]:
    """"warned that anyone found supplying the jihadists would be treated as an enemy", "any
    media outlet undermining morale", "villages harbouring its fighters": a warning to whoever
    does something, naming no one, is aimed at the people of the warner's own country (an
    implied actor, as for curfews)."""
    if tok.lemma_.lower() not in WARN_LEMMAS:
        return []
    said = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "prep")]
    if not any(_generic(t, by_token) for c in said for t in c.subtree):
        return []
    return _implied_actor(ctx, tok, source, STATE_SECTORS | {"GOV", "JUD", "LEG", "ELI"}, "CVL", "people of")


def warned_party(tok, source: list[Actor], by_token) -> list[Actor]:
    """"She warned that the party's ministers could be dismissed if it voted with the opposition",
    "warned that deputies could vote to suspend cooperation with the ministries": a warning's
    target is the one its clause befalls, its subject (or the subject's owner), else another
    actor the clause names."""
    if tok.lemma_.lower() not in WARN_LEMMAS:
        return []
    codes = {a.code for a in source}
    for clause in (c for c in tok.children if c.dep_ == "ccomp"):
        subjects = [t for t in clause.children if t.dep_ in ("nsubj", "nsubjpass")]
        owners = [p for t in subjects for p in t.children if p.dep_ == "poss"]
        rest = [t for t in clause.subtree if t not in subjects and t not in owners]
        for t in (*subjects, *owners, *rest):
            # (not the warner's own forces: "warned that the navy would respond")
            got = [a for a in actor_at(t, by_token) if a.code not in codes and a.country and not own_forces(a, source)]
            if got:
                return dedupe(got)
    return []


def _generic(t, by_token) -> bool:
    """Whoever does something: "anyone (who) …", "those who …", "any outlet", "villages
    harbouring fighters" (a plural noun, no actor, defined by what it does)."""
    if t.lower_ in WHOEVER:
        return True
    kids = list(t.children)
    if t.lower_ == "those" and any(c.dep_ in ("relcl", "acl") for c in kids):
        return True
    if t.pos_ != "NOUN":
        return False
    any_det = any(c.lower_ == "any" and c.dep_ == "det" for c in kids)
    if any_det and sector_noun(t):
        return True  # "any media outlet", "any group": whoever it may be
    if t.i in by_token:
        return False
    # defined by what it does ("found to be undermining", "harbouring"), not "any attempt to …"
    doing = any(c.dep_ == "relcl" or c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") for c in kids)
    return doing and (t.tag_ == "NNS" or any_det)



OFFICE_SECTORS = {"presidential": "GOV", "royal": "GOV", "governmental": "GOV", "ministerial": "GOV",
                  "executive": "GOV", "parliamentary": "LEG", "judicial": "JUD"}  # fmt: skip


def object_author(ctx: ArticleContext, obj, source: list[Actor], by_token) -> list[Actor]:
    """"overrode a veto by President Pellegrini", "overrode a presidential veto": the object of
    an act is another's act; its author ("by", possessive), or the office an adjective names in
    the actor's own country, is the target."""
    codes = {a.code for a in source}
    named = [a for c in obj.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by")
             for p in ([c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"])
             for a in actor_at(p, by_token) if a.code not in codes]
    if named:
        return named
    office = next((OFFICE_SECTORS[c.lower_] for c in obj.children if c.dep_ == "amod" and c.lower_ in OFFICE_SECTORS), None)
    if office is None or office in {a.sector for a in source}:
        return []
    countries = {a.country for a in source}
    if len(countries) != 1 or None in countries:
        return []
    return [implied_on(ctx, obj, next(iter(countries)), office, "office of")]


def threatened_side(ctx: ArticleContext, tok, source: list[Actor], place_of: dict[int, str]) -> list[Actor]:
    """A threat naming no actor: the other side's place named in the warning ("warned that
    Israel would hit Beirut's southern suburbs"), else the owner of a site to be attacked
    ("threatened to attack the capital's police stations")."""
    own = {a.country for a in source}
    for c in tok.children:
        if c.dep_ == "ccomp":
            for t in c.subtree:
                if t.i in place_of and place_of[t.i] not in own:
                    return [_place_actor(ctx, t, t, place_of[t.i])]
    return next((got for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"
                 if (got := facility_owner(ctx, c, source, place_of))), [])


DISPERSE_VERBS = {"disperse", "scatter", "break", "repel", "clear", "push", "drive", "quell", "contain"}


def crowd_targets(tok, events: list[Event], source: list[Actor], s_index: int, by_token) -> list[Actor]:
    """"fired tear gas to disperse crowds of young men", "Police responded with tear gas": the
    crowd dispersed, named in a purpose clause, else the protesters of the latest protest told in
    this sentence or the two before."""
    verb = tok
    for _ in range(3):
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head  # "fired tear gas", "responded with tear gas"
    for c in verb.subtree:  # (the parser may hang the purpose on the weapon: "live ammunition to disperse")
        if c.dep_ in ("advcl", "xcomp", "acl") and c.lemma_.lower() in DISPERSE_VERBS and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            for o in c.children:
                if o.dep_ == "dobj" and (got := actor_at(o, by_token)):
                    return got
    codes = {a.code for a in source}
    for ev in reversed(events):
        if s_index - ev.sentence.index > 2:
            break
        if ev.plover.type == "PROTEST" and (got := [a for a in ev.source if a.code not in codes]):
            return got
    return []


CROWD_MODES = {"demo", "riot", "strike-gen", "strike-lim", None}
CROWD_NOUNS = {"protest", "demonstration", "rally", "march", "riot", "strike", "sit-in", "walkout"}
# what sets a protest off ("sparked protests", "began with protests over water cuts")
SPARKING = {"spark", "trigger", "set", "fuel", "prompt", "provoke", "ignite", "unleash", "touch", "stage", "hold"}
SPELLS = {"year", "month", "week", "day", "night", "wave", "series", "spate", "round", "string"}
QUANTITIES = {"thousand", "hundred", "dozen", "million", "ten", "tens", "hundreds", "thousands", "many", "scores"}


def implied_crowd(ctx: ArticleContext, tok, entry: TriggerEntry, by_token, place_of: dict[int, str]) -> list[Actor]:
    """"Mass protests erupted in Nairobi", "thousands marched through Mombasa", "sparked a year of
    student-led protests": a protest told as news that names no one is held by people of the
    country where it takes place (else of the article's country): an implied civilian actor on
    the trigger. A protest referred to again ("the rally", "banned demonstrations") is not."""
    if entry.plover_type != "PROTEST" or entry.plover_mode not in CROWD_MODES or tok.i in by_token:
        return []
    if tok.pos_ == "NOUN":
        if tok.lemma_.lower() not in CROWD_NOUNS or tok.dep_ == "compound":
            return []
        if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("a", "an")) for c in tok.children):
            return []  # "the rally", "their march": one told before
        anchor = tok
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SPELLS:
            anchor = tok.head.head  # "a year of student-led protests", "a wave of strikes"
        head = anchor.head
        if not (anchor.dep_ == "nsubj" or (anchor.dep_ == "dobj" and head.lemma_.lower() in SPARKING)
                or (anchor.dep_ == "pobj" and head.lower_ in ("with", "by") and head.head.pos_ == "VERB"
                    and head.head.lemma_.lower() not in ("ban", "deal", "meet", "respond", "face"))):
            return []
        clause = head if head.pos_ in ("VERB", "AUX") else head.head
    else:
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in QUANTITIES:
            return []  # "thousands marched"; a pronoun or a body the coder did not code is no crowd
        clause = tok
    where = [t for t in tok.subtree if t.i in place_of]
    where += [t for t in clause.subtree if t.i in place_of and _in_clause(t, clause)]
    countries = {place_of[t.i] for t in where}
    focus = ctx.results.get("focus_country")
    if len(countries) > 1:
        return []
    country = next(iter(countries), None)
    if country is None:
        if not focus or any(t.i in place_of and place_of[t.i] != focus for t in tok.sent):
            return []
        country = focus
    return [implied_on(ctx, tok, country, "CVL", "protesters of")]


DEPORTING = {"deport", "expel", "repatriate", "return", "send", "push", "fly", "remove"}
PEOPLE_SECTORS = {"CVL", "REF", None}


def deported_home(tok, entry: TriggerEntry, source: list[Actor], target: list[Actor],
                  place_of: dict[int, str]) -> list[Actor]:
    """"Authorities deported more than 370,000 people to Haiti": people a state removes to another
    country, named without a nationality, are that country's, not the deporter's."""
    if entry.plover_type != "COERCE" or tok.lemma_.lower() not in DEPORTING or not target:
        return target
    dest = {place_of[g.i] for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "back")
            for g in c.subtree if g.i in place_of}
    own = {a.country for a in source}
    if len(dest) != 1 or dest & own:
        return target
    (home,) = dest
    return [in_country(a, home) if a.sector in PEOPLE_SECTORS and (a.country is None or a.country in own) else a
            for a in target]


COURT_PREPS = {"to", "at", "in", "before"}


def court_not_target(ctx: ArticleContext, tok, entry: TriggerEntry, source: list[Actor], target: list[Actor],
                     by_token) -> list[Actor]:
    """"challenge the decree before the Supreme Court", "took Hungary to the Court of Justice":
    the court a case is brought to hears it; the target is the one sued, or the author of what
    is challenged ("the government's decree")."""
    if entry.cameo != "115" or tok.pos_ != "VERB":
        return target
    forum = {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ in COURT_PREPS for t in c.subtree}
    kept = [a for a in target if not (a.sector == "JUD" and any(by_token.get(i) is a for i in forum))]
    if kept:
        return kept
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return object_author(ctx, obj, source, by_token) if obj is not None else []


def shared_targets(events: list[Event], anchors: list) -> list[Event]:
    """A second act of one subject in one sentence is aimed where the first is, when its own
    object is no actor: "the State Department condemned the seizure by Guard commandos and
    demanded the ship's release" (the demand is made of the Guard). The nearest act of the
    same subject mention with a target, of the same factuality, lends it."""
    out = list(events)
    for i, ev in enumerate(events):
        if ev.target or not ev.source:
            continue
        own = {(a.start, a.end) for a in ev.source}
        lenders = [(abs(anchors[j].i - anchors[i].i), o) for j, o in enumerate(events)
                   if j != i and o.target and o.sentence.index == ev.sentence.index
                   and o.factuality == ev.factuality and own & {(a.start, a.end) for a in o.source}]
        if not lenders:
            continue
        lent = [a for a in min(lenders, key=lambda p: p[0])[1].target if (a.start, a.end) not in own]
        if lent:
            out[i] = ev.model_copy(update={"target": lent})
    return out
