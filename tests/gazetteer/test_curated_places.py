"""Every curated town (places_curated.csv) is found and placed at its own point when a report
names it with its country -- the rows exist because GeoNames >= 500 people lacks them."""

from functools import cache

import pytest

from dateline.gazetteer.countries import country_by_iso2
from dateline.gazetteer.normalize import fold_key
from dateline.gazetteer.resolve import distance_km
from dateline.model import Article, Document
from dateline.pipeline import Pipeline
from dateline.resources import load_csv

KINDS = ("place",)


@cache
def _pipeline() -> Pipeline:
    return Pipeline(stages=("actors", "places"))


def _towns() -> list[dict[str, str]]:
    """Curated towns the matcher can key (a name too short for a fuzzy key, like 'Yei', is
    only matched by the spelling rules of the places stage, not tested here; nor is a name
    with an elided particle, "Petite Riviere de l'Artibonite", which the matcher does not
    join across: its short alias "Petite-Riviere" is probed in tests/pipeline)."""
    return [r for r in load_csv("gazetteer/places_curated.csv")
            if r["kind"] in KINDS and r["fclass"] == "P"
            and (r["fcode"] == "PPL" or r["fcode"].startswith("PPLA")) and fold_key(r["name"])
            and " l'" not in r["name"]]


def _report(row: dict[str, str]) -> tuple[str, Document]:
    country = country_by_iso2(row["cc"])
    assert country is not None, row["cc"]
    text = f"Gunmen attacked the town of {row['name']}, {country.name}, on Monday."
    return text, _pipeline()(Article("t", text))


@pytest.mark.parametrize("row", _towns(), ids=lambda r: r["name"])
def test_a_curated_town_resolves_to_its_point(row: dict[str, str]) -> None:
    text, doc = _report(row)
    found = [pm for pm in doc.places if pm.span.text == row["name"] and pm.place]
    assert found, f"{row['name']} not found in {text!r}"
    place = found[0].place
    assert place is not None and place.country_code == row["cc"]
    assert distance_km(place.latitude, place.longitude,
                       float(row["lat"]), float(row["lon"])) < 5
    assert place.admin1 == row["admin1"]
