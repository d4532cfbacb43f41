"""A small, dependency-free English detector: share of English function words."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_FUNCTION_WORDS = frozenset(
    """the of and to a in is was for on that with as by at from it his her he she they their
    said has have had be been were are not this but an or which who will would after its
    about also than more into over up out we our i you one two new when there could""".split()
)


def english_score(text: str, sample: int = 4000) -> tuple[float, int]:
    """(share of tokens that are English function words, tokens counted) over a sample."""
    words = [w.lower() for w in _WORD.findall(text[:sample])]
    if not words:
        return 0.0, 0
    hits = sum(1 for w in words if w in _FUNCTION_WORDS)
    return hits / len(words), len(words)


def is_english(text: str, *, min_words: int = 25, threshold: float = 0.12) -> bool:
    """True unless there are enough words to judge and too few of them are English."""
    score, n = english_score(text)
    return n < min_words or score >= threshold
