"""Event records to and from JSON text, losslessly (dates, evidence, internal fields dropped)."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from datetime import date
from typing import Any

from dateline.model import Event, Evidence

STORED_FIELDS = tuple(f.name for f in fields(Event) if f.name not in ("trigger", "sentence_ids"))


def event_to_dict(event: Event) -> dict[str, Any]:
    record = {name: getattr(event, name) for name in STORED_FIELDS}
    record["event_date"] = event.event_date.isoformat()
    record["evidence"] = [asdict(e) for e in event.evidence]
    return record


def event_from_dict(record: dict[str, Any]) -> Event:
    values = {k: v for k, v in record.items() if k in STORED_FIELDS}
    values["event_date"] = date.fromisoformat(str(values["event_date"]))
    values["evidence"] = [Evidence(**e) for e in values.get("evidence", [])]
    return Event(**values)


def event_to_json(event: Event) -> str:
    return json.dumps(event_to_dict(event), ensure_ascii=False, sort_keys=True)


def event_from_json(text: str) -> Event:
    return event_from_dict(json.loads(text))
