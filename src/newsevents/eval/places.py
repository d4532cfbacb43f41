"""`newsevents eval places PATH`: toponym resolution and event location on a labelled set.

Input: JSONL, one record per text (examples/gold/places.jsonl):

- ``id``; either ``text`` (a short article, first line the headline) or ``article`` (a path
  relative to the JSONL file); optional ``published``;
- ``places``: ``[{"text", "lat", "lon", "country", "geonameid"?, "kind"?}]``: each toponym
  string once, with where it really is;
- ``events`` (optional): ``[{"type", "sentence_contains", "trigger", "place": {"name",
  "country", "lat", "lon"} | null}]``.

Scoring:

- **end to end**: a gold toponym is matched to the first output place whose text has the same
  name key (or contains it / is contained in it); unmatched golds count as errors;
- **given** (gold toponyms given, as Mordecai3 reports): where no output place matched, the
  toponym string is resolved with the article's context (``places.stage.resolve_text``);
- a gold place is right *within R km* when the output point is within R km of it; a gold
  country (``kind`` country, or a name the country lexicon knows) is right when the output is
  that country (a point on a country is a convention, not a location);
- ``exact_id``: share of golds with a ``geonameid`` whose output has the same id;
- **event places**: an output event in the same sentence with the same PLOVER type and a
  trigger word in common is matched to each gold event with a place; its place is right when
  it is within 50 km of the gold (a country: same country code). ``event_place_coverage`` is
  the share of gold events that had a matching output event; gold events without a place are
  counted in ``event_no_place`` with how many got one anyway (``event_no_place_given``)."""

from __future__ import annotations

import json
from pathlib import Path

from ..places.names import name_key

RADII = (161, 50)


def _records(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _is_country(gold: dict) -> bool:
    from ..actors.lexicon import load_lexicon

    if gold.get("kind"):
        return gold["kind"] == "country"
    return name_key(gold.get("text") or gold.get("name") or "") in load_lexicon().country_names


def place_correct(gold: dict, pred, radius: float) -> bool:
    """Is output place ``pred`` (a Place or GeoEntry) the gold place, within ``radius`` km?"""
    from ..places.stage import distance_km

    if pred is None:
        return False
    if _is_country(gold):
        return pred.kind == "country" and pred.country == gold.get("country")
    if pred.lat is None or gold.get("lat") is None:
        return False
    return distance_km(gold["lat"], gold["lon"], pred.lat, pred.lon) <= radius


def _match(gold_text: str, places: list) -> object | None:
    key = name_key(gold_text)
    for p in places:
        if name_key(p.text) == key:
            return p
    for p in places:
        pk = name_key(p.text)
        if key and pk and (key in pk or pk in key):
            return p
    return None


def _event_match(events: list, gold: dict):
    words = {w.lower() for w in gold.get("trigger", "").split()}
    same = [e for e in events if gold.get("sentence_contains", "\0") in e.sentence.text
            and e.plover.type == gold["type"]
            and words & {w.lower() for w in e.trigger.text.split()}]
    return same[0] if same else None


def _extract(rec: dict, base: Path, pipe):
    from ..ingest.sources import RawArticle
    from ..records import Extraction
    from ..structure import structure_article

    if "article" in rec:
        text = (base / rec["article"]).read_text(encoding="utf-8")
        source = rec["article"]
    else:
        text, source = rec["text"], rec.get("id", "<text>")
    article = structure_article(RawArticle(source=source, text=text),
                                published=rec.get("published"), check_language=False)
    x = pipe.annotate(article, pipe.nlp(article.body))
    return x if isinstance(x, Extraction) else None


def evaluate(path: Path, pipeline=None, **_: object) -> dict:
    from ..pipeline import Pipeline
    from ..places.stage import Context, resolve_text

    path = Path(path)
    pipe = pipeline or Pipeline()
    n = n_e2e = n_id = id_ok = 0
    right = {("e2e", r): 0 for r in RADII} | {("given", r): 0 for r in RADII}
    ev_total = ev_found = ev_right = ev_none = ev_none_given = 0
    per_set: dict[str, dict] = {}
    errors: list[dict] = []
    for rec in _records(path):
        x = _extract(rec, path.parent, pipe)
        group = per_set.setdefault(rec.get("set", "own"), {
            "places": 0, "within_50": 0, "within_161": 0, "events": 0, "event_found": 0,
            "event_right": 0})
        if x is None:
            errors.append({"id": rec.get("id"), "error": "rejected"})
            continue
        out_places = list(x.places)
        if x.article.dateline is not None and x.article.dateline.place is not None:
            out_places.append(x.article.dateline.place)
        context = None
        for gold in rec.get("places", []):
            n += 1
            group["places"] += 1
            pred = _match(gold["text"], out_places)
            n_e2e += pred is not None
            given = pred
            if given is None:
                if context is None:
                    context = Context()
                    for p in x.places:
                        if p.country:
                            context.countries[p.country] += 1
                given = resolve_text(gold["text"], context)
            for r in RADII:
                right[("e2e", r)] += place_correct(gold, pred, r)
                right[("given", r)] += place_correct(gold, given, r)
            group["within_50"] += place_correct(gold, pred, 50)
            group["within_161"] += place_correct(gold, pred, 161)
            if gold.get("geonameid"):
                n_id += 1
                id_ok += given is not None and given.geonameid == gold["geonameid"]
            if not place_correct(gold, pred, 50):
                errors.append({"id": rec.get("id"), "toponym": gold["text"],
                               "gold": [gold.get("lat"), gold.get("lon"), gold.get("country")],
                               "got": None if pred is None else
                               [pred.name, pred.lat, pred.lon, pred.country, pred.kind]})
        for g in rec.get("events", []):
            ev = _event_match(x.events, g)
            if g.get("place") is None:
                ev_none += 1
                ev_none_given += ev is not None and ev.place is not None
                continue
            ev_total += 1
            group["events"] += 1
            if ev is None:
                continue
            ev_found += 1
            group["event_found"] += 1
            gp = dict(g["place"], text=g["place"].get("name"))
            ok = place_correct(gp, ev.place, 50)
            ev_right += ok
            group["event_right"] += ok
            if not ok:
                errors.append({"id": rec.get("id"), "event": [g["type"], g.get("trigger")],
                               "gold": g["place"].get("name"),
                               "got": None if ev.place is None else
                               [ev.place.name, ev.place.country, ev.place.basis]})

    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 4) if b else None

    return {
        "toponyms": n,
        "found": ratio(n_e2e, n),
        "within_161km": ratio(right[("e2e", 161)], n),
        "within_50km": ratio(right[("e2e", 50)], n),
        "given_within_161km": ratio(right[("given", 161)], n),
        "given_within_50km": ratio(right[("given", 50)], n),
        "exact_id": ratio(id_ok, n_id),
        "with_id": n_id,
        "events_with_place": ev_total,
        "event_place_coverage": ratio(ev_found, ev_total),
        "event_place_accuracy": ratio(ev_right, ev_found),
        "event_place_accuracy_all": ratio(ev_right, ev_total),
        "event_no_place": ev_none,
        "event_no_place_given": ev_none_given,
        "per_set": {k: dict(v, within_50km=ratio(v["within_50"], v["places"]),
                            within_161km=ratio(v["within_161"], v["places"]),
                            event_place_accuracy=ratio(v["event_right"], v["event_found"]))
                    for k, v in per_set.items()},
        "errors": errors,
    }
