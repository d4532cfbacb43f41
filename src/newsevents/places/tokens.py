"""Token → country of the resolved toponym it belongs to: the index the actor and event
stages read ("a Dhaka court", "shelled Kharkiv"). No imports from other stages, so any stage
may use it without an import cycle."""

from __future__ import annotations


def token_countries(place_ents) -> dict[int, str]:
    """Token index → country of the resolved toponym it belongs to, from ``place_ents``."""
    return {t.i: place.country for ent, place in place_ents if place.country for t in ent}
