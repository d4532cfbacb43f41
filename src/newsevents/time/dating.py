"""Event dating (stage ``dating``): give each event the date it happened, not the publication day.

Reads the events and their trigger tokens (``event_tokens``) with the normalised time
expressions (``timex_ents``) and returns the re-dated events. Each event's date comes from the
first rule that applies:

1. **explicit / relative**: a time expression attached to the trigger's own clause: its
   dependency host (the word it modifies, through a preposition) is the trigger or a word the
   trigger depends on within the sentence ("fired tear gas on Thursday at supporters who
   marched": both events get Thursday; "accused X of breaking the truce agreed last year": the
   accusation does not get "last year");
2. **anchored** on another event: "three days after the raid", "a day after the first coup",
   "months after the junta expelled the ambassador", "soon after toppling X on July 26", "on
   the first anniversary of the coup"; the other event's date comes from its own clause, or for a
   noun ("the coup") from a dated mention of the same noun elsewhere in the article ("the 2020
   coup");
3. **article context** for an undated past event: a report of a dated event lies between it and
   publication; a thing it introduces ("imposed a curfew") may be dated by a later mention; the
   narrative of the sentence before it in the same paragraph (or a recent scene opened by a
   fronted time in the previous paragraph) continues, so background paragraphs are not dated to
   the publication day; an event about a dated thing ("condemned the attack") lies between that
   thing and publication;
4. **publication**: the publication date, with basis ``publication`` (``dateline`` when that date
   came from the dateline); a past-tense event spans the day before as well (news reports
   yesterday's events), a future one is open-ended.

Rules 1–2 (and the tense checks) live in ``clauses.py``; this module adds the article-level
rules 3–4. Every date must agree with the trigger's tense (see ``_fits_event``). docs/time.md
has examples.

``historical`` is true when the event's latest possible date is more than
``HISTORICAL_DAYS`` before publication."""

from __future__ import annotations

from datetime import date, timedelta

from ..nlp.stages import ArticleContext, stage
from ..records import EventDate
from .clauses import DEFINITE, SPEECH_DEPS, Dater, When, in_relative, verb_tense

__all__ = ["HISTORICAL_DAYS", "When", "date_all", "date_events"]

HISTORICAL_DAYS = 7
CLAUSE_DEPS = {"advcl", "conj", "ccomp", "relcl", "acl", "parataxis"}
# events that make a scene (carried on into the next paragraph); statements and reactions are not
MATERIAL_TYPES = {"COOPERATE", "AID", "RETREAT", "SANCTION", "PROTEST", "MOBILIZE", "COERCE",
                  "ASSAULT"}


def _paragraph_of(doc) -> dict[int, int]:
    """Sentence start token → paragraph number (paragraphs are separated by blank lines)."""
    text = doc.text
    out = {}
    for sent in doc.sents:
        out[sent.start] = text.count("\n\n", 0, sent.start_char) + text.count("\n \n", 0, sent.start_char)
    return out


def _publication(pub: date | None, tense: str, basis: str = "publication") -> When:
    """The fallback: the publication day (``basis`` "dateline" when that date came from the
    dateline); the day before too for a past event, open-ended for a future one."""
    if pub is None:
        return When(None, None, "unknown", None, None, "unknown")
    if tense == "future":
        return When(pub, None, basis, None, pub.isoformat(), "unknown")
    if tense in ("past", "pluperfect"):
        return When(pub - timedelta(days=1), pub, basis, None, pub.isoformat(), "day")
    return When(pub, pub, basis, None, pub.isoformat(), "day")


