"""Stage ``actors``: every actor mention in the body (noun phrases and named entities), coded
from the knowledge base (people and organisations with dated roles) and the lexicons, then
resolved within the article (surnames, descriptions, pronouns)."""

from __future__ import annotations

from dataclasses import replace

from ..nlp.stages import ArticleContext, stage
from ..places.tokens import token_countries
from ..records import Actor
from .coding import Coding, code_phrase, in_country
from .coref import (
    DUAL_NOUNS,
    NameMemory,
    acronym_of,
    age_description,
    culprit_marked,
    defined_acronym,
    description_head,
    dual_description,
    first_conjunct,
    group_noun,
    institution_named_before,
    is_person,
    party_number,
    person_name,
    recent_parties,
    resolve_age,
    resolve_description,
    resolve_descriptor,
    resolve_group,
    resolve_institution,
    resolve_pronouns,
    salient_pair,
    sentence_numbers,
    short_name,
)
from .kb import as_date, kb_of
from .lexicon import Lexicon, load_lexicon

ENT_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
INTERNATIONAL_SECTORS = {"IGO", "NGO"}
UNMANNED = {"drone"}


class ActorIndex(dict):
    """Token index → the actor mention it belongs to; ``partners`` holds, for the tokens of a
    mention that names two actors at once ("both sides"), the actors beside the indexed one."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.partners: dict[int, list[Actor]] = {}


# plural people "of/from the two countries" stand for both parties
DUAL_MEMBERS = {**DUAL_NOUNS, "negotiators": "GOV", "officials": "GOV", "delegates": "GOV", "diplomats": "GOV",
                "envoys": "GOV", "representatives": "GOV", "soldiers": "MIL", "guards": "MIL"}  # fmt: skip


def _of_both(span) -> str | None:
    """"the foreign ministers of the two countries", "negotiators from both sides": the sector of
    the people named, when they belong to a dual description."""
    root = span.root
    if root.lower_ not in DUAL_MEMBERS:
        return None
    for p in root.children:
        if p.dep_ == "prep" and p.lower_ in ("of", "from"):
            for o in p.children:
                if o.dep_ == "pobj" and dual_description(o.doc[o.left_edge.i:o.i + 1]):
                    return DUAL_MEMBERS[root.lower_]
    return None


def _dual_actors(ctx: ArticleContext, span, actors: list[Actor]) -> tuple[Actor, ...] | None:
    """The parties "both sides", "the two leaders", "the three countries" stand for: the
    article's two main parties, else the last countries named."""
    sector = dual_description(span) or _of_both(span)
    if not sector:
        return None
    n = party_number(span) or 2
    sent_start = ctx.span(span.sent.start_char, span.sent.start_char)[0]
    parties = (salient_pair(actors) if n == 2 else None) or recent_parties(actors, n, sent_start)
    if parties is None:
        return None
    start, end = ctx.span(span.start_char, span.end_char)
    return tuple(Actor(text=span.text, start=start, end=end, name=f"{span.text} ({iso})",
                       country=iso, sector=sector, code=iso + sector) for iso in parties)


HEAD_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative"}


def _mention_spans(doc, orgs=()):
    """Candidate mentions without overlaps: noun chunks; entities outside any chunk, or taking
    the place of the chunks they contain ("Azimio la Umoja" over the chunk "la Umoja"); and an
    argument head no chunk covers, with its left modifiers ("the opposition Azimio la Umoja
    coalition", which the parser split into modifiers the chunker skips)."""
    spans = {s.start: s for s in doc.noun_chunks}
    owner = {i: s.start for s in spans.values() for i in range(s.start, s.end)}  # token → span start

    def take(new) -> bool:
        """Add ``new`` in place of the spans wholly inside it, unless it crosses another span."""
        inside = {owner[i] for i in range(new.start, new.end) if i in owner}
        if any(spans[k].start < new.start or spans[k].end > new.end for k in inside):
            return False
        for k in inside:
            del spans[k]
        spans[new.start] = new
        owner.update((i, new.start) for i in range(new.start, new.end))
        return True

    for ent in doc.ents:
        if ent.label_ in ENT_LABELS:
            take(ent)
    for tok in doc:
        if tok.i not in owner and tok.is_upper and len(tok) > 1 and tok.is_alpha and tok.lower_ in orgs:
            # "ECOWAS imposed sanctions": an organisation's acronym the tagger took for a verb
            take(doc[tok.i: tok.i + 1])
            continue
        if tok.i in owner or tok.dep_ not in HEAD_DEPS:
            continue
        new = doc[tok.left_edge.i: tok.i + 1]
        if tok.pos_ == "ADJ" and tok.lower_ == "old" and age_description(new):
            pass  # "The 79-year-old was flown to The Hague": a person described by age
        elif tok.pos_ not in ("NOUN", "PROPN") or any(t.is_punct or t.pos_ in ("VERB", "AUX", "ADP") for t in new):
            continue
        take(new)
    out = []
    for s in sorted(spans.values(), key=lambda s: s.start):
        quotes = [t.i for t in s if t.is_quote and t.tag_ != "POS" and t.i < s.root.i]
        # 'an "iconic" leader of the party': a word quoted to describe is no part of the name
        scare = len(quotes) == 2 and all(t.pos_ in ("ADJ", "ADV") for t in doc[quotes[0] + 1: quotes[1]]) and all(
            t.dep_ == "det" for t in doc[s.start: quotes[0]])
        # ('called the detained candidates "criminals"': an opening quotation mark before the head
        # starts another phrase, the name given)
        unpaired = len(quotes) % 2 == 1 and quotes[-1] + 1 < s.end
        out.append(doc[quotes[-1] + 1: s.end] if scare or unpaired else s)
    return out


