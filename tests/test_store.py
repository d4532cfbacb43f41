from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from newsevents.config import Options
from newsevents.runner import run
from newsevents.store import Store

from conftest import EXAMPLES

TABLES = ("articles", "events", "actors", "places", "timexes", "quotes", "rejects")


def _snapshot(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(con.execute(f"SELECT id FROM {t}").fetchall()) for t in TABLES}
    finally:
        con.close()


@pytest.fixture()
def corpus(tmp_path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    for p in sorted((EXAMPLES / "articles").glob("*.txt"))[:6]:
        shutil.copy(p, d / p.name)
    (d / "empty.txt").write_text("  \n")
    (d / "dup.txt").write_bytes(sorted((EXAMPLES / "articles").glob("*.txt"))[0].read_bytes())
    return d


def test_store_migrations_recorded_once(tmp_path):
    db = tmp_path / "a.duckdb"
    with Store(db) as s:
        assert s.migrate() == []  # already applied on open
        names = s.con.execute("SELECT name FROM schema_migrations").fetchall()
    assert names == [("0001_initial",)]


@pytest.mark.slow
def test_store_rerun_changes_nothing(tmp_path, corpus, pipeline):
    db = tmp_path / "r.duckdb"
    first = run([str(corpus)], db, Options())
    assert first.ok == 6 and first.rejected == 1 and first.skipped == 1  # dup.txt: same text
    snap = _snapshot(db)
    assert len(snap["events"]) > 0 and len(snap["rejects"]) == 1
    second = run([str(corpus)], db, Options())
    assert second.ok == 0 and second.skipped == 7 and second.rejected == 1
    assert _snapshot(db) == snap


@pytest.mark.slow
def test_store_killed_run_resumes_without_loss_or_duplicates(tmp_path, corpus):
    clean_db, db = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    run([str(corpus)], clean_db, Options(batch_size=1))
    expected = _snapshot(clean_db)
    cmd = [sys.executable, "-m", "newsevents", "-v", "run", str(corpus), "--db", str(db),
           "--batch-size", "1", "--quiet"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    # kill it once some, but not all, articles are committed (the store is locked while it runs)
    stored = 0
    killed = False
    for line in proc.stderr:
        stored += "stored 1 items" in line
        if stored >= 2:
            proc.send_signal(signal.SIGKILL)
            killed = True
            break
    proc.wait()
    partial = _snapshot(db)
    assert killed and 0 < len(partial["articles"]) < len(expected["articles"])
    resumed = run([str(corpus)], db, Options(batch_size=1))
    assert resumed.skipped >= len(partial["articles"])
    assert _snapshot(db) == expected
