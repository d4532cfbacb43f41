"""Stage ``places``: every toponym in the body resolved against the gazetteer, with the
article's focus country as context; metonyms used as actors ("Moscow said") are skipped."""

from __future__ import annotations

from collections import Counter

from ..actors.lexicon import load_lexicon
from ..nlp.stages import ArticleContext, stage
from ..records import Place
from .gazetteer import GeoEntry, load_gazetteer

ACTOR_DEPS = {"nsubj", "nsubjpass", "poss", "agent"}


def _is_metonym(ent) -> bool:
    """A capital or country used as an actor: subject of a verb or a possessor."""
    return ent.root.dep_ in ACTOR_DEPS and ent.root.head.pos_ in ("VERB", "AUX", "NOUN")


def resolve_name(name: str, focus: str | None) -> tuple[str, GeoEntry | None, str | None]:
    """(kind, city entry, country iso3) for a toponym string."""
    lex = load_lexicon()
    low = name.lower().removeprefix("the ").strip()
    cands = load_gazetteer().lookup(low)
    if low in lex.country_names and not (cands and cands[0].population > 2_000_000 and
                                         cands[0].name.lower() == low):
        return "country", None, lex.country_names[low]
    if cands:
        best = max(cands, key=lambda e: (e.country == focus, e.population > 100_000, e.population))
        return "city", best, best.country
    return "other", None, None


def make_place(text: str, start: int, end: int, focus: str | None) -> Place | None:
    kind, entry, iso3 = resolve_name(text, focus)
    if kind == "country":
        name = load_lexicon().countries[iso3].name if iso3 in load_lexicon().countries else text
        return Place(text=text, start=start, end=end, name=name, country=iso3, kind="country")
    if entry is not None:
        return Place(text=text, start=start, end=end, name=entry.name, geonameid=entry.geonameid,
                     country=entry.country, admin1=entry.admin1, lat=entry.lat, lon=entry.lon,
                     kind="city")
    return None


def focus_country(ctx: ArticleContext) -> str | None:
    """Most frequent country among the dateline and the body's toponyms and adjectives."""
    lex = load_lexicon()
    counts: Counter[str] = Counter()
    dl = ctx.article.dateline
    if dl is not None:
        kind, entry, iso3 = resolve_name(dl.text.title(), None)
        if iso3:
            counts[iso3] += 3
    for ent in ctx.doc.ents:
        low = ent.text.lower().removeprefix("the ")
        iso3 = lex.country_names.get(low) or lex.adjectives.get(low)
        if iso3:
            counts[iso3] += 1
    return counts.most_common(1)[0][0] if counts else None


@stage("places", requires=("doc",), assigns=("places", "place_ents", "dateline_place", "focus_country"))
def find_places(ctx: ArticleContext) -> dict:
    focus = focus_country(ctx)
    places: list[Place] = []
    pairs = []
    for ent in ctx.doc.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC") or _is_metonym(ent):
            continue
        start, end = ctx.span(ent.start_char, ent.end_char)
        place = make_place(ent.text, start, end, focus)
        if place is not None:
            places.append(place)
            pairs.append((ent, place))
    dateline_place = None
    dl = ctx.article.dateline
    if dl is not None:
        idx = ctx.article.text.find(dl.text)
        dateline_place = make_place(dl.text.title(), max(idx, 0), max(idx, 0) + len(dl.text), focus)
        if dateline_place is not None:
            dateline_place = dateline_place.model_copy(update={"text": dl.text})
    return {"places": places, "place_ents": pairs, "dateline_place": dateline_place, "focus_country": focus}
