"""Places: the gazetteer index, toponym resolution in context, metonyms and event location.

The index is built on first use (about half a minute) into the user cache; the session-scoped
``gazetteer`` fixture makes that happen once, before the tests that need it."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from newsevents.nlp.stages import ArticleContext
from newsevents.places import build
from newsevents.places.gazetteer import load_gazetteer
from newsevents.places.locate import locative_place
from newsevents.places.names import loose_key, name_key
from newsevents.places.stage import distance_km, find_places, resolve_dateline
from newsevents.records import Article
from newsevents.resources import data_path, parse_tsv
from newsevents.structure.offsets import OffsetMap

from conftest import EXAMPLES


@pytest.fixture(scope="session")
def gazetteer():
    return load_gazetteer()


def _context(pipeline, text: str) -> ArticleContext:
    """Run the ``places`` stage on a bare text (one paragraph per blank-line block)."""
    article = Article(id="t", source="test", text=text, body=text, body_spans=[(0, len(text))])
    ctx = ArticleContext(article=article, doc=pipeline.nlp(text), offsets=OffsetMap([(0, len(text))]))
    ctx.results.update(find_places(ctx))
    return ctx


def _near(place, lat: float, lon: float, km: float = 50) -> bool:
    return place is not None and distance_km(place.lat, place.lon, lat, lon) <= km


# ---------------------------------------------------------------- names and the index

@pytest.mark.parametrize(("text", "key", "loose"), [
    ("N'Djamena", "ndjamena", "ndjamena"),
    ("Ra’s al ‘Ayn", "ras al ayn", "rasalayn"),
    ("The Hague", "hague", "hague"),
    ("Tall Abyaḑ", "tall abyad", "talabyad"),
    ("Garbahaarrey", "garbahaarrey", "garbaharey"),
])
def test_names_keys_fold_spelling(text, key, loose):
    assert name_key(text) == key
    assert loose_key(name_key(text)) == loose


def test_gazetteer_index_is_memory_mapped(gazetteer):
    assert len(gazetteer) > 200_000
    assert isinstance(gazetteer._a["lat"], np.memmap)  # pages are read on demand
    counts = gazetteer.meta["counts"]
    assert counts["cities"] > 150_000 and counts["airports"] > 1_000 and counts["supplement"] > 200


@pytest.mark.parametrize(("name", "country", "kind"), [
    ("Kyiv", "UKR", "city"),
    ("Kiev", "UKR", "city"),
    ("Mogadishu", "SOM", "city"),
    ("Kobani", "SYR", "city"),  # supplement alias of ‘Ayn al ‘Arab
    ("Donbas", "UKR", "region"),
    ("Green Zone", "IRQ", "other"),
    ("Huangyan Dao", None, "region"),  # the Chinese name of Scarborough Shoal
    ("Incirlik Air Base", "TUR", "base"),
    ("Voronezh", "RUS", "admin"),  # "Voronezhskaya oblast" is also found by its stem
])
def test_gazetteer_lookup_finds_news_names(gazetteer, name, country, kind):
    assert any(e.country == country and e.kind == kind for e in gazetteer.lookup(name))


def test_gazetteer_countries_and_capitals(gazetteer):
    assert gazetteer.country("KEN").kind == "country"
    cap = gazetteer.capital("KEN")
    assert cap.name == "Nairobi" and cap.capital
    assert gazetteer.by_geonameid(cap.geonameid).name == "Nairobi"


def test_gazetteer_supplement_rows_are_valid(gazetteer):
    from newsevents.actors.lexicon import load_lexicon

    path = data_path(build.SUPPLEMENT)
    rows = parse_tsv(path.read_text(encoding="utf-8"), str(path))
    assert len(rows) >= 300
    known = set(load_lexicon().countries) | {"FLK", "IOT", "GUM"}
    for row in rows:
        assert row["kind"] in (*build.KINDS, "alias"), row
        if row["kind"] == "alias":
            assert gazetteer.by_geonameid(int(row["geonameid"])) is not None, row
            continue
        lat, lon = float(row["lat"]), float(row["lon"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180, row
        assert not row["country"] or row["country"] in known, row


def test_build_index_dir_changes_with_sources(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSEVENTS_CACHE_DIR", str(tmp_path))
    first = build.index_dir()
    assert first.parent == tmp_path
    monkeypatch.setattr(build, "FORMAT", build.FORMAT + 1)
    assert build.index_dir() != first


# ---------------------------------------------------------------- resolution in context

@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "lat", "lon"), [
    # the same name in different articles: the other places and the demonyms decide
    ("Militiamen clashed in Tripoli overnight. Residents of Misrata and Benghazi reported "
     "gunfire as the Libyan government imposed a curfew.", "Tripoli", 32.89, 13.19),
    ("Lebanese troops deployed in Tripoli after clashes near the port. Beirut and Sidon "
     "were calm.", "Tripoli", 34.44, 35.85),
    ("Floods hit Hyderabad and Sukkur in Sindh province, Pakistani officials said.",
     "Hyderabad", 25.40, 68.36),
    ("Software workers in Hyderabad and Bengaluru walked out over pay, the Indian union said.",
     "Hyderabad", 17.38, 78.49),
    ("A chemical leak forced hundreds from their homes in Paris, Texas, on Thursday.",
     "Paris", 33.66, -95.56),
    ("Tens of thousands marched in Paris against the pension reform.", "Paris", 48.86, 2.35),
    ("Rebels advanced on Goma, the main city of North Kivu, near the Rwandan border.",
     "Goma", -1.68, 29.22),
    # "the Gulf" of news is the Persian Gulf region, not Papua New Guinea's Gulf province
    ("Kabul held talks with the Asian Development Bank and investors from the Gulf.", "Gulf", 25.5, 51.0),
])
def test_places_resolve_with_article_context(pipeline, text, name, lat, lon):
    ctx = _context(pipeline, text)
    got = [p for p in ctx.results["places"] if p.text == name]
    assert got and _near(got[0], lat, lon), got


@pytest.mark.slow
def test_places_offsets_and_schema(pipeline):
    text = "Troops were sent to the Sambisa forest and to Konduga in Borno state, Nigeria."
    ctx = _context(pipeline, text)
    places = ctx.results["places"]
    assert {p.country for p in places} == {"NGA"}
    for p in places:
        assert text[p.start:p.end] == p.text
        assert p.kind in build.KINDS and p.lat is not None
    assert any(p.name == "Sambisa Forest" and p.kind == "region" for p in places)
    assert ctx.results["focus_country"] == "NGA"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "metonym", "place"), [
    ("Moscow accused Kyiv of shelling a hospital in Donetsk.", "Moscow", "Donetsk"),
    ("Washington said it would send more aid to Gaza.", "Washington", "Gaza"),
    ("Russia's Foreign Ministry summoned the envoy after a strike on Belgorod.", "Russia",
     "Belgorod"),
])
def test_places_metonyms_are_not_event_places(pipeline, text, metonym, place):
    ctx = _context(pipeline, text)
    names = [p.text for p in ctx.results["places"]]
    assert metonym in names  # still a toponym of the article
    usable = [p.text for _, p in ctx.results["place_ents"]]
    assert metonym not in usable and place in usable


def test_places_dateline_with_state_or_country():
    paris, texas = resolve_dateline("PARIS, Texas")
    assert paris.country == "USA" and texas.kind == "admin"
    kyiv, ukraine = resolve_dateline("KYIV, Ukraine")
    assert kyiv.country == "UKR" and ukraine.kind == "country"
    nairobi, outer = resolve_dateline("NAIROBI")
    assert nairobi.capital and outer is None


# ---------------------------------------------------------------- event location

@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "etype", "lat", "lon"), [
    ("Police fired tear gas at protesters in the Ukrainian capital on Monday.", "fired",
     "COERCE", 50.45, 30.52),
    ("A drone struck a convoy at Kabul's airport.", "struck", "ASSAULT", 34.57, 69.21),
    ("Militants attacked an army base near Kandahar overnight.", "attacked", "ASSAULT",
     31.61, 65.71),
    ("Gunmen killed 12 people and abducted dozens in a raid on a village in Zamfara state.",
     "killed", "ASSAULT", 12.2, 6.2),
    ("EU ministers will discuss Nicaragua when they meet in Brussels.", "discuss", "CONSULT",
     50.85, 4.35),
])
def test_locate_uses_the_triggers_locative(pipeline, text, trigger, etype, lat, lon):
    ctx = _context(pipeline, text)
    pmap = {t.i: pair for pair in ctx.results["place_ents"] for t in pair[0]}
    tok = next(t for t in ctx.doc if t.text == trigger)
    place = locative_place(tok, etype, pmap, ctx)
    assert _near(place, lat, lon, 120), place


@pytest.mark.slow
def test_locate_statement_topic_is_not_its_place(pipeline):
    ctx = _context(pipeline, "Moscow accused Kyiv of shelling a hospital in Donetsk.")
    pmap = {t.i: pair for pair in ctx.results["place_ents"] for t in pair[0]}
    tok = next(t for t in ctx.doc if t.text == "accused")
    assert locative_place(tok, "ACCUSE", pmap, ctx) is None


@pytest.mark.slow
def test_locate_records_basis_in_extraction(pipeline):
    from newsevents.pipeline import extract_text

    text = ("Protesters clash with police in Kenyan capital\n\n"
            "NAIROBI (Reuters) - Kenyan police fired tear gas at hundreds of protesters in "
            "Kibera on Tuesday.\n\nThe interior minister warned that further protests would "
            "not be tolerated.")
    x = extract_text(text, published="2024-07-02", pipeline=pipeline)
    assert x.article.dateline.place.name == "Nairobi"
    assert x.events, "the events stage found nothing to locate"
    for ev in x.events:
        assert ev.place is not None and ev.place.basis in (
            "locative", "sentence", "paragraph", "actor", "dateline", "focus")
        assert ev.place.country == "KEN"
    assert any(ev.place.name == "Kibera" and ev.place.basis == "locative" for ev in x.events)


# ---------------------------------------------------------------- floors on the labelled set

@pytest.fixture(scope="module")
def places_eval(pipeline):
    from newsevents.eval.places import evaluate

    return evaluate(EXAMPLES / "gold" / "places.jsonl", pipeline=pipeline)


@pytest.mark.slow
def test_eval_places_example_floors(places_eval):
    ex = places_eval["per_set"]["examples"]
    # issue floors: ≥ 95% of the examples' place names within 50 km, ≥ 90% event places
    assert ex["within_50km"] >= 0.95, places_eval["errors"]
    assert ex["event_place_accuracy"] >= 0.90, places_eval["errors"]


@pytest.mark.slow
def test_eval_places_overall_floors(places_eval):
    # measured 2026-12-02 (347 toponyms): 0.974 within 161 km, 0.945 within 50 km, 0.992
    # exact id; own texts 0.957 within 50 km; the 10 held-out texts (written after the rules,
    # not tuned on) 0.909 within 161 km. Floors a little below: raise them, never lower them
    assert places_eval["within_161km"] >= 0.965
    assert places_eval["within_50km"] >= 0.935
    assert places_eval["exact_id"] >= 0.97
    assert places_eval["per_set"]["own"]["within_50km"] >= 0.94
    assert places_eval["per_set"]["heldout"]["within_161km"] >= 0.87
    assert places_eval["found"] >= 0.97


def test_eval_places_distance_is_haversine():
    # Nairobi to Mombasa, about 440 km
    assert math.isclose(distance_km(-1.2864, 36.8172, -4.0435, 39.6682), 440, rel_tol=0.03)


@pytest.mark.slow
def test_a_foreign_hamlet_of_no_population_is_not_the_place_of_a_story_told_elsewhere(pipeline):
    # the gazetteer's only "Baraka" is an Indonesian village with no recorded population
    ctx = _context(pipeline, "M23 rebels seized the Congolese lakeside town of Baraka on Wednesday, "
                             "residents in South Kivu province said.")
    assert not any(p.country == "IDN" for p in ctx.results["places"]), ctx.results["places"]


def _focus(pipeline, text: str, dateline: str, headline: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The article's focus country for a text filed under ``dateline``."""
    from newsevents.places.gazetteer import load_gazetteer
    from newsevents.places.mentions import find_mentions
    from newsevents.places.stage import article_context

    doc = pipeline.nlp(text)
    entry, _ = resolve_dateline(dateline)
    return article_context(doc, find_mentions(doc, load_gazetteer()), entry, headline).focus


