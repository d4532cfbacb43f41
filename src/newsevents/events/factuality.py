"""Factuality of an event trigger from its syntactic context: negated, hypothetical, future,
claimed or asserted (in that order of precedence), plus the claimant token for claims."""

from __future__ import annotations

from ..actors.coref import first_conjunct
from .arguments import PLAN_NOUNS, WHOEVER, plot_of

NEG_WORDS = {"not", "n't", "never", "no", "without"}
NOTHING = {"nothing", "none", "nobody", "no-one", "neither"}
# "demanded the withdrawal", "called for talks": the wanted event has not happened
DESIRE_VERBS = {"demand", "call", "urge", "ask", "request", "seek", "press", "push", "want", "pressure",
                "appeal", "plead", "insist", "propose", "recommend", "suggest", "chant",
                "clamour", "clamor", "invite", "encourage", "implore", "exhort"}  # fmt: skip
# "urged the committee to compel Israel to halt its attacks": what one is to be made to do
COMPEL_VERBS = {"compel", "force", "oblige", "pressure", "pressurise", "pressurize", "persuade", "convince",
                "press", "push", "get", "make"}  # fmt: skip
# desire verbs that also assert: "insisted that X struck" (past tense) states, "insisted that X
# withdraw" demands
ASSERTING_DESIRES = {"insist"}
DESIRE_NOUNS = {"demand", "call", "request", "appeal", "plea", "proposal", "ultimatum", "insistence",
                "condition", "recommendation", "suggestion", "order"}  # fmt: skip
# "allowed police to hold suspects": a permission, not the act
PERMIT_VERBS = {"allow", "permit", "authorize", "authorise", "empower", "entitle", "enable", "let"}
# "remained open to direct talks", "ready for dialogue": a disposition, not the act
OPEN_TO = {"open", "ready", "willing", "prepared", "eager", "amenable"}
# "met to discuss deploying a joint force": the act talked about is not done
DISCUSS_VERBS = {"discuss", "consider", "debate", "weigh", "study", "explore", "examine", "mull",
                 "contemplate", "review", "envisage"}  # fmt: skip
# "the second phase envisages a further withdrawal": a plan's content is not yet done
ENVISAGE_VERBS = {"envisage", "envision", "foresee", "contemplate", "anticipate", "require", "stipulate"}
# "the treaty applies to armed attacks on …": the kind of act a rule covers
COVER_VERBS = {"apply", "extend", "cover", "pertain"}
MODAL_HYPO = {"could", "might", "may", "would", "should", "can", "must", "ought"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
FUTURE_GOVERNORS = {"plan", "threaten", "vow", "pledge", "promise", "intend", "prepare", "expect",
                    "schedule", "set", "aim", "seek", "want", "hope", "propose", "warn", "due", "agree",
                    "decide", "offer", "consider", "ready", "willing", "prepared", "committed",
                    "determined", "resolve", "swear", "commit"}  # fmt: skip
CLAIM_VERBS = {"claim", "allege", "assert", "insist", "contend", "maintain", "purport", "accuse",
               "charge", "suggest"}  # fmt: skip
ATTEMPT_VERBS = {"try", "attempt", "seek", "move", "bother", "dare"}
ORDER_VERBS = {"order", "direct", "instruct", "command", "tell"}
DENY_VERBS = {"deny", "reject", "dismiss", "refute"}
# "refused to meet", "failed to reach", "postponed the talks": the governed event does not happen
# verbs whose object is an act still to come: "would not accept drone strikes", "allow flights"
READY_ADJECTIVES = {"ready", "willing", "prepared", "open"}
SCHEDULING = {"plan", "schedule", "expect", "set", "slate", "pencil"}
PROSPECT_VERBS = {"accept", "allow", "permit", "tolerate", "authorize", "authorise", "approve", "want", "threaten"}
NEG_GOVERNORS = {"refuse", "decline", "fail", "oppose", "avoid", "stop", "cancel", "postpone",
                 "renege", "abandon", "halt", "suspend", "rule"}  # fmt: skip
REPORT_VERBS = {"say", "tell", "report", "add", "state", "announce", "confirm", "according"}
SPEECH_ACT_VERBS = (FUTURE_GOVERNORS | CLAIM_VERBS | DESIRE_VERBS | REPORT_VERBS
                    | {"warn", "caution", "threaten", "vow", "pledge", "accuse", "demand"})


TIME_UNITS = {"hour", "day", "week", "month", "year", "deadline", "ultimatum", "minute", "chance", "opportunity"}


CALLED_PROTESTS = {"march", "protest", "rally", "strike", "demonstration", "boycott", "sit-in", "walkout", "vigil"}


def _deadline(chain) -> bool:
    """An act someone is given time to do is demanded, not done: "gave its fighters 48 hours to
    hand over their weapons", "set a deadline of Friday to leave"."""
    for below, up in zip(chain, chain[1:3], strict=False):
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children):
            continue
        if up.lemma_.lower() in TIME_UNITS and below.dep_ in ("acl", "relcl"):
            return True
        if up.lemma_.lower() in ("give", "set", "grant", "allow") and below.dep_ in ("advcl", "xcomp", "ccomp") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in TIME_UNITS for c in up.children):
            return True
    return False


