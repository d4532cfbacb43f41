"""Stable error codes. Every rejected article carries one of these as ``"E###: message"``.

The library raises :class:`NewsEventsError` (never prints); the CLI turns it into one line and a
non-zero exit, and the runner turns it into a stored reject so a batch goes on.
"""

from __future__ import annotations

from enum import StrEnum


class Code(StrEnum):
    """Error catalogue: the code, and what it means / what to do."""

    EMPTY = "E001"  # input has no text after decoding and cleaning
    BINARY = "E002"  # input looks like a binary file (NUL bytes / control characters)
    TOO_LARGE = "E003"  # input exceeds --max-bytes (raise the limit or split the file)
    UNDECODABLE = "E004"  # no text encoding fits the bytes
    NOT_ENGLISH = "E005"  # language detection says the text is not English
    BAD_JSON = "E006"  # a JSONL line is not a JSON object
    NO_TEXT_FIELD = "E007"  # a JSONL record has neither "text" nor "html"
    NO_MAIN_TEXT = "E008"  # HTML page without extractable main text
    UNREADABLE = "E009"  # path missing or not readable
    UNSUPPORTED = "E010"  # file type not handled (by extension)
    BAD_FIELD = "E011"  # a metadata field is malformed (e.g. published date)
    STAGE_FAILED = "E100"  # a pipeline stage raised on this article (bug: please report)
    STORE = "E200"  # the database could not be opened or written
    USAGE = "E300"  # bad command-line usage


MESSAGES: dict[Code, str] = {
    Code.EMPTY: "input is empty",
    Code.BINARY: "input looks binary, not text",
    Code.TOO_LARGE: "input is larger than the configured limit",
    Code.UNDECODABLE: "could not detect a text encoding",
    Code.NOT_ENGLISH: "text is not English",
    Code.BAD_JSON: "line is not a JSON object",
    Code.NO_TEXT_FIELD: 'record has neither "text" nor "html"',
    Code.NO_MAIN_TEXT: "no main text found in HTML",
    Code.UNREADABLE: "cannot read input",
    Code.UNSUPPORTED: "unsupported file type",
    Code.BAD_FIELD: "malformed field",
    Code.STAGE_FAILED: "pipeline stage failed",
    Code.STORE: "database error",
    Code.USAGE: "bad usage",
}


class NewsEventsError(Exception):
    """An error with a stable code; ``str(err)`` is ``"E###: message"``."""

    def __init__(self, code: Code, detail: str | None = None, *, stage: str | None = None):
        self.code = code
        self.detail = detail
        self.stage = stage
        super().__init__(self.reason)

    @property
    def reason(self) -> str:
        msg = MESSAGES[self.code]
        if self.detail:
            msg = f"{msg}: {self.detail}"
        return f"{self.code.value}: {msg}"
