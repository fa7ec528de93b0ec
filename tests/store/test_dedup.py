"""Deduplication rules on Event records built directly (no NLP involved)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from dateline.model import Event, Evidence
from dateline.store.dedup import (
    cluster_reports,
    compare,
    could_join,
    country_level,
    haversine_km,
    joins_cluster,
)
from dateline.store.dedup_eval import Report, evaluate, load_testset, pairwise_scores
from dateline.store.fuse import canonical_event_id, fuse, lowest_credible_fatalities
from dateline.store.testing import report_event

TESTSET = Path(__file__).resolve().parents[2] / "corpus" / "dedup"
# Measured on corpus/dedup (see docs/store.md); floors sit just below and must never drop.
FLOORS = {  # split: (precision, recall)
    "reports": (0.98, 0.98),  # measured 1.000 / 1.000 in every arrival order
    # Written after those rules (new countries, registers): first 0.870 / 0.810; after the
    # country-level, distinct-sub-type and no-coordinates rules 0.951 / 1.000 in file order,
    # 0.946 / 0.914 at worst; since "near" places reach 30 km (not 50: settler attacks near
    # Ramallah and near Nablus, 36 km apart) 1.000 / 1.000, 0.964 / 0.914 at worst (seed 2);
    # round 9 (area-level reports re-decided, store/regroup.py): 0.966 / 0.966 at worst.
    "reports2": (0.95, 0.95),
    # A second batch for issue #5 (typical wire variations, 12 incidents + 5 look-alikes):
    # 0.917 / 1.000 in file order, 0.870 / 0.909 at worst; since a state actor no longer
    # bridges a day's gap between different sub-event types (Russian shelling of Kherson, a
    # drone strike there the next day) 1.000 / 1.000, 0.952 / 0.909 at worst.
    # Round 6 (store/sub_types.py: a kidnapping known only by its province is not the attack
    # on a village of it): 1.000 / 1.000 in every order.
    "reports3": (0.98, 0.98),
    # Written for round 4 before its rules (15 new countries, police blotters, communiqués,
    # social-media posts): 1.000 / 1.000 in file order, 0.917 / 0.892 at worst (a province-level
    # communiqué arriving first takes a same-day bomb in that province along); round 6 (an
    # area-level clash is not a bomb elsewhere in the province): 0.972 / 0.946 at worst.
    "reports4": (0.96, 0.93),
    # Written for round 6 before its rules (13 new countries): 0.938 / 1.000 in every order (a
    # peaceful solidarity rally in Aktau naming the dispersed Zhanaozen strike joined it);
    # after round 6 1.000 / 1.000 in every order.
    "reports5": (0.98, 0.98),
    # Written for round 10 (session 7) before its rules (15 new countries): 0.940 / 0.825 in
    # every order (an NPA clash in Catubig the day after the Las Navas ambush, which its text
    # names, joined it); round 10 (sequel phrase, overnight demonstration, looting during a
    # riot): 1.000 / 0.895 in every order of seeds 1-20.
    "reports7": (0.98, 0.88),
    "holdout": (0.98, 0.92),  # measured 1.000 / 0.929 (one attribution dispute kept apart)
    # Written blind in session 6 while round 9 changed the rules; first (only) score 0.913 / 0.875
    # in file order, 0.897 / 0.847 at worst of seeds 1-20: below the target, not studied.
    "holdout2": (0.89, 0.84),
    # Written blind in session 7 while round 10 changed the rules; first (blind) score 0.852 /
    # 0.821 in file order, 0.850 / 0.810 at worst of seeds 1-20. Studied in round 11 (session
    # 8: a development file since): 'hours after' the bombing of another place, a second
    # gunfight in a day, one night's raid dated on two days, 'gunmen' vs the group blamed:
    # 0.962 / 0.905 in file order and at worst of seeds 1-20.
    "holdout3": (0.95, 0.90),
    # Written blind in session 8 while round 11 changed the rules; first (only) score 1.000 /
    # 0.895 in file order, 1.000 / 0.882 at worst of seeds 1-4 (0.984 / 0.816 over seeds 1-20;
    # session-start rules 0.985 / 0.855): below the recall target, not studied. Studied in
    # round 12 (session 9: a development file since): a place named only as a bearing
    # ('Dilling, north of Kadugli'), two named groups' fight placed at two towns of a
    # province, a coalition and its member group: 1.000 / 0.974 in file order and seeds 1-4,
    # 1.000 / 0.921 at worst of seeds 1-20.
    "holdout4": (0.98, 0.95),
    # Written blind in session 8, added and first scored at the start of session 9 with the
    # session-start rules: 0.957 / 0.931 in file order and seeds 1-4, 0.926 / 0.875 at worst of
    # seeds 1-20; through the pipeline 0.867 / 0.661. Studied in round 13 (session 10: a
    # development file since): 'a separate attack' near by is another incident, a named group's
    # incident near a town reaches 40 km, a border firefight placed on each side: 1.000 / 1.000
    # in file order and seeds 1-4, 0.971 / 0.944 at worst of seeds 1-20.
    "holdout5": (0.98, 0.98),
    # Written blind in session 9, added and first scored at the start of session 10 with the
    # session-start rules (commit 19ff861): 0.917 / 0.786 in file order and at worst of seeds
    # 1-20; through the pipeline 0.872 / 0.507 (71 reports scored). Never studied.
    "holdout6": (0.91, 0.78),
}


def report(article_id: str, **changes: object) -> Event:
    scene = dict(
        event_date=date(2024, 3, 4),
        time_precision=1, disorder_type="Political violence", event_type="Battles",
        sub_event_type="Armed clash", actor1="Military Forces of Nigeria (2023-)", inter1=1,
        actor2="Islamic State West Africa Province", inter2=2, country="Nigeria", admin1="Borno",
        location="Bama", latitude=11.52134, longitude=13.68952, geo_precision=1, fatalities=5,
    )  # fmt: skip
    return report_event(article_id, scene, **changes)


def test_same_incident_from_two_outlets_merges_with_reasons() -> None:
    decision = compare(report("a"), report("b", event_date=date(2024, 3, 5), fatalities=9))
    assert decision.same
    assert any("1 day(s) apart" in reason for reason in decision.reasons)


def test_events_of_one_article_never_merge() -> None:
    assert not compare(report("a"), replace(report("a"), event_id="a#2")).same


def test_same_town_two_days_apart_stays_separate() -> None:
    assert not compare(report("a"), report("b", event_date=date(2024, 3, 6))).same


def test_same_day_towns_far_apart_stay_separate() -> None:
    maiduguri = report("b", location="Maiduguri", latitude=11.84692, longitude=13.15712)
    assert haversine_km(11.52134, 13.68952, 11.84692, 13.15712) > 50
    assert not compare(report("a"), maiduguri).same


def test_near_town_reports_merge_within_their_radius() -> None:
    nearby = report("b", latitude=11.70, longitude=13.80, geo_precision=2)  # ~23 km away
    assert compare(report("a"), nearby).same


def test_province_only_report_matches_any_place_in_that_province() -> None:
    province = report(
        "b", location="Maiduguri", latitude=11.84692, longitude=13.15712, geo_precision=3
    )
    assert compare(report("a"), province).same
    assert not compare(report("a"), replace(province, admin1="Yobe")).same


def test_incompatible_event_types_stay_separate() -> None:
    protest = report("b", event_type="Protests", sub_event_type="Peaceful protest",
                     actor1="Protesters (Nigeria)", inter1=6, actor2="", inter2=0)  # fmt: skip
    assert not compare(report("a"), protest).same


def test_compatible_event_types_merge() -> None:
    shelling = report("b", event_type="Explosions/Remote violence",
                      sub_event_type="Shelling/artillery/missile attack")  # fmt: skip
    assert compare(report("a"), shelling).same


def test_conflicting_named_actors_stay_separate_generic_ones_never_conflict() -> None:
    other_group = report("b", actor2="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")
    assert not compare(report("a"), other_group).same
    unknown = report("b", actor2="Unidentified Armed Group (Nigeria)")
    assert compare(report("a"), unknown).same


def test_state_forces_of_different_states_do_not_conflict() -> None:
    strike = dict(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                  actor2="Civilians (Syria)", inter2=7)  # fmt: skip
    syria = report("a", actor1="Military Forces of Syria (2000-)", **strike)  # type: ignore[arg-type]
    russia = report("b", actor1="Military Forces of Russia (2000-)", inter1=8, **strike)  # type: ignore[arg-type]
    assert compare(syria, russia).same


def test_precise_dates_a_day_apart_need_a_shared_type_or_actor() -> None:
    riot = report("b", event_date=date(2024, 3, 5), event_type="Riots",
                  sub_event_type="Mob violence", actor1="Rioters (Nigeria)", inter1=5,
                  actor2="", inter2=0)  # fmt: skip
    assert compare(report("a"), replace(riot, event_date=date(2024, 3, 4))).same
    assert not compare(report("a"), riot).same


def test_report_dated_by_publication_cannot_match_a_later_event() -> None:
    undated = report("a", date_known=False)
    assert compare(undated, report("b", event_date=date(2024, 3, 2))).same
    assert not compare(undated, report("b", event_date=date(2024, 3, 5))).same


def test_coarse_dates_widen_the_window() -> None:
    week = report("b", event_date=date(2024, 3, 7), time_precision=2)
    assert compare(report("a"), week).same
    assert not compare(report("a"), replace(week, time_precision=1)).same


def test_complete_linkage_stops_chains() -> None:
    monday, tuesday = report("a"), report("b", event_date=date(2024, 3, 5))
    wednesday = report("c", event_date=date(2024, 3, 6))
    assert compare(tuesday, wednesday).same
    assert not joins_cluster(wednesday, [monday, tuesday]).same
    assert cluster_reports([monday, tuesday, wednesday]) == [[0, 1], [2]]


def test_fusion_follows_acled_conventions() -> None:
    reports = [
        report("a", fatalities=0, geo_precision=2, latitude=11.6, longitude=13.7),
        report("b", fatalities=12, time_precision=2, event_date=date(2024, 3, 5)),
        report("c", fatalities=7, actor2="Unidentified Armed Group (Nigeria)"),
        report("d", fatalities=3, disputed=True),
    ]
    fused = fuse(reports, "DL1")
    assert fused.fatalities == 7  # lowest undisputed figure; silence is not zero
    assert (fused.latitude, fused.geo_precision) == (11.52134, 1)  # most precise place
    assert (fused.event_date, fused.time_precision) == (date(2024, 3, 4), 1)
    assert fused.actor2 == "Islamic State West Africa Province"  # most specific actors
    assert fused.source == "A; B; C; D"
    assert fused.event_id == "DL1" and not fused.disputed


def test_lowest_credible_fatalities_falls_back_to_disputed_then_zero() -> None:
    assert lowest_credible_fatalities([report("a", fatalities=20, disputed=True)]) == 20
    assert lowest_credible_fatalities([report("a", fatalities=0)]) == 0


def test_canonical_ids_are_stable() -> None:
    assert canonical_event_id("x#1") == canonical_event_id("x#1") != canonical_event_id("x#2")


def test_pairwise_scores() -> None:
    scores = pairwise_scores(["a", "a", "b", "b"], [1, 1, 1, 2])
    assert scores.true_pairs == 2 and scores.predicted_pairs == 3
    assert scores.precision == pytest.approx(1 / 3) and scores.recall == pytest.approx(1 / 2)


def test_testset_is_large_and_varied(testset: list[Report]) -> None:
    clusters = [c for r in testset for c in r.clusters]
    multi = {c for c in clusters if clusters.count(c) > 1 and c.startswith("C")}
    assert len(multi) >= 30
    assert len({c for c in clusters if c.startswith("L")}) >= 15  # look-alikes
    assert len({r.article.source for r in testset}) >= 40


def test_second_development_file_is_new_and_varied() -> None:
    reports = load_testset(TESTSET, "reports2")
    clusters = [c for r in reports for c in r.clusters]
    assert len({c for c in clusters if clusters.count(c) > 1}) >= 20
    assert len({c for c in clusters if clusters.count(c) == 1}) >= 10  # look-alikes
    old = {e.country for r in load_testset(TESTSET) for e in r.events}
    assert len({e.country for r in reports for e in r.events} - old) >= 12


def test_fifth_development_file_is_new_and_varied() -> None:
    reports = load_testset(TESTSET, "reports5")
    clusters = [c for r in reports for c in r.clusters]
    assert len({c for c in clusters if clusters.count(c) > 1}) >= 12
    assert len({c for c in clusters if clusters.count(c) == 1}) >= 8  # look-alikes
    old = {e.country for s in ("reports", "reports2", "reports3", "reports4")
           for r in load_testset(TESTSET, s) for e in r.events}  # fmt: skip
    assert len({e.country for r in reports for e in r.events} - old) >= 12
    assert sum(r.article.source == "Analyst note" for r in reports) >= 9


def test_fourth_development_file_is_new_and_varied() -> None:
    reports = load_testset(TESTSET, "reports4")
    clusters = [c for r in reports for c in r.clusters]
    assert len({c for c in clusters if clusters.count(c) > 1}) >= 15
    assert len({c for c in clusters if clusters.count(c) == 1}) >= 8  # look-alikes
    old = {e.country for s in ("reports", "reports2", "reports3") for r in load_testset(TESTSET, s)
           for e in r.events}  # fmt: skip
    assert len({e.country for r in reports for e in r.events} - old) >= 12
    assert len({r.article.source for r in reports}) >= 30


def test_seventh_development_file_is_new_and_varied() -> None:
    reports = load_testset(TESTSET, "reports7")
    clusters = [c for r in reports for c in r.clusters]
    assert len({c for c in clusters if clusters.count(c) > 1}) >= 18
    assert len({c for c in clusters if clusters.count(c) == 1}) >= 8  # look-alikes
    old = {e.country for s in ("reports", "reports2", "reports3", "reports4", "reports5",
                               "reports6") for r in load_testset(TESTSET, s) for e in r.events}
    assert len({e.country for r in reports for e in r.events} - old) >= 12
    assert len({r.article.source for r in reports}) >= 40


@pytest.mark.parametrize("split", sorted(FLOORS))
@pytest.mark.parametrize("seed", [None, 1, 2, 3, 4])
def test_dedup_quality_floors(split: str, seed: int | None) -> None:
    scores = evaluate(load_testset(TESTSET, split), seed)
    precision_floor, recall_floor = FLOORS[split]
    assert scores.precision >= precision_floor, scores
    assert scores.recall >= recall_floor, scores


def test_reports_disagreeing_on_the_type_must_agree_on_the_exact_place() -> None:
    strike = dict(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")
    across_the_river = report("b", location="Konduga", latitude=11.60, longitude=13.70, **strike)  # type: ignore[arg-type]
    assert 5 < haversine_km(11.52134, 13.68952, 11.60, 13.70) < 25
    assert not compare(report("a"), across_the_river).same
    assert compare(report("a"), report("b", **strike)).same  # type: ignore[arg-type]


def test_country_qualifiers_do_not_hide_a_shared_actor() -> None:
    short = report("b", actor1="Islamic State (Nigeria)", inter1=2, actor2="")
    assert compare(report("a"), short).same


def test_a_report_without_any_place_cannot_contradict_one_with_a_place() -> None:
    unplaced = report("b", location="", admin1="", latitude=None, longitude=None, geo_precision=3)
    assert compare(report("a"), unplaced).same
    assert not compare(report("a"), replace(unplaced, country="Niger")).same
    # Without a country either, only a shared named actor and sub-event type can tie it (below).
    generic = replace(unplaced, country="", actor1="Unidentified Armed Group", actor2="")
    assert not compare(report("a"), generic).same


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_the_prefilter_never_rejects_a_report_that_would_join(split: str) -> None:
    events = [e for r in load_testset(TESTSET, split) for e in r.events]
    checked = 0
    for members in cluster_reports(events):
        for index in members:
            others = [events[i] for i in members if i != index]
            if others and joins_cluster(events[index], others).same:
                assert could_join(events[index], fuse(others, "DLX"))
                checked += 1
    assert checked >= 20


def _placeless(article_id: str, **changes: object) -> Event:
    """A report whose text never says where (no place, province or country)."""
    blank = {"country": "", "admin1": "", "location": "", "latitude": None, "longitude": None}
    return report(article_id, geo_precision=3, **{**blank, **changes})


def test_placeless_report_joins_on_same_sub_event_type_and_shared_named_actor() -> None:
    placeless = _placeless("b", actor1="Military Forces", event_date=date(2024, 3, 5))
    decision = compare(report("a"), placeless)
    assert decision.same
    assert any("no place or country" in reason for reason in decision.reasons)


def test_placeless_report_with_only_generic_actors_stays_apart() -> None:
    generic = _placeless("b", actor1="Unidentified Armed Group", actor2="Civilians")
    assert not compare(report("a", actor1="Unidentified Armed Group (Nigeria)"), generic).same


def test_placeless_report_needs_the_same_sub_event_type() -> None:
    attack = _placeless("b", event_type="Violence against civilians", sub_event_type="Attack",
                        actor2="Civilians")  # fmt: skip
    assert not compare(report("a", actor2="Civilians (Nigeria)", event_type="Violence against "
                              "civilians", sub_event_type="Abduction/forced disappearance"),
                       attack).same  # fmt: skip


def test_placeless_report_whose_actors_name_another_country_stays_apart() -> None:
    elsewhere = _placeless("b", actor2="Civilians (Cameroon)")
    assert not compare(report("a", actor2="Civilians (Nigeria)"), elsewhere).same
    assert compare(report("a", actor2="Civilians (Nigeria)"), _placeless("c", actor2="")).same


def test_riot_and_attack_on_civilians_at_one_spot_merge() -> None:
    police = "Police Forces of Nigeria (1999-)"
    riot = report("a", event_type="Riots", sub_event_type="Violent demonstration",
                  actor1="Rioters (Nigeria)", actor2=police)  # fmt: skip
    attack = report("b", event_type="Violence against civilians", sub_event_type="Attack",
                    actor1=police, actor2="Civilians (Nigeria)")  # fmt: skip
    assert compare(riot, attack).same
    elsewhere = replace(attack, location="Kumshe", latitude=11.70, longitude=13.80)  # ~23 km
    assert not compare(riot, elsewhere).same


def test_disputed_attribution_merges_only_when_day_spot_and_sub_type_agree() -> None:
    ally = report("b", actor1="CJTF: Civilian Joint Task Force")
    assert compare(report("a"), ally).same
    assert not compare(report("a"), replace(ally, event_date=date(2024, 3, 5))).same
    kumshe = replace(ally, location="Kumshe", latitude=11.70, longitude=13.80)
    assert not compare(report("a"), kumshe).same
    retaken = replace(ally, sub_event_type="Government regains territory")
    assert not compare(report("a"), retaken).same
    stranger = replace(ally, actor2="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")
    assert not compare(report("a"), stranger).same


def _country_only(article_id: str, **changes: object) -> Event:
    """As the pipeline reads "in Nigeria": placed at the capital (Abuja), province and all."""
    return report(
        article_id, location="Abuja", admin1="Federal Capital Territory", latitude=9.05785,
        longitude=7.49508, geo_precision=3, evidence=[Evidence("location", 30, 37, "Nigeria")],
        **changes,
    )  # fmt: skip


def test_a_report_placed_only_in_the_country_merges_anywhere_in_it() -> None:
    decision = compare(report("a"), _country_only("b", event_date=date(2024, 3, 5)))
    assert decision.same
    assert any("only in the country" in reason for reason in decision.reasons)
    named = report("b", location="Nigeria", admin1="", geo_precision=3)  # gold-style notation
    assert compare(report("a"), named).same


def test_a_country_level_report_needs_the_same_event_type_and_a_close_day() -> None:
    strike = _country_only("b", event_type="Explosions/Remote violence",
                           sub_event_type="Air/drone strike")  # fmt: skip
    assert not compare(report("a"), strike).same
    later = _country_only("b", date_known=False, event_date=date(2024, 3, 6))  # within ±2
    assert not compare(report("a"), later).same
    assert not compare(report("a"), replace(_country_only("b"), country="Niger")).same


def test_a_province_named_at_its_capital_is_not_country_level() -> None:
    province = report("b", location="Maiduguri", geo_precision=3, admin1="Borno",
                      evidence=[Evidence("location", 3, 8, "Borno")])  # fmt: skip
    assert not country_level(province)
    assert country_level(_country_only("b"))
    assert not compare(report("a"), replace(province, admin1="Yobe")).same


def test_abductions_arrests_and_sexual_violence_never_merge_with_another_event_type() -> None:
    kidnap = report("b", event_type="Violence against civilians",
                    sub_event_type="Abduction/forced disappearance",
                    actor2="Civilians (Nigeria)", inter2=7)  # fmt: skip
    assert not compare(report("a"), kidnap).same  # same spot and day, a battle
    killing = replace(kidnap, article_id="c", event_id="c#1", sub_event_type="Attack")
    assert compare(killing, kidnap).same  # one raid: killings and abductions


def test_exact_places_more_than_ten_km_apart_are_different_places() -> None:
    nearby = report("b", location="Kawuri", latitude=11.60, longitude=13.70)  # ~9 km
    farther = report("b", location="Konduga", latitude=11.65, longitude=13.42)  # ~33 km
    assert 5 < haversine_km(11.52134, 13.68952, 11.60, 13.70) < 10
    assert compare(report("a"), nearby).same
    assert not compare(report("a"), replace(farther, latitude=11.60, longitude=13.60)).same
    assert compare(report("a"), replace(farther, latitude=11.60, longitude=13.60,
                                        geo_precision=2)).same  # "near" reaches 50 km


def test_a_place_without_coordinates_compares_by_province() -> None:
    village = report("b", location="Barkaram", latitude=None, longitude=None, geo_precision=2)
    assert compare(report("a"), village).same
    assert not compare(report("a"), replace(village, admin1="Yobe")).same


def test_a_country_level_report_that_two_events_fit_starts_its_own() -> None:
    maiduguri = report("m", location="Maiduguri", latitude=11.84692, longitude=13.15712)
    assert not compare(report("a"), maiduguri).same  # two clashes that day, 70 km apart
    clusters = cluster_reports([report("a"), maiduguri, _country_only("c")])
    assert sorted(map(len, clusters)) == [1, 1, 1]
    assert sorted(map(len, cluster_reports([report("a"), _country_only("c")]))) == [2]


def test_an_unplaced_report_takes_the_place_its_text_names() -> None:
    unplaced = _placeless("b", actor1="Unidentified Armed Group", actor2="")
    texts = {"b": "Gunmen attacked soldiers at BAMA barracks on Monday.", "c": "Gunmen struck."}
    assert not joins_cluster(unplaced, [report("a")]).same  # generic actors only
    decision = joins_cluster(unplaced, [report("a")], lambda a: texts.get(a, ""))
    assert decision.same
    unnamed = replace(unplaced, article_id="c", event_id="c#1")
    assert not joins_cluster(unnamed, [report("a")], lambda a: texts.get(a, "")).same
    strike = replace(unplaced, event_type="Explosions/Remote violence",
                     sub_event_type="Air/drone strike")  # fmt: skip
    assert not joins_cluster(strike, [report("a")], lambda a: texts.get(a, "")).same
    assert len(cluster_reports([report("a"), unplaced], lambda a: texts.get(a, ""))) == 1


def test_reports_disagreeing_on_the_sub_event_type_must_agree_on_the_exact_place() -> None:
    remote = dict(event_type="Explosions/Remote violence", geo_precision=2)
    strike = report("a", sub_event_type="Air/drone strike", **remote)  # type: ignore[arg-type]
    bomb = report("b", sub_event_type="Remote explosive/landmine/IED", location="Konduga",
                  latitude=11.62, longitude=13.50, **remote)  # type: ignore[arg-type]
    assert 10 < haversine_km(11.52134, 13.68952, 11.62, 13.50) < 30  # two "near" places
    assert not compare(strike, bomb).same
    assert compare(strike, replace(bomb, sub_event_type="Air/drone strike")).same
    assert compare(strike, replace(bomb, location="Bama", latitude=11.52134,
                                   longitude=13.68952)).same  # fmt: skip


def test_one_place_name_in_one_country_is_one_place_whatever_the_gazetteer_chose() -> None:
    """Two outlets name "Bama"; the gazetteer read one as a namesake 400 km away."""
    namesake = report("b", admin1="Kwara", latitude=8.9, longitude=4.5)
    assert haversine_km(11.52134, 13.68952, 8.9, 4.5) > 400
    decision = compare(report("a"), namesake)
    assert decision.same and any("same place name" in r for r in decision.reasons)
    assert compare(report("a"), replace(namesake, location="BAMA")).same  # case aside
    assert not compare(report("a"), replace(namesake, location="Bamako")).same
    # In another country the same name is another place (Santa Cruz, Bolivia and Guatemala).
    abroad = replace(namesake, country="Cameroon", actor2="Civilians (Cameroon)")
    assert not compare(report("a"), abroad).same


def test_near_places_more_than_thirty_km_apart_are_different_places() -> None:
    """Settler attacks the same day "near" Ramallah and "near" Nablus (36 km) are two events."""
    near = dict(event_type="Violence against civilians", sub_event_type="Attack",
                actor1="Israeli Settlers (Israel)", actor2="Civilians (Palestine)",
                country="Palestine", admin1="West Bank", geo_precision=2)  # fmt: skip
    ramallah = report("a", location="Ramallah", latitude=31.89964, longitude=35.20422, **near)  # type: ignore[arg-type]
    nablus = report("b", location="Nablus", latitude=32.22111, longitude=35.25444, **near)  # type: ignore[arg-type]
    assert 30 < haversine_km(31.89964, 35.20422, 32.22111, 35.25444) < 50
    assert not compare(ramallah, nablus).same
    beitin = replace(nablus, location="Beitin", latitude=31.92694, longitude=35.23889)
    assert compare(ramallah, beitin).same  # ~5 km: one place


def test_state_forces_alone_do_not_bridge_a_days_gap_between_different_kinds_of_strike() -> None:
    """Russia's army shells Kherson one day and sends a drone the next: two events."""
    war = dict(event_type="Explosions/Remote violence", inter1=8, inter2=7,
               actor1="Military Forces of Russia (2000-)", actor2="Civilians (Ukraine)",
               country="Ukraine", admin1="Kherson", location="Kherson", latitude=46.65581,
               longitude=32.6178)  # fmt: skip
    shelling = report("a", sub_event_type="Shelling/artillery/missile attack", **war)  # type: ignore[arg-type]
    drone = report("b", sub_event_type="Air/drone strike", event_date=date(2024, 3, 5), **war)  # type: ignore[arg-type]
    assert not compare(shelling, drone).same
    assert compare(shelling, replace(drone, sub_event_type=shelling.sub_event_type)).same
    group = dict(actor1="Islamic State West Africa Province", inter1=2)
    assert compare(replace(shelling, **group), replace(drone, **group)).same  # type: ignore[arg-type]