def _after_condition(verb) -> bool:
    """The nearest verb before ``verb`` in its sentence, across a comma, opens a condition."""
    prev = [t for t in verb.sent if t.i < verb.i and t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"]
    if not prev or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in prev[-1].children)


def _present(verb) -> bool:
    """A verb (or its auxiliaries) in the present tense: "until he is freed", "until they leave"."""
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(tags & {"VBZ", "VBP"}) or (verb.tag_ == "VB" and not tags & {"VBD", "MD"})


def _chain(token):
    """The trigger and the verbs governing it, nearest first (up to the sentence root)."""
    out = [token]
    t = token
    while t.head.i != t.i and len(out) < 8:
        t = t.head
        out.append(t)
    return out


def negated_governor(t) -> bool:
    """"did not agree", "was not prepared" (the negation on the copula of an adjective)."""
    return any(c.dep_ == "neg" for c in t.children) or (
        t.dep_ == "acomp" and any(c.dep_ == "neg" for c in t.head.children))


PERMITTING = {"allow", "permit", "let", "tolerate"}


def _not_allowed(verb) -> bool:
    """An infinitive that a negated "allow" governs, directly or through its object (which the
    parser may read as a relative clause: "would not allow a handful of agitators to paralyse")."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    gov = verb.head
    if verb.dep_ == "relcl" and gov.dep_ == "dobj":
        gov = gov.head
    elif verb.dep_ not in ("xcomp", "ccomp"):
        return False
    return gov.lemma_.lower() in PERMITTING and negated_governor(gov)


PARTAKING = {"take", "participate", "engage", "involve", "join", "attend"}


def _asked_to_join(noun) -> bool:
    """The act named by the object of a verb someone is called on, urged or ordered to do."""
    n = noun.head if noun.dep_ in ("compound", "amod") else noun
    if n.dep_ != "dobj":
        return False
    verb = n.head
    if verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ORDER_VERBS | {"call", "urge", "ask", "press"}


def _still_to_come(verb) -> bool:
    """The verb, or the one its infinitive depends on, is announced ("would be lifted", "would not
    be allowed to leave") or offered ("was ready to discuss", "ready to …")."""
    governors = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODAL_HYPO | FUTURE_AUX
               for g in governors for c in g.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in READY_ADJECTIVES) or any(
        c.dep_ == "acomp" and c.lemma_.lower() in READY_ADJECTIVES for c in verb.children)


def _as_if(mark) -> bool:
    """"as if it does not exist", "as though": a comparison, no condition."""
    return mark.i > 0 and mark.doc[mark.i - 1].lower_ == "as"


SAFEGUARDS = {"guarantee", "safeguard", "protection", "assurance", "insurance", "shield", "immunity", "bulwark",
              "deterrent", "precaution"}


def _guarded_against(noun) -> bool:
    """"guarantees against Russian legal action", "protection from reprisals": an act guarded
    against is one that may come, not one that came."""
    prep = noun.head
    return (noun.pos_ == "NOUN" and noun.dep_ == "pobj" and prep.lower_ in ("against", "from")
            and prep.head.lemma_.lower() in SAFEGUARDS)


def _no_part_in(noun) -> bool:
    """The act is what someone did not take part in, engage in or join."""
    gov = noun.head
    if noun.dep_ == "pobj" and gov.lower_ == "in":
        gov = gov.head.head if gov.head.lower_ == "part" else gov.head
    elif noun.dep_ != "dobj":
        return False
    # ("no Turkish troops were taking part in the fighting": the subject negates)
    nobody = any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NOTHING or any(
        d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in gov.children)
    return gov.lemma_.lower() in PARTAKING and (negated_governor(gov) or nobody)


