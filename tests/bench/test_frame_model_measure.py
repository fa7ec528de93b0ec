"""The pieces of bench/frame_model_measure.py: editions, arbitration, the nested threshold."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "frame_model_measure.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("frame_model_measure_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("batch", "edition"), [("01", "first"), ("18", "first"),
                                                ("19", "second"), ("23", "second"),
                                                ("24", "third"), ("56", "eighth"),
                                                ("60", "ninth")])
def test_edition_of_batch(bench: ModuleType, batch: str, edition: str) -> None:
    # the bench reads editions through bench/corpus_editions.py (corpus/dev/editions.json)
    assert bench.corpus_editions.edition_of(batch) == edition


def test_arbitration_overrides_only_a_confident_disagreeing_model(bench: ModuleType) -> None:
    row = {"chosen": "Attack", "gold": "Armed clash"}
    assert bench.arbitrate(row, ("Armed clash", 0.9), 0.5) == "Armed clash"
    assert bench.arbitrate(row, ("Armed clash", 0.2), 0.5) == "Attack"
    assert bench.arbitrate(row, ("Attack", 2.0), 0.5) == "Attack"
    assert bench.arbitrate(row, ("Armed clash", 9.0), float("inf")) == "Attack"


def _rows(edition: str, chosen_right: bool) -> list[dict[str, Any]]:
    """Frames whose wording tells the type; the 'pipeline' is right or always says Attack."""
    texts = {"Peaceful protest": "{n} hundred people marched peacefully and chanted slogans",
             "Armed clash": "{n} soldiers and rebel fighters exchanged fire for hours",
             "Attack": "gunmen shot dead {n} villagers in their homes"}
    rows = []
    for label, text in texts.items():
        for n in ("two", "three", "five", "seven"):
            rows.append({"edition": edition, "text": text.format(n=n), "gold": label,
                         "chosen": label if chosen_right else "Attack",
                         "clf": {k: float(k == label) for k in texts}})
    return rows


def test_model_learns_wording_across_editions(bench: ModuleType) -> None:
    train = _rows("first", True) + _rows("second", True)
    test = _rows("third", False)
    guesses = bench.fit_predict(train, test, stack=False)
    assert [g[0] for g in guesses] == [r["gold"] for r in test]
    assert bench._accuracy(test, [g[0] for g in guesses]) == (1.0, 1.0)
    assert bench._accuracy(test, [r["chosen"] for r in test])[1] == pytest.approx(1 / 3)


def test_threshold_never_overrides_a_pipeline_that_is_always_right(bench: ModuleType) -> None:
    train = _rows("first", True) + _rows("second", True) + _rows("third", True)
    assert bench.choose_threshold(train, stack=False) == float("inf")


def test_threshold_overrides_a_pipeline_that_is_often_wrong(bench: ModuleType) -> None:
    train = _rows("first", False) + _rows("second", False) + _rows("third", False)
    assert bench.choose_threshold(train, stack=False) < float("inf")


def test_two_votes_override_only_when_the_shipped_classifier_agrees(bench: ModuleType) -> None:
    row = {"chosen": "Attack", "clf": {"Attack": 0.2, "Armed clash": 0.7, "NONE": 0.1}}
    assert bench.two_votes(row, ("Armed clash", -0.3)) == "Armed clash"
    assert bench.two_votes(row, ("Mob violence", 1.5)) == "Attack"
    assert bench.two_votes({**row, "chosen": "Armed clash"}, ("Armed clash", 1.0)) == "Armed clash"


def test_shipped_two_votes_replace_only_a_rules_type(bench: ModuleType) -> None:
    # --shipped: the pipeline's rule (classify.vote.two_votes), not the research one
    row = {"chosen": "Attack", "rule": "Attack", "clf": {"Attack": 0.2, "Armed clash": 0.7}}
    bench.SHIPPED["on"] = True
    try:
        assert bench.two_votes(row, ("Armed clash", -0.3)) == "Armed clash"
        assert bench.two_votes({**row, "rule": None}, ("Armed clash", 0.3)) == "Attack"
    finally:
        bench.SHIPPED["on"] = False
