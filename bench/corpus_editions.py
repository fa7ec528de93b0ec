"""Scores of the development corpus per edition and split, in one pipeline run.

Usage: .venv/bin/python bench/corpus_editions.py [GOLD.jsonl] [--json OUT]

Each gold record's ``batch`` (its source file's number) places it in an edition
(``corpus/dev/editions.json``). An edition's test split is text no stage was tuned on; the
later editions were written blind to the system, so their test splits measure how the rules
carry over to new wording. Prints one column per edition x split, and the whole corpus.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from dateline.evaluate import evaluate_documents
from dateline.evaluation.gold import load_gold
from dateline.pipeline import process

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "dev" / "gold.jsonl"
EDITIONS_FILE = ROOT / "corpus" / "dev" / "editions.json"


def editions() -> dict[str, str]:
    """Edition name -> its first batch, in corpus order."""
    found = json.loads(EDITIONS_FILE.read_text(encoding="utf-8"))
    return {name: first for name, first in found.items() if not name.startswith("_")}


def edition_of(batch: str) -> str:
    """The edition a source batch belongs to (the latest whose first batch is <= it)."""
    return max((first, name) for name, first in editions().items() if first <= batch)[1]


def scores_by_edition(gold_path: Path) -> dict[str, dict[str, float]]:
    records = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()
               if line]
    edition = {r["id"]: edition_of(r["batch"]) for r in records}
    gold = load_gold(gold_path, "all")
    pairs = list(zip(gold, process(g.article for g in gold), strict=True))
    columns = [(e, s) for e in editions() for s in ("dev", "test")]
    columns += [("whole", "dev"), ("whole", "test")]
    out = {}
    for name, split in columns:
        chosen = [(g, d) for g, d in pairs if g.split == split
                  and name in ("whole", edition[g.article.id])]
        if chosen:
            scores = evaluate_documents([g for g, _ in chosen], [d for _, d in chosen])
            out[f"{name} {split}"] = {k: round(v, 3) for k, v in scores.metrics.items()}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--json", type=Path, help="also write the scores here")
    args = parser.parse_args()
    out = scores_by_edition(args.gold)
    metrics = list(next(iter(out.values())))
    print(f"{'':24}" + "".join(f"{column:>13}" for column in out))
    for metric in metrics:
        print(f"{metric:24}" + "".join(f"{out[c].get(metric, float('nan')):>13.3f}" for c in out))
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
