"""Packaged data files (lexicons, dictionaries, mapping tables): one loader for all of them."""

from __future__ import annotations

import csv
import functools
from importlib import resources
from pathlib import Path


def data_path(name: str) -> Path:
    return Path(str(resources.files("newsevents") / "data" / name))


def parse_tsv(text: str, source: str = "<tsv>") -> list[dict[str, str]]:
    """Rows of a TSV with a header line; '#' comment lines and blank lines are skipped."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        return []
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = [h.strip() for h in next(reader)]
    rows = []
    for n, rec in enumerate(reader, 2):
        if len(rec) > len(header):
            raise ValueError(f"{source}: line {n} has {len(rec)} columns, header has {len(header)}")
        rec = rec + [""] * (len(header) - len(rec))
        rows.append({h: v.strip() for h, v in zip(header, rec, strict=True)})
    return rows


@functools.cache
def read_tsv(name: str) -> tuple[dict[str, str], ...]:
    path = data_path(name)
    return tuple(parse_tsv(path.read_text(encoding="utf-8"), str(path)))


def split_list(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()] if value else []
