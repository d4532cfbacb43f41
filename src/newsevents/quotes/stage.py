"""Stage ``quotes``: quoted spans and reported speech, each with its cue and a coded speaker.

- **direct**: a sentence or more inside quotation marks, introduced or followed by a cue
  (“…,” said X / X said: “…” / “…,” X told reporters), also over several paragraphs;
- **partial**: words in quotation marks inside the reporter's own clause (the ministry said the
  strike was “unprovoked”, accused X of “…”);
- **indirect**: the complement of a speech cue without quotation marks (X said (that) …,
  threatened to …, called for …, according to X).

Besides the ``quotes`` it assigns ``speech`` (the scope of every piece of reported content, for
the attribution stage) and ``speakers`` (the per-article speaker resolver)."""

from __future__ import annotations

from dataclasses import dataclass

from ..nlp.stages import ArticleContext, stage
from ..records import Actor, Quote
from .cues import Cue, content_edge, cue_of
from .marks import Segment, find_segments
from .speakers import Speakers

SENT_END = {".", "!", "?"}
DIRECT_BEFORE = ":,.!?—–-("
WINDOW = 30
MIN_INDIRECT_TOKENS = 3
WALK_UP = 8


@dataclass(frozen=True)
class Speech:
    """A piece of reported content: body characters ``start``..``end`` (and, for reported
    speech found in the parse, its ``tokens``), the ``cue`` token index, the speaker and whether
    the cue is a claim."""

    start: int
    end: int
    cue: int | None
    speaker: Actor | None
    claim: bool
    marked: bool  # inside quotation marks
    tokens: frozenset[int] = frozenset()


