"""Article structure: RawArticle → Article (headline, subtitle, dateline, captions, body…)."""

from .article import article_id, split_lines, structure_article
from .offsets import OffsetMap

__all__ = ["OffsetMap", "article_id", "split_lines", "structure_article"]
