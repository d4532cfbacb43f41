"""Within-article resolution of actor mentions: surnames and name variants to the full name seen
earlier ("President William Ruto" … "Ruto"), definite descriptions ("the minister", "the crowd")
and pronouns to the nearest compatible earlier mention."""

from __future__ import annotations

from .coding import Coding, _strip_det, past_marker
from .kb import HONORIFICS, norm_name
from .lexicon import Lexicon

MAX_SENTENCES_BACK = 2
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
THING_PRONOUNS = {"it", "its"}
PLURAL_PRONOUNS = {"they", "them", "their"}
ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "poss", "pobj", "dative", "agent"}
DEFINITE = {"the", "this", "that", "these", "those"}
# "the government", "the parliament", "the court": state institutions keep the article's focus
# country rather than the nearest earlier mention
STATE_SECTORS = {"GOV", "LEG", "JUD"}
# a country's own forces: "the army" is the focus country's, not the foreign troops named before
NATIONAL_FORCES = {"army", "military", "armed forces", "police", "navy", "air force", "national army",
                   "national police", "security forces"}
POST_MODIFIERS = {"prep", "acl", "relcl", "appos"}


def first_conjunct(tok):
    """The head of the coordination ``tok`` ends ("declaring … or ordering" → "declaring")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def sentence_numbers(doc) -> dict[int, int]:
    """Token index → sentence number."""
    out = {}
    for n, s in enumerate(doc.sents):
        for t in s:
            out[t.i] = n
    return out


# head nouns of an apposition that make a name a person's ("Olumide Bakare, a spokesman for the
# presidency", when the tagger takes the name for an organisation)
PERSON_ROLES = {"spokesman", "spokeswoman", "spokesperson", "minister", "president", "official", "leader",
                "commander", "chief", "director", "governor", "senator", "lawmaker", "legislator",
                "ambassador", "envoy", "adviser", "advisor", "secretary", "mayor", "prosecutor", "judge",
                "chairman", "chairwoman", "deputy", "negotiator", "activist", "lawyer", "analyst",
                "researcher", "colonel", "general", "captain", "priest", "bishop", "imam"}  # fmt: skip


# titles that also open the names of bodies ("General Intelligence Department", "Chief Justice")
NAME_WORDS = {"general", "deputy", "chief", "secretary", "director"}


def is_person(span) -> bool:
    root = span.root
    if root.ent_type_ == "PERSON" or any(t.ent_type_ == "PERSON" for t in span):
        return True
    if root.pos_ != "PROPN":
        return False
    if any(c.dep_ == "appos" and c.lemma_.lower() in PERSON_ROLES for c in root.children):
        return True  # "Makolo, a government spokeswoman"
    # "government spokeswoman Yolande Makolo": a title right before the name, whatever the
    # tagger made of the name
    doc = root.doc
    if any(t.pos_ == "NOUN" and t.lemma_.lower() in PERSON_ROLES and t.i < root.i
           and all(g.pos_ == "PROPN" for g in doc[t.i + 1: root.i + 1]) for t in span):
        return True
    # "Benue Governor Hyacinth Alia": a capitalised title before a given name and a surname,
    # when the tagger took the name for an event or an organisation ("General Service Unit",
    # "Deputy Prime Minister" are bodies and titles, not people)
    return root.lower_ not in PERSON_ROLES and any(
        t.pos_ == "PROPN" and t.lower_ in PERSON_ROLES - NAME_WORDS and root.i - t.i >= 2
        and all(g.pos_ == "PROPN" for g in doc[t.i + 1: root.i + 1]) for t in span)


# ---------------------------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------------------------


def person_name(span) -> str | None:
    """The personal name inside a mention ("Interior Minister Jane Doe" → "Jane Doe")."""
    root = span.root
    if root.ent_type_ == "PERSON":
        # the PERSON entity holding the root, read from the tokens (Span.ents rebuilds every
        # entity of the document on each call)
        doc, first, last = root.doc, root.i, root.i + 1
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        while last < len(doc) and doc[last].ent_iob_ == "I":
            last += 1
        if span.start <= first and last <= span.end:
            return doc[first:last].text
    toks = [t for t in span if t.pos_ == "PROPN" and t.i <= span.root.i]
    if span.root.pos_ == "PROPN" and toks:
        return " ".join(t.text for t in toks)
    return None


class NameMemory:
    """Person codings seen so far in one article, by full name and by surname."""

    def __init__(self) -> None:
        self.full: dict[str, Coding | None] = {}  # normalised full name → coding
        self.surname: dict[str, tuple[str, Coding | None]] = {}  # surname → (who, coding)
        self.ambiguous: set[str] = set()

    def remember(self, name: str, coding: Coding | None) -> None:
        """Record a person; ``coding`` None records a person who is not an actor ("John Harris,
        a farmer"), so that a later "Harris" means them and not a namesake in the KB."""
        key = norm_name(name)
        if not key:
            return
        who = (coding.kb_id if coding and coding.kb_id else None) or key
        prev_full = self.full.get(key)
        if (coding is not None or key not in self.full) and not (
                prev_full is not None and prev_full.kb_id and (coding is None or not coding.kb_id)):
            # (a knowledge-base coding is not replaced by a looser one: "the Morales government")
            self.full[key] = coding
        words = _words(name)
        if len(words) > 1:
            for sur in _surname_keys(words):
                prev = self.surname.get(sur)
                if prev is not None and prev[0] != who and (prev[1] is not None or coding is not None):
                    self.ambiguous.add(sur)  # two people share a surname: do not guess
                if prev is None or prev[1] is None:
                    self.surname[sur] = (who, coding)

    def recall(self, name: str) -> tuple[bool, Coding | None]:
        """(known, coding) of the earlier person a short mention ("Ruto", "Mr Ruto") refers to:
        known is False when no earlier person fits; coding is None for a person who is not an
        actor."""
        key = norm_name(name)
        if key in self.full:
            return True, self.full[key]
        words = _words(name)
        sur = None
        if len(words) == 1 or all(w.lower() in SURNAME_PARTICLES for w in words[:-1]):
            sur = _surname_key("".join(words))  # "Ruto", "De Wever", "dos Santos"
        if sur in self.surname:
            return True, None if sur in self.ambiguous else self.surname[sur][1]
        return False, None


def _words(name: str) -> list[str]:
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
    return words


# words that open a surname of several words ("Bart De Wever", "José Eduardo dos Santos",
# "Alexander Van der Bellen")
SURNAME_PARTICLES = {"de", "van", "von", "der", "den", "da", "dos", "das", "do", "di", "del", "della",
                     "du", "le", "la", "ter", "ten", "st", "st.", "mac"}  # fmt: skip


def _surname_keys(words: list[str]) -> list[str]:
    """The last word, and the particle surname when the name has one ("De Wever")."""
    keys = [_surname_key(words[-1])]
    first = next((i for i, w in enumerate(words[1:-1], 1) if w.lower() in SURNAME_PARTICLES), None)
    if first is not None:
        keys.append(_surname_key("".join(words[first:])))
    return keys


def _surname_key(word: str) -> str:
    """"Okafor-Lind" → "okaforlind": a hyphenated surname is one surname."""
    return norm_name(word).replace(" ", "")


def short_name(span, lex: Lexicon) -> str | None:
    """The bare name of a mention made of a name only, with at most an honorific or the title
    of the earlier mention ("Ruto", "Mr Ruto", "President Ruto"); None otherwise."""
    toks = _strip_det(span)
    if not toks or span.root.pos_ != "PROPN":
        return None
    name = [t for t in toks if t.lower_.rstrip(".") not in HONORIFICS and t.lower_ not in lex.sectors
            and not t.is_punct]
    if not name or any(t.pos_ != "PROPN" for t in name):
        return None
    return "".join(t.text_with_ws for t in span.doc[name[0].i: name[-1].i + 1]).strip()


# ---------------------------------------------------------------------------------------------
# descriptions
# ---------------------------------------------------------------------------------------------


def description_head(span, lex: Lexicon) -> str | None:
    """The title or group noun of a bare definite description ("the minister", "the foreign
    minister", "the crowd"): only sector terms after "the"; None for anything else."""
    if not span or span[0].lower_ not in DEFINITE:
        return None
    toks = _strip_det(span)
    if not toks or past_marker(toks):
        return None
    words = " ".join(t.lower_ for t in toks)
    lemmas = " ".join(t.lemma_.lower() for t in toks)
    if any(t.pos_ == "PROPN" or t.ent_type_ for t in toks):
        return None
    if any(c.dep_ in POST_MODIFIERS for c in span.root.children):
        return None  # "the president of Armenia", "the minister who resigned": not an anaphor
    return words if words in lex.sectors else lemmas if lemmas in lex.sectors else None


def _role_compatible(title_role: str | None, actor_role: str | None) -> bool:
    if not title_role:
        return True
    if not actor_role:
        return False
    a, b = title_role.split(), actor_role.removeprefix("former ").split()
    return bool(a) and bool(b) and a[-1] == b[-1] and set(a) <= set(b)


def resolve_descriptor(span, mentions) -> object | None:
    """"the paramilitary" after "the paramilitary Rapid Support Forces": a known name once
    described by the same word, whatever sector the word alone would give."""
    toks = [t for t in span if t.dep_ != "det"]
    if len(toks) != 1 or span[0].lower_ not in DEFINITE:
        return None
    word = toks[0].lower_
    for m_span, actor in reversed(mentions):
        if m_span.end > span.start:
            continue
        if m_span.root.lower_ == word:
            return None  # ("the ministry" after "Moldova's Foreign Ministry": that one, by its head)
        if actor.kb_id and any(
                t.lower_ == word and t.i < m_span.root.i and t.dep_ in ("amod", "compound") for t in m_span):
            return actor
    return None


def resolve_description(span, head: str, lex: Lexicon, mentions, sent_of) -> object | None:
    """The antecedent actor of a definite description within the last two sentences: "the
    minister" → the nearest earlier person whose role ends in "minister"; "the crowd" → the
    nearest earlier group of the same sector."""
    entry = lex.sectors[head]
    title_role = entry.role
    if not title_role:
        # "the command" after "Poland's Operational Command": the same head noun, named, first;
        # further back when the article names only one country's ("the navy" paragraphs after
        # "Sri Lanka's navy arrested …")
        same = [(m_span, actor) for m_span, actor in mentions
                if m_span.end <= span.start and m_span.root.lemma_.lower() == span.root.lemma_.lower()
                and actor.sector == entry.sector and actor.country and description_head(m_span, lex) is None]
        near = [a for m, a in same if sent_of[span.start] - sent_of[m.start] <= MAX_SENTENCES_BACK]
        if near:
            return near[-1]
        if same and len({a.country for m, a in same}) == 1 and entry.sector in ("MIL", "COP"):
            return same[-1][1]
    for m_span, actor in reversed(mentions):
        if m_span.end > span.start:
            continue
        if sent_of[span.start] - sent_of[m_span.start] > MAX_SENTENCES_BACK:
            break
        if actor.sector != entry.sector and not (title_role and actor.role):
            continue
        if title_role:
            # a title names someone else in its own sentence ("X offered to meet the president")
            if sent_of[m_span.start] == sent_of[span.start]:
                continue
            if is_person(m_span) and _role_compatible(title_role, actor.role):
                return actor
        elif (entry.sector not in STATE_SECTORS and head not in NATIONAL_FORCES and not is_person(m_span)
              and actor.sector == entry.sector
              and description_head(m_span, lex) is None and (actor.kb_id is None or entry.sector == "REB")):
            # a named force is not "the army" (the IRGC is not Iran's army); a named armed group
            # is "the militants"
            return actor
    return None


def institution_named_before(span, lex: Lexicon, mentions, sent_of) -> object | None:
    """"ministry spokesman Zeki Akturk" a sentence after "Turkey's Defense Ministry rejected …": a
    countryless institution word modifying the phrase is the institution just named (the latest
    earlier mention, within the last two sentences, with that head noun and a country)."""
    # (not "a foreign ministry spokesman": an indefinite or modified institution is another one)
    inst = {c.lemma_.lower() for c in span if c.dep_ in ("compound", "amod") and c.i < span.root.i
            and c.pos_ in ("NOUN", "PROPN") and c.text.islower() and c.lemma_.lower() in lex.sectors
            and not lex.sectors[c.lemma_.lower()].role and not any(True for _ in c.children)}
    if not inst or span[0].lower_ in ("a", "an"):
        return None
    for m_span, actor in reversed(mentions):
        if m_span.end > span.start:
            continue
        if sent_of[span.start] - sent_of[m_span.start] > MAX_SENTENCES_BACK:
            break
        if actor.country and m_span.root.lemma_.lower() in inst:
            return actor
    return None


# ---------------------------------------------------------------------------------------------
# pronouns
# ---------------------------------------------------------------------------------------------


def resolve_pronouns(doc, mentions):
    """Pronouns in argument positions → the nearest compatible earlier actor mention (same or
    previous two sentences): he/she → a person, it/its → an organisation or state, they/their →
    a group, organisation or state, or people named together. Yields (pronoun, [actors])."""
    out = []
    sent_of = sentence_numbers(doc)
    # nearest first below needs mentions in text order (acronym and antecedent copies are not)
    mentions = sorted(mentions, key=lambda m: (m[0].start, m[0].end))
    for tok in doc:
        low = tok.lower_
        if tok.pos_ != "PRON" or tok.dep_ not in ARG_DEPS:
            continue
        if low in PERSON_PRONOUNS:
            # (a described person only within the pronoun's sentence: "a 29-year-old man died
            # after police shot him")
            ok = lambda sp, here=sent_of[tok.i]: is_person(sp) or (  # noqa: E731
                sent_of[sp.start] == here and _one_person(sp))
        elif low in THING_PRONOUNS:
            ok = lambda sp: not is_person(sp) and sp.root.tag_ not in ("NNS", "NNPS")  # noqa: E731
        elif low in PLURAL_PRONOUNS:
            ok = lambda sp: not is_person(sp) and not _one_of(sp)  # noqa: E731
        else:
            continue
        speaker = _speaker_of(tok)
        said = None if speaker is None else next(((sp, a) for sp, a in mentions if sp.root.i == speaker.i), None)
        if said is not None and ok(said[0]) and not (low in PLURAL_PRONOUNS and is_person(said[0])):
            # "The command said it had scrambled jets": the one speaking of itself
            out.append((tok, [said[1]]))
            continue
        found = len(out)
        # ("Guzman Lopez had kidnapped him": an object pronoun is not its own clause's subject)
        own_subject = next((c.i for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            if tok.dep_ in ("dobj", "dative") else None
        for span, actor in reversed(mentions):
            if span.end > tok.i or span.root.i == own_subject:
                continue
            if sent_of[tok.i] - sent_of[span.start] > MAX_SENTENCES_BACK:
                break
            if low in PLURAL_PRONOUNS and span.root.conjuncts and (is_person(span) or ok(span)):
                # "spoke with Hun Manet and Phumtham and urged them": the coordinated people;
                # "India and Pakistan … after their troops traded fire": both states
                heads = {span.root.i, *(c.i for c in span.root.conjuncts)}
                group = [a for sp, a in mentions if sp.root.i in heads]
                out.append((tok, group or [actor]))
                break
            if ok(span):
                # ("It accused Estonian officials …" after "Russia's Embassy rejected the complaint,
                # saying the guards had never crossed into Estonia": a subject pronoun opening a
                # sentence continues the last sentence's subject)
                continues = tok.dep_ in ("nsubj", "nsubjpass") and low not in PERSON_PRONOUNS and tok.i == tok.sent.start
                if (low in PERSON_PRONOUNS or continues) and sent_of[span.start] != sent_of[tok.i] and not _main_subject(span):
                    # "Georgescu, who has praised Putin, won … . … his campaign": an earlier
                    # sentence's subject before a person named inside its clauses
                    actor = next((a for sp, a in mentions if sent_of[sp.start] == sent_of[span.start]
                                  and sp.start < span.start and (is_person(sp) if low in PERSON_PRONOUNS else ok(sp))
                                  and _main_subject(sp)), actor)
                out.append((tok, [actor]))
                break
        if len(out) == found and low in PERSON_PRONOUNS and (main := _main_person(mentions, tok)) is not None:
            out.append((tok, [main]))  # "he" paragraphs after the story's protagonist was named
    return out


def _main_subject(span) -> bool:
    """The mention is the subject of its sentence's main verb."""
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT"


HUMAN_NOUNS = {"man", "woman", "boy", "girl", "teenager", "student", "driver", "farmer", "journalist",
               "activist", "protester", "demonstrator", "worker", "resident", "policeman", "policewoman",
               "vendor", "trader", "passenger", "motorcyclist", "teacher", "doctor", "nurse"}  # fmt: skip


PERSON_TITLES = {"president", "premier", "minister", "king", "queen", "general", "commander", "governor",
                 "mayor", "chancellor", "emir", "sultan", "envoy", "ambassador", "spokesman", "spokeswoman",
                 "leader", "chief", "judge", "prosecutor", "colonel"}  # fmt: skip


def _one_person(span) -> bool:
    """A named person, or one person described ("a 29-year-old man", "the student")."""
    definite = span[0].lower_ == "the" or any(c.dep_ == "poss" for c in span.root.children)
    return is_person(span) or (span.root.tag_ == "NN" and (span.root.lemma_.lower() in HUMAN_NOUNS or (
        definite and span.root.lemma_.lower() in PERSON_TITLES)))  # "the president … he", "Iran's president said he …"


def _one_of(span) -> bool:
    """"a diplomat", "one soldier": a single one, never "they"."""
    return span.root.tag_ == "NN" and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one")
                                          for c in span.root.children)


def _main_person(mentions, tok):
    """The person named most often before ``tok`` (at least twice; the latest on a tie)."""
    before = [(span, actor) for span, actor in mentions if span.end <= tok.i and actor.name]
    people = {actor.name for span, actor in before if is_person(span)}
    counts: dict[str, int] = {}
    last: dict[str, object] = {}
    for _, actor in before:  # ("Castillo" coded as the person named in full before)
        if actor.name in people:
            counts[actor.name] = counts.get(actor.name, 0) + 1
            last[actor.name] = actor
    if not counts:
        return None
    best = max(counts.values())
    if best < 2:
        return None
    names = [n for n, c in counts.items() if c == best]
    return last[names[-1]] if len(names) == 1 else None


SAY_VERBS = {"say", "tell", "announce", "claim", "insist", "add", "state", "declare", "confirm",
             "warn", "vow", "pledge", "promise", "threaten", "deny", "admit", "acknowledge"}  # fmt: skip


def _speaker_of(pron):
    """The subject of the speech verb whose reported clause a subject pronoun opens ("Moscow
    said it would respond": Moscow), or None."""
    clause = pron.head
    if pron.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    verb = clause.head
    if verb.lemma_.lower() not in SAY_VERBS or verb.pos_ != "VERB":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)


# ---------------------------------------------------------------------------------------------
# acronyms and generic group nouns
# ---------------------------------------------------------------------------------------------

GROUP_NOUNS = {"group", "alliance", "movement", "organisation", "organization", "coalition", "outfit",
               "militia", "faction", "agency", "bloc", "watchdog", "body"}
GROUP_SECTORS = {"REB", "PTY", "OPP", "NGO", "LAB", "REL", "MIL", "SPY", "IGO"}


def _is_acronym(tok) -> bool:
    text = tok.text.replace(".", "")
    return 2 <= len(text) <= 7 and text.isalpha() and text.isupper()


def defined_acronym(span):
    """The acronym a mention defines right after itself: "the Syrian Democratic Forces (SDF)",
    "the Syrian Democratic Forces, or SDF" (the acronym's token); None otherwise."""
    doc, i = span.doc, span.end
    acr = None
    if i + 2 < len(doc) and doc[i].text == "(" and _is_acronym(doc[i + 1]) and doc[i + 2].text == ")":
        acr = doc[i + 1]
    elif i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "or" and _is_acronym(doc[i + 2]) \
            and (i + 3 == len(doc) or doc[i + 3].is_punct):
        acr = doc[i + 2]
    return acr


def acronym_of(span) -> str | None:
    """The acronym a mention consists of ("the SDF", "SDF"), or None."""
    toks = _strip_det(span)
    if len(toks) == 1 and _is_acronym(toks[0]):
        return toks[0].text.replace(".", "")
    return None


def group_noun(span) -> bool:
    """A bare definite generic group noun ("the group", "the alliance") with no modifier."""
    if not span or span[0].lower_ not in DEFINITE:
        return False
    toks = _strip_det(span)
    if len(toks) > 1 and toks[-1].lower_ in IGO_HEADS and all(_membership(t) for t in toks[:-1]):
        toks = toks[-1:]  # "the six-member bloc", "the 15-nation regional bloc"
    if len(toks) != 1 or toks[0].lower_ not in GROUP_NOUNS:
        return False
    return not any(c.dep_ in POST_MODIFIERS for c in span.root.children)


def _membership(tok) -> bool:
    """A modifier that sizes or places a bloc ("six-member", "15-nation", "regional", "-")."""
    low = tok.lower_
    return (low in ("regional", "-", "member", "nation", "country", "state") or tok.like_num
            or low.endswith(("-member", "-nation", "-country", "-state")))


IGO_HEADS = {"group", "bloc", "body", "organisation", "organization", "alliance", "union", "grouping"}


def resolve_group(span, mentions, sent_of):
    """The antecedent of "the group" within the last two sentences: the nearest earlier named
    organisation or armed group (not a person, a state or a bare description)."""
    found = []
    for m_span, actor in reversed(mentions):
        if m_span.end > span.start:
            continue
        if sent_of[span.start] - sent_of[m_span.start] > MAX_SENTENCES_BACK:
            break
        if actor.role or m_span.root.pos_ == "PRON" or (is_person(m_span) and actor.kb_id is None):
            continue  # a person (a KB group the tagger takes for a person is kept: "al Shabaab")
        named = actor.kb_id is not None or m_span.root.pos_ == "PROPN"
        if named and actor.sector in GROUP_SECTORS:
            found.append(actor)
    # a movement or armed group is "the group" before an international body named nearer
    # ("the Houthi movement has detained U.N. employees, the U.N. said, as the group …")
    igo = found[0] if found and span.root.lemma_.lower() in IGO_HEADS else None  # "the bloc" → ECOWAS
    got = next((a for a in found if a.sector != "IGO"), igo)
    if got is None:
        # "the coalition" paragraphs after "the Forces Vives de Guinee coalition": the one
        # organisation the article named with that head noun
        head = span.root.lemma_.lower()
        same = {(a.code, a.name): a for sp, a in mentions
                if sp.end <= span.start and sp.root.lemma_.lower() == head and len(sp) > 1
                and any(t.pos_ == "PROPN" for t in sp) and not a.role
                and (a.sector in GROUP_SECTORS or a.sector is None)}
        got = next(iter(same.values())) if len(same) == 1 else None
    return got


def culprit_marked(*toks) -> bool:
    """"those behind this attack", "those responsible": a demonstrative marked as the wrongdoers
    (the marker may hang on any of ``toks``)."""
    return any((c.dep_ in ("prep", "amod") and c.lower_ in ("behind", "responsible"))
               or (c.dep_ == "relcl" and (c.lemma_.lower() in WRONGDOING or _war_declared(c)))
               for t in toks for c in t.children)


def _war_declared(verb) -> bool:
    """"those who have declared war on the people", "those who wage war on the state"."""
    return verb.lemma_.lower() in ("declare", "wage") and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "war" for c in verb.children)


