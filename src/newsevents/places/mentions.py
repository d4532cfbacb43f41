"""Toponym mentions: which spans of a Doc name places, with their gazetteer candidates.

Mentions come from named entities (any label but numbers and dates: the small model often
tags towns as PERSON, ORG or NORP) and from proper-noun runs outside entities, widened to the
longest gazetteer name around them; a name not tagged as a place needs a cue (a locative
preposition, a place noun, a type noun, a country or capital name) before it counts.
``is_metonym`` tells a place standing for its government ("Moscow said")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..actors.kb import load_kb
from ..actors.lexicon import load_lexicon
from .gazetteer import GeoEntry, load_gazetteer
from .names import name_key

PLACE_LABELS = {"GPE", "LOC", "FAC"}
SKIP_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
               "LANGUAGE", "LAW"}  # fmt: skip
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "into", "from",
                  "to", "towards", "toward", "through", "throughout", "via", "between",
                  "within", "off", "along", "over", "onto", "out", "beyond"}  # fmt: skip
# nouns after a name that say what kind of place it is ("Kursk region", "Engels base")
ADMIN_NOUNS = {"region", "province", "state", "oblast", "governorate", "district", "county",
               "prefecture", "department", "territory", "municipality", "division", "zone",
               "raion", "krai", "canton", "emirate", "subdistrict", "commune", "lga"}  # fmt: skip
CITY_NOUNS = {"city", "town", "village", "township", "settlement", "neighbourhood",
              "neighborhood", "suburb", "district's"}  # fmt: skip
SITE_NOUNS = {"base", "airbase", "airport", "airfield", "air", "camp", "port", "border",
              "crossing", "forest", "island", "islands", "valley", "river", "lake", "square",
              "park", "boulevard", "avenue", "street", "road", "highway", "stadium", "shoal",
              "reef", "strait", "sea", "gulf", "bay", "coast", "desert", "mountains", "hills",
              "peninsula", "enclave", "corridor", "prison", "palace", "bridge", "dam",
              "refinery", "market", "mosque", "church", "hospital", "university"}  # fmt: skip
PLACE_NOUNS = ADMIN_NOUNS | CITY_NOUNS | SITE_NOUNS | {
    "capital", "outskirts", "fringes", "north", "south", "east", "west", "centre", "center", "area",
    "residents", "streets", "heart", "suburbs", "edge", "parts", "part", "countryside",
    "environs", "vicinity", "outskirt", "coastline", "frontier", "provinces", "regions",
    "cities", "towns", "villages"}  # fmt: skip
# verbs whose subject is a place, not an actor ("Goma lies on the lake")
LOCATION_VERBS = {"be", "lie", "sit", "border", "remain", "stand", "stretch", "fall", "burn",
                  "flood", "shake", "see", "experience", "suffer", "witness", "become"}  # fmt: skip
# verbs whose object is an addressee or target actor, not a place ("accused Kyiv")
ADDRESSEE_VERBS = {"accuse", "urge", "call", "warn", "blame", "criticise", "criticize",
                   "condemn", "ask", "tell", "reject", "support", "sanction", "pressure",
                   "press", "thank", "praise", "invite", "threaten", "back", "join", "help",
                   "fight", "defeat", "recognise", "recognize", "congratulate", "notify",
                   "inform", "persuade", "allow", "force", "lobby", "punish", "trust",
                   "expel", "contact", "engage", "respond", "embolden", "isolate"}  # fmt: skip
SEAT_NAMES = {"kremlin", "white house", "pentagon", "downing street", "elysee", "elysee palace",
              "zhongnanhai", "capitol hill", "whitehall", "quai dorsay", "foggy bottom",
              "blue house", "bankova"}  # fmt: skip
CONJUNCTIONS = {"and", "&", ",", "or", "/"}


@dataclass
class Mention:
    span: object  # spaCy Span of the name (extended by a type noun when the gazetteer has it)
    key: str
    cands: tuple[GeoEntry, ...]
    hint: str | None = None  # "admin" | "city" | "site": a type noun after or before the name
    label: str | None = None  # NER label of the name, None for a proper-noun run
    metonym: bool = False
    nominal_iso3: str | None = None  # "the Ukrainian capital" → the capital of UKR
    container: Mention | None = None  # "Paris, Texas": the place named right after a comma
    weak: bool = False  # no evidence yet that this name is a place here
    entry: GeoEntry | None = None
    margin: float = 0.0



def _strip(span):
    """Drop leading determiners/possessive markers and trailing punctuation or "'s"."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"
                           or doc[end - 1].lower_ in ("'s", "’s")):
        end -= 1
    return doc[start:end] if end > start else None


