"""Code one noun phrase as an actor: a person or organisation of the knowledge base (its role at
the article's date), else country (names, adjectives, possessors, capital metonyms), organisation,
and sector from its head noun(s)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from .kb import FORMER_SECTOR, HONORIFICS, Entity, KnowledgeBase, Spell, norm_name
from .lexicon import Lexicon, load_lexicon

SKIP_DET = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"}


@dataclass(frozen=True)
class Coding:
    name: str
    country: str | None
    sector: str | None
    code: str | None
    role: str | None
    kb_id: str | None
    tokens: tuple[int, int] | None = None  # doc token range of the actor when only part of the phrase


GEO_FEATURES = {"lake", "river", "sea", "gulf", "mount", "mountains", "basin", "island", "islands", "valley",
                "desert", "coast", "strait", "straits", "bay", "ocean", "peninsula", "plateau", "delta",
                "highlands", "canal", "sahel"}  # fmt: skip


def _names_a_feature(toks, lex: Lexicon) -> bool:
    """A capitalised geographic feature word outside any country name of the phrase ("Lake
    Chad" yes; "the Ivory Coast's Supreme Court" no)."""
    words = [t.lower_ for t in toks]
    if len(words) > 1 and " ".join(words[-2:]) in lex.sectors:
        return False  # "the China Coast Guard": a body whose name holds a feature word
    inside: set[int] = set()
    for n in range(min(4, len(words)), 1, -1):
        for i in range(len(words) - n + 1):
            if " ".join(words[i:i + n]) in lex.country_names:
                inside.update(range(i, i + n))
    return any(t.lower_ in GEO_FEATURES and t.text[:1].isupper() and k not in inside for k, t in enumerate(toks))


def _strip_det(tokens) -> list:
    toks = list(tokens)
    while toks and (toks[0].lower_ in SKIP_DET or toks[0].dep_ == "det" or toks[0].is_punct):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "case"):
        toks = toks[:-1]
    return toks


# "<country>-backed <noun>": the country is the noun's patron, not its own ("Saudi-led" is kept:
# the coalition a state leads is coded as that state's)
PATRON_WORDS = {"backed", "supported", "funded", "sponsored", "armed", "allied", "aligned", "trained", "financed"}