def _instead(trigger) -> bool:
    """The act set aside for another: "abstained rather than use its veto", "chose to negotiate
    instead of attacking", "talks rather than strikes"."""
    for t in _chain(trigger)[:3]:
        if t.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "than" and any(
                a.lower_ == "rather" for a in c.children) for c in t.head.children) and any(
                c.i < t.i and c.lower_ == "than" for c in t.head.children):
            return True
        if t.dep_ in ("pcomp", "pobj") and t.head.lower_ == "of" and any(
                c.lower_ == "instead" for c in t.head.children):
            return True
        if t.dep_ in ("pcomp", "pobj") and t.head.lower_ == "than" and any(
                c.lower_ == "rather" for c in t.head.children):
            return True
        if t.dep_ not in ("xcomp", "dobj", "conj"):
            break
    return False


GENERIC_DETS = {"every", "any", "each"}


def _generic_doer(trigger) -> bool:
    """A habit or rule about whoever does it, not an act: "every citizen who takes to the
    streets", "anyone who attacks our forces", "no talks with those who kill innocent labourers"
    (a present-tense relative clause)."""
    if trigger.dep_ != "relcl":
        return False
    noun = trigger.head
    if noun.lower_ in WHOEVER:
        return True  # ("against anyone who attacked public property": whoever, at any time)
    if trigger.tag_ not in ("VBZ", "VBP"):
        return False
    if noun.lower_ == "those" or any(c.dep_ == "det" and c.lower_ in GENERIC_DETS for c in noun.children):
        return True
    # "judges who acquit them are their accomplices": a bare plural with a present-tense
    # clause names a kind, not someone who acted
    return (noun.tag_ == "NNS" and trigger.tag_ == "VBP" and noun.dep_ in ("nsubj", "nsubjpass")
            and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in noun.children))


PLOT_VERBS = {"plot", "conspire", "scheme"}
CONTAIN_VERBS = {"include", "involve", "envisage", "envision", "foresee", "call", "entail"}


def _plotted(trigger) -> bool:
    """The act a plot aimed at, never done: "plotted to assassinate Lula", "the plan included the
    assassination of Lula", "a plot for the killing of the president"."""
    if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in PLOT_VERBS:
        return True
    if plot_of(trigger) is not None:
        return True  # "uncovered a plot by gang leaders to attack public officials"
    if trigger.pos_ != "NOUN":
        return False
    head = trigger.head
    if trigger.dep_ == "conj" and head.dep_ in ("dobj", "pobj"):
        trigger, head = head, head.head
    if trigger.dep_ == "dobj" and head.lemma_.lower() in CONTAIN_VERBS:
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in PLAN_NOUNS for c in head.children)
    if trigger.dep_ == "pobj" and head.lower_ in ("for", "of") and head.head.lemma_.lower() in PLAN_NOUNS:
        return head.head.pos_ == "NOUN"
    return False


PROSPECTIVE = {"possible", "potential", "eventual", "prospective", "hypothetical", "proposed", "planned"}
ABLE = {"able", "unable", "free", "entitled", "authorised", "authorized", "empowered"}
INTENT_NOUNS = {"intention", "intent", "plan", "plans", "desire", "wish", "interest", "appetite"}


def _no_intention(trigger) -> bool:
    """The act of an intention denied: "had no intention of invading", "has no plans to attack"."""
    if trigger.dep_ == "pcomp" and trigger.head.lower_ == "of":
        noun = trigger.head.head
    elif trigger.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        noun = trigger.head
    else:
        return False
    return noun.lemma_.lower() in INTENT_NOUNS and (
        any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or noun.head.lower_ in ("never",)
        or any(c.dep_ == "neg" for c in noun.head.children))


EVIDENCE_NOUNS = {"sign", "evidence", "indication", "trace", "proof", "suggestion", "hint"}


def _no_sign_of(trigger) -> bool:
    """"there was no sign of a wider buildup", "found no evidence of an attack": what nothing shows
    did not happen."""
    of = trigger.head if trigger.dep_ == "pobj" else None
    if of is None or of.lower_ != "of" or of.head.lemma_.lower() not in EVIDENCE_NOUNS:
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in of.head.children)


