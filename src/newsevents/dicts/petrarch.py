"""Loaders for PETRARCH-format actor, agent and discard dictionaries, and the bundle that holds
all four dictionaries (the verb dictionary lives in :mod:`.verbs`).

Actors (``*.actors.txt``)::

    GOLLUM                      # primary phrase, no default code
    +SMEAGOL                    # synonyms start with '+'
        [HOB < 950601]          # indented code lines: date restrictions, first match wins
        [HOBGOV 19950601 - 19990815]
        [HOBREB > 990816]
    THE_SHIRE  [FRO/BIL/SAM]    # '/' joins several codes: a compound actor
    BOROMIR  [---]              # null code: an actor that codes nothing

Agents (``*.agents.txt``)::

    !PERSON! = MAN, MEN, WOMAN  # substitution set, used as CONGRESS!PERSON!
    GOVERNMENT  [~GOV]          # '~' first: appended after the actor code (ARN → ARNGOV)
    MSF {}  [NGO~]              # '~' last: put before it (NGOARN); {} = no plural
    GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]   # irregular plural

Discards (``*.discards.txt``): one phrase a line; ``+`` marks a story-level discard; a final
``_`` means the last word must end there (otherwise it is a stem).

In every phrase ``_`` joins words that must be consecutive and a blank lets other words come
between them; phrases are matched case-insensitively.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .reader import (
    DictionaryError,
    Phrase,
    parse_date,
    parse_phrase,
    plural,
    read_lines,
    read_source,
    split_code,
)
from .verbs import VerbDictionary, load_verbs

NULL_CODE = "---"

# ---------------------------------------------------------------- actors


@dataclass(frozen=True)
class CodeRule:
    """A code valid on days between ``start`` and ``end`` (both inclusive, None = open)."""

    code: str
    start: date | None = None
    end: date | None = None
    line: int = 0

    def applies(self, day: date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class ActorEntry:
    """One actor record: the primary phrase, its synonyms, default code and dated codes."""

    root: Phrase
    synonyms: tuple[Phrase, ...] = ()
    default: str | None = None
    rules: tuple[CodeRule, ...] = ()
    line: int = 0

    @property
    def phrases(self) -> tuple[Phrase, ...]:
        return (self.root, *self.synonyms)

    def code_on(self, day: date | None) -> str:
        """The code in force on ``day``: the first date restriction that covers it, else the
        default code, else the null code ``---``. Without a day only the default applies."""
        if day is not None:
            for rule in self.rules:
                if rule.applies(day):
                    return rule.code
        return self.default or NULL_CODE

    def codes_on(self, day: date | None) -> tuple[str, ...]:
        """``code_on`` split into its parts (``FRO/BIL/SAM`` → three codes); () when null."""
        code = self.code_on(day)
        return tuple(c for c in code.split("/") if c and c != NULL_CODE)


_RESTRICTION = re.compile(r"^(?P<code>\S+)\s*(?:(?P<op>[<>])\s*(?P<d>\d+)|(?P<a>\d+)\s*-\s*(?P<b>\d+))?$")


def _code_rule(text: str, source: str, line: int) -> CodeRule:
    m = _RESTRICTION.match(text.strip())
    if not m or m.group("code").isdigit():
        raise DictionaryError(source, line, f"bad actor code [{text}]: want [CODE], [CODE <DATE], "
                                            "[CODE >DATE] or [CODE DATE-DATE]")
    code = m.group("code")
    if m.group("op") == "<":
        return CodeRule(code, None, parse_date(m.group("d"), source, line), line)
    if m.group("op") == ">":
        return CodeRule(code, parse_date(m.group("d"), source, line), None, line)
    if m.group("a"):
        start, end = parse_date(m.group("a"), source, line), parse_date(m.group("b"), source, line)
        if end < start:
            raise DictionaryError(source, line, f"date interval ends before it starts: [{text}]")
        return CodeRule(code, start, end, line)
    return CodeRule(code, line=line)


def parse_actors(text: str, source: str = "<string>") -> list[ActorEntry]:
    """Parse the text of an actor dictionary."""
    entries: list[ActorEntry] = []
    cur: dict | None = None

    def close() -> None:
        if cur is not None:
            entries.append(ActorEntry(cur["root"], tuple(cur["syn"]), cur["default"],
                                      tuple(cur["rules"]), cur["line"]))

    for ln in read_lines(text, source):
        body = ln.text.strip()
        if body.startswith("["):  # code line: default or date restriction
            if cur is None:
                raise DictionaryError(source, ln.number, "code line before any actor phrase")
            _, codes = split_code(body, source, ln.number)
            for code in codes:
                rule = _code_rule(code, source, ln.number)
                if rule.start is None and rule.end is None:
                    cur["default"] = rule.code
                else:
                    cur["rules"].append(rule)
            continue
        phrase_text, codes = split_code(body, source, ln.number)
        if len(codes) > 1:
            raise DictionaryError(source, ln.number, "several [codes] on one phrase line")
        default = None
        if codes:
            rule = _code_rule(codes[0], source, ln.number)
            if rule.start or rule.end:
                raise DictionaryError(source, ln.number, "date restrictions belong on their own "
                                                         "indented line")
            default = rule.code
        if body.startswith("+"):
            if cur is None:
                raise DictionaryError(source, ln.number, "synonym '+' before any actor phrase")
            cur["syn"].append(parse_phrase(phrase_text[1:], source, ln.number))
            if default:
                cur["default"] = default
            continue
        close()
        cur = {"root": parse_phrase(phrase_text, source, ln.number), "syn": [], "default": default,
               "rules": [], "line": ln.number}
    close()
    return entries


# ---------------------------------------------------------------- agents


@dataclass(frozen=True)
class AgentEntry:
    """An agent phrase and its code. ``prefix`` agents (``[NGO~]``) go before the actor code."""

    phrase: Phrase
    code: str
    prefix: bool = False
    line: int = 0


_SUBST = re.compile(r"^\s*(![A-Z0-9_]+!)\s*=(.*)$", re.IGNORECASE)


def _with_plural(phrase: Phrase) -> Phrase:
    return Phrase(phrase.words[:-1] + (plural(phrase.words[-1]),), phrase.links)


def parse_agents(text: str, source: str = "<string>") -> list[AgentEntry]:
    """Parse the text of an agent dictionary (plurals and substitution sets expanded)."""
    subst: dict[str, list[str]] = {}
    out: list[AgentEntry] = []
    for ln in read_lines(text, source):
        m = _SUBST.match(ln.text)
        if m:
            items = [s.strip().upper() for s in m.group(2).split(",") if s.strip()]
            if not items:
                raise DictionaryError(source, ln.number, f"substitution set {m.group(1)} is empty")
            subst[m.group(1).upper()] = items
            continue
        head, codes = split_code(ln.text, source, ln.number)
        if len(codes) != 1:
            raise DictionaryError(source, ln.number, "an agent line needs exactly one [~CODE]")
        code = codes[0].replace(" ", "")
        if code.count("~") != 1 or code.strip("~") == "" or "~" not in (code[0], code[-1]):
            raise DictionaryError(source, ln.number, f"agent code [{codes[0]}] needs one '~' at "
                                                     "its start (suffix) or end (prefix)")
        prefix = code.endswith("~")
        code = code.strip("~")
        plurals: list[str] | None = None
        if "{" in head or "}" in head:
            m2 = re.match(r"^(.*?)\{(.*)\}\s*$", head)
            if not m2 or "{" in m2.group(2):
                raise DictionaryError(source, ln.number, "unbalanced { } in agent plural")
            head, plurals = m2.group(1), m2.group(2).split()
        head = head.strip()
        if not head:
            raise DictionaryError(source, ln.number, "agent line without a phrase")
        markers = re.findall(r"![A-Z0-9_]+!", head.upper())
        if markers:
            variants = [head.upper()]
            for mk in markers:
                if mk not in subst:
                    raise DictionaryError(source, ln.number, f"substitution set {mk} is not defined "
                                                             "above this line")
                variants = [v.replace(mk, item, 1) for v in variants for item in subst[mk]]
            for v in variants:
                out.append(AgentEntry(parse_phrase(v, source, ln.number), code, prefix, ln.number))
            continue
        phrase = parse_phrase(head, source, ln.number)
        out.append(AgentEntry(phrase, code, prefix, ln.number))
        if plurals is None:
            out.append(AgentEntry(_with_plural(phrase), code, prefix, ln.number))
        else:
            for p in plurals:
                out.append(AgentEntry(parse_phrase(p, source, ln.number), code, prefix, ln.number))
    return out


# ---------------------------------------------------------------- discards


@dataclass(frozen=True)
class Discard:
    """A phrase whose presence stops coding: the sentence, or the whole story when ``story``."""

    words: tuple[str, ...]
    story: bool = False
    whole_word: bool = False
    line: int = 0

    @property
    def pattern(self) -> re.Pattern[str]:
        body = r"\s+".join(re.escape(w) for w in self.words)
        return re.compile(r"(?<![A-Z0-9])" + body + (r"(?![A-Z0-9])" if self.whole_word else ""))


def parse_discards(text: str, source: str = "<string>") -> list[Discard]:
    out = []
    for ln in read_lines(text, source):
        body = ln.text.strip()
        story = body.startswith("+")
        body = body.lstrip("+").strip()
        whole = body.endswith("_")
        words = tuple(w for w in re.split(r"[\s_]+", body.upper()) if w)
        if not words:
            raise DictionaryError(source, ln.number, "empty discard phrase")
        out.append(Discard(words, story, whole, ln.number))
    return out


@dataclass(frozen=True)
class DiscardList:
    """Discard phrases; ``match(text)`` says whether and at which level a text is discarded."""

    entries: tuple[Discard, ...] = ()
    _compiled: tuple = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_compiled", tuple((d, d.pattern) for d in self.entries))

    def match(self, text: str) -> Discard | None:
        """The first discard found in ``text`` (story-level ones first), else None."""
        up = text.upper()
        hits = [d for d, rx in self._compiled if rx.search(up)]
        hits.sort(key=lambda d: not d.story)
        return hits[0] if hits else None


# ---------------------------------------------------------------- the bundle


@dataclass
class PetrarchDictionaries:
    """The four PETRARCH dictionaries, loaded. Build with :func:`load_dictionaries`."""

    actors: list[ActorEntry]
    agents: list[AgentEntry]
    verbs: VerbDictionary
    discards: DiscardList = field(default_factory=DiscardList)
    sources: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        from .matching import PhraseIndex  # the matcher indexes phrases once per bundle

        self.actor_index = PhraseIndex([(p, e) for e in self.actors for p in e.phrases])
        self.agent_index = PhraseIndex([(a.phrase, a) for a in self.agents])


KINDS = ("actors", "agents", "verbs", "discards")


def find_dictionary_files(folder: str | Path) -> dict[str, list[Path]]:
    """Files of each kind in a folder, by name: ``*actors*``, ``*agents*``, ``*verbs*`` (also
    ``*verbpatterns*``), ``*discards*``; several actor files are all used."""
    folder = Path(folder)
    if not folder.is_dir():
        from ..errors import Code, NewsEventsError

        raise NewsEventsError(Code.UNREADABLE, f"{folder}: not a dictionary folder")
    found: dict[str, list[Path]] = {k: [] for k in KINDS}
    for path in sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")):
        name = path.name.lower()
        for kind in KINDS:
            if kind in name or (kind == "verbs" and "verbpattern" in name):
                found[kind].append(path)
                break
    return found


def load_dictionaries(folder: str | Path | None = None, *, actors=(), agents=(), verbs=None,
                      discards=()) -> PetrarchDictionaries:
    """Load PETRARCH dictionaries from a folder (files found by name, see
    :func:`find_dictionary_files`) and/or explicit paths. Explicit paths add to (actors) or
    replace (verbs) what the folder gave. Raises :class:`DictionaryError` on a bad line."""
    files: dict[str, list[Path]] = find_dictionary_files(folder) if folder else {k: [] for k in KINDS}
    files["actors"] += [Path(p) for p in actors]
    files["agents"] += [Path(p) for p in agents]
    files["discards"] += [Path(p) for p in discards]
    if verbs:
        files["verbs"] = [Path(verbs)]
    if len(files["verbs"]) > 1:
        from ..errors import Code, NewsEventsError

        raise NewsEventsError(Code.USAGE, "several verb dictionaries: "
                              + ", ".join(p.name for p in files["verbs"]) + "; pass verbs=PATH")
    actor_list = [e for p in files["actors"] for e in parse_actors(*read_source(p))]
    agent_list = [a for p in files["agents"] for a in parse_agents(*read_source(p))]
    discard_list = [d for p in files["discards"] for d in parse_discards(*read_source(p))]
    verb_dict = load_verbs(*read_source(files["verbs"][0])) if files["verbs"] else VerbDictionary()
    return PetrarchDictionaries(actor_list, agent_list, verb_dict, DiscardList(tuple(discard_list)),
                                {k: [str(p) for p in v] for k, v in files.items()})
