"""`newsevents eval timex PATH`: TempEval-3 style scoring of the ``timexes`` stage.

Input: JSONL records with ``text``, ``dct`` (the document creation time, used as the
publication date), ``timexes`` (gold ``start``/``end``/``type``/``value``) and optionally
``annotated_until`` (predictions starting at or after it are not scored; the MEANTIME file only
annotates the first sentences of each article).

Scoring follows TempEval-3 (UzZaman et al. 2013):

* **strict** extent: a prediction matches a gold timex with exactly the same offsets;
* **relaxed** extent: it overlaps one (precision counts predictions that overlap some gold,
  recall counts golds overlapped by some prediction);
* **type** / **value**: over relaxed-matched pairs (one-to-one, largest overlap first, so one
  prediction never earns two attribute points), attribute precision = correct / predictions and
  recall = correct / golds.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from . import prf


def _records(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def predict(records: list[dict], nlp=None) -> list[list[tuple[int, int, str, str]]]:
    """(start, end, type, value) predictions of the timex stage for each record's text."""
    from ..nlp.model import load_nlp
    from ..nlp.stages import ArticleContext
    from ..records import Article
    from ..structure.offsets import OffsetMap
    from ..time.stage import find_timexes

    nlp = nlp or load_nlp()
    out = []
    texts = [r["text"] for r in records]
    for rec, doc in zip(records, nlp.pipe(texts), strict=True):
        text = rec["text"]
        article = Article(id=str(rec.get("doc_id", "")), source="eval", text=text, body=text,
                          body_spans=[(0, len(text))], published=rec.get("dct"),
                          published_basis="metadata")
        ctx = ArticleContext(article=article, doc=doc, offsets=OffsetMap(article.body_spans))
        got = find_timexes(ctx)["timexes"]
        out.append([(t.start, t.end, t.type, t.value) for t in got])
    return out


def _pairs(golds: list[dict], preds: list[tuple]) -> list[tuple[int, int]]:
    """One-to-one relaxed matching: (gold index, prediction index), largest overlap first."""
    cands = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            ov = min(g["end"], p[1]) - max(g["start"], p[0])
            if ov > 0:
                exact = g["start"] == p[0] and g["end"] == p[1]
                cands.append((not exact, -ov, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, _, gi, pi in sorted(cands):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def score(records: list[dict], predictions: list[list[tuple]], max_errors: int = 1000) -> dict[str, Any]:
    n_gold = n_pred = strict = rel_p = rel_g = type_ok = value_ok = 0
    errors: list[dict] = []
    per_type: dict[str, dict[str, int]] = {}

    def err(kind: str, rec: dict, g: dict | None, p: tuple | None) -> None:
        if len(errors) >= max_errors:
            return
        s = min(x for x in ((g or {}).get("start"), p[0] if p else None) if x is not None)
        e = max(x for x in ((g or {}).get("end"), p[1] if p else None) if x is not None)
        text = rec["text"]
        errors.append({"kind": kind, "doc": rec.get("doc_id"), "dct": rec.get("dct"),
                       "gold": None if g is None else [g["text"], g["type"], g["value"]],
                       "pred": None if p is None else [text[p[0]:p[1]], p[2], p[3]],
                       "context": text[max(0, s - 60):e + 60].replace("\n", " ")})

    for rec, preds in zip(records, predictions, strict=True):
        limit = rec.get("annotated_until")
        preds = [p for p in preds if limit is None or p[0] < limit]
        golds = rec.get("timexes", [])
        n_gold += len(golds)
        n_pred += len(preds)
        strict += sum(1 for p in preds if any(g["start"] == p[0] and g["end"] == p[1] for g in golds))
        overl = [[pi for pi, p in enumerate(preds) if min(g["end"], p[1]) > max(g["start"], p[0])]
                 for g in golds]
        rel_g += sum(1 for o in overl if o)
        hit_p = {pi for o in overl for pi in o}
        rel_p += len(hit_p)
        pairs = _pairs(golds, preds)
        paired_g = {gi for gi, _ in pairs}
        for gi, pi in pairs:
            g, p = golds[gi], preds[pi]
            row = per_type.setdefault(g["type"], {"gold": 0, "matched": 0, "type_ok": 0, "value_ok": 0})
            row["matched"] += 1
            if p[2] == g["type"]:
                type_ok += 1
                row["type_ok"] += 1
            else:
                err("type", rec, g, p)
            if p[3] == g["value"]:
                value_ok += 1
                row["value_ok"] += 1
            else:
                err("value", rec, g, p)
            if (g["start"], g["end"]) != (p[0], p[1]):
                err("extent", rec, g, p)
        for gi, g in enumerate(golds):
            per_type.setdefault(g["type"], {"gold": 0, "matched": 0, "type_ok": 0, "value_ok": 0})
            per_type[g["type"]]["gold"] += 1
            if gi not in paired_g and not overl[gi]:
                err("missed", rec, g, None)
        for pi, p in enumerate(preds):
            if pi not in hit_p:
                err("spurious", rec, None, p)

    def attr(correct: int) -> tuple[float, float, float]:
        p = correct / n_pred if n_pred else 0.0
        r = correct / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return round(p, 4), round(r, 4), round(f, 4)

    sp, sr, sf = prf(strict, n_pred - strict, n_gold - strict)
    rp = round(rel_p / n_pred, 4) if n_pred else 0.0
    rr = round(rel_g / n_gold, 4) if n_gold else 0.0
    rf = round(2 * rp * rr / (rp + rr), 4) if rp + rr else 0.0
    tp_, tr, tf = attr(type_ok)
    vp, vr, vf = attr(value_ok)
    return {
        "docs": len(records), "gold": n_gold, "predicted": n_pred,
        "strict_precision": sp, "strict_recall": sr, "strict_f1": sf,
        "relaxed_precision": rp, "relaxed_recall": rr, "relaxed_f1": rf,
        "type_precision": tp_, "type_recall": tr, "type_f1": tf,
        "value_precision": vp, "value_recall": vr, "value_f1": vf,
        "per_type": per_type,
        "errors": errors,
    }


def evaluate(path: str | Path, **options: Any) -> dict[str, Any]:
    """Score the timex stage on a JSONL file of annotated documents (see the module doc).

    Options: ``nlp`` (a loaded spaCy pipeline), ``limit`` (first N records), ``max_errors``."""
    records = _records(Path(path))
    for rec in records:  # a record without a usable DCT is scored without an anchor
        try:
            date.fromisoformat(rec.get("dct") or "")
        except ValueError:
            rec["dct"] = None
    if options.get("limit"):
        records = records[: int(options["limit"])]
    predictions = predict(records, nlp=options.get("nlp"))
    return score(records, predictions, max_errors=int(options.get("max_errors", 1000)))
