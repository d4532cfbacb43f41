from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newsevents.cli import COMMANDS, build_parser, main

from conftest import FIXTURES, ROOT


def _cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "newsevents", *args], capture_output=True,
                          text=True, input=stdin, cwd=ROOT)


def test_cli_every_command_and_option_documented():
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    assert set(sub.choices) == set(COMMANDS)
    for name, p in sub.choices.items():
        assert f"newsevents {name}" in doc, name
        for action in p._actions:
            for opt in action.option_strings:
                if opt.startswith("--") and opt != "--help":
                    assert opt in doc, f"{name} {opt} undocumented in docs/cli.md"


def test_cli_help_ends_with_example(capsys):
    for name in COMMANDS:
        with pytest.raises(SystemExit):
            main([name, "--help"])
        out = capsys.readouterr().out.rstrip()
        assert out.splitlines()[-1].startswith("Example: newsevents " + name)


def test_cli_schema_is_json_schema(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert {"article", "events", "quotes", "actors", "places", "timexes"} <= set(schema["properties"])


@pytest.mark.parametrize("args, code", [
    (["extract", "/no/such/file.txt"], "E009"),
    (["query", "--db", "/no/such.duckdb"], "E200"),
])
def test_cli_errors_are_one_coded_line(args, code):
    r = _cli(*args)
    assert r.returncode != 0
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and code in lines[0], r.stderr


@pytest.mark.slow
def test_cli_extract_contract_json():
    r = _cli("extract", str(FIXTURES / "scraped_march.txt"), "--format", "json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    art = out["article"]
    assert art["title"].startswith("Thousands march in Nairobi")
    assert art["published"] == "2021-03-03" and art["published_basis"] == "text"
    assert art["dateline"]["text"] == "NAIROBI"
    assert art["dateline"]["place"]["country"] == "KEN"
    for ev in out["events"]:
        s, e = ev["trigger"]["start"], ev["trigger"]["end"]
        assert art["text"][s:e] == ev["trigger"]["text"]
        assert ev["plover"]["type"] and ev["cameo"]


@pytest.mark.slow
def test_cli_extract_stdin_with_published():
    text = (FIXTURES / "scraped_march.txt").read_text(encoding="utf-8")
    r = _cli("extract", "-", "--published", "2021-03-04", "--format", "jsonl", stdin=text)
    assert r.returncode == 0, r.stderr
    art = json.loads(r.stdout.splitlines()[0])["article"]
    assert art["published"] == "2021-03-04" and art["published_basis"] == "cli"


@pytest.mark.slow
def test_cli_run_query_export(tmp_path):
    db = tmp_path / "x.duckdb"
    r = _cli("run", str(FIXTURES), "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert "articles: 1 ok" in r.stdout and "events by PLOVER type" in r.stdout
    q = _cli("query", "--db", str(db), "--actor", "KEN", "--output", "jsonl")
    assert q.returncode == 0, q.stderr
    rows = [json.loads(line) for line in q.stdout.splitlines()]
    assert rows and all(any(c.startswith("KEN") for c in r["source_codes"] + r["target_codes"])
                        for r in rows)
    bad = _cli("query", "--db", str(db), "--type", "NOPE")
    assert bad.returncode == 2 and "E300" in bad.stderr
    for fmt in ("parquet", "csv", "jsonl"):
        out = tmp_path / f"events.{fmt}"
        e = _cli("export", "--db", str(db), "--format", fmt, "--out", str(out))
        assert e.returncode == 0 and out.stat().st_size > 0, e.stderr