@stage("actors", requires=("doc", "focus_country", "place_ents"), assigns=("actors", "actor_by_token"))
def find_actors(ctx: ArticleContext) -> dict:
    """Persons and organisations of the knowledge base take their role on the publication date
    (a "then-"/"former" title names a past role); a short name ("Ruto") or a bare description
    ("the minister", "the crowd") takes the coding of its antecedent; domestic actors named
    without a country ("police", "the government") take the article's focus country."""
    lex = load_lexicon()
    kb = kb_of(ctx.options)
    day = as_date(ctx.article.published)
    focus = ctx.results.get("focus_country")
    # token → country of the resolved toponym it belongs to ("a Dhaka court", "police in Tabarre")
    place_of = token_countries(ctx.results.get("place_ents", []))
    sent_of = sentence_numbers(ctx.doc)
    names = NameMemory()
    actors: list[Actor] = []
    mentions = []
    by_token = ActorIndex()
    guessed: set[int] = set()  # mentions whose country is only the article's focus
    acronyms: dict[str, Coding] = {}  # "SDF" → the coding of "the Syrian Democratic Forces (SDF)"
    for span in _mention_spans(ctx.doc, lex.orgs):
        culprits = _culprits(span)
        if span.root.pos_ == "PRON" and not culprits:
            continue
        if (dual := _dual_actors(ctx, span, actors)) is not None:
            # "both sides", "the two leaders": one mention, the article's two parties
            first, *others = dual
            actors += [first, *others]
            mentions.append((span, first))
            for t in span:
                by_token[t.i] = first
            by_token.partners.update({t.i: list(others) for t in span})
            continue
        coding: Coding | None = None
        antecedent: Actor | None = None
        if culprits:
            # "those behind this attack", "those responsible": the wrongdoers, unnamed
            coding = Coding(span.text, None, None, None, None, None)
        # (a surname met before, whatever the tagger made of it: "Morales denies wrongdoing")
        retagged = len(span) == 1 and span[0].pos_ == "NOUN" and span[0].text[:1].isupper() and (
            names.recall(span.text)[0])
        if retagged:
            short = span.text
        else:
            short = short_name(span, lex) if is_person(span) or span.root.pos_ == "PROPN" else None
        known = False
        if short is not None:
            known, coding = names.recall(short)
        if coding is None:
            # a short name of an uncoded person seen earlier is not looked up in the KB
            coding = code_phrase(span, lex, None if known else kb, day)
        if coding is None and not known and (acr := acronym_of(span)) in acronyms:
            coding = acronyms[acr]  # "the SDF" after "the Syrian Democratic Forces (SDF)"
        elif coding is not None and coding.country is None and coding.kb_id is None:
            coding = _acronym_country(span, coding, acronyms)  # "an SDF spokesman"
        if coding is None and not known and not is_person(span):
            coding = _owner_named_before(span, names)  # "Arce's arrest" after "former President Luis Arce"
        if coding is None and not known and is_person(span) and (pname := person_name(span)):
            coding = _appositive_coding(span, pname, lex, mentions, sent_of, place_of)  # "Jane Doe, a police spokeswoman"
            if coding is None:
                # ("police arrested the rapper Aamron": a person nothing describes is one of the
                # article's people, of no known sector, like an unknown organisation; a name
                # met before keeps its coding: "Morales, 65," after "Evo Morales")
                seen, before = names.recall(pname)
                coding = before if seen else Coding(pname, None, None, None, None, None)
        if coding is None and not known and _unknown_org(span):
            # (the tagger takes some people for organisations: "Morgan Ortagus, the deputy US
            # special envoy", coded by the apposition)
            name = span.text if span[0].lower_ != "the" else span[1:].text
            coding = _appositive_coding(span, name, lex, mentions, sent_of, place_of)
            if coding is not None and len(span) > 1 and span[0].lower_ != "the":
                names.remember(name, coding)  # (so a later "Amorim" is "Celso Amorim")
            if coding is None:
                coding = _described_body(span, name, lex)  # "The Common Front, an alliance of …"
            if coding is None and not any(c.dep_ == "appos" and not c.text.replace(".", "").isupper()
                                          for c in span.root.children):
                # ("Nadia Salem, a Libya researcher": a described name the lexicons cannot code
                # is a person's, no organisation; an acronym in apposition is the body's own)
                coding = Coding(name, None, None, None, None, None)
        if coding is None and age_description(span):
            antecedent = resolve_age(span, mentions, sent_of)  # "the 79-year-old" → Duterte
        elif coding is None or coding.kb_id is None:
            head = description_head(span, lex)
            if (described := resolve_descriptor(span, mentions)) is not None:
                antecedent = described  # "the paramilitary" → the paramilitary Rapid Support Forces
            elif head is not None:
                antecedent = resolve_description(span, head, lex, mentions, sent_of)
            elif coding is None and group_noun(span):
                antecedent = resolve_group(span, mentions, sent_of)  # "the group" → al-Shabaab
            elif coding is None or coding.country is None:
                # "the bureau" → the Central Electoral Bureau; "the Parliament" → the European Parliament
                antecedent = resolve_institution(span, mentions)
        if (acr_tok := defined_acronym(span)) is not None:
            if coding is None or coding.kb_id is None:
                # "the Kurdish People's Protection Units (YPG)": the acronym names the KB entry
                by_acr = code_phrase(ctx.doc[acr_tok.i: acr_tok.i + 1], lex, kb, day)
                acr_ent = kb.entities.get(by_acr.kb_id or "") if by_acr is not None else None
                if acr_ent is not None and acr_ent.kind == "org":  # ("AKK" is also a person's initials)
                    coding, antecedent = replace(by_acr, tokens=None), None
            if coding is not None and antecedent is None:
                acronyms[acr_tok.text.replace(".", "")] = coding
        if coding is not None and coding.tokens is not None:
            span = ctx.doc[coding.tokens[0]: coding.tokens[1]]  # "Pelosi's grandchildren" → Pelosi
        if antecedent is not None:
            start, end = ctx.span(span.start_char, span.end_char)
            actor = antecedent.model_copy(update={"text": span.text, "start": start, "end": end})
        elif coding is None:
            if is_person(span) and (pname := person_name(span)):
                names.remember(pname, None)
            continue
        else:
            pname = person_name(span) if is_person(span) else None
            if pname and coding.kb_id is None and coding.name != pname:
                coding = replace(coding, name=pname)  # "Interior Minister Jane Doe" → "Jane Doe"
            named_before = institution_named_before(span, lex, mentions, sent_of) if (
                coding.country is None and coding.kb_id is None) else None
            actor = _actor(ctx, span, coding, focus, lex, place_of,
                           named_before.country if named_before is not None else None)
            if coding.country is None and actor.country == focus:
                guessed.add(span.root.i)
            if is_person(span):
                if pname:
                    names.remember(pname, coding)
                if coding.kb_id:
                    names.remember(coding.name, coding)
        actors.append(actor)
        mentions.append((span, actor))
        for t in span:
            by_token[t.i] = actor
        if antecedent is None and coding.sector not in INTERNATIONAL_SECTORS and coding.kb_id is None and (
                coding.country is None or len(_paired_adjectives(span, lex)) > 1):
            # "the foreign ministers of Congo and Rwanda", "the Uruguayan and Argentine
            # governments": one mention, one actor per country
            named = (_of_countries(span, lex, place_of) if coding.country is None else []) or _paired_adjectives(span, lex)
            others = [iso for iso in named if iso != actor.country]
            if others and actor.country in named:
                partners = [in_country(actor, iso) for iso in others]
                actors += partners
                by_token.partners.update({t.i: partners for t in span})
    _korean_halves(ctx, mentions, actors, by_token)
    for pron, group in resolve_pronouns(ctx.doc, mentions):
        start, end = ctx.span(pron.idx, pron.idx + len(pron.text))
        copies = [a.model_copy(update={"text": pron.text, "start": start, "end": end}) for a in group]
        actors += copies
        by_token[pron.i] = copies[0]
        if len(copies) > 1:
            by_token.partners[pron.i] = copies[1:]
    _owners_country(mentions, guessed, actors, by_token)
    _reporters_forces(mentions, guessed, actors, by_token)
    _answering_state(mentions, guessed, actors, by_token, sent_of)
    _speaking_for(mentions, actors, by_token)
    _bloc_seat(mentions, actors, by_token)
    actors.sort(key=lambda a: a.start)
    return {"actors": actors, "actor_by_token": by_token}


