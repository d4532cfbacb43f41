"""Stage ``quotes``: quoted spans and reported speech, with the cue verb and its speaker."""

from __future__ import annotations

import re

from ..nlp.stages import ArticleContext, stage
from ..records import Actor, Quote

SPEECH_VERBS = frozenset(
    """say tell add warn state insist claim allege argue declare announce write read note
    explain stress vow pledge promise threaten accuse deny urge demand call ask charge complain
    reply respond confirm acknowledge admit reiterate predict suggest chant shout told""".split()
)
QUOTE_RE = re.compile(r"“([^”]{2,2000})”|\"([^\"\n]{2,2000})\"")


def _speaker_token(verb):
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    if verb.dep_ in ("conj", "xcomp", "advcl") :
        return _speaker_token(verb.head)
    return None


def _speaker_actor(tok, ctx: ArticleContext, by_token: dict[int, Actor]) -> tuple[Actor | None, str | None]:
    if tok is None:
        return None, None
    span = ctx.doc[tok.left_edge.i: tok.right_edge.i + 1]
    text = span.text
    if tok.i in by_token:
        return by_token[tok.i], text
    for t in span:
        if t.i in by_token:
            return by_token[t.i], text
    if tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN":
        ent = next((e for e in ctx.doc.ents if e.start <= tok.i < e.end), None)
        s = ent if ent is not None else span
        start, end = ctx.span(s.start_char, s.end_char)
        return Actor(text=s.text, start=start, end=end, name=s.text), text
    return None, text


def _cue_near(doc, start_char: int, end_char: int):
    """The speech verb of the sentence(s) around a quote, outside the quote itself."""
    first = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    last = doc.char_span(max(start_char, end_char - 1), end_char, alignment_mode="expand")
    sents = []
    if first is not None:
        sents.append(first.sent)
    if last is not None and last.sent not in sents:
        sents.append(last.sent)
    if last is not None:
        nxt = last.sent.end
        if nxt < len(doc):
            sents.append(doc[nxt].sent)
    for sent in sents:
        for t in sent:
            if t.lemma_.lower() in SPEECH_VERBS and t.pos_ in ("VERB", "AUX") and not (start_char <= t.idx < end_char):
                return t
    return None


@stage("quotes", requires=("doc", "actor_by_token"), assigns=("quotes",))
def find_quotes(ctx: ArticleContext) -> dict:
    doc, body = ctx.doc, ctx.article.body
    by_token = ctx.results.get("actor_by_token", {})
    quotes: list[Quote] = []
    quoted: list[tuple[int, int]] = []
    for m in QUOTE_RE.finditer(body):
        inner_start = m.start(1) if m.group(1) is not None else m.start(2)
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        inner_end = inner_start + len(inner)
        quoted.append((m.start(), m.end()))
        words = inner.split()
        prev = body[:m.start()].rstrip()[-1:] if body[:m.start()].strip() else ""
        direct = inner[:1].isupper() and len(words) >= 4 and prev in ("", ":", ",", ".", "\n", "?", "!")
        cue = _cue_near(doc, m.start(), m.end())
        actor, speaker_text = _speaker_actor(_speaker_token(cue) if cue is not None else None, ctx, by_token)
        start, end = ctx.span(inner_start, inner_end)
        quotes.append(Quote(text=inner, start=start, end=end, kind="direct" if direct else "partial",
                            speaker=actor, speaker_text=speaker_text,
                            cue=cue.text if cue is not None else None))
    # indirect speech: "X said (that) …" with a clausal complement and no quote marks
    for t in doc:
        if t.lemma_.lower() not in SPEECH_VERBS or t.pos_ != "VERB":
            continue
        comp = next((c for c in t.children if c.dep_ == "ccomp"), None)
        if comp is None:
            continue
        s_char, e_char = comp.left_edge.idx, comp.right_edge.idx + len(comp.right_edge.text)
        if any(a <= s_char < b or a < e_char <= b for a, b in quoted):
            continue
        actor, speaker_text = _speaker_actor(_speaker_token(t), ctx, by_token)
        if speaker_text is None:
            continue
        start, end = ctx.span(s_char, e_char)
        quotes.append(Quote(text=body[s_char:e_char].strip(), start=start, end=end, kind="indirect",
                            speaker=actor, speaker_text=speaker_text, cue=t.text))
    quotes.sort(key=lambda q: q.start)
    return {"quotes": quotes}
