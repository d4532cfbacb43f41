"""Name keys: how a toponym string becomes a gazetteer key, the same at build and look-up time.

``name_key`` folds case, accents, apostrophes and punctuation ("N'Djamena" → "ndjamena",
"Ra’s al ‘Ayn" → "ras al ayn"); ``loose_key`` also drops spaces, an Arabic article and doubled
letters, so common transliteration variants meet ("Garbaharey" ~ "Garbahaarrey",
"Tal Abyad" ~ "Tall Abyaḑ", "Qamishli" ~ "Al Qāmishlī"). Loose keys are only a fallback."""

from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ð": "d",
                       "ı": "i", "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
                       "þ": "th", "ħ": "h", "ŧ": "t"})  # fmt: skip
_QUOTES = re.compile(r"[ʻʼʽʿʾ’‘`´'\"“”]")
_SEPARATORS = re.compile(r"[\-‐‑‒–—_/.,;:()\[\]]+")
_LATIN_KEY = re.compile(r"^[a-z0-9 &]+$")
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul) (?=\w)")
_TELL = re.compile(r"\b(?:tall|tell|tel)\b")
_REPEAT = re.compile(r"(.)\1+")


def name_key(text: str) -> str:
    """Case-, accent- and punctuation-folded key; '' when nothing is left."""
    if text.isascii():
        s = text.replace("'", "").replace('"', "").replace("`", "").lower()
    else:
        s = unicodedata.normalize("NFKD", text.translate(_FOLD))
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
        s = _QUOTES.sub("", s).casefold()
    s = _SEPARATORS.sub(" ", s)
    s = " ".join(s.split())
    if s.startswith("the "):
        s = s[4:]
    return s


def is_latin_key(key: str) -> bool:
    """Keys worth indexing for English text: Latin letters, digits, spaces."""
    return len(key) >= 2 and bool(_LATIN_KEY.match(key)) and any(c.isalpha() for c in key)


def loose_key(key: str) -> str:
    """A coarser key for transliteration variants (input: a ``name_key``)."""
    s = _ARTICLE.sub("", key)
    s = _TELL.sub("tal", s)
    s = s.replace(" ", "")
    return _REPEAT.sub(r"\1", s)
