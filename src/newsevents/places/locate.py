"""Event location (stage ``locate``): pick the place of each event, with its basis.

Reads ``events`` with their trigger tokens (``event_tokens``), the non-metonymic place
mentions (``place_ents``), ``dateline_place`` and ``focus_country``; returns the events with
``place`` set (``Place.basis`` says why):

1. ``locative``: a place the trigger governs within its own clause, through a locative
   preposition ("in the Ukrainian capital", "at Kabul's airport", "an army base near
   Kandahar"), as the object of a material act ("shelled Qamishli", "left Niamey"), or the
   place a "where" clause hangs on ("in Goma, where ... clashed"). Places inside clausal
   complements are what a statement is about, not where it was made, and are skipped.
2. ``sentence``: otherwise the nearest place in the sentence outside the trigger's clausal
   complements, a town before a country.
3. ``dateline``: otherwise the dateline's place, unless the event is historical;
4. ``focus``: otherwise the article's focus country.
"""

from __future__ import annotations

from ..actors.lexicon import load_lexicon
from ..nlp.stages import ArticleContext, stage
from ..records import Place
from .gazetteer import load_gazetteer
from .names import name_key
from .stage import to_place

# prepositions that say where, by event type group; "over" and "on" only for acts on a place
WHERE_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout",
               "within", "beside", "by", "along", "off", "amid"}  # fmt: skip
TOWARD_PREPS = {"into", "to", "towards", "toward", "onto"}
FROM_PREPS = {"from", "out"}
ON_PREPS = {"on", "over", "upon"}
MATERIAL = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "PROTEST", "AID", "SANCTION"}
MOVING = {"MOBILIZE", "RETREAT", "AID", "CONSULT", "COOPERATE"}
# statements and decisions: with no place named, made at the seat of the speaker's government
VERBAL = {"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "CONCEDE", "SANCTION"}
TIME_MARKS = {"when", "while", "as"}
OTHER_TIME_PREPS = {"after", "before", "since", "until", "following", "ahead", "prior"}
# "the shoal", "the town": a definite place noun refers back to the last place of its kind
ANAPHORS = {"city": ("city",), "town": ("city",), "village": ("city",), "capital": ("city",),
            "base": ("base", "airport"), "airbase": ("base", "airport"),
            "airfield": ("base", "airport"), "airport": ("airport", "base"),
            "region": ("admin", "region"), "province": ("admin",), "state": ("admin",),
            "district": ("admin", "city"), "shoal": ("region",), "reef": ("region",),
            "island": ("region",), "islands": ("region",), "camp": ("city", "other"),
            "crossing": ("other",), "square": ("other",), "strait": ("region",),
            "border": ("other",)}  # fmt: skip
CLAUSAL = {"ccomp", "xcomp", "advcl", "pcomp", "relcl", "acl", "csubj", "parataxis", "conj"}
WALK = {"prep", "pobj", "dobj", "npadvmod", "advmod", "agent", "dative", "attr", "oprd",
        "compound", "poss", "appos", "nmod", "amod", "nsubjpass", "nsubj"}  # fmt: skip
SITE_HEADS = {"airport", "base", "airbase", "airfield", "port", "border", "crossing"}


def _place_map(pairs) -> dict[int, tuple[object, Place]]:
    out = {}
    for span, place in pairs:
        for t in span:
            out[t.i] = (span, place)
    return out


def _walk(start, skip: set[int]):
    """Tokens reachable from ``start`` without entering clauses (but for time clauses: "when
    they meet in Brussels"), each with the prepositions on its path ("of" is transparent),
    whether the path starts with the object, and the dependency depth."""
    out = []
    stack = [(start, (), False, 0)]
    seen = {start.i}
    while stack:
        tok, preps, via_dobj, depth = stack.pop()
        for child in tok.children:
            if child.i in seen or child.i in skip:
                continue
            dep = child.dep_
            timed = dep == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS
                                           for c in child.children)
            if dep in CLAUSAL and not timed and not (
                    dep == "conj" and child.pos_ in ("PROPN", "NOUN")):
                continue
            if dep not in WALK and dep != "conj" and not timed:
                continue
            if dep == "prep" and child.lower_ in OTHER_TIME_PREPS:
                continue  # "a day after protests in X": another event's place
            seen.add(child.i)
            p = preps
            if dep == "prep" and child.lower_ != "of":
                word = child.lower_
                if word == "out" and any(c.lower_ == "of" for c in child.children):
                    word = "from"
                p = preps + (word,)
            dobj = via_dobj or (dep in ("dobj", "nsubjpass") and depth == 0)
            out.append((child, p, dobj, depth + 1))
            stack.append((child, p, dobj, depth + 1))
    return out


