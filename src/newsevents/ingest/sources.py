"""Where articles come from: files, directories, JSONL, WARC and stdin → RawArticle | Reject."""

from __future__ import annotations

import hashlib
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import Code, NewsEventsError
from ..records import Reject
from ..time.parse import parse_date
from .decode import DEFAULT_MAX_BYTES, decode_bytes
from .html import extract_html

TEXT_EXT = {".txt", ".text"}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSONL_EXT = {".jsonl", ".ndjson"}
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")


@dataclass(frozen=True)
class RawArticle:
    """One input item before structure: decoded text plus whatever metadata came with it."""

    source: str
    text: str
    url: str | None = None
    title: str | None = None
    subtitle: str | None = None
    published: str | None = None
    kind: str = "text"  # "text" (first line is the headline) or "html" (title from metadata)


def reject_for(source: str, err: NewsEventsError, stage: str = "ingest") -> Reject:
    rid = hashlib.sha1(f"{source}\n{err.code.value}".encode()).hexdigest()
    return Reject(id=rid, source=source, code=err.code.value, reason=err.reason,
                  stage=err.stage or stage)


def _published(value: object, source: str) -> str | None:
    if value in (None, ""):
        return None
    d = parse_date(str(value))
    if d is None:
        raise NewsEventsError(Code.BAD_FIELD, f"published={value!r} in {source}")
    return d.isoformat()


def _from_html(html: str, source: str, url: str | None = None, **meta: object) -> RawArticle:
    got = extract_html(html, url=url)
    return RawArticle(source=source, text=str(got["text"]), url=got["url"],
                      title=str(meta.get("title") or got["title"] or "") or None,
                      subtitle=got["subtitle"],
                      published=_published(meta.get("published") or got["published"], source),
                      kind="html")


def _from_record(obj: object, source: str) -> RawArticle:
    if not isinstance(obj, dict):
        raise NewsEventsError(Code.BAD_JSON, source)
    url = obj.get("url") or None
    src = str(obj.get("id") or url or source)
    if obj.get("text"):
        if not isinstance(obj["text"], str):
            raise NewsEventsError(Code.BAD_FIELD, f'"text" is not a string in {source}')
        return RawArticle(source=src, text=obj["text"], url=url, title=obj.get("title") or None,
                          published=_published(obj.get("published"), source))
    if obj.get("html"):
        return _from_html(str(obj["html"]), src, url, title=obj.get("title"),
                          published=obj.get("published"))
    if "text" in obj or "html" in obj:
        raise NewsEventsError(Code.EMPTY, source)
    raise NewsEventsError(Code.NO_TEXT_FIELD, source)


def iter_jsonl(text: str, source: str) -> Iterator[RawArticle | Reject]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                raise NewsEventsError(Code.BAD_JSON, f"{where}: {err.msg}") from err
            yield _from_record(obj, where)
        except NewsEventsError as err:
            yield reject_for(where, err)


def iter_warc(data: bytes, source: str) -> Iterator[RawArticle | Reject]:
    from warcio.archiveiterator import ArchiveIterator

    for record in ArchiveIterator(io.BytesIO(data)):
        if record.rec_type != "response":
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        where = f"{source}#{url}"
        ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
        if "html" not in ctype.lower():
            continue
        try:
            yield _from_html(decode_bytes(record.content_stream().read()), where, url)
        except NewsEventsError as err:
            yield reject_for(where, err)


def _sniff(data_text: str) -> str:
    head = data_text.lstrip()[:200].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("<!doctype html") or head.startswith("<html") or head.startswith("<"):
        return "html"
    return "text"


def iter_bytes(data: bytes, source: str, kind: str,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | Reject]:
    """Articles in one blob of bytes of a known (or ``"sniff"``) kind."""
    try:
        if kind == "warc":
            yield from iter_warc(data, source)
            return
        limit = max_bytes if kind != "jsonl" else max(max_bytes, len(data))
        text = decode_bytes(data, max_bytes=limit)
        if kind == "sniff":
            kind = _sniff(text)
        if kind == "jsonl":
            yield from iter_jsonl(text, source)
        elif kind == "html":
            yield _from_html(text, source)
        else:
            yield RawArticle(source=source, text=text)
    except NewsEventsError as err:
        yield reject_for(source, err)


def kind_of(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    suffix = path.suffix.lower()
    if suffix in TEXT_EXT:
        return "text"
    if suffix in HTML_EXT:
        return "html"
    if suffix in JSONL_EXT:
        return "jsonl"
    return None


def iter_path(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
              stdin: io.BufferedIOBase | None = None) -> Iterator[RawArticle | Reject]:
    """Every article under one CLI argument: a file, a directory (recursive) or ``-``."""
    if str(path) == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        yield from iter_bytes(stream.read(), "<stdin>", "sniff", max_bytes)
        return
    p = Path(path)
    if p.is_dir():
        for child in sorted(p.rglob("*")):
            if child.is_file() and not any(part.startswith(".") for part in child.relative_to(p).parts):
                kind = kind_of(child)
                if kind is None:
                    yield reject_for(str(child), NewsEventsError(Code.UNSUPPORTED, child.suffix or child.name))
                else:
                    yield from _read_file(child, kind, max_bytes)
        return
    yield from _read_file(p, kind_of(p) or "sniff", max_bytes)


def _read_file(p: Path, kind: str, max_bytes: int) -> Iterator[RawArticle | Reject]:
    try:
        size = p.stat().st_size
        if kind in ("text", "html", "sniff") and size > max_bytes:
            raise NewsEventsError(Code.TOO_LARGE, f"{size:,} bytes > limit {max_bytes:,}")
        data = p.read_bytes()
    except NewsEventsError as err:
        yield reject_for(str(p), err)
        return
    except OSError as err:
        yield reject_for(str(p), NewsEventsError(Code.UNREADABLE, f"{p}: {err.strerror}"))
        return
    yield from iter_bytes(data, str(p), kind, max_bytes)


def iter_inputs(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES
                ) -> Iterator[RawArticle | Reject]:
    for path in paths:
        yield from iter_path(path, max_bytes=max_bytes)
