"""Parse repairs: attachments the small English parser gets wrong in a way the tags give away.

One job: re-head tokens whose attachment contradicts their own part-of-speech tags, before any
stage reads the tree.

- *A finite verb is no conjunct of an infinitive.* "said India would not hesitate to defend its
  territory and accused Pakistan …": the parser hangs the past-tense "accused" on the bare
  "defend", so it would share the modal, the negation and the subject of the reported clause.
  A past or present-tense verb cannot be coordinated with a bare one; it belongs to the nearest
  finite verb above it ("said"). Verbs whose past form is their base form ("put", "set", "cut")
  are left alone: their tag is the tagger's guess.
- *A bare verb is no conjunct of a finite one.* "urged the government to press Damascus for a
  ceasefire rather than offer it military help": the parser hangs the bare "offer" on "urged";
  it is coordinated with the infinitive before it ("press"), and shares its "to".
- *A past-tense verb is no conjunct of the present tense it reports.* "the spokesman said the
  ruling showed that no one is above the law and called on …": the parser hangs "called" on the
  reported "is", so it would take the reported clause's subject. A past-tense verb coordinated
  with a present-tense one under a past-tense verb of saying belongs to the saying.
- *A place-type noun is no head of the body located in it.* "Police in Nampula city said …": the
  parser makes "city" the subject and "Police" its modifier; the police are the subject and
  "Nampula city" the place they are in."""

from __future__ import annotations

FINITE_TAGS = {"VBD", "VBZ", "VBP"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}


def _finite_ancestor(tok):
    for anc in tok.ancestors:
        if anc.tag_ in FINITE_TAGS and anc.pos_ in ("VERB", "AUX"):
            return anc
    return None


def misattached_conjunct(tok):
    """The finite verb ``tok`` should hang on, when the parser made it a conjunct of a bare verb."""
    if tok.dep_ != "conj" or tok.tag_ not in ("VBD", "VBZ") or tok.head.tag_ != "VB":
        return None
    if tok.text.lower() == tok.lemma_.lower() or any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        return None
    anc = _finite_ancestor(tok.head)
    if anc is None or anc.sent.start != tok.sent.start or not any(c.dep_ in SUBJECT_DEPS for c in anc.children):
        return None  # (a finite verb the parser left without a subject is no better a partner)
    return anc


def misattached_bare_conjunct(tok):
    """The infinitive ``tok`` is coordinated with, when the parser made it a conjunct of a finite verb."""
    if tok.dep_ != "conj" or tok.tag_ != "VB" or tok.head.tag_ not in FINITE_TAGS:
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in tok.children):
        return None
    head = tok.head
    return next((t for t in reversed(tok.doc[head.i + 1: tok.i]) if t.tag_ == "VB" and t.dep_ in ("xcomp", "ccomp")
                 and t.head.i == head.i and any(c.dep_ == "aux" for c in t.children)), None)


REPORTING = {"say", "tell", "add", "write", "state", "declare", "announce", "insist", "argue", "note"}


def misattached_reported_conjunct(tok):
    """The verb of saying ``tok`` should hang on, when the parser made the past-tense ``tok`` a
    conjunct of a present-tense verb of the clause reported."""
    head = tok.head
    if tok.dep_ != "conj" or tok.tag_ != "VBD" or tok.pos_ != "VERB" or head.tag_ not in ("VBZ", "VBP"):
        return None
    if tok.lower_ == tok.lemma_.lower() or tok.lemma_ in ("be", "have", "do"):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        return None
    return next((a for a in head.ancestors if a.lemma_ in REPORTING and a.tag_ == "VBD" and a.i < head.i
                 and any(c.dep_ == "nsubj" for c in a.children)), None)


PLACE_TYPES = {"city", "province", "district", "state", "region", "county", "town", "village", "prefecture",
               "governorate", "municipality"}


def misread_located_body(tok):
    """(body, place, prep) when ``tok`` is a place-type noun the parser made the head of the body
    located in it ("Police in Nampula city")."""
    if tok.lemma_.lower() not in PLACE_TYPES or tok.dep_ in ("pobj", "compound"):
        return None
    for body in tok.children:
        if body.dep_ not in ("nmod", "compound") or body.i > tok.i or body.pos_ not in ("NOUN", "PROPN"):
            continue
        prep = next((c for c in body.children if c.dep_ == "prep" and c.lower_ == "in"), None)
        place = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if place is not None and place.i == tok.i - 1 and place.pos_ == "PROPN":
            return body, place, prep
    return None


def repair_parse(doc):
    """spaCy component (last in the pipeline, once tags and lemmas are set): apply the repairs
    above in place."""
    moves = [(tok, anc) for tok in doc
             if (anc := misattached_conjunct(tok) or misattached_bare_conjunct(tok)
                 or misattached_reported_conjunct(tok)) is not None]
    for tok, anc in moves:
        tok.head = anc
    for tok in doc:
        if (got := misread_located_body(tok)) is not None:
            body, place, prep = got
            body.head, body.dep_ = (body if tok.head.i == tok.i else tok.head), tok.dep_
            tok.head, tok.dep_ = prep, "pobj"
            place.head, place.dep_ = tok, "compound"
    return doc
