"""Would a model trained on the pipeline's own frames beat the rules on unseen editions? (issue #4)

Usage: .venv/bin/python bench/frame_model_measure.py GOLD.jsonl [--rows rows.jsonl] [--reuse]
       [--shipped] [--blind EDITION]

Runs the pipeline once, two votes switched off (``DATELINE_FRAME_VOTE=0``: the rules are
measured), over the gold file's DEV articles of batches 01-LAST_BATCH (74: the twelfth and
thirteenth editions, 75+, and every test article are always left out), matches predicted to gold
events, and keeps per matched event its edition (corpus/dev/editions.json), the frame's whole
text and the rules' type (as the events stage records them: ``classify.frame_rows``, the same
rows the shipped model is trained on), the type the pipeline chose and the gold type. Then
LEAVE-ONE-EDITION-OUT over every edition but the newest (being tuned on this session: it only
trains): a TF-IDF (word 1-2 + char 2-5) linear SVM is trained on the frames of the other
editions and scored on the held-out one, as (a) the pipeline (rules + its narrow overrule), (b)
the model alone, (c) the model overriding the pipeline where they disagree and the model's
margin reaches a threshold chosen on the TRAINING editions only (nested leave-one-edition-out,
so the threshold sees only scores on text the model was not trained on). Two models: ``text``
(frame text only) and ``stack`` (text + the shipped classifier's probabilities + the pipeline's
type as one-hot features).

The rules were tuned on editions 1-8 dev, so (a) is optimistic here: the model's rivals had
already read the held-out text. ``--shipped``: the text model is the shipped implementation
(``training/train_frame_model.fit_frame_model``: numpy inference of ``classify.frames``,
float16 weights) and (d) is the shipped rule (``classify.vote.two_votes``: the rules' type is
replaced, never a frame the rules could not type); it reproduces the research columns.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix, hstack, spmatrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
import corpus_editions  # noqa: E402  (bench/ is not a package: reuse its edition table)
import train_frame_model  # noqa: E402  (the shipped recipe, for --shipped)
from train_frame_model import CHAR_MAX_FEATURES, LAST_BATCH, MIN_DF, event_type  # noqa: E402

from dateline.classify import classify_proba  # noqa: E402
from dateline.classify.frame_rows import matched_frames  # noqa: E402
from dateline.classify.frames import CHAR_SIZES, WORD_SIZES  # noqa: E402
from dateline.classify.vote import FRAME_VOTE_SWITCH  # noqa: E402
from dateline.classify.vote import two_votes as shipped_two_votes  # noqa: E402
from dateline.evaluation.gold import load_gold  # noqa: E402
from dateline.pipeline import process  # noqa: E402

BLIND_FIRST_BATCH = LAST_BATCH + 1  # the blind editions start here: only --blind scores them
# on the SVM's margin (decision value) of its best type; inf: never override
THRESHOLDS = (-0.5, -0.25, 0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, float("inf"))
MODELS = ("text", "stack")


def collect(path: Path, blind: str | None = None) -> list[dict[str, Any]]:
    """One row per matched (gold, predicted) event of the dev articles of batches
    01-LAST_BATCH, and of every article (dev and test) of the ``blind`` edition if one is named."""
    os.environ[FRAME_VOTE_SWITCH] = "0"  # the pipeline column is the rules'
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    batch = {r["id"]: r["batch"] for r in records}
    gold = [g for g in load_gold(path, "all")
            if (g.split == "dev" and int(batch[g.article.id]) < BLIND_FIRST_BATCH)
            or corpus_editions.edition_of(batch[g.article.id]) == blind]
    docs = list(process([g.article for g in gold], workers=1))
    rows: list[dict[str, Any]] = [
        {"id": r.article_id, "edition": corpus_editions.edition_of(batch[r.article_id]),
         "text": r.text, "rule": r.rule_type, "chosen": r.chosen, "gold": r.gold}
        for r in matched_frames(gold, docs)
    ]
    probabilities = classify_proba([r["text"] for r in rows])
    for row, proba in zip(rows, probabilities, strict=True):
        row["clf"] = proba
    return rows


class Features:
    """Word and char TF-IDF fitted on training frames; ``stack`` adds the shipped classifier's
    probabilities and the pipeline's own type (so the model can learn when to trust it)."""

    def __init__(self, train: Sequence[dict[str, Any]], stack: bool) -> None:
        texts = [r["text"] for r in train]
        self.word = TfidfVectorizer(ngram_range=WORD_SIZES, sublinear_tf=True,
                                    min_df=MIN_DF).fit(texts)
        self.char = TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_SIZES, sublinear_tf=True,
                                    min_df=MIN_DF, max_features=CHAR_MAX_FEATURES).fit(texts)
        self.stack = stack
        self.labels = sorted(train[0]["clf"])

    def __call__(self, rows: Sequence[dict[str, Any]]) -> spmatrix:
        texts = [r["text"] for r in rows]
        parts = [self.word.transform(texts), self.char.transform(texts)]
        if self.stack:
            proba = [[r["clf"].get(label, 0.0) for label in self.labels] for r in rows]
            chosen = [[float(r["chosen"] == label) for label in self.labels] for r in rows]
            parts += [csr_matrix(np.array(proba)), csr_matrix(np.array(chosen))]
        return hstack(parts).tocsr()


