"""Time: normaliser (properties and worked cases), tense, event dating, MEANTIME and example floors."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.time.normalize import normalize
from newsevents.time.periods import period

from conftest import SHARED, example_pairs

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]  # fmt: skip
dates = st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31))
tenses = st.sampled_from(["past", "present", "future"])
# words the grammar knows, so random phrases reach deep into it rather than failing at once
WORDS = ["last", "next", "this", "the", "early", "late", "mid", "end", "of", "week", "weekend",
         "month", "year", "years", "days", "ago", "later", "earlier", "before", "after", "two",
         "three", "a", "few", "several", "Monday", "Friday", "March", "May", "December", "spring",
         "winter", "2019", "'19", "1990s", "first", "quarter", "half", "fiscal", "today",
         "tonight", "morning", "10:30", "p.m.", "GMT", "every", "daily", "century", "same",
         "day", "Christmas", "Easter", "2024-02-29", "31", "0", "99", "since", "-", ","]  # fmt: skip


# ------------------------------------------------------------------------ properties


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.one_of(st.none(), dates), tenses)
def test_normalize_never_crashes_on_any_text(text, anchor, tense):
    norm = normalize(text, anchor, tense)
    assert norm is None or norm.type in ("DATE", "TIME", "DURATION", "SET")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6), st.one_of(st.none(), dates), tenses)
def test_normalize_intervals_are_ordered(words, anchor, tense):
    norm = normalize(" ".join(words), anchor, tense)
    if norm is not None and norm.earliest is not None and norm.latest is not None:
        assert norm.earliest <= norm.latest, (words, anchor, norm)


@settings(max_examples=200, deadline=None)
@given(dates, dates, tenses)
def test_normalize_full_dates_round_trip(day, anchor, tense):
    for text in (day.isoformat(), f"{MONTH_NAMES[day.month - 1]} {day.day}, {day.year}",
                 f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"):
        norm = normalize(text, anchor, tense)
        assert norm is not None, text
        assert (norm.value, norm.earliest, norm.latest) == (day.isoformat(), day, day), text


@settings(max_examples=200, deadline=None)
@given(dates, tenses)
def test_normalize_months_and_years_round_trip(day, tense):
    month = normalize(f"{MONTH_NAMES[day.month - 1]} {day.year}", None, tense)
    assert month is not None and month.value == f"{day.year}-{day.month:02d}"
    assert month.earliest <= day <= month.latest
    year = normalize(f"in {day.year}", None, tense)
    assert year is not None and (year.value, year.earliest, year.latest) == (
        str(day.year), date(day.year, 1, 1), date(day.year, 12, 31))


@settings(max_examples=200, deadline=None)
@given(dates, st.sampled_from(["past", "future"]))
def test_normalize_weekday_lies_within_a_week_in_the_tense_direction(anchor, tense):
    for i, name in enumerate(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]):
        norm = normalize(f"on {name}", anchor, tense)
        assert norm is not None and norm.earliest == norm.latest
        assert norm.earliest.weekday() == i
        delta = (norm.earliest - anchor).days
        assert (-6 <= delta <= 0) if tense == "past" else (0 <= delta <= 6)


@settings(max_examples=100, deadline=None)
@given(dates)
def test_periods_contain_their_date(day):
    for kind in ("day", "week", "weekend", "month", "quarter", "half", "season", "year", "decade"):
        p = period(kind, day)
        if kind not in ("weekend", "season"):
            assert p.earliest <= day <= p.latest, (kind, p)
        assert p.earliest <= p.latest


# ------------------------------------------------------------------------ worked cases
# anchors: 2024-03-06 is a Wednesday; 2025-01-02 a Thursday in ISO week 2025-W01


@pytest.mark.parametrize("text, tense, expected", [
    ("on Tuesday", "past", "2024-03-05"),       # the day before a Wednesday report
    ("on Thursday", "future", "2024-03-07"),    # "will meet on Thursday": the coming one
    ("on Thursday", "past", "2024-02-29"),      # a past Thursday: last week's (leap day)
    ("on Wednesday", "past", "2024-03-06"),     # the report's own day
    ("next Monday", "past", "2024-03-11"),
    ("last Friday", "future", "2024-03-01"),
])
def test_normalize_weekday_follows_tense(text, tense, expected):
    norm = normalize(text, date(2024, 3, 6), tense)
    assert norm is not None and norm.value == expected


@pytest.mark.parametrize("text, value, earliest, latest", [
    ("last week", "2024-W52", "2024-12-23", "2024-12-29"),
    ("last month", "2024-12", "2024-12-01", "2024-12-31"),
    ("last year", "2024", "2024-01-01", "2024-12-31"),
    ("this week", "2025-W01", "2024-12-30", "2025-01-05"),
    ("next week", "2025-W02", "2025-01-06", "2025-01-12"),
    ("yesterday", "2025-01-01", "2025-01-01", "2025-01-01"),
    ("on Monday", "2024-12-30", "2024-12-30", "2024-12-30"),
])
def test_normalize_relative_expressions_cross_the_year_boundary(text, value, earliest, latest):
    norm = normalize(text, date(2025, 1, 2), "past")
    assert norm is not None
    assert (norm.value, norm.earliest.isoformat(), norm.latest.isoformat()) == (value, earliest, latest)


@pytest.mark.parametrize("text, value, earliest, latest_before", [
    ("early 2019", "2019", "2019-01-01", "2019-05-01"),
    ("in late 2019", "2019", "2019-08-01", "2020-01-01"),
    ("the end of December", "2023-12", "2023-12-20", "2024-01-01"),
    ("the first half of 2021", "2021-H1", "2021-01-01", "2021-07-01"),
    ("mid-March", "2024-03", "2024-03-08", "2024-03-25"),
])
def test_normalize_position_modifiers_narrow_the_interval(text, value, earliest, latest_before):
    norm = normalize(text, date(2024, 3, 6), "past")
    assert norm is not None and norm.value == value
    assert norm.earliest >= date.fromisoformat(earliest)
    assert norm.latest < date.fromisoformat(latest_before)
    assert norm.earliest <= norm.latest


@pytest.mark.parametrize("text, anchor, value", [
    ("two years ago", date(2024, 5, 10), "2022"),
    ("three days ago", date(2024, 5, 10), "2024-05-07"),
    ("a decade ago", date(2024, 5, 10), "2014"),
    ("six months ago", date(2024, 1, 15), "2023-07"),
])
def test_normalize_ago_counts_back_from_publication(text, anchor, value):
    norm = normalize(text, anchor, "past")
    assert norm is not None and norm.value == value and norm.type == "DATE"
    assert norm.earliest <= norm.latest < anchor


@pytest.mark.parametrize("text, type_, value", [
    ("for three weeks", "DURATION", "P3W"),
    ("two and a half years", "DURATION", "P2.5Y"),
    ("every Friday", "SET", "XXXX-WXX-5"),
    ("weekly", "SET", "P1W"),
    ("the 1990s", "DATE", "199"),
    ("recently", "DATE", "PAST_REF"),
    ("at 10:30 p.m. GMT", "TIME", "2024-03-06T22:30Z"),
])
def test_normalize_types_and_values(text, type_, value):
    norm = normalize(text, date(2024, 3, 6), "past")
    assert norm is not None and (norm.type, norm.value) == (type_, value)


@pytest.mark.parametrize("text, tense, value", [
    ("in December", "past", "2023-12"),     # a March report looking back
    ("in December", "future", "2024-12"),   # … or forward
    ("on June 3", "present", "2024-06-03"),
])
def test_normalize_yearless_dates_follow_tense(text, tense, value):
    norm = normalize(text, date(2024, 3, 6), tense)
    assert norm is not None and norm.value == value


def test_normalize_anaphora_counts_from_the_reference():
    ref = normalize("on 9 October 2019", None, "past")
    later = normalize("five days later", date(2024, 1, 1), "past", ref)
    assert later is not None and later.value == "2019-10-14"
    same = normalize("the same day", date(2024, 1, 1), "past", ref)
    assert same is not None and same.value == "2019-10-09"


# ------------------------------------------------------------------------ with the model


def _annotate(pipeline, text: str, published: str):
    from newsevents.pipeline import annotate_texts

    (x,) = annotate_texts(pipeline, [text], [published])
    return x


@pytest.mark.slow
@pytest.mark.parametrize("text, published, expr, value", [
    ("The minister resigned on Tuesday after weeks of protests.", "2024-03-06", "Tuesday", "2024-03-05"),
    ("The two leaders will meet on Thursday in Geneva.", "2024-03-06", "Thursday", "2024-03-07"),
    ("Survivors of the 2019 bombing gathered at the memorial.", "2024-03-06", "2019", "2019"),
    ("The company said its profits fell last week.", "2025-01-02", "last week", "2024-W52"),
])
def test_stage_timexes_use_the_clause_tense(pipeline, text, published, expr, value):
    x = _annotate(pipeline, text, published)
    got = {t.text: t.value for t in x.timexes}
    assert got.get(expr) == value, got


@pytest.mark.slow
@pytest.mark.parametrize("text, published, expected", [
    # a narrative year: the year-less date follows "weeks later" in a 2019 story
    ("Parliament was dissolved on 2 October 2019. Weeks later, on Nov. 4, voters elected a new "
     "assembly.", "2024-03-06", {"Nov. 4": "2019-11-04"}),
    # a clock time takes the day named in its sentence
    ("The rocket lifted off on Tuesday at 14:30 GMT from the coast.", "2024-03-06",
     {"14:30 GMT": "2024-03-05T14:30Z"}),
    # a duration that modifies a noun leaves its article outside
    ("The pilots landed after a 12-hour flight from Singapore.", "2024-03-06", {"12-hour": "PT12H"}),
    # a date that modifies a noun is not pulled into the past by the verb's tense
    ("Two weeks before the March 15 deadline, the party had collected half of the signatures.",
     "2024-03-06", {"March 15": "2024-03-15"}),
    # bare counts are not years; rejected phrases stay rejected
    ("Officials said 1850 people were evacuated and about a quarter of the homes lost power.",
     "2024-03-06", {}),
])
def test_stage_timexes_values_in_context(pipeline, text, published, expected):
    x = _annotate(pipeline, text, published)
    got = {t.text: t.value for t in x.timexes}
    assert {k: got.get(k) for k in expected} == expected, got
    if not expected:
        assert got == {}, got


@pytest.mark.slow
@pytest.mark.parametrize("text, published, trigger, earliest, latest, basis", [
    # explicit time in the trigger's clause
    ("Police arrested twelve protesters in Lagos on Monday.", "2024-03-06", "arrested",
     "2024-03-04", "2024-03-04", "relative"),
    # anchored on another event, counted from its date
    ("Rebels seized the town on 3 May 2021. Three days after the seizure, the army bombed the "
     "rebel positions.", "2024-03-06", "bombed", "2021-05-06", "2021-05-06", "anchored"),
    ("The army bombed rebel positions two days after the rebels attacked a convoy on 3 May 2021.",
     "2024-03-06", "bombed", "2021-05-05", "2021-05-05", "anchored"),
    ("The African Union suspended Guinea a day after the coup, which soldiers staged on 5 "
     "September 2021.", "2024-03-06", "suspended", "2021-09-06", "2021-09-06", "anchored"),
    ("On 3 May 2023 the army seized power in a coup. Protesters rallied in the capital on the "
     "first anniversary of the coup.", "2024-05-06", "rallied", "2024-05-03", "2024-05-03", "anchored"),
    # a year used as a modifier of the event noun
    ("The 2019 bombing of a church in the capital killed dozens of worshippers.", "2024-03-06",
     "bombing", "2019-01-01", "2019-12-31", "explicit"),
    ("The 2019 bombing of a church in the capital killed dozens of worshippers.", "2024-03-06",
     "killed", "2019-01-01", "2019-12-31", "explicit"),
    ("Survivors recalled how militants attacked the market in the 2019 bombing.", "2024-03-06",
     "attacked", "2019-01-01", "2019-12-31", "explicit"),
])
def test_dating_finds_the_event_time(pipeline, text, published, trigger, earliest, latest, basis):
    x = _annotate(pipeline, text, published)
    evs = [e for e in x.events if trigger in e.trigger.text]
    assert evs, [(e.trigger.text, e.plover.type) for e in x.events]
    d = evs[0].date
    assert (d.earliest, d.latest, d.basis) == (earliest, latest, basis), d


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, earliest, latest", [
    # a reported past event: the report's day or the day before
    ("Officials said on Tuesday that gunmen killed nine villagers.", "killed", "2024-03-04", "2024-03-05"),
    # a future plan reported today is open-ended from the report's day
    ("The union said on Wednesday that its members would strike.", "strike", "2024-03-06", None),
])
def test_dating_reported_clauses(pipeline, text, trigger, earliest, latest):
    x = _annotate(pipeline, text, "2024-03-06")
    evs = [e for e in x.events if trigger in e.trigger.text]
    assert evs, [(e.trigger.text, e.plover.type) for e in x.events]
    assert (evs[0].date.earliest, evs[0].date.latest) == (earliest, latest), evs[0].date


@pytest.mark.slow
def test_dating_context_stops_at_a_paragraph_break(pipeline):
    text = ("In March 2019, soldiers opened fire on a crowd outside the parliament.\n\n"
            "Police arrested dozens of opposition supporters in the capital.")
    x = _annotate(pipeline, text, "2024-03-06")
    evs = [e for e in x.events if e.trigger.text == "arrested"]
    assert evs and evs[0].date.basis == "publication" and not evs[0].historical, evs


@pytest.mark.slow
def test_dating_background_paragraph_is_not_dated_today(pipeline):
    text = ("Police fired tear gas at protesters in the capital on Wednesday.\n\n"
            "In March 2019, soldiers opened fire on a crowd outside the parliament. They arrested "
            "dozens of opposition supporters and detained two journalists.")
    x = _annotate(pipeline, text, "2024-03-06")
    old = [e for e in x.events if e.trigger.text in ("arrested", "detained")]
    assert old, [(e.trigger.text, e.plover.type) for e in x.events]
    for e in old:
        assert e.date.basis != "publication" and e.date.earliest.startswith("2019"), e.date
        assert e.historical


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, earliest, latest", [
    # an undated report of a dated past event lies between that event and publication
    ("Rights groups alleged that police beat dozens of protesters in October 2022.", "alleged",
     "2022-10-01", "2024-03-06"),
    # "in the first weeks of X" and "in the weeks after X" count from X's date
    ("The state of emergency was declared on 4 January 2023.\n\nIn the first weeks of the "
     "emergency, police detained hundreds of opposition supporters.", "detained", "2023-01-04",
     "2023-03-08"),
    ("The state of emergency was declared on 4 January 2023.\n\nPolice detained hundreds of "
     "opposition supporters in the first two weeks of the emergency.", "detained", "2023-01-04",
     "2023-01-18"),
    ("On 2 June 2022 the army overthrew the president. In the weeks after the coup, crowds "
     "marched through the capital.", "marched", "2022-06-02", "2022-08-04"),
    # a thing introduced undated ("imposed a curfew") and dated by a later mention
    ("The governor imposed a curfew in the northern towns.\n\nThe curfew, announced on Monday "
     "evening, bans all gatherings.", "imposed", "2024-03-04", "2024-03-04"),
    # a subject described by a dated clause: its predicate lies between that date and publication
    ("Talks that the government had opened with the rebels on 9 January collapsed when the "
     "rebels withdrew from the capital.", "withdrew", "2024-01-09", "2024-03-06"),
])
def test_dating_anchors_without_own_time(pipeline, text, trigger, earliest, latest):
    x = _annotate(pipeline, text, "2024-03-06")
    evs = [e for e in x.events if trigger in e.trigger.text]
    assert evs, [(e.trigger.text, e.plover.type) for e in x.events]
    d = evs[0].date
    assert (d.earliest, d.latest, d.basis) == (earliest, latest, "anchored"), d


@pytest.mark.slow
def test_dating_recent_scene_runs_on_into_the_next_paragraph(pipeline):
    text = ("On Monday, thousands of farmers blocked the highway with tractors. Many carried "
            "flags.\n\nRiot police fired tear gas at the farmers near the toll gate.")
    x = _annotate(pipeline, text, "2024-03-06")
    evs = [e for e in x.events if "fired" in e.trigger.text or "tear gas" in e.trigger.text]
    assert evs, [(e.trigger.text, e.plover.type) for e in x.events]
    assert (evs[0].date.earliest, evs[0].date.latest) == ("2024-03-04", "2024-03-04"), evs[0].date


@pytest.mark.slow
def test_dating_undated_event_falls_back_to_publication(pipeline):
    x = _annotate(pipeline, "Protesters blocked the main road into the city.", "2024-03-06")
    assert x.events
    d = x.events[0].date
    assert d.basis == "publication" and d.value == "2024-03-06"
    assert d.earliest <= "2024-03-06" <= d.latest
    assert not x.events[0].historical


# ------------------------------------------------------------------------ floors


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "meantime_timex.jsonl").exists(), reason="benchmarks absent")
def test_eval_timex_meantime_floor(pipeline):
    """MEANTIME (annotated region): HeidelTime 2.2.1 scores strict 84.2, relaxed 89.5, type
    85.5, value 80.1 on the same file and scoring. Ratchet: raise, never lower."""
    from newsevents.eval.timex import evaluate

    r = evaluate(SHARED / "meantime_timex.jsonl", nlp=pipeline.nlp)
    assert r["docs"] == 120
    assert r["strict_f1"] >= 0.91
    assert r["relaxed_f1"] >= 0.96
    assert r["type_f1"] >= 0.91
    assert r["value_f1"] >= 0.87


def _match(events, gold: dict):
    words = {w.lower() for w in gold["trigger"].split()}
    return [e for e in events if gold["sentence_contains"] in e.sentence.text
            and words & {w.lower() for w in e.trigger.text.split()}]


def examples_dating(pipeline) -> dict:
    from newsevents.ingest import iter_path

    matched = overlap = contained = historical_on_publication = 0
    misses = []
    for art, exp in example_pairs():
        (x,) = list(pipeline.process(list(iter_path(art))))
        for g in exp["events"]:
            cands = _match(x.events, g)
            if not cands:
                continue
            d = cands[0].date
            lo, hi = g["date"]["earliest"], g["date"]["latest"] or "9999-12-31"
            ok = d.earliest is not None and d.earliest <= hi and (d.latest is None or lo <= d.latest)
            matched += 1
            overlap += ok
            contained += d.earliest is not None and d.earliest <= lo and (d.latest or "9999-12-31") >= hi
            if g.get("historical") and d.basis in ("publication", "dateline"):
                historical_on_publication += 1
            if not ok:
                misses.append((art.stem, g["trigger"], d.earliest, d.latest, lo, hi))
    return {"matched": matched, "overlap": overlap / matched if matched else 0.0,
            "contained": contained / matched if matched else 0.0,
            "historical_on_publication": historical_on_publication, "misses": misses}


@pytest.mark.slow
def test_dating_examples_floor(pipeline):
    """Key events of the sample corpus that the pipeline finds (same sentence, trigger word):
    the predicted interval overlaps the expected one (and mostly contains all of it), and
    historical events are not dated by the publication day. Measured 2026-12-02: 140 matched,
    overlap 1.0, contained 0.936, none historical on the publication day; the floors leave room
    for one event that a change of the event coder brings into the matched set. Ratchet: raise,
    never lower."""
    r = examples_dating(pipeline)
    report = json.dumps(r, indent=1, default=str)
    assert r["matched"] >= 100, report
    assert r["overlap"] >= 0.99, report
    assert r["contained"] >= 0.92, report
    assert r["historical_on_publication"] <= 1, report


def test_dating_historical_flag_threshold():
    from newsevents.time.dating import HISTORICAL_DAYS, When, _historical

    pub = date(2024, 3, 6)
    old = When(pub - timedelta(days=HISTORICAL_DAYS + 1), pub - timedelta(days=HISTORICAL_DAYS + 1), "explicit")
    recent = When(pub - timedelta(days=1), pub, "relative")
    on_pub = When(date(2019, 1, 1), date(2019, 1, 1), "publication")
    assert _historical(old, pub) and not _historical(recent, pub) and not _historical(on_pub, pub)


def _texts_with_time_words():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "examples"
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("**/articles/*.txt"))]
    bench = SHARED / "meantime_timex.jsonl"
    if bench.exists():
        texts += [json.loads(line).get("text", "") for line in bench.open(encoding="utf-8")]
    # sentences written to sit at each anchor's reach: long prefixes, words that only look like
    # units or months, matches at the very end of the text
    texts.append("At the very end of the first half of the 1990s, nearly two and a half years ago, "
                 "the Marchers met; in the second quarter of fiscal 2024 and the same week a year "
                 "ago, every other Monday, once a month. Decades-old rules, a 12-hour flight, "
                 "Sunday's seconds, the secondary market, today, three days later")
    return texts


def test_anchored_scan_finds_exactly_what_a_full_scan_finds():
    """The speed-up in time/recognise.py (scan only near anchor words) must not change what any
    pattern finds, on every bundled article and the whole MEANTIME text."""
    from newsevents.time.recognise import compiled, scan

    text = "\n\n".join(_texts_with_time_words())
    for name, pat in compiled():
        full = [m.span() for m in pat.finditer(text)]
        assert [m.span() for m in scan(name, pat, text)] == full, name
        assert full or name in {"fiscal", "week_of", "holiday", "iso_date", "same_last_year"}, name
