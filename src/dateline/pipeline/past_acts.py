"""Acts a clause names that are not news of the report (round 13, issue #4: no-event articles).

On the fifth edition, most no-event articles that yielded an event named a long-past act in a
clause about a recent day: a court's sentence for "the 2013 sit-in, where security forces
killed hundreds", a bell rung "at the minute at which a suicide bomber walked into the church
on Easter Sunday 2019", soldiers "captured during the battle for Mariupol in 2022". The
history cues of the events stage reach only an act right before its date; these rules reach
the relative clause hanging off a dated noun, a chain of prepositions from an act to its year,
and the acts a court case, an inquiry or sanctions are about. A call for a march ("called on
Wednesday for a nationwide march on Saturday") asks for an act and tells none.
Cues: ``data/segment/past_acts.json``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from dateline.model import DateMention, Document, Span
from dateline.pipeline.event_days import clause_dates, is_background, since_phrases
from dateline.pipeline.segment_counted import inquiry_into_news as inquiry_news
from dateline.pipeline.triggers import Trigger
from dateline.resources import data_regex, load_json

if TYPE_CHECKING:  # segment imports this module
    from dateline.pipeline.segment import Clause, Frame

NEWS_WEEK_DAYS = 7  # a span starting at most this long before publication is news


@cache
def _cues() -> dict[str, Any]:
    return dict(load_json("segment/past_acts.json"))


def _regex(key: str) -> re.Pattern[str]:
    return data_regex("segment/past_acts.json", key)


def past_triggers(doc: Document, span: Span, triggers: list[Trigger]) -> list[Trigger]:
    """The clause's triggers that name a past act, an act a case is about or an act called for."""
    if not triggers:
        return []
    dates = clause_dates(doc, span)
    old = [d for d in dates if is_background(doc, d)]
    dated = len(old) < len(dates)  # a day of the clause's own that is not long past
    starts = _relative_starts(doc, span, old)
    judged = _judicial_end(span)
    no_act = _no_act_tactics(span)
    since = since_phrases(doc, span)  # "... since fighting reached the area in August"
    _, summed_from = _told_over_span(span)
    return [
        t
        for t in triggers
        if t.tactic in no_act
        or any(a <= t.span.start < b for a, b in since)
        or any(t.span.start >= s for s in starts)
        or _chained_to(doc, t, old, triggers)
        or (judged is not None and t.span.start >= judged and not inquiry_news(doc, span, t, dated))
        or _called_for(doc, span, t)
        or _remembered(doc, span, t)
        or _present_routine(doc, span, t)
        or _alleged(doc, span, t)
        or _custody_grievance(doc, span, t, triggers)
        or bool(followed_vaguely(doc, span, t))
        or (summed_from is not None and t.span.start >= summed_from)
    ]


def _told_over_span(span: Span) -> tuple[bool, int | None]:
    """Whether the clause tells acts in the perfect over a span reaching back from now ("have
    displaced tens of thousands since July"), and where the relative clause opens that so sums
    them up, if one does ("... in the district where insurgent raids have displaced ...";
    round 22): from there on the acts are the place's past, not the clause's news."""
    told = _regex("perfect_over_span").search(span.text)
    if told is None:
        return False, None
    relative = _regex("span_in_relative").search(span.text[: told.start()])
    return True, None if relative is None else span.start + relative.start()


def followed_vaguely(doc: Document, span: Span, trigger: Trigger) -> list[DateMention]:
    """ "banned the group on 23 October, following its march on the capital and deadly
    clashes with police in Muridke earlier in the month": an act told as what the news
    followed, whose sentence dates it only vaguely (a week, a month) before the precise day
    it gives the news, is background (round 19). Returns those vague days (none: not so)."""
    index = doc.sentence_index(trigger.span.start)
    sentence = doc.sentences[index] if index >= 0 else span
    opening = min(sentence.start, span.start)
    cue = _regex("followed_before").search(doc.text[opening : trigger.span.start])
    if cue is None:
        return []
    at = opening + cue.start()
    days = [d for d in clause_dates(doc, sentence) if d.kind == "date"]
    vague = [d for d in days if d.span.start > at]
    news = [d for d in days if d.span.end <= at and d.precision == 1]
    if not vague or not news or any(d.precision < 2 for d in vague):
        return []
    return vague if all(d.value < news[-1].value for d in vague) else []


