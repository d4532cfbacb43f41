"""Publication date: from the CLI, metadata, timestamp lines, the dateline or caption dates."""

from __future__ import annotations

from datetime import date

from ..time.parse import find_dates, month_day, parse_date


def resolve_published(*, cli: str | None, metadata: str | None, timestamps: list[str],
                      dateline_date: str | None, captions: list[str], header_text: str
                      ) -> tuple[str | None, str]:
    """(ISO date or None, basis) with basis in cli|metadata|text|dateline|unknown."""
    if cli:
        d = parse_date(cli)
        return (d.isoformat() if d else cli), "cli"
    if metadata:
        return metadata, "metadata"
    for ts in timestamps:
        d = parse_date(ts)
        if d:
            return d.isoformat(), "text"
    caption_dates = [d for c in captions for _, _, d in find_dates(c)]
    if dateline_date:
        d = parse_date(dateline_date)
        if d:
            return d.isoformat(), "dateline"
        md = month_day(dateline_date)
        years = sorted({d.year for d in caption_dates} | {d.year for _, _, d in find_dates(header_text)})
        if md and years:
            try:
                return date(years[-1], *md).isoformat(), "dateline"
            except ValueError:
                pass
    if caption_dates:
        return max(caption_dates).isoformat(), "text"
    header_dates = find_dates(header_text)
    if header_dates:
        return max(d for _, _, d in header_dates).isoformat(), "text"
    return None, "unknown"
