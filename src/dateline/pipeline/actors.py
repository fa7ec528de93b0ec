"""Stage 'actors': who takes part, named the way ACLED names them.

Three lexicons under ``data/actors/``: named groups and generic actors (``groups.csv``),
words that turn a country or demonym into its state forces (``state_suffixes.csv``:
"Syrian army", "Russian jets", "Kenyan police") and the regime era of each country's
state forces (``state_forces.csv``: "Military Forces of Syria (2000-)"). Generic actors keep a
``{country}`` placeholder that the attribution stage fills from the event's location.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from dateline.gazetteer.countries import all_countries, country_by_iso2
from dateline.model import ActorMention, Document
from dateline.pipeline.base import Stage
from dateline.pipeline.country_words import bounded, country_words, written_as_name
from dateline.pipeline.country_words import countries_named as countries_named  # re-exported
from dateline.pipeline.crowds import party_wings
from dateline.pipeline.origins import of_stated_origin
from dateline.pipeline.own_army import own_army
from dateline.pipeline.prefilter import (
    fold,
    required_keys,
    scan,
    window_width,
    windowed_matches,
)
from dateline.pipeline.state_forces import (
    GOVERNMENTS,
    former_template,
    is_government,
    is_state_force,
    off_duty_as_civilians,
    template_kind,
)
from dateline.pipeline.state_forces import police_by_task as police_by_task  # re-exported
from dateline.pipeline.state_forces import state_force_name as state_force_name
from dateline.resources import data_regex, load_csv

# Role hints, in order of preference when two matches cover the same words.
ROLE_ORDER = {
    "named": 0, "state-named": 0, "party": 0, "country-state": 1, "state": 2, "generic": 3,
    "anaphoric": 3, "property": 4,
}
AFFILIATE_GAP = 30  # "-affiliated armed group" before the name it qualifies
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})


@dataclass(frozen=True, slots=True)
class ActorPattern:
    regex: re.Pattern[str]
    name: str
    inter: int
    country: str | None
    role: str
    keys: tuple[str, ...] | None = None  # literals one of which every match contains (prefilter)
    width: int | None = None  # the widest match, when it may be searched near its keys only
    case_sensitive: bool = False


@cache
def group_patterns() -> tuple[ActorPattern, ...]:
    patterns = []
    for row in load_csv("actors/groups.csv"):
        flags = 0 if row["case"] == "cs" else re.IGNORECASE
        regex = re.compile(bounded(row["pattern"]), flags)
        patterns.append(
            ActorPattern(
                regex=regex,
                name=row["name"],
                inter=int(row["inter"]),
                country=row["country"] or None,
                role=row["role"],
                keys=required_keys(row["pattern"]),
                width=window_width(row["pattern"], regex),
                case_sensitive=not regex.flags & re.IGNORECASE,
            )
        )
    return tuple(patterns)


@cache
def country_force_pattern() -> re.Pattern[str]:
    """'<country or demonym>('s)? <state-force word>', e.g. "Syrian army", "Israel's military"."""
    names = sorted(country_words(), key=len, reverse=True)
    country_alt = "|".join(re.escape(n) for n in names)
    kinds = [
        f"(?P<{row['kind']}>{row['suffix']})" for row in load_csv("actors/state_suffixes.csv")
    ]
    return re.compile(
        bounded(rf"(?:the )?(?P<country>{country_alt})(?:'s)?\s+(?:{'|'.join(kinds)})"),
        re.IGNORECASE,
    )


def resolve_actor_name(template: str, iso2: str | None, day: date | None) -> str:
    """Fill ``{country}`` in an actor name; state-force templates get their regime era."""
    if "{country}" not in template:
        return template
    country = country_by_iso2(iso2) if iso2 else None
    if country is None:
        return template
    template, former = former_template(template)
    kind = template_kind(template)
    if kind:
        return state_force_name(country.iso2, kind, day, former)
    branch = _branch_names().get((template, country.iso2))
    return branch or template.replace("{country}", country.name)