def _split(span):
    """A span listing several names ("Luuq and Bardhere") split at conjunctions."""
    parts, cur = [], span.start
    for t in span:
        if t.lower_ in CONJUNCTIONS:
            if t.i > cur:
                parts.append(span.doc[cur:t.i])
            cur = t.i + 1
    if cur < span.end:
        parts.append(span.doc[cur:span.end])
    return parts


def _type_noun(span) -> tuple[str | None, int]:
    """The kind hinted by a type noun right after the name, and how many tokens it takes."""
    doc = span.doc
    if span.end < len(doc):
        nxt = doc[span.end]
        low = nxt.lower_
        if nxt.is_lower or nxt.is_title:
            if low == "air" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in (
                    "base", "field", "station"):
                return "site", 2
            if low in ADMIN_NOUNS:
                return "admin", 1
            if low in CITY_NOUNS:
                return "city", 1
            if low in SITE_NOUNS:
                return "site", 1
    if span.start >= 2 and doc[span.start - 1].lower_ == "of":
        prev = doc[span.start - 2].lower_
        if prev in CITY_NOUNS:
            return "city", 0
        if prev in ADMIN_NOUNS:
            return "admin", 0
    return None, 0


def _has_cue(span, hint: str | None) -> bool:
    """Syntactic evidence that a name not tagged as a place is one: a locative preposition,
    a place noun it modifies or names ("residents of X", "X's outskirts"), or the same for
    the first of a list it belongs to ("the towns of A and B")."""
    if hint:
        return True
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        if root.head.ent_type_ in PLACE_LABELS:
            return True
        root = root.head
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS:
        return True
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in PLACE_NOUNS:
        return True
    if root.dep_ in ("poss", "compound", "appos") and head.lower_ in PLACE_NOUNS:
        return True
    return False


def is_metonym(span, entry: GeoEntry | None, key: str) -> bool:
    """A country, capital or seat of government standing for its government."""
    political = key in SEAT_NAMES or (entry is not None and (
        entry.kind == "country" or entry.capital or (entry.kind == "admin" and entry.level == 1)))
    if not political:
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:  # "Britain and India signed"
        root = root.head
    head = root.head
    if root.dep_ in ("nsubj", "agent") or (root.dep_ == "pobj" and head.dep_ == "agent"):
        return head.lemma_ not in LOCATION_VERBS
    if root.dep_ == "poss":
        return head.lower_ not in PLACE_NOUNS and head.ent_type_ not in PLACE_LABELS
    if root.dep_ in ("dobj", "dative") and head.lemma_ in ADDRESSEE_VERBS:
        return True
    if root.dep_ == "pobj" and head.lower_ in ("on", "with", "against") and (
            head.head.lemma_ in ADDRESSEE_VERBS or head.head.pos_ == "NOUN"
            and head.head.lower_ in ("talks", "pressure", "sanctions", "ties", "relations",
                                     "deal", "agreement", "dispute", "negotiations")):
        return True
    return False


def _person_tokens(doc) -> set[str]:
    """Words of multi-word person names ("Mikko Laine" → laine): later "Laine" is a person."""
    out = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            out.update(t.lower_ for t in ent if t.is_title)
    return out


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """Words that open an actor noun of the lexicon ("house" of "house speaker", "senate")."""
    return frozenset(term.split()[0] for term in load_lexicon().sectors)