# "those who attacked officers", "those who shed the blood of our soldiers": the wrongdoers
WRONGDOING = {"attack", "kill", "shoot", "shed", "betray", "loot", "burn", "torch", "destroy", "vandalise",
              "vandalize", "incite", "plot", "murder", "bomb", "assault", "ambush", "abduct", "kidnap",
              "harm", "injure", "wound", "sabotage", "storm", "set", "commit", "perpetrate", "order", "finance"}  # fmt: skip


INSTITUTION_HEADS = {"bureau", "commission", "agency", "committee", "council", "authority", "office", "service",
                     "board", "directorate", "inspectorate", "secretariat", "tribunal", "institute",
                     "administration", "assembly", "chamber", "cabinet", "parliament", "senate", "congress",
                     "court"}  # fmt: skip


def resolve_institution(span, mentions):
    """"the bureau" paragraphs after "Romania's Central Electoral Bureau", "the commission"
    after "the Ethiopian Human Rights Commission": the latest named body with that head noun."""
    if not span or span[0].lower_ not in DEFINITE or len(span) != 2:
        return None
    head = span.root.lemma_.lower()
    if head not in INSTITUTION_HEADS or any(c.dep_ in POST_MODIFIERS for c in span.root.children):
        return None
    for sp, actor in reversed(mentions):
        if (sp.end <= span.start and head in (sp.root.lemma_.lower(), sp.root.lower_) and len(sp) > 1
                and any(t.pos_ == "PROPN" for t in sp) and actor.sector and not is_person(sp)):
            return actor
    return None


