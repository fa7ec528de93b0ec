"""Casualty finders besides the figure-first and verb-first ones of ``pipeline/numbers.py``:
"beat a man to death", the attacker's fate ("stabbed two people before being shot dead"),
"shot them dead" (the figure before), "..., along with two policemen" and tolls ("the death
toll rose to 51"); and the test for hypothetical acts ("could have killed 100") they share.
Word lists in ``data/numbers/``.
"""

from __future__ import annotations

from functools import cache

from dateline.pipeline.casualty_groups import (
    Found,
    aside_end,
    bare_person,
    casualty_after,
    group_end,
    group_text,
    listed_person,
    partitive_end,
    past_listed_age,
    people,
    person_at,
    the_person,
)
from dateline.pipeline.quantities import (
    TOLL_WINDOW,
    PhraseTable,
    Quantity,
    Token,
    is_measure,
    lexicon,
    quantity_at,
    rules,
)


@cache
def subject_fates() -> PhraseTable:
    return PhraseTable((phrase, phrase) for phrase in rules()["subject_fate"])


def counted_them(tokens: list[Token], i: int, text: str) -> Found | None:
    """ "pulled 14 men off buses ... and shot them dead": "them" after a killing verb
    counts the people of the nearest figure before it in the sentence."""
    if i + 1 >= len(tokens) or tokens[i + 1].low != "them":
        return None
    rule = rules()
    to_death = [t.low for t in tokens[i + 2 : i + 4]] == ["to", "death"]  # "beat them to death"
    if tokens[i].low not in rule["them_verbs"] and not to_death:
        return None
    shot = tokens[i].low in rule["them_need_dead"] and not to_death
    if shot and (i + 2 >= len(tokens) or tokens[i + 2].low != "dead"):
        return None  # "shot them" may only wound
    for m in range(i - 1, -1, -1):
        q = quantity_at(tokens, m, single=to_death)  # "seized a farmer and his son and ..."
        if q is None or is_measure(tokens, q) or q.end > i:
            continue
        group_stop = group_end(tokens, q.end)
        single = to_death and not tokens[q.number].text[0].isdigit() and q.value == 1
        if single and not any(person_at(tokens, n) for n in range(q.end, group_stop)):
            continue  # "a forest village": no person, look further back
        if group_stop == q.end or not people(tokens, q.end, group_stop, group_stop):
            return None  # the nearest figure counts no people
        if to_death:  # "two elderly women and a man ... beat them to death": the whole list
            q = _list_opening(tokens, m, group_stop) or q
            value, group_stop = _with_listed(tokens, q.value, group_end(tokens, q.end))
        else:
            value = q.value
        who = group_text(tokens, q.end, group_stop, text)
        end = tokens[i + 3 if to_death else i + 2 if shot else i + 1].end
        return Found(value, "killed", tokens[i].start, end, who, q.qualifier, ())
    return None


LIST_LOOKBACK = 8  # tokens before the last item where the list's first item may start


def _list_opening(tokens: list[Token], m: int, stop: int) -> Quantity | None:
    """The first item of the list whose last item (ending at ``stop``) starts at token ``m``
    ("two elderly women and | a man"), or None when no list runs up to it."""
    if m == 0 or tokens[m - 1].low != "and":
        return None
    for k in range(m - 2, max(-1, m - 2 - LIST_LOOKBACK), -1):
        first = quantity_at(tokens, k, single=True)
        if first is not None and _with_listed(tokens, first.value,
                                              group_end(tokens, first.end))[1] >= stop:
            return first
    return None


def _with_listed(tokens: list[Token], value: int, j: int) -> tuple[int, int]:
    """The people listed after a group with "and" ("a village headman and his son"): the
    group's count with theirs, and the end of the list."""
    while j + 1 < len(tokens) and tokens[j].low == "and":
        more = listed_person(tokens, j)
        if more is None:
            break
        value, j = value + more.value, group_end(tokens, more.end)
    return value, j