def test_demonstrations_a_day_apart_are_two_days_events_unless_a_named_group_is_shared() -> None:
    """Protests and riots are coded one event per day: a dispersed rally in Belgrade, and the
    next morning's arrests of its organisers read by extraction as another dispersed protest,
    are two events; so are a crackdown in Nairobi and the next day's riot there."""
    belgrade = dict(country="Serbia", admin1="Belgrade", location="Belgrade", latitude=44.80401,
                    longitude=20.46513, event_type="Protests",
                    sub_event_type="Protest with intervention", actor1="Protesters (Serbia)",
                    inter1=6, actor2="Police Forces of Serbia (2012-)", inter2=1)  # fmt: skip
    rally = report("a", **belgrade)  # type: ignore[arg-type]
    arrests = report("b", event_date=date(2024, 3, 5), **belgrade)  # type: ignore[arg-type]
    assert not compare(rally, arrests).same
    assert "one event per day" in " ".join(compare(rally, arrests).reasons)
    assert compare(rally, replace(arrests, event_date=rally.event_date)).same
    # dated only by the publication day, or over a span: the day is not known, they may be one
    assert compare(rally, replace(arrests, date_known=False)).same
    assert compare(rally, replace(arrests, time_precision=2)).same
    # a named movement marching on both days' reports bridges the gap (an overnight sit-in)
    movement = dict(actor1="Protesters (Serbia)", assoc_actor_1="Kreni-Promeni")
    assert compare(replace(rally, **movement), replace(arrests, **movement)).same  # type: ignore[arg-type]
    nairobi = dict(country="Kenya", admin1="Nairobi", location="Nairobi", latitude=-1.28333,
                   longitude=36.81667, event_type="Riots", sub_event_type="Violent demonstration",
                   actor1="Rioters (Kenya)", inter1=5, actor2="Police Forces of Kenya (2022-)",
                   inter2=1)  # fmt: skip
    riot = report("c", **nairobi)  # type: ignore[arg-type]
    assert not compare(riot, report("d", event_date=date(2024, 3, 5), **nairobi)).same  # type: ignore[arg-type]
    # other kinds of event keep the overnight tolerance for the same sub-event type
    assert compare(report("e"), report("f", event_date=date(2024, 3, 5))).same


