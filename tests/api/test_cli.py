"""``dateline serve`` starts a real server that answers over HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from dateline.cli import cli


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_is_a_command() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "--port" in result.output


def test_serve_answers_over_http(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "DATELINE_API_TOKEN": "t0ken"}
    command = [sys.executable, "-m", "dateline.cli", "serve", "--port", str(port),
               "--db", str(tmp_path / "served.sqlite")]  # fmt: skip
    server = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        response = None
        for _ in range(100):
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/events", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert response is not None and response.status_code == 200
        assert response.json() == {"total": 0, "limit": 50, "offset": 0, "events": []}
        denied = httpx.post(f"http://127.0.0.1:{port}/articles", json={"id": "a", "text": "b"})
        assert denied.status_code == 401
    finally:
        server.terminate()
        said, _ = server.communicate(timeout=10)
    # where to point a browser, first thing on the console
    assert f"at http://127.0.0.1:{port} (OpenAPI docs at http://127.0.0.1:{port}/docs)" in (
        said.decode()
    )


def test_serve_refuses_a_database_url_of_unknown_scheme(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # where a mistaken URL would have become a SQLite file
    monkeypatch.setenv("DATELINE_DB", "")  # serve sets it: recorded so that it is undone
    result = CliRunner().invoke(cli, ["serve", "--db", "mysql://me@db.example/events"])
    assert result.exit_code == 2 and "mysql://" in result.output
    assert list(tmp_path.iterdir()) == []


def test_serve_reports_an_unopenable_database_before_listening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATELINE_DB", "")  # serve sets it: recorded so that it is undone
    junk = tmp_path / "notes.sqlite"
    junk.write_text("not a database", encoding="utf-8")
    result = CliRunner().invoke(cli, ["serve", "--db", str(junk)])
    assert result.exit_code == 1 and "notes.sqlite" in result.output
    assert "Traceback" not in result.output


def test_serve_says_what_it_serves_and_whether_writes_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[dict[str, object]] = []
    monkeypatch.setattr("uvicorn.run", lambda *args, **kwargs: started.append(kwargs))
    monkeypatch.delenv("DATELINE_API_TOKEN", raising=False)
    monkeypatch.setenv("DATELINE_DB", "")  # serve sets it: recorded so that it is undone
    db = str(tmp_path / "served.sqlite")
    result = CliRunner().invoke(cli, ["serve", "--db", db, "--port", "8123"])
    assert result.exit_code == 0 and started and started[0]["port"] == 8123
    assert db in result.output and "writes (POST, PATCH) are refused" in result.output
    monkeypatch.setenv("DATELINE_API_TOKEN", "t0ken")
    result = CliRunner().invoke(cli, ["serve", "--db", db])
    assert "writes need the bearer token" in result.output
