"""Clause-level event dating: the time of the clause around one event trigger.

``Dater`` finds, for a trigger token, a time expression attached to its clause, a relation to
another event ("three days after the raid", "on the first anniversary of the coup", "in the
weeks after the coup") or the time of the clause it belongs to. ``dating.py`` (the stage)
adds the article-level rules (narrative context, reports, publication fallback); docs/time.md
has examples."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..nlp.stages import ArticleContext
from ..records import EventDate
from .lexicon import EVENT_NOUN_VERBS, ORDINALS
from .normalize import number
from .periods import common_period
from .stage import anchor_date
from .tense import tense_of

VAGUE_VALUES = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}
RELATION_WORDS = {"after": 1, "following": 1, "before": -1, "prior": -1, "ahead": -1}
# "soon after": (min, max) days between the two events when no duration is written
SOON_WORDS = {"soon": (0, 30), "shortly": (0, 7), "immediately": (0, 1), "just": (0, 7),
              "right": (0, 1), "days": (2, 9), "weeks": (14, 63), "months": (60, 300),
              "years": (730, 3650), "hours": (0, 1), "minutes": (0, 1)}  # fmt: skip
OPENING_WORDS = {"first", "opening", "early", "initial"}  # "in the first weeks of the war"
PLAIN_RELATION_DAYS = 30  # "after the vote" with no distance: within a month
BOUND_WORDS = {"since", "until", "till", "through", "throughout"}
# complements that share the trigger's time: "accused X when they met on Monday"
SAME_TIME_MARKS = {"when", "while", "as"}
SPEECH_DEPS = {"ccomp", "parataxis"}
DEFINITE = {"the", "this", "that", "these", "those"}
DURING_WORDS = {"in", "during", "amid", "amidst", "at"}  # "killed in the 2019 bombing"
UNIT_DAYS = {"day": 1, "night": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365,
             "decade": 3652, "hour": 0, "minute": 0}  # fmt: skip
_ANAPHORIC = re.compile(r"\b(?:later|earlier|afterwards?|before|previous|following|next|prior"
                        r"|same|that|then)\b", re.I)
_DEICTIC = re.compile(r"\b(?:this|today|tonight|yesterday|tomorrow|ago|last|next|coming|current"
                      r"|past)\b", re.I)
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b|'\d\d\b")
_GRAN_RANK = {"time": 0, "day": 1, "week": 2, "month": 3, "season": 4, "quarter": 4, "year": 5,
              "decade": 6, "century": 7, "unknown": 8}  # fmt: skip
# a time that modifies a noun this way names the noun's time ("the 2019 bombing"); a bare
# noun-phrase time hung on a noun ("alleged in a report this month") is the clause's
_NOUN_MODIFIER_DEPS = {"compound", "nummod", "amod", "nmod", "poss", "appos"}
_HARD_BOUNDARY = {"parataxis"}
# "three weeks after": give or take this many days
_SLACK = {"week": 3, "fortnight": 3, "month": 15, "year": 183, "decade": 1826}


@dataclass(frozen=True)
class When:
    """A dated interval with how it was found (what becomes an EventDate)."""

    earliest: date | None
    latest: date | None
    basis: str
    text: str | None = None
    value: str | None = None
    granularity: str | None = None

    def to_record(self) -> EventDate:
        e, la = self.earliest, self.latest
        value, gran = self.value, self.granularity
        if value is None or gran is None:
            p = common_period(e, la) if e is not None and la is not None and e <= la else None
            if value is None:
                value = p.value if p is not None else (e or la).isoformat() if (e or la) else None
            if gran is None:
                gran = p.granularity if p is not None else "unknown"
        return EventDate(value=value, earliest=e.isoformat() if e else None,
                         latest=la.isoformat() if la else None, granularity=gran,  # type: ignore[arg-type]
                         basis=self.basis, text=self.text)  # type: ignore[arg-type]


def _iso(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def _basis(text: str) -> str:
    if _YEAR.search(text):
        return "explicit"
    if _ANAPHORIC.search(text) and not _DEICTIC.search(text):
        return "anchored"
    return "relative"


def verb_tense(tok) -> str:
    """past / pluperfect / present / future for the trigger's own clause."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" and a.tag_ == "VBD" for a in aux) and tok.tag_ == "VBN":
        return "pluperfect"
    if tok.pos_ not in ("VERB", "AUX"):
        head = tok.head
        if head.i != tok.i and head.pos_ in ("VERB", "AUX"):
            return verb_tense(head)
        return tense_of(tok)
    return tense_of(tok)