def find_mentions(doc, gaz, kb=None) -> list[Mention]:
    """The toponym mentions of ``doc``; ``kb`` (the actors' knowledge base, the shipped one by
    default) names organisations and people that are no places."""
    lex = load_lexicon()
    kb = kb or load_kb()
    persons = _person_tokens(doc)
    spans: list[tuple[object, str | None]] = []
    covered: set[int] = set()
    for ent in doc.ents:
        covered.update(range(ent.start, ent.end))
        if ent.label_ not in SKIP_LABELS:
            spans.append((ent, ent.label_))
    # proper-noun runs outside entities ("Kyiv" as an object is often left untagged)
    run: list = []
    for tok in list(doc) + [None]:
        if tok is not None and tok.i not in covered and tok.pos_ == "PROPN" and (
                tok.is_title or tok.is_upper) and not tok.is_punct:
            run.append(tok)
            continue
        if run:
            spans.append((doc[run[0].i:run[-1].i + 1], None))
            run = []
    out: list[Mention] = []
    for span, label in spans:
        span = _strip(span)
        if span is None:
            continue
        key = name_key(span.text)
        parts = [span] if gaz.lookup(key, loose=False) else _split(span)
        cued = len(parts) > 1 and _has_cue(span, None)  # "the towns of A and B"
        for part in parts:
            part = _strip(part)
            if part is None:
                continue
            m = _mention(part, label, gaz, lex, kb, persons, cued)
            if m is not None:
                out.append(m)
    out.extend(_nominal_capitals(doc, covered))
    # "Scarborough Shoal, which China calls Huangyan Dao": a weak name of a place named
    # elsewhere in the article is that place
    named = {e.index for m in out if not m.weak for e in m.cands}
    out = [m for m in out if not m.weak or any(e.index in named for e in m.cands)]
    # widened names can overlap ("South" and "China" both grow into "South China Sea"):
    # the longest wins, once
    kept: list[Mention] = []
    taken: set[int] = set()
    for m in sorted(out, key=lambda m: (-len(m.span), m.span.start)):
        if not taken.intersection(range(m.span.start, m.span.end)):
            kept.append(m)
            taken.update(range(m.span.start, m.span.end))
    kept.sort(key=lambda m: m.span.start)
    return kept


COMPASS = {"western", "eastern", "northern", "southern", "central", "north", "south", "east", "west"}
TAIL_MODIFIERS = COMPASS | {"nazi", "soviet", "occupied", "mainland", "greater", "rural", "coastal", "war-torn",
                            "landlocked"}  # fmt: skip


def _longest(span, gaz):
    """The longest gazetteer name around ``span``: up to two capitalised words (or a type
    noun) either side ("China" in "South China Sea", "Chad" in "Lake Chad")."""
    doc = span.doc

    def ok(t) -> bool:
        return (t.is_title or t.is_upper or t.lower_ in SITE_NOUNS or t.lower_ in ADMIN_NOUNS
                or t.lower_ in ("al", "el", "de", "of", "-", "cel", "san")) and not t.is_punct \
            or t.text == "-"

    best = None
    for left in range(0, 3):
        s = span.start - left
        if s < 0 or (left and not all(ok(t) for t in doc[s:span.start])):
            break
        if left and doc[s].lower_ in ("of", "-", "al", "el", "de"):
            continue
        for right in range(0, 3):
            e = span.end + right
            if e > len(doc) or (right and not all(ok(t) for t in doc[span.end:e])):
                break
            if (left or right) and doc[e - 1].lower_ in ("of", "-", "al", "el", "de"):
                continue
            if not (left or right):
                continue
            cand = doc[s:e]
            hits = gaz.lookup(name_key(cand.text), loose=False)
            if hits and (best is None or len(cand) > len(best[0])):
                best = (cand, hits)
    return best


NAME_TYPE_WORDS = {"lake", "mount", "gulf", "strait", "sea", "port", "camp", "fort", "bay",
                   "cape", "river", "island", "islands"}  # fmt: skip


