"""Deduplication through the real store on what the NLP pipeline extracted (not on the records
it should produce): a snapshot of its event records for every test article
(``corpus/dedup/extracted-2026-11-26.json``, written by ``dedup_eval --cache``), replayed
through ingest, candidate search, complete linkage and fusion. The pipeline changes under the
store; the snapshot does not, so these floors measure the store's rules on realistic
extraction errors (namesakes, missing places, generic actors, confused event types)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.store.dedup_eval import evaluate_end_to_end, load_testset

TESTSET = Path(__file__).resolve().parents[2] / "corpus" / "dedup"
SNAPSHOT = TESTSET / "extracted-2026-11-26.json"
# File order on the snapshot; before round 4's rules (commit 292807b) in brackets.
PIPELINE_FLOORS = {  # split: (precision, recall)
    "reports": (0.98, 0.88),  # 1.000 / 0.902 (1.000 / 0.918: a Kharkiv strike TASS dated a
    # day late and read as a clash now needs a shared non-state actor to bridge the day)
    "reports2": (0.98, 0.79),  # 1.000 / 0.811 (1.000 / 0.774)
    "reports3": (0.98, 0.98),  # 1.000 / 1.000 (1.000 / 0.700)
    "reports4": (0.88, 0.63),  # 0.905 / 0.655 (0.895 / 0.586); an arrest read as a protest
    "holdout": (0.98, 0.52),  # 1.000 / 0.536 (1.000 / 0.500); scored, never studied
}


@pytest.fixture(scope="module")
def snapshot() -> dict[str, list[dict[str, object]]]:
    return dict(json.loads(SNAPSHOT.read_text(encoding="utf-8")))


@pytest.mark.parametrize("split", sorted(PIPELINE_FLOORS))
def test_dedup_through_the_store_on_extracted_records(
    split: str, snapshot: dict[str, list[dict[str, object]]], tmp_path: Path
) -> None:
    reports = load_testset(TESTSET, split)
    result = evaluate_end_to_end(reports, str(tmp_path / "e2e.sqlite"), snapshot)  # type: ignore[arg-type]
    precision, recall = PIPELINE_FLOORS[split]
    assert len(result.scored) >= 0.8 * len(reports)  # the snapshot covers the test set
    assert result.scores.precision >= precision, result.scores
    assert result.scores.recall >= recall, result.scores