@pytest.mark.slow
def test_a_dateline_is_where_the_reporter_files_from_when_the_scene_is_named_elsewhere(pipeline):
    gaza = ("Israeli strikes hit Gaza City, Khan Younis and Deir al-Balah overnight, health officials said. "
            "Egypt and Qatar urged restraint.")
    assert _focus(pipeline, gaza, "CAIRO") == "PSE"
    # the dateline still weighs fully where the text names a place of its country
    assert _focus(pipeline, "Police fired tear gas at protesters in Kisumu, Amnesty said. Talks in Arusha and "
                            "Dodoma and Mwanza were planned.", "NAIROBI") == "KEN"
    # a country name that is also a large place elsewhere counts when nothing points there
    niger = ("Niger's junta ordered Canada's ambassador to leave. Canadian officials in Ottawa said Canada "
             "regretted the move by Niger, and Canadian firms in Vancouver and Toronto worried.")
    assert _focus(pipeline, niger, "NIAMEY") == "NER"


@pytest.mark.slow
def test_a_country_named_often_is_no_scene_and_funerals_held_in_the_dateline_city_are_no_talks(pipeline):
    text = ("U.S. aircraft struck militia sites in Jurf al-Nasr and al-Qaim, U.S. officials said. The U.S. "
            "military said the U.S. strikes answered a drone attack on a base near Erbil that U.S. troops "
            "use. Funerals for the dead were held in Baghdad. The U.S. embassy urged calm.")
    assert _focus(pipeline, text, "BAGHDAD") == "IRQ"



