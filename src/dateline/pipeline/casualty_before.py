"""Casualty figures told after their verb ("killed 51 civilians", "killing three and wounding
12", "the bodies of 4", "killing the driver and their guard", "lynched and set on fire 5 ..."),
and the group parts shared with ``casualty_listed.counted_after`` (a short attribute of the group,
a single noun that names two people)."""

from __future__ import annotations

from dateline.pipeline.casualty_finders import hypothetical, reciprocal
from dateline.pipeline.casualty_groups import (
    QUOTES,
    Found,
    aside_end,
    bare_person,
    casualty_after,
    casualty_word,
    each_side,
    group_end,
    group_text,
    group_word,
    listed_person,
    past_listed_age,
    people,
    rule_words,
    the_person,
)
from dateline.pipeline.quantities import Quantity, Token, is_measure, lexicon, quantity_at, rules

MAX_COORDINATED_VERB_WORDS = 4  # "lynched and set on fire 5 suspected gang members"
MAX_ATTRIBUTE_WORDS = 5  # "eight members (of a state anti-insurgency unit) and their driver"
MAX_NAME_WORDS = 4  # "Jean de Dieu Ndayishimiye" is one person


def collective(tokens: list[Token], q: Quantity, j: int, value: int) -> int:
    """ "an elderly couple", "the couple": a single noun that names two people."""
    counts: dict[str, int] = rules()["collective_persons"]
    if q.value != 1 or j <= q.end or tokens[j - 1].low not in counts:
        return value
    return counts[tokens[j - 1].low]


def counted_before(tokens: list[Token], i: int, text: str) -> Found | None:
    """"killed 51 civilians", "killing three", "the bodies of 4"."""
    lex = lexicon()
    k, kind = lex.before.match(tokens, i)
    if kind is None or hypothetical(tokens, i):
        return None
    skipped, k = k, _figure_start(tokens, k)
    self_first = _reflexive_first(tokens, k)  # "killing himself and a guard"
    k += 2 * self_first
    q = quantity_at(tokens, k, single=True)
    if q is None and tokens[i].low not in rule_words("figure_only_phrases"):
        # not "a farmer who lost his brother" (a bereavement); "lynches suspected thief"
        q = the_person(tokens, k)
        if q is None and tokens[i].low in rule_words("bare_person_verbs"):
            q = bare_person(tokens, k, i)
    if q is None and k > 0 and tokens[k - 1].low == "of":
        q = _named_people(tokens, k)  # "the bodies of Jean Bosco and Pascal Niyonzima"
    if q is None or is_measure(tokens, q) or reciprocal(tokens, q.end):
        return None
    value, used, j = q.value, list(q.digits), group_end(tokens, q.end)
    value = collective(tokens, q, j, value)  # "killing an elderly couple"
    if k > skipped and casualty_after(tokens, j):
        return None  # "killed and then 3 soldiers were wounded": the figure is the next clause's
    j = past_attribute(tokens, j)  # "the minister for refugees and four other people"
    if not breakdown(tokens, j, value):  # "killed three people, two Lebanese and a Syrian"
        value, j = _with_people_listed(tokens, j, value, used)
    if not people(tokens, q.end, j, j):
        return None  # "kill 10,000 birds"
    who = group_text(tokens, q.end, j, text)
    sides = each_side(tokens, j)  # "killed 5 people on each side": ten
    value, himself = value * (2 if sides else 1), _reflexive(tokens, j)  # "and himself"
    end = tokens[j - 1 + (2 if himself else sides)].end
    himself = himself or self_first
    found = Found(value + himself, kind, tokens[i].start, end, who, q.qualifier, tuple(used))
    found.bomber_counted = bool(himself)
    return found



def breakdown(tokens: list[Token], j: int, value: int) -> bool:
    """ "three people, two Lebanese and a Syrian": a list after a comma whose figures add up
    to the figure before it restates that figure, group by group (nationality, sex, age)."""
    if value < 2 or j + 1 >= len(tokens) or tokens[j].text != ",":
        return False
    if tokens[j - 1].low not in rules()["breakdown_totals"]:
        return False  # "killed 3 militants, 2 soldiers and a civilian" is a list of sides
    total, m = 0, j
    while m + 1 < len(tokens) and tokens[m].low in ("and", ",") and total < value:
        more = listed_person(tokens, m)
        if more is None:
            return False
        total, m = total + more.value, group_end(tokens, more.end)
    return total == value and m > j + 2



