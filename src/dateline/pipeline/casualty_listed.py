"""The *after* shape of a casualty figure: the figure opens its group and the casualty phrase
follows ("at least 25 government and allied fighters were also killed", "Seven soldiers and
four IS militants were killed", "7 dead"). Coordinated groups add up ("Twelve soldiers, 26
rebels and a civilian", "a woman and her two children"); asides, an attribute, a relative
clause, an unbracketed "including a commander" and a partitive ("one of the wounded") are
passed over; a headline opening with a singular person noun ("Civilian killed in ...")
counts one. Called by the stage in ``pipeline/numbers.py``; word lists in ``data/numbers/``.
"""

from __future__ import annotations

from dateline.pipeline.casualty_before import (
    breakdown,
    collective,
    past_attribute,
)
from dateline.pipeline.casualty_clauses import (
    after_attribute,
    after_relative,
    fate_of_the_taken,
    person_relative,
)
from dateline.pipeline.casualty_groups import (
    QUOTES,
    Found,
    adds_people,
    after_break,
    aside_end,
    bare_article,
    casualty_after,
    died_later,
    each_side,
    gerund,
    group_end,
    group_text,
    group_word,
    names_people,
    opening_person,
    partitive_end,
    past_listed_age,
    people,
    person_at,
    phrase_at,
    possessed_member,
    pronoun_person,
    rule_words,
    the_dead_named,
    the_other_too,
    the_person,
)
from dateline.pipeline.quantities import (
    MAX_ASIDE_TOKENS,
    Quantity,
    Token,
    is_measure,
    lexicon,
    quantity_at,
    rules,
)

MAX_NAME_TAIL = 4  # capitalised words a name may run past the group's word limit


# ---------------------------------------------------------------- groups and phrases


def counted_after(tokens: list[Token], i: int, text: str) -> Found | None:
    """"at least 25 fighters were killed", "two soldiers and a civilian died"."""
    q = quantity_at(tokens, i, single=True) or _headline_person(tokens, i)
    pronoun = None if q else pronoun_person(tokens, i)
    q = q or pronoun or opening_person(tokens, i)
    if q is None or is_measure(tokens, q):
        return None
    if bare_article(tokens, q) and i > 0 and gerund(tokens[i - 1]):
        return None  # "policemen guarding a bank were shot dead": the participle's object
    value, used = q.value, list(q.digits)
    group_start = _past_closing_quote(tokens, q.end)  # '"several" OLA fighters were killed'
    if q.first < q.end and _determiner_at(tokens, group_start):
        return None  # "brought to 31 the number of people killed": a determiner opens no group
    j = group_end(tokens, partitive_end(tokens, group_start))  # "one of the wounded"
    value = collective(tokens, q, j, value)  # "an elderly couple": two
    if j > group_start:
        j = past_attribute(tokens, _past_name(tokens, j))  # "Two members of a group and a"
    j = _past_breakdown(tokens, j)  # "Two men, one from each family, were killed"
    j = _past_inclusion(tokens, j)  # "Twenty-one people, the bomber included, were killed"
    if (bare_article(tokens, q) and j > group_start and j < len(tokens)
            and tokens[j].low == "and" and tokens[j - 1].text.islower()
            and not names_people(tokens, group_start, j)):
        return None  # "in a befitting manner and three terrorists were ...": no one listed
    value, j = _listed_groups(tokens, q, group_start, j, value, used)
    sides = each_side(tokens, j)  # "Three people on each side died": six
    value, aside = value * (2 if sides else 1), aside_end(tokens, j + sides)
    later = died_later(tokens, aside) if j > group_start else None  # "A cashier was shot ... died"
    hit = later or casualty_after(tokens, aside)
    if hit is None and j > group_start and names_people(tokens, group_start, j):
        hit = after_attribute(tokens, group_start, aside) or after_relative(tokens, aside)
    elif hit is None and j > group_start and person_relative(tokens, aside):
        hit = after_relative(tokens, aside)  # "A schoolteacher who ...": "who" names a person
    if hit is None and aside < len(tokens) and tokens[aside].low in rules()["inclusions"]:
        hit, inner = _after_inclusion(tokens, aside)  # "Five militants including a commander"
        used.extend(inner)
    hit = fate_of_the_taken(tokens, group_start, j, aside, hit) or the_dead_named(tokens, i, j)
    if hit is None or not people(tokens, group_start, j, hit[1]):
        return None
    kind, end = hit
    if not sides and each_side(tokens, end):  # "left four dead on each side"
        value *= 2
    if value == 1 and kind == "killed":
        value += the_other_too(tokens, end)  # "one died ... and the other later in hospital"
    if pronoun is not None and kind != "killed":
        return None  # "He succumbed to his injuries" counts; "he was wounded" is told elsewhere
    if j == group_start and bare_article(tokens, q) and not person_at(tokens, end):
        return None  # "a dead bird" is no victim; "an executed man" is
    if len(used) > len(q.digits) and phrase_at(tokens, end) in lexicon().heads:
        return None  # "546 cases and 31 deaths": the later scan from "31" takes it
    who = group_text(tokens, group_start, j, text)
    return Found(value, kind, tokens[i].start, tokens[end - 1].end, who, q.qualifier, tuple(used))


def _past_breakdown(tokens: list[Token], j: int) -> int:
    """Past an aside that splits the group just counted ("Three men, two from one clan and
    one from the other, were killed"): a figure and a word of origin open it, and it adds
    no one."""
    if j + 2 >= len(tokens) or tokens[j].text != ",":
        return j
    q = quantity_at(tokens, j + 1, single=True)
    if q is None or q.end >= len(tokens) or tokens[q.end].low not in rule_words(
            "breakdown_openers"):
        return j
    end = aside_end(tokens, j)
    return end if end > j and tokens[end - 1].text == "," else j


