"""`newsevents eval examples DIR`: the sample corpus's expected facts (examples/expected/*.json).

- key events (``events``): found when an output event in the same sentence has the same PLOVER
  type (``key_type_recall``) and, where the gold names countries, shares a source and a target
  country (``key_dyad_recall``);
- precision against the exhaustive annotation (``all_events``, where present): an output event
  is true when an annotated event in the same sentence has the same type;
- ``implied_side_accuracy``: of the sides the text does not name (role "implied") on true
  output events, the share that has the annotated country, where the annotation names that side
  (``implied_sides`` counts right, wrong, and unannotated ones);
- ``false_asserted``: output events coded asserted where the gold says negated or
  hypothetical (``non_events`` and non-asserted ``all_events``) — must be 0."""

from __future__ import annotations

import json
from pathlib import Path

from ..records import Event, Extraction
from . import gold_countries, predicted_countries

NOT_ASSERTED = {"negated", "hypothetical"}


def _same_sentence(ev: Event, gold: dict) -> bool:
    return gold.get("sentence_contains", "\0") in ev.sentence.text


def _dyad_ok(ev: Event, gold: dict) -> bool:
    gs, gt = gold_countries(gold.get("source") or []), gold_countries(gold.get("target") or [])
    ps, pt = predicted_countries(ev.source), predicted_countries(ev.target)
    return (not gs or bool(gs & ps)) and (not gt or bool(gt & pt))


# (function words shared by two triggers do not make them one: "organized the march" is not
# "takes to the streets")
FUNCTION_WORDS = {"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or",
                  "its", "his", "her", "their", "it", "was", "were", "is", "be", "been", "has", "had", "have"}


def _trigger_hit(ev: Event, gold: dict) -> bool:
    words = {w.lower() for w in gold.get("trigger", "").split()} - FUNCTION_WORDS
    return bool(words & {w.lower() for w in ev.trigger.text.split()})


def _implied_sides(true: list[Event], gold_all: list[dict]) -> dict:
    """How the implied sides (role "implied": a side the text does not name) of the true output
    events compare with the annotation: the annotated side's country (``implied_right``), another
    country (``implied_wrong``), or no side annotated (``implied_unannotated``)."""
    out = {"implied_right": 0, "implied_wrong": 0, "implied_unannotated": 0}
    for e in true:
        golds = [g for g in gold_all if _same_sentence(e, g) and e.plover.type == g["type"]]
        for side in ("source", "target"):
            actors = getattr(e, side)
            if not actors or any(a.role != "implied" for a in actors):
                continue
            gold = set().union(*(gold_countries(g.get(side) or []) for g in golds))
            if not gold:
                out["implied_unannotated"] += 1
            elif gold & predicted_countries(actors):
                out["implied_right"] += 1
            else:
                out["implied_wrong"] += 1
    return out


def score_article(x: Extraction, exp: dict) -> dict:
    events = x.events
    key = exp.get("events", [])
    found_type = found_dyad = 0
    misses = []
    for g in key:
        cands = [e for e in events if _same_sentence(e, g) and e.plover.type == g["type"]]
        found_type += bool(cands)
        found_dyad += any(_dyad_ok(e, g) for e in cands)
        if not cands:
            misses.append({"type": g["type"], "trigger": g["trigger"], "sentence": g["sentence_contains"]})
    out = {"key": len(key), "key_type": found_type, "key_dyad": found_dyad, "misses": misses}
    gold_all = exp.get("all_events")
    if gold_all is not None:
        true = [e for e in events if any(_same_sentence(e, g) and e.plover.type == g["type"] for g in gold_all)]
        out["output"] = len(events)
        out["true"] = len(true)
        out["false"] = [(e.plover.type, e.trigger.text, e.sentence.text[:80]) for e in events if e not in true]
        out.update(_implied_sides(true, gold_all))
    bad = []
    negs = [g for g in exp.get("non_events", [])] + [
        g for g in (gold_all or []) if g.get("factuality") in NOT_ASSERTED]
    # (the key events count too: a set written without "all_events" still lists its key threats)
    asserted_gold = [g for g in (gold_all or []) + key if g.get("factuality", "asserted") == "asserted"]
    for e in events:
        if e.factuality != "asserted":
            continue
        # "will not send troops" is an asserted REJECT sharing its trigger with a negated AID:
        # an asserted event that matches an asserted gold event of its own type is not false.
        if any(_same_sentence(e, g) and e.plover.type == g.get("type") and _trigger_hit(e, g)
               for g in asserted_gold):
            continue
        for g in negs:
            if _same_sentence(e, g) and _trigger_hit(e, g):
                bad.append((e.plover.type, e.trigger.text, g.get("sentence_contains")))
                break
    out["false_asserted"] = bad
    return out


def evaluate(path: Path, pipeline=None, **_: object) -> dict:
    from ..ingest import iter_path
    from ..pipeline import Pipeline

    path = Path(path)
    exp_dir = path if path.name == "expected" else path / "expected"
    art_dir = exp_dir.parent / "articles"
    pipe = pipeline or Pipeline()
    per_article = {}
    totals = {"key": 0, "key_type": 0, "key_dyad": 0, "output": 0, "true": 0, "false_asserted": 0,
              "implied_right": 0, "implied_wrong": 0, "implied_unannotated": 0}
    errors = []
    for exp_file in sorted(exp_dir.glob("*.json")):
        exp = json.loads(exp_file.read_text(encoding="utf-8"))
        raws = list(iter_path(art_dir / f"{exp_file.stem}.txt"))
        (x,) = list(pipe.process(raws))
        if not isinstance(x, Extraction):
            errors.append({"article": exp_file.stem, "reject": x.reason})
            continue
        s = score_article(x, exp)
        per_article[exp_file.stem] = {k: v for k, v in s.items() if not isinstance(v, list)}
        for k in ("key", "key_type", "key_dyad", "output", "true", "implied_right", "implied_wrong",
                  "implied_unannotated"):
            totals[k] += s.get(k, 0)
        totals["false_asserted"] += len(s["false_asserted"])
        errors += [{"article": exp_file.stem, "miss": m} for m in s["misses"]]
        errors += [{"article": exp_file.stem, "false": f} for f in s.get("false", [])]
        errors += [{"article": exp_file.stem, "false_asserted": f} for f in s["false_asserted"]]
    implied_right = totals["implied_right"]
    return {
        "articles": len(per_article),
        "key_type_recall": round(totals["key_type"] / totals["key"], 4) if totals["key"] else None,
        "key_dyad_recall": round(totals["key_dyad"] / totals["key"], 4) if totals["key"] else None,
        "precision": round(totals["true"] / totals["output"], 4) if totals["output"] else None,
        "false_event_share": round(1 - totals["true"] / totals["output"], 4) if totals["output"] else None,
        "false_asserted": totals["false_asserted"],
        # implied sides of true events: the annotated country where the annotation names that side
        "implied_side_accuracy": round(implied_right / (implied_right + totals["implied_wrong"]), 4)
        if implied_right + totals["implied_wrong"] else None,
        "implied_sides": {k: totals[f"implied_{k}"] for k in ("right", "wrong", "unannotated")},
        "per_article": per_article,
        "errors": errors,
    }
