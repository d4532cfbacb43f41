"""Actors: code every actor mention with country, sector and a CAMEO-style code."""

from . import stage  # noqa: F401  (registers the stage)
