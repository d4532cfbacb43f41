from __future__ import annotations

from collections import Counter

import pytest

from newsevents.actors.lexicon import load_lexicon
from newsevents.events.ontology import load_cameo_plover, load_triggers
from newsevents.records import PLOVER_TYPES
from newsevents.resources import parse_tsv, read_tsv

from conftest import ROOT

# trigger rows whose type differs from their CAMEO code's type, documented in docs/ontology.md
TRIGGER_EXCEPTIONS = {"resign", "resignation", "step down", "abdicate"}
SECTORS = {"GOV", "MIL", "REB", "OPP", "CVL", "JUD", "LEG", "MED", "BUS", "IGO", "NGO", "REL",
           "COP", "SPY", "PTY", "LAB", "HLH", "EDU", "REF", "AGR", "ELI", "UAF", "CRM", "ENV",
           "SPT", "IMG", "MNC", "INS"}  # fmt: skip


def test_ontology_every_plover_type_has_triggers():
    types = Counter(e.plover_type for e in load_triggers().values())
    assert set(types) == set(PLOVER_TYPES)
    assert min(types.values()) >= 5


def test_ontology_trigger_codes_agree_with_mapping_table():
    table = load_cameo_plover()
    bad = [(e.lemma, e.cameo, e.plover_type, table.get(e.cameo))
           for e in load_triggers().values()
           if e.lemma not in TRIGGER_EXCEPTIONS
           and (e.cameo not in table or table[e.cameo][0] != e.plover_type)]
    assert bad == []


def test_ontology_no_duplicate_triggers():
    rows = read_tsv("triggers.tsv")
    dups = [k for k, n in Counter((r["lemma"], r["pos"]) for r in rows).items() if n > 1]
    assert dups == []


def test_ontology_mapping_table_shape():
    table = load_cameo_plover()
    assert len(table) >= 250
    for code, (ptype, _mode, name) in table.items():
        assert code.isdigit() and 2 <= len(code) <= 4 and name
        assert ptype is None or ptype in PLOVER_TYPES, code
        if len(code) > 2:  # every code has its root family
            assert code[:2] in table, code
    unmapped = [c for c, (t, _, _) in table.items() if t is None]
    assert all(c.startswith("01") for c in unmapped)  # only statements have no PLOVER type


def test_ontology_decisions_documented():
    doc = (ROOT / "docs" / "ontology.md").read_text(encoding="utf-8")
    for row in read_tsv("cameo_plover.tsv"):
        if row["note"].startswith("decision"):
            assert f"| {row['cameo']} |" in doc, row["cameo"]


def test_ontology_lexicon_codes_valid():
    lex = load_lexicon()
    assert len(lex.countries) >= 195
    assert all(len(c) == 3 and c.isupper() for c in lex.countries)
    assert {e.sector for e in lex.sectors.values()} <= SECTORS
    assert lex.country_names["u.s."] == "USA" and lex.adjectives["kenyan"] == "KEN"
    assert lex.capitals["nairobi"] == "KEN"


@pytest.mark.parametrize("text, error", [
    ("a\tb\n1\t2\t3\n", "3 columns"),
])
def test_ontology_tsv_errors_name_the_line(text, error):
    with pytest.raises(ValueError, match=error):
        parse_tsv(text, "x.tsv")


def test_ontology_example_annotations_follow_the_mapping_table():
    """The sample corpus's gold events use the same CAMEO→PLOVER decisions as the coder."""
    import json

    table = load_cameo_plover()
    bad = []
    for f in sorted((ROOT / "examples" / "expected").glob("*.json")):
        exp = json.loads(f.read_text(encoding="utf-8"))
        for g in exp.get("events", []) + exp.get("all_events", []):
            code = g.get("cameo")
            if code and (code not in table or table[code][0] != g["type"]):
                bad.append((f.stem, g["trigger"], code, g["type"]))
    assert not bad


def test_sector_lexicon_has_no_duplicate_terms_and_known_sectors():
    rows = read_tsv("sectors.tsv")
    dups = [k for k, n in Counter(r["term"] for r in rows).items() if n > 1]
    assert dups == []
    assert {r["sector"] for r in rows} <= SECTORS


def test_verb_object_patterns_agree_with_mapping_table():
    table = load_cameo_plover()
    rows = read_tsv("trigger_objects.tsv")
    bad = [(r["verbs"], r["cameo"], r["plover_type"]) for r in rows
           if r["cameo"] not in table or table[r["cameo"]][0] != r["plover_type"]]
    assert bad == []
