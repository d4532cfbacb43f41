"""Speech acts made by stating a future or obligatory act: "X said Y must withdraw" is a
demand; a future act announced by its own source is a promise or threat; "will not accept"
is a refusal."""

from __future__ import annotations

import hashlib

from ..actors.coref import culprit_marked, first_conjunct
from ..nlp.stages import ArticleContext
from ..records import Actor, Event, EventDate, PloverCode
from .arguments import (
    DEMAND_CUES,
    STATE_SECTORS,
    WHOEVER,
    actor_at,
    clause_mark,
    dedupe,
    subject_of,
)
from .factuality import negated_governor
from .filters import DEMAND_MODALS, GENERIC_SECTORS, PENALTY_OBJECTS
from .ontology import TriggerEntry
from .targets import CALL_NOUNS, CLAIM_NOUNS, OFFER_NOUNS
from .triggers import trigger_entry

PROMISE_TYPES = {"AID", "COOPERATE", "CONCEDE", "RETREAT", "SUPPORT", "CONSULT", "AGREE"}
THREAT_TYPES = {"ASSAULT", "COERCE", "SANCTION", "PROTEST"}


def publication_date(ctx: ArticleContext) -> EventDate:
    """The date an event carries until the ``dating`` stage dates it (and keeps for the
    promises and threats made when reported): the publication day."""
    pub = ctx.article.published
    return EventDate(value=pub, earliest=pub, latest=pub, granularity="day" if pub else "unknown",
                     basis="publication" if pub else "unknown", text=None)


def demand_in(tok, by_token) -> tuple[TriggerEntry, list[Actor], list[Actor]] | None:
    """"X said Y must withdraw": a demand by the speaker on the clause's subject (REQUEST)."""
    if tok.dep_ != "ccomp" or not any(c.lower_ in DEMAND_MODALS for c in tok.children if c.dep_ == "aux"):
        return None
    cue = tok.head
    if cue.lemma_.lower() not in DEMAND_CUES or tok.lemma_.lower() in NOT_DEMANDS:
        return None
    speaker = subject_of(cue)
    source = actor_at(speaker, by_token) if speaker is not None else []
    subj = subject_of(tok)
    if subj is not None and _nobody_in_particular(subj):
        return None  # "no one should seek power with guns": a maxim, addressed to no one
    target = actor_at(subj, by_token) if subj is not None else []
    if not source and not target:
        return None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    if passive and all(t.sector in GENERIC_SECTORS for t in target):
        return None  # "civilians must be protected": a principle, not a demand on an actor
    return DEMAND_ENTRY, dedupe(source), [a for a in dedupe(target) if a not in source]


EVERYONE_AND_NO_ONE = (WHOEVER - {"whoever"}) | {"nobody", "none"}


def _nobody_in_particular(subj) -> bool:
    """"no one", "nobody", "everyone", "any country": a subject that names no actor."""
    return subj.lower_ in EVERYONE_AND_NO_ONE or any(
        c.dep_ == "det" and c.lower_ in ("no", "any", "every") for c in subj.children)


PENALTY_VERBS = {"pay", "face", "suffer", "bear", "regret"}


# punishments foretold: "organisers would be prosecuted", "anyone found … will be arrested"
PUNISHING = {"deal", "arrest", "punish", "prosecute", "detain", "charge", "jail", "imprison", "shoot", "crush",
             "stop", "treat", "hold", "sanction", "pursue", "hunt", "bring", "track", "find"}  # fmt: skip


