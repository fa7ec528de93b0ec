import os
import time
from pathlib import Path

from dateline.gazetteer.admin import admin1_name, clean_division_name
from dateline.gazetteer.index import _remove_stale, get_gazetteer
from dateline.gazetteer.normalize import fold_key


def _cands(name):
    return get_gazetteer().candidates(fold_key(name))


def test_press_spellings_find_the_geonames_town():
    for spelling in ("Albu Kamal", "Abu Kamal", "Al-Bukamal"):
        towns = [c.row for c in _cands(spelling) if c.row.kind == "place"]
        assert any(r.cc == "SY" and r.admin1 == "Deir ez-Zor" for r in towns), spelling


def test_provinces_carry_acled_names_and_seats():
    divisions = [c.row for c in _cands("Swaida") if c.row.kind == "admin1"]
    assert divisions and divisions[0].admin1 == "As-Suwayda"
    seat = get_gazetteer().seat(divisions[0])
    assert seat is not None and abs(seat.lat - 32.7) < 0.1
    assert admin1_name("IQ", "07") == "Baghdad"


def test_division_names_lose_their_type_words():
    assert clean_division_name("Basra Governorate") == "Basra"
    assert clean_division_name("Muhafazat Kirkuk") == "Kirkuk"
    assert clean_division_name("Anhui Sheng") == "Anhui"
    assert clean_division_name("Province") == "Province"


def test_countries_demonyms_and_curated_features_are_indexed():
    assert any(c.row.kind == "country" and c.row.cc == "SY" for c in _cands("Syria"))
    assert any(c.role == "demonym" and c.row.cc == "IQ" for c in _cands("Iraqi"))
    assert any(c.row.kind == "feature" for c in _cands("Euphrates Valley"))
    assert any(c.row.kind == "country" and c.row.cc == "US" for c in _cands("U.S."))


def test_country_seat_is_the_capital():
    gaz = get_gazetteer()
    country = next(c.row for c in _cands("Lebanon") if c.row.kind == "country")
    assert gaz.seat(country).name == "Beirut"


def test_unknown_names_have_no_candidates():
    assert _cands("Xqzzyville") == []
    assert _cands("") == []


def test_stale_indexes_younger_than_a_day_or_among_the_newest_are_kept(tmp_path: Path) -> None:
    current = tmp_path / "gazetteer-current.sqlite"
    current.write_text("")
    day = 86_400
    ages = {"recent": 3600, "old1": 2 * day, "old2": 3 * day, "old3": 4 * day, "old4": 5 * day}
    for name, age in ages.items():
        path = tmp_path / f"gazetteer-{name}.sqlite"
        path.write_text("")
        stamp = time.time() - age
        os.utime(path, (stamp, stamp))
    _remove_stale(current, keep=2)
    left = sorted(p.name for p in tmp_path.glob("gazetteer-*.sqlite"))
    # the two newest others stay (one of them in use within the day); older ones go
    assert left == ["gazetteer-current.sqlite", "gazetteer-old1.sqlite",
                    "gazetteer-recent.sqlite"]
    young = tmp_path / "gazetteer-young.sqlite"
    young.write_text("")
    _remove_stale(current, keep=0)
    assert young.exists() and (tmp_path / "gazetteer-recent.sqlite").exists()
    assert not (tmp_path / "gazetteer-old1.sqlite").exists()
