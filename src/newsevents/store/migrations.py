"""Named, ordered schema migrations, recorded in ``schema_migrations``."""

from __future__ import annotations

MIGRATIONS: list[tuple[str, str]] = [
    ("0001_initial", """
    CREATE TABLE IF NOT EXISTS runs (
        run_id VARCHAR PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, status VARCHAR,
        inputs VARCHAR[], options JSON, pipeline_version VARCHAR,
        n_ok INTEGER, n_rejected INTEGER, n_skipped INTEGER);
    CREATE TABLE IF NOT EXISTS articles (
        id VARCHAR PRIMARY KEY, url VARCHAR, source VARCHAR, title VARCHAR, subtitle VARCHAR,
        dateline VARCHAR, dateline_country VARCHAR, published DATE, published_basis VARCHAR,
        language VARCHAR, body VARCHAR, n_captions INTEGER, status VARCHAR,
        reject_reason VARCHAR, pipeline_version VARCHAR, run_id VARCHAR, record JSON);
    CREATE TABLE IF NOT EXISTS events (
        id VARCHAR PRIMARY KEY, article_id VARCHAR, plover_type VARCHAR, plover_mode VARCHAR,
        cameo VARCHAR, source_codes VARCHAR[], target_codes VARCHAR[], source_countries VARCHAR[],
        target_countries VARCHAR[], source_text VARCHAR, target_text VARCHAR,
        date_value VARCHAR, date_earliest DATE, date_latest DATE, date_granularity VARCHAR,
        date_basis VARCHAR, historical BOOLEAN, place_name VARCHAR, place_country VARCHAR,
        lat DOUBLE, lon DOUBLE, factuality VARCHAR, attribution_code VARCHAR,
        sentence_index INTEGER, sentence VARCHAR, trigger VARCHAR, trigger_start INTEGER,
        trigger_end INTEGER, confidence DOUBLE, record JSON);
    CREATE TABLE IF NOT EXISTS actors (
        id VARCHAR PRIMARY KEY, article_id VARCHAR, text VARCHAR, name VARCHAR, kb_id VARCHAR,
        country VARCHAR, sector VARCHAR, code VARCHAR, role VARCHAR, start_char INTEGER,
        end_char INTEGER);
    CREATE TABLE IF NOT EXISTS places (
        id VARCHAR PRIMARY KEY, article_id VARCHAR, text VARCHAR, name VARCHAR, geonameid BIGINT,
        country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE, kind VARCHAR,
        start_char INTEGER, end_char INTEGER);
    CREATE TABLE IF NOT EXISTS timexes (
        id VARCHAR PRIMARY KEY, article_id VARCHAR, text VARCHAR, type VARCHAR, value VARCHAR,
        earliest DATE, latest DATE, granularity VARCHAR, start_char INTEGER, end_char INTEGER);
    CREATE TABLE IF NOT EXISTS quotes (
        id VARCHAR PRIMARY KEY, article_id VARCHAR, text VARCHAR, kind VARCHAR,
        speaker_text VARCHAR, speaker_code VARCHAR, cue VARCHAR, start_char INTEGER,
        end_char INTEGER);
    CREATE TABLE IF NOT EXISTS rejects (
        id VARCHAR PRIMARY KEY, source VARCHAR, code VARCHAR, reason VARCHAR, stage VARCHAR,
        article_id VARCHAR, run_id VARCHAR, created TIMESTAMP);
    """),
]
