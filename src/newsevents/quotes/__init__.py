"""Quotes: direct, partial and indirect speech with coded speakers (stage ``quotes``)."""

from . import stage  # noqa: F401  (registers the stage)
