"""Lazy access to the data files shipped under ``dateline/data`` (via importlib.resources)."""

from __future__ import annotations

import csv
import json
import re
from functools import cache
from importlib import resources
from typing import Any


def data_path(name: str) -> Any:
    """A Traversable for ``dateline/data/<name>``."""
    return resources.files("dateline").joinpath("data", *name.split("/"))


def read_text(name: str) -> str:
    return str(data_path(name).read_text(encoding="utf-8"))


@cache
def load_json(name: str) -> Any:
    return json.loads(read_text(name))


@cache
def data_regex(name: str, key: str) -> re.Pattern[str]:
    """The regex written as a string under ``key`` in the JSON data file ``name``, compiled once,
    case-insensitive (the form every cue file of the pipeline uses)."""
    return re.compile(str(load_json(name)[key]), re.IGNORECASE)


@cache
def load_csv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a CSV data file; lines starting with ``#`` are comments."""
    lines = [ln for ln in read_text(name).splitlines() if ln and not ln.startswith("#")]
    return tuple(csv.DictReader(lines))
