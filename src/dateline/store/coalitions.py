"""A coalition and one of its member groups are the same actor to dedup (issue #5, round 12).

Outlets name armed actors at different levels: a UN note says "members of the Viv Ansanm
coalition attacked Mirebalais", a local radio "the 400 Mawozo and Canaan gangs", both of which
belong to it; JNIM claims what a local outlet attributes to its Katiba Macina. The actor check
(every named actor of one report matched in the other) reads them as two groups. The table
``data/store/coalitions.csv`` lists coalitions and their members (ACLED names); a member and
its coalition match, two members of one coalition do not (they also fight each other).
"""

from __future__ import annotations

from functools import cache, lru_cache

from dateline.resources import load_csv
from dateline.store.fields import actor_key, names_similar


@cache
def _coalitions() -> tuple[tuple[str, str], ...]:
    rows = load_csv("store/coalitions.csv")
    return tuple((actor_key(r["coalition"]), actor_key(r["member"])) for r in rows)


@lru_cache(maxsize=4096)
def coalition_and_member(x: str, y: str) -> bool:
    """One actor is a coalition of ``coalitions.csv`` and the other one of its members."""
    kx, ky = actor_key(x), actor_key(y)
    # names_similar, not actors_match: that one matches any two state forces.
    return any(
        (names_similar(kx, coalition) and names_similar(ky, member))
        or (names_similar(ky, coalition) and names_similar(kx, member))
        for coalition, member in _coalitions()
    )