def _custody_grievance(
    doc: Document, span: Span, trigger: Trigger, triggers: list[Trigger]
) -> bool:
    """ "torched a police station, angered by the death of a young man who died in custody":
    a death in custody told after another act of the clause as what set it off is the
    crowd's grievance (round 18), neither an act nor a dead of the clause."""
    where = (trigger.span.start, trigger.span.end)
    return _set_off_by_custody(doc, span, triggers, where, "custody_after")


def _set_off_by_custody(
    doc: Document, span: Span, triggers: list[Trigger], where: tuple[int, int], after: str
) -> bool:
    """Another act of the clause is told before ``where`` (start, end), the ``after`` cue
    follows its end and a grievance cue ("angered by") comes before its start."""
    start, end = where
    if not any(t.span.end <= start for t in triggers):
        return False
    if not _regex(after).search(doc.text[end : span.end]):
        return False
    return bool(_regex("custody_grievance_before").search(doc.text[span.start : start]))


def _no_act_tactics(span: Span) -> set[str]:
    """The tactics that tell no act of violence in a clause about ordinary crime (a burglary,
    a carjacking) or a military accident (a helicopter that crashed, a training flight)."""
    found: set[str] = set()
    for kind in ("crime", "accident"):
        if _regex(f"{kind}_clause").search(span.text):
            found |= set(_cues()[f"{kind}_tactics"])
    return found


def _remembered(doc: Document, span: Span, trigger: Trigger) -> bool:
    """ "marched to remember the 61 people killed when ...": the act a gathering remembers."""
    return bool(_regex("memory_before").search(doc.text[span.start : trigger.span.start]))


def _present_routine(doc: Document, span: Span, trigger: Trigger) -> bool:
    """ "Convoys are ambushed on the road from Ouahigouya, and militants burn the trucks":
    an act told in the present passive, in a body sentence with no day of its own, is how
    things go (a feature's routine), no act of a day (round 21). A headline's present
    ("Two soldiers are killed ...") and "are being" (going on now) stay acts."""
    if doc.sentence_index(trigger.span.start) == 0 or clause_dates(doc, span):
        return False
    before = doc.text[max(span.start, trigger.span.start - 30) : trigger.span.start]
    return bool(_regex("present_passive_before").search(before))


def _alleged(doc: Document, span: Span, trigger: Trigger) -> bool:
    """ "accused Ethiopian troops on Monday of killing civilians": the day told between the
    accusation and the act is the accusation's; the act is an allegation with no day."""
    before = doc.text[span.start : trigger.span.start]
    match = _regex("accused_of").search(before)
    if match is None:
        return False
    between = doc.span(span.start + match.start("between"), span.start + match.end("between"))
    return any(between.contains(d.span) for d in clause_dates(doc, span))


def _relative_starts(doc: Document, span: Span, old: list[DateMention]) -> list[int]:
    """Where a relative clause starts whose antecedent or body names a date long past: the
    acts after it are that past ("the 1982 massacres in which the army killed ...")."""
    words = int(_cues()["antecedent_words"])
    starts = []
    for match in _regex("relative_opener").finditer(span.text):
        at = span.start + match.start()
        before = " ".join(doc.text[span.start : at].split()[-words:])
        window_start = at - len(before) - 1
        dated = any(window_start <= d.span.start < at for d in old) or any(
            at <= d.span.start and d.span.end <= span.end for d in old
        )
        if dated or _past_year_in(doc, before):
            starts.append(at)
    return starts


def _past_year_in(doc: Document, text: str) -> bool:
    """ "the site of the 2004 camp raid": a year before the year of publication."""
    published = doc.article.published
    if published is None:
        return False
    return any(int(m.group()) < published.year for m in _regex("bare_year").finditer(text))


def _chained_to(
    doc: Document, trigger: Trigger, old: list[DateMention], triggers: list[Trigger]
) -> bool:
    """ "the battle for Mariupol in 2022": a date long past reached from the act through
    prepositions only (no clause break, no verb of saying or joining, no other act: in
    "gathered to commemorate the workers killed in 2011" the year is the killing's)."""
    for d in old:
        if d.span.start < trigger.span.end:
            continue
        if any(trigger.span.end <= t.span.start < d.span.start for t in triggers):
            continue
        gap = doc.text[trigger.span.end : d.span.start]
        if len(gap.split()) > int(_cues()["chain_words"]) or re.search(r"[,;:()\"]", gap):
            continue
        if _regex("chain_gap").match(gap) and not _regex("chain_stop").search(gap):
            return True
    return False