@cache
def _branch_names() -> dict[tuple[str, str], str]:
    """Regional branches ACLED names on their own ("Islamic State Khorasan Province (ISKP)")."""
    return {(r["template"], r["iso2"]): r["name"] for r in load_csv("actors/country_names.csv")}


def _is_shouting(text: str) -> bool:
    """Headlines in capitals: case-sensitive abbreviations (IS, HTS) are unreliable there."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 8 and sum(c.isupper() for c in letters) > 0.7 * len(letters)


@cache
def _group_keys() -> tuple[str, ...]:
    """Every prefilter key of every group row once."""
    return tuple(dict.fromkeys(k for p in group_patterns() for k in p.keys or ()))


def _group_mentions(doc: Document, text: str) -> list[ActorMention]:
    found = []
    folded = fold(text)
    present = {key for key in _group_keys() if key in folded}  # each key looked up once
    for pattern in group_patterns():
        # most rows name none of their words in a given article: skipped, or searched only
        # near the words they do name
        if pattern.keys is not None and present.isdisjoint(pattern.keys):
            continue  # prefilter.may_match, with the lookups shared by all rows
        for match in scan(pattern.regex, text, folded, pattern.keys, pattern.width):
            if pattern.case_sensitive and _is_shouting(_sentence_text(doc, match.start())):
                continue
            name = pattern.name
            if pattern.role == "state-named" and pattern.country:  # "IDF": era by date
                kind = "police" if name.startswith("Police") else "military"  # "Levies"
                name = state_force_name(pattern.country, kind, doc.article.published)
            span = doc.span(match.start(), match.end())
            found.append(ActorMention(span, name, pattern.inter, pattern.country, pattern.role))
    return found


@cache
def _force_word_starts() -> tuple[re.Pattern[str], int, int | None]:
    """Where state-force words start (a zero-width lookahead: overlapping), the widest
    "the <country>'s" before one, and the widest force word (None: unbounded)."""
    suffixes = "|".join(row["suffix"] for row in load_csv("actors/state_suffixes.csv"))
    lookahead = re.compile(rf"(?<![\w-])(?=(?:{suffixes})(?![\w-]))", re.IGNORECASE)
    suffix_width = window_width(suffixes, re.compile(suffixes, re.IGNORECASE))
    return lookahead, max(map(len, country_words())) + len("the ") + len("'s"), suffix_width


def _country_force_matches(text: str) -> Iterator[re.Match[str]]:
    """``country_force_pattern().finditer(text)``, run only in windows before the state-force
    words (every match ends in one): the big country alternation is slow at every word."""
    lookahead, country_width, suffix_width = _force_word_starts()
    if suffix_width is None:
        return country_force_pattern().finditer(text)
    starts = [m.start() for m in lookahead.finditer(text)]
    if not starts:
        return iter(())
    # the widest match start before a force word: the country, then its white space run
    widest = max(country_width + _space_run(text, start) for start in starts)
    width = max(widest, suffix_width)
    return windowed_matches(country_force_pattern(), text, starts, width)


def _space_run(text: str, end: int) -> int:
    return end - len(text[:end].rstrip())


def _country_force_mentions(doc: Document, text: str) -> list[ActorMention]:
    found = []
    day = doc.article.published
    for match in _country_force_matches(text):
        written = match.group("country")
        country = country_words().get(written.lower())
        if country is None or not written_as_name(written, country):
            continue
        kind = next((k for k in ("police", "government") if match.group(k)), "military")
        name = state_force_name(country.iso2, kind, day)
        span = doc.span(match.start(), match.end())
        found.append(ActorMention(span, name, 1, country.iso2, "country-state"))
        found += _coordinated_forces(doc, text, match.start(), kind)
    return found


@cache
def _coordinated_country_pattern() -> re.Pattern[str]:
    """"US and British warplanes": a country word joined to the next one's forces."""
    names = sorted(country_words(), key=len, reverse=True)
    alternation = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w-])(?P<country>{alternation})\s*(?:,|and|&)\s*$", re.IGNORECASE)


