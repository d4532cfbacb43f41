"""The implied counterpart (events/counterpart.py): the target of a directed event whose text
names none is the party the article is about."""

import pytest

from newsevents.events.counterpart import counterpart_country
from newsevents.pipeline import annotate_texts

PUB = "2024-05-02"

MANY = {"ZMB": 5, "VEN": 4, "GUY": 4, "USA": 2}


@pytest.mark.parametrize("ranked, own, expected", [
    ([("GUY", 9), ("VEN", 5)], {"VEN"}, "GUY"),          # a foreign source: the country the story is about
    ([("GUY", 9), ("VEN", 5)], {"GUY"}, "VEN"),          # the story's own country, facing a second one
    ([("ZMB", 20), ("USA", 2)], {"ZMB"}, "ZMB"),         # a domestic story: its own country
    ([("ZMB", 20), ("USA", 2)], {"USA"}, "ZMB"),
    ([("VEN", 4), ("GUY", 4)], {"VEN", "GUY"}, None),    # two sources of the two countries: no one
    ([("ZMB", 20), ("USA", 2)], {None}, "ZMB"),          # an international body acting in Zambia
    ([], {"ZMB"}, None),
])
def test_counterpart_country(ranked, own, expected):
    assert counterpart_country(ranked, own, MANY) == expected


def test_a_country_named_in_one_sentence_is_no_counterpart():
    assert counterpart_country([("EGY", 3)], {"EGY"}, {"EGY": 1}) is None


def _events(pipeline, text):
    (x,) = annotate_texts(pipeline, [text], [PUB])
    return x.events


ZAMBIA = ("LUSAKA — Zambia's electoral commission on Monday declared the ruling party the winner of a "
          "disputed by-election in Lusaka's Kanyama constituency.\n\n"
          "Zambian police said the count had been peaceful. Zambia's interior minister praised the "
          "commission.\n\n")


@pytest.mark.slow
def test_a_domestic_refusal_is_aimed_at_its_own_country(pipeline):
    evs = [e for e in _events(pipeline, ZAMBIA + "The opposition rejected the result on Tuesday and called it a theft.")
           if e.plover.type == "REJECT"]
    assert evs and evs[0].target, evs
    (t,) = evs[0].target
    assert (t.country, t.role, t.text) == ("ZMB", "implied", ""), t


@pytest.mark.slow
def test_a_plan_gets_no_counterpart(pipeline):
    evs = [e for e in _events(pipeline, ZAMBIA + "The opposition said it would challenge the result in court next week.")
           if e.plover.type == "ACCUSE"]
    assert evs and evs[0].factuality == "future" and evs[0].target == [], evs


@pytest.mark.slow
def test_an_attack_in_a_two_country_story_is_aimed_at_the_other(pipeline):
    text = ("CARACAS — The International Court of Justice on Friday ordered Venezuela not to hold a "
            "referendum on the Essequibo region, which Guyana administers.\n\n"
            "Guyana welcomed the order. Guyana's president said Guyana would defend its borders. "
            "Venezuelan officials have long claimed the region.\n\n"
            "Venezuela's defence minister said on Saturday that Venezuelan soldiers had fired warning "
            "shots near the river.")
    evs = [e for e in _events(pipeline, text) if e.plover.type == "ASSAULT"]
    assert evs and [a.country for a in evs[0].source] == ["VEN"], evs
    assert [(a.country, a.role) for a in evs[0].target] == [("GUY", "implied")], evs


@pytest.mark.slow
def test_an_arrest_told_without_a_doer_is_by_the_other_side(pipeline):
    evs = [e for e in _events(pipeline, ZAMBIA + "Two opposition activists were arrested in Lusaka on Tuesday.")
           if e.plover.type == "COERCE"]
    assert evs and [(a.country, a.role) for a in evs[0].source] == [("ZMB", "implied")], evs
    assert [a.country for a in evs[0].target] == ["ZMB"] and evs[0].target[0].role != "implied", evs


@pytest.mark.slow
def test_a_show_of_force_in_a_two_country_story_is_aimed_at_the_other(pipeline):
    text = ("ASMARA — Ethiopia's prime minister said on Monday that Ethiopia would gain access to the Red Sea "
            "\"by peaceful means\", a day after Eritrea accused Ethiopia of planning an invasion.\n\n"
            "Ethiopian officials deny any such plan. Ethiopia's army moved troops north last month.\n\n"
            "Eritrea has called up reservists, a government statement said.")
    evs = [e for e in _events(pipeline, text) if e.plover.type == "MOBILIZE" and e.trigger.text == "called up"]
    assert evs and [a.country for a in evs[0].source] == ["ERI"], evs
    assert [(a.country, a.role) for a in evs[0].target] == [("ETH", "implied")], evs
