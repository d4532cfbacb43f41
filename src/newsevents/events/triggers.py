"""Trigger lookup: a token (or a verb and its object) read against the trigger lexicon and the
verb–object patterns; lemma repair for the small model; light verbs and idioms."""

from __future__ import annotations

from .ontology import TriggerEntry

LIGHT_VERBS = {"reimpose", "wage", "carry", "launch", "stage", "hold", "conduct", "mount", "impose", "make",
               "issue", "lodge", "file", "announce", "order", "begin", "start", "continue", "lead",
               "organise", "organize", "call", "give", "provide", "send", "deliver", "supply", "offer",
               "reach", "undertake", "open", "extend", "take", "fire", "use", "pay", "hand",
               "strike", "resume", "tighten", "expand", "increase", "maintain", "keep", "enforce",
               "implement", "intensify", "step", "escalate", "end", "declare", "approve", "adopt", "pass", "table", "put", "unleash",
               "authorize", "authorise", "express", "voice"}  # fmt: skip
# a future commitment by its own source is, in PLOVER 2021, a promise (AGREE) or a threat


# irregular pasts the lemmatizer may leave unreduced
IRREGULAR_PAST = {"retook": "retake", "took": "take", "overran": "overrun", "overtook": "overtake", "threw": "throw",
                  "struck": "strike", "shot": "shoot", "fought": "fight", "held": "hold", "sent": "send",
                  "withdrew": "withdraw", "froze": "freeze", "swore": "swear", "broke": "break", "sought": "seek",
                  "brought": "bring", "led": "lead", "met": "meet", "fled": "flee", "beat": "beat",
                  "stole": "steal", "undertook": "undertake", "forbade": "forbid", "shut": "shut"}  # fmt: skip