def _judicial_end(span: Span) -> int | None:
    """The end of a court's act, an inquiry or sanctions in the clause ("sentenced 12 men ...
    over the killing of students"): what follows is what the case is about."""
    for match in _regex("judicial_act").finditer(span.text):
        before = span.text[: match.start()]
        if _regex("judicial_attributive_before").search(before):
            continue  # "supporters of the jailed opposition leader marched": names a person
        if not _regex("judicial_main_before").search(before):
            return span.start + match.end()
    return None


def _called_for(doc: Document, span: Span, trigger: Trigger) -> bool:
    """ "called on Wednesday for a nationwide march on Saturday": a crowd's act asked for;
    "saying it was preparing the 'final phase' of its offensive": any act intended (round 20)."""
    before = doc.text[span.start : trigger.span.start]
    if trigger.tactic in _cues()["call_tactics"] and _regex("call_before").search(before):
        return True
    planned = _regex("plan_before").search(before)
    return planned is not None and not _regex("plan_gap_stop").search(planned.group())


def dated_by_history_marker(doc: Document, span: Span, date: DateMention | None) -> bool:
    """ "Three years ago this week, security forces launched ...": the marker sets the day in
    the past, though the day itself reads as this week."""
    if date is None or not span.contains(date.span):
        return False
    return bool(_regex("history_before_date").search(doc.text[span.start : date.span.start]))


def tells_a_habit(span: Span, date: DateMention | None) -> bool:
    """ "Military council troops have repeatedly raided and burned villages": acts told as a
    habit over time, with no day of their own, are background to the news, not an event.
    A place "under daily drone attack for weeks" is a state, whatever month the clause also
    names ("... and the water stopped in June"; round 22)."""
    if _regex("habit_state").search(span.text):
        return date is None or date.precision > 1
    return date is None and bool(_regex("habitual").search(span.text))


def tells_a_span(doc: Document, span: Span, date: DateMention | None) -> bool:
    """ "Riders have staged similar demonstrations in Nakuru and Eldoret in recent weeks",
    "The group has fired hundreds of missiles at Israel since late 2023": acts told in the
    perfect over a span reaching back from now sum up a habit or a campaign (round 20), no
    act of the day; a day of the clause's own in the news week ("have been killed since
    Saturday") keeps it news, a recurring one ("every Wednesday") does not."""
    if date is not None and _news_days(doc, date):
        before = doc.text[span.start : date.span.start]
        if not _regex("recurring_day").search(before):
            return False
    # "set up a new base ..., extending their deployment into the district where insurgent
    # raids have displaced tens of thousands since July" (round 22): the span is the place's
    # past, told in a relative clause; the clause's own act stays news
    told, summed_from = _told_over_span(span)
    return told and summed_from is None


def _news_days(doc: Document, date: DateMention) -> bool:
    """The clause's day or span starts within the news week ("since Saturday", "on Monday"),
    not weeks back ("in recent weeks", "over the past two weeks")."""
    published = doc.article.published
    if published is None:
        return date.precision == 1
    return (published - date.first).days <= NEWS_WEEK_DAYS


def tells_a_summary(span: Span) -> bool:
    """ "Officials said insurgents had carried out a wave of bombings in the province in
    recent weeks, killing dozens": acts counted as a series over a span sum up several events
    (round 19); so do strikes counted over a whole country or region (round 20). The clause is
    background, its figures none of the act told."""
    text = span.text
    if _regex("scope_whole").search(text) and _regex("summary_weapons").search(text):
        return True  # "Russia had launched 112 drones ... against the country overnight"
    return bool(_regex("summary_acts").search(text)) and bool(_regex("summary_span").search(text))


def tells_quiet_news(span: Span) -> bool:
    """ "The UN Human Rights Council voted on Monday to extend ...": a lead of another kind
    of news than an act (a vote, a visit, a sentence, a call, a report)."""
    return bool(_regex("quiet_news").search(span.text)) or _judicial_end(span) is not None


