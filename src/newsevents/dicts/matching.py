"""Matching dictionary phrases against the words of a sentence.

A sentence is seen as a list of upper-case *words*. spaCy splits hyphenated words
("Barad-dur" → ``Barad``, ``-``, ``dur``); :func:`sentence_words` glues such pieces back so that
dictionary phrases written with a hyphen match. Each word remembers the spaCy tokens it covers.

A phrase matches at a position when its first word is there and every later word follows either
at once (``_`` link) or after at most :data:`MAX_GAP` other words (blank link) that are not
punctuation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .reader import CONSECUTIVE, Phrase

MAX_GAP = 2  # words that may come between two words joined by a blank in a phrase


@dataclass(frozen=True)
class Word:
    """An upper-case word of a sentence and the (document) indices of its tokens."""

    text: str
    tokens: tuple[int, ...]

    @property
    def is_punct(self) -> bool:
        return not any(ch.isalnum() for ch in self.text)


def sentence_words(tokens: Iterable[Any]) -> list[Word]:
    """Words of a sequence of spaCy tokens: hyphen pieces written without blanks are joined
    (``anti-`` stays one word, so does ``state-run``); blank tokens are dropped."""
    words: list[Word] = []
    prev = None
    for tok in tokens:
        if tok.is_space:
            prev = None
            continue
        text = tok.text.upper()
        glue = (prev is not None and not prev.whitespace_ and words
                and (text.startswith("-") or words[-1].text.endswith("-")))
        if glue:
            last = words[-1]
            words[-1] = Word(last.text + text, last.tokens + (tok.i,))
        elif "_" in text.strip("_"):  # "Dol_Amroth" written as in a dictionary
            words += [Word(piece, (tok.i,)) for piece in text.split("_") if piece]
        else:
            words.append(Word(text, (tok.i,)))
        prev = tok
    return words


@dataclass(frozen=True)
class Match:
    """A phrase found in a sentence: word positions ``start``..``end`` (exclusive), the words it
    used, and the payload the index was built with."""

    start: int
    end: int
    positions: tuple[int, ...]
    payload: Any
    phrase: Phrase

    def tokens(self, words: Sequence[Word]) -> tuple[int, ...]:
        return tuple(t for p in self.positions for t in words[p].tokens)


def match_phrase(phrase: Phrase, words: Sequence[Word], start: int,
                 same: Any = None) -> tuple[int, ...] | None:
    """Positions of the words of ``phrase`` when it matches at ``start``, else None.
    ``same(a, b)`` compares a phrase word with a sentence word (default: equality)."""
    eq = same or (lambda p, s: p == s)
    if start >= len(words) or not eq(phrase.words[0], words[start].text):
        return None
    positions = [start]
    for link, want in zip(phrase.links, phrase.words[1:], strict=True):
        pos = positions[-1] + 1
        limit = pos if link == CONSECUTIVE else pos + MAX_GAP
        found = None
        while pos <= limit and pos < len(words):
            if eq(want, words[pos].text):
                found = pos
                break
            if words[pos].is_punct:
                break
            pos += 1
        if found is None:
            return None
        positions.append(found)
    return tuple(positions)


class PhraseIndex:
    """Phrases indexed by their first word; :meth:`find_all` gives the longest, leftmost,
    non-overlapping matches in a sentence (earlier entries win ties)."""

    def __init__(self, items: Iterable[tuple[Phrase, Any]]):
        self.by_first: dict[str, list[tuple[Phrase, Any]]] = {}
        for phrase, payload in items:
            if phrase.words:
                self.by_first.setdefault(phrase.words[0], []).append((phrase, payload))
        for entries in self.by_first.values():
            entries.sort(key=lambda e: -len(e[0].words))  # stable: file order among equals

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_first.values())

    def match_at(self, words: Sequence[Word], start: int) -> Match | None:
        best: Match | None = None
        for phrase, payload in self.by_first.get(words[start].text, ()):
            pos = match_phrase(phrase, words, start)
            if pos is None:
                continue
            m = Match(start, pos[-1] + 1, pos, payload, phrase)
            if best is None or len(m.positions) > len(best.positions):
                best = m
        return best

    def find_all(self, words: Sequence[Word]) -> list[Match]:
        out: list[Match] = []
        used: set[int] = set()
        i = 0
        while i < len(words):
            m = self.match_at(words, i) if i not in used else None
            if m is None or used & set(m.positions):
                i += 1
                continue
            out.append(m)
            used |= set(m.positions)
            i += 1 if len(m.positions) < m.end - m.start else m.end - m.start
        return out
