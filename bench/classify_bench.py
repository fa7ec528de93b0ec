"""Speed of the sub-event classifier: model load time and descriptions/s on one core.

Usage: .venv/bin/python bench/classify_bench.py [--n 5000]

Texts are the classifier corpus's held-out descriptions (all registers), repeated to N. The
target (docs/classifier.md) is >= 1,000 descriptions/s and a load under 1 s.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from dateline.classify import classify_texts
from dateline.classify.cues import clear_cue_caches
from dateline.classify.evaluation import load_corpus
from dateline.classify.model import shipped_model

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--batch", type=int, default=256)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the target says
    texts = [e.text for e in load_corpus(ROOT / "training" / "data") if e.split != "train"]
    texts = (texts * (args.n // len(texts) + 1))[: args.n]
    start = time.perf_counter()
    shipped_model()
    classify_texts(texts[:1])  # cue patterns compile on first use; count them as loading
    load = time.perf_counter() - start
    print(f"load: {load:.2f} s")
    long_texts = [t for t in texts if len(t.split()) >= 25]
    for name, sample in (("all held-out", texts), ("long (>= 25 words)", long_texts)):
        measure(name, (sample * (args.n // len(sample) + 1))[: args.n], args.batch)


def measure(name: str, texts: list[str], batch: int) -> None:
    start, cpu_start = time.perf_counter(), time.process_time()
    for i in range(0, len(texts), batch):
        clear_cue_caches()  # texts repeat here; real inputs don't, so don't let caches flatter
        classify_texts(texts[i : i + batch])
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    words = sum(len(t.split()) for t in texts) / len(texts)
    # CPU time is what one core spends; wall time also counts waiting for a busy machine
    print(f"{name}: {len(texts)} descriptions ({words:.0f} words avg): "
          f"{len(texts) / cpu:,.0f}/s per CPU-second, {len(texts) / elapsed:,.0f}/s wall "
          f"(batches of {batch})")


if __name__ == "__main__":
    main()
