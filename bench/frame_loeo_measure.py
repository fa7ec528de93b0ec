"""Round 5 of learned typing: candidates by leave-one-edition-out on frozen frames (issue #4).

Usage: .venv/bin/python bench/frame_loeo_measure.py GOLD.jsonl CACHE.pkl [--probes-at COMMIT]

Reads the cache ``bench/frame_loeo_cache.py`` wrote (dev 01-74 + the eleventh edition's test
part; rules' frames, two votes off) and scores the pre-registered candidates of
docs/classifier.md ("Learned typing, round 5"): A (shipped two votes), A1 (frame model + probe
rows), A2 (A1, the model alone overrides at margin >= t, t by nested leave-one-edition-out),
A3 (A1 with balanced class weights), A4 (A1, the classifier's best or second-best agrees).
Cuts: every edition's dev part held out once (models of the other editions' dev frames),
pooled; and the fixed cut "dev 01-68 -> eleventh test part". Each candidate re-types the cached
events (actors follow the type), re-matches them to gold and is scored as ``dateline evaluate``.
Fits are cached by the set of editions left out, so the nested threshold search reuses them.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from collections.abc import Callable, Sequence
from functools import cache
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT / "bench"))
import corpus_editions  # noqa: E402
import train_frame_model  # noqa: E402  (the shipped recipe)
from frame_gate_measure import probe_rows, results, row  # noqa: E402

from dateline.classify.gate import may_replace  # noqa: E402
from dateline.classify.vote import two_votes  # noqa: E402
from dateline.evaluation.gold import GoldArticle, load_gold  # noqa: E402
from dateline.evaluation.scoring import ArticleResult, score_results  # noqa: E402
from dateline.taxonomy import NONE, sub_event  # noqa: E402

PROBES_AT = "02bd978"  # the probe tables as committed when the protocol was written
THRESHOLDS = (-0.5, -0.25, 0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, float("inf"))
CANDIDATES = ("A", "A1", "A2", "A3", "A4")
MODEL_OF = {"A": "frames", "A1": "probes", "A2": "probes", "A3": "balanced", "A4": "probes"}
FIXED = "eleventh"  # fixed cut: models without the eleventh edition, scored on its test part
Guess = tuple[str, float]  # the frame model's best type and its decision value


class Study:
    """The frozen cache, gold, and fitted models keyed by (variant, editions left out)."""

    def __init__(self, gold_path: Path, cache_path: Path, probes_at: str) -> None:
        with cache_path.open("rb") as handle:
            self.cache: dict[str, list[dict[str, Any]]] = pickle.load(handle)
        lines = [json.loads(x) for x in gold_path.read_text(encoding="utf-8").splitlines() if x]
        self.edition = {r["id"]: corpus_editions.edition_of(r["batch"]) for r in lines}
        self.gold = [g for g in load_gold(gold_path, "all") if g.article.id in self.cache]
        self.dev = [g for g in self.gold if g.split == "dev"]
        self.editions = [e for e in corpus_editions.editions()
                         if any(self.edition[g.article.id] == e for g in self.dev)]
        self.probes = probe_rows(probes_at)
        self.pairs = self._rule_pairs()
        self.texts = sorted({e["frame"]["text"] for v in self.cache.values() for e in v
                             if e["frame"] is not None})
        self.read = {e["frame"]["text"]: tuple(e["frame"]["read"]) for v in self.cache.values()
                     for e in v if e["frame"] is not None}  # the classifier's 2 best, frozen

    def _rule_pairs(self) -> dict[str, list[tuple[dict[str, Any], str]]]:
        """Per edition, (cached event, gold sub-type) of every matched pair of its dev part
        under the rules' typing: the training rows and the nested threshold's scored rows."""
        found: dict[str, list[tuple[dict[str, Any], str]]] = {}
        for res in results(self.dev, self.cache, lambda e: e["sub_type"]):
            events = self.cache[res.article_id]
            for g, p in res.match.pairs:
                if events[p]["frame"] is not None:
                    found.setdefault(self.edition[res.article_id], []).append(
                        (events[p], res.gold[g].sub_event_type))
        return found

    @cache  # noqa: B019  (one Study per run)
    def guesses(self, variant: str, left_out: frozenset[str]) -> dict[str, Guess]:
        """Best type and margin per cached frame text, model trained without ``left_out``."""
        rows = [(e["frame"]["text"], gold) for ed, pairs in self.pairs.items()
                if ed not in left_out for e, gold in pairs]
        if variant != "frames":
            rows += self.probes
        weight = "balanced" if variant == "balanced" else None
        model = train_frame_model.fit_frame_model([t for t, _ in rows], [g for _, g in rows],
                                                  class_weight=weight)
        scores = model.scores(self.texts)
        best = scores.argmax(axis=1)
        return {t: (model.classes[i], float(scores[n, i]))
                for n, (t, i) in enumerate(zip(self.texts, best, strict=True))}


def pick_for(study: Study, candidate: str, guesses: dict[str, Guess],
             threshold: float = float("inf")) -> Callable[[dict[str, Any]], str]:
    """The type ``candidate`` gives a cached event."""
    wide = candidate == "A4"
    alone = candidate == "A2"

    def pick(event: dict[str, Any]) -> str:
        frame = event["frame"]
        best, margin = guesses[frame["text"]]
        rule = frame["rule"]
        if (alone and rule is not None and best not in (NONE, rule) and margin >= threshold
                and may_replace(best, rule)):
            return best
        read = study.read[frame["text"]]
        agreed = best if best != NONE and (best == read[0] or (wide and best in read)) else None
        return two_votes(rule, agreed) or event["sub_type"]

    return pick


def nested_threshold(study: Study, outer: str) -> float:
    """A2's t for held-out ``outer``: each other edition scored by the A1 model trained
    without it and ``outer``; most right event types wins, ties to the higher t."""
    scored = []
    for inner in study.editions:
        if inner != outer:
            guesses = study.guesses("probes", frozenset({outer, inner}))
            scored += [(e, g, guesses) for e, g in study.pairs.get(inner, [])]

    def right(t: float) -> int:
        return sum(_etype(pick_for(study, "A2", guesses, t)(e)) == _etype(g)
                   for e, g, guesses in scored)

    return max(THRESHOLDS, key=lambda t: (right(t), t))


def _etype(sub_type: str) -> str:
    return sub_event(sub_type).event_type if sub_type != NONE else NONE


def score_set(study: Study, articles: Sequence[GoldArticle], outer: str,
              threshold: float) -> dict[str, list[ArticleResult]]:
    """Rules and every candidate on ``articles`` with models trained without ``outer``."""
    scored = {"rules": results(articles, study.cache, lambda e: e["sub_type"])}
    for candidate in CANDIDATES:
        guesses = study.guesses(MODEL_OF[candidate], frozenset({outer}))
        scored[candidate] = results(articles, study.cache,
                                    pick_for(study, candidate, guesses, threshold))
    return scored


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("cache", type=Path)
    parser.add_argument("--probes-at", default=PROBES_AT)
    args = parser.parse_args()
    started = time.perf_counter()
    study = Study(args.gold, args.cache, args.probes_at)
    print(f"{len(study.gold)} articles cached; {len(study.probes)} probe rows at "
          f"{args.probes_at}; editions {', '.join(study.editions)}")
    for outer, inner in combinations(study.editions, 2):  # warm the nested fits in order
        study.guesses("probes", frozenset({outer, inner}))
    pooled: dict[str, list[ArticleResult]] = {}
    for outer in study.editions:
        threshold = nested_threshold(study, outer)
        held = [g for g in study.dev if study.edition[g.article.id] == outer]
        print(f"\n{outer} dev held out: {len(held)} articles, A2 t={threshold}")
        for name, scored in score_set(study, held, outer, threshold).items():
            pooled.setdefault(name, []).extend(scored)
            print(row(name, scored))
        if outer == FIXED:
            fixed = [g for g in study.gold if g.split == "test"
                     and study.edition[g.article.id] == FIXED]
            print(f"\nFIXED CUT dev 01-68 -> {FIXED} test part: {len(fixed)} articles")
            for name, scored in score_set(study, fixed, outer, threshold).items():
                print(row(name, scored))
    print("\npooled leave-one-edition-out (every edition's dev part held out once)")
    for name, scored in pooled.items():
        print(row(name, scored))
    base = score_results(pooled["A"]).metrics
    for name in CANDIDATES[1:]:
        own = score_results(pooled[name]).metrics
        print(f"  {name} - A: " + "  ".join(f"{c} {own[c] - base[c]:+.3f}" for c in (
            "event_type", "sub_event_type_f1", "actor1")))
    print(f"wall time {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
