"""PETRARCH-format dictionaries in the main pipeline (stage dict_events, option/CLI --dicts)."""

from __future__ import annotations

import pytest

from newsevents.config import load_options
from newsevents.pipeline import Pipeline, extract_text

from conftest import ROOT

DICTS = ROOT / "tests" / "dict_fixtures"
TEXT = ("Valoria accuses Kestria over border raids\n\n"
        "OSTMARK — Valoria accused Kestria of shelling border villages on Monday, officials said.\n")


@pytest.mark.slow
def test_dict_events_added_with_codes_and_plover_type(pipeline):
    pipe = Pipeline(load_options(dicts=str(DICTS)), nlp=pipeline.nlp)
    x = extract_text(TEXT, published="2024-03-05", pipeline=pipe)
    coded = [e for e in x.events if e.cameo == "112"]
    assert len(coded) == 1
    ev = coded[0]
    assert ev.plover.type == "ACCUSE"
    assert [a.code for a in ev.source] == ["VAL"] and [a.code for a in ev.target] == ["KES"]
    assert x.article.text[ev.trigger.start:ev.trigger.end] == "accused"


@pytest.mark.slow
def test_dict_events_off_without_the_option(pipeline):
    x = extract_text(TEXT, published="2024-03-05", pipeline=pipeline)
    assert not any(a.code == "VAL" for e in x.events for a in e.source)
