"""PETRARCH-format dictionaries: the loaders (actors, agents, verbs, discards), phrase matching,
and the coder over a spaCy parse. Dictionaries and sentences are invented for these tests
(tests/dict_fixtures/)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from newsevents.dicts.coder import code_doc, compose, split_paired
from newsevents.dicts.matching import PhraseIndex, Word, match_phrase, sentence_words
from newsevents.dicts.petrarch import (
    AgentEntry,
    DiscardList,
    find_dictionary_files,
    load_dictionaries,
    parse_actors,
    parse_agents,
    parse_discards,
)
from newsevents.dicts.reader import DictionaryError, parse_date, parse_phrase, read_lines
from newsevents.dicts.verbs import load_verbs

from conftest import ROOT

# not under tests/fixtures: the `run` tests ingest every file there
DICTS = ROOT / "tests" / "dict_fixtures"


@pytest.fixture(scope="module")
def bundle():
    return load_dictionaries(DICTS)


# ---------------------------------------------------------------- reader


@pytest.mark.parametrize("text,kept", [
    ("<!-- one -->\nA [X]\n", ["A [X]"]),
    ("<!-- a\nblock -->\nB [Y]  # note\n", ["B [Y]"]),
    ("# only a comment\nC [Z] ; legacy comment\n", ["C [Z]"]),
    ("D_#E [W]\n", ["D_#E [W]"]),  # '#' inside a word is not a comment
])
def test_reader_comments_removed(text, kept):
    assert [ln.text.strip() for ln in read_lines(text)] == kept


@pytest.mark.parametrize("text,words,links", [
    ("NORTH_PORT", ("NORTH", "PORT"), ("_",)),
    ("LAKE LEAGUE", ("LAKE", "LEAGUE"), (" ",)),
    ("VALORIA_", ("VALORIA",), ()),
])
def test_reader_phrase_links(text, words, links):
    ph = parse_phrase(text, "<t>", 1)
    assert ph.words == words and ph.links == links


@pytest.mark.parametrize("text,want", [("950601", date(1995, 6, 1)), ("20100109", date(2010, 1, 9)),
                                       ("290101", date(2029, 1, 1))])
def test_reader_dates(text, want):
    assert parse_date(text, "<t>", 1) == want


# ---------------------------------------------------------------- actors


def test_actors_synonyms_and_codes():
    entries = {str(e.root): e for e in parse_actors((DICTS / "sample.actors.txt").read_text())}
    assert entries["VALORIA"].default == "VAL"
    assert [str(p) for p in entries["KESTRIA"].synonyms] == ["KESTRIAN", "NORTH_PORT"]
    assert entries["THE_TRIAD"].codes_on(None) == ("VAL", "KES", "OST")
    assert entries["PETRA_VOSS"].codes_on(None) == ()


@pytest.mark.parametrize("day,code", [
    (date(2009, 12, 31), "KESOPP"),
    (date(2010, 1, 1), "KESGOV"),
    (date(2014, 12, 31), "KESGOV"),
    (date(2016, 3, 1), "KESELI"),
    (None, "---"),  # no date, no default: nothing
])
def test_actors_date_restrictions(day, code):
    entries = {str(e.root): e for e in parse_actors((DICTS / "sample.actors.txt").read_text())}
    assert entries["MARA ILVEN"].code_on(day) == code


def test_actors_default_applies_outside_restrictions():
    entries = {str(e.root): e for e in parse_actors((DICTS / "sample.actors.txt").read_text())}
    assert entries["TOMAS_REY"].code_on(date(2001, 5, 5)) == "OSTMIL"
    assert entries["TOMAS_REY"].code_on(date(2010, 5, 5)) == "OST"


@pytest.mark.parametrize("text,message", [
    ("ALPHA\n  [ALP 20010101-19990101]\n", "ends before"),
    ("ALPHA [ALP\n", "unbalanced"),
    ("  [ALP]\n", "before any actor"),
    ("ALPHA\n  [ALP <2001x]\n", "bad actor code"),
])
def test_actors_bad_lines_raise_with_line(text, message):
    with pytest.raises(DictionaryError) as err:
        parse_actors(text, "x.actors.txt")
    assert message in str(err.value) and "x.actors.txt:" in str(err.value)


# ---------------------------------------------------------------- agents


def test_agents_suffix_prefix_plural_and_substitution():
    agents = parse_agents((DICTS / "sample.agents.txt").read_text())
    by = {str(a.phrase): a for a in agents}
    assert by["GOVERNMENT"].code == "GOV" and not by["GOVERNMENT"].prefix
    assert "GOVERNMENTS" in by  # regular plural made
    assert "POLICES" not in by  # {} = no plural
    assert "ARMIES" in by and "ARMYS" not in by  # listed irregular plural
    assert by["RELIEF_AGENCY"].prefix and by["RELIEF_AGENCY"].code == "NGO"
    assert {"PEACE_ENVOY", "PEACE_ENVOYS", "PEACE_EMISSARY"} <= set(by)


@pytest.mark.parametrize("line", ["COP [GOV]\n", "COP [~G~OV]\n", "!X!_MAN [~GOV]\n"])
def test_agents_bad_lines_raise(line):
    with pytest.raises(DictionaryError):
        parse_agents(line)


@pytest.mark.parametrize("actors,agents,want", [
    (["ARN"], [("GOV", False)], ["ARNGOV"]),
    (["USAGOV"], [("GOV", False)], ["USAGOV"]),  # not repeated
    (["ARN"], [("NGO", True), ("GOV", False)], ["NGOARNGOV"]),
    (["DNK"], [("MUS", False), ("MED", False)], ["DNKMUSMED"]),
    (["---"], [("REL", False)], ["---REL"]),
])
def test_agents_compose(actors, agents, want):
    ags = [AgentEntry(parse_phrase("X", "<t>", 1), c, p) for c, p in agents]
    assert compose(actors, ags) == want


# ---------------------------------------------------------------- verbs


def test_verbs_blocks_forms_and_patterns():
    vd = load_verbs((DICTS / "sample.verbs.txt").read_text())
    form, entry = vd.lookup("CONDEMNED")[0]
    assert vd.code_of(entry) == "122"
    assert [p.code for p in vd.patterns_of(entry)] == ["1221"]
    assert vd.lookup("MET") and not vd.lookup("MEETED")  # listed forms replace generated ones
    crack = [f for f, e in vd.lookup("CRACKED") if f.after == ("DOWN",)]
    assert crack and vd.code_of(vd.lookup("CRACKED")[0][1]) == "175"
    send = vd.lookup("SENT")[0][1]
    pats = vd.patterns_of(send)
    assert pats[0].size >= pats[-1].size  # longest first
    kinds = [e.kind for p in pats for e in p.elements]
    assert "synset" in kinds and "target" in kinds


def test_verbs_synsets_get_plurals_unless_marked():
    vd = load_verbs((DICTS / "sample.verbs.txt").read_text())
    members = vd.synset_phrases("&AIDTYPES")
    assert ("FOODS",) in members and ("TENT",) in members and ("TENTS",) not in members


def test_verbs_accuse_passive_pattern_markers():
    vd = load_verbs((DICTS / "sample.verbs.txt").read_text())
    pat = vd.patterns_of(vd.lookup("ACCUSE")[0][1])[0]
    assert [e.kind for e in pat.upper] == ["target", "word"]
    assert pat.upper_links == (" ", "_")
    assert [e.kind for e in pat.lower] == ["word", "source"]


@pytest.mark.parametrize("text", ["--- X [010] ---\nX\n- * Y * [011]\n", "- * Y [011]\n",
                                  "--- X [010] ---\nX\n- * Y\n"])
def test_verbs_bad_patterns_raise(text):
    with pytest.raises(DictionaryError):
        load_verbs(text)


def test_verbs_undefined_synset_skipped_with_warning():
    vd = load_verbs("--- X [010] ---\nX\n- * &NOPE [011]\n- * Y [012]\n")
    assert [p.code for p in vd.blocks[0].patterns] == ["012"]
    assert any("undefined synset" in w for w in vd.warnings)


@pytest.mark.parametrize("code,want", [("032:033", [("032", False), ("033", True)]),
                                       ("122", [("122", False)])])
def test_verbs_paired_codes(code, want):
    assert split_paired(code) == want


# ---------------------------------------------------------------- discards and files


def test_discards_story_and_sentence_levels():
    dl = DiscardList(tuple(parse_discards((DICTS / "sample.discards.txt").read_text())))
    assert dl.match("THE FOOTBALL MATCH ENDED").story is False
    assert dl.match("AT THE CHESS OLYMPIAD TODAY").story is True
    assert dl.match("A MATCH OF FOOTBALL") is None


def test_files_found_by_kind():
    found = find_dictionary_files(DICTS)
    assert {k: len(v) for k, v in found.items()} == {"actors": 1, "agents": 1, "verbs": 1,
                                                      "discards": 1}


# ---------------------------------------------------------------- matching


def _tok(i, text, ws=" "):
    return SimpleNamespace(i=i, text=text, whitespace_=ws, is_space=False)


def test_matching_hyphen_pieces_glued():
    toks = [_tok(0, "anti", ""), _tok(1, "-", " "), _tok(2, "Barad", ""), _tok(3, "-", ""),
            _tok(4, "dur", " ")]
    assert [w.text for w in sentence_words(toks)] == ["ANTI-", "BARAD-DUR"]


@pytest.mark.parametrize("phrase,text,hit", [
    ("LAKE LEAGUE", "LAKE TRADE LEAGUE", True),   # blank: a word may come between
    ("LAKE_LEAGUE", "LAKE TRADE LEAGUE", False),  # '_': adjacent only
    ("LAKE LEAGUE", "LAKE , LEAGUE", False),      # never across punctuation
])
def test_matching_links(phrase, text, hit):
    words = [Word(w, (i,)) for i, w in enumerate(text.split())]
    assert (match_phrase(parse_phrase(phrase, "<t>", 1), words, 0) is not None) == hit


def test_matching_longest_phrase_wins():
    idx = PhraseIndex([(parse_phrase("NORTH", "<t>", 1), "n"),
                       (parse_phrase("NORTH_PORT", "<t>", 1), "np")])
    words = [Word(w, (i,)) for i, w in enumerate("NORTH PORT TODAY".split())]
    assert [m.payload for m in idx.find_all(words)] == ["np"]


# ---------------------------------------------------------------- the coder


def _code(pipeline, bundle, text, day=None):
    return sorted(e.triple for e in code_doc(bundle, pipeline.nlp(text), day))


@pytest.mark.parametrize("text,want", [
    ("Valoria condemned Kestria on Monday.", [("VAL", "KES", "122")]),
    ("Ostmark was condemned by Valoria on Tuesday.", [("VAL", "OST", "122")]),
    ("Valoria and Kestria condemned Ostmark after the incident.",
     [("KES", "OST", "122"), ("VAL", "OST", "122")]),
    ("The Valorian government condemned violence by Kestrian soldiers in Ostmark.",
     [("VALGOV", "KESMIL", "1221")]),
    ("Kestria's president visited Ostmark last week.",
     [("KESGOV", "OST", "032"), ("OST", "KESGOV", "033")]),
    ("Valoria sent food to Kestria.", [("VAL", "KES", "073")]),
    ("Valoria sent troops to Kestria.", [("VAL", "KES", "1721")]),
    ("A relief agency from Ostmark praised the Kestrian police.", [("NGOOST", "KESCOP", "051")]),
    ("The Triad condemned Lake League.",
     [("KES", "IGOLKL", "122"), ("OST", "IGOLKL", "122"), ("VAL", "IGOLKL", "122")]),
    ("Kestria cracked down on Ostmark protesters.", [("KES", "OST", "175")]),
    ("Ostmark was accused by Valoria of smuggling.", [("VAL", "OST", "1121")]),  # $ and +
    ("Kestria denies that it threatened Valoria.", [("KES", "VAL", "138")]),  # "it" = Kestria
    ("The Valorian army and police threatened Kestria.",
     [("VALCOP", "KES", "138"), ("VALMIL", "KES", "138")]),  # coordinated agents share VAL
])
def test_coder_sentences(pipeline, bundle, text, want):
    assert _code(pipeline, bundle, text) == want


@pytest.mark.parametrize("text", [
    "Petra Voss condemned Kestria.",                       # an actor coded [---]
    "Kestria denounced the Valorian football match result.",  # sentence discard
    "The river rose after heavy rain in the valley.",       # no actor, no verb
    "Valoria praised the weather.",                         # no target
])
def test_coder_codes_nothing(pipeline, bundle, text):
    assert _code(pipeline, bundle, text) == []


def test_coder_story_discard_stops_every_sentence(pipeline, bundle):
    text = "Valoria condemned Kestria. The chess olympiad opened in Ostmark."
    assert _code(pipeline, bundle, text) == []


@pytest.mark.parametrize("day,source", [
    (date(2008, 5, 1), "KESOPP"), (date(2012, 5, 1), "KESGOV"), (date(2016, 5, 1), "KESELI")])
def test_coder_uses_the_record_date(pipeline, bundle, day, source):
    got = _code(pipeline, bundle, "Mara Ilven condemned Ostmark's foreign minister.", day)
    assert got == [(source, "OSTGOVFRM", "122")]


def test_coder_flags_negated_verbs(pipeline, bundle):
    events = code_doc(bundle, pipeline.nlp("Kestria did not condemn Ostmark."))
    assert [(e.triple, e.negated) for e in events] == [(("KES", "OST", "122"), True)]


@pytest.mark.parametrize("text,require_dyad,want", [
    ("Valoria threatened on Monday.", True, []),
    ("Valoria threatened on Monday.", False, [("VAL", "---", "138")]),
    ("Valoria threatened the weather.", False, []),  # an object we cannot code is not no one
])
def test_coder_require_dyad_option(pipeline, bundle, text, require_dyad, want):
    events = code_doc(bundle, pipeline.nlp(text), require_dyad=require_dyad)
    assert sorted(e.triple for e in events) == want

