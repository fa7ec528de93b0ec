"""Casualty figures told after their verb ("killed 51 civilians", "killing three and wounding
12", "the bodies of 4", "killing the driver and their guard", "lynched and set on fire 5 ..."),
and the group parts shared with ``numbers._counted_after`` (a short attribute of the group,
a single noun that names two people)."""

from __future__ import annotations

from dateline.pipeline.casualty_finders import hypothetical, reciprocal
from dateline.pipeline.casualty_groups import (
    QUOTES,
    Found,
    aside_end,
    casualty_after,
    casualty_word,
    group_end,
    group_text,
    group_word,
    people,
    the_person,
)
from dateline.pipeline.quantities import Quantity, Token, is_measure, lexicon, quantity_at, rules

MAX_COORDINATED_VERB_WORDS = 4  # "lynched and set on fire 5 suspected gang members"
MAX_ATTRIBUTE_WORDS = 5  # "eight members (of a state anti-insurgency unit) and their driver"


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
    q = quantity_at(tokens, k, single=True) or the_person(tokens, k)
    if q is None or is_measure(tokens, q) or reciprocal(tokens, q.end):
        return None
    value, used, j = q.value, list(q.digits), group_end(tokens, q.end)
    value = collective(tokens, q, j, value)  # "killing an elderly couple"
    if k > skipped and casualty_after(tokens, j):
        return None  # "killed and then 3 soldiers were wounded": the figure is the next clause's
    j = past_attribute(tokens, j)  # "the minister for refugees and four other people"
    while j + 1 < len(tokens) and tokens[j].low in ("and", ","):
        more = quantity_at(tokens, j + 1, single=True) or the_person(tokens, j + 1)
        if more is None or is_measure(tokens, more):
            break
        more_end = group_end(tokens, more.end)
        if casualty_after(tokens, aside_end(tokens, more_end)):
            break  # "killed 5 people and 3 were wounded": a new clause
        if tokens[j].text == "," and not _list_goes_on(tokens, more_end):
            break  # "killing 5 people, a police spokesman said": no list
        value, j = value + more.value, more_end
        used.extend(more.digits)
    if not people(tokens, q.end, j, j):
        return None  # "kill 10,000 birds"
    who = group_text(tokens, q.end, j, text)
    himself = _reflexive(tokens, j)  # "killing five people and himself": the bomber too
    end = tokens[j - 1 + (2 if himself else 0)].end
    found = Found(value + himself, kind, tokens[i].start, end, who, q.qualifier, tuple(used))
    found.bomber_counted = bool(himself)
    return found



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
            more = quantity_at(tokens, m + 1, single=True) or the_person(tokens, m + 1)
            return m if more is not None and not is_measure(tokens, more) else j
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



def _reflexive(tokens: list[Token], j: int) -> int:
    """1 after "and himself", "besides himself": the attacker died with his victims."""
    if j + 1 >= len(tokens) or tokens[j].low not in rules()["reflexive_joiners"]:
        return 0
    return int(tokens[j + 1].low in rules()["reflexive"])