class Dater:
    """Dates the tokens of one article; results are memoised per token index."""

    def __init__(self, ctx: ArticleContext):
        self.ctx = ctx
        self.doc = ctx.doc
        self.pub = anchor_date(ctx)
        self.triggers = {t.i for t in ctx.results.get("event_tokens", [])}
        self.timexes: list[tuple[object, object, int]] = []  # (span, timex, host index)
        self.span_of: dict[int, tuple[object, object]] = {}  # token index → (span, timex)
        for span, tx in ctx.results.get("timex_ents", []):
            if tx.type == "SET" or tx.value in VAGUE_VALUES:
                continue
            if tx.earliest is None or tx.latest is None:
                continue
            for i in range(span.start, span.end):
                self.span_of[i] = (span, tx)
            if span.start > 0 and self.doc[span.start - 1].lower_ in BOUND_WORDS:
                continue  # "until 2026", "since May": a bound of the event, not its date
            self.timexes.append((span, tx, self._host(span).i))
        self.memo: dict[int, When | None] = {}
        self.busy: set[int] = set()

    # ----------------------------------------------------------------- attachment

    def _host(self, span):
        """The word a time expression modifies: a noun it directly modifies ("the 2019
        bombing"), else the first verb or event trigger above it (through prepositions)."""
        root = span.root
        head = root.head
        if root.dep_ in _NOUN_MODIFIER_DEPS and head.pos_ in ("NOUN", "PROPN") and head.i not in range(
                span.start, span.end):
            return head
        tok, hops = root, 0
        while hops < 20:
            nxt = tok.head
            if nxt.i == tok.i:
                return tok
            tok, hops = nxt, hops + 1
            if tok.i in range(span.start, span.end):
                continue
            if tok.pos_ in ("VERB", "AUX") or tok.i in self.triggers:
                return tok
        return tok

    def _own(self, tok, tense: str) -> When | None:
        """The best time expression whose host is ``tok`` (finest granularity, then nearest)."""
        best = None
        for span, tx, host in self.timexes:
            if host != tok.i:
                continue
            e, la = _iso(tx.earliest), _iso(tx.latest)
            if e is None or la is None or not self._fits(e, la, tense):
                continue
            key = (_basis(tx.text) != "explicit", _GRAN_RANK.get(tx.granularity, 8),
                   abs(span.start - tok.i))
            if best is None or key < best[0]:
                best = (key, When(e, la, _basis(tx.text), tx.text,
                                  tx.value if tx.type in ("DATE", "TIME") else None,
                                  tx.granularity if tx.type in ("DATE", "TIME") else None))
        return best[1] if best else None

    def _fits(self, e: date, la: date, tense: str) -> bool:
        """A past-tense event cannot lie wholly in the future, nor a future one in the past."""
        if self.pub is None:
            return True
        if tense in ("past", "pluperfect") and e > self.pub + timedelta(days=1):
            return False
        if tense == "future" and la < self.pub - timedelta(days=1):
            return False
        return True

    # ------------------------------------------------------------------- relations

    def _distance(self, rel_tok) -> tuple[int, int] | None:
        """(min, max) days written before "after"/"before": "three days", "a week", "days",
        "soon"; None when nothing is written."""
        mods = [c for c in rel_tok.children if c.dep_ in ("npadvmod", "advmod")]
        if rel_tok.dep_ == "mark":  # "days after agents detained": the modifier hangs on the verb
            mods += [c for c in rel_tok.head.children if c.dep_ == "npadvmod"
                     and c.i < rel_tok.i]
        for m in mods:
            low = m.lower_
            if m.dep_ == "advmod" and low in SOON_WORDS:
                return SOON_WORDS[low]
            unit = m.lemma_.lower()
            if unit not in UNIT_DAYS and low not in SOON_WORDS:
                continue
            nums = [c for c in m.children if c.dep_ in ("nummod", "det", "quantmod", "amod")]
            words = " ".join(c.text for c in sorted(nums, key=lambda c: c.i))
            n = number(words) if words else None
            if n is None and low in SOON_WORDS and low.endswith("s"):
                return SOON_WORDS[low]
            if n is None:
                n = 1.0
            days = round(n * UNIT_DAYS.get(unit, 1))
            slack = _SLACK.get(unit, 0)
            return max(days - slack, 0), days + slack
        return None

    @staticmethod
    def _offset(base: When, sign: int, dist: tuple[int, int], basis: str = "anchored",
                text: str | None = None) -> When | None:
        if base.earliest is None or base.latest is None:
            return None
        lo, hi = dist
        if sign > 0:
            e, la = base.earliest + timedelta(days=lo), base.latest + timedelta(days=hi)
        else:
            e, la = base.earliest - timedelta(days=hi), base.latest - timedelta(days=lo)
        return When(e, la, basis, text)

    def _relative(self, base: When, rel_tok, obj, reverse: bool = False) -> When | None:
        """The date ``rel_tok`` ("after", "before", "since" …, with its distance: "three days
        after") puts an event at from ``base``, the date of the other event; ``reverse`` when
        ``base`` is the date of the clause the relation hangs on rather than of its object."""
        dist = self._distance(rel_tok) or (0, PLAIN_RELATION_DAYS)
        sign = RELATION_WORDS[rel_tok.lower_]
        return self._offset(base, -sign if reverse else sign, dist, text=self._relation_text(rel_tok, obj))

    def _relation_text(self, rel_tok, obj) -> str:
        """ "a day after the first coup", "days after state security agents detained": from the
        distance to the other event's head word."""
        mods = [c for c in rel_tok.children if c.dep_ in ("npadvmod", "advmod")]
        if rel_tok.dep_ == "mark":
            mods += [c for c in rel_tok.head.children if c.dep_ == "npadvmod" and c.i < rel_tok.i]
        lo = min([rel_tok.i] + [t.left_edge.i for t in mods])
        hi = obj.i if obj is not None and obj.i > rel_tok.i else rel_tok.i
        return self.doc[lo:min(hi, lo + 10) + 1].text

    def _same_time_child(self, tok, tense: str) -> When | None:
        """A "when/while/as" clause of ``tok`` with its own time ("will discuss it when they meet
        on January 24"), or, when the parser made ``tok`` the root, a clause before it that
        carries the sentence's time ("The standoff deepened on Thursday, when … that
        censured Iran")."""
        for c in tok.children:
            if c.dep_ != "advcl" and not (tok.dep_ == "ROOT" and c.dep_ in ("ccomp", "advcl", "parataxis")
                                          and c.i < tok.i):
                continue
            marks = {m.lower_ for m in c.children if m.dep_ in ("mark", "advmod")}
            if c.dep_ == "advcl" and not marks & SAME_TIME_MARKS and not c.i < tok.i:
                continue
            if marks & set(RELATION_WORDS):
                continue
            own = self._own(c, tense)
            if own is not None:
                return own
        return None

    def _relation_from_children(self, tok, tense: str) -> When | None:
        """``tok`` has "after/before X" (a prepositional phrase): date it from X."""
        for c in tok.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and tense in ("past", "pluperfect"):
                w = self._own(c, tense)  # "the 2019 bombing killed 40 people"
                if w is not None:
                    return w
                w = self._described(c)
                if w is not None:
                    return w
            mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ in RELATION_WORDS), None)
            if c.dep_ == "advcl" and mark is not None:  # "two days after the rebels attacked on 3 May"
                base = self._own(c, verb_tense(c))
                if base is not None:
                    return self._relative(base, mark, c)
            if c.dep_ != "prep":
                continue
            low = c.lower_
            if low in DURING_WORDS:  # "killed in the 2019 bombing", "during the 2011 uprising"
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                w = self._own(pobj, tense) if pobj is not None and pobj.pos_ == "NOUN" else None
                if w is None and pobj is not None:
                    w = self._opening(pobj)
                if w is not None:
                    return w
            if low == "on" or low == "at":  # "on the first anniversary of the coup"
                w = self._anniversary(c)
                if w is not None:
                    return w
                continue
            if low not in RELATION_WORDS:
                continue
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is None and low == "prior":
                to = next((g for g in c.children if g.lower_ == "to"), None)
                obj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
            if obj is None:
                continue
            base = self.noun_date(obj) if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") \
                else self.clause_date(obj)
            if base is None:
                continue
            return self._relative(base, c, obj)
        return None

    def _described(self, subj) -> When | None:
        """ "Talks that X had arranged on March 18 fell apart": what a subject's relative clause
        dates happened first, so the predicate lies between that date and publication."""
        if self.pub is None:
            return None
        for c in subj.children:
            if c.dep_ not in ("relcl", "acl") or c.i in self.busy:
                continue
            w = self._own(c, "past")
            if w is not None and w.earliest is not None and w.latest is not None and w.latest <= self.pub:
                return When(w.earliest, self.pub, "anchored", w.text)
        return None

    def _opening(self, unit_tok) -> When | None:
        """ "in the first weeks of the emergency", "during the first two days of the siege": from
        the start of the thing named to that many units after it."""
        unit = unit_tok.lemma_.lower()
        if unit not in UNIT_DAYS:
            return None
        # the parser may hang "after the coup" on "in" rather than on "weeks"
        rel = next((g for g in (*unit_tok.children, *unit_tok.head.children)
                    if g.dep_ == "prep" and g.lower_ in RELATION_WORDS and g.i > unit_tok.i), None)
        if rel is not None:  # "in the weeks after the coup", "in the days before the vote"
            obj = next((g for g in rel.children if g.dep_ == "pobj"), None)
            base = self.noun_date(obj) if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None
            span = self._units(unit_tok)
            if base is None:
                return None
            return self._offset(base, RELATION_WORDS[rel.lower_], (0, span),
                                text=self.doc[unit_tok.left_edge.i:obj.i + 1].text)
        if not any(c.lower_ in OPENING_WORDS for c in unit_tok.children):
            return None
        of = next((g for g in unit_tok.children if g.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
            return None
        base = self.noun_date(obj)
        if base is None or base.earliest is None:
            return None
        return When(base.earliest, base.earliest + timedelta(days=self._units(unit_tok)), "anchored",
                    self.doc[unit_tok.left_edge.i:obj.i + 1].text)

    @staticmethod
    def _units(unit_tok) -> int:
        """Days covered by "the first two weeks", "the weeks", "the first month" (at least 1)."""
        unit = unit_tok.lemma_.lower()
        nums = [c for c in unit_tok.children if c.dep_ == "nummod"]
        n = number(" ".join(c.text for c in nums)) if nums else None
        if n is not None:
            days = round(n * UNIT_DAYS[unit])
        elif unit_tok.lower_ in SOON_WORDS and unit_tok.lower_.endswith("s"):
            days = SOON_WORDS[unit_tok.lower_][1]
        else:
            days = UNIT_DAYS[unit]
        return max(days, 1)

    def _anniversary(self, prep) -> When | None:
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() != "anniversary":
            return None
        ordinal = next((g for g in pobj.children if g.lower_ in ORDINALS), None)
        years = ORDINALS[ordinal.lower_] if ordinal is not None else None
        of = next((g for g in pobj.children if g.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if years is None or obj is None:
            return None
        base = self.noun_date(obj)
        if base is None or base.earliest is None or base.latest is None:
            return None
        try:
            e = base.earliest.replace(year=base.earliest.year + years)
            la = base.latest.replace(year=base.latest.year + years)
        except ValueError:  # 29 February
            e = base.earliest + timedelta(days=365 * years)
            la = base.latest + timedelta(days=365 * years)
        return When(e, la, "anchored", self.doc[prep.i:obj.i + 1].text)

    def noun_date(self, noun) -> When | None:
        """When the thing a noun names happened: a time modifying it ("the 2020 coup", "the
        November vote"), the event it triggers, or a dated mention of the same noun elsewhere in
        the article (nearest before, then after)."""
        own = self._own(noun, "present")
        if own is not None:
            return own
        for c in noun.children:  # "the coup, which soldiers staged on 18 August 2020"
            if c.dep_ in ("relcl", "acl") and (w := self._own(c, "present")) is not None:
                return w
        if noun.i in self.triggers and noun.i not in self.busy:
            w = self.clause_date(noun)
            if w is not None:
                return w
        w = self._since(noun)
        if w is not None:
            return w
        if not any(c.dep_ == "poss" or c.lower_ in DEFINITE for c in noun.children):
            return None  # "before any vote", "after a raid": no antecedent to look for
        lemma = noun.lemma_.lower()
        before, after = [], []
        for tok in self.doc:
            if tok.i == noun.i or tok.lemma_.lower() != lemma or tok.pos_ != noun.pos_:
                continue
            w = self._own(tok, "present") or self._since(tok) or self._setting(tok) or self._told(tok)
            if w is not None:
                (before if tok.i < noun.i else after).append((abs(tok.i - noun.i), w))
        pool = sorted(before) or sorted(after)
        if pool:
            return pool[0][1]
        # "the seizure" after "rebels seized the town on 3 May": an earlier event of that stem;
        # "the coup" after "soldiers toppled the president on 26 July": a verb for that event
        verbs = EVENT_NOUN_VERBS.get(lemma, set())
        earlier = {i for i in self.triggers if i < noun.i} | {
            t.i for t in self.doc[:noun.i] if t.pos_ == "VERB" and t.lemma_.lower() in verbs}
        for i in sorted(earlier, reverse=True):
            tok = self.doc[i]
            if i not in self.busy and (_same_stem(tok.lemma_.lower(), lemma) or tok.lemma_.lower() in verbs):
                w = self.clause_date(tok)
                if w is not None:
                    return w
        return None

    def _told(self, noun) -> When | None:
        """A mention that says when the thing was made: "the emergency was declared on Nov. 2",
        "the curfew, announced late on Tuesday, …", "a state of emergency was declared …"."""
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # the whole phrase "state of emergency"
        for c in noun.children:
            if c.dep_ == "acl" and c.tag_ == "VBN" and (w := self._own(c, "past")) is not None:
                return w
        if noun.dep_ == "nsubjpass" and noun.head.pos_ == "VERB":
            return self._own(noun.head, "past")
        return None

    def _setting(self, noun) -> When | None:
        """ "the army seized power on 3 May in a coup": the coup has the clause's own time."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in DURING_WORDS or prep.head.pos_ not in ("VERB", "AUX"):
            return None
        return self._own(prep.head, "past")

    def _since(self, noun) -> When | None:
        """ "(marked) five years since the coup": the coup is five years before that clause."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "since":
            return None
        unit_tok = prep.head
        if unit_tok.lemma_.lower() not in UNIT_DAYS:  # "marked [five years] [since the coup]"
            unit_tok = next((c for c in unit_tok.children if c.dep_ in ("dobj", "npadvmod", "attr")
                             and c.lemma_.lower() in UNIT_DAYS), unit_tok)
        unit = unit_tok.lemma_.lower()
        if unit not in UNIT_DAYS or unit_tok.i in self.busy:
            return None
        nums = [c for c in unit_tok.children if c.dep_ in ("nummod", "det")]
        n = number(" ".join(c.text for c in nums)) if nums else None
        verb = unit_tok.head if unit_tok.dep_ != "ROOT" else unit_tok
        if n is None or verb.i == unit_tok.i:
            return None
        self.busy.add(unit_tok.i)
        try:
            base = self.clause_date(verb)
        finally:
            self.busy.discard(unit_tok.i)
        if base is None:
            return None
        days = round(n * UNIT_DAYS[unit])
        slack = _SLACK.get(unit, 0)
        return self._offset(base, -1, (max(days - slack, 0), days + slack),
                            text=self.doc[unit_tok.left_edge.i:noun.i + 1].text)

    def _when_clause_time(self, tok):
        """(span, timex) that a "…, when X" clause names: the time just before "when"."""
        if tok.dep_ not in ("relcl", "advcl", "acl", "conj", "ccomp"):
            return None
        if tok.head.i in self.span_of and tok.dep_ != "conj":
            return self.span_of[tok.head.i]
        first = tok.left_edge
        if first.lower_ not in ("when", "where") or first.i == 0:
            return None
        j = first.i - 1
        while j >= 0 and self.doc[j].is_punct:
            j -= 1
        return self.span_of.get(j) if j >= 0 else None

    def first_in(self, sent) -> When | None:
        """The first usable time expression of a sentence (when its parse gives no clause date)."""
        for span, tx, host in self.timexes:
            if span.sent.start == sent.start and not in_relative(self.doc[host]):
                return When(_iso(tx.earliest), _iso(tx.latest), _basis(tx.text), tx.text,
                            tx.value if tx.type in ("DATE", "TIME") else None,
                            tx.granularity if tx.type in ("DATE", "TIME") else None)
        return None

    # ------------------------------------------------------------------- clauses

    def clause_date(self, tok) -> When | None:
        """Date of the clause around ``tok``: its own time, a relation, or (climbing the
        dependency tree) the time of the clause it belongs to."""
        if tok.i in self.memo:
            return self.memo[tok.i]
        if tok.i in self.busy:
            return None
        self.busy.add(tok.i)
        try:
            w = self._clause_date(tok)
        finally:
            self.busy.discard(tok.i)
        self.memo[tok.i] = w
        return w

    def _clause_date(self, tok) -> When | None:
        tense = verb_tense(tok)
        own = self._own(tok, tense)
        if own is not None:
            return own
        w = self._relation_from_children(tok, tense)
        if w is not None:
            return w
        head = tok.head
        named = self._when_clause_time(tok)
        if named is not None:
            # "since 2012, when Chinese ships took control": the clause names that time
            span, tx = named
            return When(_iso(tx.earliest), _iso(tx.latest), _basis(tx.text), tx.text,
                        tx.value if tx.type in ("DATE", "TIME") else None,
                        tx.granularity if tx.type in ("DATE", "TIME") else None)
        mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in RELATION_WORDS), None)
        if head.i == tok.i and mark is not None:
            # the parser hung the main clause under "days after X": ", X" → X is the main one
            main = next((c for c in tok.children if c.dep_ in ("ccomp", "advcl", "parataxis", "conj")
                         and c.i < mark.i), None)
            base = self._main_date(main) if main is not None else None
            if base is not None:
                return self._relative(base, mark, None, reverse=True)
        w = self._same_time_child(tok, tense)
        if w is not None:
            return w
        if head.i == tok.i or tok.dep_ in _HARD_BOUNDARY:
            return None
        # tok is the object of "after/before": "three days after troops crossed", "soon after
        # toppling the president": date it from the head's clause, in the other direction
        rel = mark if mark is not None else head if (
            tok.dep_ in ("pobj", "pcomp") and head.lower_ in RELATION_WORDS) else None
        if rel is not None:
            main = rel.head if rel is head else head
            base = self._main_date(main)
            if base is None:
                return None
            return self._relative(base, rel, tok, reverse=True)
        up = self.clause_date(head)
        if up is None:
            return None
        if tense == "pluperfect" and tok.dep_ in ("ccomp", "advcl", "conj", "relcl", "xcomp") and up.earliest:
            # "said on Monday it had sent troops": on or shortly before that day
            return When(up.earliest - timedelta(days=7), up.latest, up.basis, up.text)
        if tense == "future" and verb_tense(head) != "future" and up.latest is not None:
            return When(up.earliest, None, up.basis, up.text)
        if tense == "past" and tok.dep_ in SPEECH_DEPS and up.earliest is not None:
            # "officials said on Tuesday that militants killed …": that day or the day before
            return When(up.earliest - timedelta(days=1), up.latest, up.basis, up.text)
        return up

    def _main_date(self, main) -> When | None:
        """The date of the clause an "after X" phrase hangs on, not counting that phrase."""
        tense = verb_tense(main)
        own = self._own(main, tense)
        if own is not None:
            return own
        head = main.head
        if head.i == main.i or main.dep_ in _HARD_BOUNDARY:
            return None
        return self.clause_date(head)


def _same_stem(a: str, b: str) -> bool:
    """ "seize"/"seizure", "bomb"/"bombing", "elect"/"election": a shared stem of 4+ letters
    covering most of the shorter word."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= 4 and n >= 0.75 * min(len(a), len(b))


def in_relative(tok) -> bool:
    return any(t.dep_ == "relcl" for t in (tok, *tok.ancestors))
