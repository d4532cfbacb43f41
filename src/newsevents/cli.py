"""The `newsevents` command: a thin shell over the library, one command per function.

Records go to stdout, logs and progress to stderr; errors become one line and a non-zero exit."""

from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
from pathlib import Path

from . import __version__
from .errors import Code, NewsEventsError

EXIT_ERROR = 1
EXIT_USAGE = 2


def _fmt(text: str) -> str:
    return text.strip("\n")


COMMANDS: dict[str, dict[str, str]] = {
    "extract": {"help": "one article → the contract JSON on stdout",
                "example": "newsevents extract examples/articles/01-nairobi-anniversary-march.txt --format json"},
    "run": {"help": "corpus (files, dirs, JSONL, WARC, -) → DuckDB store, resumable",
            "example": "newsevents run examples/articles --db newsevents.duckdb --workers 2"},
    "query": {"help": "filter stored events (type, actor, dates, place)",
              "example": "newsevents query --db newsevents.duckdb --type PROTEST --actor KEN --since 2024-01-01"},
    "export": {"help": "export a table as jsonl, csv or parquet",
               "example": "newsevents export --db newsevents.duckdb --table events --format parquet --out events.parquet"},
    "schema": {"help": "print the JSON Schema of the output contract",
               "example": "newsevents schema > schema.json"},
    "eval": {"help": "score the coder on an evaluation suite (petrarch, plover, timex, places, quotes, examples)",
             "example": "newsevents eval plover ../shared/benchmarks/plover_gsr.jsonl --format json"},
    "summary": {"help": "print the summary of a store",
                "example": "newsevents summary --db newsevents.duckdb"},
}


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsevents", description="News articles → structured event records (PLOVER + CAMEO).",
        epilog="Example: newsevents run examples/articles --db newsevents.duckdb",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"newsevents {__version__}")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more logging on stderr")
    p.add_argument("--config", help="TOML file with options (overlays packaged defaults)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def cmd(name: str) -> argparse.ArgumentParser:
        c = COMMANDS[name]
        return sub.add_parser(name, help=c["help"], description=c["help"],
                              epilog=f"Example: {c['example']}",
                              formatter_class=argparse.RawDescriptionHelpFormatter)

    e = cmd("extract")
    e.add_argument("path", help="file (text/HTML/JSONL) or - for stdin")
    e.add_argument("--published", help="publication date YYYY-MM-DD (overrides metadata)")
    e.add_argument("--url", help="url of the article")
    e.add_argument("--format", choices=("json", "jsonl"), default="json")
    e.add_argument("--max-bytes", type=int, help="reject larger inputs (E003)")
    e.add_argument("--dicts", help="also code with the PETRARCH-format dictionaries in this folder")

    r = cmd("run")
    r.add_argument("paths", nargs="+", help="files, directories (recursive) or - for stdin")
    r.add_argument("--db", default="newsevents.duckdb", help="DuckDB file (default: %(default)s)")
    r.add_argument("--workers", type=int, help="NLP processes (default 1)")
    r.add_argument("--batch-size", type=int, help="articles per batch (default 16)")
    r.add_argument("--published", help="publication date for inputs without one")
    r.add_argument("--max-bytes", type=int, help="reject larger inputs (E003)")
    r.add_argument("--dicts", help="also code with the PETRARCH-format dictionaries in this folder")
    r.add_argument("--quiet", action="store_true", help="no summary")

    q = cmd("query")
    q.add_argument("--db", default="newsevents.duckdb")
    q.add_argument("--type", help="PLOVER type, e.g. PROTEST")
    q.add_argument("--actor", help="actor code prefix (KENGOV, KEN) or ISO3 country, source or target")
    q.add_argument("--since", help="events whose interval ends on/after this date")
    q.add_argument("--until", help="events whose interval starts on/before this date")
    q.add_argument("--place", help="place name substring or ISO3 country")
    q.add_argument("--factuality", choices=("asserted", "negated", "claimed", "future", "hypothetical"))
    q.add_argument("--limit", type=int)
    q.add_argument("--output", choices=("table", "jsonl", "csv"), default="table")

    x = cmd("export")
    x.add_argument("--db", default="newsevents.duckdb")
    x.add_argument("--table", default="events")
    x.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl")
    x.add_argument("--out", required=True, help="output file")

    ev = cmd("eval")
    ev.add_argument("suite", help="petrarch | plover | timex | places | quotes | examples")
    ev.add_argument("path", help="the suite's JSONL file")
    ev.add_argument("--dicts", help="petrarch: directory of PETRARCH-format dictionaries")
    ev.add_argument("--format", choices=("table", "json"), default="table")
    ev.add_argument("--errors", type=int, default=0, help="also print up to N mistakes (table format)")

    cmd("schema")
    s = cmd("summary")
    s.add_argument("--db", default="newsevents.duckdb")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING - 10 * min(args.verbose, 2), stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return HANDLERS[args.command](args)
    except NewsEventsError as err:
        print(f"newsevents: error {err.reason}", file=sys.stderr)
        return EXIT_USAGE if err.code == Code.USAGE else EXIT_ERROR
    except (OSError, ValueError) as err:
        print(f"newsevents: error {type(err).__name__}: {err}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("newsevents: interrupted", file=sys.stderr)
        return 130


def _options(args: argparse.Namespace, **extra):
    from .config import load_options

    return load_options(args.config, **extra)


def cmd_extract(args: argparse.Namespace) -> int:
    from .ingest import iter_path
    from .pipeline import Pipeline
    from .records import Reject

    options = _options(args, published=args.published, url=args.url, max_bytes=args.max_bytes,
                       dicts=args.dicts)
    items = list(iter_path(args.path, max_bytes=options.max_bytes))
    if not items:
        raise NewsEventsError(Code.EMPTY, args.path)
    rejects = [i for i in items if isinstance(i, Reject)]
    if len(items) == 1 and rejects:
        raise NewsEventsError(Code(rejects[0].code), rejects[0].reason.split(": ", 2)[-1]
                              if ": " in rejects[0].reason else None)
    pipe = Pipeline(options)
    failed = 0
    for out in pipe.process(items):
        if isinstance(out, Reject):
            failed += 1
            print(f"newsevents: rejected {out.source}: {out.reason}", file=sys.stderr)
            continue
        if args.format == "json":
            print(out.model_dump_json(indent=2, exclude={"article": {"body_spans"}}))
        else:
            print(out.model_dump_json(exclude={"article": {"body_spans"}}))
    return EXIT_ERROR if failed and failed == len(items) else 0


def cmd_run(args: argparse.Namespace) -> int:
    from .runner import run

    options = _options(args, workers=args.workers, batch_size=args.batch_size,
                       published=args.published, max_bytes=args.max_bytes, dicts=args.dicts)
    bar = None
    progress = None
    if sys.stderr.isatty():
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        bar = Progress(SpinnerColumn(), TextColumn("{task.completed} articles"), TimeElapsedColumn(),
                       transient=True)
        task = bar.add_task("run", total=None)
        bar.start()
        progress = lambda n: bar.advance(task, n)  # noqa: E731
    try:
        result = run(args.paths, args.db, options, progress=progress)
    finally:
        if bar is not None:
            bar.stop()
    if not args.quiet:
        print(f"run {result.run_id}: {result.ok} ok, {result.rejected} rejected, "
              f"{result.skipped} already stored (skipped), {result.events} events")
        print_summary(args.db)
    return 0


def print_summary(db: str) -> None:
    from .store.query import summary

    s = summary(db)
    lines = [f"database: {Path(db).resolve()}",
             f"articles: {s['articles_ok']} ok, {s['rejected']} rejected"
             + (" (" + ", ".join(f"{c} ×{n}" for c, n in s["reject_codes"]) + ")" if s["reject_codes"] else ""),
             f"events: {s['events']} ({s['historical']} historical; "
             + ", ".join(f"{f} {n}" for f, n in s["by_factuality"]) + ")",
             "events by PLOVER type:"]
    lines += [f"  {t:<10} {n:>5}" for t, n in s["by_type"]]
    lines.append("top actors: " + ", ".join(f"{c} ({n})" for c, n in s["top_actors"]))
    lo, hi = s["date_range"]
    plo, phi = s["published_range"]
    lines.append(f"event dates: {lo} … {hi}; published: {plo} … {phi}")
    print("\n".join(lines))


def cmd_summary(args: argparse.Namespace) -> int:
    print_summary(args.db)
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from .store.query import EventFilter, query_events

    f = EventFilter(type=args.type, actor=args.actor, since=args.since, until=args.until,
                    place=args.place, factuality=args.factuality, limit=args.limit)
    cols, rows = query_events(args.db, f)
    out = sys.stdout
    if args.output == "jsonl":
        for row in rows:
            out.write(json.dumps(dict(zip(cols, row, strict=True)), default=str) + "\n")
    elif args.output == "csv":
        w = csv.writer(out)
        w.writerow(cols)
        w.writerows(rows)
    else:
        show = ("plover_type", "cameo", "source_codes", "target_codes", "date_value", "factuality",
                "place_name", "trigger")
        idx = [cols.index(c) for c in show]
        table = [[_cell(r[i]) for i in idx] for r in rows]
        widths = [min(28, max([len(h)] + [len(t[k]) for t in table])) for k, h in enumerate(show)]
        out.write("  ".join(h.ljust(w) for h, w in zip(show, widths, strict=True)).rstrip() + "\n")
        for t in table:
            out.write("  ".join(c[:w].ljust(w) for c, w in zip(t, widths, strict=True)).rstrip() + "\n")
        print(f"({len(rows)} events)", file=sys.stderr)
    return 0


def _cell(v: object) -> str:
    if isinstance(v, list):
        return ",".join(str(x) for x in v if x) or "-"
    return "-" if v is None else str(v)


def cmd_export(args: argparse.Namespace) -> int:
    from .store.query import export

    out = export(args.db, args.table, args.format, args.out)
    print(f"wrote {out}", file=sys.stderr)
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from .records import Extraction

    print(json.dumps(Extraction.model_json_schema(), indent=2))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .eval import get_suite

    try:
        evaluate = get_suite(args.suite)
    except KeyError as err:
        raise NewsEventsError(Code.USAGE, str(err.args[0])) from err
    path = Path(args.path)
    if not path.exists():
        raise NewsEventsError(Code.UNREADABLE, str(path))
    opts = {"dicts": args.dicts} if args.dicts else {}
    result = evaluate(path, **opts)
    if args.format == "json":
        print(json.dumps({k: v for k, v in result.items() if k != "errors"}, indent=2, default=str))
        return 0
    for k, v in result.items():
        if k in ("errors", "per_type"):
            continue
        print(f"{k:<20} {v}")
    for t, row in (result.get("per_type") or {}).items():
        print(f"  {t:<12} " + "  ".join(f"{m}={x}" for m, x in row.items()))
    for err in (result.get("errors") or [])[: args.errors]:
        print("ERR", json.dumps(err, default=str))
    return 0


HANDLERS = {"extract": cmd_extract, "eval": cmd_eval, "run": cmd_run, "query": cmd_query, "export": cmd_export,
            "schema": cmd_schema, "summary": cmd_summary}

if __name__ == "__main__":
    sys.exit(main())
