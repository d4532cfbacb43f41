"""Tense of the clause that governs a token: "past", "present" or "future".

Direction for relative expressions comes from here: a past-tense "on Tuesday" is the Tuesday
before the publication date, "will meet on Thursday" the coming one. Future covers will/shall,
"is going to", "is to", "be due/set/scheduled/expected to", "plans to" and reported "would"."""

from __future__ import annotations

FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "'d"}
PLAN_HEADS = {"plan", "expect", "due", "schedule", "set", "intend", "aim", "hope", "prepare",
              "vow", "promise", "pledge", "threaten", "go", "seek", "want", "propose", "agree",
              "decide", "poise", "slate", "likely", "expected", "scheduled", "poised",
              "slated"}  # fmt: skip
PLAN_NOUNS = {"plan", "plans", "deadline", "schedule", "proposal"}
MODALS = {"may", "might", "could", "can", "should", "must", "ca"}
_MAX_HOPS = 12


def governing_verb(token):
    """The verb (or auxiliary) that governs ``token``; the sentence root when there is none."""
    head, hops = token, 0
    while head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT" and hops < _MAX_HOPS:
        head, hops = head.head, hops + 1
    return head


def _own_tense(verb) -> str | None:
    """Tense marked on ``verb`` itself; None for an infinitive whose tense comes from above."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in aux}
    if words & FUTURE_AUX:
        return "future"
    if words & MODALS and "have" not in {a.lemma_ for a in aux}:
        return "future"  # "may be signed on September 12", "could rise in March"
    if "to" in words:
        return None
    if verb.tag_ == "VBN" and verb.lemma_.lower() in ("schedule", "set", "plan", "slate", "due"):
        return "future"
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in aux):
        return "future" if verb.lemma_ in ("go", "meet", "hold", "travel", "visit") else "present"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
        return "past"
    if verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in aux) \
            and not any(a.lemma_ == "have" for a in aux):
        return "present"  # "is held every June", "are expected"
    if verb.tag_ == "VBN":  # "has said", participles in reduced relatives: "killed in May"
        return "past"
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ == "be":
        for c in verb.children:  # "is expected to", "is set to"
            if c.dep_ in ("acomp", "xcomp") and c.lemma_.lower() in PLAN_HEADS:
                return "future"
    return "present"


def tense_of(token) -> str:
    """Tense of the clause governing ``token`` (a token inside the time expression or event).

    An infinitive ("to meet") takes its direction from the word it depends on: a plan or
    expectation ("plans to meet", "is due to vote", "the deadline to pay") points forward,
    otherwise the governing clause's tense applies. The climb is bounded and never revisits a
    token, so odd parses cannot loop."""
    verb = governing_verb(token)
    seen = set()
    for _ in range(_MAX_HOPS):
        if verb.pos_ not in ("VERB", "AUX"):
            return "present"
        seen.add(verb.i)
        tense = _own_tense(verb)
        if tense is not None:
            return tense
        up = verb.head
        if up.i == verb.i:
            return "present"
        if up.lemma_.lower() in PLAN_HEADS or up.lower_ in PLAN_HEADS or up.lower_ in PLAN_NOUNS:
            return "future"
        if up.lemma_ == "be" and up.tag_ in ("VBZ", "VBP"):
            return "future"  # "the vote is to take place on Friday"
        if up.pos_ == "NOUN":
            return "future"  # "a chance to vote", "the right to appeal": not yet
        nxt = governing_verb(up)
        if nxt.i in seen:
            return "present"
        verb = nxt
    return "present"
