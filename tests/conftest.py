"""Fixtures shared across the suite.

Real data by others (the worked example, GeoVirus, the UCDP sample) lives outside the
repository in ``<repo>/../shared``. Tests that need it skip on a developer machine without it,
but fail in CI (``CI=true``), where it is always laid beside the clone.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def shared_file(relative: str) -> Path:
    """``<repo>/../shared/<relative>``; fail under CI, skip elsewhere, when it is missing."""
    path = SHARED / relative
    if not path.exists():
        message = f"shared data not found: {path}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def worked_example_text() -> str:
    return shared_file("examples/albu-kamal-2018-06-09.txt").read_text(encoding="utf-8")


def load_bench(name: str) -> ModuleType:
    """A script of ``bench/`` imported as a module (the bench directory is no package)."""
    bench = Path(__file__).resolve().parents[1] / "bench" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"{name}_bench", bench)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def ucdp_locations_bench() -> ModuleType:
    return load_bench("ucdp_locations")


@pytest.fixture(scope="session")
def ucdp_csv() -> Path:
    return shared_file("data/ucdp-ged-sample/ucdp_ged231_sample1000.csv")


@pytest.fixture(scope="session")
def ucdp_scores(ucdp_csv: Path) -> dict[str, float]:
    """Dates and casualty figures scored on UCDP GED headlines (bench/ucdp_dates_numbers.py)."""
    from dateline.pipeline import Pipeline

    module = load_bench("ucdp_dates_numbers")
    events = module.load_events(ucdp_csv)
    report: dict[str, float] = module.score(events, Pipeline(stages=("dates", "numbers"))).report()
    return report
