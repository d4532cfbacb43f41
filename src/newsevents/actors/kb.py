"""Knowledge base of people and organisations with dated roles (``data/kb_actors.tsv`` plus any
user TSVs in ``Options.kb_paths``).

One row is one role spell: a person who was defence minister and then prime minister has two
rows with the same ``kb_id``. The loader validates every row (dates, ISO3 codes, sectors), indexes
names and aliases by a normalised form (accents, y/i transliterations, "al-"/"el-" articles), and
answers "which role did this actor hold on that date". Schema and rules: docs/actors.md."""

from __future__ import annotations

import calendar
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..resources import data_path, parse_tsv, read_tsv, split_list

KB_FILE = "kb_actors.tsv"
COLUMNS = ("kb_id", "name", "aliases", "kind", "country", "sector", "role", "org", "start", "end", "note")
REQUIRED = ("kb_id", "name", "kind", "sector")
KINDS = {"person", "org"}
# sectors a KB row may use beyond those of sectors.tsv: IGO (international bodies) and ELI
# (CAMEO's "elites": former officials and public figures without a current office)
EXTRA_SECTORS = {"IGO", "ELI"}
FORMER_SECTOR = "ELI"
KB_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class KBError(ValueError):
    """A knowledge-base file has invalid rows; the message lists them (file:line: problem)."""


# ---------------------------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------------------------

_CHAR_MAP = str.maketrans({"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss",
                           "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ð": "d", "þ": "th", "œ": "oe"})
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "madam", "mme", "m"}
ARTICLES = {"al", "el", "ul"}  # Arabic article written apart: al-Sisi / el-Sisi / Sisi
# common transliteration variants of the same given name, folded to one spelling
NAME_VARIANTS = {v: "muhammad" for v in ("mohammed", "mohamed", "mohammad", "muhammed", "mohamad",
                                          "muhamad", "mohamud", "mohamoud")}
NAME_VARIANTS.update({"abdel": "abdul", "abdal": "abdul", "abd": "abdul"})


def fold(text: str) -> str:
    """Lower case without accents: "Erdoğan" → "erdogan", "Ahmed al-Shara’a" → "ahmed al-sharaa"."""
    text = unicodedata.normalize("NFKD", text.translate(_CHAR_MAP))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower()


def _fold_token(tok: str) -> str:
    tok = NAME_VARIANTS.get(tok, tok)
    # Slavic adjectival endings: Zelenskiy / Zelenskyy / Zelenskyi / Zelenskij → zelensky
    if len(tok) > 4:
        tok = re.sub(r"(?:iy|yy|yi|ij|ii)$", "y", tok)
    return tok


@functools.lru_cache(maxsize=65536)
def norm_name(text: str) -> str:
    """The lookup key of a name: folded, punctuation-free, honorifics and articles dropped,
    transliteration variants unified. Two spellings of one name give the same key."""
    s = fold(text)
    s = re.sub(r"['’`ʼ]s\b", "", s)  # possessive
    s = re.sub(r"['’`ʼ‘]", "", s)  # O'Brien → obrien, Shara'a → sharaa
    s = re.sub(r"[^a-z0-9]+", " ", s)
    toks = s.split()
    while len(toks) > 1 and toks[0] in HONORIFICS:
        toks = toks[1:]
    if len(toks) > 1 and not (len(toks) == 2 and text.lstrip().startswith("El ")):
        # ("El Chapo", "El Mayo": a Spanish nickname, not the surname Chapo)
        toks = [t for t in toks if t not in ARTICLES] or toks
    return " ".join(_fold_token(t) for t in toks)


# ---------------------------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------------------------