def test_an_unplaced_report_whose_text_names_only_the_province_is_placed_in_it() -> None:
    """"Jihadists kill 7 in Far North village": the headline names no town the gazetteer knows,
    but the province of the other report; the report is then province-level there."""
    unplaced = _placeless("b", actor1="Unidentified Armed Group", actor2="")
    texts = {"b": "Gunmen kill four soldiers in Borno village", "c": "Gunmen kill four soldiers"}
    text_of = lambda a: texts.get(a, "")  # noqa: E731
    assert not joins_cluster(unplaced, [report("a")]).same
    assert joins_cluster(unplaced, [report("a")], text_of).same
    assert not joins_cluster(replace(unplaced, article_id="c"), [report("a")], text_of).same
    strike = replace(unplaced, event_type="Explosions/Remote violence",
                     sub_event_type="Air/drone strike")  # fmt: skip
    assert not joins_cluster(strike, [report("a")], text_of).same  # another kind of event
    # a province called by a common word only ("Central", "Western") names nothing in particular
    kampala = report("a", country="Uganda", admin1="Central", location="Kampala",
                     latitude=0.31628, longitude=32.58219)  # fmt: skip
    texts["b"] = "Gunmen kill four soldiers near the central market"
    assert not joins_cluster(unplaced, [kampala], text_of).same


