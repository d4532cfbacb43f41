"""`make bench`: full-pipeline throughput against bare spaCy ``nlp.pipe`` on the same text, in
one run (ratio, articles/s, words/s, peak RSS), written to docs/benchmarks.md.

Corpus: ../shared/benchmarks/wikinews_corpus.jsonl when present, else examples/articles."""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
from datetime import date
from pathlib import Path

from .config import Options
from .ingest import iter_inputs
from .ingest.sources import RawArticle
from .pipeline import Pipeline
from .records import Article

ROOT = Path(__file__).resolve().parents[2]
WIKINEWS = ROOT.parent / "shared" / "benchmarks" / "wikinews_corpus.jsonl"
MARK_BEGIN = "<!-- bench:throughput:begin -->"
MARK_END = "<!-- bench:throughput:end -->"


def _corpus(path: Path | None) -> tuple[str, list[RawArticle]]:
    src = path or (WIKINEWS if WIKINEWS.exists() else ROOT / "examples" / "articles")
    raws = [r for r in iter_inputs([src]) if isinstance(r, RawArticle)]
    return str(src), raws


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_run(src: str, workers: int, batch_size: int) -> float:
    """Articles/s of the whole `run` (ingest → NLP in ``workers`` processes → DuckDB)."""
    import tempfile

    from .runner import run

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        res = run([src], Path(tmp) / "bench.duckdb", Options(workers=workers, batch_size=batch_size))
        return res.ok / (time.perf_counter() - t0)


def measure_cold_start(article: Path | None = None) -> float:
    """Seconds for `newsevents extract` on one article in a fresh process (model, lexicons and
    the gazetteer index loaded from scratch; the index itself already built)."""
    import subprocess

    article = article or sorted((ROOT / "examples" / "articles").glob("*.txt"))[0]
    cmd = [sys.executable, "-m", "newsevents", "extract", str(article), "--format", "json"]
    subprocess.run(cmd, check=True, capture_output=True)  # the index is built on first use
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return round(time.perf_counter() - t0, 2)


def measure(path: Path | None = None, batch_size: int = 16, repeat: int = 1,
            workers: int = 0) -> dict:
    src, raws = _corpus(path)
    pipe = Pipeline(Options(batch_size=batch_size))
    nlp = pipe.nlp
    articles = [a for a in (pipe.structure(r) for r in raws) if isinstance(a, Article)]
    bodies = [a.body for a in articles]
    words = sum(len(b.split()) for b in bodies)
    list(nlp.pipe(bodies[:8]))  # warm-up: model and lexicons/gazetteer loaded before timing
    list(pipe.process(raws[:2]))
    best_bare = best_full = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _doc in nlp.pipe(bodies, batch_size=batch_size):
            pass
        best_bare = min(best_bare, time.perf_counter() - t0)
        t0 = time.perf_counter()
        n_events = sum(len(x.events) for x in pipe.process(raws) if hasattr(x, "events"))
        best_full = min(best_full, time.perf_counter() - t0)
    return {
        "date": date.today().isoformat(), "corpus": Path(src).name, "articles": len(articles),
        "words": words, "events": n_events, "batch_size": batch_size,
        "bare_s": round(best_bare, 2), "pipeline_s": round(best_full, 2),
        "bare_words_per_s": round(words / best_bare), "pipeline_words_per_s": round(words / best_full),
        "pipeline_articles_per_s": round(len(articles) / best_full, 2),
        "ratio": round(best_bare / best_full, 3), "peak_rss_mb": round(_peak_rss_mb()),
        "python": platform.python_version(), "machine": f"{platform.machine()}, {_cpus()} cores",
        "pipeline_version": pipe.version,
        "run_workers": workers,
        "run_articles_per_s": round(measure_run(src, workers, 8), 2) if workers else None,
        "cold_start_s": measure_cold_start(),
    }


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def write_report(result: dict, doc: Path) -> None:
    row = (f"| {result['date']} | {result['corpus']} | {result['articles']} | {result['words']:,} | "
           f"{result['bare_words_per_s']:,} | {result['pipeline_words_per_s']:,} | "
           f"{result['pipeline_articles_per_s']} | **{result['ratio']}** | {result['peak_rss_mb']} | "
           f"{result['run_articles_per_s'] or '-'} ({result['run_workers']}) | {result['machine']} |")
    header = ("| date | corpus | articles | words | bare spaCy words/s | pipeline words/s | "
              "pipeline articles/s | ratio | peak RSS MB | `run` articles/s (workers) | machine |\n"
              "|---|---|---|---|---|---|---|---|---|---|---|")
    text = doc.read_text(encoding="utf-8") if doc.exists() else "# Benchmarks\n"
    if MARK_BEGIN in text:
        pre, rest = text.split(MARK_BEGIN, 1)
        body, post = rest.split(MARK_END, 1)
        rows = [ln for ln in body.strip().splitlines() if ln.startswith("| 20")]
        text = pre + MARK_BEGIN + "\n" + header + "\n" + "\n".join([*rows, row]) + "\n" + MARK_END + post
    else:
        text += f"\n## Throughput\n\n{MARK_BEGIN}\n{header}\n{row}\n{MARK_END}\n"
    doc.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m newsevents.bench", description=__doc__)
    p.add_argument("--corpus", type=Path, help="file or directory (default: wikinews or examples)")
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--repeat", type=int, default=1)
    p.add_argument("--workers", type=int, default=2,
                   help="also time `run` end to end with this many processes (0: skip)")
    p.add_argument("--doc", type=Path, default=ROOT / "docs" / "benchmarks.md")
    p.add_argument("--no-write", action="store_true")
    args = p.parse_args(argv)
    result = measure(args.corpus, args.batch_size, args.repeat, args.workers)
    print(json.dumps(result, indent=2))
    if not args.no_write:
        write_report(result, args.doc)
        print(f"wrote {args.doc}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