def _coordinated_forces(doc: Document, text: str, start: int, kind: str) -> list[ActorMention]:
    """The countries listed before "<country> troops": "Kenyan, Ugandan and Somali troops"."""
    found: list[ActorMention] = []
    while (offset := max(0, start - 40)) < start:
        match = _coordinated_country_pattern().search(text[offset:start])
        country = country_words().get(match.group("country").lower()) if match else None
        if match is None or country is None or not written_as_name(match.group(1), country):
            break
        start = offset + match.start("country")
        span = doc.span(start, offset + match.end("country"))
        name = state_force_name(country.iso2, kind, doc.article.published)
        found.append(ActorMention(span, name, 1, country.iso2, "country-state"))
    return found


@cache
def _plural_demonym_pattern() -> re.Pattern[str]:
    """"Palestinians", "Syrians": people of a country, coded as civilians when they are hit."""
    plurals = {
        d for c in all_countries() for d in c.demonyms if d.endswith("s") and d[:-1] in c.demonyms
    }
    alternation = "|".join(re.escape(p) for p in sorted(plurals, key=len, reverse=True))
    return re.compile(bounded(alternation))


def _demonym_civilian_mentions(doc: Document, text: str) -> list[ActorMention]:
    return [
        ActorMention(doc.span(m.start(), m.end()), "Civilians ({country})", 7, None, "generic")
        for m in _plural_demonym_pattern().finditer(text)
    ]


@cache
def _community_patterns() -> tuple[tuple[re.Pattern[str], str, str | None, str | None], ...]:
    """One regex per community (data/actors/communities.csv) over every way the press names its
    armed men (community_words.csv); the community's name must be capitalised. The last item
    is the name as written when every form contains it (a text without it is skipped)."""
    forms = [row["form"] for row in load_csv("actors/community_words.csv")]
    named_in_every_form = all("{name}" in form for form in forms)
    patterns = []
    for row in load_csv("actors/communities.csv"):
        name = rf"(?-i:{re.escape(row['name'])})"
        alternation = "|".join(f.replace("{name}", name) for f in forms)
        home = country_by_iso2(row["iso2"]) if row["iso2"] else None
        actor = f"{row['name']} {row['kind']} Militia ({home.name if home else '{country}'})"
        regex = re.compile(bounded(alternation), re.IGNORECASE)
        key = row["name"] if named_in_every_form else None
        patterns.append((regex, actor, row["iso2"] or None, key))
    return tuple(patterns)


def _community_mentions(doc: Document, text: str) -> list[ActorMention]:
    """"Pokot raiders", "gunmen from the Murle community": the community's militia."""
    found = []
    for regex, name, iso2, key in _community_patterns():
        if key is not None and key not in text:
            continue  # the name is matched case-sensitively: no name, no mention
        for match in regex.finditer(text):
            span = doc.span(match.start(), match.end())
            found.append(ActorMention(span, name, 4, iso2, "named"))
    return found


@cache
def _context_rows() -> tuple[dict[str, str], ...]:
    return load_csv("actors/context_groups.csv")


def in_context(mention: ActorMention, iso2: str | None, day: date | None = None) -> ActorMention:
    """The group an unnamed mention stands for in the article's country (context_groups.csv):
    "separatists" in Cameroon, "the occupiers" in Ukraine. Named mentions are left alone."""
    if mention.role_hint == "country-state":
        return _country_force(mention, day)
    if mention.role_hint in ("named", "state-named"):
        return mention
    if iso2 is None:
        return _settled(mention)
    written = mention.span.text.translate(_APOSTROPHES)
    for row in _context_rows():
        if row["iso2"] == iso2 and re.fullmatch(row["pattern"], written, re.IGNORECASE):
            home = row["home"] or None
            name = resolve_actor_name(row["name"], home, day) if home else row["name"]
            inter = int(row["inter"])
            role = "country-state" if home and inter == 1 else "named"
            return replace(mention, name=name, inter=inter, country=home, role_hint=role)
    return _settled(mention)


