"""Guards against speed regressions (CPU time, so a busy machine doesn't make them flaky).

The targets (>= 1,000 descriptions/s on one core, load < 1 s) are measured by
bench/classify_bench.py; these floors sit well under them.
"""

from __future__ import annotations

import time

from dateline.classify import classify_texts
from dateline.classify.cues import clear_cue_caches
from dateline.classify.model import MODEL_FILE, load_model
from dateline.resources import data_path


def test_model_loads_quickly() -> None:
    start = time.process_time()
    with data_path(MODEL_FILE).open("rb") as fh:
        load_model(fh)
    assert time.process_time() - start < 1.0


def test_throughput_floor() -> None:
    texts = [
        f"On {d} June 2019, militants ambushed an army patrol near village {d}, killing "
        f"{d + 2} soldiers, and then withdrew toward the hills, officials said."
        for d in range(600)
    ]
    classify_texts(texts[:1])
    clear_cue_caches()
    start = time.process_time()
    classify_texts(texts)
    assert len(texts) / (time.process_time() - start) > 500
