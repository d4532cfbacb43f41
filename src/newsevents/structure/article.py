"""Article structure: headline, subtitle, dateline, captions, credits, contributors, body and
boilerplate, from the lines of a scraped page. Offsets always point into the original text."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from ..errors import Code, NewsEventsError
from ..ingest.language import is_english
from ..ingest.sources import RawArticle
from ..records import Article, Dateline, Removed
from . import patterns as P
from .published import resolve_published

HEADER_WINDOW = 12  # lines after the headline where subtitle/byline/captions/dateline may stand


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with their stripped (start, end) offsets in ``text``."""
    lines = []
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = m.start() + (len(raw) - len(raw.lstrip()))
        lines.append(Line(start, start + len(stripped), stripped))
    return lines


def _key(s: str) -> str:
    return re.sub(r"\W+", " ", unicodedata.normalize("NFKC", s).casefold()).strip()


def article_id(url: str | None, text: str) -> str:
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha1(f"{(url or '').strip().lower()}\n{norm}".encode()).hexdigest()


def _dateline(line: Line) -> tuple[Dateline, int] | None:
    """Parse a dateline at the start of a body line; (Dateline, offset where the body starts)."""
    m = P.DATELINE.match(line.text)
    if not m:
        return None
    place, dash = m.group("place"), m.group("dash")
    words = place.replace("-", " ").split()
    all_caps = all(w.isupper() for w in words if any(c.isalpha() for c in w))
    if dash in ("-", ":") and not (all_caps or m.group("agency")):
        return None
    if not all_caps and not (m.group("region") or m.group("agency") or m.group("date")) and len(words) > 2:
        return None
    rest = line.text[m.end():]
    if not rest or not (rest[0].isupper() or rest[0] in "\"“‘'(0123456789"):
        return None
    dl = Dateline(text=place, date_text=m.group("date"), agency=m.group("agency"))
    return dl, line.start + m.end()


