"""``dateline classify`` end to end through click, on a JSONL input."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from dateline.cli import cli


def test_classify_jsonl(tmp_path: Path) -> None:
    corpus = tmp_path / "descriptions.jsonl"
    rows = [
        {"id": "a", "text": "A roadside bomb hit an army convoy, killing three soldiers."},
        {"id": "b", "text": "Floods swept through the valley, killing eleven people."},
        {"id": "c", "text": "Police fired tear gas to disperse students protesting fee rises."},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["classify", str(corpus)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b", "c"]
    assert set(lines[0]) == {"id", "event_type", "sub_event_type", "score"}
    assert lines[0]["sub_event_type"] == "Remote explosive/landmine/IED"
    assert lines[0]["event_type"] == "Explosions/Remote violence"
    assert lines[1]["sub_event_type"] == "NONE" and lines[1]["event_type"] == "NONE"
    assert lines[2]["sub_event_type"] == "Protest with intervention"
    assert all(0.0 < line["score"] <= 1.0 for line in lines)


def test_classify_reports_bad_input_and_keeps_going(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "x", "text": "Gunmen kidnapped a priest."}) + "\n")
    result = CliRunner().invoke(cli, ["classify", str(tmp_path / "missing.jsonl"), str(good)])
    assert result.exit_code == 3  # as extract: the rest written, the skip signalled
    assert '"sub_event_type": "Abduction/forced disappearance"' in result.stdout