def _tokens_in(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None else doc[0:0]


def _close_marks(body: str, start: int, end: int) -> int:
    """Extend ``end`` over the closing mark of a quotation opened inside body[start:end]."""
    part = body[start:end]
    if part.count('"') % 2 or part.count("“") > part.count("”"):
        for k in range(end, min(len(body), end + 3)):
            if body[k] in '"”':
                return k + 1
    return end


def _quote_record(ctx: ArticleContext, start: int, end: int, kind: str, speaker: Actor | None,
                  speaker_text: str | None, cue) -> Quote | None:
    body = ctx.article.body
    while end > start and body[end - 1] in " ,;:\n":
        end -= 1
    while start < end and body[start] in " ,;:.\n":
        start += 1
    if end <= start:
        return None
    s, e = ctx.span(start, end)
    return Quote(text=ctx.article.text[s:e], start=s, end=e, kind=kind, speaker=speaker,  # type: ignore[arg-type]
                 speaker_text=speaker_text, cue=(cue.text if hasattr(cue, "text") else cue))


class QuoteFinder:
    def __init__(self, ctx: ArticleContext):
        self.ctx = ctx
        self.doc = ctx.doc
        self.body = ctx.article.body
        self.segments = find_segments(self.body)
        self.quoted = [(s.open_at, (s.close_at + 1) if s.close_at is not None else s.end) for s in self.segments]
        self.speakers = Speakers(ctx, self.quoted)
        self.char_tok = {}
        for t in self.doc:
            self.char_tok[t.idx] = t

    def in_quote(self, tok) -> bool:
        return self.speakers.in_quote(tok)

    def _with_speaker(self, tok) -> tuple[Cue, Actor | None, str | None] | None:
        cue = cue_of(tok)
        if cue is None or self.in_quote(tok):
            return None
        actor, text = self.speakers.of_cue(tok)
        if actor is None and text is None:
            return None
        return cue, actor, text

    # --- cue search around a quotation -----------------------------------------------------------
    def _after(self, seg: Segment):
        if seg.close_at is None:
            return None
        return self._scan(self.doc[_tokens_in(self.doc, seg.close_at, seg.close_at + 1).end:])

    def _scan(self, tokens):
        """The first token with a speech cue and speaker, within WINDOW tokens of the same line
        and sentence, outside quotes."""
        for n, t in enumerate(tokens):
            if n > WINDOW or "\n" in t.text or (t.is_space and "\n" in t.text_with_ws):
                return None
            if self.in_quote(t) or t.text in SENT_END:
                return None
            got = self._with_speaker(t)
            if got is not None:
                return t, got
        return None

    def _before(self, seg: Segment, direct: bool):
        prev = self.body[:seg.open_at].rstrip(" ")
        if direct and (not prev or prev[-1] not in ":," and not prev.endswith("\n")):
            return None
        first = _tokens_in(self.doc, seg.open_at, seg.open_at + 1).start
        return self._scan(reversed(self.doc[:first]))

    def _walk_up(self, seg: Segment):
        """The nearest speech cue whose reported content holds the words in quotation marks,
        through the parse ("accused X of “…”", "called it “…”", "said it had “…”")."""
        span = _tokens_in(self.doc, seg.start, seg.end)
        if len(span) == 0:
            return None
        roots = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
        for root in roots:
            below = root
            for _ in range(WALK_UP):
                up = below.head
                if up.i == below.i:
                    break
                if not (span.start <= up.i < span.end):
                    cue = cue_of(up)
                    if cue is not None and content_edge(below, cue):
                        got = self._with_speaker(up)
                        if got is not None:
                            return up, got
                below = up
        return None

    def _near_in_sentence(self, seg: Segment):
        span = _tokens_in(self.doc, seg.start, seg.end)
        if len(span) == 0:
            return None
        sent = span[0].sent
        cands = [t for t in sent if not self.in_quote(t) and not (span.start <= t.i < span.end)]
        cands.sort(key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end)))
        for t in cands:
            got = self._with_speaker(t)
            if got is not None:
                return t, got
        return None

    def _previous_cue(self, seg: Segment):
        """A cue (any speech verb, "spoke to reporters" too) in the two sentences before."""
        first = _tokens_in(self.doc, seg.open_at, seg.open_at + 1).start
        if first == 0:
            return None
        here = self.doc[first].sent.start
        prev_sents = [s for s in self.doc.sents if s.end <= here][-2:]
        for sent in reversed(prev_sents):
            for t in reversed(sent):
                if self.in_quote(t):
                    continue
                got = self._with_speaker(t)
                if got is not None and got[1] is not None:
                    return t, got
        return None

    def _is_direct(self, seg: Segment, continued: bool, prev: tuple[Segment, str] | None) -> bool:
        """Direct: a continued paragraph of a quotation; words starting with a capital after a
        sentence boundary, a colon or comma, or right after a cue (read “…”); the second part of
        a sentence split by its cue (“…,” X said, “but …”); or the second of coordinated slogans
        after a direct one (read “…” and “…”)."""
        if continued:
            return True
        before = self.body[:seg.open_at].rstrip(" ")
        inner = self.body[seg.start:seg.end]
        letters = [c for c in inner if c.isalpha()]
        upper = bool(letters) and letters[0].isupper()
        after_direct = prev is not None and prev[1] == "direct" and prev[0].para == seg.para and (
            prev[0].close_at is not None and seg.open_at - prev[0].close_at <= 80)
        if after_direct and before.endswith(","):
            return True
        if not before or before.endswith("\n") or before[-1] in DIRECT_BEFORE:
            return upper
        word = before.split()[-1].lower() if before.split() else ""
        if upper and after_direct and word in ("and", "or"):
            return True
        if upper:
            first = _tokens_in(self.doc, seg.open_at, seg.open_at + 1).start
            if first > 0 and cue_of(self.doc[first - 1]) is not None:
                return True
        return False

    # --- the stage ---------------------------------------------------------------------------------
    def run(self) -> tuple[list[Quote], list[Speech]]:
        found: list[tuple[Segment, str, object, tuple | None]] = []
        seen_group: set[int] = set()
        prev: tuple[Segment, str] | None = None
        for seg in self.segments:
            continued = seg.group in seen_group
            seen_group.add(seg.group)
            direct = self._is_direct(seg, continued, prev)
            prev = (seg, "direct" if direct else "partial")
            inner = self.body[seg.start:seg.end].rstrip()
            if direct:
                hit = (None if inner.endswith(".") else self._after(seg)) or self._before(seg, True) or (
                    self._walk_up(seg))
            else:
                hit = self._walk_up(seg) or self._before(seg, False) or self._after(seg) or self._near_in_sentence(seg)
            found.append((seg, "direct" if direct else "partial", hit, None))
        indirect, scopes = self._reported()
        # quotes without a cue: the rest of the same quotation, the paragraph's previous quote,
        # a speech verb just before ("X spoke to reporters."), the latest speech before it
        by_group = {}
        for seg, _, hit, _ in found:
            if hit is not None and seg.group not in by_group:
                by_group[seg.group] = hit
        resolved = []
        last_hit_before = None
        for seg, kind, hit, _ in found:
            if hit is None:
                hit = by_group.get(seg.group)
            if hit is None and kind == "direct":
                hit = self._previous_cue(seg)
                if hit is None and last_hit_before is not None and last_hit_before[0] >= seg.para - 1:
                    hit = last_hit_before[1]
            if hit is not None:
                last_hit_before = (seg.para, hit)
            resolved.append((seg, kind, hit))
        quotes: list[Quote] = []
        speech: list[Speech] = []
        for seg, kind, hit in resolved:
            cue_tok, (cue, actor, text) = hit if hit is not None else (None, (None, None, None))
            q = _quote_record(self.ctx, seg.start, seg.end, kind, actor, text, cue_tok)
            if q is not None:
                quotes.append(q)
                speech.append(Speech(seg.start, seg.end, cue_tok.i if cue_tok is not None else None,
                                     actor, bool(cue and cue.claim), True))
        quotes += indirect
        speech += scopes
        quotes.sort(key=lambda q: (q.start, q.end))
        return quotes, speech

    def _reported(self) -> tuple[list[Quote], list[Speech]]:
        """Reported speech found in the parse: indirect quotes and the scopes of claims."""
        quotes: list[Quote] = []
        scopes: list[Speech] = []
        for t in self.doc:
            if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children):
                self._according(t, quotes, scopes)
                continue
            cue = cue_of(t)
            if cue is None or self.in_quote(t):
                continue
            for comp, as_quote in self._complements(t, cue):
                toks = [x for x in comp.subtree]
                if as_quote and toks and toks[0].dep_ == "mark" and toks[0].lower_ in ("that", "whether", "if"):
                    toks = toks[1:]
                if not toks or self.in_quote(toks[0]):
                    continue  # “…,” said X: the complement is the quotation itself
                actor, text = self.speakers.of_cue(t)
                if actor is None and text is None:
                    continue
                start = toks[0].idx
                end = toks[-1].idx + len(toks[-1].text)
                if as_quote == "with_cue":
                    start = t.idx
                end = _close_marks(self.body, start, end)
                scopes.append(Speech(start, end, t.i, actor, cue.claim, False, frozenset(x.i for x in toks)))
                if as_quote and len(toks) >= MIN_INDIRECT_TOKENS:
                    q = _quote_record(self.ctx, start, end, "indirect", actor, text, t)
                    if q is not None:
                        quotes.append(q)
        return quotes, scopes

    def _complements(self, t, cue: Cue):
        """(complement token, how to output it) for a cue: clause and infinitive complements are
        indirect quotes; "call for X" is one with its cue; of/for/with/as complements are scopes
        only ("accused X of …")."""
        out = []
        for c in t.children:
            if c.dep_ == "ccomp" and "ccomp" in cue.takes:
                out.append((c, "plain"))
            elif c.dep_ == "ccomp":
                out.append((c, ""))
            elif c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux"):
                out.append((c, "plain" if "xcomp" in cue.takes else ""))
            elif c.dep_ == "prep" and (c.lower_ in cue.takes or cue.lemma.endswith(" " + c.lower_)):
                for p in c.children:
                    if p.dep_ in ("pobj", "pcomp"):
                        if cue.lemma == "call for":
                            out.append((p, "with_cue"))
                        else:
                            out.append((p, ""))
        return out

    def _according(self, t, quotes: list[Quote], scopes: list[Speech]) -> None:
        actor, text = self.speakers.of_cue(t)
        if actor is None and text is None:
            return
        head = t.head
        own = {x.i for x in t.subtree}
        toks = [x for x in head.subtree if x.i not in own]
        runs: list[list] = []
        for x in toks:
            if runs and runs[-1][-1].i == x.i - 1:
                runs[-1].append(x)
            else:
                runs.append([x])
        run = max(runs, key=len) if runs else []
        while run and (run[-1].is_punct or run[-1].is_space):
            run = run[:-1]
        while run and (run[0].is_punct or run[0].is_space):
            run = run[1:]
        if len(run) < MIN_INDIRECT_TOKENS or any(self.in_quote(x) for x in run[:1]):
            return
        start, end = run[0].idx, run[-1].idx + len(run[-1].text)
        scopes.append(Speech(start, end, t.i, actor, False, False, frozenset(x.i for x in toks)))
        q = _quote_record(self.ctx, start, end, "indirect", actor, text, "according to")
        if q is not None:
            quotes.append(q)


@stage("quotes", requires=("doc", "actor_by_token"), assigns=("quotes", "speech", "speakers"))
def find_quotes(ctx: ArticleContext) -> dict:
    finder = QuoteFinder(ctx)
    quotes, speech = finder.run()
    return {"quotes": quotes, "speech": speech, "speakers": finder.speakers}