def test_demonstrations_disagreeing_on_the_sub_event_type_need_only_the_usual_radius() -> None:
    """One police dispersal of a road blockade: "protest broken up in Lima" for one outlet, "a
    violent demonstration near Chorrillos" (~14 km) for another. Other types keep the same-spot
    rule, and demonstrations further apart than the radius stay two events."""
    peru = dict(country="Peru", admin1="Lima", actor2="Police Forces of Peru (2023-)", inter2=1)
    protest = report("a", location="Lima", latitude=-12.04318, longitude=-77.02824,
                     event_type="Protests", sub_event_type="Protest with intervention",
                     actor1="Protesters (Peru)", inter1=6, **peru)  # type: ignore[arg-type]
    riot = report("b", location="Chorrillos", latitude=-12.16861, longitude=-77.02472,
                  geo_precision=2, event_type="Riots", sub_event_type="Violent demonstration",
                  actor1="Rioters (Peru)", inter1=5, **peru)  # type: ignore[arg-type]
    assert 10 < haversine_km(-12.04318, -77.02824, -12.16861, -77.02472) < 30
    assert compare(protest, riot).same
    assert not compare(protest, replace(riot, geo_precision=1)).same  # exact places 14 km apart
    clash = replace(riot, event_type="Battles", sub_event_type="Armed clash")
    assert not compare(protest, clash).same  # protests and battles are never one event
    mob = replace(riot, actor2="Civilians (Peru)", inter2=7, sub_event_type="Mob violence")
    attack = replace(protest, event_type="Violence against civilians", sub_event_type="Attack",
                     actor1="Unidentified Armed Group (Peru)",
                     actor2="Civilians (Peru)")  # fmt: skip
    assert not compare(attack, mob).same  # riot / attack: the exact spot is still required


