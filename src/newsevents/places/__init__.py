"""Places: resolve toponyms to coordinates (stage ``places``) and pick each event's place."""

from . import locate, stage  # noqa: F401  (registers the stages)
