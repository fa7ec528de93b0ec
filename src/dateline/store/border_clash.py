"""A firefight across a border is one event, whichever side each outlet places it on
(issue #5, round 13).

Two countries' forces exchanging fire at a border crossing are reported by each side from its
own side: Pakistan's outlets place the Torkham firefight at Landi Kotal (Khyber), Afghanistan's
at Torkham (Nangarhar), 6 km apart in two countries; Kyrgyz and Tajik outlets do the same for a
clash at an enclave. The country check alone would keep them apart. Two reports of an armed
clash (``border_clash.sub_event_types``), located to towns (``geo_precision`` 1-2) in two
different countries within the usual radius, are one place when one of them names the forces
of the other's country: the clash involves both countries, so the border does not separate the
reports. Strikes and shelling land on one side (a Russian drone on a Sumy village and a
Ukrainian drone on a Belgorod village the same day are two events), and within one country the
usual rules hold. ``border_clash`` in ``data/store/dedup.json``.
"""

from __future__ import annotations

import re

from dateline.model import Event
from dateline.store.fields import actor_kind, distance_km, norm, settings

# ACLED names a state's forces "Military Forces of Pakistan (2024-)", "Police Forces of the
# Democratic Republic of Congo (2019-) Border Guard": the country follows "Forces of".
FORCES_OF = re.compile(r"\bforces of (?:the )?([^()]+?)\s*(?:\(|$)", re.IGNORECASE)


def state_countries(event: Event) -> set[str]:
    """The countries whose state forces the report names (normalised)."""
    assoc = (*event.assoc_actor_1.split(";"), *event.assoc_actor_2.split(";"))
    names = [n.strip() for n in (event.actor1, event.actor2, *assoc) if n.strip()]
    found = (FORCES_OF.search(n) for n in names if actor_kind(n) == "state")
    return {norm(m.group(1)) for m in found if m}


def may_cross(event: Event) -> bool:
    """The rule may apply to the report: a clash located to a town that names a foreign state's
    forces or may be named by the other side's report (candidate search looks across the border
    within the usual radius)."""
    rule = settings()["border_clash"]
    located = event.geo_precision <= 2 and event.latitude is not None and bool(event.country)
    return bool(rule["enabled"]) and located and event.sub_event_type in rule["sub_event_types"]


def across_border(a: Event, b: Event) -> bool:
    """Two clash reports in two countries, within the usual radius, one naming the other's
    country's forces."""
    if not (may_cross(a) and may_cross(b)) or a.sub_event_type != b.sub_event_type:
        return False
    if norm(a.country) == norm(b.country):
        return False
    if norm(b.country) not in state_countries(a) and norm(a.country) not in state_countries(b):
        return False
    radii = settings()["place_radius_km"]
    allowed = max(float(radii[str(e.geo_precision)]) for e in (a, b))
    distance = distance_km(a, b)
    return distance is not None and distance <= allowed
