"""The runner owns the failure policy: corpus → pipeline → store, in batches, resumable.

One bad article never stops a batch: it becomes a stored Reject. Each batch is written in one
transaction; articles already stored by the same pipeline version are skipped, so a killed run
resumes where it stopped and a re-run changes nothing."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing import get_context
from pathlib import Path

from .config import Options
from .ingest import iter_inputs
from .ingest.sources import RawArticle
from .pipeline import Pipeline
from .records import Article, Extraction, Reject
from .store import Store

log = logging.getLogger(__name__)


@dataclass
class RunResult:
    run_id: str
    db: str
    ok: int = 0
    rejected: int = 0
    skipped: int = 0
    events: int = 0
    reject_codes: dict[str, int] = field(default_factory=dict)


_WORKER: Pipeline | None = None
THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def _init_worker(options: Options) -> None:
    global _WORKER
    _WORKER = Pipeline(options)


def _work(batch: list[Article]) -> list[Extraction | Reject]:
    assert _WORKER is not None
    return list(_WORKER.process(batch))


def _batches(it: Iterable, n: int) -> Iterator[list]:
    it = iter(it)
    while b := list(islice(it, n)):
        yield b


def run(paths: list[str], db: str | Path, options: Options | None = None,
        progress: Callable[[int], None] | None = None) -> RunResult:
    """Process every input under ``paths`` into the DuckDB file ``db``."""
    options = options or Options()
    pipe = Pipeline(options) if options.workers <= 1 else None
    version = pipe.version if pipe else _version_only(options)
    with Store(db) as store:
        run_id = store.start_run([str(p) for p in paths], options.to_dict(), version)
        result = RunResult(run_id=run_id, db=str(db))
        done = store.done_ids(version)
        structurer = pipe or _Structurer(options)

        def prepared() -> Iterator[Article | Reject]:
            for raw in iter_inputs(paths, max_bytes=options.max_bytes):
                item = structurer.structure(raw) if isinstance(raw, RawArticle) else raw
                if isinstance(item, Article) and item.id in done:
                    result.skipped += 1
                    if progress:
                        progress(1)
                    continue
                if isinstance(item, Article):
                    done.add(item.id)  # the same text twice in one corpus is stored once
                yield item

        def record(batch_out: list[Extraction | Reject]) -> None:
            store.write(batch_out, run_id)
            for x in batch_out:
                if isinstance(x, Reject):
                    result.rejected += 1
                    result.reject_codes[x.code] = result.reject_codes.get(x.code, 0) + 1
                else:
                    result.ok += 1
                    result.events += len(x.events)
            log.info("stored %d items (%d ok, %d rejected so far)", len(batch_out), result.ok,
                     result.rejected)
            if progress:
                progress(len(batch_out))

        status = "failed"
        try:
            if pipe is not None:
                for batch in _batches(prepared(), options.batch_size):
                    record(list(pipe.process(batch)))
            else:
                # one BLAS thread per worker: N workers × N threads oversubscribe the cores
                for var in THREAD_VARS:
                    os.environ.setdefault(var, "1")
                ctx = get_context("spawn")
                with ProcessPoolExecutor(options.workers, mp_context=ctx, initializer=_init_worker,
                                         initargs=(options,)) as pool:
                    for out in pool.map(_work, _batches(prepared(), options.batch_size)):
                        record(out)
            status = "done"
        finally:
            store.finish_run(run_id, result.ok, result.rejected, result.skipped, status)
    return result


class _Structurer:
    """Structure-only stand-in for the main process when NLP runs in worker processes."""

    def __init__(self, options: Options):
        self.options = options

    def structure(self, raw: RawArticle) -> Article | Reject:
        return Pipeline.structure(self, raw)  # type: ignore[arg-type]


def _version_only(options: Options) -> str:
    from .nlp.model import model_signature
    from .pipeline import pipeline_version

    return pipeline_version(options, model_signature(options.model))
