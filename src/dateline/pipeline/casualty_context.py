"""Casualty figures read against the sentences around them: a death a crowd reacts to, the
higher claim of a second source told in the next sentence, a bomber or attacker whose own
death is told after the victims' figure, and the dead a withdrawing side left behind beside
the other side's dead.

Word lists live in ``data/numbers/rules.json`` (``grievance_before``, ``competing_sources``,
``competing_updates``, ``claim_adders``, ``bomber_nouns``, ``withdrawal_verbs``,
``left_behind_verbs``, ``more_before``, ``more_words``; the regexes ``death_as_cause``,
``cause_before``).
"""

from __future__ import annotations

import re
from functools import cache

from dateline.model import DateMention, Document, NumberMention
from dateline.pipeline.casualty_groups import Found
from dateline.pipeline.quantities import rule_phrases, rules
from dateline.pipeline.tallies import same_group
from dateline.resources import data_regex

RULES = "numbers/rules.json"  # the regexes data_regex reads (death_as_cause, cause_before)
GRIEVANCE_CHARS = 40  # how far before a death its crowd's grievance cue may sit
DOER_WINDOW_SENTENCES = 2  # "killing 13 recruits, an officer said. ... The bomber also died."
MORE_CHARS = 20  # "and another two died": the word that makes a figure more dead
OUTDATED_WINDOW = 2  # sentences back an earlier toll may be superseded from
CLAIM_WINDOW = 2  # sentences back a first source's figure competes with another's
WITHDRAWAL_CHARS = 120  # "withdrew towards the border after an hour, leaving three bodies"


@cache
def _grievance_regex() -> re.Pattern[str]:
    determiner = r"(?:\s+(?:the|his|her|their))?"  # "Relatives of the 12 miners killed"
    return re.compile(rule_phrases("grievance_before").pattern + determiner + r"\s+$", re.I)


@cache
def _inquiry_regex() -> re.Pattern[str]:
    determiner = r"(?:\s+(?:the|his|her|their))?"
    return re.compile(rule_phrases("inquiry_before").pattern + determiner + r"\s+$", re.I)


def a_grievance(text: str, f: Found, sentence_start: int = 0) -> bool:
    """ "Youths angered by the death of a motorcyclist ...", "demand justice for a blogger who
    died in custody": a death a crowd reacts to is no casualty of what it does. So is a death
    told in an 'after' clause of a crowd's act ("people gathered in front of the Presidency
    after a woman was killed by her former partner")."""
    if f.kind != "killed":
        return False
    before = text[max(0, f.start - GRIEVANCE_CHARS) : f.start]
    if _grievance_regex().search(before):
        return True
    inquiry = _inquiry_regex().search(before)
    if inquiry is not None:  # the authorities' inquiry, or one a crowd demands
        asked = text[sentence_start : max(0, f.start - GRIEVANCE_CHARS) + inquiry.start()]
        return (rule_phrases("inquiry_askers").search(asked) is not None
                or rule_phrases("crowd_acts").search(asked) is not None)
    if (data_regex(RULES, "death_as_cause").match(text, f.start)
            and data_regex(RULES, "cause_before").search(before)):
        return True  # "clashes broke out ... after the death of a motorcycle-taxi driver"
    return _crowd_reason().search(text[sentence_start : f.start]) is not None


@cache
def _crowd_reason() -> re.Pattern[str]:
    """A crowd's act, then (in its clause) 'after'/'following' right before the victim named
    ("a student", "two men"), not a doer's gerund ("after killing")."""
    crowd = rule_phrases("crowd_acts").pattern
    # "youths set fire to cars ... after a teenager died": a crowd named before its riot act
    riot = rule_phrases("riot_crowds").pattern + r"[^;.]*?" + rule_phrases("riot_acts").pattern
    reason = rule_phrases("crowd_reason_openers").pattern
    # "... to demand the arrest of the muggers who stabbed a fellow student to death"
    demand = rule_phrases("crowd_demands").pattern + r"(?:\s+[\w'’-]+){0,3}\s+(?:who|that)"
    return re.compile(r"(?:" + crowd + "|" + riot + r")[^;.]*?(?:" + reason + "|" + demand
                      + r")\s+(?:(?:an?|the|his|her|their)\s+)?$", re.I)


# ---------------------------------------------------------------- a second source's claim


