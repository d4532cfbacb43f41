"""Loader for PETRARCH-format verb dictionaries.

A verb dictionary holds synsets and verb blocks::

    &CURRENCY                  # synset: '+' lines are members (regular plurals added unless
    +DOLLARS                   #   the member or the label ends with '_'); a member may be
    +SWISS FRANCS              #   another synset (&TIETYPES)

    --- BREAK [1717] ---       # block header: name and default code ([---] = no event)
    BREAK {BROKE BROKEN}       # verb; {..} lists irregular forms, else regular forms are made
    +BREAK_DOWN {+BROKE_DOWN}  # multi-word verb: '+' marks the verb word, '_' joins the rest
    WIRE_+TAP                  # (the word before the verb is part of it too)
    DOWNPLAY [014]             # a verb's own code replaces the block code
    - * TREATY [161]           # pattern: words before '*' precede the verb, words after follow
    - + * IN $ [075]           # '$' source, '+' target, '%' compound actor, '^' skip an actor
    - IN_* [074]               # '_' next to it: adjacent; a blank: other words may come between

Codes are kept as written: ``032:033`` is a paired code (the event and its reverse).
Patterns are shared by all verbs of their block.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from .reader import CONSECUTIVE, GAP, DictionaryError, plural, read_lines, split_code

log = logging.getLogger(__name__)

NULL_CODE = "---"
MARKERS = {"$": "source", "+": "target", "%": "compound", "^": "skip"}


@dataclass(frozen=True)
class Element:
    """One pattern element: ``kind`` is word, synset, source, target, compound or skip."""

    kind: str
    value: str = ""


@dataclass(frozen=True)
class VerbPattern:
    """``upper`` elements precede the verb (left to right, ``upper_links[i]`` joins element i to
    what follows it); ``lower`` elements follow it (``lower_links[i]`` joins element i to what
    precedes it). Links are ``"_"`` (adjacent) or ``" "`` (words may come between)."""

    upper: tuple[Element, ...]
    upper_links: tuple[str, ...]
    lower: tuple[Element, ...]
    lower_links: tuple[str, ...]
    code: str
    line: int = 0
    text: str = ""

    @property
    def size(self) -> int:
        """Elements in the pattern: longer patterns are tried first."""
        return len(self.upper) + len(self.lower)

    @property
    def elements(self) -> tuple[Element, ...]:
        return self.upper + self.lower


@dataclass(frozen=True)
class VerbForm:
    """A surface form: the verb word plus the words of a multi-word verb before/after it."""

    word: str
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()

    @property
    def size(self) -> int:
        return 1 + len(self.before) + len(self.after)


@dataclass(frozen=True)
class VerbEntry:
    """One verb line of a block, with every surface form it matches."""

    text: str
    base: VerbForm
    forms: tuple[VerbForm, ...]
    code: str | None
    block: int
    line: int = 0
    irregular: bool = False  # its forms were listed in {...}


@dataclass
class VerbBlock:
    name: str
    code: str
    line: int = 0
    entries: list[VerbEntry] = field(default_factory=list)
    patterns: list[VerbPattern] = field(default_factory=list)


@dataclass
class VerbDictionary:
    """Synsets, blocks and an index from verb words (upper case) to their forms and entries."""

    synsets: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    blocks: list[VerbBlock] = field(default_factory=list)
    index: dict[str, list[tuple[VerbForm, VerbEntry]]] = field(default_factory=dict)
    bases: dict[str, list[VerbEntry]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def lookup(self, word: str) -> list[tuple[VerbForm, VerbEntry]]:
        """Forms whose verb word is ``word`` (upper case)."""
        return self.index.get(word, [])

    def code_of(self, entry: VerbEntry) -> str:
        return entry.code or self.blocks[entry.block].code

    def patterns_of(self, entry: VerbEntry) -> list[VerbPattern]:
        return self.blocks[entry.block].patterns

    def synset_phrases(self, name: str) -> tuple[tuple[str, ...], ...]:
        """Members of a synset with embedded synsets expanded (longest first)."""
        seen: set[str] = set()

        def expand(n: str) -> list[tuple[str, ...]]:
            if n in seen:
                return []
            seen.add(n)
            out: list[tuple[str, ...]] = []
            for member in self.synsets.get(n, ()):
                if len(member) == 1 and member[0].startswith("&"):
                    out += expand(member[0])
                else:
                    out.append(member)
            return out

        return tuple(sorted(set(expand(name)), key=len, reverse=True))


# ---------------------------------------------------------------- verb forms

VOWELS = "AEIOU"


def petrarch_forms(word: str) -> set[str]:
    """The regular forms PETRARCH makes: +S, +ED (+D after E), +ING (E dropped)."""
    if word.endswith("E"):
        return {word + "S", word + "D", word[:-1] + "ING"}
    return {word + "S", word + "ED", word + "ING"}


def english_forms(word: str) -> set[str]:
    """Regular English inflections of a verb, with and without a doubled final consonant
    (STOP → STOPPED, VISIT → VISITED): a superset of what PETRARCH makes."""
    out = {word}
    if len(word) > 1 and word.endswith("Y") and word[-2] not in VOWELS:
        out |= {word[:-1] + "IES", word[:-1] + "IED", word + "ING"}
    elif word.endswith(("S", "SH", "CH", "X", "Z", "O")):
        out |= {word + "ES", word + "ED", word + "ING"}
    elif word.endswith("E"):
        out |= {word + "S", word + "D", (word if word.endswith(("EE", "YE", "OE")) else word[:-1]) + "ING"}
    else:
        out |= {word + "S", word + "ED", word + "ING"}
    if (len(word) >= 3 and word[-1] not in VOWELS + "WXY" and word[-2] in VOWELS
            and word[-3] not in VOWELS):
        out |= {word + word[-1] + "ED", word + word[-1] + "ING"}
    return out


def _form(text: str, source: str, line: int) -> VerbForm:
    """``"+BREAK_DOWN"`` / ``"WIRE_+TAP"`` / ``"LASH OUT"`` → VerbForm (verb word marked by '+',
    else the first word)."""
    words = [w for w in re.split(r"[\s_]+", text.strip().upper()) if w]
    if not words:
        raise DictionaryError(source, line, "empty verb")
    marked = [i for i, w in enumerate(words) if w.startswith("+") and len(w) > 1]
    if len(marked) > 1:
        raise DictionaryError(source, line, f"several '+' verb words in {text!r}")
    head = marked[0] if marked else 0
    words = [w.lstrip("+") for w in words]
    return VerbForm(words[head], tuple(words[:head]), tuple(words[head + 1:]))


# ---------------------------------------------------------------- patterns

_PATTERN_SPLIT = re.compile(r"(\s+|_)")


def parse_pattern(text: str, code: str, source: str, line: int) -> VerbPattern:
    """``"+ KNOWN_ * IN_ $"`` → VerbPattern. ``"X_ "`` reads as an open link (TABARI legacy)."""
    body = re.sub(r"_+\s+", " ", text.strip().upper())
    body = re.sub(r"\s+_+", " ", body)
    items: list[str] = []
    links: list[str] = []
    for piece in _PATTERN_SPLIT.split(body):
        if not piece:
            continue
        if piece.isspace() or piece == "_":
            if items and len(links) < len(items):
                links.append(CONSECUTIVE if piece == "_" else GAP)
            continue
        if len(links) < len(items):
            links.append(GAP)
        items.append(piece)
    links = links[: max(len(items) - 1, 0)]
    if items.count("*") != 1:
        raise DictionaryError(source, line, f"a pattern needs exactly one '*': {text.strip()!r}")
    star = items.index("*")

    def element(tok: str) -> Element:
        if tok in MARKERS:
            return Element(MARKERS[tok])
        if tok.startswith("&"):
            return Element("synset", tok)
        return Element("word", tok)

    upper = tuple(element(t) for t in items[:star])
    lower = tuple(element(t) for t in items[star + 1:])
    return VerbPattern(upper, tuple(links[:star]), lower, tuple(links[star:]), code, line,
                       text.strip())


# ---------------------------------------------------------------- the file


def load_verbs(text: str, source: str = "<string>") -> VerbDictionary:
    """Parse the text of a verb dictionary. Bad lines raise :class:`DictionaryError`; patterns
    naming an undefined synset are skipped with a warning (as PETRARCH does)."""
    vd = VerbDictionary()
    synset: str | None = None
    synset_noplural = False
    block: VerbBlock | None = None
    pending: list[VerbPattern] = []

    for ln in read_lines(text, source):
        body = ln.text.strip()
        if synset is not None and body.startswith("+"):
            member = body[1:].strip().upper()
            noplural = synset_noplural or member.endswith("_")
            words = tuple(w for w in re.split(r"[\s_]+", member) if w)
            if not words:
                raise DictionaryError(source, ln.number, f"empty member in synset {synset}")
            vd.synsets[synset] += (words,)
            if not noplural and not words[-1].startswith("&"):
                vd.synsets[synset] += (words[:-1] + (plural(words[-1]),),)
            continue
        synset = None
        if body.startswith("&"):
            name = body.split()[0].upper()
            synset_noplural = name.endswith("_")
            synset = name.rstrip("_")
            if len(synset) < 2:
                raise DictionaryError(source, ln.number, "synset without a name")
            vd.synsets[synset] = ()
            continue
        if body.startswith("---"):
            inner = body.strip("-").strip()
            name, codes = split_code(inner, source, ln.number)
            if len(codes) > 1:
                vd.warnings.append(f"{source}:{ln.number}: block {name} has several codes; "
                                   f"using [{codes[0]}]")
            code = codes[0].replace(" ", "") if codes and codes[0].strip() else NULL_CODE
            block = VerbBlock(name or "?", code, ln.number)
            vd.blocks.append(block)
            continue
        if body.startswith("-"):
            if block is None:
                raise DictionaryError(source, ln.number, "pattern before any '--- VERB ---' block")
            phrase, codes = split_code(body[1:], source, ln.number)
            if len(codes) != 1 or not codes[0]:
                raise DictionaryError(source, ln.number, "a pattern needs one [code] at its end")
            if "{" in phrase or "|" in phrase:
                vd.warnings.append(f"{source}:{ln.number}: TABARI disjunction skipped: {body}")
                continue
            pat = parse_pattern(phrase, codes[0].replace(" ", ""), source, ln.number)
            block.patterns.append(pat)
            pending.append(pat)
            continue
        # a verb line
        if block is None:
            block = VerbBlock("(no header)", NULL_CODE, ln.number)
            vd.blocks.append(block)
            vd.warnings.append(f"{source}:{ln.number}: verb before any block header; "
                               "given the null code")
        _add_verb(vd, block, len(vd.blocks) - 1, body, source, ln.number)

    # undefined synsets: skip the pattern (PETRARCH's behaviour), keep a warning
    bad = {id(p) for p in pending for e in p.elements
           if e.kind == "synset" and e.value not in vd.synsets}
    if bad:
        for b in vd.blocks:
            for p in b.patterns:
                if id(p) in bad:
                    vd.warnings.append(f"{source}:{p.line}: undefined synset; pattern skipped: "
                                       f"{p.text}")
            b.patterns = [p for p in b.patterns if id(p) not in bad]
    for b in vd.blocks:  # longer patterns first; file order among equals
        b.patterns.sort(key=lambda p: -p.size)
    for w in vd.warnings:
        log.debug(w)
    return vd


def _add_verb(vd: VerbDictionary, block: VerbBlock, bi: int, body: str, source: str,
              line: int) -> None:
    head, codes = split_code(body, source, line)
    if len(codes) > 1:
        raise DictionaryError(source, line, "several [codes] on a verb line")
    code = codes[0].replace(" ", "") if codes and codes[0].strip() else None
    listed: list[str] | None = None
    if "{" in head or "}" in head:
        m = re.match(r"^(.*?)\{(.*)\}\s*$", head)
        if not m or "{" in m.group(2) or "}" in m.group(2):
            raise DictionaryError(source, line, "unbalanced { } in verb forms")
        head, listed = m.group(1), m.group(2).split()
    base = _form(head, source, line)
    forms = {base}
    if listed is not None:
        forms |= {_form(t, source, line) for t in listed}
    else:
        forms |= {VerbForm(w, base.before, base.after) for w in petrarch_forms(base.word)}
    entry = VerbEntry(body.strip(), base, tuple(sorted(forms, key=lambda f: f.word)), code, bi, line,
                      irregular=listed is not None)
    block.entries.append(entry)
    vd.bases.setdefault(base.word, []).append(entry)
    for f in entry.forms:
        slot = vd.index.setdefault(f.word, [])
        for i, (old, old_entry) in enumerate(slot):
            if old == f:
                vd.warnings.append(f"{source}:{line}: {f.word} already defined at line "
                                   f"{old_entry.line}; the later entry wins")
                slot[i] = (f, entry)
                break
        else:
            slot.append((f, entry))
