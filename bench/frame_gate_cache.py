"""Cache the pipeline's typed frames once, so typing candidates are compared on frozen input.

Usage: .venv/bin/python bench/frame_gate_cache.py GOLD.jsonl CACHE.pkl

Runs the pipeline (two votes off: ``DATELINE_FRAME_VOTE=0``) over the DEV articles of batches
01-62 and the TEST articles of the eighth and ninth editions (batches 51-62) of GOLD (never
batch 63+, the tenth edition, nor an older test part), and keeps per article its predicted
events (the fields evaluation compares) and, per event, what typing may use: the frame's whole
text, the rules' type (after the narrow overrule, before two votes), the classifier's
prediction, the inter codes of the actors the roles found (before the type orients them), and,
for EVERY sub-event type, the actor1/actor2 (name, inter) and civilian targeting the event
would get if it had that type (the events stage's own orient / police-by-task / slot code).
``bench/frame_gate_measure.py`` re-types these events per candidate and re-matches them to
gold, so other helpers' later rule changes never move a candidate comparison (issue #4).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import pickle
import sys
import time
from pathlib import Path
from typing import Any

from dateline.classify.vote import FRAME_VOTE_SWITCH
from dateline.evaluation.gold import coded_from_event, load_gold
from dateline.model import Document, Event
from dateline.pipeline import events as stage
from dateline.pipeline import process
from dateline.pipeline.attribution import _event_iso2, _named, main_country
from dateline.pipeline.defenders import home_defender
from dateline.pipeline.roles import Roles
from dateline.taxonomy import sub_event, sub_event_types

CACHE_KEY = "fm3.frames"  # doc.extras: event_id -> typing record (survives the worker pickling)
FIRST_TEST_BATCH, LAST_BATCH = 51, 62
_ORIGINAL_ORIENT = stage.orient
_ORIGINAL_FRAME_EVENTS = stage.frame_events
_SEEN: dict[str, Roles] = {}  # the roles read_frame handed to orient (before the type)


def _orient(sub_type: str, roles: Roles) -> Roles:
    _SEEN["roles"] = roles
    return _ORIGINAL_ORIENT(sub_type, roles)


def _alternative(doc: Document, roles: Roles, sub_type: str, first: Event) -> list[Any]:
    """(actor1, inter1, actor2, inter2, civilian targeting, found inter1, found inter2) had the
    frame been ``sub_type``; the last two are the oriented parties the text named (None: the
    slot is left to the type's default actor)."""
    entry = sub_event(sub_type)
    keys = (entry.name, entry.event_type)
    oriented = _ORIGINAL_ORIENT(sub_type, roles)
    a1, a2 = stage.police_by_task(
        sub_type, (oriented.actor1, oriented.actor2), doc.article.published
    )
    where = (main_country(doc), first.event_date)
    actor1, inter1 = stage._slot(a1, keys, "actor1", where)
    actor2, inter2 = stage._slot(a2, keys, "actor2", where, inter1)
    violent = "Political violence" in entry.disorder_type
    targeting = entry.civilian_targeting or (inter2 == 7 and violent)
    return [actor1, inter1, actor2, inter2, targeting, a1 and a1.inter, a2 and a2.inter]


def _frame_events(doc: Document, frame: Any, prediction: Any, *args: Any, **kw: Any) -> list[Event]:
    _SEEN.clear()
    made = _ORIGINAL_FRAME_EVENTS(doc, frame, prediction, *args, **kw)
    if not made or "roles" not in _SEEN:
        return made
    roles = _SEEN["roles"]
    typing = doc.extras[stage.TYPING_KEY][made[0].event_id]
    record = {
        "text": typing.frame_text,
        "rule": typing.rule_type,
        "clf": None
        if prediction is None
        else [str(prediction.sub_event_type), float(prediction.score)],
        "inter1": roles.actor1.inter if roles.actor1 else None,
        "inter2": roles.actor2.inter if roles.actor2 else None,
        "alt": {s: _alternative(doc, roles, s, made[0]) for s in sub_event_types()},
    }
    doc.extras.setdefault(CACHE_KEY, {}).update((e.event_id, record) for e in made)
    return made


def _named_alternatives(doc: Document, event: Event, frames: dict[str, Any]) -> Any:
    """The event's typing record with each alternative's actor names filled as the
    attribution stage fills them (``{country}``, regime era, successors, home defender)."""
    record = frames.get(event.event_id)
    if record is None:
        return None
    iso2 = _event_iso2(doc, event)
    day = event.event_date
    named = {}
    for sub_type, (actor1, inter1, actor2, inter2, *rest) in record["alt"].items():
        first, second = _named(actor1, iso2, day), _named(actor2, iso2, day)
        second = second or home_defender(first, sub_type, iso2, day)
        named[sub_type] = [first, inter1, second, inter2, *rest]
    return {**record, "alt": named}


def chosen_articles(path: Path) -> set[str]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return {
        r["id"]
        for r in records
        if int(r["batch"]) <= LAST_BATCH
        and (r["split"] == "dev" or int(r["batch"]) >= FIRST_TEST_BATCH)
    }


def freeze_frames(
    gold_path: Path, keep: set[str], workers: int | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Per article of ``keep``: each event's coded fields, rules' type and typing record, from
    the pipeline run with two votes off and the typing hooks installed."""
    os.environ[FRAME_VOTE_SWITCH] = "0"
    stage.orient = _orient
    stage.frame_events = _frame_events
    gold = [g for g in load_gold(gold_path, "all") if g.article.id in keep]
    cache = {}
    for doc in process([g.article for g in gold], workers=workers):
        frames = doc.extras.get(CACHE_KEY, {})
        cache[doc.article.id] = [
            {
                "event_id": e.event_id,
                "coded": dataclasses.asdict(coded_from_event(e)),
                "sub_type": e.sub_event_type,
                "frame": _named_alternatives(doc, e, frames),
            }
            for e in doc.events
        ]
    return cache


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("cache", type=Path)
    args = parser.parse_args()
    started = time.perf_counter()
    cache = freeze_frames(args.gold, chosen_articles(args.gold))
    with args.cache.open("wb") as handle:
        pickle.dump(cache, handle)
    print(
        f"{len(cache)} articles, {sum(map(len, cache.values()))} events cached "
        f"in {time.perf_counter() - started:.0f} s",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