SHIPPED = {"on": False}  # --shipped: the text model is the shipped implementation


def fit_predict(train: Sequence[dict[str, Any]], test: Sequence[dict[str, Any]],
                stack: bool) -> list[tuple[str, float]]:
    """The model's sub-event type and margin for each test row (a linear SVM: 15x faster than
    a logistic regression here and more accurate on held-out editions)."""
    if SHIPPED["on"] and not stack:
        shipped = train_frame_model.fit_frame_model([r["text"] for r in train],
                                                    [r["gold"] for r in train])
        scores = shipped.scores([r["text"] for r in test])
        return [(shipped.classes[i], float(scores[n, i]))
                for n, i in enumerate(scores.argmax(axis=1))]
    features = Features(train, stack)
    model = LinearSVC(C=1.0)
    model.fit(features(train), [r["gold"] for r in train])
    margins = model.decision_function(features(test))
    best = margins.argmax(axis=1)
    return [(str(model.classes_[i]), float(margins[n, i])) for n, i in enumerate(best)]


def arbitrate(row: dict[str, Any], guess: tuple[str, float], threshold: float) -> str:
    return guess[0] if guess[0] != row["chosen"] and guess[1] >= threshold else row["chosen"]


def two_votes(row: dict[str, Any], guess: tuple[str, float]) -> str:
    """(d): the model overrides only when the shipped classifier (whole frame) agrees with it:
    two learners of different text against the rules. No threshold, nothing fitted."""
    shipped = max(row["clf"], key=row["clf"].__getitem__)
    if SHIPPED["on"]:  # the pipeline's rule: a rules' type is replaced, nothing else
        return shipped_two_votes(row["rule"], guess[0] if guess[0] == shipped else None) or (
            row["chosen"])
    return guess[0] if guess[0] == shipped else row["chosen"]


def _accuracy(rows: Sequence[dict[str, Any]], picks: Sequence[str]) -> tuple[float, float]:
    """(event type, sub-event type) accuracy of ``picks`` against the rows' gold types."""
    sub = sum(p == r["gold"] for r, p in zip(rows, picks, strict=True))
    typ = sum(event_type(p) == event_type(r["gold"]) for r, p in zip(rows, picks, strict=True))
    return typ / len(rows), sub / len(rows)


