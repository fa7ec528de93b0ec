"""Learned typing candidates on frozen frames: the pre-registered held-out measure (issue #4).

Usage: .venv/bin/python bench/frame_gate_measure.py GOLD.jsonl CACHE.pkl [--probes-at COMMIT]

Reads the cache ``bench/frame_gate_cache.py`` wrote from GOLD (the pipeline's events with,
per event, its frame text, the rules' type and the actors it would get under every type),
and scores ways of typing those events (docs/classifier.md, "Learned typing", rounds 3 and 4):

- A: two votes (frame model + shipped classifier against the rules), model of dev frames;
- B: two votes, model of dev frames + the typing probe sentences;
- C: model B's type decides every event where the codebook gate allows it for the actors
  (best, else second best), else the rules' type;
- C1, C2, C3 (round 4): the model's BEST type or the rules' type; C1 without the battle rule,
  C2 also checking the parties as the text names them and empty required slots
  (``gate.allows_named``, ``gate.empty_required``), C3 = C2 with the battle rule.

Two held-out sets: models trained on dev frames of batches 01-50 scored on the eighth
edition's TEST part (51-56), and trained on dev frames of batches 01-56 scored on the whole
ninth edition (57-62). Each candidate re-types the cached events (their actors follow the
type, as the events stage would give them), re-matches them to gold and is scored as
``dateline evaluate`` scores: event type, sub-type accuracy and weighted F1, actor1, actor2.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pickle
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))
import train_frame_model  # noqa: E402  (the shipped recipe)

from dateline.classify.classifier import classify_texts  # noqa: E402
from dateline.classify.frames import FrameModel  # noqa: E402
from dateline.classify.gate import (  # noqa: E402
    allowed,
    allows_named,
    empty_required,
    first_allowed,
)
from dateline.classify.vote import two_votes  # noqa: E402
from dateline.evaluation.gold import CodedEvent, GoldArticle, load_gold  # noqa: E402
from dateline.evaluation.scoring import ArticleResult, match_articles, score_results  # noqa: E402
from dateline.taxonomy import NONE, sub_event  # noqa: E402

PROBE_GLOB = "tests/pipeline/data/typing_probes*.tsv"
PROBES_AT = "36a9221"  # the probe tables as they stood when the protocol was written
SETS = (("eighth test", 50, range(51, 57), "test"), ("ninth all", 56, range(57, 63), "all"))
CANDIDATES = ("A", "B", "C", "C1", "C2", "C3")
COLUMNS = ("event_type", "sub_event_type", "sub_event_type_f1", "actor1", "actor2")
TOP_K = 2  # C: the model's best and second-best types are tried, then the rules'


def probe_rows(commit: str) -> list[tuple[str, str]]:
    """(text, label) of every labelled typing probe (NONE left out) at ``commit``."""
    listed = ["git", "ls-tree", "--name-only", commit, "tests/pipeline/data/"]
    names = subprocess.run(listed, cwd=ROOT, check=True, capture_output=True, text=True)
    rows = []
    for name in sorted(n for n in names.stdout.split() if Path(n).match(PROBE_GLOB)):
        shown = ["git", "show", f"{commit}:{name}"]
        table = subprocess.run(shown, cwd=ROOT, check=True, capture_output=True, text=True)
        rows += train_frame_model.parse_probes(table.stdout)
    return rows


def predicted(
    cache: dict[str, list[dict[str, Any]]], article_id: str, pick: Callable[[dict[str, Any]], str]
) -> list[CodedEvent]:
    """The article's cached events, each re-typed by ``pick`` with the actors of that type."""
    events = []
    for event in cache.get(article_id, []):
        coded = CodedEvent(**event["coded"])
        frame = event["frame"]
        chosen = pick(event) if frame is not None else event["sub_type"]
        if chosen != event["sub_type"]:
            actor1, _, actor2, _, civilians, *_ = frame["alt"][chosen]
            coded = dataclasses.replace(
                coded,
                sub_event_type=chosen,
                event_type=sub_event(chosen).event_type,
                actor1=actor1,
                actor2=actor2,
                civilian_targeting=civilians,
            )
        events.append(coded)
    return events


def results(
    gold: Sequence[GoldArticle],
    cache: dict[str, list[dict[str, Any]]],
    pick: Callable[[dict[str, Any]], str],
) -> list[ArticleResult]:
    return match_articles(
        (g.article.id, g.register, g.events, predicted(cache, g.article.id, pick)) for g in gold
    )


def training_rows(
    gold: Sequence[GoldArticle], cache: dict[str, list[dict[str, Any]]]
) -> list[tuple[str, str]]:
    """(frame text, gold sub-type) of every matched event, rules' types (as the trainer)."""
    rows = []
    for res in results(gold, cache, lambda e: e["sub_type"]):
        events = cache[res.article_id]
        for g, p in res.match.pairs:
            frame = events[p]["frame"]
            if frame is not None:
                rows.append((frame["text"], res.gold[g].sub_event_type))
    return rows


