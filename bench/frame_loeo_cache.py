"""Freeze the pipeline's typed frames for the round-5 leave-one-edition-out measure (issue #4).

Usage: .venv/bin/python bench/frame_loeo_cache.py GOLD.jsonl CACHE.pkl

The round-3 cache (``bench/frame_gate_cache.py``: per event its frame text, rules' type and the
actors it would get under every sub-event type; two votes OFF, so the rules are what is frozen)
built over the DEV articles of batches 01-74 and the TEST articles of the eleventh edition
(batches 69-74: scored, never read or trained on). Batches 75+ (the twelfth and thirteenth
editions) are never run. One process (``workers=1``): the machine is shared. Run it on a
clean snapshot of committed code (``git archive HEAD src`` + ``PYTHONPATH``): other helpers
edit the working tree while it runs. The shipped classifier's two best types per frame are
frozen in it as well.
``bench/frame_loeo_measure.py`` scores the candidates on this cache.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import frame_gate_cache as fgc  # noqa: E402  (the round-3 hooks, reused unchanged)

from dateline.classify import classify_proba  # noqa: E402

LAST_BATCH = 74  # dev of 01-74 trains/measures; 75+ is blind this session
TEST_BATCHES = range(69, 75)  # the eleventh edition's test part: the fixed cut's scored set


def chosen_articles(path: Path) -> set[str]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return {r["id"] for r in records if int(r["batch"]) <= LAST_BATCH
            and (r["split"] == "dev" or int(r["batch"]) in TEST_BATCHES)}


def freeze_reads(cache: dict[str, list[dict[str, Any]]]) -> None:
    """Store the shipped classifier's two best types for each frame text (``read``), so the
    classifier's vote is frozen too (its cue rules are edited by other helpers)."""
    frames = [e["frame"] for events in cache.values() for e in events if e["frame"] is not None]
    texts = sorted({f["text"] for f in frames})
    ranked = {t: sorted(p, key=p.__getitem__, reverse=True)[:2]
              for t, p in zip(texts, classify_proba(texts), strict=True)}
    for frame in frames:
        frame["read"] = ranked[frame["text"]]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("cache", type=Path)
    args = parser.parse_args()
    started = time.perf_counter()
    cache = fgc.freeze_frames(args.gold, chosen_articles(args.gold), workers=1)
    freeze_reads(cache)
    with args.cache.open("wb") as handle:
        pickle.dump(cache, handle)
    print(f"{len(cache)} articles, {sum(map(len, cache.values()))} events cached "
          f"in {time.perf_counter() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
