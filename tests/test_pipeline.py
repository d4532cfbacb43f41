from __future__ import annotations

import pytest

from newsevents.config import Options
from newsevents.ingest import iter_path
from newsevents.nlp.stages import REGISTRY, resolve, stage
from newsevents.pipeline import Pipeline
from newsevents.records import Extraction, Reject

from conftest import EXAMPLES

ARTICLES = sorted((EXAMPLES / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def extractions(pipeline) -> list[Extraction]:
    raws = [r for p in ARTICLES for r in iter_path(p)]
    out = list(pipeline.process(raws))
    assert all(isinstance(x, Extraction) for x in out), [x for x in out if isinstance(x, Reject)]
    return out


@pytest.mark.slow
def test_pipeline_offsets_point_into_article_text(extractions):
    for x in extractions:
        text = x.article.text
        for e in x.events:
            assert text[e.trigger.start:e.trigger.end] == e.trigger.text
            assert text[e.sentence.start:e.sentence.end] == e.sentence.text
            assert "\n\n" not in e.sentence.text  # sentences never cross paragraphs
            for a in e.source + e.target:
                assert text[a.start:a.end] == a.text
        for r in [*x.actors, *x.places, *x.timexes]:
            assert text[r.start:r.end] == r.text
        for q in x.quotes:
            assert text[q.start:q.end] == q.text


@pytest.mark.slow
def test_pipeline_events_have_contract_shape(extractions):
    n = 0
    for x in extractions:
        for e in x.events:
            n += 1
            assert e.article_id == x.article.id and e.cameo.isdigit()
            assert e.source or e.target
            assert e.date.basis in ("explicit", "relative", "anchored", "dateline", "publication")
            assert 0 <= e.confidence <= 1
    assert n >= len(extractions) * 3


def test_pipeline_stage_order_is_checked():
    with pytest.raises(ValueError, match="requires"):
        resolve(("events", "timexes"))
    with pytest.raises(KeyError):
        resolve(("no_such_stage",))


@pytest.mark.slow
def test_pipeline_failing_stage_rejects_only_that_article(pipeline):
    @stage("explode_on_kenya", requires=("doc",), assigns=())
    def _explode(ctx):
        if "Kenya" in ctx.article.body:
            raise RuntimeError("boom")
        return {}

    try:
        pipe = Pipeline(Options(stages=("explode_on_kenya", *Options().stages)), nlp=pipeline.nlp)
        raws = [r for p in ARTICLES[:3] for r in iter_path(p)]
        out = list(pipe.process(raws))
    finally:
        REGISTRY.pop("explode_on_kenya", None)
    kinds = [type(x).__name__ for x in out]
    assert kinds.count("Reject") == 1 and kinds.count("Extraction") == 2
    rej = next(x for x in out if isinstance(x, Reject))
    assert rej.code == "E100" and rej.stage == "explode_on_kenya" and rej.article_id


def test_every_package_imports_on_its_own():
    """A stage package imported first (a user's ``import newsevents.places``) must not fall into
    an import cycle that the pipeline's import order hides."""
    import pkgutil
    import subprocess
    import sys

    import newsevents

    names = [f"newsevents.{m.name}" for m in pkgutil.iter_modules(newsevents.__path__) if m.name != "__main__"]
    code = ("import importlib, sys\n"
            "for n in sys.argv[1:]:\n"
            "    for k in [k for k in sys.modules if k.startswith('newsevents')]: del sys.modules[k]\n"
            "    importlib.import_module(n)\n")
    run = subprocess.run([sys.executable, "-c", code, *names], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
