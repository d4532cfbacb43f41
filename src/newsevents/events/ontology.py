"""The event ontology as data: trigger lexicon and the CAMEO↔PLOVER mapping table."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..records import PLOVER_TYPES
from ..resources import read_tsv


@dataclass(frozen=True)
class TriggerEntry:
    lemma: str
    pos: str  # VERB | NOUN
    plover_type: str
    plover_mode: str | None
    cameo: str
    frame: str


@functools.lru_cache(maxsize=1)
def load_triggers() -> dict[tuple[str, str], TriggerEntry]:
    """(lemma, pos) → entry; multiword lemmas keep their spaces ("air strike")."""
    out: dict[tuple[str, str], TriggerEntry] = {}
    for row in read_tsv("triggers.tsv"):
        ptype = row["plover_type"].upper()
        if ptype not in PLOVER_TYPES:
            raise ValueError(f"triggers.tsv: {row['lemma']!r} has unknown PLOVER type {ptype!r}")
        key = (row["lemma"].lower(), row["pos"].upper())
        out.setdefault(key, TriggerEntry(key[0], key[1], ptype, row.get("plover_mode") or None,
                                         row["cameo"], row.get("frame") or "agent_patient"))
    return out


@functools.lru_cache(maxsize=1)
def load_cameo_plover() -> dict[str, tuple[str | None, str | None, str]]:
    """CAMEO code → (PLOVER type or None, mode or None, CAMEO name)."""
    return {r["cameo"]: (r["plover_type"] or None, r["plover_mode"] or None, r["cameo_name"])
            for r in read_tsv("cameo_plover.tsv")}


@functools.lru_cache(maxsize=1)
def load_object_patterns() -> dict[tuple[str, str], TriggerEntry]:
    """(verb lemma, object lemma) → entry, from trigger_objects.tsv."""
    from ..resources import split_list

    out: dict[tuple[str, str], TriggerEntry] = {}
    for row in read_tsv("trigger_objects.tsv"):
        ptype = row["plover_type"].upper()
        if ptype not in PLOVER_TYPES:
            raise ValueError(f"trigger_objects.tsv: unknown PLOVER type {ptype!r}")
        for verb in split_list(row["verbs"]):
            for obj in split_list(row["objects"]):
                out.setdefault((verb, obj), TriggerEntry(f"{verb} {obj}", "VERB", ptype,
                                                         row.get("plover_mode") or None,
                                                         row["cameo"], row.get("frame") or "agent_patient"))
    return out