# "the North" and "the South" of a story about the two Koreas
HALVES = {"North": "PRK", "South": "KOR"}
HALF_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "appos", "poss", "attr"}


def _korean_halves(ctx: ArticleContext, mentions, actors: list[Actor], by_token) -> None:
    """"Seoul called on the North to respond", "The North has been building walls": in a story
    that names North (South) Korea, "the North" ("the South") is that state."""
    doc = ctx.doc
    for tok in doc:
        iso = HALVES.get(tok.text)
        if (iso is None or tok.i == 0 or doc[tok.i - 1].lower_ != "the" or tok.dep_ not in HALF_DEPS
                or tok.i in by_token or (tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper())):
            continue  # (not "the North Korean leader")
        named = next((a for _, a in mentions if a.country == iso and a.sector == "GOV"), None)
        if named is None:
            continue
        span = doc[tok.i - 1: tok.i + 1]
        start, end = ctx.span(span.start_char, span.end_char)
        actor = named.model_copy(update={"text": span.text, "start": start, "end": end})
        actors.append(actor)
        mentions.append((span, actor))
        for t in span:
            by_token[t.i] = actor


def _owner_named_before(span, names: NameMemory) -> Coding | None:
    """A person met earlier who owns the phrase's head ("Arce's arrest", "Sonko's supporters'
    rally"): coded on the owner's own words."""
    poss = next((c for c in span.root.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if poss is None:
        return None
    words = span.doc[poss.left_edge.i: poss.i + 1]
    name = " ".join(t.text for t in words if t.tag_ != "POS")
    seen, coding = names.recall(name)
    if not seen or coding is None:
        return None
    return replace(coding, tokens=(words.start, words.end))


def _culprits(span) -> bool:
    """"Those behind this attack", "those responsible (accountable)"; "anyone who takes part in
    unsanctioned gatherings" (whoever a warning is aimed at)."""
    if span.root.lower_ in ("anyone", "anybody", "whoever") and any(c.dep_ == "relcl" for c in span.root.children):
        return True
    those = next((t for t in span if t.lower_ == "those"), None)
    return those is not None and (those.i == span.root.i or those.head.i == span.root.i) and culprit_marked(
        those, span.root)


ORG_HEADS = {"coalition", "movement", "alliance", "front", "platform", "collective", "group", "network"}
BODY_DESCRIPTIONS = ORG_HEADS | {"party", "union", "federation", "headquarters", "association", "organisation",
                                 "organization", "council", "committee", "faction", "body", "bloc", "wing"}  # fmt: skip


def _described_body(span, name: str, lex: Lexicon) -> Coding | None:
    """"The Common Front, an alliance of Gbagbo's PPA-CI and Thiam's PDCI", "The Mother See of Holy
    Etchmiadzin, the church's headquarters": a named organisation described as a body; its kind
    from the description's head or whose it is ("the church's" → REL, "of … parties" → PTY)."""
    # (the parser may hang the description on the name's last word: "… of Holy Etchmiadzin, the …")
    appos = next((c for t in (span.root, span[-1]) for c in t.children
                  if c.dep_ == "appos" and c.lemma_.lower() in BODY_DESCRIPTIONS), None)
    if appos is None:
        return None
    sector = None
    for t in (appos, *(c for c in appos.children if c.dep_ in ("poss", "compound", "amod")),
              *(g for c in appos.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")):
        kind = lex.sectors.get(t.lemma_.lower()) or lex.sectors.get(t.lower_)
        if kind is not None:
            sector = kind.sector
            break
    return Coding(name, None, sector, sector, None, None)


SPOKES = {"spokesman", "spokeswoman", "spokesperson", "representative", "envoy", "aide", "adviser", "advisor",
          "negotiator", "delegate"}  # fmt: skip


POSTED = {"representative", "envoy", "delegate", "negotiator"}  # of SPOKES: those sent to others


def _speaking_for(mentions, actors: list[Actor], by_token) -> None:
    """"a spokesman for U.N. Secretary-General Antonio Guterres", "an envoy of the Sudanese army":
    one who speaks or acts for an actor is coded as that actor (country and sector)."""
    for span, actor in mentions:
        root = span.root
        actor = by_token.get(root.i) or actor  # (as an earlier step may have recoded it)
        if root.lemma_.lower() not in SPOKES or actor.kb_id:
            continue
        # ("an adviser to the president" speaks for the president; "the EU's representative to the
        # Palestinians", "the African Union's envoy for Sudan" are sent to them)
        sent_to = root.lemma_.lower() in POSTED or any(c.dep_ == "poss" for c in root.children)
        boss = next((by_token[g.i] for p in root.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "to")
                     and not (p.lower_ in ("to", "for") and sent_to)
                     for g in p.children if g.dep_ == "pobj" and g.i in by_token), None)
        if boss is None:
            # "its spokesman", "the group's representative": the owner's own voice
            boss = next((by_token[c.i] for c in root.children if c.dep_ == "poss" and c.i in by_token
                         and by_token[c.i].sector), None)
        if boss is None or (boss.country == actor.country and boss.sector == actor.sector):
            continue
        new = actor.model_copy(update={"country": boss.country, "sector": boss.sector, "code": boss.code})
        _recode(span, actor, new, actors, by_token)


def _unknown_org(span) -> bool:
    """A named organisation the lexicons and knowledge base do not know ("Los Lobos", "Radaa"):
    an actor of the article's country, of no known sector."""
    toks = [t for t in span if t.lower_ not in ("the", "'s", "’s")]
    first = next((t for t in span if t.ent_type_), None)
    if not toks or first is None or first.ent_iob_ != "B" or (
            span.end < len(span.doc) and span.doc[span.end].ent_iob_ == "I"):
        return False  # a piece of a longer name ("Staff" of "the Joint Chiefs of Staff")
    if span.root.lemma_.lower() in ORG_HEADS and span.root.pos_ == "NOUN" and len(toks) > 1:
        # "the Forces Vives de Guinee coalition": a named body with a common head noun
        return all(t.ent_type_ == "ORG" for t in toks if t.i != span.root.i)
    return all(t.ent_type_ == "ORG" for t in toks) and span.root.pos_ == "PROPN"


# capitals that name the bloc seated there, in a story about the bloc
BLOC_SEATS = {"brussels": ("BEL", {"EU", "EC", "EUCO", "CEU"})}


def _bloc_seat(mentions, actors: list[Actor], by_token) -> None:
    """"Kyrgyzstan called on Brussels to hand over its evidence": in a story about the European
    Union that names no other Belgian actor, "Brussels" is the Union, not Belgium."""
    for span, actor in mentions:
        seat = BLOC_SEATS.get(span.text.lower())
        if seat is None or actor.country != seat[0]:
            continue
        country, codes = seat
        bloc = next((a for _, a in mentions if a.code in codes), None)
        if bloc is None or any(a.country == country and m.text.lower() not in BLOC_SEATS for m, a in mentions):
            continue
        _recode(span, actor, bloc.model_copy(update={"text": actor.text, "start": actor.start, "end": actor.end}),
                actors, by_token)


def _recode(span, actor: Actor, new: Actor, actors: list[Actor], by_token) -> None:
    """Put ``new`` in place of the mention's ``actor``, in the list and the token index."""
    actors[:] = [new if a is actor else a for a in actors]
    for t in span:
        if by_token.get(t.i) is actor:
            by_token[t.i] = new


REPORTING = {"say", "announce", "report", "state", "tell", "confirm", "add"}
FORCES = {"MIL", "COP"}


def _reporters_forces(mentions, guessed: set[int], actors: list[Actor], by_token) -> None:
    """"The Israeli military said troops had been sent to the area": unmarked forces acting in what
    an army or police force reports are its own, not the article's focus country's."""
    for span, actor in mentions:
        # ("Nangaa said the rebels would not give up a single metre": a rebel leader's rebels are his)
        described_rebels = actor.sector == "REB" and span.root.pos_ == "NOUN" and span[0].lower_ == "the"
        if (span.root.i not in guessed and not described_rebels) or actor.sector not in FORCES | {"REB"} \
                or span.root.dep_ not in ("nsubj", "nsubjpass"):
            continue  # (the forces acting, not those acted on: "restrictions on police officers")
        t, through_clause = span.root, False
        while t.head.i != t.i and not (through_clause and t.lemma_.lower() in REPORTING):
            through_clause = through_clause or t.dep_ == "ccomp"
            t = t.head
        if not (through_clause and t.lemma_.lower() in REPORTING):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        speaker = by_token.get(subj.i) if subj is not None else None
        if speaker is None or not speaker.country or speaker.country == actor.country or (
                speaker.sector not in FORCES if actor.sector in FORCES else speaker.sector != actor.sector):
            continue
        fixed = in_country(actor, speaker.country)
        _recode(span, actor, fixed, actors, by_token)


RULED = {"government", "regime", "administration", "cabinet", "forces", "army", "authorities", "junta"}


def _answering_state(mentions, guessed: set[int], actors: list[Actor], by_token, sent_of) -> None:
    """"Belarus rejected the accusations. '…,' Foreign Ministry spokesman Ruslan Varankov said": an
    official of no stated country who speaks right after a state's reaction speaks for that state."""
    for span, actor in mentions:
        if span.root.i not in guessed or actor.sector != "GOV" or span.root.dep_ != "nsubj" \
                or span.root.head.lemma_.lower() not in REPORTING:
            continue
        here = sent_of[span.start]
        before = [a for sp, a in mentions if sent_of[sp.start] == here - 1 and sp.root.dep_ == "nsubj"
                  and sp.root.head.dep_ == "ROOT" and a.sector == "GOV" and a.country and sp.root.pos_ == "PROPN"]
        if len(before) != 1 or before[0].country == actor.country:
            continue
        state = before[0]
        fixed = in_country(actor, state.country)
        _recode(span, actor, fixed, actors, by_token)
        # ("He accused Lithuania …": the pronouns already resolved to the speaker follow)
        for i, a in list(by_token.items()):
            if a is not actor and a.name == actor.name and a.code == actor.code and a.start >= actor.start:
                _recode(span.doc[i:i + 1], a, in_country(a, state.country), actors, by_token)


def _owners_country(mentions, guessed: set[int], actors: list[Actor], by_token) -> None:
    """"Petro ordered his security services …", "Qatar's emir": a domestic actor owned by a
    resolved pronoun or a named actor belongs to the owner's country, not to the article's focus."""
    for span, actor in mentions:
        if span.root.i not in guessed:
            continue
        # ("Qatar's emir" read as two mentions: the possessor names the country too)
        poss = next((c for c in span.root.children if c.dep_ == "poss"), None)
        doc = span.doc
        if poss is None and span.start >= 2 and doc[span.start - 1].tag_ == "POS":
            poss = doc[span.start - 2]  # the possessive the parser hung elsewhere
        owner = by_token.get(poss.i) if poss is not None else None
        if owner is None and span.root.lemma_.lower() in RULED:
            # "the government of Alexander Lukashenko", "the regime of Bashar al-Assad"
            owner = next((by_token[g.i] for p in span.root.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj" and g.i in by_token), None)
        if owner is None or not owner.country or owner.country == actor.country:
            continue
        fixed = in_country(actor, owner.country)
        _recode(span, actor, fixed, actors, by_token)
        # ("India and Pakistan … their troops": the troops of both)
        others = [in_country(fixed, o.country)
                  for o in (by_token.partners.get(poss.i, []) if poss is not None else [])
                  if o.country and o.country != owner.country]
        if others:
            actors += others
            by_token.partners.update({t.i: others for t in span if by_token.get(t.i) is fixed})


def _actor(ctx: ArticleContext, span, coding: Coding, focus: str | None, lex: Lexicon,
           place_of: dict[int, str], institution: str | None = None) -> Actor:
    """The actor of a coded mention; a country the coding lacks comes from a place in its clause,
    the institution just named ("ministry spokesman …", ``institution``), or the article's focus."""
    country, code = coding.country, coding.code
    if country is not None and coding.kb_id is None:
        # "British Columbia Premier David Eby": a country word inside a place the gazetteer put
        # in another country names that place, not the actor's state
        inside = {place_of[t.i] for t in span if t.i in place_of and (
            lex.adjectives.get(t.lower_) == country or lex.country_names.get(t.lower_) == country)}
        if inside and country not in inside:
            country = next(iter(inside))
            code = country + (coding.sector or "")
    igo_org = coding.kb_id is not None and coding.kb_id.startswith("org:")
    if country is None and coding.sector not in INTERNATIONAL_SECTORS and not igo_org:
        # "the junta in Bamako", "a Dhaka court", "the last soldiers of France's Barkhane force"
        where = _place_country(span, lex, place_of, coding.sector) or next(iter(_of_countries(span, lex, place_of)), None)
        if where is None and coding.sector in ARMED_OUTSIDERS:
            where = _came_from(span, place_of)  # "armed men who crossed the Panj River from Afghanistan"
        where = where or institution  # "ministry spokesman …" after "Turkey's Defence Ministry"
        if where is None and span.root.lemma_.lower() in UNMANNED and not any(
                c.dep_ in ("amod", "compound") and c.lower_ in lex.sectors for c in span.root.children):
            focus = None  # "drones struck the refinery": whose drones, the text must say ("paramilitary drones" do)
        if where or focus:
            country = where or focus
            code = country + (coding.sector or "")
    start, end = ctx.span(span.start_char, span.end_char)
    return Actor(text=span.text, start=start, end=end, name=coding.name, kb_id=coding.kb_id,
                 country=country, sector=coding.sector, code=code, role=coding.role)


LOCAL_SECTORS = {"CVL", "OPP", "EDU", "LAB", "REF"}
SITE_PREPS = {"outside", "near", "at", "opposite", "before", "beside", "around", "in front of"}
ARMED_OUTSIDERS = {"REB", "CRM", "MIL", "UAF", None}
CROSSING = {"cross", "come", "infiltrate", "enter", "arrive", "sneak", "slip"}


def _came_from(span, place_of: dict[int, str]) -> str | None:
    """The country armed men came from, told in the clause that describes them ("gunmen who
    crossed the river from Afghanistan", "fighters who had come from Mali")."""
    for rel in span.root.children:
        if rel.dep_ not in ("relcl", "acl") or rel.lemma_.lower() not in CROSSING:
            continue
        for prep in rel.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                got = [place_of[p.i] for p in prep.children if p.dep_ == "pobj" and p.i in place_of]
                if got:
                    return got[0]
    return None


def _place_country(span, lex: Lexicon, place_of: dict[int, str], sector: str | None = None) -> str | None:
    """The country of a place that locates a domestic actor: a toponym modifying the head ("a
    Dhaka court", "Kherson authorities"), "in <place>" after the mention ("the junta in Bamako")
    or opening the clause it is the subject of ("In Beijing, a foreign ministry spokeswoman
    said"); for a crowd, where its clause puts it ("hundreds of people marched through
    Qamishli")."""
    root = span.root
    if root.i in place_of and root.pos_ == "PROPN" and root.ent_type_ in ("GPE", "LOC", "FAC"):
        return place_of[root.i]  # the mention is itself a place the gazetteer placed ("stormed Lascahobas")
    for t in span:
        if t.i < root.i and t.dep_ in ("compound", "nmod", "amod") and t.i in place_of:
            return place_of[t.i]
    preps = [c for c in root.children if c.dep_ == "prep" and c.i >= span.end - 1]
    subj = first_conjunct(root)  # "members of unions and opposition parties marched through Asuncion"
    if subj.dep_ == "pobj" and subj.head.lower_ == "of" and subj.head.head.dep_ in ("nsubj", "nsubjpass"):
        subj = subj.head.head  # "hundreds of people marched …"
    if subj.dep_ in ("nsubj", "nsubjpass"):
        # ("In Hong Kong, dozens of his backers demonstrated": the owner decides, not the venue)
        # ("energy workers' unions marched through Asuncion": a common-noun owner decides nothing)
        owned = any(c.dep_ == "poss" and c.pos_ in ("PRON", "PROPN") for c in root.children)
        preps += [c for c in subj.head.children if c.dep_ == "prep" and not owned and (c.i < span.start or (
            sector in LOCAL_SECTORS and c.lower_ in ("in", "through", "across")))]
        if sector in LOCAL_SECTORS and not owned:
            # "rallied outside the Chinese Embassy in London": the city the site is in, not the
            # site's owner
            preps += [g for c in subj.head.children if c.dep_ == "prep" and c.lower_ in SITE_PREPS
                      for p in c.children if p.dep_ == "pobj" for g in p.children if g.dep_ == "prep"]
    for prep in preps:
        if prep.lower_ not in ("in", "through", "across"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or pobj.pos_ != "PROPN":
                continue
            if pobj.i in place_of:
                return place_of[pobj.i]
            toks = [t for t in pobj.doc[pobj.left_edge.i: pobj.i + 1] if t.dep_ != "det"]
            name = " ".join(t.text for t in toks).lower()
            iso = lex.country_names.get(name) or lex.capitals.get(name)
            if iso:
                return iso
    return None


def _paired_adjectives(span, lex: Lexicon) -> list[str]:
    """"the Uruguayan and Argentine governments": the countries of coordinated national
    adjectives on the head (one mention, one actor per country)."""
    adjs = [t for t in span if t.i < span.root.i and t.lower_ in lex.adjectives and (
        t.dep_ == "conj" or any(c.dep_ == "conj" and c.lower_ in lex.adjectives for c in t.children))]
    out: list[str] = []
    for t in adjs:
        iso = lex.adjectives[t.lower_]
        if iso not in out:
            out.append(iso)
    return out if len(out) > 1 else []


OF_PREPS = {"of", "from"}
OF_MODIFIERS = {"poss", "compound", "amod", "nmod"}


def _of_countries(span, lex: Lexicon, place_of: dict[int, str]) -> list[str]:
    """The countries an "of"/"from" complement names for a domestic actor: "the government of
    the Democratic Republic of Congo", "soldiers of France's Barkhane operation", "the foreign
    ministers of Congo and Rwanda". Only the complement's heads and their own modifiers count
    ("members of a Russian-backed group" are not Russian)."""
    out: list[str] = []
    for prep in span.root.children:
        if prep.dep_ != "prep" or prep.lower_ not in OF_PREPS:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for head in (pobj, *pobj.conjuncts):
                iso = _named_country(head, lex, place_of)
                if iso and iso not in out:
                    out.append(iso)
    return out


def _named_country(head, lex: Lexicon, place_of: dict[int, str]) -> str | None:
    for t in [head] + [c for c in head.children if c.dep_ in OF_MODIFIERS]:
        if _backed(t):
            continue
        if t.i in place_of:
            return place_of[t.i]
        toks = [x for x in t.doc[t.left_edge.i: t.i + 1] if x.dep_ not in ("det", "cc")] if t.pos_ == "PROPN" else [t]
        name = " ".join(x.text for x in toks).lower().removesuffix(" 's")
        iso = lex.country_names.get(name) or lex.adjectives.get(name) or lex.country_names.get(t.lower_)
        if iso:
            return iso
    return None


def _backed(tok) -> bool:
    """"Russian-backed", "Saudi-led", "pro-Serbian": the adjective names a patron or a cause,
    not the actor's country."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("pro", "anti"):
        return True
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in ("backed", "led", "supported", "funded", "allied", "aligned")


def _acronym_country(span, coding: Coding, acronyms: dict[str, Coding]) -> Coding:
    """A titled mention naming a defined acronym ("an SDF spokesman", "SDF fighters") takes the
    acronym's country."""
    for t in span:
        known = acronyms.get(t.text.replace(".", ""))
        if known is not None and known.country and t.i != span.root.i:
            code = known.country + (coding.sector or "")
            return replace(coding, country=known.country, code=code)
    return coding


HEADING_VERBS = {"head", "lead", "chair", "command", "run", "direct", "represent", "oversee"}


def _appositive_coding(span, pname: str, lex: Lexicon, mentions, sent_of,
                       place_of: dict[int, str] | None = None) -> Coding | None:
    """An unknown person described in apposition: "Jane Doe, a deputy police commissioner, …"
    (the description after the name) or "a local councillor, Jane Doe," (an earlier mention
    the name is in apposition to). A description naming only a country or a place codes the
    country ("Massad Boulos, the senior U.S. adviser for Africa", "Tamesna, a Vancouver-based
    company")."""
    root, doc = span.root, span.doc
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN") and not is_person(doc[child.i: child.i + 1]):
            desc = doc[child.left_edge.i: child.right_edge.i + 1]
            coded = code_phrase(desc, lex)
            # (a place among the description's own words, not in a clause hung on it)
            where = (coded.country if coded is not None else None) or next(
                (place_of[t.i] for t in desc if place_of and t.i in place_of and t.i < child.i), None)
            if coded is not None and coded.sector is not None:
                if coded.country is None and where:
                    coded = replace(coded, country=where, code=where + coded.sector)
                return replace(coded, name=pname, kb_id=None, tokens=None)
            if where:
                return Coding(pname, where, None, where, None, None)
            if (org := _appositive_org(child, mentions, sent_of)) is not None:
                return Coding(pname, org.country, org.sector, org.code, None, None)
        if child.dep_ == "relcl" and child.lemma_.lower() in HEADING_VERBS | {"be"}:
            # "Désiré Habimana, who headed the rebel delegation", "…, who is the army's spokesman"
            what = next((g for g in child.children if g.dep_ in ("dobj", "attr")), None)
            if what is not None and any(g.dep_ == "nsubj" and g.lower_ in ("who", "that") for g in child.children):
                # (the body itself, else what it belongs to: "the rebel delegation", "the lower
                # house's foreign affairs committee")
                parts = [doc[what.left_edge.i: what.right_edge.i + 1]] + [
                    doc[t.left_edge.i: t.i + 1] for t in doc[what.left_edge.i: what.i]
                    if t.dep_ in ("poss", "compound", "amod", "nmod")]
                for part in parts:
                    coded = code_phrase(part, lex)
                    if coded is not None and coded.sector is not None:
                        return replace(coded, name=pname, kb_id=None, tokens=None)
    if root.dep_ == "appos":
        for m_span, actor in reversed(mentions):
            if m_span.start <= root.head.i < m_span.end and not is_person(m_span):
                return Coding(pname, actor.country, actor.sector, actor.code, actor.role, None)
        # "Lula's chief foreign policy adviser Celso Amorim": one who serves a coded owner is
        # of the owner's country
        owner = next((c for c in root.head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is not None:
            for m_span, actor in reversed(mentions):
                if m_span.start <= owner.i < m_span.end and actor.country:
                    title = code_phrase(doc[owner.i + 1: root.head.i + 1], lex)
                    sector = title.sector if title is not None and title.sector else actor.sector
                    return Coding(pname, actor.country, sector, actor.country + (sector or ""), None, None)
    return None


def _appositive_org(appos, mentions, sent_of):
    """The organisation an apposition names by a definite description ("…, a deputy director of
    the ministry's press office"): the nearest earlier mention, within the last two sentences,
    whose head is the same noun ("the Russian foreign ministry"); None otherwise."""
    doc = appos.doc
    for t in doc[appos.left_edge.i: appos.right_edge.i + 1]:
        if t.i == appos.i or t.dep_ not in ("poss", "pobj") or t.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            continue
        for m_span, actor in reversed(mentions):
            if sent_of[appos.i] - sent_of[m_span.start] > 2:
                break
            if m_span.root.lemma_.lower() == t.lemma_.lower() and m_span.root.i != t.i and actor.country \
                    and actor.sector and not is_person(m_span):
                return actor
    return None
