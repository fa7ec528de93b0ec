"""The pipeline stage tests test the codebook rules, so they run with the learned override
switched off (``DATELINE_FRAME_VOTE=0``): their probe tables and targeted cases state what the
rules must do on our own wording. The whole system, override on, is scored by
tests/test_corpus_scores.py and tests/test_worked_example.py; the override itself by
tests/classify/test_frames.py. What the override costs on the probe tables is in
docs/classifier.md."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dateline.classify.vote import FRAME_VOTE_SWITCH


@pytest.fixture(autouse=True)
def rules_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(FRAME_VOTE_SWITCH, "0")
    yield
