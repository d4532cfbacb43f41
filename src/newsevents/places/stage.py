"""Stage ``places``: find the toponyms of the body and resolve each against the gazetteer.

Reads the spaCy Doc and the dateline; assigns

- ``places``: every toponym resolved (``records.Place``), metonyms included;
- ``place_ents``: ``(span, place)`` pairs usable as event places (metonyms such as
  "Washington said" or "Russia's Foreign Ministry" left out: the actors stage codes them);
- ``dateline_place``: the dateline's place (or None);
- ``focus_country``: the article's main country (ISO3) from the dateline and mentions.

Mentions are found by ``mentions.find_mentions``. Resolution scores each candidate entry (see ``score``) in two
passes: the first with the article's country weights, the second also with the proximity of
the places resolved confidently in the first pass. One sense per discourse: every mention of
the same name with the same cue resolves alike."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..actors.kb import kb_of
from ..actors.lexicon import load_lexicon
from ..nlp.stages import ArticleContext, stage
from ..records import Place
from .gazetteer import GeoEntry, load_gazetteer
from .mentions import Mention, find_mentions, is_metonym
from .names import name_key

# ---------------------------------------------------------------- geometry

def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


# ---------------------------------------------------------------- context

@dataclass
class Context:
    """What the article says about where it is: country weights, admin1 names, anchor points."""

    countries: Counter = field(default_factory=Counter)
    admin_keys: dict[str, str] = field(default_factory=dict)  # admin name key → mention key
    anchors: list[tuple[str, float, float]] = field(default_factory=list)  # (key, lat, lon)
    # admin1 key → keys of the names placing something in it (the dateline's: "")
    within: dict[str, set[str]] = field(default_factory=dict)

    @property
    def focus(self) -> str | None:
        return self.countries.most_common(1)[0][0] if self.countries else None

    def share(self, iso3: str | None) -> float:
        total = sum(self.countries.values())
        return self.countries.get(iso3, 0) / total if iso3 and total else 0.0


def score(e: GeoEntry, key: str, hint: str | None, ctx: Context, cands=(),
          container: Mention | None = None) -> float:
    """How likely entry ``e`` is the place named ``key`` here (higher is likelier)."""
    lex = load_lexicon()
    pop = e.population
    if e.curated:  # supplement rows carry no population: rank a region like a large place
        pop = max(pop, 1_000_000 if e.kind == "region" else 100_000)
    s = 0.8 * math.log10(pop + 1)
    if e.kind == "country":
        # a country name is the country, unless the article is plainly elsewhere and a
        # same-named place is there ("Georgia" in a story from Atlanta)
        named = key in lex.country_names or e.primary
        s += (7.0 if ctx.share(e.country) > 0 or ctx.focus is None else 6.0) if named else 2.0
    elif e.kind == "admin":
        same_city = any(c.kind == "city" and c.country == e.country and c.population >= 10_000
                        for c in cands)
        s += (1.5 if e.level == 1 else 0.6) - (3.5 if same_city else 0.0)
    elif e.kind in ("airport", "base"):
        s -= 1.0
    if e.curated:
        s += 5.0
    if e.capital:
        s += 3.0
    if not e.primary:
        s -= 0.8
    if not e.exact:
        s -= 1.0
    # article context
    s += 2.5 * ctx.share(e.country) + (1.0 if e.country and e.country == ctx.focus else 0.0)
    if e.admin1 and ctx.admin_keys.get(name_key(e.admin1), key) != key:
        s += 1.5
    if e.kind == "admin" and e.level == 1 and ctx.within.get(name_key(e.name), set()) - {key}:
        s += 2.0  # the state the dateline or another confident place lies in
    if ctx.anchors and e.kind != "country":
        d = min((distance_km(e.lat, e.lon, lat, lon) for k, lat, lon in ctx.anchors if k != key),
                default=1e9)
        s += 2.0 if d < 100 else 1.2 if d < 300 else 0.5 if d < 800 else 0.0
    # "Paris, Texas", "Hyderabad, Pakistan": inside the place named after the comma
    if container is not None:
        for c in container.cands:
            if c.kind == "country" and c.country == e.country and e.kind != "country":
                s += 3.0
                break
            if c.kind == "admin" and e.admin1 and c.country == e.country and (
                    name_key(e.admin1) in (container.key, name_key(c.name))):
                s += 4.0
                break
    # the type noun beside the name
    if hint == "admin":
        s += 3.0 if e.kind == "admin" else -1.0
    elif hint == "city":
        s += 1.5 if e.kind == "city" else -1.0 if e.kind == "admin" else 0.0
    elif hint == "site":
        s += 1.5 if e.kind in ("airport", "base", "other", "region") else 0.0
    return s


def choose(cands, key: str, hint: str | None, ctx: Context,
           container: Mention | None = None) -> tuple[GeoEntry | None, float]:
    """Best entry and its margin over the runner-up."""
    if not cands:
        return None, 0.0
    scored = sorted(((score(e, key, hint, ctx, cands, container), n)
                     for n, e in enumerate(cands)), reverse=True)
    best = cands[scored[0][1]]
    margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 10.0
    return best, margin


# ---------------------------------------------------------------- resolution

DATELINE_SHARE = 0.4  # of all the other evidence, at least 3


def headline_countries(title: str | None) -> set[str]:
    """The countries a headline names by name, demonym or capital ("Belarus frees 52 prisoners
    after U.S. envoy's visit" → BLR, USA)."""
    lex = load_lexicon()
    words = re.findall(r"[\w.'’-]+", title or "")
    out: set[str] = set()
    for i in range(len(words)):
        for n in (3, 2, 1):
            shown = " ".join(words[i:i + n]).removesuffix("'s").removesuffix("’s")
            key = shown.lower()
            iso = ((lex.country_names.get(key) if not lex.lower_acronym(key, shown) else None)
                   or lex.adjectives.get(key) or lex.capitals.get(key))
            if iso and shown[:1].isupper():
                out.add(iso)
                break
    return out


def article_context(doc, mentions: list[Mention], dateline_entry: GeoEntry | None,
                    headline: set[str] | frozenset[str] = frozenset()) -> Context:
    """Country weights: country names and names with a single candidate country (1 each),
    demonyms (0.5), capitals standing for their government (0.5), and the dateline (3, or 40%
    of all the others if that is more; 1 when the headline names other countries only)."""
    lex = load_lexicon()
    ctx = Context()
    scenes: Counter = Counter()  # places below country level named in the text, per country
    for tok in doc:
        iso3 = lex.adjectives.get(tok.lower_)
        if iso3:
            ctx.countries[iso3] += 0.5
    shared: list[tuple[str, set[str]]] = []  # country names that are also large places elsewhere
    country_keys = _country_keys()
    for m in mentions:
        if m.key in country_keys:
            iso3 = country_keys[m.key]
            # "Georgia" is no evidence for Georgia while a large place of that very name exists
            # (a city known by the name only as an alternate, a district's nickname, does not count)
            elsewhere = {e.country for e in m.cands if e.country != iso3 and e.population >= 100_000 and e.primary}
            if elsewhere:
                shared.append((iso3, elsewhere))
            else:
                ctx.countries[iso3] += 1
            continue
        # (a hamlet of no recorded population is no evidence: "Baraka" is also a Sulawesi village)
        countries = {e.country for e in m.cands
                     if e.country and (e.primary or e.population >= 100_000) and (e.population or e.curated)}
        if len(countries) == 1:
            # "New Delhi said", "talks with Washington": a capital standing for its government
            # names an actor of the story, weaker evidence of where it happens than a place
            capital = next((e for e in m.cands if e.capital), None)
            metonym = capital is not None and is_metonym(m.span, capital, m.key)
            ctx.countries[next(iter(countries))] += 0.5 if metonym else 1
            if not metonym:
                scenes[next(iter(countries))] += 1
    for iso3, elsewhere in shared:
        # ... unless nothing else points there ("Niger" in a story that never names Nigeria is no
        # Nigerian state)
        if not any(ctx.countries[c] for c in elsewhere):
            ctx.countries[iso3] += 1
    if dateline_entry is not None and dateline_entry.country:
        # the reporter is there: unnamed domestic actors usually belong to that country (unless
        # the dateline is where others negotiate: "DOHA —" over talks in Doha on Congo)
        weight = max(3.0, DATELINE_SHARE * sum(ctx.countries.values()))
        # (a venue only when the headline names more than the dateline's own country: "BEIRUT —"
        # over "Lebanon's cabinet tasks army …" is at home even if talks are held in Beirut too)
        venue = _venue(mentions, dateline_entry) and headline != {dateline_entry.country}
        if venue or _reported_from(dateline_entry, scenes) or (
                headline and dateline_entry.country not in headline):
            # ("VILNIUS —" over "Belarus frees 52 prisoners …": filed from a neighbour)
            weight = 1.0
        elif scenes[dateline_entry.country] >= 2 and scenes[dateline_entry.country] >= max(scenes.values()):
            # "BAGHDAD —" over U.S. strikes on Iraqi sites: the reporter is where most of the
            # story's places are, so that country leads however often others are named
            lead = max((n for iso, n in ctx.countries.items() if iso != dateline_entry.country), default=0.0)
            weight = max(weight, lead + 1.0 - ctx.countries[dateline_entry.country])
        ctx.countries[dateline_entry.country] += weight
        if dateline_entry.kind != "country":
            ctx.anchors.append((name_key(dateline_entry.name), dateline_entry.lat,
                                dateline_entry.lon))
        if dateline_entry.admin1:
            ctx.within.setdefault(name_key(dateline_entry.admin1), set()).add("")
    return ctx


VENUE_WORDS = {"talks", "talk", "meeting", "summit", "ceremony", "negotiation", "conference", "sign", "host",
               "hold", "meet", "mediate", "broker", "negotiate", "bring", "gather", "convene", "agreement",
               "accord", "deal", "signing", "round"}  # fmt: skip


@lru_cache(maxsize=1)
def _country_keys() -> dict[str, str]:
    """Country names as mention keys ("U.S." → "u s"): a country named is no scene in it."""
    return {name_key(name): iso3 for name, iso3 in load_lexicon().country_names.items()}


def _reported_from(dateline_entry: GeoEntry, scenes: Counter) -> bool:
    """"CAIRO —" over strikes in Gaza City and Khan Younis: no place of the dateline's country
    is named in the text while another country's places are (three or more), so the dateline is
    where the reporter files from, not the scene."""
    return scenes[dateline_entry.country] == 0 and any(
        n >= 3 for iso, n in scenes.items() if iso != dateline_entry.country)


def _venue(mentions: list[Mention], dateline_entry: GeoEntry) -> bool:
    """The dateline city is named in the text as the place of talks or a signing ("talks in
    Doha", "signed in Washington", "brought the delegations to Doha")."""
    key = name_key(dateline_entry.name)
    for m in mentions:
        if m.key != key:
            continue
        prep = m.span.root.head
        verb = prep.head
        if m.span.root.dep_ == "pobj" and prep.lower_ in ("in", "to", "at") and \
                verb.lemma_.lower() in VENUE_WORDS:
            if verb.lemma_.lower() == "hold" and not any(
                    c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in VENUE_WORDS for c in verb.children):
                continue  # "funerals were held in Baghdad": a venue of talks only when talks are held
            return True
    return False


def resolve_mentions(mentions: list[Mention], ctx: Context) -> None:
    """Two passes: country context only, then with the confident places as anchors."""
    by_key: dict[tuple, tuple[GeoEntry | None, float]] = {}
    for n, m in enumerate(mentions):
        # a transliteration-tolerant match, or a minor place matched on one of its other
        # names (often another language's), only in a country the article names
        # (a hamlet of no recorded population abroad is not the place of a story told elsewhere:
        # "Congo's lakeside town of Baraka" is no Indonesian village)
        m.cands = tuple(e for e in m.cands if ctx.share(e.country) > 0 or e.kind == "country"
                        or e.curated or (e.exact and (e.primary or e.population >= 100_000)
                                         and (e.population > 0 or not ctx.countries)))
        nxt = mentions[n + 1] if n + 1 < len(mentions) else None
        doc = m.span.doc
        if nxt is not None and nxt.span.start == m.span.end + 1 and doc[m.span.end].text == ",":
            m.container = nxt
    for m in mentions:
        k = (m.key, m.hint, m.container.key if m.container else None)
        if k not in by_key:
            by_key[k] = choose(m.cands, m.key, m.hint, ctx, m.container)
        m.entry, m.margin = by_key[k]
    for m in mentions:
        e = m.entry
        if e is None:
            continue
        if e.kind == "admin":
            ctx.admin_keys[name_key(e.name)] = m.key
        if e.kind != "country" and m.margin >= 1.5:
            ctx.anchors.append((m.key, e.lat, e.lon))
            if e.admin1 and e.kind != "admin":
                ctx.within.setdefault(name_key(e.admin1), set()).add(m.key)
    by_key.clear()
    for m in mentions:
        if m.nominal_iso3:
            continue
        k = (m.key, m.hint, m.container.key if m.container else None)
        if k not in by_key:
            by_key[k] = choose(m.cands, m.key, m.hint, ctx, m.container)
        m.entry, m.margin = by_key[k]
    _parts_of_longer(mentions)


def _parts_of_longer(mentions: list[Mention]) -> None:
    """A name the tagger cut out of a longer place the article names ("Salaam" of "Dar es
    Salaam") is that place, not a namesake in a country the article never mentions."""
    longer = [m for m in mentions if m.entry is not None and " " in m.key and m.entry.kind != "country"]
    for m in mentions:
        e = m.entry
        if e is None or " " in m.key or e.kind in ("country", "admin"):
            continue
        whole = next((x for x in longer if m.key in x.key.split() and x.entry.country != e.country), None)
        if whole is not None:
            m.entry, m.margin = whole.entry, whole.margin


def to_place(text: str, start: int, end: int, e: GeoEntry) -> Place:
    return Place(text=text, start=start, end=end, name=e.name, geonameid=e.geonameid,
                 country=e.country, admin1=e.admin1 if e.kind != "country" else None,
                 lat=e.lat, lon=e.lon, kind=e.kind)  # type: ignore[arg-type]


_DATELINE_TAIL = re.compile(r",\s*([A-Z][A-Za-z.' -]{1,40}?)\s*(?:\(|—|–|-|:)")


def _dateline_text(text: str, dateline: str) -> str:
    """The dateline with the country or state the structure step left out ("PARIS, Texas")."""
    i = text.find(dateline)
    if i < 0 or "," in dateline:
        return dateline
    m = _DATELINE_TAIL.match(text, i + len(dateline))
    return f"{dateline}, {m.group(1)}" if m else dateline


def resolve_dateline(text: str) -> tuple[GeoEntry | None, GeoEntry | None]:
    """"NAIROBI", "KYIV, Ukraine", "PARIS, Texas": (the place, the country or state named
    after it, if any); the place is the most prominent entry inside that country or state."""
    gaz = load_gazetteer()
    lex = load_lexicon()
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts:
        return None, None
    outer = None
    if len(parts) > 1:
        iso3 = lex.country_names.get(parts[-1].lower())
        outer = gaz.country(iso3) if iso3 else next(
            (e for e in gaz.lookup(parts[-1], loose=False) if e.kind == "admin" and e.level == 1),
            None)
    cands = gaz.lookup(parts[0])
    if not cands:
        return None, outer
    ctx = Context()
    if outer is not None and outer.country:
        ctx.countries[outer.country] = 1
    inside = [e for e in cands if outer is None or (e.country == outer.country and (
        outer.kind == "country" or (e.admin1 and name_key(e.admin1) == name_key(outer.name))))]
    best, _ = choose(inside or cands, name_key(parts[0]), None, ctx)
    return best, outer


def resolve_text(text: str, context: Context | None = None) -> GeoEntry | None:
    """Resolve a toponym string on its own (or with an article's ``Context``)."""
    cands = load_gazetteer().lookup(text)
    return choose(cands, name_key(text), None, context or Context())[0]


@stage("places", requires=("doc",),
       assigns=("places", "place_ents", "dateline_place", "focus_country", "place_context"))
def find_places(ctx: ArticleContext) -> dict:
    gaz = load_gazetteer()
    # (the same knowledge base the actors stage codes with, user files included)
    mentions = find_mentions(ctx.doc, gaz, kb_of(ctx.options))
    dl = ctx.article.dateline
    dl_text = _dateline_text(ctx.article.text, dl.text) if dl is not None else ""
    dl_entry, dl_outer = resolve_dateline(dl_text) if dl is not None else (None, None)
    context = article_context(ctx.doc, mentions, dl_entry, headline_countries(ctx.article.title))
    resolve_mentions(mentions, context)
    places: list[Place] = []
    pairs = []
    for m in mentions:
        if m.entry is None:
            continue
        start, end = ctx.span(m.span.start_char, m.span.end_char)
        place = to_place(m.span.text, start, end, m.entry)
        places.append(place)
        m.metonym = is_metonym(m.span, m.entry, m.key)
        if not m.metonym:
            pairs.append((m.span, place))
    dateline_place = None
    if dl_entry is not None:
        idx = max(ctx.article.text.find(dl.text), 0)
        name = dl.text.split(",")[0].strip()
        dateline_place = to_place(name, idx, idx + len(name), dl_entry)
        if dl_outer is not None:  # "KYIV, Ukraine": the country is a toponym of the text too
            outer = dl_text.split(",")[-1].strip()
            o = ctx.article.text.find(outer, idx)
            if o >= 0:
                places.insert(0, to_place(outer, o, o + len(outer), dl_outer))
    return {"places": places, "place_ents": pairs, "dateline_place": dateline_place,
            "focus_country": context.focus, "place_context": context}