def _country_of(tokens, lex: Lexicon, whole: str, written: str) -> str | None:
    shown = " ".join(t.text for t in tokens)
    for name in (whole, written):
        if name in lex.country_names and not lex.lower_acronym(name, shown):
            return lex.country_names[name]
        if name in lex.capitals:
            return lex.capitals[name]
    # longest country name / adjective inside the phrase
    words = [t.text for t in tokens]
    for n in range(min(4, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            # (as written: "Guinea-Bissau" is three tokens and one name)
            shown = "".join(t.text_with_ws for t in tokens[i:i + n]).strip()
            cand = shown.lower()
            if words[i + n:i + n + 1] == ["-"] and words[i + n + 1:i + n + 2] and words[i + n + 1].lower() in PATRON_WORDS:
                continue  # "the Saudi-backed government" is not Saudi
            if i >= 2 and words[i - 1] == "-" and words[i - 2].lower() in ("pro", "anti"):
                continue  # "the pro-Serbian alliance" in Montenegro is not Serbian
            if n == 1 and words[i + 1:i + 2] == ["-"] and words[i + 2:i + 3] and words[i + 2].lower() in lex.adjectives \
                    and cand in lex.adjectives:
                continue  # "Russian-Armenian billionaire": the second nationality names the person
            if cand in lex.country_names and not lex.lower_acronym(cand, shown):
                return lex.country_names[cand]
            if cand in lex.adjectives:
                return lex.adjectives[cand]
            if cand in lex.capitals and i + n < len(words) and words[i + n] in ("'s", "’s"):
                return lex.capitals[cand]  # "Beijing's special envoy"
    return None


def _sector_of(tokens, lex: Lexicon, root) -> tuple[str | None, str | None]:
    """Sector from the head noun ("riot police", "Kenyan troops"): an n-gram of the phrase that
    ends at its head; for a name ("Interior Minister Jane Doe") a title anywhere before it."""
    words = [t.text.lower() for t in tokens]
    lemmas = [t.lemma_.lower() for t in tokens]
    ids = [t.i for t in tokens]
    head = ids.index(root.i) if root.i in ids else len(ids) - 1
    is_name = root.pos_ == "PROPN" or root.ent_type_ in ("PERSON",)
    if lemmas[head] in BODY_OFFICES:
        # "president of the board of the 48 Cantones", "chairman of the traders' union": the
        # head of a body outside the state is of that body's kind, not a head of state
        body = next((p for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), None)
        if body is not None:
            kind = lex.sectors.get(body.lemma_.lower()) or lex.sectors.get(body.lower_)
            if kind is not None and kind.sector not in ("GOV", "MIL", "COP", "SPY", "LEG", "JUD", None):
                return kind.sector, None
            if kind is None and body.lemma_.lower() in CIVIC_BODIES:
                return "CVL", None
    for n in range(min(lex.max_sector_words, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            end = i + n - 1
            if not (end == head or (is_name and end < head)):
                continue
            for seq in (words, lemmas):
                cand = " ".join(seq[i:i + n])
                if cand in lex.sectors:
                    e = lex.sectors[cand]
                    return e.sector, e.role or (cand if n > 1 else None)
    if head > 0 and lemmas[head] in COLLECTIVE_HEADS:
        # "student groups", "opposition movements": a body of the people its modifier names
        for cand in (words[head - 1], lemmas[head - 1]):
            if cand in lex.sectors:
                return lex.sectors[cand].sector, None
    if lemmas[head] in DELEGATE_HEADS:
        # "the fishermen's leaders", "the protesters' representatives": people who speak for
        # those the possessive names
        for c in root.children:
            if c.dep_ == "poss" and c.pos_ == "NOUN" and c.i in ids:
                for cand in (c.lower_, c.lemma_.lower()):
                    if cand in lex.sectors:
                        return lex.sectors[cand].sector, None
    return None, None


COLLECTIVE_HEADS = {"group", "organisation", "organization", "movement", "association", "network",
                    "collective", "federation", "body", "committee",
                    # a force's own actions stand for it: "killed in police operations"
                    "operation", "raid", "crackdown", "offensive"}  # fmt: skip
BODY_OFFICES = {"president", "chairman", "chairwoman", "chair", "chairperson", "head", "director", "leader"}
CIVIC_BODIES = {"board", "association", "federation", "chamber", "club", "foundation", "cooperative", "collective",
                "network", "guild", "syndicate", "confederation", "society"}  # fmt: skip
DELEGATE_HEADS = {"leader", "representative", "delegate", "spokesman", "spokeswoman", "spokesperson"}


def code_phrase(tokens, lex: Lexicon | None = None, kb: KnowledgeBase | None = None,
                day: date | None = None) -> Coding | None:
    """Code the tokens of one mention; None when nothing political is recognised. With a
    knowledge base, a person or organisation named in the mention is coded with its role on
    ``day`` (the publication date; None: the current role)."""
    lex = lex or load_lexicon()
    toks = _strip_det(tokens)
    if not toks:
        return None
    if kb is not None:
        coded = code_kb(tokens, toks, lex, kb, day)
        if coded is not None:
            return coded
    whole = " ".join(t.text for t in toks).lower()
    name = " ".join(t.text for t in toks)
    org = lex.orgs.get(whole)
    if org is None and len(toks) > 1:
        # "the UN Security Council's", "African Union's": try without possessive/"'s"
        org = lex.orgs.get(whole.replace(" 's", "").replace("’s", ""))
    if org is None and len(toks) > 1 and toks[0].lower_ in UN_PREFIXES:
        # "the U.N. World Food Programme", "UN human rights office": a UN body named with the prefix
        org = lex.orgs.get(" ".join(t.text for t in toks[1:]).lower())
        org = org if org is not None and org.country is None else None
    if org is not None:
        return Coding(org.name, org.country, org.sector, org.code, None, f"org:{org.code}")
    if len(toks) > 1 and _names_a_feature(toks, lex):
        return None  # "Lake Chad", "the Gulf of Oman", "the Congo River": a place, not a state
    written = "".join(t.text_with_ws for t in toks).strip().lower()  # "port-au-prince", not "port - au - prince"
    country = _country_of(toks, lex, whole, written)
    sector, role = _sector_of(toks, lex, getattr(tokens, 'root', toks[-1]))
    if sector is None and whole in lex.sectors:
        # "the Department of Foreign Affairs": a body named by a phrase that runs past its head
        sector, role = lex.sectors[whole].sector, lex.sectors[whole].role
    root = _root(toks)
    if country is None and root.lower_ not in DOCUMENT_HEADS and (
            sector is not None or root.pos_ == "PROPN" or root.lemma_.lower() in BODY_HEADS):
        # "EU foreign policy spokesman Peter Stano", "UN peacekeepers"; a body or staff of the
        # organisation the lexicon does not list ("the United Nations Verification Mission in
        # Colombia", "UN investigators", "the UN secretary-general's office")
        igo = _modifying_org(toks, lex)
        if igo is not None:
            return Coding(name, igo.country, igo.sector, igo.code, role, None)
    if country is None and sector is None and root.lemma_.lower() in MEASURE_HEADS:
        # "U.N. sanctions", "an EU embargo": the organisation that imposes the measure, coded on
        # its own words (the measure itself is the event)
        mods = [t for t in toks if t.i < root.i and t.dep_ != "det"]
        igo = _modifying_org(toks, lex)
        words = [t for t in mods if t.pos_ == "PROPN"]
        if igo is not None and words:
            return Coding(igo.name, igo.country, igo.sector, igo.code, None, f"org:{igo.code}",
                          tokens=(words[0].i, words[-1].i + 1))
    if country and not sector and any(n in lex.country_names or n in lex.capitals for n in (whole, written)):
        sector = "GOV"  # "Kenya said", "Moscow claimed": the state
    if country is None and sector is None:
        return None
    if role and past_marker(toks) == "former":
        # "former President Jane Doe": no current office (CAMEO's ELI, elites)
        sector, role = FORMER_SECTOR, "former " + role
    code = (country or "") + (sector or "") if (country or sector) else None
    return Coding(name, country, sector, code or None, role, None)


UN_PREFIXES = {"un", "u.n.", "u.n"}
# measures an organisation imposes, named after it ("EU sanctions", "a UN arms embargo")
MEASURE_HEADS = {"sanction", "sanctions", "embargo", "tariff", "tariffs"}
# what an organisation wrote or holds is no body of it: "the U.N. Charter", "an EU summit"
DOCUMENT_HEADS = {"charter", "convention", "treaty", "resolution", "declaration", "protocol", "statute",
                  "accord", "agreement", "pact", "report", "law", "summit", "sanctions", "flag", "budget"}  # fmt: skip
# heads that make an organisation's name before them an actor ("UN investigators"), where a
# thing would not ("EU sanctions", "UN report")
BODY_HEADS = {"investigator", "office", "mission", "expert", "monitor", "observer", "inspector", "panel",
              "team", "staff", "worker", "agency", "commission", "committee", "delegation", "representative",
              "chief", "head", "secretariat", "member"}  # fmt: skip


def _modifying_org(toks, lex: Lexicon):
    """An international organisation named before the head noun: "EU envoy", "UN peacekeepers",
    "African Union mediators" (the longest name that starts the modifiers)."""
    root = _root(toks)
    mods = [t for t in toks if t.i < root.i and t.dep_ != "det"]
    for n in range(min(len(mods), 4), 0, -1):
        for start in range(len(mods) - n + 1):
            words = mods[start:start + n]
            if any(w.pos_ != "PROPN" for w in words):
                continue
            org = lex.orgs.get(" ".join(w.text for w in words).lower())
            if org is not None and org.country is None:
                return org
    return None


# ---------------------------------------------------------------------------------------------
# knowledge-base people and organisations
# ---------------------------------------------------------------------------------------------

PAST_MARKERS = {"former": "former", "ex": "former", "erstwhile": "former", "onetime": "former",
                "one-time": "former", "then": "then"}
KB_MAX_WORDS = 7


def past_marker(toks) -> str | None:
    """"former" ("former", "ex-", "erstwhile") or "then" ("then-defence minister") when the
    mention names a past role; None otherwise."""
    for t in toks:
        if t.pos_ == "PROPN" and t.lower_ not in PAST_MARKERS:
            break
        kind = PAST_MARKERS.get(t.lower_)
        if kind:
            return kind
    return None


def _title_words(lex: Lexicon) -> frozenset[str]:
    words = {w for term in lex.sectors for w in term.split()}
    return frozenset(words | HONORIFICS | set(PAST_MARKERS) | set(lex.adjectives) | set(lex.country_names))


_TITLE_CACHE: dict[int, frozenset[str]] = {}


def _is_title(tok, lex: Lexicon) -> bool:
    words = _TITLE_CACHE.get(id(lex))
    if words is None:
        words = _TITLE_CACHE[id(lex)] = _title_words(lex)
    return tok.lower_ in words or tok.lower_.rstrip(".") in words or tok.is_punct or tok.dep_ == "case"


def _root(toks):
    """The token of a phrase whose head lies outside it (Span.root without building a Span)."""
    if not toks:
        return None
    first, last = toks[0].i, toks[-1].i
    return next((t for t in toks if t.head.i == t.i or not first <= t.head.i <= last), toks[-1])


TITLE_SUFFIXES = {"elect", "designate", "nominee"}


def find_kb_entity(toks, lex: Lexicon, kb: KnowledgeBase, day: date | None):
    """(entity, first, last, holds_root) for the longest stretch of the mention (token positions
    first..last) that names a KB entry, preferring one that holds the phrase's head. A stretch
    preceded or followed by more of a personal name ("Jane Ruto", "Anwar Sadat"), or by a
    country the entry never belonged to, names someone else and is skipped."""
    best = None
    n_toks = len(toks)
    root = _root(toks)
    for i in range(n_toks):
        if toks[i].is_punct:
            continue
        if i > 1 and toks[i - 1].text == "-" and toks[i - 2].lower_ in ("anti", "pro", "non"):
            continue  # "anti-Houthi coalition"
        if i > 0 and (toks[i - 1].pos_ == "PROPN" or toks[i - 1].ent_type_ in ("PERSON", "ORG")) \
                and not _is_title(toks[i - 1], lex) and toks[i - 1].lower_ not in TITLE_SUFFIXES:
            continue  # ("President-elect Donald Trump": "-elect" ends a title)
        for j in range(min(n_toks, i + KB_MAX_WORDS) - 1, i - 1, -1):
            if (toks[j].is_punct and toks[j].text != ".") or toks[j].tag_ == "POS" or toks[j].dep_ == "case":
                continue  # a stretch ends on a word, not on "-" or a possessive "'s"
            stretch = toks[i: j + 1]
            if not any(t.pos_ == "PROPN" or t.ent_type_ or t.text[:1].isupper() for t in stretch):
                continue
            text = "".join(t.text_with_ws for t in stretch).strip()
            ent = kb.resolve(text, day) if norm_name(text) in kb.index else None
            if ent is None:
                continue
            if j + 1 < n_toks and _continues_name(toks[j], toks[j + 1], ent, lex):
                break  # "Anwar Sadat" is not "Anwar": the name goes on
            if i > 0 and _foreign_modifier(toks[:i], ent, lex):
                break  # "Uganda People's Defence Force" is not Myanmar's PDF
            holds_root = root is not None and stretch[0].i <= root.i <= stretch[-1].i
            key = (holds_root, j - i)
            if best is None or key > best[0]:
                best = (key, ent, i, j)
            break
    if best is None:
        return None
    return best[1], best[2], best[3], best[0][0]


def _continues_name(last, nxt, ent: Entity, lex: Lexicon) -> bool:
    if nxt.pos_ != "PROPN" or _is_title(nxt, lex):
        return False
    return ent.kind == "person" or (nxt.ent_iob_ == "I" and last.ent_type_ == nxt.ent_type_)


def _foreign_modifier(before, ent: Entity, lex: Lexicon) -> bool:
    """The word just before a name is a country or demonym that the entity never belonged to."""
    words = [t for t in before if t.tag_ != "POS" and t.dep_ != "case"]
    if not words:
        return False
    low = words[-1].lower_
    iso = lex.country_names.get(low) or lex.adjectives.get(low)
    countries = {s.country for s in ent.spells if s.country}
    return bool(iso and countries and iso not in countries)


def spell_for(ent: Entity, day: date | None, marker: str | None, text_role: str | None) -> tuple[Spell | None, str | None]:
    """(spell, role text) of a KB entity in a mention: the role named in the text when the KB
    knows it ("then-defence minister"), else the role held on ``day``; "former …" keeps the
    current office (if any) and records the past role as text."""
    if marker == "former":
        past = ent.matching_role(text_role, day) or ent.role_before(day)
        past_role = text_role or (past.role if past else None)
        return ent.role_at(day), ("former " + past_role) if past_role else None
    if text_role:
        named = ent.matching_role(text_role, day)
        if named is not None:
            return named, named.role
        if day is None:
            return None, text_role  # undated: a title the KB does not know describes that time
    cur = ent.role_at(day)
    if cur is not None:
        return cur, cur.role
    if marker == "then":
        return None, text_role
    before = ent.role_before(day)
    if before is not None and day is not None and before.end is not None and before.end < day:
        return None, ("former " + before.role) if before.role else None
    return None, text_role


def code_kb(tokens, toks, lex: Lexicon, kb: KnowledgeBase, day: date | None) -> Coding | None:
    """The coding of a mention that names a KB person or organisation; None when none does."""
    found = find_kb_entity(toks, lex, kb, day)
    if found is None:
        return None
    ent, i, j, holds_root = found
    root = getattr(tokens, "root", toks[-1])
    sector_txt, text_role = _sector_of(toks, lex, root)
    marker = past_marker(toks[:i]) if i else None
    if not holds_root:
        spell = ent.role_at(day) or ent.latest()
        country = spell.country if spell else None
        phrase = " ".join(t.text for t in toks)
        root_is_name = root.pos_ == "PROPN" or root.ent_type_ == "PERSON"
        if ent.kind == "org" and spell is not None and (text_role or root_is_name):
            # "Hamas spokesman …", "CIA deputy director Jane Doe": a person of the organisation
            if marker == "former":
                return Coding(phrase, country, FORMER_SECTOR, (country or "") + FORMER_SECTOR,
                              "former " + text_role if text_role else None, None)
            return Coding(phrase, spell.country, spell.sector, kb.code_of(spell), text_role, None)
        if ent.kind == "person" and sector_txt and not text_role and not root_is_name:
            # "Putin's forces", "Ruto's government": the person's country, the head noun's sector
            return Coding(phrase, country, sector_txt, (country or "") + sector_txt, None, None)
        if sector_txt is None or (ent.kind == "person" and root_is_name):
            # "Pelosi's grandchildren", "Houthi control": only the name is an actor
            coded = _code_entity(ent, kb, day, marker, None, None)
            return replace(coded, tokens=(toks[i].i, toks[j].i + 1))
    return _code_entity(ent, kb, day, marker, text_role, sector_txt)


def _code_entity(ent: Entity, kb: KnowledgeBase, day: date | None, marker: str | None,
                 text_role: str | None, sector_txt: str | None) -> Coding:
    spell, role = spell_for(ent, day, marker, text_role)
    if spell is not None:
        return Coding(ent.name, spell.country, spell.sector, kb.code_of(spell), role, ent.kb_id)
    # no office on that day: the country of the nearest spell; ELI for a former office holder
    near = ent.role_before(day) or ent.latest()
    country = near.country if near else None
    if role and role.startswith("former "):
        return Coding(ent.name, country, FORMER_SECTOR, (country or "") + FORMER_SECTOR, role, ent.kb_id)
    if text_role and sector_txt:
        return Coding(ent.name, country, sector_txt, (country or "") + sector_txt, text_role, ent.kb_id)
    return Coding(ent.name, country, None, country, role, ent.kb_id)


def in_country(actor, iso3: str):
    """The actor as one of country ``iso3``, its sector kept."""
    return actor.model_copy(update={"country": iso3, "code": iso3 + (actor.sector or "")})


def recode_actor(actor, day: date | None, kb: KnowledgeBase):
    """The actor coded with its KB role on another date (the event date, once known): a
    "former …" mention and actors outside the KB are returned unchanged."""
    ent = kb.entities.get(actor.kb_id or "")
    if ent is None or day is None or (actor.role or "").startswith("former "):
        return actor
    spell = ent.role_at(day)
    if spell is None:
        return actor
    return actor.model_copy(update={"country": spell.country or actor.country, "sector": spell.sector,
                                    "code": kb.code_of(spell), "role": spell.role})