def date_all(ctx: ArticleContext) -> list[tuple[EventDate, bool]]:
    """(date, historical) for every event of the article, in order."""
    tokens = ctx.results.get("event_tokens", [])
    dater = Dater(ctx)
    pub = dater.pub
    paragraph = _paragraph_of(ctx.doc)
    sent_dated = {}  # sentence start → date of its main narrative
    fallback = "dateline" if ctx.article.published_basis == "dateline" else "publication"
    found: list[When | None] = []
    for tok in tokens:
        w = dater.clause_date(tok)
        if w is not None and not _fits_event(dater, tok, w, pub):
            w = None
        found.append(w)
    # the narrative date of each sentence: the root's, else its first dated event outside a
    # relative clause ("her husband, who was arrested in May, …" does not set the scene)
    for tok, w in zip(tokens, found, strict=True):
        if w is not None and w.basis != "publication" and not in_relative(tok):
            sent_dated.setdefault(tok.sent.start, dater.clause_date(tok.sent.root) or w)
    out = []
    for ev, tok, w in zip(ctx.results["events"], tokens, found, strict=True):
        tense = verb_tense(tok)
        sent = tok.sent
        if w is None and tense in ("past", "pluperfect"):
            w = _reported(dater, tok, pub) or _introduced(dater, tok)
        if w is None and tense in ("past", "pluperfect") and not _sets_own_time(ctx, dater, tok):
            w = _context(ctx, dater, sent, paragraph, sent_dated, pub,
                         cross=ev.plover.type in MATERIAL_TYPES)
            if w is not None:  # the narrative goes on in the next sentence too
                sent_dated.setdefault(sent.start, w)
        if w is None and tense in ("past", "pluperfect"):
            w = _reacts(dater, tok, pub)
        if w is None:
            w = _publication(pub, tense, fallback)
        out.append((w.to_record(), _historical(w, pub)))
    return out


def _reported(dater: Dater, tok, pub: date | None) -> When | None:
    """An undated report of a dated past event ("rights groups alleged that police rounded up
    people in the first weeks of the emergency"): the report came after what it reports, so it
    lies between that event and publication."""
    if pub is None:
        return None
    for c in tok.children:
        if c.dep_ not in SPEECH_DEPS or c.i < tok.i:
            continue
        # the reported clause or a verb it governs directly ("tried to buy votes before …")
        w = dater.clause_date(c)
        for x in c.children:
            if w is None and x.dep_ == "xcomp":
                w = dater.clause_date(x)
        if w is None or w.earliest is None or w.latest is None:
            continue
        if w.latest < pub - timedelta(days=1):
            return When(w.earliest, pub, "anchored", w.text)
    return None


def _introduced(dater: Dater, tok) -> When | None:
    """An undated past event that introduces a thing ("imposed a curfew") which a later sentence
    dates ("The curfew, announced late on Tuesday, …"): the later mention's date."""
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None or any(c.dep_ == "poss" or c.lower_ in DEFINITE for c in obj.children):
        return None
    lemma = obj.lemma_.lower()
    for later in dater.doc[obj.i + 1:]:
        if later.lemma_.lower() != lemma or later.pos_ != "NOUN":
            continue
        if not any(c.lower_ in DEFINITE for c in later.children):
            continue
        w = dater._own(later, "past") or dater._told(later)
        if w is not None and dater._fits(w.earliest, w.latest, "past"):
            return When(w.earliest, w.latest, "anchored", w.text, w.value, w.granularity)
    return None


def _reacts(dater: Dater, tok, pub: date | None) -> When | None:
    """An undated past event about a dated thing ("condemned the arrests", "had urged the
    government to end the emergency"): it came after that thing began, so it lies between the
    thing's start and publication."""
    if pub is None:
        return None
    heads = [tok, *(c for c in tok.children if c.dep_ == "xcomp")]
    for h in heads:
        for obj in h.children:
            if obj.dep_ != "dobj" or obj.pos_ != "NOUN":
                continue
            if not any(c.dep_ == "poss" or c.lower_ in DEFINITE for c in obj.children):
                continue
            w = dater.noun_date(obj)
            if w is not None and w.earliest is not None and w.earliest < pub - timedelta(days=1):
                return When(w.earliest, pub, "anchored", w.text)
    return None


def _sets_own_time(ctx, dater: Dater, tok) -> bool:
    """Does the trigger's sentence set its own time, so that the narrative of the sentence before
    does not carry over? Yes when it holds a vague or bounding expression ("until recently",
    "previously", "since May") or a date before the trigger (durations and sets do not count); a date in a later clause of the
    sentence ("X refused at first …, until Y announced on Sept. 24 …") leaves the trigger in
    the earlier narrative."""
    sent = tok.sent
    usable = {span.start for span, _, _ in dater.timexes}
    for span, tx in ctx.results.get("timex_ents", []):
        if span.sent.start != sent.start or tx.type in ("DURATION", "SET"):
            continue  # "for weeks", "every day" set no time
        if span.start not in usable or span.start < tok.i or _same_clause(dater, span, tok):
            return True
    return False


