"""The REST API in-process (TestClient), over SQLite and (with DATELINE_TEST_PG) PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from dateline.api import ApiConfig, create_app
from dateline.formats.output import ACLED_COLUMNS
from dateline.model import Article, Document
from dateline.store.dedup_eval import Report


def test_list_events_with_filters_and_pages(client: TestClient) -> None:
    march = {"date_from": "2024-03-01", "date_to": "2024-03-31"}
    response = client.get(
        "/events", params={"country": "Nigeria", "event_type": "Battles", **march}
    )
    assert response.status_code == 200
    page = response.json()
    assert page["total"] == len(page["events"]) == 1
    assert page["events"][0]["location"] == "Bama" and page["events"][0]["n_reports"] == 3
    everything = client.get("/events", params={"limit": 1000}).json()
    first = client.get("/events", params={"limit": 10, "sort": "fatalities"}).json()
    second = client.get("/events", params={"limit": 10, "offset": 10, "sort": "fatalities"}).json()
    assert first["total"] == everything["total"] == len(everything["events"])
    deaths = [e["fatalities"] for e in first["events"] + second["events"]]
    assert deaths == sorted(deaths)
    several = client.get("/events", params=[("country", "Kenya"), ("country", "Iran")]).json()
    assert {e["country"] for e in several["events"]} == {"Kenya", "Iran"}
    assert client.get("/events", params={"bbox": "36,49.8,36.5,50.1"}).json()["total"] == 2
    assert client.get("/events", params={"q": "MAIDUGURI"}).json()["total"] == 2
    assert client.get("/events", params={"actor": "hezbollah"}).json()["total"] == 1


def test_list_events_bad_input_is_a_clear_4xx(client: TestClient) -> None:
    for params in ({"sort": "secret"}, {"bbox": "1,2,3"}, {"bbox": "a,b,c,d"}, {"limit": 0},
                   {"date_from": "2024-13-40"}, {"format": "xls"}):  # fmt: skip
        response = client.get("/events", params=params)
        assert response.status_code == 422 and response.json()["detail"]
    corners_swapped = client.get("/events", params={"bbox": "36.5,50.1,36,49.8"}).json()
    assert corners_swapped["total"] == 2


def test_csv_and_geojson_by_accept_or_format(client: TestClient) -> None:
    by_accept = client.get("/events", params={"country": "Kenya"}, headers={"Accept": "text/csv"})
    assert by_accept.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(by_accept.text)))
    assert tuple(rows[0])[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert {r["country"] for r in rows} == {"Kenya"}
    geo = client.get("/events", params={"country": "Kenya", "format": "geojson"})
    assert geo.headers["content-type"].startswith("application/geo+json")
    collection = geo.json()
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == len(rows)
    feature = collection["features"][0]
    assert feature["geometry"]["type"] == "Point" and len(feature["geometry"]["coordinates"]) == 2
    lines = client.get("/events", params={"format": "jsonl", "limit": 3}).text.splitlines()
    assert len(lines) == 3 and all(json.loads(line)["event_id"] for line in lines)


def test_event_detail_lists_sources_and_reasons(client: TestClient) -> None:
    event_id = client.get("/events", params={"q": "Bama"}).json()["events"][0]["event_id"]
    detail = client.get(f"/events/{event_id}").json()
    assert len(detail["sources"]) == 3
    assert all(s["merge_reason"] and s["article_id"] for s in detail["sources"])
    assert client.get("/events/DLNOSUCHEVENT").status_code == 404


def test_article_endpoint(client: TestClient) -> None:
    article = client.get("/articles/c01-afp").json()
    assert article["source"] == "AFP" and len(article["event_ids"]) == 1
    assert client.get("/articles/nope").status_code == 404


def test_stats_by_period_and_group(client: TestClient) -> None:
    stats = client.get("/stats", params={"period": "month", "group": "event_type",
                                         "country": "Nigeria"}).json()  # fmt: skip
    assert stats["period"] == "month" and stats["rows"]
    assert (
        sum(r["events"] for r in stats["rows"])
        == client.get("/events", params={"country": "Nigeria"}).json()["total"]
    )
    assert client.get("/stats", params={"period": "year"}).status_code == 422
    weekly = client.get("/stats", params={"period": "week", "actor": "boko"}).json()["rows"]
    assert weekly == [{"period": "2024-03-04", "group": "Nigeria", "events": 1, "fatalities": 9}]


def test_writes_need_the_token(client: TestClient, testset: list[Report]) -> None:
    body = {"id": "new", "text": testset[0].article.text + " Updated."}
    assert client.post("/articles", json=body).status_code == 401
    wrong = client.post("/articles", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert client.patch("/events/X", json={"reviewer": "a", "fatalities": 1}).status_code == 401


def test_writes_refused_when_no_token_is_configured(
    config: ApiConfig, auth: dict[str, str]
) -> None:
    config.token = None
    with TestClient(create_app(config)) as unconfigured:
        response = unconfigured.post("/articles", json={"id": "a", "text": "b"}, headers=auth)
        assert response.status_code == 403 and "DATELINE_API_TOKEN" in response.json()["detail"]


def test_reads_can_be_protected(config: ApiConfig, auth: dict[str, str]) -> None:
    config.protect_reads = True
    with TestClient(create_app(config)) as protected:
        assert protected.get("/events").status_code == 401
        assert protected.get("/events", headers=auth).status_code == 200


def test_post_article_ingests_once(
    config: ApiConfig, testset: list[Report], auth: dict[str, str]
) -> None:
    with TestClient(create_app(config)) as fresh:
        article = testset[0].article
        body = {"id": article.id, "text": article.text, "published": "2024-03-04",
                "source": article.source, "url": article.url}  # fmt: skip
        created = fresh.post("/articles", json=body, headers=auth)
        assert created.status_code == 201, created.text
        assert created.json()["status"] == "added" and len(created.json()["new_events"]) == 1
        again = fresh.post("/articles", json=body, headers=auth)
        assert again.status_code == 200 and again.json()["status"] == "unchanged"
        for bad in ({"id": "x"}, {"id": "", "text": "t"}, {"id": "x", "text": "t", "extra": 1},
                    {"id": "x", "text": "t", "published": "2024-02-30"}):  # fmt: skip
            assert fresh.post("/articles", json=bad, headers=auth).status_code == 422


def test_patch_records_the_reviewer_and_keeps_machine_values(
    client: TestClient, auth: dict[str, str]
) -> None:
    event_id = client.get("/events", params={"q": "Bama"}).json()["events"][0]["event_id"]
    body = {"reviewer": "ann", "fatalities": 20, "note": "ministry list"}
    response = client.patch(f"/events/{event_id}", headers=auth, json=body)
    assert response.status_code == 200, response.text
    detail = response.json()
    assert detail["event"]["fatalities"] == 20 and detail["machine"]["fatalities"] == 14
    assert detail["corrections"][0]["reviewer"] == "ann" and detail["corrections"][0]["created_at"]
    bad = client.patch(
        f"/events/{event_id}", headers=auth, json={"reviewer": "ann", "fatalities": -3}
    )
    assert bad.status_code == 422
    unknown = client.patch(f"/events/{event_id}", headers=auth,
                           json={"reviewer": "ann", "sub_event_type": "Picnic"})  # fmt: skip
    assert unknown.status_code == 422 and "Picnic" in json.dumps(unknown.json()["detail"])
    empty = client.patch(f"/events/{event_id}", headers=auth, json={"reviewer": "ann"})
    assert empty.status_code == 200 and len(empty.json()["corrections"]) == 1
    missing = client.patch("/events/DLNOPE", headers=auth, json={"reviewer": "a", "fatalities": 1})
    assert missing.status_code == 404


def test_split_through_the_api(client: TestClient, auth: dict[str, str]) -> None:
    event_id = client.get("/events", params={"q": "Bama"}).json()["events"][0]["event_id"]
    report_id = client.get(f"/events/{event_id}").json()["sources"][-1]["report_id"]
    split = client.post(f"/events/{event_id}/split", headers=auth,
                        json={"report_id": report_id, "reviewer": "ann"})  # fmt: skip
    assert split.status_code == 200, split.text
    assert len(client.get(f"/events/{event_id}").json()["sources"]) == 2
    assert client.get(f"/events/{split.json()['new_event_id']}").status_code == 200


def test_openapi_documents_every_route(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {
        "/events",
        "/events/{event_id}",
        "/articles",
        "/articles/{article_id}",
        "/stats",
    } <= set(paths)
    assert "patch" in paths["/events/{event_id}"]


def test_typo_in_a_type_filter_is_a_422_naming_it(client: TestClient) -> None:
    for parameter, typo in (("event_type", "Battle"), ("sub_event_type", "Armed clashes")):
        response = client.get("/events", params={parameter: typo})
        assert response.status_code == 422
        [error] = response.json()["detail"]
        assert error["loc"] == ["query", parameter] and error["input"] == typo
    schema = client.get("/openapi.json").json()
    listed = next(p for p in schema["paths"]["/events"]["get"]["parameters"]
                  if p["name"] == "event_type")  # fmt: skip
    assert "Battles" in listed["schema"]["items"]["enum"]


def test_country_filter_takes_case_aliases_and_iso3(client: TestClient) -> None:
    expected = client.get("/events", params={"country": "Nigeria"}).json()["total"]
    assert expected > 0
    for spelling in ("nigeria", "NGA", " NIGERIA "):
        assert client.get("/events", params={"country": spelling}).json()["total"] == expected
    assert client.get("/events", params={"country": "Narnia"}).json()["total"] == 0


def test_article_whose_id_is_a_url_can_be_fetched(
    config: ApiConfig, testset: list[Report], auth: dict[str, str]
) -> None:
    url_id = "https://example.org/feed/entry-7"
    with TestClient(create_app(config)) as fresh:
        body = {"id": url_id, "text": testset[0].article.text, "published": "2024-03-04"}
        assert fresh.post("/articles", json=body, headers=auth).status_code == 201
        fetched = fresh.get(f"/articles/{url_id}")
        assert fetched.status_code == 200 and fetched.json()["article_id"] == url_id


def test_docs_pages_load_nothing_from_the_internet(client: TestClient) -> None:
    for page in ("/docs", "/redoc"):
        html = client.get(page).text
        assert "openapi.json" in html and "cdn." not in html and "https://" not in html
        assets = re.findall(r'(?:src|href)="(/[^"]+\.(?:js|css))"', html)
        assert assets and all(client.get(asset).status_code == 200 for asset in assets)


def test_post_article_says_why_an_undated_article_gave_no_event(
    config: ApiConfig, auth: dict[str, str]
) -> None:
    def undated_extract(articles: list[Article]) -> Iterator[Document]:
        for article in articles:  # as the pipeline does with relative dates and no publication
            yield Document(article, warnings=["events without a date in the text and no "
                                              "publication date: skipped"])  # fmt: skip

    config.extract = undated_extract
    with TestClient(create_app(config)) as fresh:
        body = {"id": "undated", "text": "Gunmen killed four traders in Gao on Monday."}
        response = fresh.post("/articles", json=body, headers=auth)
        assert response.status_code == 201 and response.json()["reports"] == 0
        [warning] = response.json()["warnings"]
        assert "no publication date" in warning and warning.endswith('"published": "YYYY-MM-DD")')
        dated = {**body, "id": "dated", "text": body["text"] + " (2)", "published": "2024-03-05"}
        config.extract = lambda articles: (Document(a) for a in articles)
        assert fresh.post("/articles", json=dated, headers=auth).json()["warnings"] == []


def test_a_mistyped_sub_event_type_correction_names_the_closest_type(
    client: TestClient, auth: dict[str, str]
) -> None:
    event_id = client.get("/events").json()["events"][0]["event_id"]
    response = client.patch(
        f"/events/{event_id}",
        headers=auth,
        json={"reviewer": "ann", "sub_event_type": "Armed clashes"},
    )
    assert response.status_code == 422
    assert "did you mean 'Armed clash'?" in response.json()["detail"][0]["msg"]


def test_a_corrected_country_is_stored_under_its_acled_name(
    client: TestClient, auth: dict[str, str]
) -> None:
    event_id = client.get("/events", params={"country": "Kenya"}).json()["events"][0]["event_id"]
    response = client.patch(f"/events/{event_id}", headers=auth,
                            json={"reviewer": "ann", "country": "ken"})  # fmt: skip
    assert response.status_code == 200 and response.json()["event"]["country"] == "Kenya"
    unknown = client.patch(f"/events/{event_id}", headers=auth,
                           json={"reviewer": "ann", "country": "Kenia"})  # fmt: skip
    assert unknown.status_code == 422
    assert "did you mean 'Kenya'?" in unknown.json()["detail"][0]["msg"]
    kenya = client.get("/events", params={"country": "Kenya", "limit": 1000}).json()["events"]
    assert event_id in {e["event_id"] for e in kenya}


def test_every_page_format_carries_the_total_and_page_links(client: TestClient) -> None:
    total = client.get("/events").json()["total"]
    params = [("limit", "2"), ("offset", "2"), ("sort", "fatalities")]
    for accept in ("application/json", "text/csv", "application/geo+json"):
        response = client.get("/events", params=params, headers={"Accept": accept})
        assert response.headers["x-total-count"] == str(total)
        if accept == "text/csv":  # a browser saving the download names it by its format
            assert response.headers["content-disposition"] == 'inline; filename="events.csv"'
        found = re.findall(r'<([^>]+)>; rel="(\w+)"', response.headers["link"])
        links = {rel: url for url, rel in found}
        assert set(links) == {"first", "prev", "next", "last"}
        assert "offset=0" in links["first"] and "offset=4" in links["next"]
        assert "sort=fatalities" in links["next"] and "limit=2" in links["next"]
        last = client.get(links["last"], headers={"Accept": "application/json"}).json()
        assert 1 <= len(last["events"]) <= 2 and last["offset"] + len(last["events"]) == total
    first = client.get("/events", params={"limit": 1000})
    assert 'rel="next"' not in first.headers["link"] and 'rel="prev"' not in first.headers["link"]


def test_browser_origins_the_operator_names_may_call_the_api(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    dashboard = "http://localhost:5173"
    monkeypatch.delenv("DATELINE_API_CORS_ORIGINS", raising=False)
    closed = TestClient(create_app(ApiConfig(db_url=db_url, token="t")))
    asked = closed.get("/events", headers={"Origin": dashboard})
    assert "access-control-allow-origin" not in asked.headers  # none unless named
    monkeypatch.setenv("DATELINE_API_CORS_ORIGINS", f"{dashboard}/, https://dash.example.org")
    opened = TestClient(create_app(ApiConfig(db_url=db_url, token="t")))
    preflight = opened.options("/events/x", headers={
        "Origin": dashboard, "Access-Control-Request-Method": "PATCH",
        "Access-Control-Request-Headers": "authorization,content-type"})  # fmt: skip
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == dashboard
    read = opened.get("/events", headers={"Origin": dashboard})
    assert read.headers["access-control-allow-origin"] == dashboard
    assert "x-total-count" in read.headers["access-control-expose-headers"].lower()
    other = opened.get("/events", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers
