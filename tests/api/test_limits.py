"""Request bounds: body size (413) and how much of a bad value a 422 repeats."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi.testclient import TestClient

from dateline.api.limits import ECHO_CHARS, MAX_BODY_BYTES, clip
from dateline.inputs import MAX_CHARS


def test_declared_oversized_body_is_refused_unread(
    client: TestClient, auth: dict[str, str]
) -> None:
    headers = {**auth, "Content-Type": "application/json"}
    body = b'{"id": "big", "text": "' + b"x" * (MAX_BODY_BYTES + 10) + b'"}'
    response = client.post("/articles", content=body, headers=headers)
    assert response.status_code == 413
    assert "too large" in response.json()["detail"] and f"{MAX_BODY_BYTES:,}" in response.text


def test_chunked_oversized_body_is_cut_off(client: TestClient, auth: dict[str, str]) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"id": "big", "text": "'
        for _ in range(MAX_BODY_BYTES // 1_000_000 + 2):
            yield b"y" * 1_000_000

    headers = {**auth, "Content-Type": "application/json"}
    response = client.post("/articles", content=chunks(), headers=headers)
    assert response.status_code == 413 and "too large" in response.json()["detail"]


def test_422_does_not_echo_a_long_text_back(client: TestClient, auth: dict[str, str]) -> None:
    body = {"id": "long", "text": "word " * 500_000}  # 2.5 M characters: over the field limit
    response = client.post("/articles", json=body, headers=auth)
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["body", "text"] and error["type"] == "string_too_long"
    assert len(response.content) < 2_000 and error["input"].startswith("word word")


def test_clip_shortens_strings_lists_and_objects() -> None:
    assert clip("short") == "short" and clip(7) == 7
    assert clip("z" * 1000) == "z" * ECHO_CHARS + "..."
    nested = clip({"text": "a" * 1000, "tags": list(range(100))})
    assert len(nested["text"]) == ECHO_CHARS + 3 and len(nested["tags"]) == 20


def test_article_text_is_bounded_by_the_model_limit(
    client: TestClient, auth: dict[str, str]
) -> None:
    body = {"id": "book", "text": "x" * (MAX_CHARS + 1)}
    response = client.post("/articles", json=body, headers=auth)
    assert response.status_code == 422 and "1000000" in response.text


def test_a_pattern_mismatch_says_what_the_parameter_expects(client: TestClient) -> None:
    for params, expected in (({"bbox": "1,2,3"}, "min_lon,min_lat,max_lon,max_lat"),
                             ({"sort": "date"}, "event_date, fatalities")):  # fmt: skip
        response = client.get("/events", params=params)
        assert response.status_code == 422
        (error,) = response.json()["detail"]
        assert error["loc"][-1] in params and expected in error["msg"]
        assert "pattern" not in error["msg"] and error["ctx"]["pattern"]  # still machine-readable


def test_a_json_body_sent_without_its_content_type_is_told_so(
    client: TestClient, auth: dict[str, str]
) -> None:
    body = '{"id": "b1", "text": "Gunmen killed three people in Kidal, Mali."}'
    form = {**auth, "Content-Type": "application/x-www-form-urlencoded"}  # what curl -d sends
    response = client.post("/articles", content=body, headers=form)
    assert response.status_code == 422
    message = response.json()["detail"][0]["msg"]
    assert "Content-Type: application/json" in message and "x-www-form-urlencoded" in message