def _same_clause(dater: Dater, span, tok) -> bool:
    """Is the time's host ``tok`` or below it without crossing into another clause ("refused to
    accept the bodies on Wednesday": yes; "refused …, until Y announced on Sept. 24": no)?"""
    t = dater._host(span)
    while t.i != tok.i:
        if t.dep_ in CLAUSE_DEPS or t.head.i == t.i:
            return False
        t = t.head
    return True


def _context(ctx, dater: Dater, sent, paragraph: dict[int, int], sent_dated: dict,
             pub: date | None, cross: bool = False) -> When | None:
    """The narrative date of the nearest earlier dated sentence, when the story is still there;
    with ``cross``, a recent scene set at the start of the previous paragraph too ("On Tuesday,
    thousands blocked roads …" ↵ "Security forces fired tear gas …"); a background paragraph
    ("In March 2019, …") does not run on into the next."""
    doc = ctx.doc
    sents = list(doc.sents)
    idx = next((i for i, s in enumerate(sents) if s.start == sent.start), None)
    if not idx:
        return None
    prev = sents[idx - 1]
    if paragraph.get(prev.start) != paragraph.get(sent.start):
        # a paragraph that opens with a fronted time ("On Tuesday, thousands blocked roads …")
        # sets a scene that the next paragraph, when it names no time, goes on with
        first = next(i for i in range(idx - 1, -1, -1)
                     if i == 0 or paragraph.get(sents[i - 1].start) != paragraph.get(prev.start))
        if not cross or not _fronted_time(dater, sents[first]):
            return None
        prev = sents[first]
    w = sent_dated.get(prev.start) or dater.clause_date(prev.root) or dater.first_in(prev)
    if w is None or w.latest is None or w.earliest is None:
        return None
    if paragraph.get(prev.start) != paragraph.get(sent.start) and (
            pub is None or w.latest < pub - timedelta(days=HISTORICAL_DAYS)):
        return None  # a background paragraph ("In March 2019, …") does not run on
    if pub is not None and w.earliest > pub:
        return None
    return When(w.earliest, w.latest, "anchored", w.text, w.value, w.granularity)


def _fronted_time(dater: Dater, sent) -> bool:
    """Does the sentence open with its time ("On Tuesday, …", "Late on Monday, …")?"""
    for span, _tx, _host in dater.timexes:
        if span.sent.start == sent.start:
            lead = [t for t in dater.doc[sent.start:span.start] if not t.is_punct]
            return len(lead) <= 2 and all(t.pos_ in ("ADP", "ADV") for t in lead)
    return False


def _fits_event(dater: Dater, tok, w: When, pub: date | None) -> bool:
    """Does a date found for ``tok`` agree with the trigger's tense? A past event cannot lie
    wholly in the future, a future one wholly in the past, and a present-tense trigger ("prosecutors
    allege that he received … in 2014") does not take a past date from another clause."""
    if pub is None:
        return True
    tense = verb_tense(tok)
    if tense in ("past", "pluperfect"):
        return w.earliest is None or w.earliest <= pub + timedelta(days=1)
    if tense == "future":
        return w.latest is None or w.latest >= pub - timedelta(days=1)
    if w.latest is not None and w.latest < pub - timedelta(days=1):
        return dater._own(tok, tense) is not None or tok.tag_ not in ("VBZ", "VBP")
    return True


def _historical(w: When, pub: date | None) -> bool:
    if pub is None or w.latest is None or w.basis in ("publication", "dateline"):
        return False
    return w.latest < pub - timedelta(days=HISTORICAL_DAYS)


@stage("dating", requires=("events", "event_tokens", "timex_ents"), assigns=("events",))
def date_events(ctx: ArticleContext) -> dict:
    events = ctx.results["events"]
    if not events:
        return {"events": events}
    dated = date_all(ctx)
    # a promise or threat is made when it is reported, whenever the promised act is due: the
    # events stage dated it already
    keep = ctx.results.get("commitments", set())
    return {"events": [ev if i in keep else ev.model_copy(update={"date": d, "historical": h})
                       for i, (ev, (d, h)) in enumerate(zip(events, dated, strict=True))]}
