"""The frame model's training rows: each gold-matched event's frame text and types.

The events stage keeps, per event, the whole text of the frame it was read from and the rules'
type (``pipeline.events.TYPING_KEY``); matching the pipeline's events to gold events
(``dateline.evaluate.match_documents``) pairs that text with the gold sub-event type.
``training/train_frame_model.py`` trains on these rows and ``bench/frame_model_measure.py``
scores them, so both read frames the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dateline.evaluate import match_documents
from dateline.evaluation.gold import GoldArticle
from dateline.model import Document
from dateline.pipeline.events import TYPING_KEY, Typing


@dataclass(frozen=True, slots=True)
class FrameRow:
    """One matched event: its frame's whole text, the rules' type (None: the classifier alone
    typed it), the type the pipeline gave the event, and the gold sub-event type."""

    article_id: str
    event_id: str
    text: str
    rule_type: str | None
    chosen: str
    gold: str


def matched_frames(gold: Sequence[GoldArticle], docs: Sequence[Document]) -> list[FrameRow]:
    """A row per (gold, predicted) event pair the evaluation matches, in gold order; ``docs``
    are the pipeline's documents of the ``gold`` articles."""
    by_id = {doc.article.id: doc for doc in docs}
    rows = []
    for result in match_documents(gold, docs):
        doc = by_id[result.article_id]
        typings: dict[str, Typing] = doc.extras.get(TYPING_KEY, {})
        for g, p in result.match.pairs:
            event = doc.events[p]
            typing = typings.get(event.event_id)
            if typing is None:  # not made by the events stage (cannot happen today)
                continue
            rows.append(FrameRow(doc.article.id, event.event_id, typing.frame_text,
                                 typing.rule_type, event.sub_event_type,
                                 result.gold[g].sub_event_type))
    return rows
