"""Evaluation harness: `newsevents eval SUITE PATH`. Each suite is a module exposing
``evaluate(path, **options) -> dict`` with the figures (and JSON keys) its issue defines."""

from __future__ import annotations

import importlib
from collections.abc import Callable

# suite name → module (inside newsevents.eval) implementing evaluate()
SUITES: dict[str, str] = {
    "petrarch": "petrarch",
    "plover": "plover",
    "timex": "timex",
    "places": "places",
    "quotes": "quotes",
    "examples": "examples",
}


def get_suite(name: str) -> Callable[..., dict]:
    if name not in SUITES:
        raise KeyError(f"unknown eval suite {name!r}; one of {', '.join(SUITES)}")
    return importlib.import_module(f"{__name__}.{SUITES[name]}").evaluate


INTERNATIONAL = ("IGO", "NGO")


def country_key(country: str | None, sector: str | None) -> str | None:
    """The country an actor is compared on. The schema gives an international organisation no
    country (null, sector IGO or NGO, its own code); gold files write "IGO" or "NGO" in the
    country field instead: a predicted international actor compares as that word."""
    if country in INTERNATIONAL:
        return country
    if not country and sector in INTERNATIONAL:
        return sector
    return country or None


def gold_countries(actors: list[dict]) -> set[str]:
    """The countries a gold actor list names (an actor with no country constrains nothing)."""
    return {a["country"] for a in actors if a.get("country")}


def predicted_countries(actors) -> set[str]:
    return {k for a in actors if (k := country_key(a.country, a.sector))}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (0.0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)
