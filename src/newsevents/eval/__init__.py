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


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (0.0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)
