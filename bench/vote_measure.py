"""Rules vs classifier on the sub-event type of matched events (issue #4: who should decide?).

Usage: .venv/bin/python bench/vote_measure.py GOLD.jsonl [--batches 33-44] [--out rows.jsonl]
       .venv/bin/python bench/vote_measure.py --probes tests/pipeline/data/vote_probes.tsv

Runs the pipeline once (one process) over the gold file's DEV articles of the chosen batches
(batches 45-50, the seventh edition, are always left out), and for each predicted event that
matches a gold event records: the rule's sub-event type, the classifier's type and score on the
frame's first clause (what ``events`` feeds it) and on the whole frame's text, the type the
pipeline chose, and the gold type. Prints how often rules and classifier disagree and who is
right, by the classifier's score band and by the pair of types. With ``--probes`` the same for
a probe table (label, register, published, text; one event expected per report), plus the
share of reports whose events all have exactly the probe's type.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from dateline.classify import classify_proba
from dateline.evaluate import match_documents
from dateline.evaluation.gold import GoldArticle, load_gold
from dateline.model import Article, Document, Event
from dateline.pipeline import Pipeline, process
from dateline.pipeline import events as events_stage
from dateline.pipeline.assemble import _fits, rules
from dateline.pipeline.segment import Frame

SEVENTH_FIRST_BATCH = 45  # the session's blind measure: never run here
BANDS = (0.5, 0.7, 0.8, 0.9, 0.95, 1.01)

_last_rule: dict[str, Any] = {}
_rows: dict[tuple[str, str], dict[str, Any]] = {}


def _best(proba: dict[str, float]) -> tuple[str, float]:
    label = max(proba, key=proba.__getitem__)
    return label, round(proba[label], 4)


def _install_probes() -> None:
    """Wrap ``events.sub_event_for`` (to see the rules' own type and row) and
    ``events.frame_events`` (to tie them, and the classifier's view of the frame, to the events
    the frame makes)."""
    frame_events = events_stage.frame_events
    sub_event_for = events_stage.sub_event_for

    def spy_sub_event_for(tactics: set[str], inter1: int | None, inter2: int | None) -> str | None:
        found = sub_event_for(tactics, inter1, inter2)
        _last_rule["rule"] = found  # the rules' own type, before any overrule
        _last_rule["row"] = _rule_row(tactics, inter1, inter2) if found else None
        _last_rule["tactics"] = sorted(tactics)
        return found

    def spy_frame_events(doc: Document, frame: Frame, *args: Any, **kw: Any) -> list[Event]:
        _last_rule.clear()
        made = frame_events(doc, frame, *args, **kw)
        if made:
            texts = _frame_texts(doc, frame)
            first, whole = classify_proba([texts[0], texts[1]])
            for event in made:
                _rows[(doc.article.id, event.event_id)] = {
                    "rule": _last_rule.get("rule"), "row": _last_rule.get("row"),
                    "tactics": _last_rule.get("tactics"), "first": _best(first),
                    "whole": _best(whole), "chosen": event.sub_event_type,
                    "first_text": texts[0], "whole_text": texts[1],
                }
        return made

    events_stage.sub_event_for = spy_sub_event_for
    events_stage.frame_events = spy_frame_events


def _rule_row(tactics: set[str], inter1: int | None, inter2: int | None) -> str:
    """The rules.csv row that typed the frame ("tactics|actor1|actor2")."""
    row = next(r for r in rules() if r.requires <= tactics and _fits(r.actor1, inter1)
               and _fits(r.actor2, inter2))
    return f"{'+'.join(sorted(row.requires))}|{row.actor1}|{row.actor2}"


def _frame_texts(doc: Document, frame: Frame) -> tuple[str, str]:
    first = frame.clauses[0].span
    return doc.text[first.start : first.end], " ".join(c.span.text for c in frame.clauses)


def _chosen_gold(path: Path, batches: tuple[int, int]) -> list[GoldArticle]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    batch = {r["id"]: int(r["batch"]) for r in records}
    low, high = batches[0], min(batches[1], SEVENTH_FIRST_BATCH - 1)
    return [g for g in load_gold(path, "dev") if low <= batch[g.article.id] <= high]


def measure(path: Path, batches: tuple[int, int]) -> list[dict[str, Any]]:
    """One row per matched (gold, predicted) event pair of the chosen dev articles."""
    _install_probes()
    gold = _chosen_gold(path, batches)
    docs = list(process([g.article for g in gold], workers=1))
    rows = []
    for result, doc in zip(match_documents(gold, docs), docs, strict=True):
        for g, p in result.match.pairs:
            row = _rows.get((doc.article.id, doc.events[p].event_id))
            if row is not None:
                rows.append({**row, "gold": result.gold[g].sub_event_type, "id": doc.article.id})
    return rows


def measure_probes(path: Path) -> tuple[list[dict[str, Any]], float]:
    """Rows of every event the probe reports yield, and the share of reports typed right."""
    _install_probes()
    pipeline, rows, right = Pipeline(), [], 0
    probes = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")]
    for n, (label, _register, published, text) in enumerate(probes):
        doc = pipeline(Article(f"probe-{n}", text, date.fromisoformat(published)))
        right += sorted({e.sub_event_type for e in doc.events}) == [label]
        for event in doc.events:
            row = _rows.get((doc.article.id, event.event_id))
            if row is not None:
                rows.append({**row, "gold": label, "id": doc.article.id})
    return rows, right / len(probes)


def _band(score: float) -> str:
    low = max((b for b in (0.0, *BANDS) if b <= score), default=0.0)
    return f">={low:.2f}"


def summary(rows: Iterable[dict[str, Any]], view: str) -> list[str]:
    """Disagreements of rule and classifier (``view``: first clause or whole frame)."""
    rows = [r for r in rows if r["rule"] is not None]
    split = [r for r in rows if r[view][0] != r["rule"]]
    lines = [f"[{view}] events with a rule type: {len(rows)}; rules right "
             f"{sum(r['rule'] == r['gold'] for r in rows)}; classifier right "
             f"{sum(r[view][0] == r['gold'] for r in rows)}; disagree {len(split)}"]
    by_band: dict[str, Counter[str]] = defaultdict(Counter)
    by_pair: dict[str, Counter[str]] = defaultdict(Counter)
    for r in split:
        who = ("rule" if r["rule"] == r["gold"] else "clf" if r[view][0] == r["gold"]
               else "neither")
        by_band[_band(r[view][1])][who] += 1
        by_pair[f"{r['rule']} -> {r[view][0]}"][who] += 1
    for name, table in (("score band", by_band), ("rule -> classifier", by_pair)):
        lines.append(f"  by {name}:")
        for key, counts in sorted(table.items()):
            lines.append(f"    {key:60s} rule {counts['rule']:3d}  clf {counts['clf']:3d}  "
                         f"neither {counts['neither']:3d}")
    return lines


def _batches(text: str) -> tuple[int, int]:
    low, _, high = text.partition("-")
    return int(low), int(high or low)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="?")
    parser.add_argument("--probes", type=Path, help="a probe table instead of a gold file")
    parser.add_argument("--batches", type=_batches, default=(1, 44))
    parser.add_argument("--out", type=Path, help="also write the rows here (JSON lines)")
    args = parser.parse_args()
    if args.probes:
        rows, accuracy = measure_probes(args.probes)
        print(f"probe reports typed right: {accuracy:.3f}")
    else:
        rows = measure(args.gold, args.batches)
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    for view in ("first", "whole"):
        print("\n".join(summary(rows, view)))


if __name__ == "__main__":
    main()