def _country_force(mention: ActorMention, day: date | None) -> ActorMention:
    """"Pakistani border guards": a force of a named country that its own country's row
    codes as another kind of state force (the Frontier Corps is Pakistan's military, not its
    police); only rows of that country's own state forces, wherever the event is."""
    written = mention.span.text.translate(_APOSTROPHES)
    for row in _context_rows():
        if row["iso2"] != mention.country or row["inter"] != "1" or row["home"]:
            continue
        if re.fullmatch(row["pattern"], written, re.IGNORECASE):
            name = resolve_actor_name(row["name"], mention.country, day)
            return replace(mention, name=name)
    return mention


def _settled(mention: ActorMention) -> ActorMention:
    """An abbreviation no country row resolves keeps its usual reading, as a named group."""
    return replace(mention, role_hint="named") if mention.role_hint == "ambiguous" else mention


def _sentence_text(doc: Document, offset: int) -> str:
    index = doc.sentence_index(offset)
    return doc.sentences[index].text if index >= 0 else doc.text


def _non_overlapping(mentions: list[ActorMention]) -> list[ActorMention]:
    """Longest match first, then the more specific role; overlapping shorter ones dropped."""
    ranked = sorted(
        mentions,
        key=lambda m: (-(m.span.end - m.span.start), ROLE_ORDER.get(m.role_hint or "", 9)),
    )
    kept: list[ActorMention] = []
    for mention in ranked:
        if not any(mention.span.overlaps(k.span) for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.span.start)


def find_actors(doc: Document) -> list[ActorMention]:
    """Every actor mention in the article, with its sentence index."""
    text = doc.text.translate(_APOSTROPHES)  # same length: offsets stay valid
    text, hyphens = _affiliations_apart(text)
    found = _group_mentions(doc, text) + _paired_group_mentions(doc, text)
    found += _country_force_mentions(doc, text)
    found += _community_mentions(doc, text)
    mentions = _non_overlapping(found + _demonym_civilian_mentions(doc, text))
    mentions = _without_named_affiliates(doc, mentions, hyphens)
    mentions = _with_group_nouns(doc, [of_stated_origin(text, m) for m in mentions])
    mentions = off_duty_as_civilians(text, party_wings(doc, mentions))
    for mention in mentions:
        mention.sentence = doc.sentence_index(mention.span.start)
    return mentions


def _paired_group_mentions(doc: Document, text: str) -> list[ActorMention]:
    """"Dawlah Islamiyah-Maute fighters": a named group joined by a hyphen to another
    capitalised name (an allied faction) is that group; only named groups ending right at such
    a hyphen count ("Guinea-Bissau" names no group, "rebel-held" stays one word)."""
    pairs = data_regex("actors/affiliation.json", "pair").finditer(text)
    hyphens = [m.start("hyphen") for m in pairs]
    if not hyphens:
        return []
    apart = text
    for start in hyphens:  # one character for another: offsets stay valid
        apart = apart[:start] + " " + apart[start + 1 :]
    return [
        m
        for m in _group_mentions(doc, apart)
        if m.span.end in hyphens and m.role_hint == "named"
    ]


def _affiliations_apart(text: str) -> tuple[str, set[int]]:
    """"LNA-affiliated forces", "IS-linked militants": the group named on its own, one
    character for another (offsets stay valid); only a name ("army-aligned" stays one word).
    Also where the hyphens were."""
    hyphens = set()
    for match in data_regex("actors/affiliation.json", "hyphen").finditer(text):
        word = text[: match.start()].rsplit(None, 1)[-1] if match.start() else ""
        if word[:1].isupper():
            text = text[: match.start()] + " " + text[match.end() :]
            hyphens.add(match.start())
    return text, hyphens


