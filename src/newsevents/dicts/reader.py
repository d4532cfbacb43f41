"""Shared pieces of the PETRARCH dictionary formats: comment stripping with line numbers,
phrases (words joined by ``_`` or blanks), codes in ``[...]`` and dictionary dates.

Comment rules (as documented for PETRARCH): ``<!-- ... -->`` blocks (one or several lines), lines
starting with ``#`` or ``<!``, text after a ``#`` that starts a word, and the legacy KEDS/TABARI
``;`` comment. Blank lines are skipped; every line keeps its 1-based number for error messages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import Code, NewsEventsError


class DictionaryError(NewsEventsError):
    """A dictionary line that cannot be read. ``str(err)`` names the file and line."""

    def __init__(self, source: str, line: int, message: str):
        self.source = source
        self.line = line
        self.message = message
        super().__init__(Code.BAD_FIELD, f"{source}:{line}: {message}")


@dataclass(frozen=True)
class Line:
    """One non-comment line: its number, its text (comments removed, right-stripped) and whether
    it was indented (date restrictions in actor dictionaries are)."""

    number: int
    text: str
    indented: bool


_HASH_COMMENT = re.compile(r"(?:(?<=\s)|(?<=\])|^)#.*$")


def read_lines(text: str, source: str = "<string>") -> Iterator[Line]:
    """Yield the meaningful lines of a dictionary file, comments removed."""
    in_block = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw
        if in_block:
            end = line.find("-->")
            if end < 0:
                continue
            line = line[end + 3:]
            in_block = False
        while "<!--" in line:
            start = line.find("<!--")
            end = line.find("-->", start + 4)
            if end < 0:
                line = line[:start]
                in_block = True
                break
            line = line[:start] + line[end + 3:]
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or stripped.startswith("<!"):
            continue
        line = _HASH_COMMENT.sub("", line)
        if ";" in line:
            line = line[:line.find(";")]
        if not line.strip():
            continue
        yield Line(number, line.rstrip(), line[:1] in (" ", "\t"))


def read_source(path_or_text: str | Path, *, is_text: bool = False) -> tuple[str, str]:
    """(text, source name) for a path, or for literal text when ``is_text``."""
    if is_text:
        return str(path_or_text), "<string>"
    path = Path(path_or_text)
    try:
        return path.read_text(encoding="utf-8", errors="replace"), str(path)
    except OSError as err:
        raise NewsEventsError(Code.UNREADABLE, f"{path}: {err.strerror or err}") from err


# ---------------------------------------------------------------- phrases

CONSECUTIVE = "_"
GAP = " "


@dataclass(frozen=True)
class Phrase:
    """A dictionary phrase: upper-case words and the connector after each word but the last
    (``"_"``: the next word must follow at once; ``" "``: other words may come between)."""

    words: tuple[str, ...]
    links: tuple[str, ...] = ()

    def __str__(self) -> str:
        out = self.words[0] if self.words else ""
        for link, word in zip(self.links, self.words[1:], strict=True):
            out += link + word
        return out

    @property
    def consecutive(self) -> bool:
        return all(link == CONSECUTIVE for link in self.links)


def parse_phrase(text: str, source: str, line: int) -> Phrase:
    """``"CARAS GALADHON"``, ``"SAM_GAMGEE"``, ``"NEW_ZEALAND_"`` → Phrase. A final ``_`` (the
    TABARI no-stemming mark) is dropped; several blanks count as one."""
    text = text.strip().upper()
    while text.endswith("_"):
        text = text[:-1].rstrip()
    if not text:
        raise DictionaryError(source, line, "empty phrase")
    words: list[str] = []
    links: list[str] = []
    for piece in re.split(r"(\s+|_+)", text):
        if not piece:
            continue
        if piece.isspace() or set(piece) == {"_"}:
            if words and len(links) < len(words):
                links.append(CONSECUTIVE if "_" in piece else GAP)
            continue
        if len(links) < len(words):  # two words without a separator cannot happen
            links.append(GAP)
        words.append(piece)
    return Phrase(tuple(words), tuple(links[: len(words) - 1]))


def plural(word: str) -> str:
    """Regular English plural of an upper-case word (PETRARCH generates these for agents and
    synset members): CITY → CITIES, BUS → BUSES, TROOP → TROOPS."""
    if len(word) > 1 and word.endswith("Y") and word[-2] not in "AEIOU":
        return word[:-1] + "IES"
    if word.endswith(("S", "SH", "CH", "X", "Z")):
        return word + "ES"
    return word + "S"


# ---------------------------------------------------------------- codes and dates

_BRACKETS = re.compile(r"\[([^\[\]]*)\]")


def split_code(text: str, source: str, line: int) -> tuple[str, list[str]]:
    """``"ARNOR_ [ARN] "`` → (``"ARNOR_"``, [``"ARN"``]); every ``[...]`` group is returned with
    its inner blanks collapsed. Unbalanced brackets raise."""
    if text.count("[") != text.count("]"):
        raise DictionaryError(source, line, f"unbalanced [ ] in {text.strip()!r}")
    codes = [" ".join(m.group(1).split()) for m in _BRACKETS.finditer(text)]
    head = _BRACKETS.sub(" ", text)
    if "[" in head or "]" in head:
        raise DictionaryError(source, line, f"misplaced [ ] in {text.strip()!r}")
    return head.strip(), codes


def parse_date(text: str, source: str, line: int) -> date:
    """YYYYMMDD or YYMMDD (YY ≤ 30 → 20YY, else 19YY, as KEDS/TABARI/PETRARCH)."""
    digits = text.strip()
    if not digits.isdigit() or len(digits) not in (6, 8):
        raise DictionaryError(source, line, f"bad date {text!r}: want YYYYMMDD or YYMMDD")
    if len(digits) == 6:
        yy = int(digits[:2])
        year, rest = (2000 + yy if yy <= 30 else 1900 + yy), digits[2:]
    else:
        year, rest = int(digits[:4]), digits[4:]
    try:
        return date(year, int(rest[:2]), int(rest[2:4]))
    except ValueError as err:
        raise DictionaryError(source, line, f"bad date {text!r}: {err}") from err
