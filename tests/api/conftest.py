from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dateline.api import ApiConfig, create_app
from dateline.model import Article, Document
from dateline.store import EventStore
from dateline.store.dedup_eval import Report, load_testset
from dateline.store.testing import backends_under_test, scratch_database

TESTSET = Path(__file__).resolve().parents[2] / "corpus" / "dedup"
TOKEN = "s3cret-token"


@pytest.fixture(scope="session")
def testset() -> list[Report]:
    return load_testset(TESTSET)


def fake_extractor(testset: list[Report]) -> Callable[[list[Article]], Iterable[Document]]:
    """Stands in for the NLP pipeline: the test set's expected events for its articles."""
    expected = {r.article.text: r.events for r in testset}

    def extract(articles: list[Article]) -> Iterable[Document]:
        for article in articles:
            events = [replace(e, article_id=article.id) for e in expected.get(article.text, [])]
            yield Document(article, events=events)

    return extract


@pytest.fixture(params=backends_under_test())
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with scratch_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def config(db_url: str, testset: list[Report]) -> ApiConfig:
    return ApiConfig(
        db_url=db_url, token=TOKEN, protect_reads=False, extract=fake_extractor(testset)
    )


@pytest.fixture
def client(config: ApiConfig, testset: list[Report]) -> Iterator[TestClient]:
    with EventStore(config.db_url) as store:
        for report in testset:
            store.ingest_document(Document(report.article, events=list(report.events)))
    with TestClient(create_app(config)) as test_client:
        yield test_client


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}
