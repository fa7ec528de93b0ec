"""Codebook cue rules: what they decide, where they abstain, and the offsets they report."""

from __future__ import annotations

import pytest

from dateline.classify.cues import cue_hits, rule_decision


def decide(text: str) -> str | None:
    return rule_decision(cue_hits(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A suicide bomber blew himself up at a checkpoint outside the town.", "Suicide bomb"),
        ("Warplanes carried out air strikes on the market, killing nine.", "Air/drone strike"),
        ("A drone strike hit a car on the coastal road.", "Air/drone strike"),
        ("Rebels shelled the northern suburbs overnight.", "Shelling/artillery/missile attack"),
        ("Mortar rounds landed near the airport.", "Shelling/artillery/missile attack"),
        ("A roadside bomb struck an army truck.", "Remote explosive/landmine/IED"),
        ("An IED exploded under a police vehicle.", "Remote explosive/landmine/IED"),
        ("Unknown men hurled a grenade into the bar.", "Grenade"),
        ("Police fired tear gas at the marchers.", "Protest with intervention"),
        ("Gunmen abducted 12 passengers from a bus.", "Abduction/forced disappearance"),
        ("Soldiers raped two women at the checkpoint.", "Sexual violence"),
        ("A mob lynched a suspected thief.", "Mob violence"),
        ("Fighters looted shops in the market.", "Looting/property destruction"),
        ("The militia set up a base in the old school.", "Headquarters or base established"),
        ("Both sides signed a ceasefire agreement in the capital.", "Agreement"),
    ],
)
def test_decisive_cues(text: str, expected: str) -> None:
    assert decide(text) == expected


def test_codebook_hierarchy_within_an_event_type() -> None:
    # a suicide attacker's car bomb is a suicide bombing (earlier in the codebook than IED)
    assert decide("A suicide car bomb exploded at the gate of the base.") == "Suicide bomb"
    # gas delivered by rockets is a chemical attack, not shelling
    assert decide("Rockets loaded with chlorine hit the town.") == "Chemical weapon"
    # shooting into a protest outranks dispersing it
    assert decide(
        "Police fired tear gas and live ammunition at the protesters."
    ) == "Excessive force against protesters"


def test_disruption_outranks_the_weapon_it_stopped() -> None:
    assert decide("Engineers defused a roadside bomb on the highway.") == "Disrupted weapons use"
    assert decide("Air defences intercepted two drones.") == "Disrupted weapons use"


@pytest.mark.parametrize(
    "text",
    [
        "Air strikes supported troops clashing with rebels around the town.",  # battle context
        "Gunmen kidnapped a chief and later shot dead his driver.",  # abduction + killing
        "The minister condemned last year's air strikes at a press conference.",  # not an event
        "Protesters vandalised shops in the centre.",  # protest actors: riot, not looting
        "Nothing about violence here at all.",
    ],
)
def test_rules_abstain_when_context_conflicts_or_no_cue(text: str) -> None:
    assert decide(text) is None


def test_hint_cues_never_decide_alone() -> None:
    hits = cue_hits("Troops clashed with rebels near the river.")
    assert [h.label for h in hits] == ["Armed clash"]
    assert not hits[0].decisive
    assert rule_decision(hits) is None


def test_hits_carry_offsets_into_the_original_text() -> None:
    text = "On Monday a ROADSIDE BOMB hit a convoy."
    hit = next(h for h in cue_hits(text) if h.label == "Remote explosive/landmine/IED")
    assert text[hit.start : hit.end] == "ROADSIDE BOMB"


def test_offsets_survive_text_whose_lower_case_changes_length() -> None:
    text = "İstanbul: a grenade was thrown at a bar."  # 'İ'.lower() is two characters
    hit = next(h for h in cue_hits(text) if h.label == "Grenade")
    assert text[hit.start : hit.end] == "grenade"


def test_riot_police_is_not_a_riot() -> None:
    labels = {h.label for h in cue_hits("Riot police watched the march.")}
    assert "Violent demonstration" not in labels