def counted_subject(tokens: list[Token], i: int, text: str) -> Found | None:
    """ "A man stabbed two people before being shot dead": the attacker named as the subject
    at the start of the clause (one person, or the stated number)."""
    k, fate = subject_fates().match(tokens, i)
    kind: str | None = "killed"
    if fate is None:
        object_fate = _killed_as_object(tokens, i)
        if object_fate is None:
            return None
        k, end = i, object_fate
    else:
        end, kind = lexicon().after.match(tokens, k)
    if kind != "killed":
        return None
    for m in range(max(0, i - int(rules()["subject_window"])), i):
        q = quantity_at(tokens, m, single=True)
        if q is None or is_measure(tokens, q) or (m > 0 and tokens[m - 1].text.isalpha()):
            continue  # the subject starts the clause (after a dateline dash or a comma)
        group = range(q.end, group_end(tokens, q.end))
        person = next((n for n in group if person_at(tokens, n)), None)  # "man" (stabbed)
        if person is None and not (q.value > 1 and group):
            return None
        who = group_text(tokens, q.end, group.stop if person is None else person + 1, text)
        used = tuple(q.digits)
        found = Found(q.value, kind, tokens[k].start, tokens[end - 1].end, who, q.qualifier, used)
        found.attacker = True
        return found
    return None


def _killed_as_object(tokens: list[Token], i: int) -> int | None:
    """ "... before police shot him dead", "until a guard killed her": the subject's own
    death told with another doer, a pronoun standing for the subject. The end of the words."""
    rule = rules()
    if tokens[i].low not in rule["object_fate_openers"]:
        return None
    for k in range(i + 1, min(len(tokens) - 1, i + 1 + int(rule["object_fate_window"]))):
        if tokens[k].low in (",", ";", ".") or tokens[k].low in rule["subject_pronouns"]:
            return None  # "before he shot them": the subject is the doer again
        if tokens[k].low in rule["them_verbs"] and tokens[k + 1].low in ("him", "her"):
            shot = tokens[k].low in rule["them_need_dead"]
            if not shot:
                return k + 2
            dead = k + 2 < len(tokens) and tokens[k + 2].low == "dead"
            return k + 3 if dead else None
    return None


def counted_to_death(tokens: list[Token], i: int, text: str) -> Found | None:
    """ "beat a man to death", "stabbing two villagers to death", "shot the imam and his
    son dead"."""
    rule = rules()
    ending = rule["to_death"] if tokens[i].low in rule["to_death_verbs"] else None
    ending = rule["shot_dead"] if tokens[i].low in rule["shot_dead_verbs"] else ending
    if ending is None or hypothetical(tokens, i):
        return None
    q = (quantity_at(tokens, i + 1, single=True) or the_person(tokens, i + 1)
         or bare_person(tokens, i + 1, i))  # "Crowd stones man to death"
    if q is None or is_measure(tokens, q):
        return None
    value, j = q.value, group_end(tokens, q.end)
    while j < len(tokens) and tokens[j].low == "and":  # "the headman and his deputy"
        if (past := past_listed_age(tokens, j, [])) != j:
            j = past  # "beat two boys aged 12 and 14 to death": a second age
            continue
        more = listed_person(tokens, j)
        if more is None:
            break
        value, j = value + more.value, group_end(tokens, more.end)
    to_death = [t.low for t in tokens[j : j + len(ending)]] == ending
    if not to_death or not people(tokens, q.end, j, j):
        return None
    who = group_text(tokens, q.end, j, text)
    end = tokens[j + len(ending) - 1].end
    return Found(value, "killed", tokens[i].start, end, who, q.qualifier, tuple(q.digits))


def hypothetical(tokens: list[Token], i: int) -> bool:
    """ "could have killed 100", "threatened to kill 5": no one was."""
    before = [t.low for t in tokens[max(0, i - 3) : i] if t.low not in ("have", "not", "be")]
    return bool(before) and before[-1] in lexicon().hypothetical


def reciprocal(tokens: list[Token], j: int) -> bool:
    """"killing one another" names no victims."""
    return j < len(tokens) and tokens[j].low == "another"


