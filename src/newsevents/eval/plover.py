"""`newsevents eval plover PATH`: PLOVER gold-standard sentences (plover_gsr.jsonl).

For each record, the best-matching predicted event is the one whose trigger lies in the gold
event text, then the one sharing most source/target countries with the gold; the record's type
is right when that event's PLOVER type equals the gold 2021 type. A record with no predicted
event counts as wrong (predicted type None)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from ..records import Event, Extraction
from . import gold_countries, predicted_countries, prf


def best_event(events: list[Event], gold: dict) -> Event | None:
    words = {w.lower() for w in (gold.get("event_text") or "").split()}
    gs, gt = gold_countries(gold.get("source") or []), gold_countries(gold.get("target") or [])

    def score(e: Event) -> tuple:
        trig = set(e.trigger.text.lower().split())
        ps, pt = predicted_countries(e.source), predicted_countries(e.target)
        return (bool(trig & words), len(ps & gs) + len(pt & gt), e.factuality == "asserted",
                e.confidence)

    return max(events, key=score) if events else None


def evaluate(path: Path, pipeline=None, **_: object) -> dict:
    from ..pipeline import Pipeline, annotate_texts

    records = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if r.get("plover_2021")]
    pipe = pipeline or Pipeline()
    outs = annotate_texts(pipe, [r["text"] for r in records])
    correct = 0
    src_ok = src_n = tgt_ok = tgt_n = 0
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    errors = []
    for rec, out in zip(records, outs, strict=True):
        gold = rec["plover_2021"]
        ev = best_event(out.events, rec) if isinstance(out, Extraction) else None
        pred = ev.plover.type if ev else None
        if pred == gold:
            correct += 1
            tp[gold] += 1
        else:
            fn[gold] += 1
            if pred:
                fp[pred] += 1
            errors.append({"id": rec["id"], "text": rec["text"], "gold": gold, "pred": pred,
                           "trigger": ev.trigger.text if ev else None,
                           "events": [(e.plover.type, e.trigger.text) for e in out.events]
                           if isinstance(out, Extraction) else []})
        gs, gt = gold_countries(rec.get("source") or []), gold_countries(rec.get("target") or [])
        if gs:
            src_n += 1
            src_ok += bool(ev and gs & predicted_countries(ev.source))
        if gt:
            tgt_n += 1
            tgt_ok += bool(ev and gt & predicted_countries(ev.target))
    per_type = {}
    for t in sorted(set(tp) | set(fn) | set(fp)):
        p, r, f = prf(tp[t], fp[t], fn[t])
        per_type[t] = {"precision": p, "recall": r, "f1": f, "n": tp[t] + fn[t]}
    return {
        "records": len(records),
        "type_accuracy": round(correct / len(records), 4) if records else 0.0,
        "source_country_accuracy": round(src_ok / src_n, 4) if src_n else None,
        "target_country_accuracy": round(tgt_ok / tgt_n, 4) if tgt_n else None,
        "no_event": sum(1 for e in errors if e["pred"] is None),
        "per_type": per_type,
        "errors": errors,
    }