# ---------------------------------------------------------------------------------------------
# dual descriptions and ages
# ---------------------------------------------------------------------------------------------

# "both sides", "the two countries", "the two leaders": the two states the article is about
DUAL_NOUNS = {"sides": "GOV", "countries": "GOV", "nations": "GOV", "governments": "GOV",
              "states": "GOV", "capitals": "GOV", "neighbours": "GOV", "neighbors": "GOV",
              "leaders": "GOV", "presidents": "GOV", "delegations": "GOV", "ministers": "GOV",
              "premiers": "GOV", "armies": "MIL", "militaries": "MIL", "forces": "MIL",
              "troops": "MIL", "allies": "GOV", "partners": "GOV"}  # fmt: skip


EACH_NOUNS = {"side": "GOV", "country": "GOV", "government": "GOV", "state": "GOV", "capital": "GOV",
              "army": "MIL", "military": "MIL"}  # fmt: skip


def dual_description(span) -> str | None:
    """The sector of a dual description ("both sides", "the two neighbours", "both allies", "its
    two neighbors", "the two foreign ministers"), or None when the mention is not one."""
    words = [t.lower_ for t in span if not t.is_punct]
    if len(words) < 2 or (words[-1] not in DUAL_NOUNS and words[0] != "each"):
        return None
    if words[0] == "each" and len(words) == 2 and words[1] in EACH_NOUNS:
        return EACH_NOUNS[words[1]]  # "each side accused the other"
    if words[0] == "both" or party_number(span) is not None:
        # ("its two neighbours": the two a third party calls on; "the three countries")
        middle = words[1:-1] if words[0] == "both" else words[2:-1]
        if len(middle) <= 1 and all(w.isalpha() for w in middle):
            return DUAL_NOUNS[words[-1]]
    return None


