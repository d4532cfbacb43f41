"""Map offsets in the clean body back to offsets in the original ``Article.text``."""

from __future__ import annotations

from bisect import bisect_right

SEP = "\n\n"


class OffsetMap:
    """body = SEP.join(text[s:e] for s, e in spans); ``to_text`` maps body → text offsets."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self.body_starts: list[int] = []
        pos = 0
        for s, e in spans:
            self.body_starts.append(pos)
            pos += (e - s) + len(SEP)

    def to_text(self, body_offset: int) -> int:
        if not self.spans:
            return body_offset
        k = max(0, bisect_right(self.body_starts, body_offset) - 1)
        s, e = self.spans[k]
        return min(s + (body_offset - self.body_starts[k]), e)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Text offsets of a body span (the end maps as the position after its last char)."""
        t_start = self.to_text(start)
        t_end = self.to_text(max(start, end - 1)) + 1 if end > start else t_start
        return t_start, t_end