def other_sources(doc: Document, mentions: list[NumberMention]) -> list[NumberMention]:
    """ "Gunmen killed 19 people, police said. Residents put the death toll at 27.", "...
    killed at least 20 villagers, residents said. Police confirmed 12 deaths.": a killed
    figure told by another source in the next sentence of the same paragraph, with no word of
    an update ("rose", "later") or of more dead ("another", "more") and no day of its own,
    competes with the first; ACLED keeps the lowest credible figure, so the higher is dropped."""
    dropped = {id(m) for m in mentions if _outdated(doc, m, mentions)}
    for m in mentions:
        first = None if id(m) in dropped else _first_claim(doc, m, mentions)
        if first is not None and first.value != m.value:
            dropped.add(id(m) if m.value > first.value else id(first))
    return [m for m in mentions if id(m) not in dropped]


def _outdated(doc: Document, m: NumberMention, mentions: list[NumberMention]) -> bool:
    """ "The number of civilians killed ... has risen to 19. An earlier toll had put the dead
    at 12.": a killed figure told as an earlier, initial or previous count after a killed
    figure of the sentence or two before (same paragraph) is superseded by it, whatever the
    values."""
    if m.kind != "killed" or m.sentence < 1:
        return False
    if not rule_phrases("outdated_tolls").search(doc.sentences[m.sentence].text):
        return False
    return any(
        n.kind == "killed" and m.sentence - OUTDATED_WINDOW <= n.sentence < m.sentence
        and "\n\n" not in doc.text[n.span.end : m.span.start]
        for n in mentions
    )


def _first_claim(
    doc: Document, m: NumberMention, mentions: list[NumberMention]
) -> NumberMention | None:
    if m.kind != "killed" or m.sentence < 1 or not _sourced(doc, m.sentence):
        return None
    sentence = doc.sentences[m.sentence].text
    if any(rule_phrases(key).search(sentence) for key in ("competing_updates", "claim_adders")):
        return None
    if _own_day(doc, m):
        return None  # "On Tuesday police said 8 were killed": another day, maybe another act
    return next(
        (
            n for n in mentions
            if n.kind == "killed" and m.sentence - CLAIM_WINDOW <= n.sentence < m.sentence
            and _sourced(doc, n.sentence) and same_group(n, m)
            and not _over_every_side(doc, n) and not _over_every_side(doc, m)
        ),
        None,
    )


def _over_every_side(doc: Document, m: NumberMention) -> bool:
    """ "killing seven people including the bomber": a total over the doers too, which a
    count of the victims alone ("six civilians had died") does not contradict."""
    after = doc.text[m.span.end : m.span.end + 60]
    return bool(data_regex("segment/counts.json", "with_the_doers").match(after))


def _own_day(doc: Document, m: NumberMention) -> bool:
    """The figure's sentence names a day of its own ("On Tuesday the attacker was killed")."""
    return any(d.sentence == m.sentence and d.kind in ("date", "report") for d in doc.dates)


def _sourced(doc: Document, sentence: int) -> bool:
    return bool(rule_phrases("competing_sources").search(doc.sentences[sentence].text))


# ---------------------------------------------------------------- the doer's own death


def the_doer_too(doc: Document, mentions: list[NumberMention]) -> list[NumberMention]:
    """ "... killing 13 of them. The bomber also died.": a lone bomber or attacker whose death
    is told in a sentence of its own after the victims' figure adds to that figure (ACLED
    counts attackers among an event's dead); the two are one event's toll, not two claims."""
    kept: list[NumberMention] = []
    for m in mentions:
        victims = _victims_before(doc, m, kept) if lone_doer(m) and not _own_day(doc, m) else None
        if victims is None:
            kept.append(m)
        else:
            victims.value += m.value
    return kept


def lone_doer(m: NumberMention) -> bool:
    """ "The bomber also died", "The attacker was also killed", "She also died" (a pronoun
    whose death is told with "also": one more dead besides the victims)."""
    if m.kind != "killed" or m.value != 1:
        return False
    words = (m.who or "").lower().split()
    if words[:1] in (["the"], ["a"]) and len(words) == 2:
        return words[-1] in rules()["bomber_nouns"]
    said = m.span.text.lower().split()
    return not words and said[:1] in ([p] for p in rules()["pronoun_subjects"]) and "also" in said


