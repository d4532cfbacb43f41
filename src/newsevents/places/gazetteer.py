"""The offline gazetteer: load the compiled index (building it on first use) and look names up.

The index lives in the user cache (see ``build.cache_root``), keyed by the versions of its
source packages and data files; it is a set of memory-mapped numpy arrays, so loading takes
milliseconds and only the pages a look-up touches are read. GeoNames data © GeoNames
(https://www.geonames.org), CC BY 4.0."""

from __future__ import annotations

import bisect
import functools
import json
import logging
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import build as _build
from .names import loose_key, name_key

log = logging.getLogger(__name__)

_ARRAYS = ("gid", "lat", "lon", "pop", "kind", "level", "flags", "country", "admin1", "name_blob",
           "name_off", "admin1_blob", "admin1_off", "gid_order", "key_blob", "key_off",
           "key_post_off", "key_post", "key_primary", "loose_blob", "loose_off",
           "loose_post_off", "loose_post", "loose_primary")  # fmt: skip


@dataclass(frozen=True)
class GeoEntry:
    index: int  # row in the index (stable for one build only)
    geonameid: int | None
    name: str
    country: str | None  # ISO3
    admin1: str | None  # first-level subdivision name
    lat: float
    lon: float
    population: int
    kind: str  # city|admin|country|airport|base|region|other
    level: int = 0  # 1/2 for subdivisions
    capital: bool = False  # national capital
    curated: bool = False  # from the project supplement (data/gazetteer_supplement.tsv)
    primary: bool = False  # the looked-up name is this entry's own name
    exact: bool = True  # matched on the exact key (False: transliteration-tolerant key)


class _Keys:
    """A sorted table of UTF-8 keys stored as one blob + offsets, indexable for ``bisect``."""

    def __init__(self, blob: np.ndarray, off: np.ndarray):
        # memoryviews over the mapped arrays: indexing them is plain Python, several times
        # faster than numpy scalar access inside bisect
        self.blob, self.off = memoryview(blob).cast("B"), memoryview(off)

    def __len__(self) -> int:
        return len(self.off) - 1

    def __getitem__(self, i: int) -> bytes:
        return self.blob[self.off[i]:self.off[i + 1]].tobytes()


class Gazetteer:
    def __init__(self, path: Path):
        self.path = path
        a = {n: np.load(path / f"{n}.npy", mmap_mode="r") for n in _ARRAYS}
        self._a = a
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        self.meta = meta
        self._countries = meta["countries"]
        self._kinds = meta["kinds"]
        self._keys = _Keys(a["key_blob"], a["key_off"])
        self._loose = _Keys(a["loose_blob"], a["loose_off"])
        self._country_entry = meta["country_entry"]
        self._capital_entry = meta["capital_entry"]
        self._cache: dict[str, tuple[GeoEntry, ...]] = {}

    def __len__(self) -> int:
        return len(self._a["gid"])

    # -- entries
    def entry(self, i: int, *, primary: bool = False, exact: bool = True) -> GeoEntry:
        a = self._a
        gid = int(a["gid"][i])
        no, a1 = int(a["name_off"][i]), int(a["admin1"][i])
        name = a["name_blob"][no:int(a["name_off"][i + 1])].tobytes().decode("utf-8")
        admin1 = a["admin1_blob"][int(a["admin1_off"][a1]):int(a["admin1_off"][a1 + 1])]
        return GeoEntry(
            index=int(i), geonameid=gid if gid > 0 else None, name=name,
            country=self._countries[int(a["country"][i])] or None,
            admin1=admin1.tobytes().decode("utf-8") or None,
            lat=round(float(a["lat"][i]), 5), lon=round(float(a["lon"][i]), 5),
            population=int(a["pop"][i]), kind=self._kinds[int(a["kind"][i])],
            level=int(a["level"][i]), capital=bool(int(a["flags"][i]) & _build.FLAG_CAPITAL),
            curated=bool(int(a["flags"][i]) & _build.FLAG_CURATED),
            primary=primary, exact=exact)

    def by_geonameid(self, geonameid: int) -> GeoEntry | None:
        gid, order = self._a["gid"], self._a["gid_order"]
        lo, hi = 0, len(order)
        while lo < hi:  # binary search over gid[order]
            mid = (lo + hi) // 2
            if int(gid[order[mid]]) < geonameid:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(order) and int(gid[order[lo]]) == geonameid:
            return self.entry(int(order[lo]), primary=True)
        return None

    def country(self, iso3: str | None) -> GeoEntry | None:
        i = self._country_entry.get(iso3 or "")
        return None if i is None else self.entry(i, primary=True)

    def capital(self, iso3: str | None) -> GeoEntry | None:
        i = self._capital_entry.get(iso3 or "")
        return None if i is None else self.entry(i, primary=True)

    # -- names
    def _postings(self, table: str, keys: _Keys, key: str) -> list[tuple[int, bool]]:
        k = key.encode("utf-8")
        i = bisect.bisect_left(keys, k)
        if i >= len(keys) or keys[i] != k:
            return []
        a = self._a
        lo, hi = int(a[f"{table}_post_off"][i]), int(a[f"{table}_post_off"][i + 1])
        post = a[f"{table}_post"][lo:hi]
        prim = a[f"{table}_primary"][lo:hi]
        return [(int(e), bool(p)) for e, p in zip(post, prim, strict=True)]

    def lookup(self, text: str, *, loose: bool = True) -> tuple[GeoEntry, ...]:
        """Entries named ``text`` (any spelling the sources know), most prominent first; when
        none match exactly and ``loose``, entries whose transliteration-tolerant key matches."""
        key = name_key(text)
        if not key:
            return ()
        ck = f"{int(loose)}{key}"
        if ck in self._cache:
            return self._cache[ck]
        out = tuple(self.entry(e, primary=p) for e, p in self._postings("key", self._keys, key))
        if not out and loose:
            lk = loose_key(key)
            if len(lk) >= 4:
                out = tuple(self.entry(e, primary=p, exact=False)
                            for e, p in self._postings("loose", self._loose, lk))
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[ck] = out
        return out


def _ensure_index() -> Path:
    path = _build.index_dir()
    if (path / "meta.json").exists():
        return path
    log.warning("building the gazetteer index in %s (once; takes ~30 s)", path)
    # a child process keeps the build's ~1 GB of transient JSON out of this process
    cmd = [sys.executable, "-m", "newsevents.places.build", "--out", str(path)]
    try:
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       timeout=900)
    except (OSError, subprocess.SubprocessError) as err:
        log.warning("gazetteer build in a child process failed (%s); building here", err)
        _build.build(path)
    return path


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer for the installed sources, built into the user cache on first use."""
    return Gazetteer(_ensure_index())
