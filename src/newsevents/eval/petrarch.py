"""`newsevents eval petrarch PATH --dicts DIR`: the PETRARCH validation suite.

Scores the CAMEO-only core (records with ``active``, ``category_included`` and
``codes_all_cameo``): per record the set of (source, target, CAMEO code) triples the coder gives
(:mod:`newsevents.dicts.coder`, spaCy parse + the suite's PETRARCH dictionaries, actor date
restrictions read at the record's date) against the expected set. ``exact``: share of records
whose sets are equal; ``precision``/``recall``/``f1`` over triples; ``root_f1``: the same with
codes cut to their two-digit CAMEO root. A record's PETRARCH option ``require_dyad: false``
(in its ``config``) is honoured; its own treebank parse is not used."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from . import prf


def core_records(path: Path) -> list[dict]:
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return [r for r in rows if r.get("active") and r.get("category_included")
            and r.get("codes_all_cameo")]


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _root(triples: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c in triples}


def evaluate(path: Path, dicts: str | Path | None = None, pipeline=None, **_: object) -> dict:
    from ..dicts.coder import code_doc
    from ..dicts.petrarch import load_dictionaries

    path = Path(path)
    folder = Path(dicts) if dicts else path.parent / (path.stem + "_dicts")
    bundle = load_dictionaries(folder)
    records = core_records(path)
    if pipeline is None:
        from ..nlp.model import load_nlp

        nlp = load_nlp()
    else:
        nlp = pipeline.nlp
    docs = nlp.pipe([r["text"] for r in records], batch_size=64)
    exact = 0
    counts = {"tp": 0, "fp": 0, "fn": 0, "rtp": 0, "rfp": 0, "rfn": 0}
    errors = []
    for rec, doc in zip(records, docs, strict=True):
        dyad = str((rec.get("config") or {}).get("require_dyad", "true")).lower() != "false"
        pred = {e.triple for e in code_doc(bundle, doc, _day(rec.get("date")), require_dyad=dyad)}
        gold = {(e["source"], e["target"], e["code"]) for e in rec.get("expected") or []}
        exact += pred == gold
        counts["tp"] += len(pred & gold)
        counts["fp"] += len(pred - gold)
        counts["fn"] += len(gold - pred)
        rp, rg = _root(pred), _root(gold)
        counts["rtp"] += len(rp & rg)
        counts["rfp"] += len(rp - rg)
        counts["rfn"] += len(rg - rp)
        if pred != gold:
            errors.append({"id": rec["id"], "text": rec["text"], "gold": sorted(gold),
                           "pred": sorted(pred)})
    p, r, f = prf(counts["tp"], counts["fp"], counts["fn"])
    _, _, rf = prf(counts["rtp"], counts["rfp"], counts["rfn"])
    n = len(records)
    return {"records": n, "exact": round(exact / n, 4) if n else 0.0, "precision": p,
            "recall": r, "f1": f, "root_f1": rf, "errors": errors}
