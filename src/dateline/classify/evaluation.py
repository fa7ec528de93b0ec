"""The classifier corpus (``training/data``) and its scores: event-type accuracy, weighted F1.

Splits: "train"; "test_in" (training registers, templates/sentences never trained on);
"test_cross" (registers never trained on: headlines and translated local reports);
"test_blind" (hand-written after the cue rules were tuned, in untrained registers; never tuned on);
"test_blind2" (a second such set); "test_blind3" (a third, written after the final
configuration was chosen with the help of the first two).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dateline.taxonomy import NONE, sub_event_types

TRAIN_REGISTERS = frozenset({"note", "wire", "feature"})
HELD_OUT_EVERY = 5  # one hand-written training-register sentence in five is in-register test


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    register: str
    split: str
    source: str  # "generated" or "handwritten"


@dataclass
class Scores:
    n: int
    event_type_accuracy: float
    sub_event_accuracy: float
    weighted_f1: float
    worst_confusions: list[tuple[str, str, int]] = field(default_factory=list)


def load_corpus(data_dir: Path) -> list[Example]:
    """Generated + hand-written examples of ``training/data``."""
    examples = [Example(**json.loads(line)) for line in
                (data_dir / "generated.jsonl").read_text(encoding="utf-8").splitlines() if line]
    examples += _handwritten(data_dir / "handwritten.tsv")
    examples += _handwritten(data_dir / "blind.tsv", split="test_blind")
    examples += _handwritten(data_dir / "blind2.tsv", split="test_blind2")
    return examples + _handwritten(data_dir / "blind3.tsv", split="test_blind3")


def _handwritten(path: Path, split: str | None = None) -> list[Example]:
    seen: Counter[str] = Counter()
    examples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, register, text = line.split("\t")
        seen[label] += 1
        examples.append(Example(text, label, register, split or _split(register, seen[label]),
                                "handwritten"))
    return examples


def _split(register: str, nth_of_label: int) -> str:
    if register not in TRAIN_REGISTERS:
        return "test_cross"
    return "test_in" if nth_of_label % HELD_OUT_EVERY == 0 else "train"


def event_type_of(label: str) -> str:
    return NONE if label == NONE else sub_event_types()[label].event_type


def score(gold: Sequence[str], predicted: Sequence[str], worst: int = 8) -> Scores:
    """Accuracy of event types and sub-event types, support-weighted F1 of sub-event types."""
    pairs = list(zip(gold, predicted, strict=True))
    n = len(pairs) or 1
    event_ok = sum(event_type_of(g) == event_type_of(p) for g, p in pairs)
    return Scores(
        n=len(pairs), event_type_accuracy=event_ok / n,
        sub_event_accuracy=sum(g == p for g, p in pairs) / n,
        weighted_f1=_weighted_f1(pairs),
        worst_confusions=[(g, p, c) for (g, p), c in
                          Counter((g, p) for g, p in pairs if g != p).most_common(worst)],
    )  # fmt: skip


def _weighted_f1(pairs: list[tuple[str, str]]) -> float:
    support = Counter(g for g, _ in pairs)
    predicted = Counter(p for _, p in pairs)
    correct = Counter(g for g, p in pairs if g == p)
    total = sum(support.values()) or 1
    f1_sum = 0.0
    for label, count in support.items():
        precision = correct[label] / predicted[label] if predicted[label] else 0.0
        recall = correct[label] / count
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        f1_sum += f1 * count
    return f1_sum / total
