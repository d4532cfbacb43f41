"""`newsevents eval quotes PATH`: quotes, speakers and attribution on a labelled JSONL set.

Each line of PATH (default ``examples/gold/quotes.jsonl``) is one document:

```jsonc
{"id": "…",
 "article": "../articles/01-….txt" | null,   // a file (relative to PATH), structured as an article
 "text": "…" | null, "published": "2024-05-02" | null,   // or a bare body given inline
 "exhaustive": true,              // every quote in the text is labelled (precision is scored)
 "quotes": [{"text_contains": "…", "speaker": "Jane Doe", "kind": "direct|partial|indirect"}],
 "expected": "../expected/01-….json" | null,  // claimed events are read from it (events, all_events)
 "claimed_events": [{"sentence_contains": "…", "type": "ASSAULT", "trigger": "…",
                     "attribution": "Jane Doe" | null}]}
```

A gold quote is found when an output quote's text contains its ``text_contains`` (quotation
marks, case and spacing aside) or lies inside it covering at least half of it; its speaker is right
when the gold name and the output speaker's name (or its text as written, not a pronoun) contain
one another word for word. Figures:

- ``recall``: gold quotes found (``by_kind``; ``by_group``: the examples' articles apart from
  the inline texts); ``speaker_recall``: found with the right speaker (the issue's
  floor: ≥ 0.9 on the examples); ``speaker_accuracy``: right speaker among those found;
  ``kind_accuracy``: right kind among those found;
- ``precision`` / ``f1``: over documents marked ``exhaustive`` only (an output quote is true when
  it matches a gold quote);
- ``claimed``: gold events with factuality ``claimed`` — ``matched`` (an output event in the same
  sentence with the same type), ``with_attribution`` (it carries a speaker), ``attribution_correct``
  (where the gold names one), ``claimed_factuality`` (it is coded ``claimed``);
- ``claimed_without_attribution``: output events coded ``claimed`` with no attribution (must be 0);
- ``leaks``: actors whose span crosses a quotation mark or holds one, and speakers inside the
  quotation they are said to have spoken (must be 0)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..records import Extraction
from . import prf

QUOTE_CHARS = "\"“”„«»'‘’"
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "who", "which"}
DEFAULT = Path("examples/gold/quotes.jsonl")


def norm(s: str | None) -> str:
    if not s:
        return ""
    s = s.lower()
    s = re.sub(f"[{QUOTE_CHARS}]", " ", s)
    s = re.sub(r"[^\w\s%-]", " ", s)
    return " ".join(s.split())


def _name(s: str | None) -> str:
    n = norm(s)
    n = re.sub(r"^(the|a|an|one) ", "", n)
    n = re.sub(r" s$", "", n)
    return n


def _words_in(small: str, big: str) -> bool:
    return bool(small) and f" {small} " in f" {big} "


def speaker_ok(gold: str | None, q) -> bool:
    g = _name(gold)
    if not g:
        return q.speaker is None
    cands = []
    if q.speaker is not None:
        cands += [q.speaker.name, q.speaker.text]
    if q.speaker_text:
        cands.append(q.speaker_text)
    for c in cands:
        c = _name(c)
        if not c or c in PRONOUNS:
            continue
        if _words_in(g, c) or _words_in(c, g):
            return True
    return False


def actor_ok(gold: str | None, actor) -> bool:
    if actor is None:
        return False
    if not gold:
        return True
    g = _name(gold)
    return any(_words_in(g, _name(c)) or _words_in(_name(c), g) for c in (actor.name, actor.text)
               if _name(c) and _name(c) not in PRONOUNS)


def text_match(gold: str, out: str) -> bool:
    g, o = norm(gold), norm(out)
    if not g or not o:
        return False
    return g in o or (o in g and len(o) >= 0.5 * len(g))


def _match_quotes(gold: list[dict], quotes: list) -> tuple[list[tuple[dict, object | None]], list[bool]]:
    """Each gold quote → its best output quote (right speaker preferred); and for each output
    quote whether it matches any gold quote."""
    pairs = []
    used: set[int] = set()
    for g in gold:
        cands = [(i, q) for i, q in enumerate(quotes) if text_match(g["text_contains"], q.text)]
        cands.sort(key=lambda iq: (iq[0] in used, not speaker_ok(g.get("speaker"), iq[1]),
                                   iq[1].kind != g.get("kind"), len(iq[1].text)))
        if cands:
            used.add(cands[0][0])
            pairs.append((g, cands[0][1]))
        else:
            pairs.append((g, None))
    true = [any(text_match(g["text_contains"], q.text) for g in gold) for q in quotes]
    return pairs, true


def _quoted_spans(x: Extraction) -> list[tuple[int, int]]:
    """Text offsets of the words inside each quotation of the body."""
    from ..quotes.marks import find_segments
    from ..structure.offsets import OffsetMap

    omap = OffsetMap(x.article.body_spans)
    return [omap.span(s.start, s.end) for s in find_segments(x.article.body)]


def leaks(x: Extraction) -> list[str]:
    """Quote text leaking into actors: an actor name holding a quotation mark, an actor span
    with words both inside and outside one quotation, a speaker inside its own quote."""
    out = []
    text = x.article.text
    spans = _quoted_spans(x)
    for a in x.actors:
        if any(c in a.name for c in QUOTE_CHARS[:3]):
            out.append(f"actor name {a.name!r} holds a quotation mark")
        for s, e in spans:
            inside = any(ch.isalnum() for ch in text[max(a.start, s):min(a.end, e)])
            outside = any(ch.isalnum() for ch in text[a.start:max(a.start, min(a.end, s))] + text[max(a.start, e):a.end])
            if inside and outside:
                out.append(f"actor {a.text!r} crosses the quotation {text[s:e][:40]!r}")
    for q in x.quotes:
        if q.speaker is None:
            continue
        if q.kind != "indirect" and q.start <= q.speaker.start < q.end:
            out.append(f"speaker {q.speaker.text!r} inside its quote {q.text[:40]!r}")
        if any(c in q.speaker.name for c in QUOTE_CHARS[:3]):
            out.append(f"speaker name {q.speaker.name!r} holds a quotation mark")
    return out


def _claimed_gold(rec: dict, base: Path) -> list[dict]:
    gold = list(rec.get("claimed_events") or [])
    exp = rec.get("expected")
    if exp:
        data = json.loads((base / exp).read_text(encoding="utf-8"))
        seen = set()
        for g in data.get("events", []) + (data.get("all_events") or []):
            if g.get("factuality") != "claimed":
                continue
            key = (g.get("sentence_contains"), g.get("type"))
            if key in seen:
                continue
            seen.add(key)
            gold.append(g)
    return gold


def _event_for(events: list, g: dict):
    cands = [e for e in events if g.get("sentence_contains", "\0") in e.sentence.text and e.plover.type == g["type"]]
    words = {w.lower().strip('"“”') for w in (g.get("trigger") or "").split()}
    cands.sort(key=lambda e: not (words & {w.lower() for w in e.trigger.text.split()}))
    return cands[0] if cands else None


def load_gold(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def evaluate(path: Path | None = None, pipeline=None, **_: object) -> dict:
    from ..ingest import iter_path
    from ..pipeline import Pipeline, annotate_texts

    path = Path(path) if path else DEFAULT
    base = path.parent
    pipe = pipeline or Pipeline()
    records = load_gold(path)
    tot = {"gold": 0, "found": 0, "speaker": 0, "kind": 0, "out": 0, "true": 0, "gold_ex": 0, "found_ex": 0}
    by_kind: dict[str, list[int]] = {}
    by_group: dict[str, list[int]] = {}
    claimed = {"gold": 0, "matched": 0, "with_attribution": 0, "named": 0, "attribution_correct": 0,
               "claimed_factuality": 0}
    claimed_without = 0
    all_leaks: list[str] = []
    errors: list[dict] = []
    for rec in records:
        if rec.get("article"):
            (x,) = list(pipe.process(list(iter_path(base / rec["article"]))))
        else:
            (x,) = annotate_texts(pipe, [rec["text"]], [rec.get("published")])
        if not isinstance(x, Extraction):
            errors.append({"doc": rec["id"], "reject": x.reason})
            continue
        gold = rec.get("quotes", [])
        pairs, true = _match_quotes(gold, x.quotes)
        grp = by_group.setdefault("examples" if rec.get("article") else "texts", [0, 0, 0])
        for g, q in pairs:
            tot["gold"] += 1
            grp[0] += 1
            grp[1] += q is not None
            grp[2] += q is not None and speaker_ok(g.get("speaker"), q)
            k = by_kind.setdefault(g.get("kind", "?"), [0, 0, 0])
            k[0] += 1
            if q is None:
                errors.append({"doc": rec["id"], "missed": g["text_contains"][:70], "kind": g.get("kind")})
                continue
            tot["found"] += 1
            k[1] += 1
            tot["kind"] += q.kind == g.get("kind")
            if speaker_ok(g.get("speaker"), q):
                tot["speaker"] += 1
                k[2] += 1
            else:
                errors.append({"doc": rec["id"], "wrong_speaker": g["text_contains"][:50],
                               "gold": g.get("speaker"), "got": q.speaker.name if q.speaker else q.speaker_text})
        if rec.get("exhaustive"):
            tot["out"] += len(x.quotes)
            tot["true"] += sum(true)
            tot["gold_ex"] += len(gold)
            tot["found_ex"] += sum(q is not None for _, q in pairs)
            errors += [{"doc": rec["id"], "false": q.text[:70], "kind": q.kind}
                       for q, ok in zip(x.quotes, true, strict=True) if not ok]
        for g in _claimed_gold(rec, base):
            claimed["gold"] += 1
            ev = _event_for(x.events, g)
            if ev is None:
                continue
            claimed["matched"] += 1
            claimed["with_attribution"] += ev.attribution is not None
            claimed["claimed_factuality"] += ev.factuality == "claimed"
            if g.get("attribution"):
                claimed["named"] += 1
                claimed["attribution_correct"] += actor_ok(g["attribution"], ev.attribution)
            if ev.attribution is None:
                errors.append({"doc": rec["id"], "claim_unattributed": g.get("sentence_contains", "")[:60],
                               "type": g["type"]})
        claimed_without += sum(e.factuality == "claimed" and e.attribution is None for e in x.events)
        all_leaks += [f"{rec['id']}: {lk}" for lk in leaks(x)]
    p, r, f = prf(tot["true"], tot["out"] - tot["true"], tot["gold_ex"] - tot["found_ex"])

    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 4) if b else None

    return {
        "documents": len(records),
        "gold_quotes": tot["gold"],
        "recall": ratio(tot["found"], tot["gold"]),
        "speaker_recall": ratio(tot["speaker"], tot["gold"]),
        "speaker_accuracy": ratio(tot["speaker"], tot["found"]),
        "kind_accuracy": ratio(tot["kind"], tot["found"]),
        "by_kind": {k: {"gold": v[0], "recall": ratio(v[1], v[0]), "speaker_recall": ratio(v[2], v[0])}
                    for k, v in sorted(by_kind.items())},
        "by_group": {k: {"gold": v[0], "recall": ratio(v[1], v[0]), "speaker_recall": ratio(v[2], v[0])}
                     for k, v in sorted(by_group.items())},
        "exhaustive": {"output": tot["out"], "gold": tot["gold_ex"], "precision": p, "recall": r, "f1": f},
        "claimed": {**claimed,
                    "attribution_rate": ratio(claimed["with_attribution"], claimed["matched"]),
                    "attribution_accuracy": ratio(claimed["attribution_correct"], claimed["named"])},
        "claimed_without_attribution": claimed_without,
        "leaks": all_leaks,
        "errors": errors,
    }
