"""Speakers: the token that says something → a coded Actor.

- people: the PERSON name in the subject ("Azimio spokesman Daniel Wekesa", "a spokeswoman,
  Lillian Chebet,"), a surname alone resolved to the full name mentioned earlier ("Villareal
  said" → Ramon Villareal); coded from their title or apposition ("a spokesman for the army");
- institutions and groups ("the Defence Ministry", "Police"), coded by the actors stage;
- documents and objects: "the army's statement", "an order issued by the home department" →
  the body behind them; "banners carried by marchers read …" → the banners;
- he/she → the nearest earlier person mentioned as a subject (within a few sentences, gender
  kept apart where a title or earlier pronoun tells it); it/they → the actors stage's
  resolution; definite descriptions ("the spokesman said") → the latest person with that role.
"""

from __future__ import annotations

from ..actors.coding import code_phrase
from ..actors.kb import as_date, load_kb
from ..actors.lexicon import load_lexicon
from ..nlp.stages import ArticleContext
from ..records import Actor
from .cues import cue_of

PERSON_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS = {"it", "they", "we", "them", "its", "their"}
RELATIVE = {"who", "which", "that", "whom"}
# what a speaker noun may be that stands for the body that issued it
DOCUMENT_NOUNS = {"statement", "report", "order", "letter", "decree", "communique", "communiqué",
                  "post", "message", "document", "release", "notice", "note", "declaration",
                  "announcement", "resolution", "ruling", "memo", "bulletin", "broadcast"}  # fmt: skip
FEMALE_WORDS = {"spokeswoman", "woman", "widow", "mother", "wife", "daughter", "sister",
                "chairwoman", "businesswoman", "congresswoman", "grandmother", "mrs", "ms", "madam"}  # fmt: skip
MALE_WORDS = {"spokesman", "man", "widower", "father", "husband", "son", "brother", "chairman",
              "businessman", "congressman", "grandfather", "mr", "sir"}  # fmt: skip
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
MAX_SENTENCES_BACK = 3
STRIP = " ,;:—–-\"“”'"


