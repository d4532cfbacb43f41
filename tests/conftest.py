from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared" / "benchmarks"


def example_pairs() -> list[tuple[Path, dict]]:
    pairs = []
    for exp in sorted((EXAMPLES / "expected").glob("*.json")):
        art = EXAMPLES / "articles" / (exp.stem + ".txt")
        pairs.append((art, json.loads(exp.read_text(encoding="utf-8"))))
    return pairs


@pytest.fixture(scope="session")
def pipeline():
    from newsevents.pipeline import Pipeline

    return Pipeline()
