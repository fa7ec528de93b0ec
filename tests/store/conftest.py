from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.store import EventStore
from dateline.store.dedup_eval import Report, load_testset
from dateline.store.testing import backends_under_test, scratch_database

TESTSET = Path(__file__).resolve().parents[2] / "corpus" / "dedup"


@pytest.fixture(params=backends_under_test())
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with scratch_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def store(store_url: str) -> Iterator[EventStore]:
    with EventStore(store_url) as opened:
        yield opened


@pytest.fixture(scope="session")
def testset() -> list[Report]:
    return load_testset(TESTSET)