def _victims_before(
    doc: Document, m: NumberMention, kept: list[NumberMention]
) -> NumberMention | None:
    earlier = [
        n for n in kept
        if n.kind == "killed" and 0 <= m.sentence - n.sentence <= DOER_WINDOW_SENTENCES
        and n.sentence < m.sentence and "\n\n" not in doc.text[n.span.end : m.span.start]
    ]
    return earlier[-1] if earlier else None


# ---------------------------------------------------------------- the dead of two sides


def left_behind_and_ours(doc: Document, mentions: list[NumberMention]) -> list[NumberMention]:
    """ "The assailants withdrew, leaving three bodies behind. Two of our soldiers lost their
    lives.": the dead a withdrawing side left behind and a named group's dead told near them
    (same paragraph) are two sides of one fight; ACLED adds them, so the named side's figure
    takes the dead left behind, which are dropped as a figure of their own."""
    dropped: set[int] = set()
    for m in mentions:
        if m.kind != "killed" or id(m) in dropped or not _left_behind(doc, m):
            continue
        other = next((n for n in mentions if _other_side(doc, m, n) and id(n) not in dropped), None)
        if other is None:
            continue
        other.value += m.value  # the named side's figure is the one its act's clause holds
        dropped.add(id(m))
    return [m for m in mentions if id(m) not in dropped]


@cache
def _left_behind_regex() -> re.Pattern[str]:
    withdrew = rule_phrases("withdrawal_verbs").pattern
    left = rule_phrases("left_behind_verbs").pattern
    return re.compile(rf"{withdrew}[^.;]{{0,{WITHDRAWAL_CHARS}}}{left}\s+(?:behind\s+)?$", re.I)


def _left_behind(doc: Document, m: NumberMention) -> bool:
    """ "withdrew, leaving three bodies / six of their dead": the side's own dead, no named
    victims ("fled, leaving two policemen dead" names whom the side killed)."""
    own = not m.who or m.who.lower().split()[:2] in (["of", "their"], ["of", "its"])
    start = doc.sentences[m.sentence].start if m.sentence >= 0 else 0
    return own and bool(_left_behind_regex().search(doc.text[start : m.span.start]))


def _other_side(doc: Document, m: NumberMention, n: NumberMention) -> bool:
    head = (n.who or "").lower().split()[-1:]
    named = bool(head) and head[0] not in rules()["generic_groups"] and head[0] not in (
        rules()["partitive"]
    )
    apart = doc.text[min(m.span.end, n.span.end) : max(m.span.start, n.span.start)]
    return (
        n is not m and n.kind == "killed" and named and abs(n.sentence - m.sentence) <= 2
        and "\n\n" not in apart and not _left_behind(doc, n)
        and not rule_phrases("part_of_the_dead").search(n.span.text)  # "Among the dead were"
    )


# ---------------------------------------------------------------- more dead in one sentence


def more_dead(text: str, found: list[Found], days: list[DateMention]) -> list[Found]:
    """ "killing five soldiers, and another two died of their wounds later": a figure told as
    more dead ("another two", "three more") that names no group of its own adds to the killed
    figure before it in the sentence, unless the sentence restates a toll ("rose to seven after
    two more died") or a day comes between ("4 on Monday and a further 3 on Tuesday")."""
    killed = [f for f in found if f.kind == "killed"]
    told = text[killed[0].start : killed[-1].end] if killed else ""
    if len(killed) < 2 or rule_phrases("competing_updates").search(told):
        return found
    dropped: set[int] = set()
    for before, f in zip(killed, killed[1:], strict=False):
        between = any(before.end <= d.span.start < f.start for d in days)
        if _told_as_more(text, f) and _no_group(f) and not between and id(before) not in dropped:
            before.value += f.value
            dropped.add(id(f))
    return [f for f in found if id(f) not in dropped]


def _no_group(f: Found) -> bool:
    """ "another two died", "two more people": no group a side could be told by."""
    words = [w for w in (f.who or "").lower().split() if w not in rules()["more_words"]]
    return not words or words[-1] in rules()["generic_groups"]


def _told_as_more(text: str, f: Found) -> bool:
    lead = text[max(0, f.start - MORE_CHARS) : f.start]
    said = text[f.start : f.end]
    opens = bool(_more_regex().search(lead) or rule_phrases("more_before").match(said))
    return opens or said.lower().split()[1:2] in ([w] for w in rules()["more_words"])


@cache
def _more_regex() -> re.Pattern[str]:
    return re.compile(rule_phrases("more_before").pattern + r"\s+$", re.I)
