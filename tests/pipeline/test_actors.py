"""Actor recognition: named groups, state forces by country and era, generic actors."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.model import Article, Document
from dateline.pipeline import Pipeline
from dateline.pipeline.actors import countries_named, in_context, resolve_actor_name
from dateline.pipeline.state_forces import _state_eras, state_force_name


@pytest.fixture(scope="module")
def actors_only() -> Pipeline:
    return Pipeline(stages=("actors",))


def _names(pipeline: Pipeline, text: str, published: date | None = date(2024, 5, 1)) -> list[str]:
    doc: Document = pipeline(Article("t", text, published))
    return [a.name for a in doc.actors]


def test_islamic_state_aliases(actors_only: Pipeline) -> None:
    text = "ISIS fighters and Daesh cells attacked. The Islamic State group claimed it. IS said so."
    names = _names(actors_only, text)
    assert names.count("Islamic State ({country})") == 4


def test_lowercase_is_is_never_islamic_state(actors_only: Pipeline) -> None:
    assert _names(actors_only, "The town is quiet and the road is open.") == []


def test_abbreviations_ignored_in_all_capital_headlines(actors_only: Pipeline) -> None:
    assert "Islamic State ({country})" not in _names(actors_only, "THE CITY IS CALM AGAIN TODAY")


def test_named_groups_across_regions(actors_only: Pipeline) -> None:
    text = (
        "Al-Shabaab militants ambushed troops. Houthi rebels fired missiles. "
        "M23 rebels advanced on Goma. The RSF shelled El Fasher. JNIM fighters attacked a convoy. "
        "Hay’at Tahrir al-Sham took the town."
    )
    names = set(_names(actors_only, text))
    assert {
        "Al Shabaab",
        "Ansar Allah",
        "M23: March 23 Movement",
        "Rapid Support Forces",
        "JNIM: Group for Support of Islam and Muslims",
        "HTS: Hayat Tahrir al Sham",
    } <= names


def test_country_state_forces_take_the_era_of_the_publication_date(actors_only: Pipeline) -> None:
    text = "Syrian army units and Russian jets hit the area."
    names = _names(actors_only, text, date(2018, 6, 9))
    assert names == ["Military Forces of Syria (2000-2024)", "Military Forces of Russia (2000-)"]
    kenya = _names(actors_only, "Kenyan police dispersed the crowd.", date(2023, 7, 7))
    assert kenya == ["Police Forces of Kenya (2022-)", "Protesters ({country})"]  # the crowd


def test_hyphenated_modifiers_are_not_actors(actors_only: Pipeline) -> None:
    names = _names(actors_only, "Jets struck a rebel-held area near a government-run school.")
    assert names == []


def test_longest_match_wins(actors_only: Pipeline) -> None:
    doc = actors_only(Article("t", "Pro-government forces and the Arakan Army fought.", None))
    assert [(a.span.text, a.role_hint) for a in doc.actors] == [
        ("Pro-government forces", "state"),
        ("Arakan Army", "named"),
    ]


def test_generic_actors_keep_a_country_placeholder(actors_only: Pipeline) -> None:
    doc = actors_only(Article("t", "Gunmen shot three villagers while protesters marched.", None))
    assert [(a.name, a.inter) for a in doc.actors] == [
        ("Unidentified Armed Group ({country})", 3),
        ("Civilians ({country})", 7),
        ("Protesters ({country})", 6),
    ]
    assert all(a.sentence == 0 for a in doc.actors)


def test_state_force_name_follows_regime_eras() -> None:
    cases = [
        ("SY", "military", date(2018, 6, 9), "Military Forces of Syria (2000-2024)"),
        ("SY", "military", date(2025, 2, 1), "Military Forces of Syria (2024-)"),
        ("KE", "police", date(2020, 1, 1), "Police Forces of Kenya (2013-2022)"),
        ("NO", "military", date(2020, 1, 1), "Military Forces of Norway"),
        ("NL", "police", date(2020, 1, 1), "Police Forces of the Netherlands"),
    ]
    for iso2, kind, day, name in cases:
        assert state_force_name(iso2, kind, day) == name


# Countries where the corpus codes conflict events from 2016 on.
CONFLICT_COUNTRIES = (
    "SY", "IQ", "YE", "AF", "PK", "IN", "MM", "PH", "UA", "RU", "IL", "LB", "TR", "NG", "ML",
    "BF", "NE", "CM", "CD", "CF", "SD", "SS", "SO", "ET", "KE", "MZ", "LY", "EG", "CO", "MX",
    "BR", "HT", "BD", "TD",
)


def test_state_force_eras_cover_conflict_countries_from_2016() -> None:
    eras = _state_eras()
    for iso2 in CONFLICT_COUNTRIES:
        starts = [start for start, _ in eras[(iso2, "military")]]
        assert min(starts) <= date(2016, 6, 1), iso2  # no era guessed from a later one
    assert state_force_name("ML", "military", date(2018, 1, 1)) == (
        "Military Forces of Mali (2013-2020)"
    )
    assert state_force_name("TD", "police", date(2024, 1, 1)) == "Police Forces of Chad (2021-)"


def test_a_government_is_named_for_its_regime_era() -> None:
    # no government rows: the era of the country's military forces, ended eras included
    assert state_force_name("NG", "government", date(2024, 1, 1)) == "Government of Nigeria (2023-)"
    assert state_force_name("NG", "government", date(2020, 1, 1)) == (
        "Government of Nigeria (2015-2023)"
    )
    assert state_force_name("SD", "government", date(2018, 5, 1)) == (
        "Government of Sudan (1989-2019)"
    )
    assert state_force_name("NO", "government", date(2020, 1, 1)) == "Government of Norway"
    assert resolve_actor_name("Government of {country}", "CO", date(2025, 5, 28)) == (
        "Government of Colombia (2022-)"
    )


def test_military_and_police_change_era_together() -> None:
    # a coup renames both forces on the same day (Burkina Faso, 24 January 2022)
    eras = _state_eras()
    for (iso2, kind), rows in eras.items():
        if kind == "military" and (iso2, "police") in eras:
            police = {start for start, _ in eras[(iso2, "police")]}
            assert {start for start, _ in rows} == police, iso2
    assert state_force_name("BF", "military", date(2022, 5, 1)) == (
        "Military Forces of Burkina Faso (2022-)"
    )


def test_governments_are_kept_aside_from_the_parties(actors_only: Pipeline) -> None:
    doc = actors_only(
        Article("g", "The Ethiopian government said the federal authorities had acted.", None)
    )
    assert doc.actors == []
    assert [a.span.text for a in doc.extras["governments"]] == [
        "The Ethiopian government", "the federal authorities",
    ]
    county = actors_only(Article("c", "The county government organised the talks.", None))
    assert county.extras["governments"] == []


def test_resolve_actor_name_fills_country_and_era() -> None:
    day = date(2018, 6, 9)
    assert resolve_actor_name("Civilians ({country})", "SY", day) == "Civilians (Syria)"
    assert resolve_actor_name("Military Forces of {country}", "SY", day) == (
        "Military Forces of Syria (2000-2024)"
    )
    assert resolve_actor_name("Civilians ({country})", None, day) == "Civilians ({country})"
    assert resolve_actor_name("Al Shabaab", "SO", day) == "Al Shabaab"
    assert resolve_actor_name("Islamic State ({country})", "AF", day) == (
        "Islamic State Khorasan Province (ISKP)"
    )


def test_countries_named_reads_names_and_demonyms() -> None:
    assert countries_named("Syria's army and Iraqi militias near the Turkish border") == [
        "SY", "IQ", "TR",
    ]


def test_country_words_must_be_written_as_names(actors_only: Pipeline) -> None:
    names = _names(actors_only, "A car bomb hit us. Car bomb kills five. CAR troops patrolled.")
    assert names == ["Military Forces of the Central African Republic (2016-)"]


def test_community_militias_are_named_by_their_community(actors_only: Pipeline) -> None:
    text = (
        "Turkana raiders stole cattle. Gunmen from the rival Murle community struck at dawn, "
        "and armed Garre clansmen answered. Tiv militiamen were seen."
    )
    names = _names(actors_only, text)
    assert "Turkana Ethnic Militia ({country})" in names
    assert "Murle Ethnic Militia (South Sudan)" in names  # Murle live only in South Sudan
    assert "Garre Clan Militia ({country})" in names
    assert "Tiv Ethnic Militia (Nigeria)" in names  # a community with one home country


def test_community_names_must_be_capitalised(actors_only: Pipeline) -> None:
    assert not any("Ethnic" in n for n in _names(actors_only, "The afar raiders fled."))


def test_unnamed_parties_read_by_the_articles_country(actors_only: Pipeline) -> None:
    doc = actors_only(Article("t", "Separatists burned a school. The occupiers shelled it.", None))
    separatists, occupiers = doc.actors
    assert in_context(separatists, "CM").name == "Ambazonian Separatists"
    assert in_context(separatists, "CM").role_hint == "named"
    assert in_context(separatists, "ES") is separatists  # not every country's separatists
    russia = in_context(occupiers, "UA", date(2024, 5, 1))
    assert russia.name == "Military Forces of Russia (2000-)"
    assert (russia.inter, russia.country) == (1, "RU")


def test_named_groups_are_not_reread_by_context(actors_only: Pipeline) -> None:
    mention = actors_only(Article("t", "ISWAP attacked.", None)).actors[0]
    assert in_context(mention, "CM") is mention


def test_occupation_forces_of_a_country_are_its_military(actors_only: Pipeline) -> None:
    names = _names(actors_only, "Russian occupation forces shelled the village.")
    assert names == ["Military Forces of Russia (2000-)"]


def test_country_abbreviations_make_state_forces(actors_only: Pipeline) -> None:
    names = _names(actors_only, "A US air strike hit the camp. The U.S. military said so.")
    assert names == ["Military Forces of the United States (2021-2025)"] * 2
    assert _names(actors_only, "Let us strike a deal.") == []  # "us" is no country


def test_countries_listed_before_their_forces_each_get_forces(actors_only: Pipeline) -> None:
    names = _names(actors_only, "Kenyan, Ugandan and Somali troops retook the town.")
    assert names == [
        "Military Forces of Kenya (2022-)",
        "Military Forces of Uganda (1986-)",
        "Military Forces of Somalia (2022-)",
    ]


def test_haftars_men_and_palace_guards(actors_only: Pipeline) -> None:
    names = _names(actors_only, "Haftar's fighters shelled the palace; presidential guards fired.")
    assert names == ["LNA: Libyan National Army", "Military Forces of {country}"]


def test_abbreviations_are_read_by_the_articles_country(actors_only: Pipeline) -> None:
    (sna,) = actors_only(Article("t", "SNA units advanced.", date(2024, 5, 1))).actors
    assert in_context(sna, "SY").name == "SNA: Syrian National Army"
    somali = in_context(sna, "SO", date(2024, 5, 1))
    assert (somali.name, somali.inter) == ("Military Forces of Somalia (2022-)", 1)
    assert in_context(sna, None).role_hint == "named"  # no country: its usual reading


def test_an_abbreviation_in_brackets_and_a_force_s_staff_are_one_mention(
    actors_only: Pipeline,
) -> None:
    doc = actors_only(
        Article("b", "The Somali National Army (SNA) said FARDC engineers were hurt.", None)
    )
    assert [a.span.text for a in doc.actors] == [
        "Somali National Army (SNA)", "FARDC engineers",
    ]


def test_the_ousted_regime_s_forces_keep_its_era() -> None:
    day = date(2025, 3, 8)
    assert resolve_actor_name("Military Forces of {country} {former}", "SY", day) == (
        "Military Forces of Syria (2000-2024)"
    )
    assert resolve_actor_name("Military Forces of {country}", "SY", day) == (
        "Military Forces of Syria (2024-)"
    )
    assert state_force_name("BD", "police", date(2025, 1, 5), former=True) == (
        "Police Forces of Bangladesh (2009-2024)"
    )
