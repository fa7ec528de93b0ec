"""Acts named by a noun with their counted victims (issue #5, dedup extraction agreement).

A statement that "condemns the killing of four farmers", "deplores the loss of fifteen lives"
or "mourns the deaths of two men" reports one act: the count makes the noun name that act, not
a kind of crime condemned in general ("condemned attacks on journalists"). The reaction verb
before such a noun is no hypothetical cue then; a modal ("could have prevented the killing of
100") still is; an inquiry opened into such an act, on a day of news, reports it too.
Cues: ``data/events/cues.json`` (``reaction_before``, ``counted_act``) and
``data/segment/past_acts.json`` (``inquiry_into``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Document, Span
from dateline.resources import data_regex

if TYPE_CHECKING:  # triggers imports this module
    from dateline.pipeline.triggers import Trigger


def reaction_spared(doc: Document, clause: Span, act: Span, window: str) -> str:
    """``window`` (the words before ``act``) without its reaction verbs when the act is
    counted ("condemned the |killing of four farmers"), else ``window`` unchanged."""
    if not data_regex("events/cues.json", "counted_act").match(doc.text[act.start : clause.end]):
        return window
    return data_regex("events/cues.json", "reaction_before").sub(" ", window)


def inquiry_into_news(doc: Document, span: Span, trigger: Trigger, news_day: bool) -> bool:
    """ "opened an investigation into the murder of three men at a bar on Monday night": an
    inquiry into a counted act the clause dates as news (a day of its own that is not long
    past: ``news_day``) reports that act; a trial, a sentence or an old case does not."""
    act = doc.text[trigger.span.start : span.end]
    if not news_day or not data_regex("events/cues.json", "counted_act").match(act):
        return False
    before = doc.text[span.start : trigger.span.start]
    return bool(data_regex("segment/past_acts.json", "inquiry_into").search(before))