@pytest.mark.slow
def test_a_dateline_of_a_country_the_headline_leaves_out_weighs_little(pipeline):
    from newsevents.places.gazetteer import load_gazetteer
    from newsevents.places.mentions import find_mentions
    from newsevents.places.stage import article_context, headline_countries

    text = ("Belarus released 14 prisoners on Thursday after its president met a U.S. envoy in Minsk. The freed "
            "men crossed into Lithuania. Belarus said more could follow, and Belarusian exiles welcomed the move.")
    doc = pipeline.nlp(text)
    entry, _ = resolve_dateline("VILNIUS")
    mentions = find_mentions(doc, load_gazetteer())
    assert article_context(doc, mentions, entry).focus == "LTU"
    headline = headline_countries("Belarus frees 14 prisoners after U.S. envoy's visit")
    assert headline == {"BLR", "USA"}
    assert article_context(doc, mentions, entry, headline).focus == "BLR"


@pytest.mark.slow
def test_there_points_back_to_the_last_site_named(pipeline):
    from newsevents.pipeline import annotate_texts

    text = ("Philippine supply boats sailed to Second Thomas Shoal on Monday. In June, Chinese coast guard "
            "personnel armed with knives boarded Philippine navy boats there.")
    (x,) = annotate_texts(pipeline, [text], ["2024-07-01"])
    boarded = [e for e in x.events if e.trigger.text == "boarded"]
    assert boarded and boarded[0].place is not None and boarded[0].place.basis == "there", \
        [(e.trigger.text, e.place) for e in x.events]
    assert "Thomas" in boarded[0].place.name, boarded[0].place