def _rank(preps: tuple[str, ...], via_dobj: bool, etype: str, depth: int,
          place: Place) -> tuple | None:
    """Lower is better; None: this path does not say where the event happened."""
    classes = [c for c in (_prep_class(p, etype) for p in preps) if c is not None]
    if classes:
        cls = min(classes)
    elif not preps and via_dobj and etype in MATERIAL:
        cls = 1
    else:
        return None
    specific = 0 if place.kind != "country" else 1
    return (cls, specific, depth)


def _prep_class(prep: str, etype: str) -> int | None:
    if prep in WHERE_PREPS:
        return 0
    if prep in TOWARD_PREPS and (etype in MOVING or etype in MATERIAL):
        return 1
    if prep in ON_PREPS and etype in MATERIAL:
        return 1
    if prep in FROM_PREPS and etype in ("RETREAT", "MOBILIZE", "ASSAULT"):
        return 2
    return None


def _site(span, place: Place, ctx: ArticleContext) -> Place:
    """"Kabul's airport", "the Lipetsk air base": the site itself when the gazetteer has it."""
    head = span.root.head
    if span.root.dep_ in ("poss", "compound") and head.lower_ in SITE_HEADS and head.i > span.end - 1:
        gaz = load_gazetteer()
        for key in (f"{place.name} {head.lower_}", f"{span.text} {head.lower_}"):
            for e in gaz.lookup(name_key(key), loose=False):
                if e.country == place.country or place.country is None:
                    end = ctx.span(head.idx, head.idx + len(head.text))[1]
                    return to_place(ctx.article.text[place.start:end], place.start, end, e)
    return place


def _capital_of(tok, ctx: ArticleContext) -> Place | None:
    """"the capital" with no name: the capital of the dateline's or the article's country;
    "Nigeria's capital", "the Ukrainian capital": of the country named."""
    if tok.lower_ != "capital":
        return None
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss")]
    if mods:
        lex = load_lexicon()
        named = [lex.country_names.get(c.text.lower()) or lex.adjectives.get(c.text.lower()) for c in mods]
        if len(mods) != 1 or named[0] is None:
            return None
        iso3 = named[0]
    else:
        dp = ctx.results.get("dateline_place")
        iso3 = dp.country if dp is not None else ctx.results.get("focus_country")
    cap = load_gazetteer().capital(iso3)
    if cap is None:
        return None
    start, end = ctx.span(tok.idx, tok.idx + len(tok.text))
    return to_place(tok.text, start, end, cap)


def _anaphor(tok, pmap) -> Place | None:
    """"around the shoal": the last place before ``tok`` of the kind its noun names."""
    kinds = ANAPHORS.get(tok.lower_)
    if kinds is None or not any(c.lower_ == "the" for c in tok.children) or any(
            c.dep_ in ("compound", "poss", "amod") and c.pos_ == "PROPN" for c in tok.children):
        return None
    named_of = [pmap[g.i][1] for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj" and g.i in pmap]
    if named_of:
        return named_of[0]  # "the western lakeside city of Kisumu": the place it names
    best = None
    for i, (_span, place) in pmap.items():
        named = tok.lower_ in place.name.lower()  # "the shoal" → "Scarborough Shoal" first
        if i < tok.i and (named or place.kind in kinds):
            if best is None or (named, i) > best[0]:
                best = ((named, i), place)
    return best[1] if best else None


def _clausal_tokens(tok) -> set[int]:
    out: set[int] = set()
    for child in tok.children:
        # (a coordinated verb with no subject of its own is the same operation: "neutralised 23
        # militants and destroyed 41 targets around Tal Rifaat")
        if child.dep_ in CLAUSAL - {"conj"} or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and any(
                g.dep_ in ("nsubj", "nsubjpass") for g in child.children)):
            out.update(t.i for t in child.subtree)
        if child.dep_ == "prep":
            for gc in child.children:
                if gc.dep_ == "pcomp":
                    out.update(t.i for t in gc.subtree)
    return out


