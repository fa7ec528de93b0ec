"""classify_texts / classify_proba on the shipped model: contract, NONE negatives, rules."""

from __future__ import annotations

import math

import pytest

from dateline.classify import Prediction, classify_proba, classify_texts
from dateline.taxonomy import NONE, sub_event_types


def test_contract_fields_and_types() -> None:
    [prediction] = classify_texts(["Gunmen shot dead five villagers in a night raid."])
    assert isinstance(prediction, Prediction)
    assert prediction.sub_event_type == "Attack"
    assert prediction.event_type == sub_event_types()["Attack"].event_type
    assert 0.0 < prediction.score <= 1.0


def test_empty_input() -> None:
    assert classify_texts([]) == []
    assert classify_proba([]) == []


def test_proba_covers_every_label_and_sums_to_one() -> None:
    texts = ["Police dispersed the rally with tear gas.", "The weather was fine."]
    for proba in classify_proba(texts):
        assert set(proba) == {*sub_event_types(), NONE}
        assert math.isclose(sum(proba.values()), 1.0, rel_tol=1e-6)


def test_prediction_is_the_argmax_of_proba() -> None:
    texts = ["Rebels captured the district capital after the army fled.",
             "Thousands marched peacefully through the capital against price rises."]
    for proba, prediction in zip(classify_proba(texts), classify_texts(texts), strict=True):
        assert prediction.sub_event_type == max(proba, key=proba.__getitem__)
        assert math.isclose(prediction.score, proba[prediction.sub_event_type])


def test_decisive_rule_wins_with_a_high_score() -> None:
    [prediction] = classify_texts(["A suicide bomber struck a wedding party in the north."])
    assert prediction.sub_event_type == "Suicide bomb"
    assert prediction.score >= 0.9


@pytest.mark.parametrize(
    "text",
    [
        "A bus collided with a lorry on the highway, killing 14 passengers.",
        "An earthquake of magnitude 6.8 struck the mountain region overnight.",
        "Floods swept through the river valley, killing dozens and displacing thousands.",
        "The two presidents met in the capital to discuss a trade agreement on fisheries.",
        "The supreme court ruled that the election could go ahead in March.",
        "Voters queued from dawn to cast their ballots in the presidential election.",
        "A man stabbed his neighbour to death in a quarrel over a debt.",
        "The home side's attack overwhelmed the visitors, who lost 4-0 at the stadium.",
        "Residents commemorated the anniversary of the 1994 massacre with a silent walk.",
        "The rebels threatened to attack the capital if their demands were not met.",
        "A fire broke out at a textile factory, killing 12 workers.",
    ],
)
def test_hard_negatives_are_none(text: str) -> None:
    [prediction] = classify_texts([text])
    assert prediction.sub_event_type == NONE
    assert prediction.event_type == NONE


def test_batch_order_is_preserved() -> None:
    texts = [
        "Warplanes bombed the market.", "A landslide buried homes.", "Gunmen kidnapped a priest.",
    ]
    labels = [p.sub_event_type for p in classify_texts(texts)]
    assert labels == ["Air/drone strike", NONE, "Abduction/forced disappearance"]


def test_text_without_words_is_none() -> None:
    predictions = classify_texts(["", "   ", "12345"])
    assert [p.sub_event_type for p in predictions] == [NONE, NONE, NONE]