RANGE_WORDS = frozenset({"and", "to", "-", "–"})  # "between 10 and 15" goes on to its end


def counted_toll(tokens: list[Token], i: int, text: str = "") -> Found | None:
    """"the death toll rose to 51", "a toll of at least 7"."""
    lex = lexicon()
    k, kind = lex.toll.match(tokens, i)
    if kind is None:
        k, kind = _number_of_dead(tokens, i)
    if kind is None:
        return None
    for j in range(k, min(len(tokens), k + int(rules()["toll_far_window"]))):
        if tokens[j].text in {".", ";"}:
            break
        q = quantity_at(tokens, j)
        if q is None or is_measure(tokens, q) or (j > 0 and tokens[j - 1].low in _not_after()):
            continue  # "from 5", "the toll of the attack on two army posts"
        if _names_the_parties(tokens, j, q.end):
            continue  # "the toll from clashes between two tribes rose to four"
        if j >= k + TOLL_WINDOW and tokens[j - 1].low not in rules()["toll_far_joiners"]:
            continue  # far from the noun only as "... has risen to nine"
        end = tokens[q.end - 1].end
        return Found(q.value, kind, tokens[i].start, end, None, q.qualifier, tuple(q.digits))
    return None



def _names_the_parties(tokens: list[Token], j: int, end: int) -> bool:
    """A figure after 'between'/'among' that opens no range ('between two tribes', not
    'between 10 and 15')."""
    parties = rules()["toll_parties_before"]  # the quantity may open with it as a qualifier
    if tokens[j].low not in parties and (j == 0 or tokens[j - 1].low not in parties):
        return False
    return end >= len(tokens) or tokens[end].low not in RANGE_WORDS


def _number_of_dead(tokens: list[Token], i: int) -> tuple[int, str | None]:
    """ "the number of civilians killed", "the number of soldiers who died": "number of", a
    group of people and the casualty phrase right after it name a toll, whatever the group."""
    if tokens[i].low not in rules()["toll_number_nouns"] or i + 2 >= len(tokens):
        return i, None
    if tokens[i + 1].low != "of" or (i > 0 and tokens[i - 1].low not in rules()["determiners"]):
        return i, None  # "the number of"; not "a number of soldiers were killed" (vague)
    j = group_end(tokens, i + 2)
    hit = casualty_after(tokens, j) if j > i + 2 else None
    if hit is None or hit[0] != "killed" or not people(tokens, i + 2, j, hit[1]):
        return i, None
    return hit[1], "killed"


@cache
def _not_after() -> frozenset[str]:
    return frozenset(rules()["toll_not_after"])


def counted_companions(tokens: list[Token], i: int, text: str) -> Found | None:
    """ "Five militants ... were killed in the ensuing gunfight, along with two policemen":
    the people after "along with" share the fate of the casualty phrase before it."""
    if i + 2 >= len(tokens) or tokens[i + 1].low != "with":
        return None
    kind = _kind_before(tokens, i)
    q = quantity_at(tokens, i + 2, single=True) or the_person(tokens, i + 2)
    if kind is None or q is None or is_measure(tokens, q):
        return None
    j = group_end(tokens, partitive_end(tokens, q.end))  # "seven of his men"
    if not people(tokens, q.end, j, j) or casualty_after(tokens, aside_end(tokens, j)):
        return None  # "along with 3 others who were wounded" tells its own fate
    who = group_text(tokens, q.end, j, text)
    end = tokens[j - 1].end if j > q.end else tokens[q.end - 1].end
    return Found(q.value, kind, tokens[i].start, end, who, q.qualifier, tuple(q.digits))


def _kind_before(tokens: list[Token], i: int) -> str | None:
    """The kind of the nearest casualty phrase before token ``i`` that no figure follows."""
    for m in range(i - 1, -1, -1):
        hit = casualty_after(tokens, m)
        if hit is not None and hit[1] <= i:
            return hit[0]
    return None
