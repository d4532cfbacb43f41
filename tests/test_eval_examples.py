"""The event coder on the sample corpus's expected facts (issue 3), via `newsevents eval examples`."""

from __future__ import annotations

import pytest

from newsevents.eval import get_suite

from conftest import EXAMPLES

# floors only go up; the measured figures are in docs/benchmarks.md
KEY_TYPE_FLOOR = 0.88  # key events found with the right PLOVER type
KEY_DYAD_FLOOR = 0.81  # … and the right source and target countries
PRECISION_FLOOR = 0.86  # output events that the exhaustive annotation confirms
# sides the text does not name (role "implied") that have the annotated country
IMPLIED_SIDE_FLOOR = 0.88
# the held-out sets (annotated without seeing the coder's rules; see examples/README.md for
# which were later used for development); set 5 has no exhaustive annotation, so no precision
HELDOUT_FLOORS = {
    "heldout": {"key_type_recall": 0.86, "key_dyad_recall": 0.78, "precision": 0.89},
    "heldout2": {"key_type_recall": 0.91, "key_dyad_recall": 0.84, "precision": 0.89},
    "heldout3": {"key_type_recall": 0.93, "key_dyad_recall": 0.88, "precision": 0.90},
    "heldout4": {"key_type_recall": 0.95, "key_dyad_recall": 0.87, "precision": 0.87},
    "heldout5": {"key_type_recall": 0.87, "key_dyad_recall": 0.79},
    "heldout6": {"key_type_recall": 0.87, "key_dyad_recall": 0.86, "precision": 0.86},
    "heldout7": {"key_type_recall": 0.90, "key_dyad_recall": 0.76, "precision": 0.90},
    # set 8's exhaustive annotation leaves out negated events, which the coder outputs (flagged)
    "heldout8": {"key_type_recall": 0.86, "key_dyad_recall": 0.80, "precision": 0.76},
    "heldout9": {"key_type_recall": 0.89, "key_dyad_recall": 0.79, "precision": 0.85},
    "heldout10": {"key_type_recall": 0.85, "key_dyad_recall": 0.79, "precision": 0.80},
    "heldout11": {"key_type_recall": 0.83, "key_dyad_recall": 0.69, "precision": 0.86},
    "heldout12": {"key_type_recall": 0.90, "key_dyad_recall": 0.78, "precision": 0.78},
    "heldout13": {"key_type_recall": 0.91, "key_dyad_recall": 0.80, "precision": 0.81},
    "heldout14": {"key_type_recall": 0.85, "key_dyad_recall": 0.75, "precision": 0.79},
    "heldout15": {"key_type_recall": 0.88, "key_dyad_recall": 0.71, "precision": 0.78},
    "heldout16": {"key_type_recall": 0.74, "key_dyad_recall": 0.66, "precision": 0.78},
    "heldout17": {"key_type_recall": 0.79, "key_dyad_recall": 0.72, "precision": 0.78},
    "heldout18": {"key_type_recall": 0.78, "key_dyad_recall": 0.69, "precision": 0.76},
    "heldout19": {"key_type_recall": 0.89, "key_dyad_recall": 0.76, "precision": 0.76},
    "heldout20": {"key_type_recall": 0.82, "key_dyad_recall": 0.70, "precision": 0.80},
    "heldout21": {"key_type_recall": 0.65, "key_dyad_recall": 0.54, "precision": 0.73},
    "heldout22": {"key_type_recall": 0.76, "key_dyad_recall": 0.62, "precision": 0.75},
}
# asserted events a set's annotator listed as non-events where this project's conventions code
# them (docs/benchmarks.md): (PLOVER type, trigger) per set; anything else fails
CONVENTION_DIFFERENCES = {
    # "would not recognise its verdicts": a refusal; "if the licence is not restored within 30
    # days, the company would take the dispute to international arbitration": an ultimatum
    "heldout5": {("REJECT", "recognise"), ("THREATEN", "take")},
    # "Brussels would not ease restrictions while Minsk continued to support Russia's war": a
    # refusal ("we will not shoot at our brothers and sisters" is restraint, no longer coded)
    "heldout6": {("REJECT", "ease")},
    # "would not send troops into Kosovo", "does not recognise its independence": refusals
    "heldout7": {("REJECT", "send"), ("REJECT", "recognise")},
    "heldout8": {("REJECT", "back down")},  # "said Hungary would not back down": a refusal to yield
    "heldout9": {("REJECT", "sign")},  # "will not sign the agreement until Armenia removes …": a refusal
    "heldout10": {("THREATEN", "prosecuted")},  # "said organisers … would be prosecuted": a threat (see set 14)
    # "said rallies near the station would be dispersed if they were held without permission": a threat
    "heldout13": {("THREATEN", "dispersed")},
    # "have said they will boycott the consultation": a threat made; "said … organisers would be
    # prosecuted": a prosecution foretold by the state is a threat against the organisers
    "heldout14": {("THREATEN", "boycott"), ("THREATEN", "prosecuted")},
    # "the bloc would begin withdrawing the mission's troops", said by the bloc's head: a promise
    "heldout15": {("AGREE", "withdrawing")},
    # "has not formally recognised the Taliban government", "we will not negotiate against
    # ourselves": refusals
    "heldout16": {("REJECT", "recognised"), ("REJECT", "negotiate")},
    # 'offered to help …, saying Kyiv was "ready to provide all the information"': an offer made
    "heldout17": {("AGREE", "provide")},
    "heldout18": {("REJECT", "freeze")},  # "said the central bank would not freeze their accounts": a refusal
    # "would not negotiate with Beijing over the case": a refusal; "was ready to send a delegation
    # to Washington to sign it": an offer made; "while Estonia ratified it in 2017": a true event
    # the scorer matches to Lithuania's "has never ratified it" by the shared word
    "heldout19": {("REJECT", "negotiate"), ("AGREE", "sign"), ("SUPPORT", "ratified")},
    "heldout21": {("REJECT", "recognised")},  # "Belgrade has never recognised the declaration": a refusal
    # '"If he cannot feed the people, he should step aside …," Hamzah said from the back of a lorry': the
    # demand that he step aside is made, whatever the condition
    "heldout22": {("REQUEST", "step")},
}
# asserted events that are the coder's own errors, known and documented (docs/benchmarks.md):
# "mutineers … announced on air that President Talon had been removed from power" reports a
# failed coup's claim as fact (the text tells that it failed only through the later charges)
# "described the group as convicted criminals 'so uniquely barbaric that their home countries
# refused to take them back'": a refusal told inside a description is coded as fact
KNOWN_ERRORS = {
    "heldout12": {("SANCTION", "removed")},
    "heldout16": {("REJECT", "refused")},
    # "had stopped on their way to Islamabad to rally outside the U.S. Embassy": a purpose clause
    # asserted; "he had instructed the national police and Interpol to detain Hernández": an
    # order to arrest coded as a threat of arrest
    "heldout18": {("PROTEST", "rally"), ("THREATEN", "detain")},
    # '"If I were not president, I would probably be out there marching with them," he said': a
    # counterfactual march coded as one
    "heldout20": {("PROTEST", "marching")},
    # "Nexperia risked being placed on an American export blacklist unless Zhang was replaced": a
    # risk coded as a listing
    "heldout22": {("SANCTION", "blacklist")},
}


