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


def governing_verb(token):
    """The verb (or auxiliary) that governs ``token``; the sentence root when there is none."""
    head, hops = token, 0
    while head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT" and hops < 12:
        head, hops = head.head, hops + 1
    return head


def tense_of(token) -> str:
    """Tense of the clause governing ``token`` (a token inside the time expression or event)."""
    verb = governing_verb(token)
    if verb.pos_ not in ("VERB", "AUX"):
        return "present"
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in aux}
    if words & FUTURE_AUX:
        return "future"
    if "to" in words:  # infinitive: "plans to meet on Friday", "is due to vote next week"
        up = verb.head
        if up is not verb and (up.lemma_.lower() in PLAN_HEADS or up.lower_ in PLAN_HEADS
                               or up.lower_ in PLAN_NOUNS):
            return "future"
        if up.lemma_ == "be" and up.tag_ in ("VBZ", "VBP"):
            return "future"  # "the vote is to take place on Friday"
        if up is not verb and up.pos_ in ("VERB", "AUX", "ADJ") and up is not up.head:
            return tense_of(up)
        return "future" if up.pos_ == "NOUN" else tense_of(up) if up is not verb else "present"
    if verb.tag_ == "VBN" and verb.lemma_.lower() in ("schedule", "set", "plan", "slate", "due"):
        return "future"
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in aux):
        return "future" if verb.lemma_ in ("go", "meet", "hold", "travel", "visit") else "present"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
        return "past"
    if any(a.lemma_ == "have" for a in aux) and verb.tag_ == "VBN":
        return "past"
    if verb.tag_ == "VBN":
        return "past"
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ == "be":
        for c in verb.children:  # "is expected to", "is set to"
            if c.dep_ in ("acomp", "xcomp") and c.lemma_.lower() in PLAN_HEADS:
                return "future"
    return "present"