def pickers(
    events: Sequence[dict[str, Any]], models: dict[str, FrameModel]
) -> dict[str, Callable[[dict[str, Any]], str]]:
    """Per candidate, the type it gives a cached event."""
    texts = sorted({e["frame"]["text"] for e in events if e["frame"] is not None})
    read = dict(zip(texts, (p.sub_event_type for p in classify_texts(texts)), strict=True))
    ranked = {
        name: dict(zip(texts, m.ranked(texts, TOP_K), strict=True)) for name, m in models.items()
    }

    def voted(model: str) -> Callable[[dict[str, Any]], str]:
        def pick(event: dict[str, Any]) -> str:
            frame = event["frame"]
            best = ranked[model][frame["text"]][0]
            agreed = best if best == read[frame["text"]] and best != NONE else None
            return two_votes(frame["rule"], agreed) or event["sub_type"]

        return pick

    def gated(event: dict[str, Any]) -> str:
        frame = event["frame"]
        alt = frame["alt"]
        chosen = first_allowed(
            ranked["B"][frame["text"]][:TOP_K], lambda s: (alt[s][5], alt[s][6]), frame["rule"]
        )
        return chosen or event["sub_type"]

    def checked(named: bool, battle_rule: bool) -> Callable[[dict[str, Any]], str]:
        """C1 (no check of the named parties, no battle rule), C2 (named parties + empty
        required slots), C3 (C2 + the battle rule): the BEST type or the rules' type."""

        def pick(event: dict[str, Any]) -> str:
            frame = event["frame"]
            alt = frame["alt"]
            best = ranked["B"][frame["text"]][0]
            rule_type = frame["rule"] if battle_rule else None
            ok = allowed(best, (alt[best][5], alt[best][6]), rule_type)
            if ok and named:
                own = alt[event["sub_type"]]
                filled = (bool(own[0]), bool(own[2]))
                ok = allows_named(best, (frame["inter1"], frame["inter2"])) and not (
                    empty_required(best, (alt[best][5], alt[best][6]), filled)
                )
            return best if ok else event["sub_type"]

        return pick

    return {
        "A": voted("A"), "B": voted("B"), "C": gated,
        "C1": checked(False, False), "C2": checked(True, False), "C3": checked(True, True),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("cache", type=Path)
    parser.add_argument("--probes-at", default=PROBES_AT)
    args = parser.parse_args()
    started = time.perf_counter()
    with args.cache.open("rb") as handle:
        cache = pickle.load(handle)
    lines = [json.loads(x) for x in args.gold.read_text(encoding="utf-8").splitlines() if x]
    batch = {r["id"]: int(r["batch"]) for r in lines}
    gold = [g for g in load_gold(args.gold, "all") if g.article.id in cache]
    probes = probe_rows(args.probes_at)
    print(f"{len(gold)} articles cached, {len(probes)} probe rows at {args.probes_at}")
    pooled: dict[str, list[ArticleResult]] = {c: [] for c in CANDIDATES}
    rules: list[ArticleResult] = []
    for name, last, scored, split in SETS:
        train = training_rows(
            [g for g in gold if g.split == "dev" and batch[g.article.id] <= last], cache
        )
        fit = train_frame_model.fit_frame_model
        models = {
            "A": fit(*zip(*train, strict=True)),
            "B": fit(*zip(*(train + probes), strict=True)),
        }
        test = [g for g in gold if batch[g.article.id] in scored and split in ("all", g.split)]
        events = [e for g in test for e in cache[g.article.id]]
        picks = pickers(events, models)
        print(
            f"\n{name}: {len(test)} articles; trained on {len(train)} dev frames "
            f"(+{len(probes)} probes for B, C)"
        )
        base = results(test, cache, lambda e: e["sub_type"])
        rules += base
        print(row("rules", base))
        for candidate in CANDIDATES:
            scored_results = results(test, cache, picks[candidate])
            pooled[candidate] += scored_results
            print(row(candidate, scored_results))
    print("\npooled (eighth test + ninth all)")
    print(row("rules", rules))
    for candidate in CANDIDATES:
        print(row(candidate, pooled[candidate]))
    print(f"wall time {time.perf_counter() - started:.0f} s")


def row(name: str, scored: Sequence[ArticleResult]) -> str:
    metrics = score_results(scored).metrics
    matched = sum(len(r.match.pairs) for r in scored)
    return f"  {name:6s} n={matched:4d} " + "  ".join(f"{c} {metrics[c]:.3f}" for c in COLUMNS)


if __name__ == "__main__":
    main()