NUMBER_WORDS = {"two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4}


def party_number(span) -> int | None:
    """How many parties "the two countries", "the three governments", "its two neighbours" name
    (2 for "both sides"; None when the span is no such description)."""
    words = [t.lower_ for t in span if not t.is_punct]
    if len(words) >= 2 and words[0] == "both":
        return 2
    if len(words) >= 3 and words[0] in ("the", "its", "their") and words[1] in NUMBER_WORDS:
        return NUMBER_WORDS[words[1]]
    return None


def is_party(a) -> bool:
    """An actor that names a country as a party (not an international body, not implied)."""
    return bool(a.country) and a.sector not in ("IGO", "NGO") and a.role != "implied"


def recent_parties(actors, n: int, before: int) -> tuple[str, ...] | None:
    """The last ``n`` distinct countries named among the actors (states, not bodies) before
    offset ``before`` (the start of the mention's sentence: "The United States urged both
    governments" does not count the United States), when the article has named that many:
    "Burkina Faso, Mali and Niger … The three countries"."""
    seen: list[str] = []
    for a in reversed(actors):
        if a.end <= before and is_party(a) and a.country not in seen:
            seen.append(a.country)
            if len(seen) == n:
                return tuple(reversed(seen))
    return None


def party_counts(actors) -> dict[str, int]:
    """How often each country is named among the actors (not international bodies, not
    implied actors)."""
    counts: dict[str, int] = {}
    for a in actors:
        if is_party(a):
            counts[a.country] = counts.get(a.country, 0) + 1
    return counts


def salient_pair(actors) -> tuple[str, str] | None:
    """The two countries most often named among the actors so far, when the second is named
    often enough to be a party (twice, and a quarter as often as the first)."""
    ranked = sorted(party_counts(actors).items(), key=lambda kv: -kv[1])
    if len(ranked) < 2 or ranked[1][1] < 2 or ranked[1][1] * 4 < ranked[0][1]:
        return None
    if len(ranked) > 2 and ranked[2][1] == ranked[1][1]:
        return None  # no clear second party
    return ranked[0][0], ranked[1][0]


def age_description(span) -> bool:
    """"the 79-year-old", "the 64-year-old former president": a person described by age."""
    toks = [t.lower_ for t in span]
    return len(toks) >= 2 and toks[0] == "the" and "year" in toks and "old" in toks and \
        any(t.like_num for t in span)


def resolve_age(span, mentions, sent_of):
    """The nearest earlier person mention (within the last two sentences, not the same one)."""
    for m_span, actor in reversed(mentions):
        if m_span.end > span.start or sent_of[m_span.start] == sent_of[span.start]:
            continue
        if sent_of[span.start] - sent_of[m_span.start] > MAX_SENTENCES_BACK:
            break
        if is_person(m_span) and actor.country:
            return actor
    return None