def _past_inclusion(tokens: list[Token], j: int) -> int:
    """Past an aside that names some of the group just counted and says so at its end
    ("Twenty-one people, the bomber included, were killed", "Nine people, three children
    among them, died"): it adds no one."""
    if j >= len(tokens) or tokens[j].text != ",":
        return j
    end = aside_end(tokens, j)
    if end <= j + 2 or tokens[end - 1].text != ",":
        return j
    words = " ".join(t.low for t in tokens[j + 1 : end - 1])
    closes = any(words.endswith(" " + tail) for tail in rules()["inclusion_aside_ends"])
    return end if closes else j


def _listed_groups(
    tokens: list[Token], q: Quantity, group_start: int, j: int, value: int, used: list[int]
) -> tuple[int, int]:
    """More groups listed after the first ("Twelve soldiers, 26 rebels and a civilian"): the
    figure with theirs added, and the end of the list (``used`` takes their digits)."""
    while j < len(tokens) and tokens[j].low in ("and", ","):  # "Twelve soldiers, 26 rebels"
        if tokens[j].text == "," and after_break(tokens, q.first):
            break  # "according to a military source, two soldiers": not one list
        if breakdown(tokens, j, value):
            break  # "Five people, two boys and three women, were killed": an aside
        if tokens[j].text == "," and j == group_start:
            break  # "in the previous two, 17 soldiers died": a bare figure lists no group
        if (past := past_listed_age(tokens, j, used)) != j:
            j = past  # "Two boys aged 12 and 14": a second age, no more people
            continue
        more = quantity_at(tokens, j + 1, single=True)
        if more is not None and _partitive_aside(tokens, j, more.end):
            break  # "Six Maoists, two of them women, were killed": a part, not more people
        if more is None and _joins_person(tokens, group_start, j):
            # "a woman and her two children", "and their cook"; not "a car, the driver said"
            more = the_person(tokens, j + 1) or possessed_member(tokens, j + 1)
        if more is None or not adds_people(tokens, more):
            break
        value, j = value + more.value, group_end(tokens, more.end)
        used.extend(more.digits)
    return value, j


def _past_name(tokens: list[Token], j: int) -> int:
    """Past the rest of a capitalised name the group's word limit cut ("Four jawans of the
    Central Reserve Police | Force and their driver")."""
    stop = min(len(tokens), j + MAX_NAME_TAIL)
    while j < stop and tokens[j - 1].text[0].isupper() and tokens[j].text[0].isupper():
        if not group_word(tokens, j):
            break
        j += 1
    # "Two suspected members of the Dawlah Islamiyah | group": the name's head noun ends it,
    # after one word saying what kind ("the Comando Vermelho | drug faction")
    if 0 < j < len(tokens) and tokens[j - 1].text[0].isupper():
        heads = rule_words("name_head_nouns")
        kind = j + 1 < len(tokens) and tokens[j].text.isalpha() and tokens[j].text.islower()
        if tokens[j].low in heads:
            j += 1
        elif kind and tokens[j + 1].low in heads:
            j += 2
    return j


def _past_closing_quote(tokens: list[Token], k: int) -> int:
    """Past the quote mark that closes a quoted figure ('said "several" fighters died')."""
    quoted = 0 < k < len(tokens) and tokens[k].text in QUOTES
    return k + 1 if quoted and tokens[k - 1].text not in QUOTES else k


def _partitive_aside(tokens: list[Token], comma: int, end: int) -> bool:
    """A figure followed by "of them"/"of whom" inside commas: a part of the group before."""
    return tokens[comma].text == "," and partitive_end(tokens, end) > end and (
        aside_end(tokens, comma) > comma
    )


def _joins_person(tokens: list[Token], start: int, j: int) -> bool:
    """One person named by a determiner joins the group: after a group of people ("a woman
    and her two children"), or after "and" a group of no things ("9 recruits and the bomber");
    a comma after things ("a car, the driver said") joins nobody."""
    if names_people(tokens, start, j):
        return True
    return tokens[j].low == "and" and j > start and people(tokens, start, j, j)


def _after_inclusion(tokens: list[Token], k: int) -> tuple[tuple[str, int] | None, list[int]]:
    """The casualty phrase after an unbracketed "including a commander", and the figures of
    the inclusion (part of the total, never counted on their own)."""
    inner: list[int] = []
    for m in range(k + 1, min(len(tokens), k + MAX_ASIDE_TOKENS)):
        hit = casualty_after(tokens, m)
        if hit is not None:
            return hit, inner
        q = quantity_at(tokens, m, single=True)
        if q is not None:
            inner.extend(q.digits)
        elif not group_word(tokens, m):
            break
    return None, []


def _headline_person(tokens: list[Token], i: int) -> Quantity | None:
    """ "Civilian killed in ...": a headline opening with a singular person noun counts one."""
    if i != 0:
        return None
    j = group_end(tokens, 0)
    if j == 0 or tokens[j - 1].low not in lexicon().persons:
        return None
    return Quantity(1, 0, 0, 0, None)


def _determiner_at(tokens: list[Token], j: int) -> bool:
    """ "31 the number of ...": a written figure right before a determiner counts no group
    (a headline's person noun, read as a figure of no width, opens its own)."""
    return j < len(tokens) and tokens[j].low in rule_words("determiners")
