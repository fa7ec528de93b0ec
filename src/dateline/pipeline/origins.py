"""The stated origin of unnamed people: "a Palestinian man", "gunmen from Burkina Faso",
"a Kosovo Serb man" are coded with the country the text gives them, not the event's country."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from dateline.gazetteer.countries import Country
from dateline.model import ActorMention
from dateline.pipeline.country_words import country_words, written_as_name


@cache
def _origin_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A country word right before an unnamed actor ("Palestinian civilians", inside "a
    Palestinian man" too) or right after it ("gunmen from Burkina Faso")."""
    names = "|".join(re.escape(n) for n in sorted(country_words(), key=len, reverse=True))
    # "a Palestinian man", "two Moroccan truck drivers": one lower-case word may come between
    before = re.compile(
        rf"(?<![\w-])(?P<country>{names})\s+(?:(?-i:[a-z][\w-]*)\s+)?$", re.IGNORECASE
    )
    after = re.compile(
        rf"^\s+(?:from|based in)\s+(?:neighbou?ring\s+)?(?:the\s+)?(?P<country>{names})(?![\w-])",
        re.IGNORECASE,
    )
    return before, after


def _stated_origin(text: str, mention: ActorMention) -> Country | None:
    before, after = _origin_patterns()
    start, end = mention.span.start, mention.span.end
    inside = before.search(text[max(0, start - 30) : end - len(mention.span.text.split()[-1])])
    match = inside or after.match(text[end : end + 60])
    if match is None:
        return None
    if inside:
        match = _home_of(text, max(0, start - 30) + inside.start()) or match
    country = country_words().get(match.group("country").lower())
    return country if country and written_as_name(match.group("country"), country) else None


def _home_of(text: str, start: int) -> re.Match[str] | None:
    """"A Kosovo Serb man", "Bosnian Serb villagers": a country word right before another
    names the country the people live in (the second one their community)."""
    window = max(0, start - 30)
    home = _origin_patterns()[0].search(text[window:start])
    adjacent = home is not None and not text[window + home.end("country") : start].strip()
    return home if adjacent else None


def of_stated_origin(text: str, mention: ActorMention) -> ActorMention:
    """Unnamed people of a stated nationality are coded with it, not the event's country:
    "a Palestinian man stabbed ..." in Tel Aviv is "Civilians (Palestine)"."""
    unnamed = mention.role_hint in ("generic", "anaphoric", "property")
    if not unnamed or "({country})" not in mention.name:
        return mention
    country = _stated_origin(text, mention)
    if country is None:
        return mention
    name = mention.name.replace("{country}", country.name)
    return replace(mention, name=name, country=country.iso2)


@cache
def _nationality_pattern() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(country_words(), key=len, reverse=True))
    return re.compile(rf"(?P<country>{names})(?![\w-])", re.IGNORECASE)


def nationality_at(text: str) -> Country | None:
    """The country whose word opens ``text`` ("Palestinian from the West Bank ..."), if any."""
    match = _nationality_pattern().match(text)
    if match is None:
        return None
    country = country_words().get(match.group("country").lower())
    return country if country and written_as_name(match.group("country"), country) else None
