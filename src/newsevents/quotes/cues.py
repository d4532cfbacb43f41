"""Speech cues as data (``data/speech_cues.tsv``): reporting and claim verbs and what they govern."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..resources import read_tsv, split_list


@dataclass(frozen=True)
class Cue:
    lemma: str
    cls: str  # "say" | "claim"
    takes: frozenset[str]

    @property
    def claim(self) -> bool:
        return self.cls == "claim"


@functools.cache
def load_cues() -> dict[str, Cue]:
    out = {}
    for row in read_tsv("speech_cues.tsv"):
        lemma = row["lemma"].lower()
        out[lemma] = Cue(lemma, row["class"] or "say", frozenset(split_list(row["takes"])))
    return out


def verb_forms(tok) -> tuple[str, ...]:
    """The lemma, plus forms undone by hand where the small model's lemmatizer slips."""
    low = tok.lower_
    forms = [tok.lemma_.lower(), low]
    for suffix, add in (("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"),
                        ("ies", "y"), ("es", ""), ("s", "")):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            forms.append(low[: len(low) - len(suffix)] + add)
    irregular = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "spoke": "speak",
                 "read": "read", "swore": "swear"}
    if low in irregular:
        forms.insert(0, irregular[low])
    return tuple(dict.fromkeys(forms))


def cue_of(tok) -> Cue | None:
    """The speech cue a verb token is, or None ("called for" → the ``call for`` cue)."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("aux", "auxpass"):
        return None
    cues = load_cues()
    preps = {c.lower_ for c in tok.children if c.dep_ in ("prep", "prt")}
    for form in verb_forms(tok):
        for p in preps:
            if f"{form} {p}" in cues:
                return cues[f"{form} {p}"]
        if form in cues:
            return cues[form]
    return None


NP_DEPS = {"dobj", "oprd", "attr", "npadvmod", "acomp"}


def content_edge(below, cue: Cue) -> bool:
    """Is ``below``, a child of the cue verb, the cue's reported content? A clause or
    infinitive ("said (that) …", "vowed to …"), a preposition the cue takes ("accused X of …",
    "dismissed X as …"), an object where the cue takes one ("called it …", "read …"), or a
    gerund object ("denied arming …")."""
    if below.dep_ in ("ccomp", "xcomp", "parataxis"):
        return True
    if below.dep_ == "prep":
        return below.lower_ in cue.takes or cue.lemma.endswith(" " + below.lower_)
    if below.dep_ in NP_DEPS:
        return "np" in cue.takes or below.tag_ == "VBG"
    return False
