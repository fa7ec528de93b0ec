"""bench/geovirus_eval.py: a missing or unreadable GeoVirus file is one clear line."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from tests.conftest import load_bench


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return load_bench("geovirus_eval")


@pytest.mark.parametrize("content", [None, "<articles><article>", "not xml at all"])
def test_a_missing_or_broken_file_is_one_line(
    bench: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None
) -> None:
    path = tmp_path / "GeoVirus.xml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        bench.main([str(path)])
    assert stopped.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith(f"geovirus_eval: {path}: ") and err.count("\n") == 1
    assert "Traceback" not in err
    if content is None:
        assert "No such file or directory" in err


def test_a_small_file_is_read(bench: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "GeoVirus.xml"
    path.write_text(
        "<articles><article><text>Flu in Lima.</text><locations><location>"
        "<name>Lima</name><start>7</start><end>11</end><lat>-12.04</lat><lon>-77.03</lon>"
        "</location></locations></article></articles>",
        encoding="utf-8",
    )
    (article,) = bench.load_geovirus(path)
    assert article.text == "Flu in Lima." and article.places[0].text == "Lima"
