"""Bytes → text: size limit, binary sniffing and encoding detection."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from ..errors import Code, NewsEventsError

DEFAULT_MAX_BYTES = 5_000_000
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TEXT_CONTROLS = {9, 10, 12, 13, 27}


def looks_binary(data: bytes) -> bool:
    """True for bytes with NULs or many control characters (no BOM-marked UTF-16/32)."""
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    return bool(head) and controls / len(head) > 0.05


def decode_bytes(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode ``data`` to str or raise a coded error (empty, too large, binary, undecodable)."""
    if len(data) > max_bytes:
        raise NewsEventsError(Code.TOO_LARGE, f"{len(data):,} bytes > limit {max_bytes:,}")
    if not data.strip():
        raise NewsEventsError(Code.EMPTY)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as err:
                raise NewsEventsError(Code.UNDECODABLE, str(err)) from err
    if looks_binary(data):
        raise NewsEventsError(Code.BINARY)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise NewsEventsError(Code.UNDECODABLE)
    text = str(best)
    if text.count("\ufffd") > max(3, len(text) // 100):
        raise NewsEventsError(Code.UNDECODABLE, f"guessed {best.encoding}, too many bad bytes")
    return text