@pytest.mark.slow
def test_a_user_kb_organisation_named_like_a_town_is_no_place(pipeline, tmp_path):
    from newsevents.config import Options
    from newsevents.pipeline import Pipeline, annotate_texts

    kb = tmp_path / "my_actors.tsv"
    kb.write_text("kb_id\tname\taliases\tkind\tcountry\tsector\trole\torg\tstart\tend\tnote\n"
                  "tabora-front\tTabora\t\torg\tTZA\tREB\t\t\t2020\t\tinvented armed group\n", encoding="utf-8")
    text = "Tabora fighters attacked a police post near the border on Monday."

    def toponyms(options) -> list[str]:
        pipe = Pipeline(options, nlp=pipeline.nlp)
        (x,) = annotate_texts(pipe, [text], ["2024-05-02"])
        return [p.text for p in x.places]

    assert "Tabora" in toponyms(Options())  # the shipped gazetteer has the town
    assert "Tabora" not in toponyms(Options(kb_paths=(str(kb),)))  # the user's KB names the group


@pytest.mark.slow
def test_a_countrys_capital_named_by_the_country(pipeline):
    from newsevents.pipeline import annotate_texts

    (x,) = annotate_texts(pipeline, ["Thousands of Ghanaian teachers marched in Ghana's capital on Monday."], ["2024-05-02"])
    assert [e.place.name for e in x.events if e.plover.type == "PROTEST"] == ["Accra"]


@pytest.mark.slow
def test_the_house_of_a_parliament_is_no_misspelt_village(pipeline):
    from newsevents.ingest import iter_path

    path = next(Path(__file__).parent.parent.glob("examples/heldout8/articles/h88-*.txt"))
    (x,) = list(pipeline.process(list(iter_path(path))))
    assert not any(p.country == "BEL" for p in x.places), [p for p in x.places if p.country == "BEL"]
    assert not any(a.country == "BEL" for a in x.actors)


@pytest.mark.slow
def test_a_dateline_city_that_hosts_talks_is_still_home_when_the_headline_names_only_its_country(pipeline):
    text = ("Lebanon's cabinet instructed the army to draw up a plan to disarm Hezbollah. U.S. envoy Tom Barrack held "
            "talks in Beirut. Israel struck Kfar Kila and Israeli drones hit Nabatieh; Israel said Israeli troops "
            "would stay. Israel, Israel, Israel.")
    assert _focus(pipeline, text, "BEIRUT", {"LBN"}) == "LBN"


def test_a_compass_adjective_on_a_noun_is_no_place(pipeline):
    from newsevents.pipeline import annotate_texts
    (x,) = annotate_texts(pipeline, ["China's foreign ministry accused Western governments of smearing the courts."],
                          ["2025-12-15"])
    assert not any(p.text == "Western" for p in x.places), [(p.text, p.country) for p in x.places]
    assert not any(a.country == "UGA" for a in x.actors), [(a.text, a.country) for a in x.actors]