@pytest.fixture(scope="module")
def examples_result(pipeline):
    return get_suite("examples")(EXAMPLES / "expected", pipeline=pipeline)


@pytest.mark.slow
def test_eval_examples_floors(examples_result):
    r = examples_result
    assert r["articles"] == len(list((EXAMPLES / "expected").glob("*.json")))
    assert r["key_type_recall"] >= KEY_TYPE_FLOOR
    assert r["key_dyad_recall"] >= KEY_DYAD_FLOOR
    assert r["precision"] >= PRECISION_FLOOR
    assert r["implied_side_accuracy"] >= IMPLIED_SIDE_FLOOR


@pytest.mark.slow
def test_eval_examples_no_negated_or_hypothetical_event_is_asserted(examples_result):
    bad = [e for e in examples_result["errors"] if "false_asserted" in e]
    assert bad == []


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(HELDOUT_FLOORS))
def test_eval_heldout_floors_and_no_false_assertions(pipeline, name):
    r = get_suite("examples")(EXAMPLES / name / "expected", pipeline=pipeline)
    assert r["articles"] == len(list((EXAMPLES / name / "expected").glob("*.json")))
    for key, floor in HELDOUT_FLOORS[name].items():
        assert r[key] >= floor, (key, r[key])
    false = {tuple(e["false_asserted"][:2]) for e in r["errors"] if "false_asserted" in e}
    assert false <= CONVENTION_DIFFERENCES.get(name, set()) | KNOWN_ERRORS.get(name, set()), false