def parse_date(value: str, *, end: bool = False) -> date:
    """YYYY, YYYY-MM or YYYY-MM-DD → the first day of that period (``end``: its last day)."""
    m = DATE.match(value.strip())
    if not m:
        raise ValueError(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    y, mo, d = int(m[1]), m[2], m[3]
    if mo is None:
        return date(y, 12, 31) if end else date(y, 1, 1)
    if d is None:
        mo_i = int(mo)
        return date(y, mo_i, calendar.monthrange(y, mo_i)[1] if end else 1)
    return date(y, int(mo), int(d))


def as_date(value: str | date | None) -> date | None:
    """An article's or event's date ("2021-03-02", "2021-03", "2021") as a day, or None."""
    if value is None or isinstance(value, date):
        return value
    try:
        return parse_date(str(value)[:10])
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------
# records
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Spell:
    """One row: an actor holding one role (or, for an organisation, one sector) for a time."""

    kb_id: str
    country: str | None
    sector: str
    role: str | None
    org: str | None
    start: date | None
    end: date | None  # None: still current
    note: str
    source: str  # file:line

    def active(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def code(self, igo_codes: Iterable[str] = ()) -> str | None:
        """CAMEO-style code: country + sector ("KENGOV"); an IGO post takes the IGO's code."""
        if self.country:
            return self.country + self.sector
        if self.org and self.org in set(igo_codes):
            return self.org
        return self.sector or None


@dataclass(frozen=True)
class Entity:
    kb_id: str
    name: str
    kind: str  # person | org
    aliases: tuple[str, ...]
    spells: tuple[Spell, ...]  # file order: among concurrent roles the first listed wins

    @property
    def surname(self) -> str:
        return norm_name(self.name).split()[-1]

    def role_at(self, day: date | None) -> Spell | None:
        """The role held on ``day`` (first listed among concurrent ones); without a date, the
        current (or latest) role."""
        if day is None:
            current = [s for s in self.spells if s.end is None]
            return current[0] if current else self.latest()
        return next((s for s in self.spells if s.active(day)), None)

    def latest(self) -> Spell | None:
        return max(self.spells, key=lambda s: (s.end or date.max, s.start or date.min), default=None)

    def role_before(self, day: date | None) -> Spell | None:
        """The most recent role that had ended by ``day`` (None: none, or no date)."""
        past = [s for s in self.spells if s.end is not None and (day is None or s.end < day)]
        return max(past, key=lambda s: s.end or date.min, default=None)

    def matching_role(self, role_text: str | None, day: date | None = None) -> Spell | None:
        """The spell whose role matches a role named in the text ("then-defence minister"):
        the latest such spell that started on or before ``day``."""
        if not role_text:
            return None
        want = role_key(role_text)
        hits = [s for s in self.spells if s.role and roles_match(want, role_key(s.role))]
        if day is not None:
            hits = [s for s in hits if s.start is None or s.start <= day] or hits
        return max(hits, key=lambda s: s.start or date.min, default=None)


ROLE_SYNONYMS = {"defense": "defence", "secretary of defense": "defence minister",
                 "secretary of defence": "defence minister", "defence secretary": "defence minister",
                 "secretary of state": "foreign minister", "foreign secretary": "foreign minister",
                 "minister of foreign affairs": "foreign minister", "minister of defence": "defence minister",
                 "external affairs minister": "foreign minister", "premier": "prime minister",
                 "pm": "prime minister", "head of state": "president"}


def role_key(role: str) -> str:
    r = fold(role).replace("-", " ").strip()
    r = re.sub(r"\s+", " ", r)
    for old, new in ROLE_SYNONYMS.items():
        if r == old:
            return new
    return r.replace("defense", "defence")


def roles_match(a: str, b: str) -> bool:
    """Same role, or one names the other's head with fewer words ("minister" ~ "foreign
    minister"), but never a different kind ("vice president" vs "president")."""
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    return len(short) == 1 and long_[0] not in {"vice", "deputy", "former", "acting"}


@dataclass
class KnowledgeBase:
    entities: dict[str, Entity] = field(default_factory=dict)
    index: dict[str, tuple[str, ...]] = field(default_factory=dict)  # norm name → kb_ids
    igo_codes: frozenset[str] = frozenset()
    sources: tuple[str, ...] = ()

    def lookup(self, name: str) -> list[Entity]:
        """Every entity with this name or alias (any spelling variant), last loaded first."""
        return [self.entities[k] for k in reversed(self.index.get(norm_name(name), ()))]

    def resolve(self, name: str, day: date | None = None) -> Entity | None:
        """The entity a name means on ``day``: one with a role then, else the last loaded."""
        cands = self.lookup(name)
        if len(cands) > 1 and day is not None:
            active = [e for e in cands if e.role_at(day) is not None]
            cands = active or cands
        return cands[0] if cands else None

    def code_of(self, spell: Spell) -> str | None:
        return spell.code(self.igo_codes)


# ---------------------------------------------------------------------------------------------
# loading and validation
# ---------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    countries = frozenset(r["iso3"].upper() for r in read_tsv("countries.tsv"))
    sectors = frozenset({r["sector"].upper() for r in read_tsv("sectors.tsv")} | EXTRA_SECTORS)
    igos = frozenset(r["code"] for r in read_tsv("igos.tsv"))
    return countries, sectors, igos


def validate_rows(rows: list[tuple[str, dict[str, str]]], known_ids: Iterable[str] = ()) -> list[str]:
    """Problems in KB rows given as (location, row): an empty list means the rows are valid."""
    countries, sectors, igos = _vocab()
    problems: list[str] = []
    ids = set(known_ids) | {r.get("kb_id", "") for _, r in rows}
    first: dict[str, tuple[str, str]] = {}
    for where, r in rows:
        def bad(msg: str, where: str = where) -> None:
            problems.append(f"{where}: {msg}")

        for col in REQUIRED:
            if not r.get(col):
                bad(f"column {col!r} is empty")
        kb_id, kind = r.get("kb_id", ""), r.get("kind", "")
        if kb_id and not KB_ID.match(kb_id):
            bad(f"kb_id {kb_id!r} must be lower-case letters, digits, '-', '_' or '.'")
        if kind and kind not in KINDS:
            bad(f"kind {kind!r} is not one of {sorted(KINDS)}")
        if kb_id in first and first[kb_id] != (r.get("name", ""), kind):
            bad(f"kb_id {kb_id!r} has another name or kind on an earlier row ({first[kb_id]})")
        first.setdefault(kb_id, (r.get("name", ""), kind))
        if r.get("country") and r["country"].upper() not in countries:
            bad(f"country {r['country']!r} is not an ISO3 code of countries.tsv")
        if r.get("sector") and r["sector"].upper() not in sectors:
            bad(f"sector {r['sector']!r} is unknown (sectors.tsv, or {sorted(EXTRA_SECTORS)})")
        if r.get("org") and r["org"] not in igos and r["org"] not in ids:
            bad(f"org {r['org']!r} is neither an igos.tsv code nor a kb_id")
        if not r.get("country") and r.get("sector", "").upper() != "IGO" and kind == "person":
            bad("a person's role needs a country (or sector IGO for an international post)")
        start = end = None
        for col in ("start", "end"):
            if r.get(col):
                try:
                    d = parse_date(r[col], end=col == "end")
                except ValueError as err:
                    bad(f"{col}: {err}")
                    continue
                start, end = (d, end) if col == "start" else (start, d)
        if start and end and start > end:
            bad(f"start {r['start']} is after end {r['end']}")
    return problems


def _rows_of(text: str, source: str) -> list[tuple[str, dict[str, str]]]:
    """(file:line, row) pairs; line numbers count comments and blank lines as in the file."""
    rows = parse_tsv(text, source)
    lines = [n for n, ln in enumerate(text.splitlines(), 1)
             if ln.strip() and not ln.lstrip().startswith("#")][1:]
    return [(f"{source}:{n}", r) for n, r in zip(lines, rows, strict=False)]


def _build(all_rows: list[tuple[str, dict[str, str]]], sources: tuple[str, ...]) -> KnowledgeBase:
    _, _, igos = _vocab()
    spells: dict[str, list[Spell]] = {}
    heads: dict[str, dict[str, str]] = {}
    aliases: dict[str, list[str]] = {}
    for where, r in all_rows:
        kb_id = r["kb_id"]
        heads.setdefault(kb_id, r)
        names = aliases.setdefault(kb_id, [])
        for n in [r["name"], *split_list(r.get("aliases", ""))]:
            if n not in names:
                names.append(n)
        spells.setdefault(kb_id, []).append(Spell(
            kb_id=kb_id, country=(r.get("country") or "").upper() or None, sector=r["sector"].upper(),
            role=r.get("role") or None, org=r.get("org") or None,
            start=parse_date(r["start"]) if r.get("start") else None,
            end=parse_date(r["end"], end=True) if r.get("end") else None,
            note=r.get("note", ""), source=where))
    kb = KnowledgeBase(igo_codes=igos, sources=sources)
    index: dict[str, list[str]] = {}
    for kb_id, head in heads.items():
        ent = Entity(kb_id, head["name"], head["kind"], tuple(aliases[kb_id][1:]), tuple(spells[kb_id]))
        kb.entities[kb_id] = ent
        for n in aliases[kb_id]:
            key = norm_name(n)
            if key and kb_id not in index.setdefault(key, []):
                index[key].append(kb_id)
    kb.index = {k: tuple(v) for k, v in index.items()}
    return kb


def read_kb_rows(paths: Iterable[str | Path] = ()) -> list[tuple[str, dict[str, str]]]:
    """Rows of the shipped KB followed by those of each user file, in order."""
    shipped = data_path(KB_FILE)
    rows = _rows_of(shipped.read_text(encoding="utf-8"), KB_FILE)
    for p in paths:
        path = Path(p)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as err:
            raise KBError(f"cannot read knowledge-base file {path}: {err.strerror or err}") from err
        rows += _rows_of(text, str(path))
    return rows


@functools.lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> KnowledgeBase:
    rows = read_kb_rows(paths)
    problems = validate_rows(rows)
    if problems:
        shown = "; ".join(problems[:5]) + (f"; … {len(problems) - 5} more" if len(problems) > 5 else "")
        raise KBError(f"invalid actor knowledge base ({len(problems)} problem(s)): {shown}")
    return _build(rows, (KB_FILE, *paths))


def load_kb(paths: Iterable[str | Path] | None = None) -> KnowledgeBase:
    """The shipped knowledge base, extended by the TSV files in ``paths`` (same columns). Cached
    per list of paths; raises :class:`KBError` naming every invalid row."""
    return _load(tuple(str(p) for p in (paths or ())))


def kb_of(options) -> KnowledgeBase:
    """The knowledge base a run codes with: the shipped one and the run's ``kb_paths``."""
    return load_kb(getattr(options, "kb_paths", ()) or ())
