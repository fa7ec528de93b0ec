"""Speed of the sub-event classifier: model load time and descriptions/s on one core.

Usage: .venv/bin/python bench/classify_bench.py [--n 5000]

Texts are the classifier corpus's held-out descriptions (all registers), repeated to N. The
target (docs/classifier.md) is >= 1,000 descriptions/s and a load under 1 s.

With --ucdp, also a sanity check on real headlines written by others: the UCDP GED sample's
``source_headline`` (every row is a deadly event of organised violence), reporting the share
classified as political violence (Battles, Explosions/Remote violence, Violence against
civilians), overall and per UCDP type of violence (1 state-based, 2 non-state, 3 one-sided).
"""

from __future__ import annotations

import argparse
import csv
import os
import time
from collections import Counter
from pathlib import Path

from dateline.classify import classify_texts
from dateline.classify.cues import clear_cue_caches
from dateline.classify.evaluation import load_corpus
from dateline.classify.model import shipped_model

ROOT = Path(__file__).resolve().parents[1]
UCDP = ROOT.parent / "shared" / "data" / "ucdp-ged-sample" / "ucdp_ged231_sample1000.csv"
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--batch", type=int, default=256)
    parser.add_argument("--ucdp", type=Path, nargs="?", const=UCDP, default=None,
                        help="also score UCDP GED headlines (default path: ../shared/data)")
    args = parser.parse_args()
    if args.ucdp:
        ucdp_check(args.ucdp)
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


def ucdp_check(path: Path) -> None:
    """Share of real UCDP headlines (>= 4 words, first of ';'-joined ones) read as violence."""
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if _descriptive(r["source_headline"])]
    headlines = [r["source_headline"].split(";")[0] for r in rows]
    types = [p.event_type for p in classify_texts(headlines)]
    share = sum(t in VIOLENT for t in types) / len(types)
    print(f"UCDP headlines: {len(rows)}, classified as political violence: {share:.3f}")
    for kind in sorted({r["type_of_violence"] for r in rows}):
        mine = [t for r, t in zip(rows, types, strict=True) if r["type_of_violence"] == kind]
        print(f"  UCDP type {kind}: n={len(mine)} {Counter(mine).most_common(4)}")


def _descriptive(headline: str) -> bool:
    """Skip empty, one-to-three-word and "Incident #123" headlines: nothing to classify."""
    return len(headline.split()) >= 4 and not headline.startswith("Incident")


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
