"""Ingest: turn paths, stdin, JSONL, HTML and WARC into RawArticle items or coded Rejects."""

from .decode import DEFAULT_MAX_BYTES, decode_bytes
from .language import is_english
from .sources import RawArticle, iter_bytes, iter_inputs, iter_path, reject_for

__all__ = ["DEFAULT_MAX_BYTES", "RawArticle", "decode_bytes", "is_english", "iter_bytes",
           "iter_inputs", "iter_path", "reject_for"]
