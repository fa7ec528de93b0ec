"""Property-based tests of the REST API against its own OpenAPI schema (schemathesis)."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings

from dateline.api import ApiConfig, create_app
from dateline.model import Document
from dateline.store import EventStore
from dateline.store.dedup_eval import Report

EXAMPLES_PER_OPERATION = 15


def test_api_conforms_to_its_schema(
    config: ApiConfig, testset: list[Report], auth: dict[str, str]
) -> None:
    with EventStore(config.db_url) as store:
        for report in testset[:20]:
            store.ingest_document(Document(report.article, events=list(report.events)))
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(config))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 7
    for operation in operations:
        check_operation(operation, auth)


def check_operation(operation: schemathesis.APIOperation, auth: dict[str, str]) -> None:
    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    def run(case: schemathesis.Case) -> None:
        case.call_and_validate(headers=auth)

    run()