def _mention(span, label, gaz, lex, kb, persons, cued: bool = False) -> Mention | None:
    doc = span.doc
    key = name_key(span.text)
    if not key or len(key) < 2 or not any(c.isalpha() for c in key):
        return None
    if key in lex.adjectives and key not in lex.country_names:
        return None  # a demonym ("Somali") is not a toponym
    if len(span) == 1 and span[0].lower_ in COMPASS and span[0].dep_ in ("amod", "compound") \
            and span[0].head.pos_ == "NOUN" and span[0].head.lemma_.lower() not in ADMIN_NOUNS | CITY_NOUNS:
        return None  # "Western governments", "Eastern allies": a side of the world, not a region named so
    longer = _longest(span, gaz)
    text_span = span
    if longer is not None:  # "Borisoglebsk air base", "South China Sea": the longer name
        span, cands = longer
        key = name_key(span.text)
        text_span = span
        hint, extra = _type_noun(span)
        words = {span[0].lower_, span[-1].lower_}
        cued = cued or bool(words & (NAME_TYPE_WORDS | SITE_NOUNS | ADMIN_NOUNS | CITY_NOUNS))
    else:
        hint, extra = _type_noun(span)
        cands = gaz.lookup(key)
        if extra:  # "Voronezh region": the text names the kind too
            text_span = doc[span.start:span.end + extra]
    if not cands and label in PLACE_LABELS and len(span) > 1 and (
            span[0].lower_ in TAIL_MODIFIERS or span[0].lower_ in lex.adjectives):
        tail = doc[span.start + 1:span.end]  # "Nazi Germany" → Germany
        cands = gaz.lookup(name_key(tail.text), loose=False)
        if cands:
            span, key, text_span = tail, name_key(tail.text), tail
    if not cands:
        return None
    if label not in PLACE_LABELS and not any(e.exact for e in cands) and key in _body_words():
        return None  # "the House" (of Representatives) is no misspelt "Housse"
    # names that are places whatever the tagger says: countries, capitals, curated landmarks
    # and bases ("the Kremlin", "the White House" come tagged ORG); curated seas and regions
    # still need a cue when tagged otherwise ("The Atlantic" is a magazine)
    strong = key in lex.country_names or key in lex.capitals or any(
        e.kind == "country" or (e.curated and e.kind in ("other", "base", "city"))
        for e in cands)
    if not (strong or cued) and kb.lookup(span.text):
        # "Hamas" is also a name of Hamm: an organisation or person the knowledge base knows
        # is no place unless the text cues one
        return None
    if label not in PLACE_LABELS:
        if key in lex.orgs:
            return None
        if len(span) == 1 and key in persons:
            return None
        if not (strong or cued or _has_cue(span, hint)):
            if label is None or max(e.population for e in cands) < 100_000:
                # kept only if another name of the same place is used in the article
                return Mention(span=text_span, key=key, cands=cands, hint=hint, label=label,
                               weak=True)
    elif len(span) == 1 and key in persons and not (cued or _has_cue(span, hint)):
        return None
    return Mention(span=text_span, key=key, cands=cands, hint=hint, label=label)


def _nominal_capitals(doc, covered) -> list[Mention]:
    """"the Ukrainian capital" → the capital of Ukraine (a place named without a name)."""
    lex = load_lexicon()
    gaz = load_gazetteer()
    out = []
    for tok in doc:
        if tok.lower_ != "capital" or tok.pos_ != "NOUN" or tok.i in covered:
            continue
        adj = [c for c in tok.children if c.dep_ in ("amod", "compound")
               and c.lower_ in lex.adjectives]
        if not adj:
            continue
        iso3 = lex.adjectives[adj[0].lower_]
        cap = gaz.capital(iso3)
        if cap is None:
            continue
        start = min(adj[0].i, tok.i)
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        span = doc[start:tok.i + 1]
        out.append(Mention(span=span, key=name_key(cap.name), cands=(cap,), label="NOMINAL",
                           nominal_iso3=iso3))
    return out