def lemma_forms(tok) -> tuple[str, ...]:
    """The lemma and, for verbs, forms undone by hand where the small model's lemmatizer slips
    ("staged" → "stag"): staged → stage, carried → carry, attacking → attack."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return (lemma,)
    low = tok.lower_
    forms = [lemma]
    if lemma == low and low in IRREGULAR_PAST:
        forms.append(IRREGULAR_PAST[low])  # "retook" left as it is
    for suffix, add in (("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"),
                        ("ies", "y"), ("es", ""), ("s", "")):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            forms.append(low[: len(low) - len(suffix)] + add)
    return tuple(dict.fromkeys(forms))


def is_light(tok) -> bool:
    return any(f in LIGHT_VERBS for f in lemma_forms(tok))


CONTAINER_NOUNS = {"mission", "effort", "operation", "programme", "program", "team", "package",
                   "plan", "campaign", "process", "initiative", "shipment", "convoy", "delivery",
                   "supply", "supplies", "consignment", "flight", "unit", "contingent"}  # fmt: skip


_VERBS: dict[int, set[str]] = {}


def _verbs_of(patterns) -> set[str]:
    """The verbs of the (verb, object) pattern table, computed once per table."""
    key = id(patterns)
    if key not in _VERBS:
        _VERBS[key] = {v for v, _ in patterns}
    return _VERBS[key]


def _object_keys(verb: str, o) -> list[tuple[str, str]]:
    """Pattern keys for an object, the two-word object first: "martial law", "rubber bullets"
    (no live fire), "joint commission"."""
    keys = [(verb, f"{o.doc[o.i - 1].lower_} {o.lemma_.lower()}")] if o.i > 0 else []
    return [*keys, (verb, o.lemma_.lower())]


def object_pattern(tok, patterns) -> tuple[TriggerEntry, object] | None:
    """(entry, object token) when a verb and its object form a pattern ("lifted the curfew")."""
    if tok.pos_ != "VERB":
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "oprd")]
    # "branded the strikes extrajudicial executions": the predicate of the object
    # ("called the verdict 'biased'": an adjective the parser hangs on the object)
    # ("declared the agreement void": a predicate the tagger may take for a participle, or an
    # adjectival clause of its own)
    objs += [g for o in objs if o.dep_ == "dobj" for g in o.children if g.i > o.i and (
        g.dep_ in ("oprd", "appos") or (g.dep_ in ("acl", "amod") and g.pos_ == "ADJ")
        or (g.dep_ == "acl" and g.tag_ == "VBN"))]
    objs += [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ == "ADJ"]
    # "described the expulsion as a grave wound": the name given after "as"
    # (the parser may hang the "as" on the object)
    objs += [g for h in (tok, *(o for o in objs if o.dep_ == "dobj")) for c in h.children
             if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    # ("called the strikes 'a flagrant violation'": a naming is read by the name, before the object)
    objs.sort(key=lambda o: o.dep_ not in ("oprd", "appos", "pobj"))
    # "tons of food", "a mediation mission": look through "of" complements, and through the
    # compounds of container nouns (not "control measures", "strike price")
    for o in list(objs):
        objs += [g for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        if o.pos_ == "PROPN":
            # "dispatched chief foreign policy adviser Celso Amorim": the title names what is sent
            objs += [c for c in o.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.i < o.i]
        if o.lemma_.lower() in CONTAINER_NOUNS:
            objs += [c for c in o.children if c.dep_ == "compound"]
    # "fired tear gas and live ammunition": a coordinated object escalating to violence
    # (after the others; not "send boats and helicopters" for flood relief)
    conj = [c for o in objs if o.dep_ == "dobj" for c in o.conjuncts if c not in objs]
    particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    for form in lemma_forms(tok):
        # the phrasal verb first: "cut off fuel supplies" is a blockade, "cut aid" a sanction
        if particle and (form + " " + particle) in _verbs_of(patterns):
            for o in objs:
                key = next((k for k in _object_keys(form + " " + particle, o) if k in patterns), None)
                if key is not None:
                    return patterns[key], o
        for o in objs + conj:
            keys = _object_keys(form, o)
            if o.tag_ == "VBG":
                keys.append((form, o.lower_))  # "shut the Torkham crossing": a noun the tagger took for a verb
            if o.pos_ == "PROPN" and any(t.lower_ in ("flagged", "-flagged") or t.lower_.endswith("-flagged")
                                         for t in o.subtree if t.i < o.i):
                keys.append((form, "vessel"))  # "the Marshall Islands-flagged Sea Aurora": a ship by name
            key = next((k for k in keys if k in patterns), None)
            if key is not None and (o not in conj or patterns[key].plover_type == "ASSAULT"):
                return patterns[key], o
    return None


# an adjective in a noun's place is read as the noun ("launched a counteroffensive")
NOMINAL_DEPS = {"dobj", "nsubj", "nsubjpass", "pobj"}


def _joined(tok, lemma: str):
    """(key, first, last) for the trigger written with a neighbour, in the order tried: hyphenated
    ("counter-offensive", also looked up written solid; the parser may make either word the
    head), then spaced ("air strike", "call for")."""
    doc, i = tok.doc, tok.i
    if i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
        left = doc[i - 2].lower_
        yield f"{left}-{lemma}", i - 2, i
        yield f"{left}{lemma}", i - 2, i
    if i + 2 < len(doc) and doc[i + 1].text == "-" and not tok.whitespace_ and not doc[i + 1].whitespace_:
        right = doc[i + 2].lower_
        yield f"{tok.lower_}-{right}", i, i + 2
        yield f"{tok.lower_}{right}", i, i + 2
    if i > 0:
        yield f"{doc[i - 1].lower_} {lemma}", i - 1, i
    if i + 1 < len(doc):
        yield f"{lemma} {doc[i + 1].lower_}", i, i + 1


def trigger_entry(tok, lex) -> tuple[TriggerEntry, int, int] | None:
    """(entry, first token index, last token index) for a trigger starting at or headed by tok."""
    pos = "NOUN" if tok.pos_ in ("NOUN", "PROPN") else "VERB" if tok.pos_ == "VERB" else None
    if tok.pos_ == "ADJ" and tok.dep_ in NOMINAL_DEPS and not tok.text[:1].isupper():
        pos = "NOUN"  # "launched a counteroffensive": a noun the tagger took for an adjective
    if pos is None or tok.ent_type_ in ("DATE", "TIME"):
        return None  # "in March", "on May 9": months are not marches
    forms = lemma_forms(tok)
    # multiword: "air strike", "hunger strike" (compound + head), "call for", "open fire"
    for lemma in forms:
        for key, first, last in _joined(tok, lemma):
            if (key, pos) in lex:
                return lex[(key, pos)], first, last
    if pos == "VERB":
        # "stood firmly with Guyana", "called again for talks": a particle past an adverb
        for c in tok.children:
            if c.dep_ in ("prep", "prt") and tok.i + 1 < c.i <= tok.i + 3 and all(
                    t.pos_ == "ADV" for t in tok.doc[tok.i + 1:c.i]):
                for lemma in forms:
                    if (f"{lemma} {c.lower_}", pos) in lex:
                        return lex[(f"{lemma} {c.lower_}", pos)], tok.i, c.i
    got = _with_complement(tok, forms, pos, lex)
    if got is not None:
        return got
    for lemma in forms:
        if (lemma, pos) in lex:
            return lex[(lemma, pos)], tok.i, tok.i
    return None


def _with_complement(tok, forms, pos: str, lex) -> tuple[TriggerEntry, int, int] | None:
    """Verb or noun + preposition + noun: "go on strike", "take to the streets", "cessation of
    hostilities", "vote of no confidence"."""
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            det = " ".join(d.lower_ for d in p.children if d.dep_ in ("det", "neg"))
            keys = [f"{c.lower_} {p.lemma_.lower()}"] + ([f"{c.lower_} {det} {p.lemma_.lower()}"] if det else [])
            for lemma in forms:
                for key in keys:
                    if (f"{lemma} {key}", pos) in lex:
                        return lex[(f"{lemma} {key}", pos)], tok.i, p.i
    return None


def object_is_trigger(tok, lex) -> bool:
    """"fired tear gas", "launched an offensive", "signed an accord": the noun is the event."""
    if tok.pos_ != "VERB" or not is_light(tok):
        return False
    return any(c.dep_ == "dobj" and trigger_entry(c, lex) is not None for c in tok.children)


IDIOMS = {("seize", "on"), ("seize", "upon"), ("jump", "on"), ("fire", "up"), ("strike", "out")}



def is_idiom(tok) -> bool:
    if tok.pos_ != "VERB" or any(c.dep_ == "dobj" for c in tok.children):
        return False
    lem = tok.lemma_.lower()
    return any((lem, c.lower_) in IDIOMS for c in tok.children if c.dep_ in ("prep", "prt"))