def _without_named_affiliates(
    doc: Document, mentions: list[ActorMention], hyphens: set[int]
) -> list[ActorMention]:
    """"The al-Qaeda-linked Hurras al-Din": a named group qualified by its affiliation is the
    party, the group it is linked to no second one (kept only before unnamed forces)."""
    kept = []
    for i, mention in enumerate(mentions):
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if mention.span.end in hyphens and after is not None and _named_next(doc, mention, after):
            continue
        kept.append(mention)
    return kept


def _named_next(doc: Document, linked: ActorMention, named: ActorMention) -> bool:
    between = doc.text[linked.span.end : named.span.start]
    close = len(between) <= AFFILIATE_GAP and not any(c in between for c in ",;.()")
    return close and named.role_hint in ("named", "state-named")


def _with_group_nouns(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Wagner fighters", "JNIM militants", "the armed group Comuneros del Sur": an unnamed
    noun right next to a named group is that group's, one mention (not a second party)."""
    kept: list[ActorMention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if previous is not None and _abbreviated(doc, previous, mention):
            kept[-1] = replace(previous, span=doc.span(previous.span.start, mention.span.end + 1))
        elif previous is not None and _member_of(doc, previous, mention):
            kept[-1] = replace(mention, span=doc.span(previous.span.start, mention.span.end))
        elif previous is None or doc.text[previous.span.end : mention.span.start] != " ":
            kept.append(mention)
        elif _names_its_noun(previous, mention) or _state_staff(previous, mention):
            kept[-1] = replace(previous, span=doc.span(previous.span.start, mention.span.end))
        elif _names_its_noun(mention, previous):  # "the armed group Comuneros del Sur"
            kept[-1] = replace(mention, span=doc.span(previous.span.start, mention.span.end))
        else:
            kept.append(mention)
    return kept


def _member_of(doc: Document, noun: ActorMention, named: ActorMention) -> bool:
    """"Fighters of the Rwanda-backed M23", "criminals from Comando Vermelho": an unnamed
    armed noun said to be of a named group is that group's men, one mention."""
    between = doc.text[noun.span.end : named.span.start]
    member = data_regex("actors/affiliation.json", "member_of").fullmatch(between)
    return member is not None and _names_its_noun(named, noun)


def _abbreviated(doc: Document, full: ActorMention, short: ActorMention) -> bool:
    """"the Somali National Army (SNA)": the abbreviation in brackets is the same mention."""
    brackets = doc.text[full.span.end : short.span.start] == " (" and doc.text[
        short.span.end : short.span.end + 1
    ] == ")"
    return brackets and (full.name == short.name or short.role_hint == "ambiguous")


def _state_staff(state: ActorMention, people: ActorMention) -> bool:
    """"FARDC engineers", "army doctors": state forces' own people, not civilians; "police
    commandos", "army troops": one force, named by its first word."""
    staff = people.inter == 7 and people.role_hint == "generic"
    return is_state_force(state) and (staff or (people.inter == 1 and people.role_hint == "state"))


def _names_its_noun(named: ActorMention, noun: ActorMention) -> bool:
    """"JNIM militants", and "Africa Corps troops", "Wagner soldiers": a force word right
    after a named group that is no state's own army is that group's men, not a state army."""
    if named.role_hint not in ("named", "state-named"):
        return False
    if noun.role_hint in ("generic", "anaphoric") and noun.inter in (2, 3):
        return True
    return named.inter != 1 and noun.role_hint == "state" and noun.inter == 1


class ActorRecognizer(Stage):
    name = "actors"
    requires = ("article.text", "sentences", "entities")
    assigns = ("actors",)

    def __call__(self, doc: Document) -> Document:
        # unnamed troops of an article naming one army ("Troops ..., the IDF said") are its own
        found = own_army(doc, find_actors(doc))
        # a government is a party only to a few developments (roles brings it in there): kept
        # aside so "the government said" makes no armed party of a frame elsewhere
        doc.actors = [a for a in found if not is_government(a)]
        doc.extras[GOVERNMENTS] = [a for a in found if is_government(a)]
        return doc
