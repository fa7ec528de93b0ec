import zipfile

import pytest
from click.testing import CliRunner

from dateline.gazetteer.cli import gazetteer
from dateline.gazetteer.index import get_gazetteer, reset_gazetteer
from dateline.gazetteer.normalize import fold_key


def _geoname(gid, name, alts, lat, lon, fclass, fcode, cc, admin1, population):
    cols = [str(gid), name, name, ",".join(alts), str(lat), str(lon), fclass, fcode, cc, "",
            admin1, "", "", "", str(population), "", "100", "Asia/Damascus", "2024-01-01"]
    return "\t".join(cols) + "\n"


@pytest.fixture
def dumps(tmp_path):
    rows = [
        _geoname(99000001, "Khirbat Zuwayqiyah", ["Khirbet Zweiqiyeh"], 35.2, 40.3, "P", "PPL",
                 "SY", "07", 320),
        _geoname(99000002, "Tall Qubbat", [], 35.1, 40.2, "T", "HLL", "SY", "07", 0),
        _geoname(99000003, "Broken", [], "x", 0, "P", "PPL", "SY", "07", 0)[:20],
    ]
    country_zip = tmp_path / "SY.zip"
    with zipfile.ZipFile(country_zip, "w") as archive:
        archive.writestr("SY.txt", "".join(rows))
    admin1 = tmp_path / "admin1CodesASCII.txt"
    admin1.write_text("SY.07\tDayr az Zawr\tDayr az Zawr\t170792\n", encoding="utf-8")
    alternates = tmp_path / "alternateNamesV2.txt"
    alternates.write_text("1\t99000001\ten\tZweiqiyeh Ruins\t\t\t\t\t\t\n"
                          "2\t12345\ten\tNowhere\t\t\t\t\t\t\n", encoding="utf-8")
    return [country_zip, admin1, alternates]


def test_import_then_lookup_finds_the_imported_places(dumps, tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_GAZETTEER", str(tmp_path / "gaz"))
    reset_gazetteer()
    try:
        result = CliRunner().invoke(gazetteer, ["import", *map(str, dumps)])
        assert result.exit_code == 0, result.output
        assert (tmp_path / "gaz" / "geonames.sqlite").exists()
        gaz = get_gazetteer()
        found = [c.row for c in gaz.candidates(fold_key("Khirbet Zweiqiyeh"))]
        assert any(r.geonameid == 99000001 and r.admin1 == "Deir ez-Zor" for r in found)
        assert any(r.geonameid == 99000001 for r in
                   (c.row for c in gaz.candidates(fold_key("Zweiqiyeh Ruins"))))
        assert any(c.row.kind == "feature" for c in gaz.candidates(fold_key("Tall Qubbat")))
        assert gaz.candidates(fold_key("Broken")) == [] or all(
            c.row.geonameid != 99000003 for c in gaz.candidates(fold_key("Broken")))
        info = CliRunner().invoke(gazetteer, ["info"])
        assert "geonames-import" in info.output and "embedded" in info.output
    finally:
        reset_gazetteer()


def test_importing_twice_adds_nothing_new(dumps, tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_GAZETTEER", str(tmp_path / "gaz"))
    runner = CliRunner()
    try:
        first = runner.invoke(gazetteer, ["import", str(dumps[0])])
        second = runner.invoke(gazetteer, ["import", str(dumps[0])])
        assert '"places": 2' in first.output and '"places": 0' in second.output
    finally:
        reset_gazetteer()


def test_rejects_files_that_are_not_geonames_tables(tmp_path):
    bogus = tmp_path / "notes.txt"
    bogus.write_text("hello\tworld\n", encoding="utf-8")
    result = CliRunner().invoke(gazetteer, ["import", str(bogus)])
    assert result.exit_code != 0 and "not a GeoNames table" in result.output


@pytest.fixture
def mirror(dumps):
    """A GeoNames mirror on the loopback interface, serving the dumps' folder."""
    import functools
    import http.server
    import threading

    folder = str(dumps[0].parent)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_import_from_a_url_downloads_then_imports(mirror, tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_GAZETTEER", str(tmp_path / "gaz"))
    try:
        result = CliRunner().invoke(
            gazetteer, ["import", f"{mirror}/SY.zip", f"{mirror}/admin1CodesASCII.txt"]
        )
        assert result.exit_code == 0, result.output
        assert '"places": 2' in result.stdout and "SY.zip: 2 places imported" in result.stderr
        found = [c.row for c in get_gazetteer().candidates(fold_key("Khirbat Zuwayqiyah"))]
        assert any(r.geonameid == 99000001 and r.admin1 == "Deir ez-Zor" for r in found)
    finally:
        reset_gazetteer()


def test_a_missing_url_or_file_is_one_line_before_any_import(mirror, tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_GAZETTEER", str(tmp_path / "gaz"))
    missing = CliRunner().invoke(gazetteer, ["import", f"{mirror}/XX.zip"])
    assert missing.exit_code == 1 and "XX.zip: HTTP 404" in missing.output
    assert "Traceback" not in missing.output
    no_file = CliRunner().invoke(gazetteer, ["import", f"{mirror}/SY.zip", "nowhere.zip"])
    assert no_file.exit_code == 2 and "'nowhere.zip' does not exist" in no_file.output
    no_name = CliRunner().invoke(gazetteer, ["import", f"{mirror}/"])
    assert no_name.exit_code == 1 and "names no file" in no_name.output
    assert not (tmp_path / "gaz" / "geonames.sqlite").exists()