def structure_article(raw: RawArticle, *, published: str | None = None, url: str | None = None,
                      check_language: bool = True) -> Article:
    """Split a raw article into its parts. Raises NewsEventsError for empty / non-English text."""
    text = raw.text.replace("\r\n", "\n").replace("\r", "\n")
    lines = split_lines(text)
    if not lines:
        raise NewsEventsError(Code.EMPTY)
    url = url or raw.url
    removed: list[Removed] = []
    captions: list[str] = []
    caption_dates_text: list[str] = []
    credits: list[str] = []
    contributors: list[str] = []
    bylines: list[str] = []
    timestamps: list[str] = []
    seen: set[str] = set()

    def add_credit(c: str) -> None:
        if c not in credits:
            credits.append(c)

    title = raw.title
    i = 0
    if raw.kind == "text" and (title is None or _key(lines[0].text) == _key(title)):
        title = lines[0].text
        i = 1

    # header: up to the dateline (or the first plain paragraph when there is none)
    subtitle: str | None = None
    dateline: Dateline | None = None
    body_first: tuple[int, int] | None = None  # (line index, start offset inside text)
    pending: list[Line] = []  # header candidates not yet classified (subtitle?)
    j = i
    while j < len(lines) and j < i + HEADER_WINDOW:
        ln = lines[j]
        got = _dateline(ln)
        if got:
            dateline, body_start = got
            body_first = (j, body_start)
            break
        cap = P.split_credit(ln.text)
        if cap is not None:
            if cap[0]:
                k = _key(cap[0])
                if k in seen:
                    removed.append(Removed(kind="duplicate_caption", start=ln.start, end=ln.end))
                else:
                    seen.add(k)
                    captions.append(cap[0])
                    caption_dates_text.append(cap[0])
                    removed.append(Removed(kind="caption", start=ln.start, end=ln.end))
            else:
                removed.append(Removed(kind="credit_line", start=ln.start, end=ln.end))
            add_credit(cap[1])
        elif P.credit_only(ln.text):
            add_credit(P.credit_only(ln.text) or "")
            removed.append(Removed(kind="credit_line", start=ln.start, end=ln.end))
        elif P.is_byline(ln.text):
            bylines.append(P.BYLINE.match(ln.text).group("names"))  # type: ignore[union-attr]
            removed.append(Removed(kind="byline", start=ln.start, end=ln.end))
        elif P.is_timestamp(ln.text):
            timestamps.append(ln.text)
            removed.append(Removed(kind="timestamp", start=ln.start, end=ln.end))
        elif P.is_boilerplate(ln.text) and len(ln.text) < 120:
            removed.append(Removed(kind="header", start=ln.start, end=ln.end))
        else:
            pending.append(ln)
        j += 1

    if body_first is None:
        # no dateline: the first pending line is a subtitle only if header furniture follows it
        furniture = {r.start for r in removed}
        body_line = None
        for n, ln in enumerate(pending):
            later_furniture = any(s > ln.start for s in furniture)
            if n == 0 and later_furniture and len(ln.text) < 400 and len(pending) > 1:
                subtitle = ln.text
                continue
            body_line = ln
            break
        if body_line is None:
            rest = [ln for ln in lines[i:] if ln not in pending and ln.start not in furniture]
            body_line = rest[0] if rest else (pending[0] if pending else None)
        if body_line is None:
            raise NewsEventsError(Code.EMPTY, "no body text")
        idx = lines.index(body_line)
        body_first = (idx, body_line.start)
        header_extra = [ln for ln in pending if ln.start < body_line.start and ln.text != subtitle]
    else:
        header_extra = pending[1:] if pending else []
        subtitle = pending[0].text if pending else None
    for ln in header_extra:
        removed.append(Removed(kind="header", start=ln.start, end=ln.end))
    if subtitle is None and raw.subtitle and _key(raw.subtitle) != _key(lines[body_first[0]].text):
        subtitle = raw.subtitle

    # body: from the dateline on; captions, duplicates, contributor lines and boilerplate removed
    body_lines = lines[body_first[0]:]
    tail = _tail_start(body_lines)
    spans: list[tuple[int, int]] = []
    for n, ln in enumerate(body_lines):
        start = body_first[1] if n == 0 else ln.start
        if tail is not None and n >= tail:
            removed.append(Removed(kind="boilerplate", start=ln.start, end=ln.end))
            continue
        if n > 0:
            cap = P.split_credit(ln.text)
            if cap is not None and len(ln.text) < 500:
                add_credit(cap[1])
                k = _key(cap[0])
                if cap[0] and k not in seen:
                    seen.add(k)
                    captions.append(cap[0])
                    caption_dates_text.append(cap[0])
                    removed.append(Removed(kind="caption", start=ln.start, end=ln.end))
                else:
                    kind = "duplicate_caption" if cap[0] else "credit_line"
                    removed.append(Removed(kind=kind, start=ln.start, end=ln.end))
                continue
            if P.is_contributor_line(ln.text) and n >= len(body_lines) // 2:
                contributors.extend(c for c in P.contributor_names(ln.text) if c not in contributors)
                removed.append(Removed(kind="contributor_line", start=ln.start, end=ln.end))
                continue
            if P.is_boilerplate(ln.text):
                removed.append(Removed(kind="boilerplate", start=ln.start, end=ln.end))
                continue
            k = _key(ln.text)
            if k in seen:
                kind = "duplicate_caption" if k in {_key(c) for c in captions} else "duplicate_paragraph"
                removed.append(Removed(kind=kind, start=ln.start, end=ln.end))
                continue
            seen.add(k)
        spans.append((start, ln.end))
    if not spans:
        raise NewsEventsError(Code.EMPTY, "no body text")
    body = "\n\n".join(text[s:e] for s, e in spans)
    if check_language and not is_english(body):
        raise NewsEventsError(Code.NOT_ENGLISH)

    pub, basis = resolve_published(
        cli=published, metadata=raw.published, timestamps=timestamps,
        dateline_date=dateline.date_text if dateline else None,
        captions=caption_dates_text, header_text=text[: lines[body_first[0]].start])
    return Article(
        id=article_id(url, text), url=url, source=raw.source, title=title, subtitle=subtitle,
        dateline=dateline, published=pub, published_basis=basis, text=text, body=body,
        body_spans=spans, captions=captions, credits=credits, contributors=contributors,
        bylines=bylines, removed=sorted(removed, key=lambda r: r.start))


def _tail_start(body_lines: list[Line]) -> int | None:
    """Index where trailing site furniture begins: a section header or prompt after which only
    short teaser lines or more furniture follow."""
    for n in range(1, len(body_lines)):
        ln = body_lines[n].text
        if not (P.SECTION_HEADER.match(ln) or P.PROMPT.match(ln) or P.is_boilerplate(ln)):
            continue
        after = body_lines[n + 1:]
        if all(P.is_boilerplate(a.text) or P.is_contributor_line(a.text) or _teaser(a.text)
               for a in after):
            return n
    return None


def _teaser(line: str) -> bool:
    """A headline-like line: short and not a full sentence ending a paragraph."""
    return len(line) < 160 and (not line.rstrip().endswith((".", "”", "\"")) or len(line.split()) < 14)
