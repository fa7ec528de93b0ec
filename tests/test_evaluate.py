"""The evaluation matcher and scorer, on hand-made gold/predicted pairs (no pipeline)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.evaluate import evaluate_command, evaluate_documents
from dateline.evaluation.compare import _admin1_synonyms, actors_match, admin1_match, distance_km
from dateline.evaluation.gold import CodedEvent, coded_from_event, load_gold
from dateline.evaluation.matching import match_events, similarity
from dateline.evaluation.report import render, render_errors
from dateline.evaluation.scoring import match_articles, score_articles, score_results, weighted_f1
from dateline.model import Document, Event

CLASH = CodedEvent(
    event_date=date(2021, 5, 3),
    event_type="Battles",
    sub_event_type="Armed clash",
    actor1="Islamic State (Syria)",
    actor2="Military Forces of Syria (2000-)",
    country="Syria",
    admin1="Deir ez-Zor",
    location="Al Mayadin",
    latitude=35.0199,
    longitude=40.4526,
    fatalities=12,
)
STRIKE = CodedEvent(
    event_date=date(2021, 5, 5),
    event_type="Explosions/Remote violence",
    sub_event_type="Air/drone strike",
    actor1="Military Forces of Russia (2000-)",
    actor2="Civilians (Syria)",
    country="Syria",
    admin1="Idlib",
    location="Maarrat an Nu'man",
    latitude=35.6480,
    longitude=36.6743,
    fatalities=7,
    civilian_targeting=True,
)


def test_actor_match_forgives_regime_years_and_country_suffix() -> None:
    assert actors_match("Military Forces of Syria (2000-)", "military forces of syria")
    assert actors_match("Islamic State (Syria)", "Islamic State")
    assert not actors_match("Islamic State (Syria)", "Hayat Tahrir al-Sham")
    assert not actors_match("Civilians (Syria)", "")
    assert actors_match("", "")
    assert not actors_match("Police Forces of Kenya (2022-)", "Kenya")


def test_admin1_match_accepts_only_listed_spellings_of_one_division() -> None:
    assert admin1_match("Deir ez-Zor", "deir ez zor")
    assert not admin1_match("Deir ez-Zor", "Idlib")
    if _admin1_synonyms():  # the gazetteer's ACLED table is optional for the evaluator
        assert admin1_match("Daraa", "Dar'a")
        assert not admin1_match("Daraa", "Idlib")


def test_distance_km_is_great_circle() -> None:
    paris = replace(CLASH, latitude=48.8566, longitude=2.3522)
    london = replace(CLASH, latitude=51.5074, longitude=-0.1278)
    km = distance_km(paris, london)
    assert km is not None and 340 < km < 347  # Paris-London is about 344 km
    assert distance_km(CLASH, replace(STRIKE, latitude=None)) is None


def test_matching_pairs_each_prediction_with_its_own_event_regardless_of_order() -> None:
    predicted = [replace(STRIKE, fatalities=5), replace(CLASH, event_date=date(2021, 5, 4))]
    match = match_events([CLASH, STRIKE], predicted)
    assert sorted(match.pairs) == [(0, 1), (1, 0)]
    assert match.missed == () and match.spurious == ()


def test_unrelated_prediction_stays_unmatched() -> None:
    unrelated = CodedEvent(
        event_date=date(2020, 1, 1),
        event_type="Protests",
        sub_event_type="Peaceful protest",
        actor1="Protesters (Kenya)",
        country="Kenya",
        latitude=-1.28,
        longitude=36.82,
    )
    assert similarity(CLASH, unrelated) < 1.0
    match = match_events([CLASH], [unrelated])
    assert match.pairs == () and match.missed == (0,) and match.spurious == (0,)


def test_a_prediction_without_coordinates_still_matches_by_place_name() -> None:
    unlocated = replace(CLASH, latitude=None, longitude=None, sub_event_type="Attack")
    assert similarity(CLASH, unlocated) > similarity(CLASH, replace(unlocated, location="Homs"))
    assert match_events([CLASH], [unlocated]).pairs == ((0, 0),)


def test_matching_prefers_the_globally_best_assignment() -> None:
    # The second prediction resembles CLASH better than the first one does; the first fits
    # the other clash, so the optimal matching pairs them crosswise rather than greedily.
    other = replace(CLASH, event_date=date(2021, 5, 9), fatalities=3)
    near_both = replace(CLASH, event_date=date(2021, 5, 6))
    exact = replace(CLASH)
    match = match_events([CLASH, other], [near_both, exact])
    assert sorted(match.pairs) == [(0, 1), (1, 0)]


def test_scores_count_detection_and_fields() -> None:
    wrong_sub = replace(STRIKE, sub_event_type="Shelling/artillery/missile attack", fatalities=5)
    spurious = replace(
        CLASH,
        event_date=date(2021, 4, 1),
        latitude=2.0,
        longitude=45.0,
        country="Somalia",
        event_type="Riots",
        sub_event_type="Mob violence",
    )
    scores = score_articles(
        [
            ("a", "wire", [CLASH, STRIKE], [CLASH, wrong_sub]),
            ("b", "note", [], [spurious]),
            ("c", "note", [], []),
        ]
    )
    m = scores.metrics
    assert scores.counts["matched_events"] == 2
    assert m["detection_precision"] == pytest.approx(2 / 3)
    assert m["detection_recall"] == 1.0
    assert m["event_type"] == 1.0
    assert m["sub_event_type"] == 0.5
    assert m["fatalities"] == 0.5
    assert m["location_25km"] == 1.0
    assert m["null_articles_clean"] == 0.5
    assert ("Air/drone strike", "Shelling/artillery/missile attack", 1) in scores.confusions
    assert ("NONE", "Mob violence", 1) in scores.confusions
    assert scores.by_register["wire"]["detection_f1"] == 1.0
    assert scores.by_register["note"]["detection_precision"] == 0.0
    assert scores.by_sub_event_type["Air/drone strike"] == {
        "gold": 1.0,
        "detected": 1.0,
        "correct": 0.0,
    }


def test_weighted_f1() -> None:
    assert weighted_f1(["a", "a", "b"], ["a", "a", "b"]) == 1.0
    # a: P=1/2 R=1/2; b: P=0 R=0 -> (2*0.5 + 1*0) / 3
    assert weighted_f1(["a", "a", "b"], ["a", "b", "a"]) == pytest.approx(1 / 3)
    assert weighted_f1(["NONE"], ["a"]) == 0.0


def _gold_file(tmp_path: Path) -> Path:
    record = {
        "id": "t1",
        "text": "Militants attacked an army post in Al Mayadin on Monday.",
        "published": "2021-05-04",
        "register": "note",
        "split": "test",
        "events": [
            {
                "event_date": "2021-05-03",
                "time_precision": 1,
                "event_type": "Battles",
                "sub_event_type": "Armed clash",
                "actor1": "Islamic State (Syria)",
                "actor2": "Military Forces of Syria (2000-)",
                "country": "Syria",
                "admin1": "Deir ez-Zor",
                "location": "Al Mayadin",
                "latitude": 35.0199,
                "longitude": 40.4526,
                "geo_precision": 1,
                "fatalities": 12,
                "civilian_targeting": False,
                "disputed": False,
            }
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_load_gold_filters_by_split(tmp_path: Path) -> None:
    path = _gold_file(tmp_path)
    assert [g.article.id for g in load_gold(path, "test")] == ["t1"]
    assert load_gold(path, "dev") == []
    with pytest.raises(ValueError):
        load_gold(path, "train")


def test_evaluate_documents_scores_predicted_events(tmp_path: Path) -> None:
    gold = load_gold(_gold_file(tmp_path))
    doc = Document(gold[0].article)
    doc.events.append(
        Event(
            article_id="t1",
            event_id="t1-1",
            event_date=date(2021, 5, 3),
            time_precision=1,
            disorder_type="Political violence",
            event_type="Battles",
            sub_event_type="Armed clash",
            actor1="Islamic State",
            inter1=2,
            actor2="Military Forces of Syria (2000-)",
            inter2=1,
            country="Syria",
            admin1="Deir ez-Zor",
            latitude=35.02,
            longitude=40.45,
            fatalities=12,
        )
    )
    assert coded_from_event(doc.events[0]).actor1 == "Islamic State"
    scores = evaluate_documents(gold, [doc])
    assert scores.metrics["detection_f1"] == 1.0
    assert scores.metrics["actor1"] == 1.0
    assert scores.metrics["fatalities"] == 1.0


def test_command_rejects_malformed_gold(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "t", "events": [{"event_type": "Battles"}]}\n')
    result = CliRunner().invoke(evaluate_command, [str(bad)])
    assert result.exit_code != 0
    assert "malformed gold event" in result.output


def test_report_renders_scores_confusions_registers_and_errors() -> None:
    wrong = replace(STRIKE, sub_event_type="Shelling/artillery/missile attack")
    rows = [("a", "wire", [CLASH, STRIKE], [wrong]), ("b", "note", [], [])]
    results = match_articles(rows)
    text = render(score_results(results), "title")
    assert "detection_f1" in text and "By register" in text and "By gold sub-event" in text
    assert "Air/drone strike -> Shelling/artillery/missile attack" in text
    errors = render_errors(results)
    assert "missed" in errors and "sub_event_type" in errors
    assert "b (note)" not in errors  # a correct empty article has nothing to report


def test_command_prints_json_scores(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        evaluate_command, [str(_gold_file(tmp_path)), "--json", "--workers", "1"]
    )
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["counts"]["articles"] == 1
    assert scores["counts"]["articles_with_stage_failures"] == 0
    assert set(scores) == {"metrics", "counts", "confusions", "by_register", "by_sub_event_type"}


def test_command_names_a_plain_article_given_as_gold(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Gunmen killed two traders in Gao on Monday.\n", encoding="utf-8")
    result = CliRunner().invoke(evaluate_command, [str(article)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{article}:1: not JSON" in result.output
    assert "a gold file is JSONL" in result.output and "dateline extract" in result.output
    listed = tmp_path / "list.jsonl"
    listed.write_text("[1, 2]\n", encoding="utf-8")
    result = CliRunner().invoke(evaluate_command, [str(listed)])
    assert f"{listed}:1: not a JSON object" in result.output


def test_null_articles_score_is_absent_when_there_are_none() -> None:
    clash = CodedEvent(date(2024, 1, 1), "Battles", "Armed clash", country="Mali")
    scores = score_articles([("a", "wire", [clash], [clash])])
    assert "null_articles_clean" not in scores.metrics
    lines = [line.split()[:2] for line in render(scores).splitlines()]
    assert ["null_articles_clean", "n/a"] in lines
    with_null = score_articles([("a", "wire", [clash], [clash]), ("b", "wire", [], [])])
    assert with_null.metrics["null_articles_clean"] == 1.0
    assert "n/a" not in render(with_null)


def test_command_skips_a_malformed_line_scores_the_rest_and_exits_3(tmp_path: Path) -> None:
    path = _gold_file(tmp_path)
    with path.open("a", encoding="utf-8") as out:
        out.write('{"id": "broken",\n')
    result = CliRunner().invoke(evaluate_command, [str(path), "--json", "--workers", "1"])
    assert result.exit_code == 3
    assert f"{path}:2: not JSON" in result.stderr and result.stderr.count("skipped") == 2
    assert json.loads(result.stdout)["counts"]["articles"] == 1
    with pytest.raises(ValueError):  # the library call stays strict
        load_gold(path)


def test_command_workers_range_and_exit_codes_in_help(tmp_path: Path) -> None:
    bad = CliRunner().invoke(evaluate_command, [str(_gold_file(tmp_path)), "--workers", "0"])
    assert bad.exit_code == 2 and "1<=x<=64" in bad.output
    shown = " ".join(CliRunner().invoke(evaluate_command, ["--help"]).output.split())
    assert "3 some lines skipped" in shown