def choose_threshold(train: Sequence[dict[str, Any]], stack: bool) -> float:
    """The override threshold best on the training editions, each scored by a model that did
    not see it (nested leave-one-edition-out); ties go to the higher (safer) threshold."""
    editions = sorted({r["edition"] for r in train})
    scored: list[tuple[dict[str, Any], tuple[str, float]]] = []
    for held in editions:
        inner_test = [r for r in train if r["edition"] == held]
        inner_train = [r for r in train if r["edition"] != held]
        scored += zip(inner_test, fit_predict(inner_train, inner_test, stack), strict=True)

    def right(threshold: float) -> int:
        return sum(arbitrate(r, g, threshold) == r["gold"] for r, g in scored)

    return max(THRESHOLDS, key=lambda t: (right(t), t))


def held_out(rows: Sequence[dict[str, Any]], edition: str, stack: bool) -> dict[str, Any]:
    """Scores of (a) pipeline, (b) model, (c) arbitration on one held-out edition."""
    test = [r for r in rows if r["edition"] == edition]
    train = [r for r in rows if r["edition"] != edition]
    guesses = fit_predict(train, test, stack)
    threshold = choose_threshold(train, stack)
    arbitrated = [arbitrate(r, g, threshold) for r, g in zip(test, guesses, strict=True)]
    return {"edition": edition, "n": len(test), "threshold": threshold, "rows": test,
            "guesses": guesses, "arbitrated": arbitrated,
            "pipeline": _accuracy(test, [r["chosen"] for r in test]),
            "model": _accuracy(test, [g[0] for g in guesses]),
            "arbitration": _accuracy(test, arbitrated),
            "two votes": _accuracy(test, [two_votes(r, g) for r, g in zip(test, guesses,
                                                                        strict=True)])}


def _cell(scores: tuple[float, float]) -> str:
    return f"{scores[0]:.3f}/{scores[1]:.3f}"


def table(results: Sequence[dict[str, Any]], name: str, detail: str | None) -> list[str]:
    lines = [f"[{name}] held-out edition: n, (a) pipeline, (b) model, (c) arbitration "
             "(d) two votes (event type / sub-type accuracy), threshold chosen on the training "
             "editions"]
    for res in results:
        lines.append(f"  {res['edition']:8s} {res['n']:4d}  {_cell(res['pipeline'])}  "
                     f"{_cell(res['model'])}  {_cell(res['arbitration'])}  "
                     f"{_cell(res['two votes'])}  t={res['threshold']}")
    pooled = [r for res in results if res["edition"] != "first" for r in res["rows"]]
    for column in ("pipeline", "model", "arbitration", "two votes"):
        picks = [p for res in results if res["edition"] != "first" for p in _picks(res, column)]
        lines.append(f"  pooled 2-7 ({len(pooled)}) {column:12s} {_cell(_accuracy(pooled, picks))}")
    lines += disagreements([res for res in results if res["edition"] != "first"], "2-7")
    chosen = [res for res in results if res["edition"] == detail]
    return lines + (disagreements(chosen, detail or "", top=20) if chosen else [])


def _picks(res: dict[str, Any], column: str) -> list[str]:
    if column == "pipeline":
        return [r["chosen"] for r in res["rows"]]
    if column == "two votes":
        return [two_votes(r, g) for r, g in zip(res["rows"], res["guesses"], strict=True)]
    return [g[0] for g in res["guesses"]] if column == "model" else list(res["arbitrated"])


