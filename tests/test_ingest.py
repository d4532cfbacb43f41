from __future__ import annotations

import io
import json

import pytest

from newsevents.ingest import iter_inputs, iter_path
from newsevents.ingest.sources import RawArticle
from newsevents.records import Reject

ENGLISH = ("Kenyan police fired tear gas at protesters in Nairobi on Tuesday as thousands marched "
           "to demand an inquiry into the killing of an opposition leader, witnesses said.")
HTML = f"""<html><head><title>Police fire tear gas in Nairobi</title>
<meta property="article:published_time" content="2021-03-03T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Police fire tear gas in Nairobi</h1>
<p>{ENGLISH}</p><p>{ENGLISH.replace('Tuesday', 'Wednesday')}</p></article>
<footer>Copyright 2021</footer></body></html>"""


def _only(items):
    (item,) = list(items)
    return item


@pytest.mark.parametrize("name, data, code", [
    ("empty.txt", b"   \n\n", "E001"),
    ("binary.txt", b"\x00\x01\x02PNG\x00\x00" * 100, "E002"),
    ("big.txt", b"word " * 5000, "E003"),
    ("bad.txt", bytes(range(128, 256)) * 40, "E004"),
    ("page.html", b"<html><body><nav>Home</nav></body></html>", "E008"),
    ("notes.docx", b"not handled", "E010"),
])
def test_ingest_bad_file_is_coded_reject(tmp_path, name, data, code):
    d = tmp_path / "corpus"
    d.mkdir()
    (d / name).write_bytes(data)
    (d / "good.txt").write_text("Headline\n" + ENGLISH, encoding="utf-8")
    items = list(iter_inputs([d], max_bytes=10_000))
    rejects = [i for i in items if isinstance(i, Reject)]
    goods = [i for i in items if isinstance(i, RawArticle)]
    assert [r.code for r in rejects] == [code], rejects
    assert rejects[0].reason.startswith(code + ": ")
    assert len(goods) == 1  # the batch goes on


def test_ingest_missing_path_is_reject(tmp_path):
    r = _only(iter_path(tmp_path / "nope.txt"))
    assert isinstance(r, Reject) and r.code == "E009"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_ingest_detects_encoding(tmp_path, encoding):
    text = "Headline about Côte d’Ivoire\n" + ENGLISH + " The minister’s café was closed."
    p = tmp_path / "a.txt"
    p.write_bytes(text.encode(encoding))
    raw = _only(iter_path(p))
    assert isinstance(raw, RawArticle)
    assert "Côte d’Ivoire" in raw.text and "café" in raw.text


def test_ingest_jsonl_records_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "a1", "url": "https://example.org/a", "title": "T", "published": "2021-03-03", "text": ENGLISH}),
        "{not json",
        json.dumps({"id": "a2"}),
        json.dumps({"id": "a3", "text": ""}),
        json.dumps({"id": "a4", "published": "someday", "text": ENGLISH}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "a5", "html": HTML}),
    ]
    p = tmp_path / "c.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_path(p))
    assert [getattr(i, "code", "ok") for i in items] == ["ok", "E006", "E007", "E001", "E011", "E006", "ok"]
    assert items[0].published == "2021-03-03" and items[0].url == "https://example.org/a"
    assert items[-1].kind == "html" and "tear gas" in items[-1].text
    assert items[1].source.endswith("c.jsonl:2")


def test_ingest_html_metadata(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML, encoding="utf-8")
    raw = _only(iter_path(p))
    assert isinstance(raw, RawArticle)
    assert raw.title == "Police fire tear gas in Nairobi"
    assert raw.published == "2021-03-03"
    assert "Home | World" not in raw.text and "tear gas" in raw.text


def test_ingest_stdin_sniffs_kind():
    raw = _only(iter_path("-", stdin=io.BytesIO(("Headline\n" + ENGLISH).encode())))
    assert isinstance(raw, RawArticle) and raw.kind == "text"
    got = list(iter_path("-", stdin=io.BytesIO(json.dumps({"text": ENGLISH}).encode())))
    assert len(got) == 1 and isinstance(got[0], RawArticle)


def test_ingest_warc(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    p = tmp_path / "shard.warc.gz"
    with open(p, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for url, body in [("https://example.org/a", HTML.encode()), ("https://example.org/b", b"<html></html>")]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    items = list(iter_path(p))
    assert isinstance(items[0], RawArticle) and items[0].url == "https://example.org/a"
    assert isinstance(items[1], Reject) and items[1].code in ("E001", "E008")
