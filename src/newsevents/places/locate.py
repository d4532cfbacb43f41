"""Event location (stage ``locate``): pick the place of each event, with its basis.

Reads the events and their trigger tokens (``event_tokens``) and returns the located events."""

from __future__ import annotations

from ..nlp.stages import ArticleContext, stage


@stage("locate", requires=("events", "event_tokens", "place_ents"), assigns=("events",))
def locate_events(ctx: ArticleContext) -> dict:
    return {"events": ctx.results["events"]}
