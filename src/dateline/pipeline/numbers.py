"""Stage 'numbers': casualty figures, each linked to the phrase it quantifies.

A figure is only a casualty count when a casualty phrase governs it, in one of these shapes:

- *after*:  "at least 25 government and allied fighters were also killed", "7 dead",
  "Seven soldiers and four IS militants were killed" (coordinated groups add up; asides in
  commas or brackets and an unbracketed "including a commander" are skipped);
- *before*: "killed 51 civilians", "killing three and wounding 12", "the bodies of 4",
  "killing the driver and their guard", "lynched and set on fire 5 ...";
- *to death*: "beat a man to death";
- *toll*:   "the death toll rose to 51" (the first figure after the toll noun not
  introduced by "from"; further away only right after "to"/"at");
- *the attacker's fate*: "A man stabbed two people before being shot dead" (the subject,
  added to the victims' figure of the sentence);
- *told later*: "one of the wounded died", "He succumbed to his injuries", "a soldier
  wounded in an attack on Friday died of his wounds", "..., the driver died";
- *them*: "pulled 14 men off buses and shot them dead" (the figure before).

An analyst note's summary ("4 fatalities.", "Fatalities unknown.", "(coded as 3)";
``pipeline/note_figures.py``) is a toll that supersedes the story's figures, as is a figure
stated right after a toll noun ("gave a toll of 21 dead"). Figures of another event or of a
running tally ("a week after 20 people died", "500 killed since January") and the higher of
two competing claims in a sentence are dropped (``pipeline/tallies.py``); "an unknown number
of" is no figure.

A head noun ("31 deaths", "14 lives") counts only its own figure; "killed and wounded" gives
kind "casualties" (undivided, so no fatalities). Groups of animals or things ("2,600 birds")
and collective doers ("a crowd") are not victims; "no one" is no figure. Everything else with
a number in it (distances, shares, durations, ages, dates, times, prices, legal references,
"10 suicide bombers" used in an attack) is left alone. A headline opening with a singular
person noun ("Civilian killed in ...") counts one. Suicide bombers count among the dead
("and himself"; ``pipeline/bombers.py``). Vague quantities take ACLED's values from
``data/numbers/vague_quantities.csv``; the figure kept is the one stated (the lowest credible
reading for "at least"/"more than"; the lower bound of a range) and the qualifier says how
it was hedged. Figures themselves are read in ``pipeline/quantities.py``; all word lists
live in ``data/numbers/``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache

from dateline.model import Document, NumberMention, Span
from dateline.pipeline.base import Stage
from dateline.pipeline.bombers import bombers_to_add
from dateline.pipeline.casualty_groups import (
    QUOTES,
    Found,
    after_break,
    aside_end,
    bare_article,
    casualty_after,
    casualty_word,
    group_end,
    group_text,
    group_word,
    people,
    person_at,
    phrase_at,
    the_person,
)
from dateline.pipeline.event_days import is_dateline
from dateline.pipeline.note_figures import Summary, is_summary, summary_in
from dateline.pipeline.quantities import (
    MAX_ASIDE_TOKENS,
    TOLL_WINDOW,
    PhraseTable,
    Quantity,
    Token,
    is_measure,
    lexicon,
    quantity_at,
    rules,
    tokenize,
)
from dateline.pipeline.tallies import competing_claims, counts_elsewhere

MAX_COORDINATED_VERB_WORDS = 4  # "lynched and set on fire 5 suspected gang members"
MAX_ATTRIBUTE_WORDS = 5  # "eight members (of a state anti-insurgency unit) and their driver"


@cache
def subject_fates() -> PhraseTable:
    return PhraseTable((phrase, phrase) for phrase in rules()["subject_fate"])


# ---------------------------------------------------------------- groups and phrases


def _counted_after(tokens: list[Token], i: int, text: str) -> Found | None:
    """"at least 25 fighters were killed", "two soldiers and a civilian died"."""
    q = quantity_at(tokens, i, single=True) or _headline_person(tokens, i)
    pronoun = None if q else _pronoun_person(tokens, i)
    q = q or pronoun or _opening_person(tokens, i)
    if q is None or is_measure(tokens, q):
        return None
    value, used = q.value, list(q.digits)
    j = group_end(tokens, _partitive_end(tokens, q.end))  # "one of the wounded"
    group_start = q.end
    while j < len(tokens) and tokens[j].low in ("and", ","):  # "Twelve soldiers, 26 rebels"
        if tokens[j].text == "," and after_break(tokens, q.first):
            break  # "according to a military source, two soldiers": not one list
        more = quantity_at(tokens, j + 1, single=True)
        if more is None and _names_people(tokens, group_start, j):
            more = the_person(tokens, j + 1)  # "a woman and her two children"; not "a car, the"
        if more is None or is_measure(tokens, more):
            break
        value, j = value + more.value, group_end(tokens, more.end)
        used.extend(more.digits)
    aside = aside_end(tokens, j)
    later = _died_later(tokens, aside) if _names_people(tokens, group_start, j) else None
    hit = later or casualty_after(tokens, aside)
    if hit is None and aside < len(tokens) and tokens[aside].low in rules()["inclusions"]:
        hit, inner = _after_inclusion(tokens, aside)  # "Five militants including a commander"
        used.extend(inner)
    if hit is None or not people(tokens, group_start, j, hit[1]):
        return None
    kind, end = hit
    if pronoun is not None and kind != "killed":
        return None  # "He succumbed to his injuries" counts; "he was wounded" is told elsewhere
    if j == group_start and bare_article(tokens, q) and not person_at(tokens, end):
        return None  # "a dead bird" is no victim; "an executed man" is
    if len(used) > len(q.digits) and phrase_at(tokens, end) in lexicon().heads:
        return None  # "546 cases and 31 deaths": the later scan from "31" takes it
    who = group_text(tokens, group_start, j, text)
    return Found(value, kind, tokens[i].start, tokens[end - 1].end, who, q.qualifier, tuple(used))


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


def _pronoun_person(tokens: list[Token], i: int) -> Quantity | None:
    """ "He succumbed to his injuries": one person (kept for deaths only, see above)."""
    if tokens[i].low not in _rule_words("pronoun_subjects") or not tokens[i].text[0].isupper():
        return None  # a sentence's subject; "when he was killed in 2019" tells of him again
    return Quantity(1, i, i, i + 1, None)


def _opening_person(tokens: list[Token], i: int) -> Quantity | None:
    """ "..., the driver died": one person named by a determiner that opens a clause."""
    if tokens[i].low not in _rule_words("determiners"):
        return None
    return the_person(tokens, i) if i == 0 or tokens[i - 1].text in (",", ";", ":") else None


@cache
def _rule_words(name: str) -> frozenset[str]:
    return frozenset(rules()[name])


def _partitive_end(tokens: list[Token], j: int) -> int:
    """Past "of them", "of whom", "of the wounded" after a figure ("two of whom later died")."""
    if j + 1 >= len(tokens) or tokens[j].low != "of":
        return j
    word = tokens[j + 1].low
    if word not in rules()["partitive"]:
        return j
    determiner = word not in ("them", "whom", "those", "these")  # "of its fighters"
    return j + 3 if determiner and j + 2 < len(tokens) else j + 2


def _names_people(tokens: list[Token], start: int, end: int) -> bool:
    """Does the group at tokens[start:end] name people ("soldier", "civilians", "people")?"""
    persons, plural = lexicon().persons, rules()["generic_groups"]
    return any(
        t.low in persons or t.low.removesuffix("s") in persons or t.low in plural
        for t in tokens[start:end]
    )


def _died_later(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """ "A soldier wounded in a car-ramming attack on Friday died of his wounds": a victim
    hurt first who died later is a death. Kind and end of "died", when no new clause or
    figure comes between."""
    rule = rules()
    hurt = casualty_after(tokens, k)
    participle = k < len(tokens) and (  # "a woman pulled from the rubble ... died"
        tokens[k].low in rule["harm_participles"]
        or (tokens[k].text.islower() and tokens[k].low.endswith("ed"))
    )
    if not (hurt and hurt[0] == "injured") and not participle:
        return None
    start = hurt[1] if hurt else k + 1
    for m in range(start, min(len(tokens), start + int(rule["died_later_window"]))):
        low = tokens[m].low
        if low in rule["died_later"]:
            return "killed", m + 1
        if low in rule["died_later_breaks"] or quantity_at(tokens, m) is not None:
            return None
    return None


def _headline_person(tokens: list[Token], i: int) -> Quantity | None:
    """ "Civilian killed in ...": a headline opening with a singular person noun counts one."""
    if i != 0:
        return None
    j = group_end(tokens, 0)
    if j == 0 or tokens[j - 1].low not in lexicon().persons:
        return None
    return Quantity(1, 0, 0, 0, None)


def _counted_before(tokens: list[Token], i: int, text: str) -> Found | None:
    """"killed 51 civilians", "killing three", "the bodies of 4"."""
    lex = lexicon()
    k, kind = lex.before.match(tokens, i)
    if kind is None or _hypothetical(tokens, i):
        return None
    skipped, k = k, _figure_start(tokens, k)
    q = quantity_at(tokens, k, single=True) or the_person(tokens, k)
    if q is None or is_measure(tokens, q) or _reciprocal(tokens, q.end):
        return None
    value, used, j = q.value, list(q.digits), group_end(tokens, q.end)
    if k > skipped and casualty_after(tokens, j):
        return None  # "killed and then 3 soldiers were wounded": the figure is the next clause's
    j = _past_attribute(tokens, j)  # "the minister for refugees and four other people"
    while j + 1 < len(tokens) and tokens[j].low == "and":
        more = quantity_at(tokens, j + 1, single=True) or the_person(tokens, j + 1)
        if more is None or is_measure(tokens, more):
            break
        more_end = group_end(tokens, more.end)
        if casualty_after(tokens, aside_end(tokens, more_end)):
            break  # "killed 5 people and 3 were wounded": a new clause
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


def _past_attribute(tokens: list[Token], j: int) -> int:
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


def _counted_them(tokens: list[Token], i: int, text: str) -> Found | None:
    """ "pulled 14 men off buses ... and shot them dead": "them" after a killing verb
    counts the people of the nearest figure before it in the sentence."""
    if i + 1 >= len(tokens) or tokens[i + 1].low != "them":
        return None
    rule = rules()
    if tokens[i].low not in rule["them_verbs"]:
        return None
    shot = tokens[i].low in rule["them_need_dead"]
    if shot and (i + 2 >= len(tokens) or tokens[i + 2].low != "dead"):
        return None  # "shot them" may only wound
    for m in range(i - 1, -1, -1):
        q = quantity_at(tokens, m)
        if q is None or is_measure(tokens, q) or q.end > i:
            continue
        group_stop = group_end(tokens, q.end)
        if group_stop == q.end or not people(tokens, q.end, group_stop, group_stop):
            return None  # the nearest figure counts no people
        who = group_text(tokens, q.end, group_stop, text)
        end = tokens[i + 2 if shot else i + 1].end
        return Found(q.value, "killed", tokens[i].start, end, who, q.qualifier, ())
    return None


def _figure_start(tokens: list[Token], k: int) -> int:
    """Where the figure after a casualty verb starts: past an opening quote ('killing "dozens
    of terrorists"') or a coordinated verb ("lynched and set on fire 5 ...")."""
    if k < len(tokens) and tokens[k].text in QUOTES:
        return k + 1
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


def _counted_subject(tokens: list[Token], i: int, text: str) -> Found | None:
    """ "A man stabbed two people before being shot dead": the attacker named as the subject
    at the start of the clause (one person, or the stated number)."""
    k, fate = subject_fates().match(tokens, i)
    if fate is None:
        return None
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


def _counted_to_death(tokens: list[Token], i: int, text: str) -> Found | None:
    """ "beat a man to death", "stabbing two villagers to death"."""
    if tokens[i].low not in rules()["to_death_verbs"] or _hypothetical(tokens, i):
        return None
    q = quantity_at(tokens, i + 1, single=True) or the_person(tokens, i + 1)
    if q is None or is_measure(tokens, q):
        return None
    j = group_end(tokens, q.end)
    to_death = [t.low for t in tokens[j : j + 2]] == rules()["to_death"]
    if not to_death or not people(tokens, q.end, j, j):
        return None
    who = group_text(tokens, q.end, j, text)
    end = tokens[j + 1].end
    return Found(q.value, "killed", tokens[i].start, end, who, q.qualifier, tuple(q.digits))


def _hypothetical(tokens: list[Token], i: int) -> bool:
    """ "could have killed 100", "threatened to kill 5": no one was."""
    before = [t.low for t in tokens[max(0, i - 3) : i] if t.low not in ("have", "not", "be")]
    return bool(before) and before[-1] in lexicon().hypothetical


def _reciprocal(tokens: list[Token], j: int) -> bool:
    """"killing one another" names no victims."""
    return j < len(tokens) and tokens[j].low == "another"


def _counted_toll(tokens: list[Token], i: int) -> Found | None:
    """"the death toll rose to 51", "a toll of at least 7"."""
    lex = lexicon()
    k, kind = lex.toll.match(tokens, i)
    if kind is None:
        return None
    for j in range(k, min(len(tokens), k + int(rules()["toll_far_window"]))):
        if tokens[j].text in {".", ";"}:
            break
        q = quantity_at(tokens, j)
        if q is None or is_measure(tokens, q) or (j > 0 and tokens[j - 1].low == "from"):
            continue
        if j >= k + TOLL_WINDOW and tokens[j - 1].low not in rules()["toll_far_joiners"]:
            continue  # far from the noun only as "... has risen to nine"
        end = tokens[q.end - 1].end
        return Found(q.value, kind, tokens[i].start, end, None, q.qualifier, tuple(q.digits))
    return None


# ---------------------------------------------------------------- the stage


def sentence_figures(doc: Document, sentence: int) -> list[NumberMention]:
    """The casualty figures of one sentence, each numeric token used at most once; an analyst
    note's summary figure ("4 fatalities.", "(coded as 3)") replaces the figures it sums up."""
    return [_mention(doc, f, sentence) for f in _sentence_found(doc, sentence)]


def _sentence_found(doc: Document, sentence: int) -> list[Found]:
    span, text = doc.sentences[sentence], doc.text
    tokens, found = _story_figures(text, span.start, span.end)
    if found:
        dates = [d for d in doc.dates if d.sentence == sentence and not is_dateline(doc, d)]
        published = doc.article.published
        found = [f for f in found if not counts_elsewhere(tokens, f.start, f.end, published, dates)]
        found = _attackers_among_the_dead(competing_claims(tokens, found))
    summary = summary_in(text, span.start, span.end)
    if summary is not None:
        found = [f for f in found if not _summed_up(f, summary)]
        found.append(Found(summary.value, "killed", summary.start, summary.end, None, None, ()))
        found.sort(key=lambda f: f.start)
    return found


def _attackers_among_the_dead(found: list[Found]) -> list[Found]:
    """ "killing an 80-year-old man ..., before he was shot dead": the attacker's death adds
    to the victims' figure of the sentence (ACLED counts attackers among an event's dead)."""
    attackers = [f for f in found if f.attacker]
    victims = [f for f in found if f.kind == "killed" and not f.attacker]
    if not attackers or not victims:
        return found
    victims[0].value += sum(f.value for f in attackers)
    return [f for f in found if not f.attacker]


def _the_bomber_again(f: Found) -> bool:
    """ "The bomber also died": the bomber a figure before already counted among the dead."""
    words = (f.who or "").lower().split()
    return f.kind == "killed" and f.value == 1 and words[-1:] in ([w] for w in _bomber_nouns())


@cache
def _bomber_nouns() -> frozenset[str]:
    return frozenset(rules()["bomber_nouns"])


def _summed_up(f: Found, summary: Summary) -> bool:
    """The story's figure a summary restates: the killed figures before "(coded as 3)", any
    figure inside "4 fatalities."."""
    if summary.aside:
        return f.kind == "killed" and f.start < summary.start
    return summary.start <= f.start < summary.end


def _story_figures(text: str, start: int, end: int) -> tuple[list[Token], list[Found]]:
    """The sentence's tokens (none when it holds no cue word) and its figures."""
    lowered = text[start:end].lower()
    if not any(cue in lowered for cue in _cues()):
        return [], []  # a cue word is a substring of the text: most sentences need no tokens
    tokens = tokenize(text, start, end)
    if not any(t.low in _cues() for t in tokens):
        return tokens, []
    used: set[int] = set()
    found: list[Found] = []
    for finder, words in _finders():
        every = range(len(tokens))  # most finders start at a few words only
        starts = every if words is None else [i for i in every if tokens[i].low in words]
        for i in starts:
            hit = finder(tokens, i, text)
            if hit is not None and not used.intersection(hit.used):
                found.append(hit)
                used.update(hit.used)
    found.sort(key=lambda f: f.start)
    _count_bombers(tokens, found)
    for f in found:
        f.start = _toll_start(tokens, f.start)
    return tokens, found


Finder = Callable[[list[Token], int, str], "Found | None"]


@cache
def _finders() -> tuple[tuple[Finder, frozenset[str] | None], ...]:
    """The finders in the order they claim figures, each with the words it can start at
    (None: any word)."""
    lex, rule = lexicon(), rules()
    return (
        (_counted_before, frozenset(lex.before.by_first)),
        (_counted_after, None),
        (_counted_to_death, frozenset(rule["to_death_verbs"])),
        (_counted_subject, frozenset(subject_fates().by_first)),
        (_counted_them, frozenset(rule["them_verbs"])),
        (_counted_toll_finder, frozenset(lex.toll.by_first)),
    )


def _counted_toll_finder(tokens: list[Token], i: int, text: str) -> Found | None:
    return _counted_toll(tokens, i)


def _toll_start(tokens: list[Token], start: int) -> int:
    """ "gave a provisional toll of 21 dead": a figure read as "21 dead" is stated as a toll;
    its span then starts at the toll noun, so ``is_toll`` knows it."""
    first = next((n for n, t in enumerate(tokens) if t.start >= start), 0)
    joiners = rules()["toll_joiners"]
    for n in range(first - 1, max(-1, first - 4), -1):
        if lexicon().toll.match(tokens, n)[1] is not None:
            return tokens[n].start
        if tokens[n].low not in joiners:
            break
    return start


@cache
def _cues() -> frozenset[str]:
    return lexicon().cues | {rules()["to_death"][-1]}


def _count_bombers(tokens: list[Token], found: list[Found]) -> None:
    """ACLED counts suicide bombers among the dead: the sentence's first killed figure
    takes them in unless it already has them ("and himself", "including the bomber")."""
    killed = [f for f in found if f.kind == "killed"]
    if killed and not killed[0].bomber_counted:
        added = bombers_to_add(tokens, killed[0].start, killed[0].end)
        killed[0].value += added
        killed[0].bomber_counted = added > 0


def _mention(doc: Document, f: Found, sentence: int) -> NumberMention:
    where = Span(f.start, f.end, doc.text[f.start : f.end])
    return NumberMention(where, f.value, f.kind, f.who, f.qualifier, sentence)


def fatalities_in(doc: Document, sentence_ids: Iterable[int]) -> list[NumberMention]:
    """The "killed" figures found in the given sentences, in text order."""
    wanted = set(sentence_ids)
    return [n for n in doc.numbers if n.kind == "killed" and n.sentence in wanted]


def is_toll(mention: NumberMention) -> bool:
    """True for a figure stated as a toll ("the death toll rose to 51", "put the toll at 14")
    or an analyst note's summary ("4 fatalities."): an official, updated or coded count that
    restates the other figures of its event."""
    words = tokenize(mention.span.text, 0, len(mention.span.text))
    return lexicon().toll.match(words, 0)[1] is not None or is_summary(mention.span.text)


class CasualtyCounter(Stage):
    name = "numbers"
    requires = ("sentences",)
    assigns = ("numbers",)

    def __call__(self, doc: Document) -> Document:
        doc.numbers = []
        bomber_counted = False  # once counted, "the bomber also died" is no further death
        for index in range(len(doc.sentences)):
            found = _sentence_found(doc, index)
            bomber_counted = bomber_counted or any(f.bomber_counted for f in found)
            if bomber_counted:
                found = [f for f in found if f.bomber_counted or not _the_bomber_again(f)]
            doc.numbers.extend(_mention(doc, f, index) for f in found)
        return doc
