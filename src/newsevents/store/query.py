"""Read side: filtered event queries, exports and run summaries (read-only connections)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from ..errors import Code, NewsEventsError
from ..records import PLOVER_TYPES

EXPORT_TABLES = ("events", "articles", "actors", "places", "timexes", "quotes", "rejects", "runs")
EVENT_COLUMNS = ("id", "article_id", "plover_type", "plover_mode", "cameo", "source_codes",
                 "target_codes", "date_value", "date_earliest", "date_latest", "date_basis",
                 "historical", "place_name", "place_country", "lat", "lon", "factuality",
                 "trigger", "confidence", "sentence")  # fmt: skip


@dataclass(frozen=True)
class EventFilter:
    type: str | None = None
    actor: str | None = None  # CAMEO-style code prefix or ISO3 country, source or target
    since: str | None = None
    until: str | None = None
    place: str | None = None  # place name (case-insensitive substring) or ISO3 country
    factuality: str | None = None
    limit: int | None = None


def connect(db: str | Path) -> duckdb.DuckDBPyConnection:
    if not Path(db).exists():
        raise NewsEventsError(Code.STORE, f"{db}: no such database (run `newsevents run` first)")
    try:
        return duckdb.connect(str(db), read_only=True)
    except duckdb.Error as err:
        raise NewsEventsError(Code.STORE, f"{db}: {err}") from err


def event_sql(f: EventFilter) -> tuple[str, list]:
    """SQL and bound parameters for the events matching ``f`` (only bound parameters)."""
    where, params = [], []
    if f.type:
        t = f.type.upper()
        if t not in PLOVER_TYPES:
            raise NewsEventsError(Code.USAGE, f"unknown PLOVER type {f.type!r}")
        where.append("plover_type = ?")
        params.append(t)
    if f.actor:
        a = f.actor.upper()
        where.append("(len(list_filter(list_concat(source_codes, target_codes), lambda x: starts_with(x, ?))) > 0"
                     " OR list_contains(source_countries, ?) OR list_contains(target_countries, ?))")
        params += [a, a, a]
    if f.since:
        where.append("date_latest >= CAST(? AS DATE)")
        params.append(f.since)
    if f.until:
        where.append("date_earliest <= CAST(? AS DATE)")
        params.append(f.until)
    if f.place:
        where.append("(place_name ILIKE ? OR place_country = ?)")
        params += [f"%{f.place}%", f.place.upper()]
    if f.factuality:
        where.append("factuality = ?")
        params.append(f.factuality)
    sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY date_earliest NULLS LAST, article_id, trigger_start"
    if f.limit:
        sql += f" LIMIT {int(f.limit)}"
    return sql, params


def query_events(db: str | Path, f: EventFilter) -> tuple[list[str], list[tuple]]:
    sql, params = event_sql(f)
    with connect(db) as con:
        try:
            cur = con.execute(sql, params)
        except duckdb.Error as err:
            raise NewsEventsError(Code.USAGE, str(err)) from err
        cols = [d[0] for d in cur.description]
        return cols, cur.fetchall()


def export(db: str | Path, table: str, fmt: str, out: str | Path) -> Path:
    """Write one table as jsonl, csv or parquet (DuckDB COPY)."""
    if table not in EXPORT_TABLES:
        raise NewsEventsError(Code.USAGE, f"unknown table {table!r}; one of {', '.join(EXPORT_TABLES)}")
    opts = {"parquet": "(FORMAT parquet)", "csv": "(FORMAT csv, HEADER true)",
            "jsonl": "(FORMAT json)"}.get(fmt)
    if opts is None:
        raise NewsEventsError(Code.USAGE, f"unknown format {fmt!r}")
    out = Path(out)
    with connect(db) as con:
        con.execute(f"COPY (SELECT * FROM {table}) TO '{_quote(out)}' {opts}")  # noqa: S608
    return out


def _quote(p: Path) -> str:
    return str(p).replace("'", "''")


def summary(db: str | Path, top: int = 8) -> dict:
    """Counts for the run summary: articles, rejects, events by type, top actors, date range."""
    with connect(db) as con:
        q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
        return {
            "articles_ok": q("SELECT count(*) FROM articles WHERE status = 'ok'")[0][0],
            "rejected": q("SELECT count(*) FROM rejects")[0][0],
            "reject_codes": q("SELECT code, count(*) FROM rejects GROUP BY 1 ORDER BY 2 DESC"),
            "events": q("SELECT count(*) FROM events")[0][0],
            "by_type": q("SELECT plover_type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1"),
            "by_factuality": q("SELECT factuality, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC"),
            "top_actors": q(f"SELECT code, count(*) FROM (SELECT unnest(list_concat(source_codes, target_codes)) AS code FROM events) WHERE code <> '' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT {int(top)}"),
            "date_range": q("SELECT min(date_earliest), max(date_latest) FROM events")[0],
            "published_range": q("SELECT min(published), max(published) FROM articles")[0],
            "historical": q("SELECT count(*) FROM events WHERE historical")[0][0],
        }
