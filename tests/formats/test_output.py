import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dateline.formats.output import ACLED_COLUMNS, event_record, write_events
from dateline.model import Event, Evidence, Span


def _event(**overrides: object) -> Event:
    fields: dict = dict(
        article_id="gao-1", event_id="gao-1-0", event_date=date(2024, 2, 10), time_precision=1,
        disorder_type="Political violence", event_type="Battles", sub_event_type="Armed clash",
        actor1="Military Forces of Mali (2021-)", inter1=1,
        actor2="JNIM: Group for Support of Islam and Muslims", inter2=2,
        iso=466, country="Mali", admin1="Gao", location="Gao", latitude=16.27, longitude=-0.04,
        geo_precision=2, fatalities=4, source="Sahel Daily", notes="Clash near Gao.",
        evidence=[Evidence("fatalities", 57, 61, "four")], trigger=Span(9, 16, "clashed"),
        sentence_ids=(0,),
    )  # fmt: skip
    fields.update(overrides)
    return Event(**fields)


def test_record_uses_acled_names_and_drops_internal_fields() -> None:
    record = event_record(_event())
    assert record["event_date"] == "2024-02-10" and record["year"] == 2024
    assert record["interaction"] == 12
    assert "trigger" not in record and "sentence_ids" not in record
    assert record["evidence"] == [{"field": "fatalities", "start": 57, "end": 61, "text": "four"}]


def test_interaction_orders_codes_and_handles_a_sole_actor() -> None:
    assert _event(inter1=7, inter2=3).interaction == 37
    assert _event(actor2="", inter2=0, inter1=6).interaction == 60


def test_csv_has_acled_columns_first_in_order() -> None:
    out = io.StringIO()
    assert write_events([_event(), _event(event_id="gao-1-1")], "csv", out) == 2
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(rows[0][: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["event_id_cnty"] == "gao-1-0" and first["fatalities"] == "4"
    assert first["disputed"] == "false" and first["geonameid"] == ""


def test_geojson_points_are_lon_lat() -> None:
    out = io.StringIO()
    write_events([_event(), _event(event_id="x", latitude=None, longitude=None)], "geojson", out)
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    located, unlocated = collection["features"]
    assert located["geometry"] == {"type": "Point", "coordinates": [-0.04, 16.27]}
    assert located["properties"]["sub_event_type"] == "Armed clash"
    assert unlocated["geometry"] is None


def test_parquet_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    assert write_events([_event()], "parquet", path) == 1
    table = pq.read_table(path).to_pylist()
    assert table[0]["actor1"] == "Military Forces of Mali (2021-)"
    assert json.loads(table[0]["evidence"])[0]["text"] == "four"


def test_parquet_files_share_one_schema_even_empty_or_without_coordinates(
    tmp_path: Path,
) -> None:
    full, empty, unplaced = tmp_path / "a.parquet", tmp_path / "b.parquet", tmp_path / "c.parquet"
    write_events([_event()], "parquet", full)
    write_events([], "parquet", empty)
    write_events([_event(latitude=None, longitude=None, geonameid=None)], "parquet", unplaced)
    schemas = [pq.read_schema(path) for path in (full, empty, unplaced)]
    assert schemas[0] == schemas[1] == schemas[2]
    assert {"event_date", "latitude", "evidence", "fatalities"} <= set(schemas[1].names)
    assert str(schemas[2].field("latitude").type) == "double"
    assert pq.read_table(unplaced).column("latitude").to_pylist() == [None]
    assert pq.read_table(full).column("fatalities").to_pylist() == [4]


def _interrupted_after_one_event() -> Iterator[Event]:
    yield _event()
    raise KeyboardInterrupt  # a user's Ctrl-C mid-run


@pytest.mark.parametrize("fmt", ["geojson", "parquet"])
def test_interrupted_whole_file_format_leaves_the_earlier_file_untouched(
    tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"events.{fmt}"
    out.write_text("yesterday's events\n")
    with pytest.raises(KeyboardInterrupt):
        write_events(_interrupted_after_one_event(), fmt, out)
    assert out.read_text() == "yesterday's events\n"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no partial file left behind


def test_whole_file_format_replaces_the_earlier_file_when_complete(tmp_path: Path) -> None:
    out = tmp_path / "events.geojson"
    out.write_text("yesterday's events\n")
    assert write_events([_event()], "geojson", out) == 1
    assert json.loads(out.read_text())["features"][0]["id"] == "gao-1-0"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_parquet_columns_follow_the_csv_and_dates_are_dates(tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    write_events([_event()], "parquet", path)
    schema = pq.read_schema(path)
    assert tuple(schema.names[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert str(schema.field("event_date").type) == "date32[day]"
    assert str(schema.field("fatalities").type) == "int64"
    assert pq.read_table(path).column("event_date").to_pylist() == [_event().event_date]


def test_geojson_properties_follow_the_csv_columns() -> None:
    out = io.StringIO()
    write_events([_event()], "geojson", out)
    properties = json.loads(out.getvalue())["features"][0]["properties"]
    assert tuple(properties)[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert properties["evidence"][0]["text"] == "four"  # a list here, as in JSONL
