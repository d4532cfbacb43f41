"""Actor knowledge as data: countries (names, aliases, adjectives, capitals), international
organisations, and head-noun sector terms. Loaded once, indexed by lower-cased surface form."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..resources import read_tsv, split_list


@dataclass(frozen=True)
class CountryEntry:
    iso3: str
    name: str
    capital: str | None
    capital_lat: float | None
    capital_lon: float | None


@dataclass(frozen=True)
class OrgEntry:
    code: str
    name: str
    sector: str
    country: str | None


@dataclass(frozen=True)
class SectorEntry:
    sector: str
    role: str | None


@dataclass(frozen=True)
class Lexicon:
    countries: dict[str, CountryEntry]  # iso3 → entry
    country_names: dict[str, str]  # "kenya", "u.s." → iso3 (names and aliases)
    adjectives: dict[str, str]  # "kenyan", "kenyans" → iso3
    capitals: dict[str, str]  # "nairobi" → iso3 (metonyms: "Moscow said"; with seats of government)
    orgs: dict[str, OrgEntry]  # "african union", "au" → org
    sectors: dict[str, SectorEntry]  # "riot police" → COP
    max_sector_words: int
    acronyms: frozenset[str] = frozenset()  # "car", "us": names written in capitals only ("CAR", "US")

    def lower_acronym(self, key: str, shown: str) -> bool:
        """"his car" is no "CAR": a capitals-only name found in lower-case text."""
        return key in self.acronyms and not shown.replace(".", "").isupper()


def _f(v: str) -> float | None:
    try:
        return float(v)
    except ValueError:
        return None


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    countries, names, adjs, caps, acronyms = {}, {}, {}, {}, set()
    for row in read_tsv("countries.tsv"):
        iso3 = row["iso3"].upper()
        countries[iso3] = CountryEntry(iso3, row["name"], row.get("capital") or None,
                                       _f(row.get("capital_lat", "")), _f(row.get("capital_lon", "")))
        for n in [row["name"], *split_list(row.get("aliases", ""))]:
            names.setdefault(n.lower(), iso3)
            if n.replace(".", "").isupper():
                acronyms.add(n.lower())
        for a in split_list(row.get("adjectives", "")):
            adjs.setdefault(a.lower(), iso3)
        if row.get("capital"):
            caps.setdefault(row["capital"].lower(), iso3)
        for seat in split_list(row.get("seats", "")):
            caps.setdefault(seat.lower(), iso3)  # "Colombo", "Dar es Salaam": seats that stand for the state
    orgs = {}
    for row in read_tsv("igos.tsv"):
        entry = OrgEntry(row["code"], row["name"], row.get("sector") or "IGO", row.get("country") or None)
        for n in [row["name"], *split_list(row.get("aliases", ""))]:
            orgs.setdefault(n.lower(), entry)
    sectors = {}
    for row in read_tsv("sectors.tsv"):
        sectors.setdefault(row["term"].lower(), SectorEntry(row["sector"].upper(), row.get("role") or None))
    max_words = max((len(t.split()) for t in sectors), default=1)
    return Lexicon(countries, names, adjs, caps, orgs, sectors, max_words, frozenset(acronyms))
