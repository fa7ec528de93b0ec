"""Writing events as JSONL, ACLED-ordered CSV, GeoJSON and Parquet."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable
from dataclasses import asdict
from datetime import date
from functools import cache
from pathlib import Path
from typing import IO, Any

from dateline.model import Event

# The column order of ACLED's own CSV exports, so files load wherever ACLED exports load.
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip
EXTRA_COLUMNS = (
    "article_id", "event_id", "geonameid", "cameo_code", "plover_type", "confidence",
    "disputed", "injuries", "date_known",
)  # fmt: skip
INTERNAL_FIELDS = ("trigger", "sentence_ids")
FORMATS = ("jsonl", "csv", "geojson", "parquet")


def event_record(event: Event) -> dict[str, Any]:
    """The event as a flat dict under ACLED's field names (plus dateline's extras)."""
    record = asdict(event)
    for internal in INTERNAL_FIELDS:
        record.pop(internal, None)
    record["event_date"] = event.event_date.isoformat()
    record["interaction"] = event.interaction
    record["event_id_cnty"] = event.event_id
    record["year"] = event.event_date.year
    record["timestamp"] = event.timestamp or None  # empty until a store has written the event
    return record


# Formats that are one document: a file cut short is unreadable, so they appear whole or not at all.
WHOLE_FILE_FORMATS = ("geojson", "parquet")


def write_events(events: Iterable[Event], fmt: str, out: IO[str] | Path) -> int:
    """Write events in ``fmt``; returns how many were written. JSONL and CSV files fill as
    events arrive; a GeoJSON or Parquet file replaces ``out`` only once complete (an
    interrupted or failed run leaves an earlier file at that path untouched)."""
    records = (event_record(e) for e in events)
    if fmt == "parquet" and not isinstance(out, Path):
        raise ValueError("parquet output needs a file: use -o FILE.parquet")
    if not isinstance(out, Path):
        return _WRITERS[fmt](records, out)
    if fmt in WHOLE_FILE_FORMATS:
        return _write_whole_file(records, fmt, out)
    with out.open("w", encoding="utf-8", newline="") as handle:
        return _WRITERS[fmt](records, handle)


def _write_whole_file(records: Iterable[dict[str, Any]], fmt: str, path: Path) -> int:
    """Write beside ``path`` under a temporary name, then rename over it (atomic on POSIX)."""
    partial = path.with_name(f".{path.name}.part")
    try:
        if fmt == "parquet":
            count = write_parquet(list(records), partial)
        else:
            with partial.open("w", encoding="utf-8", newline="") as handle:
                count = _WRITERS[fmt](records, handle)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)  # only left when the run stopped before the rename
    return count


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS + EXTRA_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow({k: _csv_value(record.get(k)) for k in ACLED_COLUMNS + EXTRA_COLUMNS})
        count += 1
    return count


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    return value


def geojson_feature(record: dict[str, Any]) -> dict[str, Any]:
    lat, lon = record.get("latitude"), record.get("longitude")
    geometry = None if lat is None or lon is None else {"type": "Point", "coordinates": [lon, lat]}
    properties = acled_ordered(record)  # read in a GIS table as in the CSV
    return {"type": "Feature", "id": record["event_id"], "geometry": geometry,
            "properties": properties}  # fmt: skip


def write_geojson(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    features = [geojson_feature(r) for r in records]
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)


def write_parquet(records: list[dict[str, Any]], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [parquet_row(record) for record in records]
    pq.write_table(pa.Table.from_pylist(rows, schema=parquet_schema()), path)
    return len(rows)


def acled_ordered(record: dict[str, Any]) -> dict[str, Any]:
    """The record's fields in the CSV's order: ACLED's columns, dateline's, then the rest."""
    row = {name: record.get(name) for name in ACLED_COLUMNS + EXTRA_COLUMNS}
    row.update((name, value) for name, value in record.items() if name not in row)
    return row


def parquet_row(record: dict[str, Any]) -> dict[str, Any]:
    """The columns in the CSV's order (ACLED's, then dateline's, then the rest), the event
    date as a date (pandas and pyarrow read a date column, not text) and the evidence list
    as JSON text."""
    row = acled_ordered(record)
    row["event_date"] = date.fromisoformat(str(record["event_date"]))
    row["evidence"] = json.dumps(record.get("evidence", []), ensure_ascii=False)
    return row


@cache
def parquet_schema() -> Any:
    """One fixed schema for every file, read off a template event: a day's file with no
    events, or none with coordinates, still has every column with its type, so the files of
    a data lake read as one dataset."""
    import pyarrow as pa

    template = Event(
        article_id="", event_id="", event_date=date(2000, 1, 1), time_precision=1,
        disorder_type="", event_type="", sub_event_type="", actor1="", inter1=1,
        latitude=0.0, longitude=0.0, geonameid=1, timestamp=1,
    )  # fmt: skip
    return pa.Table.from_pylist([parquet_row(event_record(template))]).schema


_WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "geojson": write_geojson}
