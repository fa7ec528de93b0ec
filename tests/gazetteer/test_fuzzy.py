from pathlib import Path

from dateline.gazetteer import store
from dateline.gazetteer.fuzzy import fuzzy_place


def test_near_spellings_resolve_within_the_articles_countries():
    hit = fuzzy_place("Jisr al-Shugur", ["SY"])
    assert hit is not None and hit[0].cc == "SY" and hit[1] >= 88
    assert "Jisr" in hit[0].name


def test_no_match_far_from_every_name_or_outside_the_countries():
    assert fuzzy_place("Xqzzyville", ["SY"]) is None
    assert fuzzy_place("Jisr al-Shugur", ["NO"]) is None
    assert fuzzy_place("Abc", ["SY"]) is None  # too short to compare safely


def test_stored_country_keys_are_what_the_join_gives_and_old_files_still_work(
    tmp_path: Path,
) -> None:
    conn = store.connect(tmp_path / "g.sqlite")
    writer = store.Writer(conn)
    for name, cc in (("Kafr Nabl", "SY"), ("Saraqib", "SY"), ("Tromso", "NO")):
        row = store.PlaceRow(0, name, 35.0, 36.0, cc, "01", "", "", "P", "PPL", 1000, "place", 0)
        writer.add(row, [(name, "name")])
    writer.finish({})
    joined = conn.execute(store.COUNTRY_KEYS_QUERY, ("SY",)).fetchall()
    assert store.read_country_keys(conn, "SY") is None  # built before the table: join instead
    store.write_country_keys(conn)
    keys, ids = store.read_country_keys(conn, "SY") or ([], [])
    assert list(zip(keys, ids, strict=True)) == joined and len(keys) == 2
    assert store.read_country_keys(conn, "FR") == ([], [])
