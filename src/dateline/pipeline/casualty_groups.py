"""The words around a casualty figure: the group it counts ("government and allied fighters"),
asides, the casualty phrase that follows it, one person named by a determiner ("the driver"),
and deaths told later ("one of the wounded died", "He succumbed", "a soldier wounded in an
attack on Friday died"). Shared by the finders of ``pipeline/numbers.py`` and
``pipeline/casualty_finders.py``; word lists in ``data/numbers/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dateline.pipeline.quantities import (
    MAX_ASIDE_TOKENS,
    MAX_GROUP_WORDS,
    MAX_LINK_WORDS,
    SINGLE,
    Quantity,
    Token,
    is_age,
    is_measure,
    lexicon,
    quantity_at,
    rules,
)

QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


ASIDE_CLOSERS = {",": ",", "(": ")", "-": "-", "–": "–", "—": "—"}
DASHES = frozenset({"-", "–", "—"})
MAX_NAMING_ASIDE_TOKENS = 20


def aside_end(tokens: list[Token], j: int) -> int:
    """Past an aside bounded by commas (", including the suicide attackers,"), brackets
    ("a community leader (majhi) was shot dead") or spaced dashes ("At least 8 people - five
    soldiers and three civilians - were killed"), else ``j``."""
    closer = ASIDE_CLOSERS.get(tokens[j].text) if j < len(tokens) else None
    if closer in DASHES and not _spaced(tokens, j):
        return j  # "pick-up", "10-year-old": a hyphen, no aside
    if closer is not None:
        # "Eight people, among them a pastor who had refused to leave his church, were
        # killed": an aside that names some of the group may run on
        naming = j + 1 < len(tokens) and tokens[j + 1].low in rule_words("aside_openers")
        longest = MAX_NAMING_ASIDE_TOKENS if naming else MAX_ASIDE_TOKENS
        for k in range(j + 1, min(len(tokens), j + longest + 1)):
            if tokens[k].text == closer:
                return k + 1
            if tokens[k].text in DASHES and not _spaced(tokens, k):
                continue  # "10-year-old"
            if tokens[k].text in QUOTES:
                continue  # 'whom it described as "remnants of the former regime",'
            if not tokens[k].text[0].isalnum():
                break
    return j


def _spaced(tokens: list[Token], k: int) -> bool:
    """A dash with a space on each side (" - five soldiers and three civilians - ")."""
    before = k > 0 and tokens[k].start > tokens[k - 1].end
    return before and (k + 1 >= len(tokens) or tokens[k + 1].start > tokens[k].end)


def _past_persons_age(tokens: list[Token], j: int) -> int:
    """After "of (about) forty" told right after a noun for one person (its age), or ``j``."""
    if j == 0 or tokens[j].low != "of" or tokens[j - 1].low not in lexicon().persons:
        return j
    for k in (j + 1, j + 2):
        q = quantity_at(tokens, k)
        if q is not None and q.first <= j + 2 and is_measure(tokens, q):
            return q.end
    return j


def group_end(tokens: list[Token], j: int) -> int:
    """End of the words naming the counted group ("government and allied fighters")."""
    first, stop = j, min(len(tokens), j + MAX_GROUP_WORDS)
    while j < stop:
        token = tokens[j]
        if is_age(tokens, j):  # "a 5-year-old boy": the age is part of the group
            j += 3
            continue
        aged = token.low in rules()["age_before"] and j + 1 < len(tokens)
        if aged and tokens[j + 1].text.isdigit():
            j += 2  # "Twin brothers aged 12": so is "aged 12"
            continue
        past_age = _past_persons_age(tokens, j)
        if past_age > j:
            j = past_age  # "a man of about forty": so is "of about forty"
            continue
        if token.low in SINGLE:
            break
        if not group_word(tokens, j):
            break
        if j > first and _participle_after_person(tokens, j):
            break  # "a woman pulled from the rubble ... died": the participle ends the group
        if token.low == "and" and not group_word(tokens, j + 1):
            break  # "killing three and wounding 12": "and" starts a new clause
        split = j + 1 < len(tokens) and tokens[j + 1].low in rules()["split_verbs"]
        if token.low == "and" and split:
            break  # "killed dozens and captured weapons": a second act
        if token.low == "and" and gerund(tokens[j + 1]):
            break  # "killing 17 residents and burning homes": so does a gerund
        if token.low == "and" and j > first and the_person(tokens, j + 1) is not None:
            break  # "9 recruits and the bomber": one more person, counted by the finder
        if token.low == "and" and _second_act(tokens, first, j):
            break  # "killed five civilians and stole livestock": no people after "and"
        j += 1
    return j - 1 if j > first and tokens[j - 1].low == "of" else j  # "the mayor (of) a town"


def _second_act(tokens: list[Token], first: int, j: int) -> bool:
    """ "five civilians and stole livestock": after a group that names people, an "and"
    followed by words that name none ("stole livestock") and no casualty phrase starts a
    second act, not more of the group ("soldiers and allied militiamen", "women and
    children", "14 soldiers and auxiliaries were killed" go on)."""
    if j == first or not names_people(tokens, first, j):
        return False
    k = j + 1
    while k < min(len(tokens), j + 1 + MAX_GROUP_WORDS) and group_word(tokens, k):
        k += 1
    return k > j + 1 and not names_people(tokens, j + 1, k) and casualty_after(tokens, k) is None


def _participle_after_person(tokens: list[Token], j: int) -> bool:
    """ "a woman pulled from the rubble", "two children herding goats": a participle after a
    person noun tells what the person did or underwent; the group's name ends before it."""
    token, before = tokens[j], tokens[j - 1].low
    if not (token.text.islower() and (token.low.endswith("ed") or gerund(token))):
        return False
    persons = lexicon().persons
    if before in persons or before.removesuffix("s") in persons:
        return True
    return gerund(token) and names_people(tokens, j - 1, j)  # "children", "policemen"


def group_word(tokens: list[Token], j: int) -> bool:
    """True when token ``j`` can be part of a group's name (not a verb, link or preposition)."""
    lex = lexicon()
    if j >= len(tokens):
        return False
    token = tokens[j]
    if not token.text[0].isalpha():
        return False
    if token.low in rules()["harm_participles"]:
        return False  # "a teenager shot by police ... died": the participle ends the group
    acronym = len(token.text) > 1 and token.text.isupper()  # "IS militants": a name, not "is"
    if not acronym and (token.low in lex.breaks or token.low in lex.links):
        return False
    if all(part in lex.number_words for part in token.low.split("-")):
        return False  # "two men among eight killed": another figure starts here
    if quantity_at(tokens, j) is not None:
        return False  # "6 soldiers and around 20 militants": a hedged figure starts here
    return not (lex.after.match(tokens, j)[1] or lex.before.match(tokens, j)[1])


def gerund(token: Token) -> bool:
    return token.text.islower() and token.low.endswith("ing") and len(token.low) > 5


def group_text(tokens: list[Token], i: int, j: int, text: str) -> str | None:
    return text[tokens[i].start : tokens[j - 1].end] if j > i else None


def casualty_after(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """Kind and end of "(were also) killed" starting at token ``j``."""
    lex = lexicon()
    for skipped in range(MAX_LINK_WORDS + 1):
        end, kind = lex.after.match(tokens, j)
        if kind == "casualties" and end < len(tokens) and starts_figure(tokens, end):
            end, kind = lex.after.match(tokens[: j + 1], j)  # "5 dead and wounded dozens"
        if kind is not None:
            if end < len(tokens) and starts_figure(tokens, end):
                return None  # "militants killed 5": active voice, the figure follows
            if skipped and tuple(t.low for t in tokens[j:end]) in lex.heads:
                return None  # "a teacher who lives nearby": a head noun only right after
            return kind, end
        if j >= len(tokens) or (tokens[j].low not in lex.links and tokens[j].text not in QUOTES):
            return None
        j += 1  # links and quote marks: 'were "neutralised"'
    return None


def starts_figure(tokens: list[Token], j: int) -> bool:
    """A figure, or one person named by a determiner ("killed the minister"), starts at j."""
    q = quantity_at(tokens, j, single=True) or the_person(tokens, j)
    return q is not None and not is_measure(tokens, q)


@dataclass(slots=True)
class Found:
    """A casualty figure before it becomes a NumberMention (``used``: its numeric tokens)."""

    value: int
    kind: str
    start: int
    end: int
    who: str | None
    qualifier: str | None
    used: tuple[int, ...]
    bomber_counted: bool = False  # "and himself": the attacker is already in the figure
    attacker: bool = False  # "A man stabbed two people before being shot dead": the attacker
    bombers_added: int = 0  # suicide bombers the figure took in ("killing 9" -> 10)


def after_break(tokens: list[Token], i: int) -> bool:
    return i > 0 and tokens[i - 1].low in lexicon().breaks


def bare_article(tokens: list[Token], q: Quantity) -> bool:
    return q.end - q.number == 1 and tokens[q.number].low in ("a", "an")


def person_at(tokens: list[Token], j: int) -> bool:
    return j < len(tokens) and tokens[j].low in lexicon().persons


def phrase_at(tokens: list[Token], end: int) -> tuple[str, ...]:
    """The casualty phrase that ends at token ``end`` (longest match)."""
    for start in range(max(0, end - 4), end):
        stop, kind = lexicon().after.match(tokens, start)
        if kind is not None and stop == end:
            return tuple(t.low for t in tokens[start:end])
    return ()


def people(tokens: list[Token], start: int, end: int, after: int) -> bool:
    """False when the group, or the noun right after the casualty word ("dead birds"),
    names animals or things."""
    words = {t.low for t in tokens[start:end]}
    if after < len(tokens):
        words.add(tokens[after].low)
    return not words & lexicon().not_people


def casualty_word(tokens: list[Token], m: int) -> bool:
    lex = lexicon()
    return bool(lex.after.match(tokens, m)[1] or lex.before.match(tokens, m)[1])


def the_person(tokens: list[Token], k: int) -> Quantity | None:
    """ "killing the driver", "and their civilian driver": one person named by a
    determiner and a group with a singular person noun; "her two children": the figure."""
    if k + 1 >= len(tokens) or tokens[k].low not in rules()["determiners"]:
        return None
    q = None if is_age(tokens, k + 1) else quantity_at(tokens, k + 1)  # "her 28-year-old son"
    if q is not None:
        return Quantity(q.value, k, q.number, q.end, q.qualifier)
    group = range(k + 1, group_end(tokens, k + 1))  # "the mayor of a town": any person noun
    named = any(person_at(tokens, n) or tokens[n].low in rule_words("collective_persons")
                for n in group)  # "the couple": counted 2 by the finder
    return Quantity(1, k, k, k + 1, None) if named else None


def bare_person(tokens: list[Token], k: int, verb: int) -> Quantity | None:
    """ "Mob lynches suspected thief", "Crowd stones man to death": a headline drops the
    article, so a singular person noun right after the act (past at most two lowercase
    modifiers: "suspected cattle thief") is one person. Not after an attributive participle
    ("an executed man": the article counts him)."""
    if verb > 0 and tokens[verb - 1].low in ATTRIBUTIVE_BEFORE:
        return None
    for n in range(k, min(len(tokens), k + BARE_MODIFIERS + 1)):
        if person_at(tokens, n) and tokens[n].text.islower():
            return Quantity(1, k, k, k, None)  # the group is the words at k
        word = tokens[n]
        if (not (word.text.isalpha() and word.text.islower()) or word.low in ATTRIBUTIVE_BEFORE
                or word.low in rules()["determiners"]):
            return None  # "shot dead a trader": the article opens a group of its own
    return None


BARE_MODIFIERS = 2
ATTRIBUTIVE_BEFORE = frozenset({"a", "an", "the", "one"})


def possessed_member(tokens: list[Token], k: int) -> Quantity | None:
    """ "Two constables ... and their cook died": one person named by a possessive right
    before the group's casualty phrase, whatever the noun (no thing: "and their car")."""
    if k >= len(tokens) or tokens[k].low not in rule_words("possessives"):
        return None
    end = group_end(tokens, k + 1)
    if end == k + 1 or casualty_after(tokens, end) is None or not people(tokens, k, end, end):
        return None
    return Quantity(1, k, k, k + 1, None)


def pronoun_person(tokens: list[Token], i: int) -> Quantity | None:
    """ "He succumbed to his injuries": one person (kept for deaths only, see above)."""
    if tokens[i].low not in rule_words("pronoun_subjects"):
        return None
    before = tokens[i - 1] if i > 0 else None
    opens = before is not None and (
        before.text == ";" or before.low in rule_words("place_relatives")
    )
    if not tokens[i].text[0].isupper() and not opens:
        return None  # a sentence's subject; "when he was killed in 2019" tells of him again
    return Quantity(1, i, i, i + 1, None)  # "; he died on the way", "where he died"


def opening_person(tokens: list[Token], i: int) -> Quantity | None:
    """ "..., the driver died", "it became known that the man died": one person named by a
    determiner that opens a clause."""
    if tokens[i].low not in rule_words("determiners"):
        return None
    opens = i == 0 or tokens[i - 1].text in (",", ";", ":")
    opens = opens or tokens[i - 1].low in rule_words("clause_openers")
    return the_person(tokens, i) if opens else None


@cache
def rule_words(name: str) -> frozenset[str]:
    return frozenset(rules()[name])


def partitive_end(tokens: list[Token], j: int) -> int:
    """Past "of them", "of whom", "of the wounded" after a figure ("two of whom later died")."""
    if j + 1 >= len(tokens) or tokens[j].low != "of":
        return j
    word = tokens[j + 1].low
    if word not in rules()["partitive"]:
        return j
    determiner = word not in ("them", "whom", "those", "these")  # "of its fighters"
    if word in rule_words("possessives") and lexicon().after.match(tokens, j + 2)[1] == "killed":
        return j + 2  # "leaving six of their dead behind": their dead are the figure's fate
    return j + 3 if determiner and j + 2 < len(tokens) else j + 2


def names_people(tokens: list[Token], start: int, end: int) -> bool:
    """Does the group at tokens[start:end] name people ("soldier", "civilians", "people")?"""
    persons, plural = lexicon().persons, [*rules()["generic_groups"], *rules()[
        "irregular_person_plurals"]]
    return any(
        t.low in persons or t.low.removesuffix("s") in persons or t.low in plural
        or (t.low.endswith("men") and t.low[:-3] + "man" in persons)  # "policemen"
        for t in tokens[start:end]
    )


def died_later(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """ "A soldier wounded in a car-ramming attack on Friday died of his wounds": a victim
    hurt first who died later is a death. Kind and end of "died", when no new clause or
    figure comes between."""
    rule = rules()
    hurt = casualty_after(tokens, k)
    p = k
    while p < len(tokens) and tokens[p].low in rule["passive_auxiliaries"]:
        p += 1  # "A bus driver was stabbed during a robbery and later died"
    participle = p < len(tokens) and (  # "a woman pulled from the rubble ... died"
        tokens[p].low in rule["harm_participles"]
        or (tokens[p].text.islower() and tokens[p].low.endswith("ed"))
    )
    if not (hurt and hurt[0] == "injured") and not participle:
        return None
    start = hurt[1] if hurt else p + 1
    for m in range(start, min(len(tokens), start + int(rule["died_later_window"]))):
        low = tokens[m].low
        if low in rule["died_later"]:
            return "killed", m + 1
        if low == "and" and _then_died(tokens, m + 1):
            continue  # "was wounded and later died": the same person's fate goes on
        if low in rule["died_later_breaks"] or quantity_at(tokens, m) is not None:
            return None
    return None


def _then_died(tokens: list[Token], m: int) -> bool:
    """ "(and) later died", "(and) died": the clause after "and" is the subject's death."""
    while m < len(tokens) and tokens[m].low in rules()["later_adverbs"]:
        m += 1
    return m < len(tokens) and tokens[m].low in rules()["died_later"]


def each_side(tokens: list[Token], j: int) -> int:
    """The length of "on each side", "from each community" after a group (0 if none): the
    figure then counts each of two sides ("killed 5 people on each side" is 10)."""
    for words in _each_side_phrases():  # "*": any one word ("from each faction")
        found = [t.low for t in tokens[j : j + len(words)]]
        if len(found) == len(words) and all(
            w in ("*", f) for w, f in zip(words, found, strict=True)
        ):
            return len(words) if found[-1].isalpha() else 0
    return 0


@cache  # called for every group found: split and sort the phrases once
def _each_side_phrases() -> tuple[list[str], ...]:
    return tuple(p.split() for p in sorted(rules()["each_side"], key=len, reverse=True))


def age_figure(tokens: list[Token], m: int) -> bool:
    """The figure of "the age of ten", "aged 12", "aged 20, 25 and 31": an age inside the
    group's attribute."""
    before = [t.low for t in tokens[max(0, m - 2) : m]]
    ages = rule_words("age_attribute_words")
    aged = before[-1:] == ["aged"] or (before[-1:] == ["of"] and before[0] in ages)
    listed = m >= 2 and before[-1:] in ([","], ["and"]) and age_figure(tokens, m - 2)  # 20, 25
    figure = m < len(tokens) and tokens[m].low not in ("a", "an")  # "... and 31 and a boy"
    return (aged or listed) and figure and quantity_at(tokens, m, single=True) is not None


def past_listed_age(tokens: list[Token], j: int, used: list[int]) -> int:
    """Past a figure listed after the "and"/"," at ``j`` that is only another age of the
    group before ("two boys aged 12 and 14 (years)": no one more; its digits join ``used``)
    and the group's words after it, else ``j``: the one age branch of every list of groups."""
    more = quantity_at(tokens, j + 1, single=True)
    if more is None or not age_figure(tokens, j + 1):
        return j
    used.extend(more.digits)
    return group_end(tokens, more.end)  # "aged 12 and 14 years": the group's words go on


def listed_person(tokens: list[Token], j: int) -> Quantity | None:
    """The figure or the person ("and his son") listed after the "and"/"," at ``j``, when it
    adds people: a measure ("and 3 km") or nothing countable ends the list (None)."""
    more = quantity_at(tokens, j + 1, single=True) or the_person(tokens, j + 1)
    return more if adds_people(tokens, more) else None


def adds_people(tokens: list[Token], more: Quantity | None) -> bool:
    """A figure or person found in a list that counts people, not a measure."""
    return more is not None and not is_measure(tokens, more)


def the_dead_named(tokens: list[Token], i: int, j: int) -> tuple[str, int] | None:
    """ "The dead, four Ethiopians and a Kenyan, were shot": a group in commas after a noun
    that names the dead is who died; "The victims, a teacher and her son, were shot dead":
    after a noun of those hit, the phrase after the commas tells their fate."""
    if i < 2 or tokens[i - 1].text != "," or j + 1 >= len(tokens) or tokens[j].text != ",":
        return None
    head = tokens[i - 2].low
    if head in rules()["victim_heads"]:
        return casualty_after(tokens, j + 1)
    return ("killed", j) if head in rules()["dead_heads"] else None


def the_other_too(tokens: list[Token], end: int) -> int:
    """1 after "one died at the scene and the other later in hospital": a second person
    joined without a verb of its own shares the first one's fate."""
    rule = rules()
    for m in range(end, min(len(tokens), end + int(rule["elliptic_window"]))):
        if tokens[m].text in (".", ";"):
            return 0
        words = [t.low for t in tokens[m : m + 3]]
        if words in (p.split() for p in rule["elliptic_others"]):
            follower = tokens[m + 3].low if m + 3 < len(tokens) else "."
            return int(follower in rule["elliptic_followers"])
    return 0

