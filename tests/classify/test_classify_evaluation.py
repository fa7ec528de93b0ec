"""Scoring (event-type accuracy, weighted F1, confusions) and corpus loading."""

from __future__ import annotations

import math
from pathlib import Path

from dateline.classify.evaluation import load_corpus, score

ROOT = Path(__file__).resolve().parents[2]


def test_score_by_hand() -> None:
    gold = ["Armed clash", "Armed clash", "Air/drone strike", "NONE"]
    pred = ["Armed clash", "Government regains territory", "Air/drone strike", "Armed clash"]
    scores = score(gold, pred)
    assert scores.n == 4
    # event types: Battles, Battles, Explosions, NONE vs Battles, Battles, Explosions, Battles
    assert math.isclose(scores.event_type_accuracy, 0.75)
    assert math.isclose(scores.sub_event_accuracy, 0.5)
    # F1: Armed clash p=1/2 r=1/2 -> 0.5 (x2); Air 1.0 (x1); NONE 0 (x1) -> 2/4
    assert math.isclose(scores.weighted_f1, 0.5)
    assert ("Armed clash", "Government regains territory", 1) in scores.worst_confusions


def test_corpus_splits_and_registers() -> None:
    examples = load_corpus(ROOT / "training" / "data")
    splits = {e.split for e in examples}
    assert splits == {"train", "test_in", "test_cross", "test_blind", "test_blind2", "test_blind3"}
    train_registers = {e.register for e in examples if e.split == "train"}
    assert train_registers == {"note", "wire", "feature"}  # headlines/local never trained on
    assert not train_registers & {e.register for e in examples if e.split == "test_cross"}
    blind = {e.text for e in examples if e.split.startswith("test_blind")}
    written = [e for e in examples if e.source == "handwritten" and e.text not in blind]
    assert len(written) >= 300
    texts = [e.text for e in examples if e.split == "train"]
    assert not set(texts) & {e.text for e in examples if e.split != "train"}
    assert len(blind) >= 290