def _named_people(tokens: list[Token], k: int) -> Quantity | None:
    """ "the bodies of Jean Bosco and Pascal Niyonzima": persons named by full names (two to
    four capitalised words, joined by "and" or commas), one each; the list must end the
    phrase (not "the killing of Ituri residents", "of Christians in Benue")."""
    names, m = 0, k
    while m < len(tokens) and _capitalised(tokens[m]):
        n = m
        while n < len(tokens) and n - m < MAX_NAME_WORDS and _capitalised(tokens[n]):
            n += 1
        if n - m < 2:
            return None  # a full name has two words; "Christians", "Ituri" name no one
        names, m = names + 1, n
        if m + 1 < len(tokens) and tokens[m].low in ("and", ",") and _capitalised(tokens[m + 1]):
            m += 1
    if not names or (m < len(tokens) and tokens[m].low not in rules()["after_names"]):
        return None
    return Quantity(names, k, k, m, None)


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.text[1:].islower() and token.text.isalpha()


def _with_people_listed(tokens: list[Token], j: int, value: int,
                        used: list[int]) -> tuple[int, int]:
    """The people listed after the counted group from token ``j`` ("killed 3 soldiers and a
    civilian"): the count with theirs and the end of the list; the digits read join ``used``."""
    first_comma: tuple[int, int, int] | None = None  # the count before a listed item after ","
    while j + 1 < len(tokens) and tokens[j].low in ("and", ","):
        if (past := past_listed_age(tokens, j, used)) != j:
            j = past  # "two boys aged 12 and 14": a second age
            continue
        more = listed_person(tokens, j)
        if more is None:
            break
        more_end = group_end(tokens, more.end)
        if casualty_after(tokens, aside_end(tokens, more_end)):
            break  # "killed 5 people and 3 were wounded": a new clause
        if tokens[j].text == "," and not _list_goes_on(tokens, more_end):
            break  # "killing 5 people, a police spokesman said": no list
        if tokens[j].text == "," and first_comma is None:
            first_comma = (value, j, len(used))
        value, j = value + more.value, more_end
        used.extend(more.digits)
    if first_comma is not None and _speakers_follow(tokens, j):
        value, j, kept = first_comma  # "killing 10 soldiers, two residents and an official said"
        del used[kept:]
    return value, j


def _speakers_follow(tokens: list[Token], j: int) -> bool:
    """A speech verb a few words after the list, with no break between ("..., two residents
    and a health worker at the local hospital said"): the items after the comma speak."""
    for n in range(j, min(len(tokens), j + int(rules()["speaker_gap"]) + 1)):
        if tokens[n].low in rules()["speaker_verbs"]:
            return True
        if not tokens[n].text[0].isalnum():
            return False
    return False


def _list_goes_on(tokens: list[Token], j: int) -> bool:
    """After an item that followed a comma: only "and" or another comma continue a list
    ("a pastor, his wife and their three children")."""
    return j < len(tokens) and tokens[j].low in ("and", ",") and j + 1 < len(tokens) and (
        quantity_at(tokens, j + 1, single=True) is not None
        or the_person(tokens, j + 1) is not None
    )



def past_attribute(tokens: list[Token], j: int) -> int:
    """Past a short attribute of the group ("for refugees", "of the town") when more people
    follow it ("killed the minister for refugees and four other people"), else ``j``."""
    if j >= len(tokens) or tokens[j].low not in rules()["attribute_prepositions"]:
        return j
    for m in range(j + 1, min(len(tokens), j + MAX_ATTRIBUTE_WORDS + 2)):
        if tokens[m].low == "and":
            return m if listed_person(tokens, m) is not None else j
        if not group_word(tokens, m) and tokens[m].low not in ("the", "a", "an"):
            return j
    return j



def _figure_start(tokens: list[Token], k: int) -> int:
    """Where the figure after a casualty verb starts: past an opening quote ('killing "dozens
    of terrorists"') or a coordinated verb ("lynched and set on fire 5 ...")."""
    if k < len(tokens) and tokens[k].text in QUOTES:
        return k + 1
    if k < len(tokens) and tokens[k].low in rules()["figure_openers"]:
        return k + 1  # "killing all four crew members"
    if k >= len(tokens) or tokens[k].low != "and":
        return k
    lex = lexicon()
    for m in range(k + 1, min(len(tokens), k + MAX_COORDINATED_VERB_WORDS + 2)):
        q = quantity_at(tokens, m)
        if q is not None:
            return m if m > k + 1 else k
        word = tokens[m]
        if not word.text.islower() or word.low in lex.links or casualty_word(tokens, m):
            break  # "killed and wounded 30" stays undivided; "and 3 were" is a new clause
        if word.low in rules()["split_verbs"]:
            break  # "killed and captured 20": how many of each is not said
    return k



def _reflexive_first(tokens: list[Token], k: int) -> int:
    """1 for "himself and" opening the killed: the attacker named before his victims."""
    if k + 2 >= len(tokens) or tokens[k].low not in rules()["reflexive"]:
        return 0
    return int(tokens[k + 1].low == "and")


def _reflexive(tokens: list[Token], j: int) -> int:
    """1 after "and himself", "besides himself": the attacker died with his victims."""
    if j + 1 >= len(tokens) or tokens[j].low not in rules()["reflexive_joiners"]:
        return 0
    return int(tokens[j + 1].low in rules()["reflexive"])
