"""A PETRARCH-style event coder over a spaCy dependency parse.

For each sentence: discard phrases stop coding; actor and agent phrases are found in the words;
every verb found in the verb dictionary (by its surface form, as PETRARCH does, or by its
lemma when the form is a regular English inflection PETRARCH does not generate) is coded with
its longest matching pattern, else its own code, else its block's code; the source and target are
the actors of the verb's grammatical slots (subject / ``by`` agent; object / prepositional
object / subject of a complement clause), unless the pattern marks them (``$`` / ``+``).

Actor codes are composed as in PETRARCH: the first actor of a noun phrase (``ARN``) followed by
the agents of that phrase in text order (``ARNGOV``, ``DNKMUSMED``), prefix agents first
(``NGOARN``); an agent already in the actor code is not repeated; a phrase with agents and no
actor gets the null country (``---GOV``); coordinated phrases give several actors, and a
conjunct with agents but no actor borrows its neighbours' actors ("Danish media and
government" → DNKMED, DNKGOV). A paired code ``032:033`` gives the event and its reverse.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from .matching import Match, Word, sentence_words
from .petrarch import NULL_CODE, ActorEntry, AgentEntry, PetrarchDictionaries
from .verbs import Element, VerbEntry, VerbForm, VerbPattern, english_forms


@dataclass(frozen=True)
class CodedEvent:
    """One coded event: source and target actor codes, the CAMEO code, and its evidence."""

    source: str
    target: str
    code: str
    verb: str = ""
    pattern: str = ""
    sentence: str = ""
    negated: bool = False  # the verb carries a negation ("did not condemn"); PETRARCH codes it
    verb_i: int = -1  # doc index of the verb token (-1: unknown)

    @property
    def triple(self) -> tuple[str, str, str]:
        return (self.source, self.target, self.code)


# ---------------------------------------------------------------- actors in the sentence

CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "csubj", "parataxis", "xcomp"}
NP_INNER_DEPS = {"compound", "amod", "poss", "nmod", "conj", "appos", "flat", "nummod", "det",
                 "case"}
COORDINATORS = {"and", "or", "nor", "&", "neither", "either", "both"}
NULL_ACTOR = "__NULL__"
ATTACH_PREPS = {"of", "in", "from"}
RELATIVE = {"who", "which", "that", "whom"}
PRONOUNS = {"it", "they", "he", "she", "we"}
OBJECT_DEPS = ("dobj", "dative", "obj", "attr", "oprd")


class SentenceCoder:
    """Codes one spaCy sentence span against a dictionary bundle on a given day."""

    def __init__(self, dicts: PetrarchDictionaries, sent: Any, day: date | None,
                 require_dyad: bool = True):
        self.dicts = dicts
        self.require_dyad = require_dyad
        self.sent = sent
        self.doc = sent.doc
        self.day = day
        self.words: list[Word] = sentence_words(sent)
        self.word_of: dict[int, int] = {}
        for i, w in enumerate(self.words):
            for t in w.tokens:
                self.word_of.setdefault(t, i)
        actors = dicts.actor_index.find_all(self.words)
        taken = {p for m in actors for p in m.positions}
        agents = [m for m in dicts.agent_index.find_all(self.words) if not taken & set(m.positions)]
        self.actor_at: dict[int, Match] = {t: m for m in actors for t in m.tokens(self.words)}
        self.agent_at: dict[int, Match] = {t: m for m in agents for t in m.tokens(self.words)}

    # -- noun phrases

    def phrase_tokens(self, head: Any) -> list[Any]:
        """The noun phrase of ``head``: its subtree without clauses, in text order."""
        return sorted(_walk(head, CLAUSE_DEPS), key=lambda t: t.i)

    def segments(self, tokens: Sequence[Any]) -> list[list[Any]]:
        """Split a phrase at coordinators ("and", "or", "nor", ",") that follow a noun: the
        coordinated noun phrases. Coordinated modifiers ("awful and evil minister") stay."""
        out: list[list[Any]] = [[]]
        depth = 0
        for k, t in enumerate(tokens):
            if t.text in "([":
                depth += 1
            elif t.text in ")]":
                depth = max(depth - 1, 0)
            prev = tokens[k - 1] if k else None
            split = (depth == 0 and (t.lower_ in COORDINATORS or t.text in (",", ";"))
                     and prev is not None and prev.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "X")
                     and prev.i + 1 == t.i)
            if split:
                out.append([])
                continue
            if t.lower_ in COORDINATORS or t.text == ",":
                continue
            out[-1].append(t)
        return [seg for seg in out if seg]

    def _segment_codes(self, seg: Sequence[Any]) -> tuple[list[str], list[AgentEntry], bool]:
        """(actor codes, agents, whether an agent comes before the actor) of one segment."""
        actor: ActorEntry | None = None
        actor_pos = -1
        agents: list[tuple[int, AgentEntry]] = []
        seen: set[int] = set()
        for t in seg:
            m = self.actor_at.get(t.i)
            if m is not None and actor is None:
                actor, actor_pos = m.payload, t.i
            g = self.agent_at.get(t.i)
            if g is not None and id(g) not in seen:
                seen.add(id(g))
                agents.append((t.i, g.payload))
        if actor is None:
            return [], [a for _, a in agents], False
        codes = [c.upper() for c in actor.codes_on(self.day)]
        if not codes:
            return [NULL_ACTOR], [a for _, a in agents], False
        return codes, [a for _, a in agents], any(i < actor_pos for i, _ in agents)

    def phrase_codes(self, head: Any) -> list[str]:
        """Actor codes of the noun phrase headed by ``head`` (coordinated phrases included)."""
        parts = [list(self._segment_codes(seg)) for seg in self.segments(self.phrase_tokens(head))]
        # "officials in Ruritania and Freedonia": agents before the actor carry over to the
        # coordinated actor-only phrases that follow
        for i in range(1, len(parts)):
            prev = parts[i - 1]
            if parts[i][0] and not parts[i][1] and prev[0] and prev[1] and prev[2]:
                parts[i] = [parts[i][0], prev[1], True]
        # agents without an actor borrow the actors of the other coordinated phrases
        pool: list[str] = []
        for actors, _agents, _ in parts:
            pool += [a for a in actors if a != NULL_ACTOR and a not in pool]
        out: list[str] = []
        for actors, agents, _ in parts:
            if actors == [NULL_ACTOR]:
                continue
            if not actors and not agents:
                continue
            for code in compose(actors or pool or [NULL_CODE], agents):
                if code not in out:
                    out.append(code)
        return out

    def np_root(self, tok: Any) -> Any:
        """The head of the largest noun phrase ``tok`` belongs to (through modifiers,
        coordination, apposition and of/in/from attachments)."""
        while tok.head.i != tok.i:
            if tok.dep_ in NP_INNER_DEPS:
                tok = tok.head
            elif (tok.dep_ == "pobj" and tok.head.lower_ in ATTACH_PREPS
                  and tok.head.head.pos_ in ("NOUN", "PROPN") and tok.head.head.i != tok.head.i
                  and self._agent_without_actor(tok.head.head)):
                # "the government of Ruritania" is one actor; "talks in Freedonia" and
                # "Ruritania of the king" are two phrases
                tok = tok.head.head
            else:
                break
        return tok

    def _agent_without_actor(self, noun: Any) -> bool:
        """Whether the noun with its left modifiers holds an agent phrase and no actor."""
        left = [t for t in noun.subtree if t.i <= noun.i]
        return (any(t.i in self.agent_at for t in left)
                and not any(t.i in self.actor_at for t in left))

    def slot_codes(self, head: Any) -> list[str]:
        return self.phrase_codes(head)

    # -- verbs

    def subject(self, verb: Any, depth: int = 0) -> list[str]:
        """Source actors: the ``by`` agent of a passive, else the subject; a verb without one
        (infinitive, participle, second conjunct) takes its governor's."""
        for ch in verb.children:
            if ch.dep_ == "agent":
                objs = [g for g in ch.children if g.dep_ == "pobj"]
                if objs:
                    return self.slot_codes(objs[0])
        subjects = [ch for ch in verb.children if ch.dep_ in ("nsubj", "csubj")]
        for ch in subjects:
            if ch.lower_ in RELATIVE and verb.dep_ == "relcl":
                return self.slot_codes(verb.head)
            codes = self.slot_codes(ch)
            if codes:
                return codes
            if ch.lower_ in PRONOUNS and depth < 4:
                # "Ethiopia indicated it would act": a pronoun subject of a reported clause
                # stands for the subject of the clause that reports it
                gov = verb.head
                while gov.i != gov.head.i and gov.dep_ not in ("ccomp", "ROOT") \
                        and gov.pos_ not in ("VERB", "AUX"):
                    gov = gov.head
                if gov.i != verb.i and gov.pos_ in ("VERB", "AUX"):
                    return self.subject(gov, depth + 1)
        if subjects:
            return []
        if any(ch.dep_ == "nsubjpass" for ch in verb.children):
            return []
        for ch in verb.children:  # parser repair: "Ethiopia act on ..." read as a compound
            if ch.i < verb.i and ch.dep_ in ("compound", "npadvmod", "nmod") and ch.i in self.actor_at:
                return self.slot_codes(ch)
        if depth < 4 and verb.head.i != verb.i:
            if verb.dep_ in ("xcomp", "acomp", "pcomp", "prep"):
                for ch in verb.head.children:
                    if ch.dep_ == "nsubjpass":
                        return self.slot_codes(ch)
                return self.subject(verb.head, depth + 1)
            if verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN", "VB")):
                return self.subject(verb.head, depth + 1)
            if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBG"):
                # "Ruritanian soldiers shelling the village": the noun is the subject
                return self.slot_codes(verb.head)
        return []

    def target(self, verb: Any, depth: int = 0) -> list[str]:
        """Target actors: a passive's subject, else the object, else a prepositional object,
        else the subject of a following complement clause, else the first actor after the verb
        in its phrase."""
        for ch in verb.children:
            if ch.dep_ == "nsubjpass":
                return self.slot_codes(ch)
        objects = [ch for ch in verb.children if ch.dep_ in OBJECT_DEPS]
        for ch in objects:
            codes = self.slot_codes(ch)
            if codes:
                return codes
        for ch in objects:  # "voiced hope that Freedonia would ...": the clause's subject
            for cl in ch.children:
                if cl.dep_ in ("acl", "ccomp", "relcl") and cl.i > ch.i:
                    for g in cl.children:
                        if g.dep_ in ("nsubj", "nsubjpass") and g.lower_ not in RELATIVE:
                            codes = self.slot_codes(g)
                            if codes:
                                return codes
        for ch in verb.children:
            if ch.dep_ == "prep" and ch.i > verb.i:
                for g in ch.children:
                    if g.dep_ in ("pobj", "pcomp"):
                        codes = self.slot_codes(g)
                        if codes:
                            return codes
        for ch in verb.children:
            infinitive = ch.dep_ == "advcl" and any(a.lower_ == "to" and a.dep_ == "aux"
                                                    for a in ch.children)
            if (ch.dep_ in ("ccomp", "xcomp") or infinitive) and ch.i > verb.i:
                for g in ch.children:
                    if g.dep_ in ("nsubj", "nsubjpass"):
                        codes = self.slot_codes(g)
                        if codes:
                            return codes
                if ch.dep_ != "ccomp" and depth < 3 and not self._coded(ch):
                    codes = self.target(ch, depth + 1)
                    if codes:
                        return codes
        # the first actor after the verb inside its own phrase (objects' clauses included)
        for t in sorted(_walk(verb, {"advcl", "relcl", "ccomp", "conj", "parataxis", "csubj",
                                     "nsubj", "nsubjpass", "xcomp"}), key=lambda t: t.i):
            if t.i > verb.i and t.i in self.actor_at:
                codes = self.phrase_codes(self.np_root(t))
                if codes:
                    return codes
        return []

    def _coded(self, tok: Any) -> bool:
        w = self.word_of.get(tok.i)
        return w is not None and bool(self.dicts.verbs.lookup(self.words[w].text))

    def verb_matches(self) -> list[tuple[int, int, int, VerbForm, VerbEntry]]:
        """(first word, verb word, end word, form, entry) of each dictionary verb. A verb is
        found by its surface form (the forms the dictionary lists or PETRARCH generates); a verb
        whose form is missing is found by its spaCy lemma, unless its dictionary entry lists its
        forms itself and the word is a regular English inflection of the lemma."""
        out = []
        for i, w in enumerate(self.words):
            tok = self.doc[w.tokens[0]]
            if not (tok.tag_.startswith("VB") or tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT"):
                continue
            candidates = list(self.dicts.verbs.lookup(w.text))
            if not candidates and tok.pos_ == "VERB":
                # a regular English inflection PETRARCH does not generate (DENIES, STOPPED)
                lemma = tok.lemma_.upper()
                if w.text in english_forms(lemma):
                    candidates = [(VerbForm(w.text, e.base.before, e.base.after), e)
                                  for e in self.dicts.verbs.bases.get(lemma, ())
                                  if not e.irregular]
            best = None
            for form, entry in candidates:
                b, a = len(form.before), len(form.after)
                if i - b < 0 or i + 1 + a > len(self.words):
                    continue
                if tuple(x.text for x in self.words[i - b:i]) != form.before:
                    continue
                if tuple(x.text for x in self.words[i + 1:i + 1 + a]) != form.after:
                    continue
                if best is None or form.size > best[3].size:
                    best = (i - b, i, i + 1 + a, form, entry)
            if best:
                out.append(best)
        return out

    def code(self) -> list[CodedEvent]:
        if self.dicts.discards.match(" ".join(w.text for w in self.words)):
            return []
        events: list[CodedEvent] = []
        for first, vi, end, _form, entry in self.verb_matches():
            verb = self.doc[self.words[vi].tokens[0]]
            code, pattern, bound = self.pick_code(entry, first, end, verb)
            if not code or code == NULL_CODE:
                continue
            negated = any(ch.dep_ == "neg" for ch in verb.children)
            sources = bound.get("source") or self.subject(verb)
            targets = bound.get("target") or self.target(verb)
            if bound.get("target") and not bound.get("source") and sources \
                    and set(sources) <= set(targets) and verb.head.i != verb.i:
                # "X noted that Y regretted ..." with NOTED + *: the pattern made the verb's
                # own subject the target, so the source is the reporting clause's subject
                sources = self.subject(verb.head)
            compound = bound.get("compound")
            if compound and "compound_after" in bound and not bound.get("target"):
                # "agrees with the Philippines and France": the compound is the target
                pairs = [(s, t) for s in sources for t in compound]
            elif compound and not bound.get("target"):
                # "Ruritania and Freedonia postponed ...": the members act on each other
                pairs = [(s, t) for s in compound for t in compound if s != t]
            elif not targets and len(sources) > 1 and ":" in code:
                # "Ruritania and Freedonia restored relations": coordinated sources act on each other
                pairs = [(s, t) for s in sources for t in sources if s != t]
            else:
                pairs = [(s, t) for s in sources for t in targets]
            if not pairs and not self.require_dyad and not targets \
                    and not any(ch.dep_ in OBJECT_DEPS for ch in verb.children):
                # PETRARCH's require_dyad = false: a source acting on no one ("..., an official
                # said") is kept with the target "---"; an object we cannot code is not no one
                pairs = [(s, NULL_CODE) for s in sources]
            for s, t in pairs:
                if s == t:
                    continue
                for c, reverse in split_paired(code):
                    a, b = (t, s) if reverse else (s, t)
                    ev = CodedEvent(a, b, c, self.words[vi].text, pattern, self.sent.text,
                                    negated, verb.i)
                    if ev.triple not in {e.triple for e in events}:
                        events.append(ev)
        return events

    # -- patterns

    def pick_code(self, entry: VerbEntry, first: int, end: int, verb: Any
                  ) -> tuple[str, str, dict[str, list[str]]]:
        """The code of the first (longest) pattern of the verb's block that matches, with the
        actors its ``$``/``+``/``%`` slots bound; else the verb's own code or the block's.
        Words after the verb are sought inside the verb's own clause."""
        _, hi = _clause_span(verb)
        hi_w = self.word_of.get(hi, len(self.words) - 1)
        for pat in self.dicts.verbs.patterns_of(entry):
            bound = self.match_pattern(pat, first, end, hi_w, verb)
            if bound is not None:
                return pat.code, pat.text, bound
        return self.dicts.verbs.code_of(entry), "", {}

    def match_pattern(self, pat: VerbPattern, first: int, end: int, hi: int, verb: Any
                      ) -> dict[str, list[str]] | None:
        """Slots bound when ``pat`` matches around the verb (words ``first``..``end``), else
        None. Keys: source, target, compound, and compound_after when '%' follows the verb."""
        bound: dict[str, list[str]] = {}
        pos = end
        for el, link in zip(pat.lower, pat.lower_links, strict=True):
            got = self._find(el, pos, hi, adjacent=(link == "_"), forward=True, verb=verb)
            if got is None:
                return None
            pos, value = got
            if el.kind in ("source", "target", "compound"):
                bound[el.kind] = value
            if el.kind == "compound":
                bound["compound_after"] = value
        pos = first - 1
        for el, link in zip(reversed(pat.upper), reversed(pat.upper_links), strict=True):
            got = self._find(el, pos, 0, adjacent=(link == "_"), forward=False, verb=verb)
            if got is None:
                return None
            pos, value = got
            if el.kind in ("source", "target", "compound"):
                bound[el.kind] = value
        return bound

    def _find(self, el: Element, pos: int, limit: int, *, adjacent: bool, forward: bool,
              verb: Any) -> tuple[int, list[str]] | None:
        """Match element ``el`` starting at word ``pos`` going forward (up to ``limit``) or
        backward (down to ``limit``); returns the next position and bound codes."""
        step = 1 if forward else -1
        i = pos
        while (i <= limit) if forward else (i >= limit):
            if i < 0 or i >= len(self.words):
                return None
            got = self._match_here(el, i, forward, verb)
            if got is not None:
                return got
            if adjacent:
                return None
            i += step
        return None

    def _match_here(self, el: Element, i: int, forward: bool, verb: Any
                    ) -> tuple[int, list[str]] | None:
        step = 1 if forward else -1
        if el.kind == "word":
            return (i + step, []) if word_matches(el.value, self.words[i].text) else None
        if el.kind == "synset":
            for member in self.dicts.verbs.synset_phrases(el.value):
                seq = member if forward else tuple(reversed(member))
                ok = all(0 <= i + k * step < len(self.words)
                         and word_matches(w, self.words[i + k * step].text)
                         for k, w in enumerate(seq))
                if ok:
                    return i + len(seq) * step, []
            return None
        # an actor slot: '^' skips a noun phrase, '$' '+' '%' take the actors of one
        tok = self.doc[self.words[i].tokens[0]]
        if el.kind == "skip":
            if tok.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "X"):
                return None
            root = self.np_root(tok)
            span = [t.i for t in _walk(root, CLAUSE_DEPS | {"prep"})]
            edge = max(span) if forward else min(span)
            nxt = self.word_of.get(edge, i)
            return nxt + step, []
        if tok.i not in self.actor_at and tok.i not in self.agent_at:
            return None
        root = self.np_root(tok)
        codes = self.phrase_codes(root)
        if len(codes) < (2 if el.kind == "compound" else 1):  # '%' wants coordinated actors
            return None
        m = self.actor_at.get(tok.i) or self.agent_at[tok.i]
        span = [self.word_of[t] for t in m.tokens(self.words) if t in self.word_of]
        nxt = (max(span) + 1) if forward else (min(span) - 1)
        return nxt, codes


