"""Building the embedded gazetteer: names GeoNames files under the wrong town."""

from __future__ import annotations

from typing import Any

from dateline.gazetteer.build import drop_confused_alternates


def city(
    geonameid: int, name: str, population: int, *alternates: str, cc: str = "UA"
) -> dict[str, Any]:
    return {"geonameid": geonameid, "name": name, "countrycode": cc, "population": population,
            "alternatenames": list(alternates)}  # fmt: skip


def test_a_town_carrying_another_towns_name_loses_that_towns_names() -> None:
    # GeoNames files Sloviansk's spellings under Nikopol, both ~105,000 people.
    sloviansk = city(693468, "Slovyansk", 105_141, "Sloviansk", "Slavyansk")
    nikopol = city(700051, "Nikopol", 105_160, "Slov'yansk", "Slov'iansk", "Sloviansk", "Nikopol'")
    drop_confused_alternates([sloviansk, nikopol])
    assert nikopol["alternatenames"] == ["Nikopol'"]
    assert sloviansk["alternatenames"] == ["Sloviansk", "Slavyansk"]


def test_shared_names_of_unconfused_towns_stay() -> None:
    # A hamlet is no owner; a namesake abroad is no owner; a bigger town keeps its alternate.
    hamlet = city(1, "Kopri", 600, "Old Kopri")
    town = city(2, "Vel", 40_000, "Kopri")
    abroad = city(3, "Lamu", 30_000, "Marda", cc="KE")
    marda = city(4, "Karo", 50_000, "Marda")
    big = city(5, "Bigtown", 900_000, "Smallville")
    smallville = city(6, "Smallville", 8_000)
    drop_confused_alternates([hamlet, town, abroad, marda, big, smallville])
    assert town["alternatenames"] == ["Kopri"]
    assert abroad["alternatenames"] == ["Marda"] and marda["alternatenames"] == ["Marda"]
    assert big["alternatenames"] == ["Smallville"]


def test_the_embedded_gazetteer_places_sloviansk_in_donetsk() -> None:
    from dateline.gazetteer.index import get_gazetteer
    from dateline.gazetteer.matcher import find_matches, tokenize
    from dateline.gazetteer.resolve import resolve

    text = "Russian shelling hit Sloviansk on Sunday."
    matches = find_matches(text, tokenize(text), get_gazetteer().candidates)
    readings = {r.match.text: r for r in resolve(text, matches, [1.0] * len(matches))}
    best = readings["Sloviansk"].best
    assert best is not None and best.row.admin1 == "Donetsk"
