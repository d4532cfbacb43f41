from __future__ import annotations

import json

import pytest

from newsevents.eval import get_suite

from conftest import SHARED

SUITE = SHARED / "petrarch2_validation.jsonl"
DICTS = SHARED / "petrarch2_validation_dicts"
# floors only go up (issue 3 asks root F1 >= 0.65, exact >= 0.45; PETRARCH2 gets exact 0.405,
# triple F1 0.477, root F1 0.560). Measured figures in docs/benchmarks.md.
EXACT_FLOOR = 0.85
F1_FLOOR = 0.90
ROOT_F1_FLOOR = 0.90


@pytest.mark.slow
@pytest.mark.skipif(not (SUITE.exists() and DICTS.is_dir()),
                    reason="../shared/benchmarks not beside the checkout")
def test_eval_petrarch_core_floors(pipeline):
    result = get_suite("petrarch")(SUITE, dicts=DICTS, pipeline=pipeline)
    assert result["records"] == 220
    assert result["exact"] >= EXACT_FLOOR
    assert result["f1"] >= F1_FLOOR
    assert result["root_f1"] >= ROOT_F1_FLOOR
    assert result["root_f1"] >= result["f1"]


@pytest.mark.parametrize("pred,gold,exact", [
    ([("AAA", "BBB", "064")], [("AAA", "BBB", "064")], 1.0),
    ([("AAA", "BBB", "061")], [("AAA", "BBB", "064")], 0.0),
])
def test_eval_petrarch_scoring_on_a_tiny_suite(tmp_path, monkeypatch, pred, gold, exact):
    """The scorer on a one-record suite with a stubbed coder: exact, triple and root figures."""
    from newsevents.dicts import coder

    rec = {"id": "T-1", "date": "2001-02-03", "text": "Aaa met Bbb.", "active": True,
           "category_included": True, "codes_all_cameo": True,
           "expected": [{"source": s, "target": t, "code": c} for s, t, c in gold]}
    suite = tmp_path / "suite.jsonl"
    suite.write_text(json.dumps(rec) + "\n" + json.dumps({**rec, "id": "T-2", "active": False})
                     + "\n", encoding="utf-8")
    (tmp_path / "dicts").mkdir()

    class Nlp:
        def pipe(self, texts, batch_size=64):
            return iter(texts)

    monkeypatch.setattr(coder, "code_doc", lambda bundle, doc, day, **_: [
        coder.CodedEvent(s, t, c) for s, t, c in pred])
    result = get_suite("petrarch")(suite, dicts=tmp_path / "dicts",
                                   pipeline=type("P", (), {"nlp": Nlp()})())
    assert result["records"] == 1
    assert result["exact"] == exact
    assert result["root_f1"] == 1.0  # 061 and 064 share the root 06
    assert result["f1"] == exact