def punishment_foretold(tok, by_token) -> tuple[TriggerEntry, list[Actor], list[Actor]] | None:
    """"the interior minister said organisers would be prosecuted": a state official foretelling
    the punishment of others makes a threat against them (THREATEN), however the speech is
    introduced ("warned" is coded by the warning itself)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in PUNISHING or not _will(tok) or not any(
            c.dep_ == "auxpass" for c in tok.children) or any(c.dep_ in ("neg", "agent") for c in tok.children):
        return None
    if _if_found(tok):
        return None  # "would be punished if they were found to have acted beyond their authority"
    clause = first_conjunct(tok)
    cue = clause.head
    if clause.dep_ != "ccomp" or cue.lemma_.lower() not in DEMAND_CUES or cue.lemma_.lower() in VOWING:
        return None
    speaker, subj = subject_of(cue), next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    source = [a for a in actor_at(speaker, by_token) if a.sector in STATE_SECTORS] if speaker is not None else []
    if any(a.sector in ("COP", "MIL") for a in source) and tok.lemma_.lower() in ("arrest", "detain"):
        return None  # ("police said the organisers would be arrested": the arrest is theirs, a commitment)
    target = actor_at(subj, by_token) if subj is not None else []
    if not source or not target or {a.code for a in source} & {a.code for a in target}:
        return None
    return PENALTY_THREAT, dedupe(source), dedupe(target)


def consequence_in(tok, by_token) -> tuple[TriggerEntry, list[Actor], list[Actor]] | None:
    """"said the CHP would 'pay a price' if …", "said Israel will face consequences": a penalty
    foretold by a speaker to another actor is a threat by the speaker (THREATEN) against it."""
    cue = _speech_cue(tok)
    if cue is None or tok.lemma_.lower() not in PENALTY_VERBS or not _will(tok):
        return None
    if tok.lemma_.lower() != "regret" and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in PENALTY_OBJECTS for c in tok.children) and not _pays_for_wrong(tok):
        return None
    if cue.lemma_.lower() not in DEMAND_CUES or cue.lemma_.lower() in ("warn", "caution"):
        return None  # ("warned that …", "vowed that … would pay" are coded by the warning or vow itself)
    speaker, subj = subject_of(cue), subject_of(tok)
    source = actor_at(speaker, by_token) if speaker is not None else []
    target = actor_at(subj, by_token) if subj is not None else []
    if not target and subj is not None and subj.lower_ in ANYONE:
        # "those who attempt to disrupt the election will face the full force of the law": a
        # threat to whoever acts (the implied counterpart, events/counterpart.py)
        return (PENALTY_THREAT, dedupe(source), []) if source else None
    if not source or not target or {a.code for a in source} & {a.code for a in target}:
        return None
    return PENALTY_THREAT, dedupe(source), dedupe(target)


# what one is made to "pay for": a wrong done ("those responsible would pay for their treachery",
# "they will pay for this"), not a cost met ("pay for the reconstruction")
WRONGS = {"crime", "treachery", "betrayal", "treason", "attack", "aggression", "act", "action", "blood",
          "murder", "killing", "death", "this", "that", "it", "sin", "mistake", "insult", "provocation"}  # fmt: skip


def _pays_for_wrong(tok) -> bool:
    return tok.lemma_.lower() == "pay" and any(c.dep_ == "prep" and c.lower_ == "for" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in WRONGS for p in c.children) for c in tok.children)


RESPONSE_NOUNS = {"response", "fire", "force", "blow", "retaliation", "reprisal", "consequence", "resistance"}


def met_with_force(tok, by_token) -> tuple[TriggerEntry, list[Actor], list[Actor]] | None:
    """"said any aggression will be met with a firm response", "any attempt … will be met with
    fire": force promised against whoever acts is a threat by the speaker (THREATEN), made in
    the saying."""
    cue = _speech_cue(tok)
    if (tok.lemma_.lower() != "meet" or cue is None or not _will(tok)
            or not any(c.dep_ == "auxpass" for c in tok.children)):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "with" and any(
            p.dep_ == "pobj" and p.lemma_.lower() in RESPONSE_NOUNS for p in c.children) for c in tok.children):
        return None
    if cue.lemma_.lower() not in DEMAND_CUES | {"vow", "promise", "pledge"} or cue.lemma_.lower() in ("warn", "caution"):
        return None  # ("warned that … would be met with …" is coded by the warning itself)
    speaker = subject_of(cue)
    source = actor_at(speaker, by_token) if speaker is not None else []
    return (PENALTY_THREAT, dedupe(source), []) if source else None


def wont_stand_by(tok, by_token) -> tuple[TriggerEntry, list[Actor], list[Actor]] | None:
    """"Serbia will not stand by", "we will not sit idly by", "the attack will not go unanswered":
    a pledge not to stay passive is a threat made in the saying (THREATEN); the one who would
    be answered is not named."""
    if tok.lemma_.lower() not in ("stand", "sit", "go") or not _will(tok) or not any(c.dep_ == "neg" for c in tok.children):
        return None
    if tok.lemma_.lower() == "go":
        # "this crime will not go unanswered / unpunished": the same pledge
        if not any(c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ in ("unanswered", "unpunished") for c in tok.children):
            return None
    elif not any(c.lower_ == "by" and not any(g.dep_ == "pobj" for g in c.children) for c in tok.children):
        return None
    subj = subject_of(tok)
    source = actor_at(subj, by_token) if subj is not None else []
    if not source or subj.lower_ in ("we", "i"):
        cue = tok.head if tok.dep_ == "ccomp" else next((c for c in tok.children if c.dep_ == "parataxis"), None)
        if cue is None and tok.dep_ == "ROOT":
            cue = next((c for c in tok.children if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in DEMAND_CUES), None)
        speaker = subject_of(cue) if cue is not None else None
        source = source or (actor_at(speaker, by_token) if speaker is not None else [])
    return (PENALTY_THREAT, dedupe(source), []) if source else None


FIRMLY = {"firmly", "strongly", "decisively", "forcefully", "harshly", "reciprocally", "resolutely", "robustly",
          "appropriately", "accordingly", "swiftly"}  # fmt: skip
FORCE_NOUNS = {"force", "might", "strength", "firmness", "resolve"}
ANSWERING = {"respond", "react", "answer", "reply", "retaliate"}
VOWING = {"vow", "threaten", "warn", "pledge", "promise", "swear", "caution"}


def _announced(tok) -> bool:
    """"will respond", "would react", "is going to answer"."""
    if _will(tok):
        return True
    head = tok.head
    return tok.dep_ == "xcomp" and head.lemma_.lower() == "go" and head.tag_ == "VBG" and any(
        c.dep_ == "aux" for c in head.children)


RETALIATING = {"reduce", "expel", "close", "cut", "impose", "suspend", "ban", "restrict", "downgrade", "recall",
               "sever", "freeze", "halt"}  # fmt: skip


# what is answered in words, not in kind: claims, calls and offers, questions and letters
WORDS_ANSWERED = CLAIM_NOUNS | CALL_NOUNS | OFFER_NOUNS | {
    "question", "query", "inquiry", "enquiry", "letter", "email", "message", "comment", "concern", "criticism",
    "survey", "petition"}  # fmt: skip


def _state_answers(tok, by_token) -> bool:
    """"said Moscow would respond", "Budapest would respond to any further expulsion": a state's
    announced response, even unqualified, answers a hostile act (the annotators of every set
    read it as a threat)."""
    subj = subject_of(tok)
    return subj is not None and any(a.sector in STATE_SECTORS for a in actor_at(subj, by_token))


def firm_response(tok, by_token) -> tuple[TriggerEntry, list[Actor], list[Actor]] | None:
    """"Algeria would respond firmly and reciprocally", "the state is going to answer with all of its
    force", "we will hold those responsible accountable": a response announced as firm, or
    account promised, is a threat made in the saying (THREATEN)."""
    lem = tok.lemma_.lower()
    if tok.pos_ != "VERB" or (lem not in ANSWERING and lem != "hold") or not _announced(tok) or any(
            c.dep_ == "neg" for c in tok.children):
        return None
    target: list[Actor] = []
    plain = False  # an unqualified response announced by a state
    if lem in ANSWERING:
        # (the manner may be coordinated or quoted: "would respond 'firmly and reciprocally'")
        firm = any(c.dep_ in ("advmod", "acomp") and any(x.lower_ in FIRMLY for x in c.subtree)
                   for c in tok.children) or any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "kind" for g in c.children)
            for c in tok.children) or any(
            c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and g.lemma_.lower() in FORCE_NOUNS
                                                            for g in c.subtree) for c in tok.children)
        # ("would respond to the closure by reducing Poland's diplomatic presence": a response in kind)
        in_kind = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
                   for g in c.children if g.dep_ == "pcomp" and g.lemma_.lower() in RETALIATING]
        answered = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                    for g in c.children if g.dep_ == "pobj"]
        if any(g.lemma_.lower() in WORDS_ANSWERED for g in answered):
            return None  # "would respond to the questions": a reply, no threat
        plain = not firm and not in_kind
        if plain and not _state_answers(tok, by_token):
            return None
        target = [a for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "against")
                  for g in c.children if g.dep_ == "pobj" for a in actor_at(g, by_token)]
        target = target or [a for g in in_kind for o in g.children if o.dep_ == "dobj"
                            for p in o.children if p.dep_ == "poss" for a in actor_at(p, by_token)]
    elif lem == "hold" and any(c.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "advmod", "amod", "dobj") and c.lower_ == "accountable"
                               for c in (*tok.children, *(g for d in tok.children if d.dep_ == "dobj" for g in d.children))):
        target = [a for c in tok.children if c.dep_ == "dobj" for a in actor_at(c, by_token)]
    else:
        return None
    clause = tok
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head  # "… is going to answer", "… and we will hold those responsible accountable"
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in VOWING:
        return None  # "vowed that his government would respond firmly": the vow is the threat
    if clause.dep_ == "ccomp" and (negated_governor(clause.head) or clause_mark(clause, ("whether", "if"))):
        return None  # "did not say whether the U.S. would respond"
    if plain and clause.dep_ not in ("ccomp", "ROOT"):
        return None  # (a clause the parser hung on a noun: "warned at the time that Russia … would retaliate")
    source = _doer_or_speaker(tok, clause, by_token)
    return (PENALTY_THREAT, dedupe(source), dedupe(target)) if source else None


TAKING_STEPS = {"take", "consider", "adopt", "use", "weigh", "employ"}
STEP_NOUNS = {"measure", "step", "action", "countermeasure", "force"}
STERN = {"further", "additional", "necessary", "appropriate", "tough", "firm", "strong", "decisive", "retaliatory",
         "reciprocal", "punitive", "drastic", "serious", "all", "whatever", "new", "harsh", "stronger", "tougher"}


# what is offered, whose judging refuses it rather than condemns
TERMS_OFFERED = OFFER_NOUNS | {"term", "condition", "deal", "price", "demand", "draft"}


def judged_wrong(tok, by_token, patterns) -> tuple[TriggerEntry, list[Actor], list[Actor]] | None:
    """"Peskov said the sanctions were illegal", "the ministry said the decision was
    disproportionate": a speaker who says another's act or measure is what "calling" it would
    condemn (the adjectives of the condemning-name row of trigger_objects.tsv) denounces it
    (ACCUSE, made in the saying); the target is whoever the judged thing names (its owner, its
    author's adjective, or the actor itself)."""
    if tok.pos_ != "ADJ" or tok.dep_ != "acomp" or tok.head.lemma_.lower() != "be":
        return None
    entry = patterns.get(("call", tok.lower_))
    if entry is None or entry.plover_type != "ACCUSE" or negated_governor(tok.head):
        return None
    cue = _speech_cue(tok.head)
    if cue is None or cue.lemma_.lower() not in DEMAND_CUES:
        return None
    speaker, judged = subject_of(cue), subject_of(tok.head)
    source = actor_at(speaker, by_token) if speaker is not None else []
    if not source or judged is None or judged.lemma_.lower() in TERMS_OFFERED:
        return None  # ("said the terms were unacceptable": a refusal, coded by the refusing)
    codes = {a.code for a in source}
    target = [a for t in (judged, *judged.children) if t is judged or t.dep_ in ("poss", "compound", "amod")
              for a in actor_at(t, by_token) if a.code not in codes]
    return entry, dedupe(source), dedupe(target)


def measures_announced(tok, by_token) -> tuple[TriggerEntry, list[Actor], list[Actor]] | None:
    """"Thailand will take further measures if Cambodia …", "will consider further measures unless
    the politicians are released", "would not hesitate to use force": stern steps announced
    against another, on a condition or without hesitation, are a threat made in the saying
    (THREATEN). Measures one is taking now, or would not take, are none."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in TAKING_STEPS:
        return None
    step = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in STEP_NOUNS), None)
    if step is None:
        return None
    stern = step.lemma_.lower() == "countermeasure" or (step.lemma_.lower() == "force" and tok.lemma_.lower() == "use") or any(
        c.dep_ in ("amod", "det", "predet") and c.lower_ in STERN for c in step.children)
    hesitate = tok.head if tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "hesitate" else None
    if hesitate is not None:
        announced = _will(hesitate) and any(c.dep_ == "neg" for c in hesitate.children)
        held_over = True  # "would not hesitate to use force": a deterrent, whatever the condition
    else:
        announced = _will(tok) and not any(c.dep_ == "neg" for c in tok.children)
        held_over = _condition(tok) is not None
    if not (stern and announced and held_over):
        return None
    clause = hesitate or tok
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in VOWING:
        return None  # "warned that it would take all necessary measures": the warning is the threat
    source = _doer_or_speaker(clause, clause, by_token)
    if not source:
        return None
    own = {a.code for a in source}
    target = [a for c in (*tok.children, *step.children) if c.dep_ == "prep" and c.lower_ in ("against", "on")
              for g in c.children if g.dep_ == "pobj" for a in actor_at(g, by_token) if a.code not in own]
    if not target:
        target = [a for c in tok.children if c.dep_ == "advcl" and clause_mark(c, ("unless", "if", "until"))
                  for g in c.children if g.dep_ in ("nsubj", "nsubjpass") for a in actor_at(g, by_token)
                  if a.code not in own and a.country]  # ("unless the jailed politicians are released": theirs)
    return PENALTY_THREAT, dedupe(source), dedupe(target)


def _doer_or_speaker(act, clause, by_token) -> list[Actor]:
    """Who announces ``act``: its subject, else (or for "we", "I") the one whose saying governs
    its ``clause``."""
    subj = subject_of(act)
    source = actor_at(subj, by_token) if subj is not None else []
    if not source or subj.lower_ in ("we", "i"):
        cue = _speech_cue(clause)
        speaker = subject_of(cue) if cue is not None else None
        source = source or (actor_at(speaker, by_token) if speaker is not None else [])
    return source


def _speech_cue(tok):
    """The verb of saying a clause is reported by: its head ("said Israel would …"), the head of
    the clause it is a later conjunct of ("said Pakistan does not want escalation, but any
    aggression will be met with …"), or one hung on it ("'… we will act,' the minister said");
    None when there is none."""
    clause = first_conjunct(tok)
    return clause.head if clause.dep_ == "ccomp" else next(
        (c for c in tok.children if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in DEMAND_CUES), None)


NONCOMPLIANCE = {"continue", "persist", "fail", "refuse", "keep", "dare", "resume", "repeat"}
STATES = {"be", "have", "become", "remain", "seem", "need", "want", "like", "welcome", "happen", "mean"}


def _noncompliance(tok):
    """The condition clause of "… unless Y complies", "… if Y does not release them", "… if Y
    continues to violate …": a demand the consequence is held over (the clause's verb token),
    else None."""
    for c in tok.children:
        if c.dep_ != "advcl":
            continue
        mark = clause_mark(c, ("unless", "if"))
        if mark == "unless" or (mark == "if" and (
                any(g.dep_ == "neg" for g in c.children) or c.lemma_.lower() in NONCOMPLIANCE
                or any(g.dep_ == "advmod" and g.lower_ == "again" for g in c.children))):
            return c
    return None


def ultimatum_in(tok, by_token) -> tuple[TriggerEntry, list[Actor], list[Actor]] | None:
    """"Thailand will take further measures if Cambodia continues to violate our sovereignty",
    "Bogota would take the dispute to court if Ecuador did not lift the tariffs", "we will go back
    to the streets unless …": an act held over another's non-compliance is a threat (THREATEN)
    by whoever will act, against whoever must comply; made in the saying. (For an act the
    lexicon codes, the act's own commitment says so.)"""
    if tok.pos_ != "VERB" or tok.lemma_.lower() in STATES or any(c.dep_ == "neg" for c in tok.children):
        return None
    if not _will(tok):
        return None  # ("the rebels could push south if …": a forecast)
    cond = _noncompliance(tok)
    if cond is None:
        return None
    subj = subject_of(tok)
    who = actor_at(subj, by_token) if subj is not None else []
    cond_subj = next((c for c in cond.children if c.dep_ == "nsubj"), None)
    party = actor_at(cond_subj, by_token) if cond_subj is not None else []
    cue = _speech_cue(tok)
    if cue is not None and cue.lemma_.lower() in ("warn", "caution", "threaten"):
        return None  # ("warned that … would …" is coded by the warning itself)
    speaker = subject_of(cue) if cue is not None and cue.lemma_.lower() in DEMAND_CUES else None
    said = actor_at(speaker, by_token) if speaker is not None else []
    if who and subj.lower_ not in ("we", "i") and all(a.sector in GENERIC_SECTORS for a in who):
        return None  # "if the trucks do not come, children will die": a fear, not a threat
    if not said or _onlooker(speaker) or (who and subj.lower_ not in ("we", "i") and not (
            {a.country for a in said} & {a.country for a in who})):
        return None  # a threat is made by the side that will act; others only forecast it
    if who and party and {a.code for a in who} == {a.code for a in party}:
        # "if he continues …, he will answer for it before the courts": the speaker threatens him
        source, target = said, who
    else:
        source = who if who and subj.lower_ not in ("we", "i") else (said or who)
        target = party
    source = dedupe(source)
    target = [a for a in dedupe(target) if a.code not in {s.code for s in source}]
    return (PENALTY_THREAT, source, target) if source else None


ANYONE = {"anyone", "anybody", "whoever", "everyone", "those"}
CULPRITS = {"perpetrator", "attacker", "culprit", "assailant", "killer", "gunman", "criminal", "plotter"}


def warning_to_all(tok, by_token) -> tuple[TriggerEntry, list[Actor], list[Actor]] | None:
    """"Anyone who takes part in unsanctioned gatherings will be dealt with firmly", "those who
    block the roads will be arrested": punishment promised to whoever acts is a threat made in
    the saying (THREATEN), by the speaker; no one is named to receive it."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in PUNISHING or not _will(tok):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or (subj.lower_ not in ANYONE and subj.lemma_.lower() not in CULPRITS) or (
            subj.lower_ == "those" and not any(c.dep_ == "relcl" for c in subj.children) and not culprit_marked(subj)):
        return None
    if any(c.dep_ == "advcl" and clause_mark(c, ("if",)) for c in tok.children):
        return None  # "those responsible would be punished if they were found to have …": no threat
    cue = _speech_cue(tok)
    if cue is None or cue.lemma_.lower() not in DEMAND_CUES or cue.lemma_.lower() in ("warn", "caution"):
        return None  # (a warning is coded by the warning itself)
    speaker = subject_of(cue)
    source = actor_at(speaker, by_token) if speaker is not None else []
    # ("the perpetrators will be hunted down": those named, when they are an actor)
    culprits = [a for a in actor_at(subj, by_token) if a not in source]
    return (PENALTY_THREAT, dedupe(source), culprits) if source and not _onlooker(speaker) else None


# states of mind are not demanded acts: "Moldova should understand that …"
NOT_DEMANDS = {"understand", "know", "realise", "realize", "remember", "recognise", "recognize",
               "be", "have", "think", "believe", "feel", "expect", "see", "note"}  # fmt: skip


DEMAND_ENTRY = TriggerEntry("must", "VERB", "REQUEST", None, "100", "speech")
PROMISE_ENTRY = TriggerEntry("will", "VERB", "AGREE", None, "030", "with")
THREAT_ENTRY = TriggerEntry("will", "VERB", "THREATEN", None, "130", "agent_patient")
PENALTY_THREAT = TriggerEntry("pay", "VERB", "THREATEN", None, "130", "agent_patient")  # made when said
REFUSAL_ENTRY = TriggerEntry("will not", "VERB", "REJECT", None, "120", "agent_patient")
REFUSAL_AUX = {"will", "would", "shall", "wo", "'ll", "can", "ca"}


def _condition(tok) -> str | None:
    """"if" or "unless" when a condition clause hangs on the act itself (a condition set for
    someone else: "unless …", "if … not"), or on the verb whose object the act is ("would call
    nationwide demonstrations if …")."""
    holder = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
    for c in holder.children:
        if c.dep_ == "advcl":
            mark = clause_mark(c, ("unless", "if"))
            if mark:
                return mark
    return None


ATTACKING = {"attack", "invade", "strike", "provoke", "cross", "threaten", "violate", "shell", "bomb"}


def _if_attacked(tok) -> bool:
    """The act is held over an attack on the actor ("would defend Mekelle if attacked")."""
    return any(c.dep_ == "advcl" and clause_mark(c, ("if",)) and c.lemma_.lower() in ATTACKING
               for c in tok.children)


# "would be punished if they were found to have …", "if proven guilty": accountability on a
# finding, not a condition set for someone to meet
FINDINGS = {"find", "prove", "establish", "confirm", "show", "determine"}


def _if_found(tok) -> bool:
    return any(c.dep_ == "advcl" and clause_mark(c, ("if",)) and c.lemma_.lower() in FINDINGS for c in tok.children)


def _complier(tok, ev: Event, by_token) -> list[Actor]:
    """The subject of the condition an act is held over ("if X does not …", "unless X …",
    "until X resigns"), when it is another actor than the source."""
    holder = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
    own = {a.code for a in ev.source}
    # ("will keep the roads closed until …": the clause may hang on the predicate)
    kids = [*holder.children, *(g for c in holder.children if c.dep_ in ("xcomp", "oprd", "acomp") for g in c.children)]
    for c in kids:
        if c.dep_ == "advcl" and clause_mark(c, ("unless", "if", "until")):
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is not None:
                return [a for a in dedupe(actor_at(subj, by_token)) if a.code not in own]
    return []


def _will(tok) -> bool:
    """The act is announced ("will", "would", "shall"), not only possible ("could", "might")."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "wo") for c in tok.children)


def _if_clause(tok) -> bool:
    """"If New Delhi treats treaties as optional, it cannot complain …": what one could not do
    in a case is a statement, not a refusal ("will not accept refugees if war starts" is one)."""
    can = any(c.dep_ == "aux" and c.lower_ in ("can", "could", "ca") for c in tok.children)
    return can and any(c.dep_ == "advcl" and clause_mark(c, ("if",)) for c in tok.children)


def _refusal(tok) -> bool:
    """"will not accept", "won't meet", "cannot allow": a negated commitment is a refusal ("will
    not block the vote", "will not oppose it": not obstructing is letting it pass, no refusal)."""
    kids = list(tok.children)
    if tok.lemma_.lower() in OBSTRUCTING:
        return False
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in WILLING and negated_governor(tok.head):
        return True  # "was not prepared to discuss", "is unwilling to negotiate"
    return any(c.dep_ == "neg" for c in kids) and any(c.lower_ in REFUSAL_AUX for c in kids if c.dep_ == "aux")


# acts of force whose renouncing is restraint, not a refusal: "would not retaliate for now",
# "will not shoot at our brothers", "would not use force to take the island"
RESTRAINED = {"ASSAULT", "COERCE"}
OBSTRUCTING = {"block", "veto", "oppose", "obstruct", "hinder", "prevent", "stop", "challenge", "contest"}
ACCEPTING = {"accept", "recognise", "recognize", "acknowledge", "endorse", "approve"}


def _not_accepted(tok, ev: Event) -> bool:
    """"Beijing has never accepted that ruling", "did not recognise the result": not accepting
    is refusing."""
    return (ev.plover.type in ("AGREE", "SUPPORT") and tok.pos_ == "VERB" and tok.lemma_.lower() in ACCEPTING
            and not any(c.lower_ == "yet" for c in tok.children))  # ("has not yet accepted": pending)


WILLING = {"prepared", "ready", "willing", "prepare"}
OFFER_GOVERNORS = WILLING | {"offer", "volunteer", "stand"}


def _scheduled(ev: Event) -> bool:
    """Acts put on a calendar rather than pledged: meetings, visits, briefings and marches
    (PLOVER's gold still reads "will support", "will allow" as promises and "would boycott"
    as a threat)."""
    return ev.plover.type == "CONSULT" or (ev.plover.type == "PROTEST" and ev.plover.mode == "demo")


def _offered(tok) -> bool:
    """"was ready to negotiate", "offered to host talks": the act is put forward as an offer."""
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in OFFER_GOVERNORS


# speakers who comment on events rather than take part in them (their quotes report no event:
# see ``stage._commentary``); onlookers also include those who only watched them
COMMENTATORS = {"researcher", "analyst", "expert", "professor", "scholar", "fellow", "academic", "commentator",
                "lecturer", "economist", "historian", "scientist"}  # fmt: skip
ONLOOKERS = COMMENTATORS | {"observer", "resident", "witness"}


def _onlooker(speaker) -> bool:
    """"Nadia Salem, a Libya researcher": a speaker described as an outside observer."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in ONLOOKERS for c in speaker.children)


def _quoted_onlooker(tok, ev: Event, ctx: ArticleContext) -> bool:
    """The future act is told in a direct quote whose speaker (named in another sentence) is no
    actor of the article, or one of another country than the actor's."""
    at, _ = ctx.span(tok.idx, tok.idx + len(tok.text))
    for q in ctx.results.get("quotes", []):
        if q.kind != "direct" or not (q.start <= at < q.end):
            continue
        if q.speaker is None:
            return bool(q.speaker_text)
        if q.speaker.sector is None and ONLOOKERS & set((q.speaker_text or "").lower().replace(",", " ").split()):
            return True  # "Samer Haddad, a political analyst at …"
        own = {a.country for a in ev.source}
        return q.speaker.code not in {a.code for a in ev.source} and q.speaker.country not in own
    return False


PARTY_KINDS = {"PTY", "OPP"}


def _told_by_third_party(tok, ev: Event, by_token) -> bool:
    """The future act is reported by a speaker of another country than the actor's."""
    own = {a.country for a in ev.source}
    t = tok
    for _ in range(3):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in DEMAND_CUES | {"announce", "report", "confirm"}:
            speaker = subject_of(t)
            if speaker is None:
                return False
            said = actor_at(speaker, by_token)
            if not said or _onlooker(speaker):
                # "'… so it will fight,' said Nadia Salem, a Libya researcher": an onlooker's forecast
                return speaker.pos_ != "PRON"
            # the actor itself or an official of its state speaks for it, and so does one of its
            # own kind ("party spokesman Godfrey Mushi said Chadema would …"); others forecast
            names, codes = {a.name for a in ev.source}, {a.code for a in ev.source if a.sector}
            kinds = {s.sector for s in ev.source}
            if kinds & PARTY_KINDS:
                kinds |= PARTY_KINDS  # "Opposition Leader Beckles said the People's National Movement would …"
            # (a named person of no known sector speaks for a non-state group of the same
            # country: "Diallo said the coalition would call a general strike")
            return not any(a.name in names or a.code in codes or (a.country in own and (
                a.sector in STATE_SECTORS or (a.sector and (None in kinds or a.sector in kinds))
                or (a.sector is None and not kinds & STATE_SECTORS))) for a in said)
    return False


def commitment_of(ev: Event, tok, lex, ctx: ArticleContext) -> Event | None:
    """A future action announced by its own source is also a promise (AGREE) or a threat
    (THREATEN) made now, unless a governing verb is already coded ("threatened to …")."""
    if (ev.factuality == "negated" and ev.source and (_refusal(tok) or _not_accepted(tok, ev)) and not _if_clause(tok)
            and ev.plover.type not in RESTRAINED):
        kind = REFUSAL_ENTRY
    elif ev.factuality == "hypothetical" and ev.source and _will(tok) and (cond := _condition(tok)) and not _if_found(tok):
        # "would strike Israeli cities if Israel attacked": a conditional threat is made now;
        # "would meet the mediator if he gave them a veto" is an offer, "… unless" an ultimatum
        # ("would defend Mekelle if attacked": a deterrent, not a promise)
        kind = THREAT_ENTRY if ev.plover.type in THREAT_TYPES or cond == "unless" or _if_attacked(tok) else (
            PROMISE_ENTRY if ev.plover.type in PROMISE_TYPES else None)
    elif ev.factuality != "future" or not ev.source:
        return None
    else:
        kind = PROMISE_ENTRY if ev.plover.type in PROMISE_TYPES else THREAT_ENTRY if ev.plover.type in THREAT_TYPES else None
        if kind is not None and _condition(tok) is not None:
            kind = THREAT_ENTRY  # "will withdraw its force unless …": an ultimatum
        elif _scheduled(ev) and not _offered(tok):
            # "would meet union leaders next week", "will hold a rally on Saturday", "will sign
            # it": an act put on the calendar promises or threatens nothing ("was ready to
            # host new talks" offers)
            kind = None
    if kind is None:
        return None
    if _told_by_third_party(tok, ev, ctx.results.get("actor_by_token", {})):
        return None  # "Qatar said the delegations would meet": no promise of the delegations
    if _quoted_onlooker(tok, ev, ctx):
        return None  # '"The army will not fight Hezbollah. …," said Samer Haddad, a political analyst'
    up = tok
    for _ in range(3):
        if up.head.i == up.i or (up is not tok and up.dep_ == "conj"):
            break  # ("blamed the union and said he would not negotiate": a verb beside, not above)
        if up.dep_ == "xcomp" and any(c.dep_ == "nsubjpass" for c in up.head.children):
            return None  # "Starmer is expected to travel": others' expectation, no promise
        up = up.head
        if trigger_entry(up, lex) is not None:
            return None
    eid = hashlib.sha1(f"{ev.id}:{kind.plover_type}".encode()).hexdigest()
    target = ev.target
    if kind is THREAT_ENTRY and not target:
        # "will keep the roads closed until the attorney general resigns", "… if Kyiv does not
        # withdraw": the ultimatum is set to whoever must comply
        target = _complier(tok, ev, ctx.results.get("actor_by_token", {}))
    return ev.model_copy(update={
        "id": eid, "plover": PloverCode(type=kind.plover_type, mode=None), "cameo": kind.cameo, "target": target,
        "factuality": "claimed" if ev.attribution is not None and ev.factuality == "claimed" else "asserted",
        # the promise or threat is made when it is reported, not when the action is due
        "date": publication_date(ctx),
        "historical": False,
        "confidence": round(max(0.05, ev.confidence - 0.15), 2)})
