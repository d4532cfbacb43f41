"""Events: triggers → PLOVER/CAMEO events with actors, factuality, date, place and evidence."""

from . import stage  # noqa: F401  (registers the stage)