def disagreements(results: Sequence[dict[str, Any]], name: str, top: int = 12) -> list[str]:
    """Where model and pipeline differ on these held-out editions, who is right, by type pair
    and by the model's margin; and what the arbitration's overrides did."""
    who: Counter[str] = Counter()
    pairs: dict[str, Counter[str]] = {}
    overrides: Counter[str] = Counter()
    for res in results:
        for row, guess, final in zip(res["rows"], res["guesses"], res["arbitrated"], strict=True):
            if guess[0] == row["chosen"]:
                continue
            side = ("pipeline" if row["chosen"] == row["gold"] else
                    "model" if guess[0] == row["gold"] else "neither")
            who[side] += 1
            pairs.setdefault(f"{row['chosen']} -> {guess[0]}", Counter())[side] += 1
            band = "margin >= 0.5" if guess[1] >= 0.5 else "margin < 0.5"
            pairs.setdefault(band, Counter())[side] += 1
            if final != row["chosen"]:
                overrides["right" if final == row["gold"] else "wrong"] += 1
    lines = [f"  disagree ({name}): pipeline right {who['pipeline']}, model right {who['model']}, "
             f"neither {who['neither']}; overrides made: right {overrides['right']}, "
             f"wrong {overrides['wrong']}"]
    ranked = sorted(pairs.items(), key=lambda item: -sum(item[1].values()))[:top]
    for pair, counts in ranked:
        lines.append(f"    {pair:62s} pipeline {counts['pipeline']:3d}  model "
                     f"{counts['model']:3d}  neither {counts['neither']:3d}")
    return lines


def blind_score(rows: Sequence[dict[str, Any]], blind: str) -> list[str]:
    """The one honest test of (d): the model trained on every dev frame of batches
    01-LAST_BATCH, scored on an edition neither the rules nor the model have seen."""
    test = [r for r in rows if r["edition"] == blind]
    train = [r for r in rows if r["edition"] != blind]
    guesses = fit_predict(train, test, stack=False)
    result = {"edition": blind, "n": len(test), "rows": test, "guesses": guesses,
              "arbitrated": [r["chosen"] for r in test]}
    lines = [f"[text] blind edition {blind} ({len(test)} matched events), trained on "
             f"{len(train)} dev events: event type / sub-type accuracy"]
    for column in ("pipeline", "model", "two votes"):
        lines.append(f"  {column:12s} {_cell(_accuracy(test, _picks(result, column)))}")
    return lines + disagreements([result], blind, top=20)


def learning_curve(rows: Sequence[dict[str, Any]], editions: Sequence[str]) -> list[str]:
    """The text model on the last edition, trained on the first k editions: does more
    in-domain text help, and how fast?"""
    last, lines = editions[-1], [f"[text] learning curve on {editions[-1]} (held out)"]
    test = [r for r in rows if r["edition"] == last]
    for k in range(1, len(editions)):
        train = [r for r in rows if r["edition"] in editions[:k]]
        guesses = fit_predict(train, test, stack=False)
        lines.append(f"  trained on {k} edition(s), {len(train):4d} events: "
                     f"{_cell(_accuracy(test, [g[0] for g in guesses]))}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--rows", type=Path, help="write the matched-event rows here (JSONL)")
    parser.add_argument("--reuse", action="store_true", help="read --rows instead of running")
    parser.add_argument("--detail", help="also list the disagreements of this held-out edition")
    parser.add_argument("--blind", help="score only this unseen edition (all its articles), "
                        "trained on the dev frames of batches 01-LAST_BATCH")
    parser.add_argument("--shipped", action="store_true",
                        help="the shipped frame model and two-votes rule (text model only)")
    args = parser.parse_args()
    SHIPPED["on"] = args.shipped
    started = time.perf_counter()
    if args.reuse and args.rows:
        rows = [json.loads(line) for line in args.rows.read_text(encoding="utf-8").splitlines()]
    else:
        rows = collect(args.gold, args.blind)
        if args.rows:
            args.rows.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"matched events: {len(rows)} {dict(Counter(r['edition'] for r in rows))}; "
          f"pipeline+match {time.perf_counter() - started:.0f} s")
    if args.blind:
        print("\n".join(blind_score(rows, args.blind)))
        return
    seen = {r["edition"] for r in rows}
    editions = [name for name in corpus_editions.editions() if name in seen]
    # the newest edition's dev part is being tuned on this session: it trains, never measures
    held = editions[:-1]
    for name in MODELS[:1] if args.shipped else MODELS:
        results = [held_out(rows, edition, name == "stack") for edition in held]
        print("\n".join(table(results, name, args.detail)))
    print("\n".join(learning_curve(rows, held)))
    print(f"wall time {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