def subject_of(verb, depth: int = 0):
    """The subject of a verb, looking through participles, coordination and relative clauses
    ("…, saying", "condemned … and ordered", "which said")."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    if depth > 3 or verb.head.i == verb.i:
        return None
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ in ("conj", "xcomp", "advcl", "acomp") or (verb.dep_ == "ccomp" and verb.tag_ == "VBG"):
        return subject_of(verb.head, depth + 1)
    return None


class Speakers:
    """Per-article speaker resolution (memoised by token)."""

    def __init__(self, ctx: ArticleContext, quoted: list[tuple[int, int]] | None = None):
        self.ctx = ctx
        self.doc = ctx.doc
        self.by_token: dict[int, Actor] = ctx.results.get("actor_by_token", {})
        self.focus = ctx.results.get("focus_country")
        self.lex = load_lexicon()
        self.kb = load_kb(tuple(getattr(ctx.options, "kb_paths", ()) or ()))
        self.day = as_date(ctx.article.published)
        self.quoted = quoted or []
        self.memo: dict[int, tuple[Actor | None, str | None]] = {}
        self.sent_of: dict[int, int] = {}
        for n, s in enumerate(self.doc.sents):
            for t in s:
                self.sent_of[t.i] = n
        self.persons = [e for e in self.doc.ents if e.label_ == "PERSON" and len(e) <= 6]
        self._candidates: list[tuple[int, object]] | None = None
        self._chunks: list | None = None
        self._ents = [e for e in self.doc.ents if e.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC", "PERSON")]

    # --- helpers -----------------------------------------------------------------------------
    def in_quote(self, tok) -> bool:
        return any(a <= tok.idx < b for a, b in self.quoted)

    def _actor(self, span, name: str | None = None, like: Actor | None = None, role_span=None) -> Actor:
        """An Actor over ``span`` named ``name``, coded like ``like`` (an actors-stage actor) or
        from ``role_span`` (a title or apposition) or the span itself."""
        start, end = self.ctx.span(span.start_char, span.end_char)
        text = self.ctx.article.text[start:end]
        if like is not None:
            return like.model_copy(update={"text": text, "start": start, "end": end,
                                           "name": (name or like.name).strip(STRIP)})
        fields: dict = dict(kb_id=None, country=None, sector=None, code=None, role=None)
        for src in (role_span, span):
            if src is None or len(src) == 0:
                continue
            coding = code_phrase(src, self.lex, self.kb, self.day)
            if coding is None:
                continue
            country, code = coding.country, coding.code
            if country is None and self.focus and coding.sector not in ("IGO", "NGO") and not coding.kb_id:
                country, code = self.focus, self.focus + (coding.sector or "")
            fields = dict(kb_id=coding.kb_id, country=country, sector=coding.sector, code=code,
                          role=coding.role)
            if name is None and src is span:
                name = coding.name
            break
        return Actor(text=text, start=start, end=end, name=(name or text).strip(STRIP) or text, **fields)

    def _person_ent(self, tok):
        return next((e for e in self.persons if e.start <= tok.i < e.end), None)

    def _full_name(self, ent):
        """A one-word PERSON (a surname) → the earlier full-name mention ending with it."""
        if ent is None or len(ent) > 1:
            return ent
        last = ent.text.lower()
        for e in self.persons:
            if e.start >= ent.start:
                break
            if len(e) > 1 and e[-1].lower_ == last:
                return e
        return ent

    def _surname_person(self, tok):
        """A proper noun the model did not tag PERSON, that repeats an earlier person's surname
        (alone: "Maya Cummings" is not the "Ruth Cummings" named before)."""
        if tok.pos_ != "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
            return None
        for e in self.persons:
            if e.start >= tok.i:
                break
            if len(e) > 1 and e[-1].lower_ == tok.lower_:
                return e
        return None

    def _gender(self, tok) -> str | None:
        words = {t.lower_ for t in tok.subtree} | {t.lower_ for t in tok.head.children if t.dep_ == "appos"}
        if words & FEMALE_WORDS:
            return "f"
        if words & MALE_WORDS:
            return "m"
        return None

    # --- pronouns and descriptions -------------------------------------------------------------
    def _person_candidates(self) -> list[tuple[int, object]]:
        """(token index, subject token) of person subjects, in order: named people, singular
        role nouns ("the spokeswoman") and he/she (resolved in turn), outside quotation marks."""
        if self._candidates is None:
            out = []
            for tok in self.doc:
                # the agent of a passive is its logical subject ("the delegation was led by Aimé
                # Lukusa. He told journalists …")
                agent = tok.dep_ == "pobj" and tok.head.dep_ == "agent"
                if (tok.dep_ not in SUBJECT_DEPS and not agent) or self.in_quote(tok):
                    continue
                if tok.lower_ in PERSON_PRONOUNS or self._person_in(tok) is not None or (
                        self._is_role(tok) and tok.tag_ in ("NN", "NNP")) or self._name_like(tok) or (
                        self._surname_person(tok) is not None):
                    out.append((tok.i, tok))
            self._candidates = out
        return self._candidates

    def _salience(self, tok) -> int:
        """0: the subject of a speech cue; 1: of the sentence's main verb; 2: any other."""
        head = tok.head
        if cue_of(head) is not None:
            return 0
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        return 1 if head.dep_ == "ROOT" else 2

    def _role_appos(self, tok):
        return next((c for c in tok.children if c.dep_ == "appos" and self._is_role(c)), None)

    def _name_like(self, tok) -> bool:
        """A proper-noun subject the model left untagged or tagged oddly ("Olumide Bakare"), that
        is no place, organisation, group or sector word: probably a person."""
        if tok.pos_ != "PROPN" or tok.tag_ != "NNP":
            return False
        if self._role_appos(tok) is not None:
            return True
        if tok.ent_type_ in ("GPE", "ORG", "NORP", "LOC", "FAC"):
            return False
        low = tok.lower_
        if low in self.lex.country_names or low in self.lex.capitals or low in self.lex.adjectives:
            return False
        e = self.lex.sectors.get(low)
        return e is None or bool(e.role)

    def _is_role(self, tok) -> bool:
        e = self.lex.sectors.get(tok.lower_) or self.lex.sectors.get(tok.lemma_.lower())
        return bool(e and e.role) or tok.lower_ in FEMALE_WORDS | MALE_WORDS

    def _person_in(self, tok):
        """A PERSON name in the phrase headed by ``tok``: itself, a compound or an apposition."""
        ent = self._person_ent(tok)
        if ent is not None:
            return ent
        for c in tok.children:
            if c.dep_ in ("appos", "compound") and c.i > tok.i:
                ent = self._person_ent(c)
                if ent is not None:
                    return ent
        return None

    def _resolve_pronoun(self, tok):
        """The antecedent of he/she: going back sentence by sentence (this one first, up to
        MAX_SENTENCES_BACK), the most salient compatible person subject; failing that, the
        nearest PERSON name."""
        gender = PERSON_PRONOUNS[tok.lower_]
        here = self.sent_of[tok.i]
        by_sent: dict[int, list] = {}
        for i, cand in self._person_candidates():
            if i >= tok.i or here - self.sent_of[i] > MAX_SENTENCES_BACK:
                continue
            g = self._gender(cand)
            if g is not None and g != gender:
                continue
            by_sent.setdefault(self.sent_of[i], []).append(cand)
        for n in sorted(by_sent, reverse=True):
            cands = by_sent[n]
            # a pronoun is resolved through its own antecedent; a name beats a pronoun
            cands.sort(key=lambda c: (self._salience(c), c.lower_ in PERSON_PRONOUNS, -c.i))
            return cands[0]
        for e in reversed(self.persons):
            if e.start < tok.i and here - self.sent_of[e.start] <= MAX_SENTENCES_BACK and not self.in_quote(e[0]):
                return e.root
        return None

    def _resolve_description(self, tok):
        """"the spokesman said" → the latest earlier person subject with that role noun."""
        lemma = tok.lemma_.lower()
        for i, cand in reversed(self._person_candidates()):
            if i >= tok.i:
                continue
            words = {t.lemma_.lower() for t in cand.subtree} | {
                t.lemma_.lower() for c in cand.children if c.dep_ == "appos" for t in c.subtree}
            if lemma in words and cand.i != tok.i and self._person_in(cand) is not None:
                return cand
        return None

    # --- main entry -----------------------------------------------------------------------------
    def speaker(self, tok, depth: int = 0) -> tuple[Actor | None, str | None]:
        """(Actor, speaker text as written) for the subject token of a speech cue."""
        if tok is None:
            return None, None
        if tok.i in self.memo:
            return self.memo[tok.i]
        out = self._speaker(tok, depth)
        self.memo[tok.i] = out
        return out

    def phrase_text(self, tok) -> str:
        toks = [t for t in tok.subtree if not self.in_quote(t) and t.text not in "\"“”"]
        if not toks:
            return tok.text
        text = self.doc[toks[0].i: toks[-1].i + 1].text
        return text.strip(STRIP)[:160] or tok.text

    def _speaker(self, tok, depth: int) -> tuple[Actor | None, str | None]:
        low = tok.lower_
        written = self.phrase_text(tok)
        if depth > 3:
            return None, written
        if low in RELATIVE and tok.head.dep_ == "relcl" and tok.head.head.i != tok.i:
            return self.speaker(tok.head.head, depth + 1)
        if low in PERSON_PRONOUNS:
            ante = self._resolve_pronoun(tok)
            if ante is None:
                return None, tok.text
            actor, _ = self.speaker(ante, depth + 1)
            if actor is None:
                return None, tok.text
            return self._at_token(actor, tok), tok.text
        if low in GROUP_PRONOUNS or tok.pos_ == "PRON":
            a = self.by_token.get(tok.i)
            return (self._at_token(a, tok) if a is not None else None), tok.text
        if tok.lemma_.lower() in DOCUMENT_NOUNS or tok.lower_ in DOCUMENT_NOUNS:
            src = self._document_source(tok)
            if src is not None:
                actor, _ = self.speaker(src, depth + 1)
                return actor, written
        person = self._person_in(tok) or self._surname_person(tok)
        if person is None and tok.pos_ == "PROPN" and (self._name_like(tok) or self._role_appos(tok) is not None):
            person = self._np(tok)  # a name the model did not tag PERSON ("Olumide Bakare, a spokesman")
        if person is not None:
            full = self._full_name(person)
            like = self.by_token.get(tok.i)
            role_span = None
            if like is None:
                appos = next((c for c in tok.children if c.dep_ == "appos"), None)
                if appos is not None and self._person_ent(appos) is None:
                    role_span = self.doc[appos.left_edge.i: appos.i + 1]
                    like = self.by_token.get(appos.i)
                elif tok.i not in range(person.start, person.end):
                    role_span = self.doc[tok.left_edge.i: tok.i + 1]
            span = person
            actor = self._actor(span, name=full.text, like=like, role_span=role_span)
            return actor, written
        if tok.dep_ in SUBJECT_DEPS or tok.dep_ in ("pobj", "appos"):
            if self._is_role(tok) and any(c.lower_ == "the" for c in tok.children if c.dep_ == "det"):
                cand = self._resolve_description(tok)
                if cand is not None:
                    actor, _ = self.speaker(cand, depth + 1)
                    if actor is not None:
                        return self._at_token(actor, tok, span=self._np(tok)), written
        span = self._np(tok)
        like = self.by_token.get(tok.i)
        return self._actor(span, like=like), written

    def _np(self, tok):
        if self._chunks is None:
            self._chunks = list(self.doc.noun_chunks)
        ent = next((e for e in self._ents if e.start <= tok.i < e.end), None)
        chunk = next((c for c in self._chunks if c.start <= tok.i < c.end), None)
        if ent is not None and (chunk is None or len(ent) >= len(chunk) or ent.start <= chunk.start):
            return ent
        if chunk is not None:
            return chunk
        return self.doc[tok.i: tok.i + 1]

    def _at_token(self, actor: Actor, tok, span=None) -> Actor:
        span = span if span is not None else self.doc[tok.i: tok.i + 1]
        start, end = self.ctx.span(span.start_char, span.end_char)
        return actor.model_copy(update={"text": self.ctx.article.text[start:end], "start": start, "end": end})

    def _document_source(self, tok):
        """"the army's statement" → army; "an order issued by X" / "a statement from X" → X."""
        for c in tok.children:
            if c.dep_ == "poss":
                return c
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
            if c.dep_ == "acl":
                for a in c.children:
                    if a.dep_ == "agent":
                        for p in a.children:
                            if p.dep_ == "pobj":
                                return p
        return None

    def of_cue(self, cue) -> tuple[Actor | None, str | None]:
        """The speaker of a cue verb, or "according to X" → X."""
        if cue.lower_ == "according":
            obj = next((p for c in cue.children if c.lower_ == "to" for p in c.children if p.dep_ == "pobj"), None)
            return self.speaker(obj)
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children):
            # "X was told that …", "Facebook was ordered to …": the subject heard it; the
            # speaker is the agent ("by Y"), if any
            agent = next((p for c in cue.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
            if agent is None or self.in_quote(agent):
                return None, None
            return self.speaker(agent)
        quoted_as = self._quoted_as(cue)
        if quoted_as is not None:
            return self.speaker(quoted_as)
        subj = subject_of(cue)
        if subj is None:
            # "…," said Jane Doe: an inverted subject the parser took for an object
            for c in cue.children:
                if c.dep_ in ("dobj", "attr", "npadvmod", "oprd") and c.i > cue.i and (
                        c.pos_ == "PROPN" or self._person_in(c) is not None):
                    subj = c
                    break
        if subj is not None and self.in_quote(subj):
            return None, None
        actor, text = self.speaker(subj)
        if cue.dep_ == "conj" and not self._plausible(subj, actor):
            # "said the raid was … and called the arrests …": a cue the parser coordinated
            # inside the reported clause belongs to the outer speaker
            outer = cue.head
            while outer.dep_ == "conj" and outer.head.i != outer.i:
                outer = outer.head
            if outer.dep_ == "ccomp" and cue_of(outer.head) is not None:
                return self.of_cue(outer.head)
        return actor, text

    @staticmethod
    def _quoted_as(cue):
        """"the paper quoted the minister as saying …": the speaker is the one quoted."""
        prep = cue.head
        if cue.tag_ != "VBG" or prep.lower_ != "as" or prep.head.i == prep.i:
            return None
        verb = prep.head
        if verb.lemma_.lower() not in ("quote", "cite", "report"):
            return None
        return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)

    def _plausible(self, subj, actor: Actor | None) -> bool:
        """A speaker worth keeping: a coded actor, a person, a name or a pronoun."""
        if actor is None:
            return False
        return bool(actor.code or actor.sector or actor.kb_id) or subj.pos_ in ("PROPN", "PRON") or (
            self._person_in(subj) is not None or self._is_role(subj))


__all__ = ["Speakers", "subject_of", "cue_of"]
