"""City-provinces whose GeoNames code had no name get their ACLED province (admin1_extra.csv)."""

from dateline.gazetteer.index import get_gazetteer
from dateline.gazetteer.normalize import fold_key


def _city_admin1(name: str, country_code: str) -> str:
    rows = [c.row for c in get_gazetteer().candidates(fold_key(name))]
    towns = [r for r in rows if r.kind == "place" and r.cc == country_code]
    return max(towns, key=lambda r: r.population).admin1


def test_capital_districts_have_a_province() -> None:
    assert _city_admin1("Bamako", "ML") == "Bamako"
    assert _city_admin1("Doha", "QA") == "Ad Dawhah"
    assert _city_admin1("Wau", "SS") == "Western Bahr el Ghazal"
    assert _city_admin1("Alexandria", "EG") == "Alexandria"