def test_a_raid_west_of_a_town_is_not_the_shelling_of_the_town() -> None:
    """Round 9 (``bearing_from_place``): extraction places a raid "west of Goma" at Goma
    ("near", gp 2); for another event type that is not the spot of the shelling of Goma the
    same day by the same group, while a report "near Goma" still is, and so is a raid west of
    Goma reported by another outlet as a raid at Goma."""
    goma = {"country": "Democratic Republic of Congo", "admin1": "North Kivu",
            "location": "Goma", "latitude": -1.6792, "longitude": 29.2228,
            "actor1": "M23: March 23 Movement", "inter1": 2, "actor2": "Civilians (Democratic "
            "Republic of Congo)", "inter2": 7, "fatalities": 4}  # fmt: skip
    shelling = report("a", event_type="Explosions/Remote violence",
                      sub_event_type="Shelling/artillery/missile attack", **goma)  # fmt: skip
    texts = {"a": "M23 shells hit Goma.", "b": "M23 fighters raided a camp west of Goma.",
             "c": "M23 fighters raided a camp near Goma.", "d": "M23 raided a camp at Goma."}
    start = {k: t.index("Goma") for k, t in texts.items()}

    def raid(article_id: str, geo_precision: int) -> Event:
        mention = Evidence("location", start[article_id], start[article_id] + 4, "Goma")
        return report(article_id, event_type="Violence against civilians",
                      sub_event_type="Attack", geo_precision=geo_precision,
                      evidence=[mention], **goma)  # fmt: skip

    text_of = texts.__getitem__
    assert not compare(shelling, raid("b", 2), text_of).same
    assert compare(shelling, raid("c", 2), text_of).same
    assert compare(raid("d", 1), raid("b", 2), text_of).same  # the same event type
    assert compare(shelling, raid("b", 2)).same  # without the texts nothing tells them apart
