"""The development corpus (corpus/dev/gold.jsonl): its validity, its coverage, and score floors.

The floors are what the pipeline measured when they were set, a little below; raise them as
the pipeline improves, never lower them (docs/corpus.md).
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dateline.evaluate import evaluate_corpus
from dateline.evaluation.scoring import Scores
from dateline.inputs import InputError, ReadOptions, read_inputs
from dateline.taxonomy import event_types, sub_event_types

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "dev" / "gold.jsonl"
REGISTERS = {"note", "wire", "headline", "local", "feature"}
EVENT_KEYS = {
    "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "inter1", "inter2", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "fatalities", "civilian_targeting", "disputed",
}  # fmt: skip

# Measured on the whole corpus (split "all", 362 articles) at 04:51 UTC on 26 Nov, minus ~0.025
# (null_articles_clean: minus two of its 39 articles); no floor was lowered. Raise them as the
# pipeline improves (docs/corpus.md lists the measurements).
FLOORS: dict[str, float] = {
    "detection_precision": 0.93,
    "detection_recall": 0.90,
    "detection_f1": 0.91,
    "event_type": 0.89,
    "sub_event_type": 0.85,
    "sub_event_type_f1": 0.85,
    "sub_event_type_f1_e2e": 0.79,
    "event_date": 0.93,
    "time_precision": 0.94,
    "location_25km": 0.67,
    "geo_precision": 0.64,
    "admin1": 0.69,
    "country": 0.85,
    "fatalities": 0.83,
    "actor1": 0.70,
    "actor2": 0.66,
    "civilian_targeting": 0.89,
    "disputed": 0.94,
    "null_articles_clean": 0.87,
}


def _records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]


def _events() -> list[dict[str, Any]]:
    return [event for record in _records() for event in record["events"]]


def test_corpus_articles_are_well_formed() -> None:
    records = _records()
    assert len({r["id"] for r in records}) == len(records), "article ids must be unique"
    for r in records:
        assert r["text"].strip() and r["register"] in REGISTERS, r["id"]
        assert r["split"] in ("dev", "test"), r["id"]
        date.fromisoformat(r["published"])


def test_corpus_events_follow_the_codebook() -> None:
    taxonomy = sub_event_types()
    for record in _records():
        published = date.fromisoformat(record["published"])
        for e in record["events"]:
            where = f"{record['id']}: {e}"
            assert set(e) == EVENT_KEYS, where
            assert e["sub_event_type"] in taxonomy, where
            assert taxonomy[e["sub_event_type"]].event_type == e["event_type"], where
            assert date.fromisoformat(e["event_date"]) <= published, where
            assert -90 <= e["latitude"] <= 90 and -180 <= e["longitude"] <= 180, where
            assert e["time_precision"] in (1, 2, 3) and e["geo_precision"] in (1, 2, 3), where
            assert 1 <= e["inter1"] <= 8 and 0 <= e["inter2"] <= 8, where
            assert (e["inter2"] == 0) == (e["actor2"] == ""), where
            assert e["fatalities"] >= 0 and e["actor1"] and e["country"], where
            if e["event_type"] == "Violence against civilians":
                assert e["civilian_targeting"], where


def test_corpus_coverage() -> None:
    records, events = _records(), _events()
    assert len(records) >= 200
    assert len({e["country"] for e in events}) >= 25
    assert len({e["sub_event_type"] for e in events}) >= 20
    assert {e["event_type"] for e in events} == set(event_types())
    empty = sum(not r["events"] for r in records)
    assert 0.08 <= empty / len(records) <= 0.15, "about 10% of articles have no codable event"
    splits = Counter((r["register"], r["split"]) for r in records)
    for register in REGISTERS:
        share = splits[(register, "test")] / (
            splits[(register, "test")] + splits[(register, "dev")]
        )
        assert 0.2 <= share <= 0.4, f"test share of {register} articles is {share:.2f}"


def test_corpus_is_a_valid_dateline_input() -> None:
    articles = list(read_inputs([str(CORPUS)], ReadOptions()))
    assert not [a for a in articles if isinstance(a, InputError)]
    assert len(articles) == len(_records())


@pytest.fixture(scope="module")
def corpus_scores() -> Scores:
    return evaluate_corpus(CORPUS, "all")


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_corpus_score_floor(corpus_scores: Scores, metric: str) -> None:
    assert corpus_scores.metrics[metric] >= FLOORS[metric], (
        f"{metric} fell to {corpus_scores.metrics[metric]:.3f} (floor {FLOORS[metric]})"
    )


def test_corpus_evaluation_covers_every_article(corpus_scores: Scores) -> None:
    assert corpus_scores.counts["articles"] == len(_records())
    assert corpus_scores.counts["gold_events"] == len(_events())
    assert corpus_scores.counts["articles_with_stage_failures"] == 0