# verbs whose negation asserts the act that follows ("did not hesitate to strike")
UNDETERRED = {"hesitate", "fail", "cease", "stop", "refrain", "forget", "neglect"}


def _negated_alternative(trigger) -> bool:
    """A verb coordinated by "or"/"nor" with a negated one, with no subject or auxiliary of its
    own, is negated too ("does not host, train or finance any group"; "did not attack X but
    arrested Y" is no alternative)."""
    if trigger.pos_ != "VERB" or trigger.dep_ != "conj" or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in trigger.children):
        return False
    first = first_conjunct(trigger)
    arms = [first, *first.conjuncts]
    ccs = {c.lower_ for a in arms for c in a.children if c.dep_ == "cc"}
    return bool(ccs & {"or", "nor"}) and "but" not in ccs and any(c.dep_ == "neg" for c in first.children)


def factuality(trigger) -> tuple[str, object | None]:
    """(factuality, token of the claim/speech verb governing the trigger or None)."""
    sent = trigger.sent
    # negation on the trigger, its auxiliaries, or "no"/"none" determining its subject
    for c in trigger.children:
        if c.dep_ == "neg" or c.lower_ in ("never",):
            return "negated", None
        if c.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ in ("no", "none", "neither") and g.dep_ == "det"
                                                    for g in c.children):
            return "negated", None  # "neither neighbour consulted Nepal"
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("none", "nobody", "noone"):
            return "negated", None
    if trigger.pos_ == "NOUN" and any(c.lower_ == "no" and c.dep_ == "det" for c in trigger.children):
        return "negated", None
    if _negated_alternative(trigger):
        return "negated", None  # "does not host, train or finance any terrorist group"
    before = trigger.i - 1
    while before > 0 and trigger.doc[before].dep_ == "det" and trigger.doc[before].head.i == trigger.i:
        before -= 1  # ("a joint effort against terrorists, not a strike against Nigeria")
    if trigger.pos_ == "NOUN" and before >= 0 and trigger.doc[before].lower_ == "not" \
            and trigger.doc[before].head.i in (trigger.i, trigger.head.i):
        return "negated", None  # "weapons stored south of the Litani, not raids on depots"
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in CONTAIN_VERBS | {"contain"} \
            and negated_governor(trigger.head):
        return "negated", None  # "the package does not include a ban on imports of uranium"
    if _guarded_against(trigger):
        return "hypothetical", None  # "without guarantees against Russian legal action"
    if trigger.dep_ == "pcomp" and trigger.head.lower_ == "without":
        return "negated", None  # "engaged the Taliban without pressing them to lift restrictions"
    first = first_conjunct(trigger)
    if first.dep_ == "pcomp" and first.head.lower_ == "of" and first.head.head.lower_ == "short":
        return "negated", None  # "stopped short of declaring him persona non grata or ordering him out"
    if _no_intention(trigger):
        return "negated", None  # "Ethiopia had no intention of invading Eritrea"
    if _no_sign_of(trigger):
        return "negated", None  # "there was no sign of a wider Russian military buildup"
    if trigger.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in PROSPECTIVE for c in trigger.children):
        return "hypothetical", None  # "in return for possible recognition of its independence"
    if (trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.head.dep_ == "xcomp"
            and trigger.head.head.head.lemma_.lower() in DESIRE_VERBS):
        return "hypothetical", None  # "asked to be included in talks", "sought to take part in the talks"
    if trigger.dep_ == "xcomp" and trigger.head.lower_ in ABLE:
        return "hypothetical", None  # "security forces would be able to detain people": a power, not an act
    if trigger.pos_ == "NOUN" and any(c.lower_ in ("any", "whatever") and c.dep_ == "det" for c in trigger.children):
        return "hypothetical", None  # "warned against any attack", "any further strikes would be met"
    # "conceded nothing", "offering nothing concrete": an empty object negates the act
    if any(c.dep_ == "dobj" and c.lower_ in NOTHING for c in trigger.children):
        return "negated", None
    if trigger.pos_ == "VERB" and any(c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
                                      for c in trigger.children):
        return "negated", None  # "has provided no weapons to either side", "made no arrests"
    if trigger.pos_ == "NOUN" and trigger.dep_ == "attr" and any(c.dep_ == "neg" for c in trigger.head.children):
        return "negated", None  # "the transfer was 'not a concession' to Washington"
    if trigger.pos_ == "NOUN" and trigger.dep_ == "nsubjpass" and trigger.head.lemma_.lower() in SCHEDULING and any(
            c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'s", "'re", "be") for c in trigger.head.children):
        return "future", None  # "a meeting of the two ministers is planned for next week"
    if _not_allowed(trigger):
        return "negated", None  # "would not allow 'a handful of agitators' to paralyse the capital"
    if trigger.pos_ in ("NOUN", "ADJ") and _asked_to_join(trigger):
        return "future", None  # "called on young men to … join a disarmament programme"
    if trigger.pos_ == "NOUN" and _no_part_in(trigger):
        return "negated", None  # "peacekeepers had not taken part in the fighting"
    if _instead(trigger):
        return "negated", None  # "abstained rather than use its veto"
    if _generic_doer(trigger):
        return "hypothetical", None  # "backed every citizen who takes to the streets"
    if _plotted(trigger):
        return "hypothetical", None  # "the plan included the assassination of Lula"
    chain = _chain(trigger)
    object_of = trigger.head.head if trigger.dep_ == "conj" and trigger.head.dep_ == "dobj" else trigger.head
    governors = [object_of] + ([object_of.head] if object_of.dep_ == "conj" else [])  # (a verb misread in between)
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "conj") and any(
            v.lemma_.lower() in PROSPECT_VERBS for v in governors):
        return "hypothetical", None  # "would not accept U.S. troops or drone strikes": no strike made
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in ("of", "about") and \
            trigger.head.head.lemma_.lower() in ("warn", "caution", "threaten"):
        return "hypothetical", None  # "warned of new sanctions": threatened, not imposed
    for below, up in zip(chain, chain[1:3], strict=False):
        if below.dep_ not in ("xcomp", "advcl", "ccomp"):
            break
        subj = [c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")]
        if below.dep_ != "ccomp" and any(c.lower_ in ("none", "nobody") or any(
                g.dep_ == "det" and g.lower_ == "no" for g in c.children) for c in subj):
            return "negated", None  # "no lawmakers came out to meet the protesters"
        if below.dep_ != "ccomp" and any(c.lower_ in WHOEVER for c in subj):
            return "hypothetical", None  # "whoever tries to arrest anyone here will be stopped"
        if below.dep_ == "ccomp" and up.lemma_.lower() in REPORT_VERBS and any(c.dep_ == "neg" for c in up.children):
            return "hypothetical", None  # "he did not say he would resign"
        if below.dep_ == "xcomp" and up.lemma_.lower() in ("unlikely", "likely"):
            return "hypothetical", None  # "the army is unlikely to forcibly disarm the group"
        if below.dep_ == "xcomp" and up.lemma_.lower() in ATTEMPT_VERBS and any(c.dep_ == "neg" for c in up.children):
            return "negated", None  # "police did not try to disperse the crowd"
        if ((below.dep_ == "xcomp" or (below.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)))
                and up.lemma_.lower() in ORDER_VERBS and below is chain[0]
                and any(c.dep_ in ("dobj", "dative") for c in up.children)):
            # "ordered commanders to hunt down those responsible": the order is given now, the
            # act ordered is still to come
            return "future", None
    for below, up in zip(chain, chain[1:], strict=False):
        if up.lemma_.lower() in DENY_VERBS and up.pos_ == "VERB":
            if below.dep_ == "conj" or (below.dep_ == "advcl" and below.tag_ == "VBG"):
                # "denied detaining people and says it targeted …", "rejected the plan, vowing
                # to fight on": a second statement, not what is denied
                break
            return "negated", up
    for below, up in zip(chain, chain[1:3], strict=False):
        if up.lemma_.lower() in NEG_GOVERNORS and below.dep_ in ("xcomp", "dobj", "ccomp"):
            return "negated", None
    if (trigger.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
            and any(c.dep_ == "neg" for c in trigger.head.children)):
        return "negated", None  # "did not come here to fight": the purpose of what was not done
    if (trigger.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
            and trigger.head.pos_ == "VERB" and trigger.head.lemma_.lower() not in UNDETERRED
            and any(c.dep_ == "neg" for c in trigger.head.children)):
        return "negated", None  # "has never been used to attack any nation" ("did not hesitate to strike" is done)
    if (trigger.pos_ == "NOUN" and trigger.lemma_.lower() in CALLED_PROTESTS and trigger.dep_ == "pobj"
            and trigger.head.lower_ == "for" and trigger.head.head.lemma_.lower() == "call"
            and not any(c.dep_ in ("aux", "neg") and c.lower_ in MODAL_HYPO | {"not", "n't"} for c in trigger.head.head.children)):
        return "future", None  # "the Front called for a march on Saturday": a protest called
    # hypothetical: a modal on the trigger, or "if" anywhere on the way up
    aux = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    if (trigger.dep_ == "conj" and not aux and trigger.head.dep_ != "relcl" and trigger.tag_ != "VBD"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)):
        # "could impose travel bans and asset freezes": a conjunct shares its head's modal ("said
        # the suspects would be prosecuted and thanked Mexico": a simple past shares none)
        aux = [c for c in trigger.head.children if c.dep_ in ("aux", "auxpass")]
    for t in chain:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") and not _as_if(c) for c in t.children):
            return "hypothetical", None
        if (t.dep_ in ("ccomp", "advcl") and t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP")
                and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in t.children)
                and _after_condition(t)):
            # "… if Iran restored access, accounted for its stockpile and resumed talks": a
            # subjectless clause the parser hung elsewhere continues the condition before it
            return "hypothetical", None
        if any(c.dep_ == "mark" and c.lower_ == "until" for c in t.children) and _present(t):
            return "future", None  # "rallies in all 81 provinces until Imamoglu is freed"
        if t.dep_ == "advcl" and any(c.lower_ == "if" and not _as_if(c) for c in t.children):
            return "hypothetical", None
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("once", "until") for c in t.children) \
                and _still_to_come(t.head):
            # "sanctions would be lifted only once the FDLR had been neutralised", "ready to discuss
            # a defence strategy once Israel withdrew": a condition on what is still to come
            return "hypothetical", None
    if (trigger.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
            and any(c.dep_ == "advcl" and c.i > trigger.i and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                                                  for m in c.children) for c in trigger.head.children)):
        return "hypothetical", None  # "contracted an assassin to kill them if she were killed": a purpose on a condition
    # "will strike again if the talks fail": a conditional act ("threatened to … if …" is a
    # threat made now; "would boycott it unless …" is the expected course, an ultimatum)
    if trigger.lemma_.lower() not in SPEECH_ACT_VERBS and any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
            for c in trigger.children):
        return "hypothetical", None
    reported = any(t.lemma_.lower() in REPORT_VERBS | CLAIM_VERBS | {"warn", "vow", "pledge", "promise"}
                   for t in chain[1:3])
    if any(a.lower_ in MODAL_HYPO for a in aux):
        # "said they would blockade Paris": future in the past, not a hypothesis
        if reported and all(a.lower_ in ("would", "will") or a.lower_ not in MODAL_HYPO for a in aux):
            return "future", None
        return "hypothetical", None
    if any(a.lower_ in FUTURE_AUX for a in aux):
        return "future", None
    # modality of the governing verbs: "might be forced to disperse", "powers to impose curfews"
    hops = 0
    for below, up in zip(chain, chain[1:5], strict=False):
        if below.dep_ == "conj":
            continue  # "to hold suspects and to impose curfews": conjuncts share the governor
        hops += 1
        if up.lemma_.lower() in DESIRE_VERBS and below.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ == "for" for c in below.children):
            return "hypothetical", None  # "called for Iran to withdraw from the treaty"
        if up.lemma_.lower() in DESIRE_VERBS | PERMIT_VERBS and below.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in below.children):
            return "hypothetical", None  # "urged the authorities on Thursday to free everyone held"
        if hops > 2 or below.dep_ not in ("xcomp", "ccomp", "dobj", "nsubj", "nsubjpass", "pobj", "prep", "acl"):
            break
        up_aux = [c.lower_ for c in up.children if c.dep_ in ("aux", "auxpass")]
        # "said the law could be used to shut down media": reported or not, "could" is a hypothesis
        if any(a in MODAL_HYPO - {"would"} for a in up_aux) or ("would" in up_aux and not reported):
            return "hypothetical", None
        up_lemma = up.lemma_.lower()
        # (past or third-person present only: "troops withdraw" may be a subjunctive)
        if up_lemma in ASSERTING_DESIRES and below.dep_ == "ccomp" and (below.tag_ in ("VBD", "VBZ") or (
                below.tag_ == "VBN" and any(c.lower_ in ("had", "has", "have") for c in below.children))) and not any(
                c.dep_ == "aux" and c.lower_ in MODAL_HYPO for c in below.children):
            continue  # "insisted that Russian forces struck only military sites": a claim of fact
        if up_lemma in DESIRE_VERBS | PERMIT_VERBS and (below.dep_ in ("dobj", "xcomp", "ccomp", "pobj", "prep") or (
                below.dep_ == "acl" and up.pos_ == "NOUN")):
            return "hypothetical", None  # (a noun too: "its demand that Israel ease restrictions")
        if up_lemma in OPEN_TO and below.dep_ == "prep" and below.lower_ in ("to", "for"):
            return "hypothetical", None
        if up_lemma in DISCUSS_VERBS and below.pos_ == "VERB" and below.dep_ in ("dobj", "xcomp", "ccomp", "pcomp"):
            return "hypothetical", None
        if up_lemma in ENVISAGE_VERBS and below.dep_ in ("dobj", "conj") and below.pos_ == "NOUN":
            return "hypothetical", None  # "a phase which envisages a further Israeli withdrawal"
        if up_lemma in COVER_VERBS and below.dep_ == "prep" and below.lower_ == "to":
            return "hypothetical", None
        if up.lemma_.lower() in ("have", "need") and below.dep_ == "xcomp":
            return "hypothetical", None  # "still has to be ratified": not yet done
    if trigger.dep_ == "acl" and any(c.lower_ == "to" for c in trigger.children if c.dep_ == "aux"):
        return "hypothetical", None  # "the powers to impose curfews"
    for below, up in zip(chain, chain[1:3], strict=False):
        if below.dep_ != "ccomp" or below.pos_ != "VERB":
            continue
        if below.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in below.children) and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in below.children):
            return "hypothetical", None  # a mandative subjunctive: "demanded that Israel ease …"
        if any(c.dep_ == "dobj" and c.lemma_.lower() in DESIRE_NOUNS and c.i < below.i for c in up.children):
            return "hypothetical", None  # "reiterated its demand that Israel ease restrictions"
    if trigger.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in DESIRE_NOUNS for c in trigger.head.children):
        return "hypothetical", None  # "issued an ultimatum to armed groups to surrender their weapons"
    if _deadline(chain):
        return "hypothetical", None  # "gave its fighters 48 hours to hand over their weapons"
    for t in chain[1:3]:
        if (t.dep_ == "advcl" and t.pos_ == "VERB" and t.lemma_.lower() in COMPEL_VERBS
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)):
            return "hypothetical", None  # "… to compel Israel to halt its attacks": a purpose
    for t in chain[1:4]:
        below = chain[chain.index(t) - 1]
        if t.lemma_.lower() == "go" and t.tag_ == "VBG" and below.dep_ == "xcomp" and below.tag_ == "VB":
            # "we are going to impose …" / "we are not going to apologise"
            return ("negated" if negated_governor(t) else "future"), None
        if t.lemma_.lower() in FUTURE_GOVERNORS and below.dep_ in ("xcomp", "ccomp", "dobj"):
            if t.lemma_.lower() in ("agree",) and trigger.pos_ == "NOUN" and t is chain[1]:
                continue  # "agreed a ceasefire" is the agreement ("agreed to facilitate talks" is not)
            if any(c.dep_ == "prt" and c.lower_ == "off" for c in t.children):
                continue  # "set off a year of protests": what it started, not what is planned
            if negated_governor(t):
                return "negated", None  # "was not prepared to discuss", "has not decided to withdraw"
            return "future", None
        if any(c.lower_ in FUTURE_AUX or (c.lower_ == "would" and reported) for c in t.children if c.dep_ == "aux") \
                and chain[chain.index(t) - 1].dep_ in ("xcomp",):
            return "future", None  # "will try to reach a deal", "said the group would keep attacking"
    for t in chain[1:]:
        lem = t.lemma_.lower()
        if lem in CLAIM_VERBS and t.pos_ == "VERB":
            return "claimed", t
        if lem in REPORT_VERBS and t.pos_ == "VERB":
            return "asserted", t
    del sent
    return "asserted", None
