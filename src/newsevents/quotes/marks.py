"""Quotation marks in the body: paired spans, including quotes that run over paragraphs.

Wire style opens every paragraph of a multi-paragraph quote with a quotation mark and closes only
the last one, so a quote left open at the end of a paragraph continues when the next paragraph
starts with an opening mark. Straight marks (") are opening or closing by what surrounds them;
curly marks (“ ”) say which they are. Single quotation marks are left alone (apostrophes, quotes
inside quotes)."""

from __future__ import annotations

from dataclasses import dataclass

PARA_SEP = "\n\n"
OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = '"'
MAX_UNCLOSED = 600  # an unclosed quote that does not continue is cut at this length


@dataclass(frozen=True)
class Segment:
    """One paragraph's piece of a quote: ``start``/``end`` delimit the words inside the marks
    (body offsets); ``open_at``/``close_at`` are the marks' offsets (``close_at`` None when the
    quote runs on into the next paragraph or was never closed); ``group`` numbers the quote
    (segments of one quote share it)."""

    start: int
    end: int
    open_at: int
    close_at: int | None
    group: int
    para: int


def _paragraphs(body: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for part in body.split(PARA_SEP):
        out.append((pos, pos + len(part)))
        pos += len(part) + len(PARA_SEP)
    return out


def _marks(body: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, 'open'|'close'|'straight') for each double quotation mark in body[start:end]."""
    out = []
    for i in range(start, end):
        ch = body[i]
        if ch in OPENERS:
            out.append((i, "open"))
        elif ch in CLOSERS:
            out.append((i, "close"))
        elif ch == STRAIGHT:
            out.append((i, "straight"))
    return out


def _trimmed(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def find_segments(body: str) -> list[Segment]:
    """Quote segments in reading order."""
    segments: list[Segment] = []
    group = -1
    carry = False  # the previous paragraph ended inside a quote
    for p, (ps, pe) in enumerate(_paragraphs(body)):
        marks = _marks(body, ps, pe)
        first_open = bool(marks) and marks[0][1] != "close" and not body[ps:marks[0][0]].strip()
        if carry and not first_open:
            carry = False  # the open quote of the previous paragraph was never closed: ended there
        open_at: int | None = None
        for off, kind in marks:
            if kind == "straight":  # straight marks alternate within a paragraph
                kind = "open" if open_at is None else "close"
            if kind == "open" and open_at is None:
                open_at = off
                if not (carry and off == marks[0][0]):
                    group += 1
                carry = False
            elif kind == "close" and open_at is not None:
                s, e = _trimmed(body, open_at + 1, off)
                if e > s:
                    segments.append(Segment(s, e, open_at, off, group, p))
                open_at = None
            # a second opener inside an open quote, or a closer with no opener: ignored
        if open_at is not None:
            s, e = _trimmed(body, open_at + 1, min(pe, open_at + 1 + MAX_UNCLOSED))
            if e > s:
                segments.append(Segment(s, e, open_at, None, group, p))
            carry = True
    return segments
