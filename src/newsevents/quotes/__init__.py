"""Quotes: direct, partial and indirect speech with coded speakers (stage ``quotes``)."""

from . import attribution, stage  # noqa: F401  (registers the stages)
