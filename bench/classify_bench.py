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
    start = time.perf_counter()
    for i in range(0, len(texts), args.batch):
        classify_texts(texts[i : i + args.batch])
    elapsed = time.perf_counter() - start
    words = sum(len(t.split()) for t in texts)
    print(f"load: {load:.2f} s")
    print(f"{len(texts)} descriptions ({words / len(texts):.0f} words avg) in {elapsed:.2f} s: "
          f"{len(texts) / elapsed:,.0f} descriptions/s on one core (batches of {args.batch})")


if __name__ == "__main__":
    main()
