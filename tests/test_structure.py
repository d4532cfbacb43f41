from __future__ import annotations

import pytest

from newsevents.errors import NewsEventsError
from newsevents.ingest import iter_path
from newsevents.ingest.sources import RawArticle
from newsevents.structure import OffsetMap, structure_article

from conftest import FIXTURES, example_pairs


def _structure(path):
    (raw,) = list(iter_path(path))
    assert isinstance(raw, RawArticle), raw
    return structure_article(raw)


def test_structure_scraped_wire_report():
    a = _structure(FIXTURES / "scraped_march.txt")
    assert a.title == "Thousands march in Nairobi on anniversary of opposition leader's killing"
    assert a.subtitle.startswith("Marchers demanded a new inquiry")
    assert a.dateline.text == "NAIROBI" and a.dateline.agency == "AP"
    assert a.captions == [
        "Protesters carry portraits of the slain opposition leader through central Nairobi on March 3, 2021.",
        "A woman holds a candle during a vigil outside the law courts.",
    ]
    assert a.credits == ["Jane Roe/AFP", "AP Photo/John Doe"]
    assert a.contributors == ["Reuters staff"]
    assert a.bylines == ["Wanjiru Kamau"]
    assert a.body.startswith("Thousands of people marched through the Kenyan capital")
    assert a.body.endswith("has denied any government role in the killing.")
    for junk in ("Most Read", "newsletter", "cookies", "(Jane Roe/AFP)", "contributed"):
        assert junk not in a.body
    assert a.published == "2021-03-03" and a.published_basis == "text"
    kinds = [r.kind for r in a.removed]
    assert kinds.count("duplicate_caption") == 1 and "boilerplate" in kinds


def test_structure_body_offsets_point_into_text():
    a = _structure(FIXTURES / "scraped_march.txt")
    om = OffsetMap(a.body_spans)
    for word in ("Police fired tear gas", "Then-interior minister", "Justice for Ochieng"):
        b = a.body.index(word)
        s, e = om.span(b, b + len(word))
        assert a.text[s:e] == word


@pytest.mark.parametrize("published, basis", [(None, "dateline"), ("2021-03-05", "cli")])
def test_structure_published_from_dateline_or_cli(published, basis):
    raw = RawArticle(source="t", text=(
        "Ministers meet in Ankara\n"
        "Officials at the talks in Ankara on March 4, 2021. (Reuters/Umit Bektas)\n"
        "ANKARA, March 4 (Reuters) - Turkish and Greek ministers met in Ankara on Thursday to "
        "discuss the maritime dispute, officials said, and they agreed to hold another round.\n"))
    a = structure_article(raw, published=published)
    assert a.published_basis == basis
    assert a.published == (published or "2021-03-04")
    assert a.dateline.text == "ANKARA" and a.dateline.date_text == "March 4"


@pytest.mark.parametrize("line, place", [
    ("KYIV — Russian forces struck the city overnight.", "KYIV"),
    ("WASHINGTON (Reuters) - The Senate voted on Tuesday.", "WASHINGTON"),
    ("Dakar, Senegal — Protesters gathered on Friday.", "Dakar"),
    ("PORT-AU-PRINCE, Haiti (AP) — Gangs attacked a police station.", "PORT-AU-PRINCE"),
    ("NEW DELHI: The government said on Monday it would act.", "NEW DELHI"),
])
def test_structure_dateline_styles(line, place):
    a = structure_article(RawArticle(source="t", text="Headline here\n" + line + " More words follow here."))
    assert a.dateline is not None and a.dateline.text == place
    assert not a.body.startswith(place)


def test_structure_without_dateline_keeps_first_paragraph():
    text = ("A headline\nThe first paragraph of the body is here and it is long enough to count as one.\n\n"
            "A second paragraph follows with more words in it for the reader.\n")
    a = structure_article(RawArticle(source="t", text=text))
    assert a.dateline is None and a.subtitle is None
    assert a.body.startswith("The first paragraph")


def test_structure_rejects_non_english():
    text = ("Titular\nEl gobierno anunció el martes que las elecciones se celebrarán en marzo, "
            "según dijeron los funcionarios del ministerio a los periodistas en la capital del país "
            "mientras miles de personas marchaban por las calles para protestar contra la reforma.")
    with pytest.raises(NewsEventsError) as err:
        structure_article(RawArticle(source="t", text=text))
    assert err.value.code.value == "E005"


PAIRS = example_pairs()


@pytest.mark.parametrize("path, exp", PAIRS, ids=[p.stem for p, _ in PAIRS])
def test_structure_examples_expected_facts(path, exp):
    a = _structure(path)
    assert a.title == exp["title"]
    assert a.subtitle == exp["subtitle"]
    assert (a.dateline.text if a.dateline else None) == exp["dateline"]
    assert a.published == exp["published"]
    assert a.captions == exp["captions"]
    assert a.credits == exp["credits"]
    for name in exp["contributors"]:
        assert any(name in c or c in name for c in a.contributors), (name, a.contributors)
    assert a.body.startswith(exp["body_starts_with"])
    assert a.body.rstrip().endswith(exp["body_ends_with"])
    for junk in exp["body_excludes"]:
        assert junk not in a.body, junk


@pytest.mark.parametrize("tail", [
    "Related coverage:\nGhana's parliament approves budget after walkout\nTogo opposition calls new march\n\n"
    "The Associated Press receives support from several private foundations. AP is solely responsible for all content.",
    "Related coverage: Ethiopia and Somalia agree to restore ties after talks in Ankara\n\n"
    "Sign up for our weekly Africa newsletter to get the top stories from the continent in your inbox.",
])
def test_structure_related_coverage_and_funding_notes_are_boilerplate(tail):
    text = ("Protesters march in Lome\n\nLOME, Togo (AP) — Hundreds of people marched through Lome on Friday "
            "to demand the release of detained activists.\n\nPolice said the march was peaceful.\n\n" + tail)
    a = structure_article(RawArticle(source="test", text=text))
    assert a.body.endswith("Police said the march was peaceful."), a.body
    assert "boilerplate" in [r.kind for r in a.removed]
