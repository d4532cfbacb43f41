"""HTML → main text and metadata with trafilatura."""

from __future__ import annotations

import trafilatura

from ..errors import Code, NewsEventsError

MIN_MAIN_WORDS = 5  # fewer words of "main text" is page furniture (a menu), not an article


def extract_html(html: str, *, url: str | None = None) -> dict[str, str | None]:
    """Main text plus title/date/url/description metadata of one HTML page."""
    if not html.strip():
        raise NewsEventsError(Code.EMPTY)
    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                               favor_precision=True, with_metadata=False)
    if not text or len(text.split()) < MIN_MAIN_WORDS:
        raise NewsEventsError(Code.NO_MAIN_TEXT, f"{len((text or '').split())} words of main text")
    meta = trafilatura.extract_metadata(html, default_url=url)
    out: dict[str, str | None] = {"text": text, "title": None, "published": None, "url": url,
                                  "subtitle": None}
    if meta is not None:
        out["title"] = meta.title or None
        out["published"] = (meta.date or "")[:10] or None
        out["url"] = meta.url or url
        out["subtitle"] = meta.description or None
    return out
