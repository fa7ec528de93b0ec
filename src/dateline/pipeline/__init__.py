"""The dateline pipeline: Article -> Document -> events, one module per stage.

Order matters and is checked: a stage may only require what an earlier stage assigns.
actors run before places so that group names ("Hay'at Tahrir al-Sham") are never read
as towns, and both override spaCy's entity labels, which misread many Arabic names.
"""

from __future__ import annotations

import gc
import itertools
import os
import signal
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any

from dateline.model import Article, Document
from dateline.pipeline.base import Stage
from dateline.pipeline.text import SpacyModelMissing, TextStage

DEFAULT_STAGES = ("actors", "places", "dates", "numbers", "events", "locate", "attribution")


def _make_stage(name: str) -> Stage:
    from dateline.pipeline import (
        actors,
        attribution,
        dates,
        events,
        locate,
        numbers,
        places,
    )

    factories: dict[str, type[Stage]] = {
        "actors": actors.ActorRecognizer,
        "places": places.PlaceRecognizer,
        "dates": dates.DateResolver,
        "numbers": numbers.CasualtyCounter,
        "events": events.EventDetector,
        "locate": locate.EventLocator,
        "attribution": attribution.Attributor,
    }
    return factories[name]()


class Pipeline:
    """Runs the text stage in batches, then each per-document stage in order."""

    def __init__(self, stages: Sequence[str] = DEFAULT_STAGES, model: str | None = None) -> None:
        self.text = TextStage(model)
        self.stages = [_make_stage(name) for name in stages]
        _check_order([self.text, *self.stages])

    def pipe(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[Document]:
        for batch in _chunked(articles, batch_size):
            yield from self._run_batch([Document(article) for article in batch])

    def _run_batch(self, batch: list[Document]) -> Iterator[Document]:
        """The batch through spaCy at once; when that fails, the articles not yet done go one
        by one, so only the article that breaks the text stage is marked (a missing model,
        which breaks every article, still stops the run)."""
        done = 0
        try:
            for doc in self.text.pipe(batch):
                done += 1
                yield self._run_stages(doc)
        except Exception as exc:
            if _stops_the_run(exc):
                raise
            for doc in batch[done:]:
                yield self._run_alone(doc)

    def _run_alone(self, doc: Document) -> Document:
        try:
            doc = self.text(doc)
        except Exception as exc:
            if _stops_the_run(exc):
                raise
            doc.warnings.append(_failure(self.text.name, exc))
            doc.extras.pop("spacy", None)
            return doc
        return self._run_stages(doc)

    def _run_stages(self, doc: Document) -> Document:
        """One article's stages; a failure is reported on the document, never sinks the batch."""
        for stage in self.stages:
            try:
                doc = stage(doc)
            except Exception as exc:
                if os.environ.get("DATELINE_STRICT"):
                    raise
                doc.warnings.append(_failure(stage.name, exc))
                break
        doc.extras.pop("spacy", None)  # spaCy Docs are large and costly to pickle
        return doc

    def __call__(self, article: Article) -> Document:
        return next(self.pipe([article]))


def _stops_the_run(exc: Exception) -> bool:
    """A text-stage failure that is not one article's: a missing spaCy model (it breaks every
    article) or any failure under DATELINE_STRICT."""
    return isinstance(exc, SpacyModelMissing) or bool(os.environ.get("DATELINE_STRICT"))


def _failure(stage: str, exc: Exception) -> str:
    return (
        f"stage {stage!r} failed ({type(exc).__name__}: {exc}); "
        "later stages skipped for this article"
    )


def _check_order(stages: Sequence[Stage]) -> None:
    available = {"article.text", "article.published"}
    for stage in stages:
        missing = [r for r in stage.requires if r not in available]
        if missing:
            raise ValueError(
                f"stage {stage.name!r} requires {missing}, assigned by no earlier stage"
            )
        available.update(stage.assigns)


@cache
def shared_pipeline(stages: tuple[str, ...] = DEFAULT_STAGES) -> Pipeline:
    """One Pipeline per stage list and process (stages hold lazily loaded resources)."""
    return Pipeline(stages)


def _worker_run(job: tuple[tuple[str, ...], list[Article]]) -> list[Document]:
    stages, articles = job
    return list(shared_pipeline(stages).pipe(articles))


def process(
    articles: Iterable[Article],
    workers: int | None = None,
    stages: Sequence[str] | None = None,
    chunk: int = 16,
) -> Iterator[Document]:
    """Documents for ``articles`` in input order, on ``workers`` processes (default: all cores)."""
    names = tuple(stages) if stages is not None else DEFAULT_STAGES
    workers = workers or min(2, os.cpu_count() or 1)
    if isinstance(articles, Sequence):  # a few long articles must still reach every worker
        chunk = max(1, min(chunk, len(articles) // (workers * 4)))
    remaining = iter(articles)
    # The first article runs here, before any worker forks: every lazily loaded resource
    # (spaCy model, gazetteer, lexicons, compiled patterns) is then loaded once, in this
    # process, and the workers share it instead of each loading its own.
    yield from shared_pipeline(names).pipe(itertools.islice(remaining, 1))
    _freeze_loaded_objects()
    if workers <= 1:
        yield from shared_pipeline(names).pipe(remaining)
        return
    yield from _shared_out(names, _chunked(remaining, chunk), workers)


def _shared_out(
    names: tuple[str, ...], chunks: Iterable[list[Article]], workers: int
) -> Iterator[Document]:
    """The chunks' documents in input order, from ``workers - 1`` forked processes and this
    one. This process would otherwise only wait for results: working itself saves a fork's
    copied memory pages and a third of the documents' pickling (~7% of the CPU of a run on
    two workers). It takes the next chunk whenever the oldest one sent out is not done yet,
    so the processes share the work however fast each one goes. Chunks are read from the
    input only as they are handed out, so a long input streams."""
    import multiprocessing as mp

    done: dict[int, list[Document]] = {}
    sent: dict[int, Any] = {}  # chunk index -> AsyncResult
    assigned, k = 0, 0
    pending = iter(chunks)
    upcoming: list[Article] | None = next(pending, None)
    with mp.get_context("fork").Pool(workers - 1, initializer=_ignore_interrupts) as pool:
        while k < assigned or upcoming is not None:
            while k not in done:
                busy = sum(1 for r in sent.values() if not r.ready())
                while upcoming is not None and busy < 2 * (workers - 1):
                    sent[assigned] = pool.apply_async(_worker_run, ((names, upcoming),))
                    assigned, busy, upcoming = assigned + 1, busy + 1, next(pending, None)
                if k in sent and (sent[k].ready() or upcoming is None):
                    done[k] = sent.pop(k).get()
                else:  # the oldest chunk out is still running: do the next one here
                    assert upcoming is not None
                    done[assigned] = list(shared_pipeline(names).pipe(upcoming))
                    assigned, upcoming = assigned + 1, next(pending, None)
            yield from done.pop(k)
            k += 1


def _ignore_interrupts() -> None:
    """Pool workers ignore Ctrl-C: the terminal sends SIGINT to the whole process group, and
    each worker would print its own KeyboardInterrupt traceback; the parent handles it (says
    how far it got and ends the pool, which terminates the workers)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@cache  # once per process (a forked worker inherits the call as made)
def _freeze_loaded_objects() -> None:
    """Move the objects alive now (the loaded resources, mostly) out of the garbage
    collector's sight, once per process: its full collections then no longer walk the
    ~140k objects of the resources (6% of a corpus run's CPU), and forked workers no longer
    copy the memory pages the collector would have touched."""
    gc.freeze()


def _chunked(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