def locative_place(tok, etype: str, pmap, ctx: ArticleContext) -> Place | None:
    """The place the trigger ``tok`` of an ``etype`` event governs (rule 1 above), or None.
    ``pmap`` maps token indices to the ``(span, place)`` pairs of ``place_ents``."""
    best = None
    walks = [(tok, set(), 0)]
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj"):
        # "carried out strikes in X": the light verb's own modifiers too
        head = tok.head if tok.dep_ != "pobj" else tok.head.head
        walks.append((head, {t.i for t in tok.subtree}, 1))
    # "killed 12 people and abducted dozens in a raid on X": a coordinated verb's place
    def own_subject(v) -> bool:
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)

    siblings = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
                and not own_subject(c)]
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and not own_subject(tok):
        siblings.append(tok.head)
    for other in siblings:
        walks.append((other, {t.i for t in tok.subtree} if other is tok.head else set(), 2))
    for start, skip, extra in walks:
        for t, preps, via_dobj, depth in _walk(start, skip):
            got = pmap.get(t.i)
            place = None
            if got is not None:
                span, place = got
                place = _site(span, place, ctx)
            elif preps:
                place = _capital_of(t, ctx) or _anaphor(t, pmap)
            if place is None:
                continue
            r = _rank(preps, via_dobj and not extra, etype, depth + extra, place)
            if r is not None and (best is None or r < best[0]):
                best = (r, place)
    if best is not None:
        return best[1]
    # "Speaking in Cusco, he said ... and accused ...": a participial adjunct sets the scene
    verb = tok
    for _ in range(4):  # up through conjuncts and the reporting verb ("he said he ... and")
        for child in verb.children:
            if child.dep_ == "advcl" and child.tag_ in ("VBG", "VBN") and child.i < verb.i and \
                    not any(c.dep_ == "mark" for c in child.children):
                for t, preps, _, _depth in _walk(child, set()):
                    if t.i in pmap and any(p in WHERE_PREPS for p in preps):
                        return pmap[t.i][1]
        if verb.dep_ not in ("conj", "ccomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    # "in Goma, where ... clashed": the place a relative clause hangs on
    t = tok
    for _ in range(6):
        if t.dep_ in ("relcl", "acl") and t.head.i in pmap:
            if any(c.lower_ in ("where", "wherein") for c in t.children) or t.dep_ == "relcl":
                span, place = pmap[t.head.i]
                return place
        if t.head.i == t.i:
            break
        t = t.head
    return None


def sentence_place(tok, pmap, sent, etype: str) -> Place | None:
    """The most central place of the sentence (fewest heads above it, then nearest) outside
    the trigger's clausal complements (and, for a statement, outside its object: "will
    discuss Nicaragua")."""
    excluded = _clausal_tokens(tok)
    if etype not in MATERIAL:
        for child in tok.children:
            if child.dep_ in ("dobj", "dative"):
                excluded.update(t.i for t in child.subtree)
    best = None
    seen = set()
    for t in sent:
        got = pmap.get(t.i)
        if got is None or t.i in excluded or id(got) in seen:
            continue
        seen.add(id(got))
        span, place = got
        depth = sum(1 for _ in span.root.ancestors)  # the sentence's topic before asides
        key = (place.kind == "country", depth, abs(span.root.i - tok.i))
        if best is None or key < best[0]:
            best = (key, place)
    return best[1] if best else None


def _fronted(sent, pmap) -> Place | None:
    """A sentence that opens with "In Paris, ..." sets the scene for what follows."""
    if len(sent) < 3 or sent[0].lower_ not in ("in", "at"):
        return None
    for t in sent[1:8]:
        if t.text == ",":
            break
        if t.i in pmap:
            return pmap[t.i][1]
    return None


def _seat(actor) -> Place | None:
    """An international organisation's seat: "<code or name> headquarters" in the gazetteer."""
    gaz = load_gazetteer()
    code = (actor.kb_id or "").removeprefix("org:") or actor.code or ""
    for key in (f"{code} headquarters", f"{actor.name} headquarters"):
        for e in gaz.lookup(key, loose=False):
            return to_place(e.name, 0, 0, e)
    return None


def _actor_place(ev, dl_country: str | None) -> Place | None:
    """No place named and the source acts from another country than the dateline's: a
    statement is placed at that country's capital (an organisation's: at its seat), an act
    in the country."""
    if ev.plover.type in VERBAL:
        for a in ev.source:
            if a.sector in ("IGO", "NGO") and a.country is None:
                seat = _seat(a)
                if seat is not None:
                    return seat
    countries = [a.country for a in ev.source if a.country]
    if not countries or countries[0] == dl_country:
        return None
    if ev.plover.type not in VERBAL:
        # an act is placed in the actors' country only when it is domestic: an attack
        # happens where its target is; meetings and deals where the reporter is
        if ev.plover.type not in MATERIAL or any(
                a.country and a.country != countries[0] for a in ev.target):
            return None
    gaz = load_gazetteer()
    iso3 = countries[0]
    entry = gaz.capital(iso3) if ev.plover.type in VERBAL else gaz.country(iso3)
    if entry is None:
        return None
    return to_place(entry.name, 0, 0, entry)


def _there(tok) -> bool:
    """"there" on the trigger or on the verb it is the object of: the place just named."""
    verb = tok.head if tok.pos_ != "VERB" and tok.dep_ in ("dobj", "nsubjpass") else tok
    return any(c.dep_ == "advmod" and c.lower_ == "there" for c in verb.children)


def _last_site_before(tok, pairs) -> Place | None:
    """The last place below country level named before the trigger's sentence."""
    before = [place for span, place in pairs if span.end <= tok.sent.start and place.kind != "country"]
    return before[-1] if before else None


@stage("locate", requires=("events", "event_tokens", "place_ents", "dateline_place",
                           "focus_country"), assigns=("events",))
def locate_events(ctx: ArticleContext) -> dict:
    events = ctx.results["events"]
    tokens = ctx.results.get("event_tokens") or []
    pairs = ctx.results.get("place_ents", [])
    pmap = _place_map(pairs)
    dateline = ctx.results.get("dateline_place")
    focus = ctx.results.get("focus_country")
    focus_place = None
    if focus:  # the first mention of the focus country, else the country without offsets
        places = ctx.results.get("places", [])
        focus_place = next((p for p in places if p.kind == "country" and p.country == focus), None)
        entry = load_gazetteer().country(focus) if focus_place is None else None
        if entry is not None:
            focus_place = to_place(entry.name, 0, 0, entry)
    body = ctx.article.body
    scenes = [(sent.start_char, _fronted(sent, pmap)) for sent in ctx.doc.sents]
    scenes = [(start, place) for start, place in scenes if place is not None]
    done: set[int] = set()

    def scenes_before(tok, para: int):
        """Scenes ("In Paris, ...") opened in this paragraph up to the trigger's sentence."""
        for start, place in scenes:
            if para <= start <= tok.sent.start_char and start not in done:
                done.add(start)
                yield place

    dl_country = dateline.country if dateline is not None else None
    carried: dict[int, Place] = {}  # paragraph start → last place found there
    out = []
    for ev, tok in zip(events, tokens, strict=False):
        para = body.rfind("\n\n", 0, tok.idx)
        place = locative_place(tok, ev.plover.type, pmap, ctx)
        basis = "locative"
        if place is None and _there(tok):
            place, basis = _last_site_before(tok, pairs), "there"  # "boarded Philippine boats there"
        if place is None and ev.plover.type not in VERBAL:
            # a statement's sentence names what it is about, not where it was made
            place, basis = sentence_place(tok, pmap, tok.sent, ev.plover.type), "sentence"
        for scene in scenes_before(tok, para):
            carried[para] = scene
        if place is None:
            place, basis = carried.get(para), "paragraph"
        elif basis == "locative" and place.kind != "country":
            carried[para] = place
        if place is None:
            place, basis = _actor_place(ev, dl_country), "actor"
        if place is None and dateline is not None:
            place, basis = dateline, "dateline"
        if place is None and focus_place is not None:
            place, basis = focus_place, "focus"
        if place is not None:
            place = place.model_copy(update={"basis": basis})
        out.append(ev.model_copy(update={"place": place}))
    out.extend(events[len(out):])
    return {"events": out}