def _walk(root: Any, stop: set[str]) -> Iterable[Any]:
    yield root
    for ch in root.children:
        if ch.dep_ in stop:
            continue
        yield from _walk(ch, stop)


def _clause_span(verb: Any) -> tuple[int, int]:
    toks = list(_walk(verb, {"advcl", "relcl", "parataxis", "conj"}))
    return min(t.i for t in toks), max(t.i for t in toks)


def word_matches(pattern_word: str, word: str) -> bool:
    """Pattern words match exactly (the dictionary lists the forms it wants; synsets get their
    plurals when loaded)."""
    return word == pattern_word


def compose(actors: Sequence[str], agents: Sequence[AgentEntry]) -> list[str]:
    """Actor codes with their agents: prefix agents before, suffix agents after, skipping an
    agent whose code the actor code already holds after its first three letters."""
    out = []
    for actor in actors:
        code = actor
        for ag in agents:
            if ag.prefix:
                if not code.startswith(ag.code):
                    code = ag.code + code
            elif ag.code not in code[3:]:
                code = code + ag.code
        out.append(code)
    return out


def split_paired(code: str) -> list[tuple[str, bool]]:
    """``032:033`` → [(032, False), (033, True)]: the second code is for the reverse dyad."""
    if ":" in code:
        a, b = code.split(":", 1)
        return [(a, False), (b, True)]
    return [(code, False)]


def code_doc(dicts: PetrarchDictionaries, doc: Any, day: date | None = None, *,
             require_dyad: bool = True) -> list[CodedEvent]:
    """Code every sentence of a parsed document; a story-level discard codes nothing.
    ``require_dyad=False`` (PETRARCH's option of that name) also keeps events with only a
    source or only a target, the other side coded ``---``."""
    text_up = doc.text.upper()
    hit = dicts.discards.match(text_up)
    if hit is not None and hit.story:
        return []
    out: list[CodedEvent] = []
    for sent in doc.sents:
        out += SentenceCoder(dicts, sent, day, require_dyad).code()
    return out


def code_text(dicts: PetrarchDictionaries, text: str, day: date | None = None, nlp=None, *,
              require_dyad: bool = True) -> list[CodedEvent]:
    """Parse ``text`` with spaCy (``nlp``; the project's pipeline by default) and code it."""
    if nlp is None:
        from ..nlp.model import load_nlp

        nlp = load_nlp()
    return code_doc(dicts, nlp(text), day, require_dyad=require_dyad)
