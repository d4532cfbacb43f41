"""The DuckDB store: one writer (the pipeline), many read-only readers. Ids are content hashes
and every write is an upsert inside one transaction per batch, so re-runs change nothing and a
killed run resumes with nothing lost or duplicated."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from ..errors import Code, NewsEventsError
from ..records import Extraction, Reject
from .migrations import MIGRATIONS

CHILD_TABLES = ("events", "actors", "places", "timexes", "quotes")


def _hid(*parts: object) -> str:
    return hashlib.sha1(":".join(str(p) for p in parts).encode()).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Store:
    def __init__(self, path: str | Path, *, read_only: bool = False):
        self.path = str(path)
        self._cols: dict[str, list[str]] = {}
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as err:
            raise NewsEventsError(Code.STORE, f"{self.path}: {err}") from err
        if not read_only:
            self.migrate()

    # -- schema -----------------------------------------------------------------------------
    def migrate(self) -> list[str]:
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name VARCHAR PRIMARY KEY,"
                         " applied_at TIMESTAMP)")
        done = {r[0] for r in self.con.execute("SELECT name FROM schema_migrations").fetchall()}
        applied = []
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            self.con.execute("BEGIN")
            self.con.execute(sql)
            self.con.execute("INSERT INTO schema_migrations VALUES (?, ?)", [name, _now()])
            self.con.execute("COMMIT")
            applied.append(name)
        return applied

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- runs ------------------------------------------------------------------------------
    def start_run(self, inputs: list[str], options: dict, version: str) -> str:
        run_id = _hid(_now().isoformat(), *inputs)[:16]
        self.con.execute("INSERT INTO runs VALUES (?, ?, NULL, 'running', ?, ?, ?, 0, 0, 0)",
                         [run_id, _now(), inputs, json.dumps(options), version])
        return run_id

    def finish_run(self, run_id: str, n_ok: int, n_rejected: int, n_skipped: int,
                   status: str = "done") -> None:
        self.con.execute("UPDATE runs SET finished = ?, status = ?, n_ok = ?, n_rejected = ?,"
                         " n_skipped = ? WHERE run_id = ?",
                         [_now(), status, n_ok, n_rejected, n_skipped, run_id])

    # -- reads -----------------------------------------------------------------------------
    def done_ids(self, version: str) -> set[str]:
        """Articles already stored by this pipeline version (a resumed run skips them)."""
        rows = self.con.execute("SELECT id FROM articles WHERE pipeline_version = ?", [version]).fetchall()
        return {r[0] for r in rows}

    def done_reject_ids(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT id FROM rejects").fetchall()}

    def count(self, table: str) -> int:
        if table not in ("articles", "rejects", "runs", *CHILD_TABLES):
            raise ValueError(table)
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608

    # -- writes ----------------------------------------------------------------------------
    def write(self, items: Iterable[Extraction | Reject], run_id: str | None = None) -> None:
        """Upsert a batch of results in one transaction."""
        items = list(items)
        if not items:
            return
        rows: dict[str, list[list]] = {t: [] for t in ("articles", "rejects", *CHILD_TABLES)}
        ids: list[str] = []
        for item in items:
            if isinstance(item, Reject):
                rows["rejects"].append([item.id, item.source, item.code, item.reason, item.stage,
                                        item.article_id, run_id, _now()])
            else:
                ids.append(item.article.id)
                self._rows(item, run_id, rows)
        con = self.con
        con.execute("BEGIN")
        try:
            if ids:
                for t in CHILD_TABLES:
                    con.execute(f"DELETE FROM {t} WHERE article_id IN (SELECT unnest(?))", [ids])  # noqa: S608
                con.execute("DELETE FROM rejects WHERE article_id IN (SELECT unnest(?))", [ids])
            for table, data in rows.items():
                if data:
                    self._insert(table, data)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    def _columns(self, table: str) -> list[str]:
        if table not in self._cols:
            cur = self.con.execute(f"SELECT * FROM {table} LIMIT 0")  # noqa: S608
            self._cols[table] = [d[0] for d in cur.description]
        return self._cols[table]

    def _insert(self, table: str, data: list[list]) -> None:
        """Bulk upsert through an Arrow table (executemany is row-at-a-time and slow)."""
        cols = self._columns(table)
        arrow = pa.table({c: pa.array([r[i] for r in data]) for i, c in enumerate(cols)})
        self.con.register("_batch", arrow)
        try:
            self.con.execute(f"INSERT OR REPLACE INTO {table} SELECT * FROM _batch")  # noqa: S608
        finally:
            self.con.unregister("_batch")

    @staticmethod
    def _rows(x: Extraction, run_id: str | None, rows: dict[str, list[list]]) -> None:
        a = x.article
        dl = a.dateline
        rows["articles"].append([
            a.id, a.url, a.source, a.title, a.subtitle, dl.text if dl else None,
            dl.place.country if dl and dl.place else None, a.published, a.published_basis,
            a.language, a.body, len(a.captions), a.status, a.reject_reason, x.pipeline_version,
            run_id, x.model_dump_json(include={"article"}, exclude={"article": {"text", "body"}})])
        for e in x.events:
            rows["events"].append([
                e.id, a.id, e.plover.type, e.plover.mode, e.cameo,
                [s.code or "" for s in e.source], [t.code or "" for t in e.target],
                [s.country or "" for s in e.source], [t.country or "" for t in e.target],
                "; ".join(s.text for s in e.source), "; ".join(t.text for t in e.target),
                e.date.value, e.date.earliest, e.date.latest, e.date.granularity, e.date.basis,
                e.historical, e.place.name if e.place else None,
                e.place.country if e.place else None, e.place.lat if e.place else None,
                e.place.lon if e.place else None, e.factuality,
                e.attribution.code if e.attribution else None, e.sentence.index, e.sentence.text,
                e.trigger.text, e.trigger.start, e.trigger.end, e.confidence, e.model_dump_json()])
        for r in x.actors:
            rows["actors"].append([_hid(a.id, "actor", r.start, r.end), a.id, r.text, r.name, r.kb_id,
                                   r.country, r.sector, r.code, r.role, r.start, r.end])
        for p in x.places:
            rows["places"].append([_hid(a.id, "place", p.start, p.end), a.id, p.text, p.name,
                                   p.geonameid, p.country, p.admin1, p.lat, p.lon, p.kind,
                                   p.start, p.end])
        for t in x.timexes:
            rows["timexes"].append([_hid(a.id, "timex", t.start, t.end), a.id, t.text, t.type, t.value,
                                    t.earliest, t.latest, t.granularity, t.start, t.end])
        for q in x.quotes:
            rows["quotes"].append([_hid(a.id, "quote", q.start, q.end, q.kind), a.id, q.text, q.kind,
                                   q.speaker_text, q.speaker.code if q.speaker else None, q.cue,
                                   q.start, q.end])