def refers_back(doc: Document, clause: Clause) -> bool:
    """Every act of the clause speaks of an act already told (``is_reference_back``)."""
    span = clause.span
    return all(t.tactic == "refer" or is_reference_back(doc, span, t) for t in clause.triggers)


def is_reference_back(doc: Document, span: Span, trigger: Trigger) -> bool:
    """In a clause with no day of its own told after an event: an act named as a definite
    noun ("whether the strikes were linked to the Kirkuk attack") or inside a quotation
    ("after reports of 'a violent confrontation'") speaks of an act told, it tells none."""
    before = doc.text[span.start : trigger.span.start]
    if _regex("definite_before").search(before):
        return True
    return _inside_quotes(before)


def _inside_quotes(before: str) -> bool:
    """An odd number of straight quotes, or an opening curly quote not closed, before it."""
    if before.count('"') % 2 == 1:
        return True
    return before.count("\u201c") > before.count("\u201d")


def days_of_relative_clauses(
    doc: Document, span: Span, triggers: list[Trigger], days: list[DateMention]
) -> list[DateMention]:
    """The days told inside a relative clause after the clause's acts ("detained 18 people,
    who were released the next day"), with no act between its opener and the day."""
    found = []
    for match in _regex("relative_day_opener").finditer(span.text):
        at = span.start + match.start()
        if not any(t.span.end <= at for t in triggers):
            continue
        for day in days:
            between = doc.text[span.start + match.end() : day.span.start]
            acts_between = any(at <= t.span.start < day.span.start for t in triggers)
            if day.span.start > at and not acts_between and "," not in between:
                found.append(day)  # a comma closes the relative clause before the day
    return found


def staged_before(frame: Frame | None, clause: Clause) -> bool:
    """ "The column had set up camp in the village the previous night": told after the act, in
    the past perfect, on an earlier day, only taking position: how the act was prepared."""
    if frame is None or frame.date is None or clause.date is None:
        return False
    if clause.date.value >= frame.date.value or not _regex("staging").search(clause.span.text):
        return False
    return all(t.tactic in _cues()["staging_tactics"] for t in clause.triggers)


def earlier_relative_days(
    doc: Document, span: Span, days: list[DateMention]
) -> list[tuple[int, DateMention]]:
    """Where a relative clause opens and the day told in it, when that day is earlier than a
    day the clause names before it ("On 18 October 2025, relatives of a trader who died in
    police custody on 2 September gathered ..."): the day dates the relative clause's verb (a
    death the crowd grieves, a victim's past), never the clause's act."""
    found = []
    for match in _regex("relative_past_opener").finditer(span.text):
        at = span.start + match.start()
        later_before = [d.value for d in days if d.span.end <= at]
        for day in days:
            if day.span.start <= at or "," in doc.text[at : day.span.start]:
                continue  # a comma closes the relative clause before the day
            if later_before and max(later_before) > day.value:
                found.append((at, day))
    return found


def names_the_antecedent_act(doc: Document, act: Span, opener: int) -> bool:
    """ "the murder of a community leader, who was shot dead on 11 October": the act's noun
    has the relative clause's subject as its object, so it names the act that clause dates."""
    return bool(_regex("antecedent_act_gap").match(doc.text[act.end : opener]))


def told_as_earlier(frame: Frame | None, clause: Clause) -> bool:
    """ "Al-Shabaab, which had lost several fighters in an army operation on 1 November,
    claimed the blast", "The clash followed an encounter on 28 October in which ...": told
    after an event of a later day, a relative clause in the past perfect or the told act said
    to follow another, with the clause's earlier day after those words, is the story's
    background (round 18), no event of its own. A main clause in the past perfect with its
    own day ("The group had shelled the neighbourhood on 5 November") is an event."""
    if frame is None or frame.date is None or frame.soft_date or clause.date is None:
        return False
    if clause.date.value >= frame.date.value:
        return False
    account = _regex("earlier_account").search(clause.span.text)
    return account is not None and clause.date.span.start >= clause.span.start + account.start()


def dead_of_custody_grievance(doc: Document, span: Span, triggers: list[Trigger], at: Span) -> bool:
    """ "angered by the death of a young man who died in custody": a figure of the dead at
    ``at`` who died in custody, told after another act of the clause as what set it off, is
    the crowd's grievance, not its dead (round 18)."""
    return _set_off_by_custody(doc, span, triggers, (at.start, at.start), "custody_death")
